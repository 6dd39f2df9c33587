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
	}}
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
