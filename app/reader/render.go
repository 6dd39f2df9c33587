package reader

import (
	"image/color"
	"math"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"margin/annotate"
	"margin/app/palette"
)

// readerRenderer draws the lines of the reader's layout that are in view.
// Canvas objects are pooled: rectangles are reused in any order, while each
// text object stays with its piece of the layout for as long as the piece is
// in view, so scrolling moves text without re-rendering it.
type readerRenderer struct {
	r *Reader

	marker  *canvas.Rectangle // invisible; refreshed to mark the canvas dirty
	rects   []*canvas.Rectangle
	nRects  int
	texts   map[int32]*canvas.Text // by piece index; decor texts by -(index+1)
	oldText map[int32]*canvas.Text
	free    []*canvas.Text
	layout  *readerLayout // the layout texts were keyed for
	scale   float32       // device pixels per unit

	// pics and oldPics hold the pictures in view by decor index, kept
	// while they stay in view as texts are.
	pics, oldPics map[int]*canvas.Image

	under, textObjs, over []fyne.CanvasObject
	objects               []fyne.CanvasObject

	toolbar   *readerToolbar
	findBar   *readerFindBar
	scrollBar *readerScrollBar
}

func newReaderRenderer(r *Reader) *readerRenderer {
	rr := &readerRenderer{
		r:       r,
		marker:  canvas.NewRectangle(color.Transparent),
		texts:   map[int32]*canvas.Text{},
		oldText: map[int32]*canvas.Text{},
		pics:    map[int]*canvas.Image{},
		oldPics: map[int]*canvas.Image{},
	}
	rr.toolbar = newReaderToolbar(r)
	rr.toolbar.Hide()
	rr.findBar = newReaderFindBar(r)
	rr.findBar.Hide()
	rr.scrollBar = newReaderScrollBar(r)
	return rr
}

// Destroy is part of fyne.WidgetRenderer.
func (rr *readerRenderer) Destroy() {}

// Layout is part of fyne.WidgetRenderer.
func (rr *readerRenderer) Layout(fyne.Size) { rr.Refresh() }

// MinSize is part of fyne.WidgetRenderer: the reader scrolls itself, so it
// only needs room for a few words.
func (rr *readerRenderer) MinSize() fyne.Size {
	s := rr.r.TextSize()
	return fyne.NewSize(12*s, 6*s)
}

// Objects is part of fyne.WidgetRenderer.
func (rr *readerRenderer) Objects() []fyne.CanvasObject { return rr.objects }

// Refresh is part of fyne.WidgetRenderer: it lays the document out if the
// width, text size or fonts changed and rebuilds the objects in view.
func (rr *readerRenderer) Refresh() {
	r := rr.r
	size := r.Size()
	if size.Width <= 0 || size.Height <= 0 {
		// Not laid out yet: a layout for no width would be thrown away.
		rr.objects = rr.objects[:0]
		return
	}
	rr.scale = 1
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil && c.Scale() > 0 {
		rr.scale = c.Scale()
	}
	l := r.ensureLayout()
	if r.pendingScroll >= 0 {
		off := r.pendingScroll
		r.pendingScroll = -1
		li := l.lineOf(off)
		if li >= 0 {
			r.scrollY = l.lines[li].top - size.Height/3
		}
	}
	r.clampScroll()
	top, bottom := r.scrollY, r.scrollY+size.Height
	dy := -r.scrollY

	if rr.layout != l {
		// Piece indexes mean nothing in a new layout.
		for _, t := range rr.texts {
			rr.free = append(rr.free, t)
		}
		clear(rr.texts)
		clear(rr.pics)
		rr.layout = l
	}
	rr.texts, rr.oldText = rr.oldText, rr.texts
	clear(rr.texts)
	rr.pics, rr.oldPics = rr.oldPics, rr.pics
	clear(rr.pics)
	r.pics.frame++
	rr.nRects = 0
	rr.under, rr.textObjs, rr.over = rr.under[:0], rr.textObjs[:0], rr.over[:0]

	first, last := l.visible(top, bottom)
	rr.drawDecor(l, top, bottom, dy)
	if first < last {
		vs, ve := l.lines[first].start, l.lines[last-1].end
		rr.drawCode(l, first, last, dy)
		rr.drawFind(l, first, last, vs, ve, dy)
		rr.drawHighlights(l, first, last, vs, ve, dy)
		rr.drawFlash(l, first, last, dy)
		rr.drawSelection(l, first, last, dy)
		rr.drawText(l, first, last, dy)
		rr.drawMentions(l, first, last, vs, ve, dy)
	}
	for _, t := range rr.oldText {
		rr.free = append(rr.free, t)
	}
	clear(rr.oldText)
	clear(rr.oldPics)

	rr.objects = append(rr.objects[:0], rr.marker)
	rr.objects = append(rr.objects, rr.under...)
	rr.objects = append(rr.objects, rr.textObjs...)
	rr.objects = append(rr.objects, rr.over...)
	rr.placeToolbar(l, dy)
	rr.placeFindBar(l)
	rr.placeScrollBar(l)
	rr.objects = append(rr.objects, rr.toolbar, rr.findBar, rr.scrollBar)
	canvas.Refresh(rr.marker)
}

