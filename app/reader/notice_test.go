package reader

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// noticeLines returns the literal lines the reader lays out outside the
// document and the orphan list: the header's and the notice's.
func noticeLines(r *Reader) []string {
	l := r.ensureLayout()
	var out []string
	for _, ln := range l.lines {
		if ln.kind == lineLiteral && ln.lit >= 0 && ln.block < 0 && ln.orphan < 0 {
			out = append(out, string(l.literals[ln.lit]))
		}
	}
	return out
}

// warningBars counts the rectangles drawn in the theme's warning colour.
func warningBars(r *Reader) int {
	n := 0
	for _, o := range test.WidgetRenderer(r).Objects() {
		if rect, ok := o.(*canvas.Rectangle); ok && o.Visible() && sameColor(rect.FillColor, theme.Color(theme.ColorNameWarning)) {
			n++
		}
	}
	return n
}

func TestReaderNotice(t *testing.T) {
	const note = "Margin was not sure where the article is on this page."
	r, _ := newTestReader(t, 700, 500)
	r.SetHeader("A different title", "Ana Torres")
	maria := offsetOf(t, r, "Maria", 0)
	yBefore := posOf(t, r, maria, false).Y
	if warningBars(r) != 0 {
		t.Fatal("a reader without a notice draws a warning bar")
	}

	r.SetNotice(note)
	t.Run("the notice is shown between the header and the text, with a warning bar", func(t *testing.T) {
		if got := noticeLines(r); !slices.Equal(got, []string{"A different title", "Ana Torres", note}) {
			t.Errorf("lines above the text = %q", got)
		}
		test.WidgetRenderer(r).Refresh()
		if n := warningBars(r); n != 1 {
			t.Errorf("%d warning bars drawn, want 1", n)
		}
		if y := posOf(t, r, maria, false).Y; y <= yBefore {
			t.Errorf("the text starts at %v with the notice, %v without: it should move down", y, yBefore)
		}
	})
	t.Run("the notice is not part of the text", func(t *testing.T) {
		if r.Text() != sampleDocument().Text() || offsetOf(t, r, "Maria", 0) != maria {
			t.Error("the notice changed the canonical text or its offsets")
		}
	})
	t.Run("a document set after keeps the notice until it is cleared", func(t *testing.T) {
		r.SetDocument(sampleDocument())
		if r.Notice() != note {
			t.Errorf("Notice() = %q", r.Notice())
		}
		r.SetNotice("")
		if got := noticeLines(r); !slices.Equal(got, []string{"A different title", "Ana Torres"}) {
			t.Errorf("lines above the text after clearing = %q", got)
		}
		test.WidgetRenderer(r).Refresh()
		if n := warningBars(r); n != 0 {
			t.Errorf("%d warning bars drawn after clearing, want 0", n)
		}
	})
}
