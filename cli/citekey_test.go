package cli_test

import (
	"strings"
	"testing"
)

func TestCiteKeyIsShownSetAndExported(t *testing.T) {
	dir, id := addArticle(t)
	key := strings.TrimSpace(ok(t, dir, "citekey", id).stdout)
	if key == "" || strings.ContainsAny(key, " ,{}") {
		t.Fatalf("citekey printed %q", key)
	}
	if again := strings.TrimSpace(ok(t, dir, "citekey", id).stdout); again != key {
		t.Errorf("the key changed from %q to %q", key, again)
	}
	if got := strings.TrimSpace(ok(t, dir, "citekey", id, "merkel:paris").stdout); got != "merkel:paris" {
		t.Errorf("set key printed %q", got)
	}
	if bib := ok(t, dir, "export", id, "--format", "bibtex").stdout; !strings.Contains(bib, "{merkel:paris,") {
		t.Errorf("BibTeX does not use the key:\n%s", bib)
	}
	fails(t, dir, 2, "", "citekey", id, "has space")
}

func TestExportWithATemplateAndFlavour(t *testing.T) {
	dir, id := addArticle(t)
	ok(t, dir, "highlight", id, "--quote", "Merkel")
	out := ok(t, dir, "export", id, "--template", "logseq-page").stdout
	if !strings.HasPrefix(out, "title:: ") || !strings.Contains(out, "- **Highlights**\n\t- ") {
		t.Errorf("logseq-page note:\n%s", out)
	}
	out = ok(t, dir, "export", id, "--flavour", "logseq", "--layout", "highlights").stdout
	if !strings.Contains(out, "margin_id:: "+id+"\n") {
		t.Errorf("logseq flavour:\n%s", out)
	}
	fails(t, dir, 2, "", "export", id, "--template", "no-such-template")
	fails(t, dir, 2, "", "export", id, "--flavour", "roam")
}