// snap rounds v to the nearest device pixel.
func (rr *readerRenderer) snap(v float32) float32 {
	return float32(math.Round(float64(v*rr.scale))) / rr.scale
}

// rect returns a pooled rectangle set to the given fill and bounds.
func (rr *readerRenderer) rect(fill color.Color, x, y, w, h, radius float32) *canvas.Rectangle {
	if rr.nRects == len(rr.rects) {
		rr.rects = append(rr.rects, canvas.NewRectangle(fill))
	}
	rc := rr.rects[rr.nRects]
	rr.nRects++
	rc.FillColor = fill
	rc.CornerRadius = radius
	rc.StrokeWidth = 0
	rc.Move(fyne.NewPos(x, y))
	rc.Resize(fyne.NewSize(w, h))
	return rc
}

// text returns the text object kept for key, set to the given content.
func (rr *readerRenderer) text(key int32, s string, col color.Color, size float32, v fontVariant, x, y, w, h float32) *canvas.Text {
	t, ok := rr.oldText[key]
	if ok {
		delete(rr.oldText, key)
	} else if n := len(rr.free); n > 0 {
		t = rr.free[n-1]
		rr.free = rr.free[:n-1]
	} else {
		t = canvas.NewText("", col)
	}
	rr.texts[key] = t
	style := v.textStyle()
	if t.Text != s || t.TextSize != size || t.TextStyle != style || !sameColor(t.Color, col) {
		t.Text, t.TextSize, t.TextStyle, t.Color = s, size, style, col
		canvas.Refresh(t)
	}
	// Text drawn off the device pixel grid is resampled and looks blurred.
	t.Move(fyne.NewPos(rr.snap(x), rr.snap(y)))
	// The width is known from the layout; asking the text for its MinSize
	// would shape it again. A little slack keeps the last glyph unclipped.
	t.Resize(fyne.NewSize(w+size/2, h))
	return t
}

func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == b
	}
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// drawDecor draws boxes, bars and list markers in [top, bottom).
func (rr *readerRenderer) drawDecor(l *readerLayout, top, bottom, dy float32) {
	radius := theme.InputRadiusSize()
	for i := range l.decor {
		d := &l.decor[i]
		if d.y >= bottom || d.y+d.h <= top {
			continue
		}
		switch d.kind {
		case decorQuoteBar:
			rr.under = append(rr.under, rr.rect(withAlpha(theme.Color(theme.ColorNamePrimary), 0.7), d.x, d.y+dy, d.w, d.h, d.w/2))
		case decorPreBox, decorImageBox, decorOrphanBox, decorNoticeBox:
			box := rr.rect(theme.Color(theme.ColorNameInputBackground), d.x, d.y+dy, d.w, d.h, radius)
			if d.kind == decorImageBox {
				box.StrokeColor = theme.Color(theme.ColorNameSeparator)
				box.StrokeWidth = 1
			}
			rr.under = append(rr.under, box)
		case decorPicture:
			rr.drawPicture(i, d, dy)
		case decorOrphanBar:
			rr.under = append(rr.under, rr.rect(palette.HighlightSwatch(d.color), d.x, d.y+dy, d.w, d.h, d.w/2))
		case decorNoticeBar:
			rr.under = append(rr.under, rr.rect(theme.Color(theme.ColorNameWarning), d.x, d.y+dy, d.w, d.h, d.w/2))
		case decorBullet:
			col := theme.Color(theme.ColorNamePlaceHolder)
			gt := glyphs.table(d.variant, d.size)
			rr.textObjs = append(rr.textObjs, rr.text(-int32(i)-1, d.text, col, d.size, d.variant, d.x, d.y+d.base-gt.ascent+dy, d.w, gt.height))
		}
	}
}

