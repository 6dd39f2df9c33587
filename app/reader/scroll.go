package reader

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// readerScrollBar is the thumb of the reader's own vertical scroll bar;
// dragging it scrolls the reader.
type readerScrollBar struct {
	widget.BaseWidget
	r       *Reader
	hovered bool
}

var (
	_ fyne.Draggable    = (*readerScrollBar)(nil)
	_ desktop.Hoverable = (*readerScrollBar)(nil)
)

func newReaderScrollBar(r *Reader) *readerScrollBar {
	b := &readerScrollBar{r: r}
	b.ExtendBaseWidget(b)
	return b
}

// Dragged is part of fyne.Draggable: the thumb follows the pointer, so the
// document moves by the drag scaled from the view to the whole document.
func (b *readerScrollBar) Dragged(ev *fyne.DragEvent) {
	l := b.r.layout
	view := b.r.Size().Height
	if l == nil || view <= 0 || l.height <= view {
		return
	}
	thumb := b.Size().Height
	b.r.scrollBy(ev.Dragged.DY * (l.height - view) / max(view-thumb, 1))
}

// DragEnd is part of fyne.Draggable.
func (b *readerScrollBar) DragEnd() {}

// MouseIn is part of desktop.Hoverable.
func (b *readerScrollBar) MouseIn(*desktop.MouseEvent) {
	b.hovered = true
	b.Refresh()
}

// MouseMoved is part of desktop.Hoverable.
func (b *readerScrollBar) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (b *readerScrollBar) MouseOut() {
	b.hovered = false
	b.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (b *readerScrollBar) CreateRenderer() fyne.WidgetRenderer {
	br := &readerScrollBarRenderer{b: b, thumb: canvas.NewRectangle(theme.Color(theme.ColorNameScrollBar))}
	return br
}

type readerScrollBarRenderer struct {
	b     *readerScrollBar
	thumb *canvas.Rectangle
}

func (br *readerScrollBarRenderer) Destroy() {}

func (br *readerScrollBarRenderer) Layout(size fyne.Size) {
	w := size.Width / 2
	if br.b.hovered {
		w = size.Width
	}
	br.thumb.Move(fyne.NewPos(size.Width-w, 0))
	br.thumb.Resize(fyne.NewSize(w, size.Height))
	br.thumb.CornerRadius = w / 2
}

func (br *readerScrollBarRenderer) MinSize() fyne.Size {
	return fyne.NewSize(theme.ScrollBarSmallSize()*2, theme.ScrollBarSize()*3)
}

func (br *readerScrollBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{br.thumb}
}

func (br *readerScrollBarRenderer) Refresh() {
	br.thumb.FillColor = theme.Color(theme.ColorNameScrollBar)
	br.Layout(br.b.Size())
	br.thumb.Refresh()
}
