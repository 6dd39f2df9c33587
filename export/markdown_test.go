package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"margin/internal/golden"
)

// markdownCases are the layouts and options the golden files cover.
var markdownCases = []struct {
	name string
	file string
	opts MarkdownOptions
}{
	{"the full article with ==marks== and footnotes is the default", "council-full.md", DefaultMarkdownOptions()},
	{"the full article with <mark> tags, callouts, entity links and MLA", "council-full-html-callouts.md",
		MarkdownOptions{Mark: MarkHTML, Notes: NotesCallouts, EntityLinks: true, Citation: CitationMLA, EntityAppendix: true}},
	{"highlights in article order cite in Chicago style", "council-highlights.md",
		MarkdownOptions{Layout: LayoutHighlights, Citation: CitationChicago, EntityAppendix: true}},
	{"highlights grouped by colour with entity links and no citation", "council-highlights-color.md",
		MarkdownOptions{Layout: LayoutHighlights, Order: OrderColor, EntityLinks: true, Citation: CitationNone}},
}

func TestMarkdownGolden(t *testing.T) {
	for _, tc := range markdownCases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Markdown(&buf, council(), tc.opts); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, tc.file, buf.Bytes())
		})
	}
	t.Run("a clipping with no author, date or highlights", func(t *testing.T) {
		var buf bytes.Buffer
		if err := Markdown(&buf, plain(), DefaultMarkdownOptions()); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "plain-full.md", buf.Bytes())
	})
}

func TestMarkdownReadsBack(t *testing.T) {
	for _, tc := range markdownCases {
		t.Run(tc.name, func(t *testing.T) {
			it := council()
			var buf bytes.Buffer
			if err := Markdown(&buf, it, tc.opts); err != nil {
				t.Fatal(err)
			}
			n := readNote(t, buf.String())
			for _, key := range []string{"title", "source", "author", "site", "published", "created", "tags", "people", "places", "highlights", "margin_id"} {
				if _, ok := n.front[key]; !ok {
					t.Errorf("front matter has no %q: %v", key, n.front)
				}
			}
			if got := n.front["title"]; got != it.Clipping.Title {
				t.Errorf("title came back as %q, want %q", got, it.Clipping.Title)
			}
			if got := n.front["highlights"]; got != len(it.Highlights) {
				t.Errorf("highlights = %v, want %d", got, len(it.Highlights))
			}
			// Obsidian reads an unquoted YYYY-MM-DD as a date property.
			if _, ok := n.front["published"].(time.Time); !ok {
				t.Errorf("published is a %T, want a YAML date", n.front["published"])
			}
			want := "Elena Ruiz"
			if tc.opts.EntityLinks {
				want = "[[Elena Ruiz]]"
			}
			if people, _ := n.front["people"].([]any); len(people) != 1 || people[0] != want {
				t.Errorf("people = %v, want [%s]", n.front["people"], want)
			}
			if tags, _ := n.front["tags"].([]any); len(tags) != 2 || tags[1] != "city-council" {
				t.Errorf("tags = %v, want [transit city-council]", n.front["tags"])
			}
			if strings.Contains(n.body, "Main Street]]") {
				t.Error("a suggested mention was linked")
			}
			if tc.opts.EntityLinks {
				// Links change the text, so they are checked as written.
				links := []string{"[[Elena Ruiz]]", "[[Riverside]]"}
				if tc.opts.Layout != LayoutHighlights {
					links = append(links, "[[Elena Ruiz|Ruiz]]")
				}
				for _, link := range links {
					if !strings.Contains(n.body, link) {
						t.Errorf("no entity link %s", link)
					}
				}
			} else if tc.opts.Layout == LayoutFull || tc.opts.Layout == "" {
				checkMarked(t, it, n)
			}
			if tc.opts.Layout == LayoutHighlights {
				for _, h := range it.Highlights {
					if !strings.Contains(collapse(textOf(n.doc, "blockquote")), collapse(strings.ReplaceAll(h.Selector.Exact, "\n\n", " "))) && !tc.opts.EntityLinks {
						t.Errorf("highlight %d is not quoted: %q", h.ID, h.Selector.Exact)
					}
				}
			}
		})
	}
}

func TestEscapedTextRendersAsTheArticle(t *testing.T) {
	for _, mark := range []MarkStyle{MarkEquals, MarkHTML} {
		t.Run("with mark style "+string(mark), func(t *testing.T) {
			it := council()
			var buf bytes.Buffer
			if err := Markdown(&buf, it, MarkdownOptions{Mark: mark}); err != nil {
				t.Fatal(err)
			}
			n := readNote(t, buf.String())
			blocks := blockTexts(n.doc)
			for i, b := range it.Clipping.Document.Blocks {
				if !b.HasText() {
					continue
				}
				if want := collapse(b.Text); !blocks[want] {
					t.Errorf("block %d does not render as %q\nMarkdown:\n%s\nHTML:\n%s", i, want, n.body, n.html)
				}
			}
			if !blocks[collapse(it.Clipping.Title)] {
				t.Errorf("the title does not render as %q", it.Clipping.Title)
			}
		})
	}
}

func TestMarkdownRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts MarkdownOptions
	}{
		{"an unknown layout", MarkdownOptions{Layout: "poster"}},
		{"an unknown mark style", MarkdownOptions{Mark: "~~"}},
		{"an unknown note style", MarkdownOptions{Notes: "sidenotes"}},
		{"an unknown order", MarkdownOptions{Order: "size"}},
		{"an unknown citation style", MarkdownOptions{Citation: "harvard"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := Markdown(&bytes.Buffer{}, plain(), tc.opts); err == nil {
				t.Error("no error")
			}
		})
	}
}
