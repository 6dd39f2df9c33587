package reader

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestFitCutsALineToItsWidth(t *testing.T) {
	test.NewTempApp(t)
	size := theme.TextSize()
	bold := fyne.TextStyle{Bold: true}
	long := "Harbour plans divide the city as the council delays its vote on the new port"
	full := fyne.MeasureText(long, size, bold).Width
	for _, c := range []struct {
		name  string
		text  string
		width float32
		cut   bool
	}{
		{"a line that fits is whole", "Storm closes the airport", full, false},
		{"a line wider than its room is cut with an ellipsis", long, full / 2, true},
		{"a line in a narrow room keeps a few letters", long, 60, true},
		{"letters beyond Latin are measured too", "Élections à Zürich — 選挙の結果 — Выборы в городе", 120, true},
		{"an empty line stays empty", "", 100, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := FitText(c.text, c.width, size, bold)
			// The letters were measured into the reader's own glyph
			// cache, which the reader lays its text out with.
			for _, r := range c.text {
				if _, ok := glyphs.table(fontBold, size).other[r]; !ok && r >= 128 {
					t.Fatalf("%q was not measured into the reader's glyph cache", r)
				}
				if r < 128 && glyphs.table(fontBold, size).ascii[r] < 0 {
					t.Fatalf("%q was not measured into the reader's glyph cache", r)
				}
			}
			if !c.cut {
				if got != c.text {
					t.Fatalf("fit(%q) = %q, want it whole", c.text, got)
				}
				return
			}
			kept, ok := strings.CutSuffix(got, Ellipsis)
			if !ok || !strings.HasPrefix(c.text, kept) || kept == "" {
				t.Fatalf("fit(%q, %v) = %q, want a beginning of it and an ellipsis", c.text, c.width, got)
			}
			if w := fyne.MeasureText(got, size, bold).Width; w > c.width {
				t.Errorf("fit(%q, %v) = %q, %v wide", c.text, c.width, got, w)
			}
			// The next letter would not have fitted, give or take the
			// margin kept for kerning and a space dropped before the
			// ellipsis.
			next := []rune(c.text[len(kept):])[0]
			more := kept + string(next) + Ellipsis
			if w := fyne.MeasureText(more, size, bold).Width; w < c.width-2*KerningMargin-fyne.MeasureText(" ", size, bold).Width {
				t.Errorf("fit(%q, %v) = %q, but %q is only %v wide", c.text, c.width, got, more, w)
			}
		})
	}
}
