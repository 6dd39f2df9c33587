package cli

import (
	"bytes"
	"testing"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

// TestClippingJSONIsWrittenAsOneEncodingWouldBe compares show --json's
// part-by-part output with encoding the whole value at once.
func TestClippingJSONIsWrittenAsOneEncodingWouldBe(t *testing.T) {
	c := &library.Clipping{ID: 7, Note: "a <note> & more", Tags: []string{"x"}, ContentHash: "abc"}
	c.Title = "Title <b> & \"quotes\""
	c.URL = "https://example.com/?a=1&b=2"
	c.Document = clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{
		{Kind: clip.BlockParagraph, Text: "First <p> & text", Spans: []clip.Span{{Kind: clip.SpanLink, Start: 0, End: 5, Href: "https://x.example/?q=<1>"}}},
		{Kind: clip.BlockImage, Src: "https://x.example/a.png", Alt: "an image"},
		{Kind: clip.BlockParagraph, Text: "Ünïcödé \u2028 line sep, 👨\u200d👩\u200d👧 and \xff\xfe bytes; \"quoted\" \\ <tag>\t\x01"},
	}}
	// The text is written a few bytes at a time, so that pieces end
	// inside characters and escapes.
	defer func(n int) { stringPiece = n }(stringPiece)
	stringPiece = 5
	for _, ms := range [][]mentionJSON{nil, {}, {
		{Mention: annotate.Mention{ID: 1, ClippingID: 7, EntityID: 2, Selector: annotate.Selector{Start: 0, End: 5, Exact: "First"}, Status: annotate.Suggested}, Entity: "First & Co", Type: annotate.Organization},
		{Mention: annotate.Mention{ID: 2, ClippingID: 7, EntityID: 3, Selector: annotate.Selector{Start: 6, End: 9, Exact: "<p>"}, Status: annotate.Confirmed}, Entity: "P", Type: annotate.Other},
	}} {
		out := clippingJSON{Clipping: c, Text: c.Text(), Highlights: []annotate.Highlight{{ID: 4, ClippingID: 7, Color: annotate.Yellow, Note: "n"}},
			Mentions: ms, Entities: []annotate.Entity{{ID: 2, Name: "First & Co", Type: annotate.Organization}}}
		var want, got bytes.Buffer
		if err := writeJSON(&want, out); err != nil {
			t.Fatal(err)
		}
		if err := writeClippingJSON(&got, out); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("part by part:\n%s\nwhole:\n%s", got.String(), want.String())
		}
	}
}

// TestShowJSONMakesMentionsAsItWritesThem compares show --json of a loaded
// clipping, whose text and mentions are written from the document and the
// loaded mentions, with encoding the whole value built beforehand.
func TestShowJSONMakesMentionsAsItWritesThem(t *testing.T) {
	c := &library.Clipping{ID: 3, Tags: []string{}}
	c.Title = "Two blocks"
	c.Document = clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{
		{Kind: clip.BlockHeading, Level: 2, Text: "Ana & Ben"},
		{Kind: clip.BlockImage, Src: "https://x.example/a.png"},
		{Kind: clip.BlockParagraph, Text: "Ben met Ana in Lyon."},
	}}
	ents := map[int64]annotate.Entity{1: {ID: 1, Name: "Ana", Type: annotate.Person}, 2: {ID: 2, Name: "Lyon", Type: annotate.Place}}
	ms := []annotate.Mention{
		{ID: 1, ClippingID: 3, EntityID: 1, Selector: annotate.Selector{Start: 0, End: 3, Exact: "Ana"}, Status: annotate.Confirmed},
		{ID: 2, ClippingID: 3, EntityID: 2, Selector: annotate.Selector{Start: 26, End: 30, Exact: "Lyon"}, Status: annotate.Suggested},
	}
	for _, mentions := range [][]annotate.Mention{nil, ms} {
		a := &library.Annotated{Clipping: c, Mentions: mentions, Entities: ents}
		want := clippingJSON{Clipping: c, Text: c.Text(), Mentions: []mentionJSON{}, Entities: []annotate.Entity{}}
		for _, m := range mentions {
			e := ents[m.EntityID]
			want.Mentions = append(want.Mentions, mentionJSON{Mention: m, Entity: e.Name, Type: e.Type})
			want.Entities = append(want.Entities, e)
		}
		var wb, gb bytes.Buffer
		if err := writeJSON(&wb, want); err != nil {
			t.Fatal(err)
		}
		if err := writeClippingJSON(&gb, annotatedJSON(a)); err != nil {
			t.Fatal(err)
		}
		if gb.String() != wb.String() {
			t.Errorf("written:\n%s\nwhole:\n%s", gb.String(), wb.String())
		}
	}
}
