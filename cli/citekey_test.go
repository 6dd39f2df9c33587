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