// drawCode draws the background of inline code.
func (rr *readerRenderer) drawCode(l *readerLayout, first, last int, dy float32) {
	var col color.Color
	for li := first; li < last; li++ {
		ln := &l.lines[li]
		for pi := ln.p0; pi < ln.p1; pi++ {
			p := &l.pieces[pi]
			if p.style&inlineCode == 0 || ln.kind != lineText {
				continue
			}
			if col == nil {
				// A tint of the text colour shows on light and dark alike.
				col = withAlpha(theme.Color(theme.ColorNameForeground), 0.1)
			}
			pad := p.size * 0.2
			h := min(ln.height, p.size*1.35)
			rr.under = append(rr.under, rr.rect(col, p.x-pad, ln.top+(ln.height-h)/2+dy, p.w+2*pad, h, pad))
		}
	}
}

// spanRects calls fn with the part of [start, end) on each line in
// [first, last), as x0, x1 on line ln.
func spanRects(l *readerLayout, first, last, start, end int, fn func(ln *readerLine, x0, x1 float32)) {
	for li := first; li < last; li++ {
		ln := &l.lines[li]
		if ln.kind != lineText || ln.end <= start || ln.start >= end {
			continue
		}
		x0, x1 := l.xAt(ln, start), l.xAt(ln, end)
		if x1 > x0 {
			fn(ln, x0, x1)
		}
	}
}

// markBand is the vertical band of a line that highlights and the
// selection cover.
func markBand(ln *readerLine) (y, h float32) {
	h = min(ln.height, ln.size*1.45)
	return ln.top + (ln.height-h)/2, h
}

func (rr *readerRenderer) drawHighlights(l *readerLayout, first, last, vs, ve int, dy float32) {
	hs := rr.r.highlights
	n := sort.Search(len(hs), func(i int) bool { return hs[i].Selector.Start >= ve })
	for _, h := range hs[:n] {
		if h.Selector.End <= vs {
			continue
		}
		fill := palette.Highlight(h.Color)
		spanRects(l, first, last, h.Selector.Start, h.Selector.End, func(ln *readerLine, x0, x1 float32) {
			y, bh := markBand(ln)
			rr.under = append(rr.under, rr.rect(fill, x0, y+dy, x1-x0, bh, ln.size*0.15))
		})
	}
}

func (rr *readerRenderer) drawFind(l *readerLayout, first, last, vs, ve int, dy float32) {
	f := &rr.r.find
	if len(f.matches) == 0 || !f.open {
		return
	}
	n := sort.Search(len(f.matches), func(i int) bool { return f.matches[i] >= ve })
	k := sort.Search(n, func(i int) bool { return f.matches[i]+f.length > vs })
	match, current := themed(findMatch), themed(findCurrent)
	for i := k; i < n; i++ {
		fill := match
		if i == f.current {
			fill = current
		}
		spanRects(l, first, last, f.matches[i], f.matches[i]+f.length, func(ln *readerLine, x0, x1 float32) {
			y, bh := markBand(ln)
			rr.under = append(rr.under, rr.rect(fill, x0, y+dy, x1-x0, bh, ln.size*0.15))
		})
	}
}

func (rr *readerRenderer) drawFlash(l *readerLayout, first, last int, dy float32) {
	r := rr.r
	if r.flashStart < 0 || r.flashAlpha <= 0 {
		return
	}
	fill := withAlpha(themed(flash), r.flashAlpha)
	spanRects(l, first, last, r.flashStart, r.flashEnd, func(ln *readerLine, x0, x1 float32) {
		y, bh := markBand(ln)
		pad := ln.size * 0.15
		rr.under = append(rr.under, rr.rect(fill, x0-pad, y+dy, x1-x0+2*pad, bh, pad))
	})
}

func (rr *readerRenderer) drawSelection(l *readerLayout, first, last int, dy float32) {
	s, e := rr.r.Selection()
	if s == e {
		return
	}
	// The selection covers whole line heights, so a selection over several
	// lines reads as one block.
	fill := theme.Color(theme.ColorNameSelection)
	spanRects(l, first, last, s, e, func(ln *readerLine, x0, x1 float32) {
		rr.under = append(rr.under, rr.rect(fill, x0, ln.top+dy, x1-x0, ln.height, 0))
	})
}

