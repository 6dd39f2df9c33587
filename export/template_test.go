package export

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"margin/internal/golden"
)

func TestShippedTemplatesGolden(t *testing.T) {
	for _, s := range ShippedTemplates {
		t.Run("the "+s.Name+" template writes its golden note", func(t *testing.T) {
			tmpl, err := LoadTemplate(s.Name)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := Markdown(&buf, council(), MarkdownOptions{Template: tmpl, EntityLinks: true}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "template-"+s.Name+".md", buf.Bytes())
			if s.Flavour == FlavourLogseq {
				checkLogseq(t, buf.String())
				return
			}
			// The note reads back: properties parse, every highlight is
			// there as the article's text.
			n := readNote(t, buf.String())
			if n.front["margin_id"] != 42 {
				t.Errorf("margin_id = %v", n.front["margin_id"])
			}
			// goldmark does not read wiki links: their brackets stay.
			plainText := strings.NewReplacer("[[", "", "]]", "").Replace(collapse(textOf(n.doc, "body")))
			for _, h := range council().Highlights {
				if h.Orphaned {
					continue
				}
				for _, part := range strings.Split(h.Selector.Exact, "\n") {
					if p := collapse(part); p != "" && !strings.Contains(plainText, strings.ReplaceAll(p, "\n", " ")) {
						t.Errorf("highlight %d: %q is not in the note", h.ID, p)
					}
				}
			}
		})
	}
}

func TestLogseqFlavourGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, council(), MarkdownOptions{Flavour: FlavourLogseq, EntityLinks: true, Notes: NotesCallouts}); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "council-logseq.md", buf.Bytes())
	md := buf.String()
	checkLogseq(t, md)
	for _, want := range []string{"[Ruiz]([[Elena Ruiz]])", "margin_id:: 42\n", "people:: [[Elena Ruiz]]\n", "#+BEGIN_NOTE\n", "[see table]"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Logseq note lacks %q", want)
		}
	}
	fm, err := ReadFrontMatter(strings.NewReader(md))
	if err != nil || fm.MarginID != 42 {
		t.Errorf("the note's properties read back as %+v, %v", fm, err)
	}
}

// checkLogseq fails on what mldoc, Logseq's parser, would misread: "\["
// and "\(" open LaTeX when a "\]" or "\)" follows, and Obsidian's
// [[target|text]] is a page named "target|text" to Logseq.
func checkLogseq(t *testing.T, md string) {
	t.Helper()
	if i := strings.Index(md, `\[`); i >= 0 && strings.Contains(md[i:], `\]`) {
		t.Errorf("the note has \\[ ... \\], which Logseq reads as LaTeX:\n%s", md)
	}
	if i := strings.Index(md, `\(`); i >= 0 && strings.Contains(md[i:], `\)`) {
		t.Errorf("the note has \\( ... \\), which Logseq reads as LaTeX:\n%s", md)
	}
	if m := regexp.MustCompile(`\[\[[^\]]*\|[^\]]*\]\]`).FindString(md); m != "" {
		t.Errorf("the note has an Obsidian alias link %q", m)
	}
}

func TestTemplateErrorsAreClear(t *testing.T) {
	if _, err := ParseTemplate("bad", "{{.Title"); !errors.Is(err, ErrTemplate) {
		t.Errorf("unclosed action: %v", err)
	}
	tmpl, err := ParseTemplate("unknown field", "{{.NoSuchField}}")
	if err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&bytes.Buffer{}, council(), MarkdownOptions{Template: tmpl}); !errors.Is(err, ErrTemplate) {
		t.Errorf("unknown field: %v", err)
	}
	if _, err := LoadTemplate("/no/such/template.tmpl"); err == nil {
		t.Error("a missing file loaded")
	}
}
