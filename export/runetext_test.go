package export

import (
	"strings"
	"testing"

	"margin/clip"
	"margin/library"
)

// TestRuneTextAgreesWithRunes checks that runeText gives the length and
// every part of a document's text that converting the text to runes
// gives, across its marks, for texts of one, two, three and four bytes a
// character and blocks without text.
func TestRuneTextAgreesWithRunes(t *testing.T) {
	for _, tt := range []struct {
		name   string
		blocks []string // "" is a block without text
	}{
		{"one short block", []string{"Hello"}},
		{"blocks and a picture between them", []string{"The river rose.", "", "Towns were flooded."}},
		{"long text of many widths", []string{strings.Repeat("aé€😀 ", 300), strings.Repeat("北京和平峰会", 200), "", "end"}},
		{"no text at all", []string{""}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := clip.Document{Version: clip.DocumentVersion}
			for _, b := range tt.blocks {
				if b == "" {
					doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockImage, Src: "https://example.com/a.jpg"})
					continue
				}
				doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockParagraph, Text: b})
			}
			runes := []rune(doc.Text())
			it := &Item{Clipping: &library.Clipping{Article: clip.Article{Document: doc}}}
			text := it.text()
			if text.Len() != len(runes) {
				t.Fatalf("Len = %d, want %d", text.Len(), len(runes))
			}
			for _, span := range [][2]int{{0, 0}, {0, len(runes)}, {0, min(1, len(runes))}, {len(runes), len(runes)}} {
				if got, want := text.Slice(span[0], span[1]), string(runes[span[0]:span[1]]); got != want {
					t.Errorf("Slice(%d, %d) = %q, want %q", span[0], span[1], got, want)
				}
			}
			for start := 0; start < len(runes); start += 37 {
				for _, n := range []int{1, 5, 255, 256, 257, 600} {
					end := min(start+n, len(runes))
					if got, want := text.Slice(start, end), string(runes[start:end]); got != want {
						t.Fatalf("Slice(%d, %d) = %q, want %q", start, end, got, want)
					}
				}
			}
		})
	}
}
