package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"margin/library"
)

func TestMarkdownSaysWhenAQuotedPassageChangedLater(t *testing.T) {
	it := council()
	if len(it.Highlights) < 2 {
		t.Fatal("the fixture needs two highlights")
	}
	seen := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	changed := seen.AddDate(0, 0, 1)
	h0, h1 := it.Highlights[0], it.Highlights[1]
	it.Changes = []library.AnnotationChange{
		{Kind: "highlight", AnnotationID: h0.ID, Version: 2, Old: "an older wording", New: h0.Selector.Exact, Seen: seen, Changed: changed},
		{Kind: "mention", AnnotationID: h1.ID, Version: 2, Old: "not a highlight's", Vanished: true, Seen: seen, Changed: changed},
	}
	want := "Changed in the article in version 2 (seen 2 Mar 2026): “an older wording” (seen 1 Mar 2026) now reads"
	for _, layout := range []Layout{LayoutHighlights, LayoutFull} {
		t.Run(string(layout)+" layout", func(t *testing.T) {
			opts := DefaultMarkdownOptions()
			opts.Layout = layout
			var buf bytes.Buffer
			if err := Markdown(&buf, it, opts); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if strings.Count(out, want) != 1 {
				t.Errorf("the changed passage is not said once:\n%s", out)
			}
			if strings.Contains(out, "not a highlight's") {
				t.Errorf("a mention's change is written as a highlight's")
			}
		})
	}
}