func (rr *readerRenderer) drawText(l *readerLayout, first, last int, dy float32) {
	r := rr.r
	var link color.Color
	for li := first; li < last; li++ {
		ln := &l.lines[li]
		col := theme.Color(ln.color)
		for pi := ln.p0; pi < ln.p1; pi++ {
			p := &l.pieces[pi]
			var s string
			if ln.kind == lineText {
				s = string(r.text[p.start:p.end])
			} else {
				s = string(l.literals[ln.lit][p.start:p.end])
			}
			if strings.ContainsRune(s, '\t') {
				// The layout gives a tab the width of four spaces; Fyne
				// would draw it to the next tab stop instead.
				s = strings.ReplaceAll(s, "\t", "    ")
			}
			pc := col
			if p.style&inlineLink != 0 {
				if link == nil {
					link = theme.Color(theme.ColorNameHyperlink)
				}
				pc = link
				// Links are underlined thinly, below where mentions go.
				th := max(1, p.size/16)
				rr.over = append(rr.over, rr.rect(withAlpha(link, 0.6), p.x, ln.top+ln.base+p.size*0.12+dy, p.w, th, 0))
			}
			gt := glyphs.table(p.variant, p.size)
			rr.textObjs = append(rr.textObjs, rr.text(pi, s, pc, p.size, p.variant, p.x, ln.top+ln.base-gt.ascent+dy, p.w, gt.height))
		}
	}
}

func (rr *readerRenderer) drawMentions(l *readerLayout, first, last, vs, ve int, dy float32) {
	ms := rr.r.mentions
	n := sort.Search(len(ms), func(i int) bool { return ms[i].Selector.Start >= ve })
	for i := range ms[:n] {
		m := &ms[i]
		if m.Selector.End <= vs {
			continue
		}
		col := palette.EntityType(m.typ)
		suggested := m.Status == annotate.Suggested
		spanRects(l, first, last, m.Selector.Start, m.Selector.End, func(ln *readerLine, x0, x1 float32) {
			y := ln.top + ln.base + max(2, ln.size*0.16) + dy
			if !suggested {
				th := max(1.5, ln.size*0.11)
				rr.over = append(rr.over, rr.rect(col, x0, y, x1-x0, th, th/2))
				return
			}
			// Suggestions: a lighter dashed line.
			th := max(1, ln.size*0.08)
			dash, gap := max(3, ln.size*0.3), max(2, ln.size*0.2)
			light := withAlpha(col, 0.75)
			for x := x0; x < x1; x += dash + gap {
				rr.over = append(rr.over, rr.rect(light, x, y, min(dash, x1-x), th, 0))
			}
		})
	}
}

// placeToolbar shows the selection toolbar above the selection, or below
// it when there is no room above.
func (rr *readerRenderer) placeToolbar(l *readerLayout, dy float32) {
	r := rr.r
	s, e := r.Selection()
	if !r.toolbarShown || s == e || r.dragging {
		rr.toolbar.Hide()
		return
	}
	ls, le := l.lineOf(s), l.lineOf(max(s, e-1))
	if ls < 0 || le < 0 {
		rr.toolbar.Hide()
		return
	}
	size := rr.toolbar.MinSize()
	gap := theme.Padding()
	view := r.Size()
	first, lastLn := &l.lines[ls], &l.lines[le]
	y := first.top + dy - size.Height - gap
	if y < gap {
		y = lastLn.bottom() + dy + gap
	}
	y = max(gap, min(y, view.Height-size.Height-gap))
	x := l.xAt(first, s)
	if ls == le {
		x = (x + l.xAt(first, e)) / 2
	}
	x = max(gap, min(x-size.Width/2, view.Width-size.Width-gap))
	rr.toolbar.Resize(size)
	rr.toolbar.Move(fyne.NewPos(x, y))
	if !rr.toolbar.Visible() {
		rr.toolbar.Show()
	}
}

// placeFindBar pins the find bar to the top right of the text column.
func (rr *readerRenderer) placeFindBar(l *readerLayout) {
	if !rr.r.find.open {
		rr.findBar.Hide()
		return
	}
	size := rr.findBar.MinSize()
	size.Width = max(size.Width, min(l.column, 26*l.size))
	pad := theme.Padding()
	x := max(pad, min(l.left+l.column-size.Width, rr.r.Size().Width-size.Width-pad))
	rr.findBar.Resize(size)
	rr.findBar.Move(fyne.NewPos(x, pad))
	if !rr.findBar.Visible() {
		rr.findBar.Show()
	}
	rr.findBar.update()
}

func (rr *readerRenderer) placeScrollBar(l *readerLayout) {
	view := rr.r.Size()
	if l.height <= view.Height || view.Height <= 0 {
		rr.scrollBar.Hide()
		return
	}
	w := theme.ScrollBarSmallSize() * 2
	thumb := max(view.Height*view.Height/l.height, 3*theme.ScrollBarSize())
	y := rr.r.scrollY / (l.height - view.Height) * (view.Height - thumb)
	rr.scrollBar.Move(fyne.NewPos(view.Width-w-2, y))
	rr.scrollBar.Resize(fyne.NewSize(w, thumb))
	rr.scrollBar.Show()
	rr.scrollBar.Refresh()
}
