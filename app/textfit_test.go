package app

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
			got := fitter.fit(c.text, c.width, size, bold)
			if !c.cut {
				if got != c.text {
					t.Fatalf("fit(%q) = %q, want it whole", c.text, got)
				}
				return
			}
			kept, ok := strings.CutSuffix(got, ellipsis)
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
			more := kept + string(next) + ellipsis
			if w := fyne.MeasureText(more, size, bold).Width; w < c.width-2*kerningMargin-fyne.MeasureText(" ", size, bold).Width {
				t.Errorf("fit(%q, %v) = %q, but %q is only %v wide", c.text, c.width, got, more, w)
			}
		})
	}
}

func TestListRowsCutTheirTitleToTheirWidth(t *testing.T) {
	w := newTestWindow(t)
	long := "Harbour plans divide the city as the council delays its vote on the new port and the ferry"
	addArticles(t, w.lib, long)
	w.list.reloadKeepPosition()
	w.wait()
	rows := listRows(w)
	if len(rows) != 1 {
		t.Fatalf("%d rows on screen", len(rows))
	}
	r := rows[0]
	for _, width := range []float32{200, 400, 2000} {
		r.Resize(fyne.NewSize(width, r.Size().Height))
		shown := r.title.Text
		room := width - 2*theme.InnerPadding()
		if w := fyne.MeasureText(shown, theme.TextSize(), r.title.TextStyle).Width; w > room {
			t.Errorf("at %v the title %q is %v wide, more than its %v", width, shown, w, room)
		}
		whole := fyne.MeasureText(long, theme.TextSize(), r.title.TextStyle).Width <= room-kerningMargin
		if whole != (shown == long) {
			t.Errorf("at %v the title shows %q", width, shown)
		}
	}
}
