package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"margin/app/reader"
)

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
		whole := fyne.MeasureText(long, theme.TextSize(), r.title.TextStyle).Width <= room-reader.KerningMargin
		if whole != (shown == long) {
			t.Errorf("at %v the title shows %q", width, shown)
		}
	}
}
