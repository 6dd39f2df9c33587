package export

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// This file runs the real readers of the exports when they are installed
// (make test installs pandoc and Debian's CSL styles): pandoc with citeproc
// must render the CSL-JSON and the BibTeX with no warning, in the newspaper
// form of APA and of Chicago (author-date, pandoc's default style).

// apaStyle is the APA style Debian's citation-style-language-styles
// package installs (CC BY-SA 3.0, from the CSL styles repository).
const apaStyle = "/usr/share/citation-style-language/styles/apa.csl"

// citedItems are clippings whose citations have tripped readers before: a
// newspaper article by two authors, one with a particle; a clipping with
// no author or date; titles and sites with an unbalanced brace, TeX's
// special characters and ligatures.
func citedItems() []*Item {
	brace, special := plain(), plain()
	brace.Clipping.ID, brace.Clipping.Title, brace.Clipping.SiteName = 60, "Open { brace", "Site } closed"
	brace.Clipping.Byline = "Dr. Ann Lee. The Site"
	brace.Clipping.Published = time.Date(2023, 11, 2, 0, 0, 0, 0, time.UTC)
	special.Clipping.ID, special.Clipping.Title = 61, "50% of $5 & #1_x ~ ^ `tick` -- ''done'' @home"
	return []*Item{council(), plain(), brace, special}
}

// runPandoc renders every entry of the bibliography with citeproc as plain
// text, failing on any warning.
func runPandoc(t *testing.T, bib string, args ...string) string {
	t.Helper()
	doc := filepath.Join(filepath.Dir(bib), "doc.md")
	if err := os.WriteFile(doc, []byte("---\nnocite: '@*'\n---\n\n# References\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "pandoc", append([]string{"--citeproc", "--bibliography=" + bib, "-t", "plain", "--wrap=none", doc}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("pandoc: %v\n%s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("pandoc warned:\n%s", stderr.String())
	}
	return stdout.String()
}

func TestPandocCiteprocReadsTheCitations(t *testing.T) {
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed (make test installs it)")
	}
	items := citedItems()
	dir := t.TempDir()
	files := map[string]func(*bytes.Buffer) error{
		"items.bib":  func(b *bytes.Buffer) error { return BibTeX(b, items) },
		"items.json": func(b *bytes.Buffer) error { return CSL(b, items) },
	}
	for name, write := range files {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	styles := []struct {
		name string
		args []string
		// newspaper is the council article's entry in the style's
		// newspaper form: the full date, the paper as container.
		newspaper *regexp.Regexp
	}{
		{"Chicago author-date", nil, regexp.MustCompile(`Doe, Jane Q\., and Marcus van der Berg\. 2024\. “Breaking: .Quotes. -?-?-? and #[Hh]ashes \[x\]\.” The Riverside Courier, March 5, 2024\. https://courier\.example/news/2024/03/council-votes\.`)},
		{"APA", []string{"--csl=" + apaStyle}, regexp.MustCompile(`Doe, J\. Q\., & van der Berg, M\. \(2024, March 5\)\. Breaking: .Quotes. -?-?-? and #hashes \[x\]\. The Riverside Courier\. https://courier\.example/news/2024/03/council-votes`)},
	}
	for name := range files {
		for _, st := range styles {
			t.Run(st.name+" from "+name, func(t *testing.T) {
				if len(st.args) > 0 {
					if _, err := os.Stat(apaStyle); err != nil {
						t.Skip("the APA style is not installed (make test installs citation-style-language-styles)")
					}
				}
				out := runPandoc(t, filepath.Join(dir, name), st.args...)
				if !st.newspaper.MatchString(out) {
					t.Errorf("the newspaper entry is not in the %s form:\n%s", st.name, out)
				}
				// Styles change case and quote marks; the characters stay.
				for _, want := range []string{"CON", "Open { brace", "Lee", "50% of $5 & #1_x ~ ^ `tick` --", "done", "@home"} {
					if !strings.Contains(strings.ToLower(out), strings.ToLower(want)) {
						t.Errorf("%q is not rendered as written:\n%s", want, out)
					}
				}
				if n := strings.Count(strings.TrimSpace(out), "\n\n"); n != len(items) {
					t.Errorf("%d entries rendered, want %d:\n%s", n, len(items), out)
				}
			})
		}
	}
}
