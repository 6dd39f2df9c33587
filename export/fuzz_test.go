package export

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

// fuzzItem builds a clipping from hostile text: paragraphs separated by
// blank lines become blocks of changing kinds, each with emphasis and a link
// over part of it, and two overlapping highlights land where a and b say.
func fuzzItem(title, body string, a, b uint16) *Item {
	var blocks []clip.Block
	kinds := []clip.BlockKind{clip.BlockParagraph, clip.BlockHeading, clip.BlockListItem, clip.BlockQuote, clip.BlockCaption, clip.BlockListItem}
	for i, p := range strings.Split(body, "\n\n") {
		n := utf8.RuneCountInString(p)
		b := clip.Block{Kind: kinds[i%len(kinds)], Level: 2, Ordered: i%4 == 2, Text: p}
		if n > 1 {
			b.Spans = []clip.Span{
				{Kind: clip.SpanEmphasis, Start: 0, End: n / 2},
				{Kind: clip.SpanLink, Start: n / 3, End: 2 * n / 3, Href: "https://example.com/a b"},
				{Kind: clip.SpanStrong, Start: n / 4, End: n},
			}
		}
		blocks = append(blocks, b)
	}
	c := &library.Clipping{ID: 1, Article: clip.Article{Title: title, Document: clip.Document{Version: 1, Blocks: blocks}}}
	text := []rune(c.Text())
	it := &Item{Clipping: c}
	if n := len(text); n > 1 {
		s, e := int(a)%n, int(b)%n
		if s > e {
			s, e = e, s
		}
		if s == e {
			e = n
		}
		mid := (s + e) / 2
		it.Highlights = []annotate.Highlight{
			{ID: 1, Selector: annotate.Selector{Start: s, End: e}, Color: annotate.Yellow, Note: "note " + title},
			{ID: 2, Selector: annotate.Selector{Start: mid, End: n}, Color: annotate.Green, Note: body},
		}
	}
	return it
}

// FuzzMarkdown feeds hostile titles and article text and checks that the
// front matter still parses with the same title and that every highlight is
// still marked, with either mark style.
func FuzzMarkdown(f *testing.F) {
	f.Add(`Breaking: "Quotes" --- and #hashes [x]`, "Some *text* with _markup_ and `code`\n\n1. not a list\n\n> not a quote", uint16(3), uint16(40), false)
	f.Add("---\ntitle: x\n---", "# heading?\n\n- item\n\n<b>html</b> &amp; ==mark== %%c%%", uint16(0), uint16(9), true)
	f.Add("'single' \"double\" : colon", "**a**b*c*\n\nx==y== ~~z~~ | t | \\ \\\\", uint16(5), uint16(7), false)
	f.Add("", "\"a\"*b* (c) [d](e)\n\n  indented\n\tcode", uint16(2), uint16(30), true)
	f.Fuzz(func(t *testing.T, title, body string, a, b uint16, htmlMarks bool) {
		if !utf8.ValidString(title) || !utf8.ValidString(body) {
			return // clip hands the library UTF-8 only
		}
		it := fuzzItem(title, body, a, b)
		opts := MarkdownOptions{}
		if htmlMarks {
			opts.Mark = MarkHTML
		}
		var buf bytes.Buffer
		if err := Markdown(&buf, it, opts); err != nil {
			t.Fatal(err)
		}
		n := readNote(t, buf.String())
		if got, _ := n.front["title"].(string); got != title {
			t.Fatalf("title came back as %q, want %q", got, title)
		}
		checkMarked(t, it, n)
	})
}
