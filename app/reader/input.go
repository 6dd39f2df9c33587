package reader

import (
	"sort"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
)

// Interfaces the reader implements to take mouse, scroll and key input.
var (
	_ fyne.Draggable         = (*Reader)(nil)
	_ fyne.Tappable          = (*Reader)(nil)
	_ fyne.SecondaryTappable = (*Reader)(nil)
	_ fyne.Scrollable        = (*Reader)(nil)
	_ fyne.Focusable         = (*Reader)(nil)
	_ fyne.Shortcutable      = (*Reader)(nil)
	_ desktop.Mouseable      = (*Reader)(nil)
	_ desktop.Keyable        = (*Reader)(nil)
	_ desktop.Cursorable     = (*Reader)(nil)
	_ desktop.Hoverable      = (*Reader)(nil)
)

// multiClickTime is how soon a press must follow the last to count as a
// double or triple click.
const multiClickTime = 400 * time.Millisecond

// ensureLayout returns the layout for the reader's current width, text size
// and fonts, laying the document out again if any changed.
//
// Across a relayout the view stays on the text it showed: the line at the
// top of the view before is at the top after, however the text rewrapped.
func (r *Reader) ensureLayout() *readerLayout {
	glyphs.refresh()
	w := r.Size().Width
	old := r.layout
	if old != nil && !r.layoutStale && old.width == w && old.size == r.TextSize() && old.fontKey == glyphs.key {
		return old
	}
	top, within := -1, float32(0)
	if old != nil && r.scrollY > 0 {
		if first, _ := old.visible(r.scrollY, r.scrollY+1); first < len(old.lines) {
			top = old.lines[first].start
			within = (r.scrollY - old.lines[first].top) / old.lines[first].height
		}
	}
	r.layout = buildReaderLayout(r, w)
	r.layoutStale = false
	if top >= 0 {
		if li := r.layout.lineOf(top); li >= 0 {
			ln := &r.layout.lines[li]
			r.scrollY = ln.top + within*ln.height
		}
	}
	return r.layout
}

func (r *Reader) clampScroll() {
	if r.layout == nil {
		return
	}
	r.scrollY = max(0, min(r.scrollY, r.layout.height-r.Size().Height))
}

// scrollBy scrolls the view by dy and redraws.
func (r *Reader) scrollBy(dy float32) {
	before := r.scrollY
	r.scrollY += dy
	r.clampScroll()
	if r.scrollY != before {
		r.Refresh()
	}
}

// docPos converts a position in the widget to document coordinates.
func (r *Reader) docPos(p fyne.Position) (x, y float32) { return p.X, p.Y + r.scrollY }

// offsetAtPos is the rune boundary nearest to a point in the widget.
func (r *Reader) offsetAtPos(p fyne.Position) int {
	x, y := r.docPos(p)
	return r.ensureLayout().offsetAt(x, y)
}

// topOffset is the offset at the top of the view, or -1 with no layout.
func (r *Reader) topOffset() int {
	if r.layout == nil || len(r.layout.lines) == 0 {
		return -1
	}
	first, _ := r.layout.visible(r.scrollY, r.scrollY+1)
	if first >= len(r.layout.lines) {
		return -1
	}
	return r.layout.lines[first].start
}

// scrollToLine scrolls so that the line holding off sits frac of the view
// height from the top.
func (r *Reader) scrollToLine(off int, frac float32) {
	l := r.ensureLayout()
	li := l.lineOf(off)
	if li < 0 {
		return
	}
	r.scrollY = l.lines[li].top - frac*r.Size().Height
	r.clampScroll()
	r.Refresh()
}

// ScrollTo scrolls the line holding offset into view, a third of the way
// down, unless it is already in view.
func (r *Reader) ScrollTo(offset int) {
	if r.Size().Height <= 0 {
		r.pendingScroll = r.clamp(offset)
		return
	}
	l := r.ensureLayout()
	li := l.lineOf(r.clamp(offset))
	if li < 0 {
		return
	}
	ln := &l.lines[li]
	h := r.Size().Height
	if ln.top >= r.scrollY && ln.bottom() <= r.scrollY+h {
		return
	}
	r.scrollToLine(offset, 1.0/3)
}

// Reveal scrolls to start and flashes the word there, so the eye finds it.
func (r *Reader) Reveal(start int) {
	s, e := r.wordAt(start)
	r.ScrollTo(start)
	r.Flash(s, e)
}

// flashTime is how long Flash emphasises a range.
const flashTime = 1200 * time.Millisecond

// Flash briefly paints a fading emphasis behind [start, end).
func (r *Reader) Flash(start, end int) {
	if r.flashAnim != nil {
		r.flashAnim.Stop()
	}
	r.flashStart, r.flashEnd = r.clamp(start), r.clamp(end)
	r.flashAlpha = 1
	r.flashAnim = fyne.NewAnimation(flashTime, func(f float32) {
		r.flashAlpha = 1 - f
		if f >= 1 {
			r.flashStart, r.flashEnd = -1, -1
		}
		r.Refresh()
	})
	r.flashAnim.Curve = fyne.AnimationEaseIn
	r.flashAnim.Start()
	r.Refresh()
}

// Scrolled is part of fyne.Scrollable.
func (r *Reader) Scrolled(ev *fyne.ScrollEvent) {
	r.scrollBy(-ev.Scrolled.DY)
}

// Cursor is part of desktop.Cursorable: a pointer over links, a text
// cursor elsewhere.
func (r *Reader) Cursor() desktop.Cursor {
	if r.hoverLink {
		return desktop.PointerCursor
	}
	return desktop.TextCursor
}

// MouseIn is part of desktop.Hoverable.
func (r *Reader) MouseIn(ev *desktop.MouseEvent) { r.MouseMoved(ev) }

// MouseMoved is part of desktop.Hoverable: it notes whether the pointer is
// over a link, for the cursor.
func (r *Reader) MouseMoved(ev *desktop.MouseEvent) {
	off, ok := r.runeAtPos(ev.Position)
	r.hoverLink = false
	if ok {
		_, r.hoverLink = r.linkAt(off)
	}
	if _, over := r.pictureAt(ev.Position); over {
		// A picture opens larger on a click, as a link opens.
		r.hoverLink = true
	}
}

// MouseOut is part of desktop.Hoverable.
func (r *Reader) MouseOut() { r.hoverLink = false }

// runeAtPos returns the offset of the rune under a point in the widget;
// ok is false when the point is not over text.
func (r *Reader) runeAtPos(p fyne.Position) (int, bool) {
	if r.layout == nil {
		return 0, false
	}
	l := r.layout
	x, y := r.docPos(p)
	li := l.lineAtY(y)
	if li < 0 {
		return 0, false
	}
	ln := &l.lines[li]
	if ln.kind != lineText || y < ln.top || y >= ln.bottom() || x < ln.x0 || x >= ln.x1 || ln.start == ln.end {
		return 0, false
	}
	xs := l.runeX[ln.start:ln.end]
	k := sort.Search(len(xs), func(i int) bool { return xs[i] > x }) - 1
	return ln.start + max(k, 0), true
}

func (r *Reader) requestFocus() {
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(r); c != nil && c.Focused() != r {
			c.Focus(r)
		}
	}
}

// MouseDown is part of desktop.Mouseable: it starts a selection, or with
// Shift extends one; a second and third press in quick succession select a
// word and a block.
func (r *Reader) MouseDown(ev *desktop.MouseEvent) {
	r.requestFocus()
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	off := r.offsetAtPos(ev.Position)
	now := time.Now()
	d := ev.Position.Subtract(r.lastClickPos)
	if now.Sub(r.lastClick) < multiClickTime && d.X*d.X+d.Y*d.Y < 36 && r.clicks < 3 {
		r.clicks++
	} else {
		r.clicks = 1
	}
	r.lastClick, r.lastClickPos = now, ev.Position
	r.pressed = true
	r.toolbarShown = false
	r.dragUnit = unitRune
	switch {
	case r.clicks == 1 && (ev.Modifier&fyne.KeyModifierShift != 0 || r.shiftDown):
		r.caret = off
	case r.clicks == 2:
		s, e := r.wordAt(off)
		r.setSelection(s, e)
		r.dragUnit, r.dragOrigin = unitWord, [2]int{s, e}
	case r.clicks == 3:
		s, e := r.blockAt(off)
		r.setSelection(s, e)
		r.dragUnit, r.dragOrigin = unitBlock, [2]int{s, e}
	default:
		r.setSelection(off, off)
	}
	r.Refresh()
}

// MouseUp is part of desktop.Mouseable: it ends a press, showing the
// toolbar over a selection.
func (r *Reader) MouseUp(*desktop.MouseEvent) {
	if !r.pressed {
		return
	}
	r.pressed = false
	r.finishSelecting()
}

// finishSelecting shows the toolbar if there is a selection and reports it.
func (r *Reader) finishSelecting() {
	s, e := r.Selection()
	r.toolbarShown = s != e
	r.Refresh()
	r.selectionChanged()
}

// Dragged is part of fyne.Draggable: it extends the selection to the
// pointer, by rune or, after a double or triple click, by word or block,
// scrolling when the pointer is past the top or bottom.
func (r *Reader) Dragged(ev *fyne.DragEvent) {
	if !r.dragging {
		r.dragging = true
		r.toolbarShown = false
		if !r.pressed {
			// No press came first (a touch screen, or a test): the drag
			// starts where the pointer was.
			start := r.offsetAtPos(ev.Position.Subtract(ev.Dragged))
			r.setSelection(start, start)
			r.dragUnit = unitRune
		}
	}
	// Past the top or bottom edge each movement scrolls the view along,
	// and so does holding the pointer there (updateAutoScroll).
	h := r.Size().Height
	switch {
	case ev.Position.Y < 0:
		r.scrollY += ev.Position.Y / 2
	case ev.Position.Y > h:
		r.scrollY += (ev.Position.Y - h) / 2
	}
	r.clampScroll()
	r.dragPos = ev.Position
	r.extendDrag(ev.Position)
	r.updateAutoScroll()
	r.Refresh()
}

// extendDrag moves the dragged end of the selection to the point p.
func (r *Reader) extendDrag(p fyne.Position) {
	off := r.offsetAtPos(p)
	switch r.dragUnit {
	case unitWord, unitBlock:
		s, e := r.wordAt(off)
		if r.dragUnit == unitBlock {
			s, e = r.blockAt(off)
		}
		if s < r.dragOrigin[0] {
			r.setSelection(r.dragOrigin[1], s)
		} else {
			r.setSelection(r.dragOrigin[0], max(e, r.dragOrigin[1]))
		}
	default:
		r.caret = off
	}
}

// updateAutoScroll starts scrolling while a drag holds the pointer past
// the top or bottom edge, and stops it when the pointer comes back or the
// drag ends. It runs as an animation, so it ticks on the UI goroutine.
func (r *Reader) updateAutoScroll() {
	h := r.Size().Height
	out := r.dragging && (r.dragPos.Y < 0 || r.dragPos.Y > h)
	switch {
	case out && r.autoScroll == nil:
		r.autoLast = time.Now()
		r.autoScroll = fyne.NewAnimation(time.Second, func(float32) { r.autoScrollStep() })
		r.autoScroll.RepeatCount = fyne.AnimationRepeatForever
		r.autoScroll.Curve = fyne.AnimationLinear
		r.autoScroll.Start()
	case !out && r.autoScroll != nil:
		r.autoScroll.Stop()
		r.autoScroll = nil
	}
}

// autoScrollStep scrolls by how far the pointer is past the edge, faster
// the further it is, and extends the selection with the view.
func (r *Reader) autoScrollStep() {
	now := time.Now()
	dt := float32(now.Sub(r.autoLast).Seconds())
	r.autoLast = now
	h := r.Size().Height
	var over float32
	switch {
	case !r.dragging:
		return
	case r.dragPos.Y < 0:
		over = r.dragPos.Y
	case r.dragPos.Y > h:
		over = r.dragPos.Y - h
	default:
		return
	}
	before := r.scrollY
	r.scrollY += over * 10 * min(dt, 0.1)
	r.clampScroll()
	if r.scrollY != before {
		r.extendDrag(r.dragPos)
		r.Refresh()
	}
}

// DragEnd is part of fyne.Draggable.
func (r *Reader) DragEnd() {
	r.dragging = false
	r.updateAutoScroll()
	r.pressed = false
	r.finishSelecting()
}

// Tapped is part of fyne.Tappable: a click with nothing selected on a
// mention, a highlight or an orphaned highlight raises its callback.
func (r *Reader) Tapped(ev *fyne.PointEvent) {
	if r.clicks > 1 {
		return
	}
	if s, e := r.Selection(); s != e {
		return
	}
	l := r.ensureLayout()
	if src, ok := r.pictureAt(ev.Position); ok {
		if r.OnPictureTapped != nil {
			r.OnPictureTapped(src)
		}
		return
	}
	_, y := r.docPos(ev.Position)
	if li := l.lineAtY(y); li >= 0 && l.lines[li].orphan >= 0 {
		ln := &l.lines[li]
		if x := ev.Position.X; y >= ln.top && y < ln.bottom() && x >= ln.x0 && x < ln.x1 && r.OnHighlightTapped != nil {
			r.OnHighlightTapped(r.orphans[ln.orphan])
		}
		return
	}
	off, ok := r.runeAtPos(ev.Position)
	if !ok {
		return
	}
	if m, ok := r.mentionAt(off); ok && r.OnMentionTapped != nil {
		r.OnMentionTapped(m)
		return
	}
	if h, ok := r.highlightAt(off); ok && r.OnHighlightTapped != nil {
		r.OnHighlightTapped(h)
		return
	}
	if href, ok := r.linkAt(off); ok && r.OnLinkTapped != nil {
		r.OnLinkTapped(href)
	}
}

// TappedSecondary is part of fyne.SecondaryTappable: it opens the selection
// menu, first selecting the word under the pointer if the click is outside
// the selection.
func (r *Reader) TappedSecondary(ev *fyne.PointEvent) {
	r.requestFocus()
	off := r.offsetAtPos(ev.Position)
	if s, e := r.Selection(); s == e || off < s || off > e {
		s, e = r.wordAt(off)
		r.setSelection(s, e)
		r.selectionChanged()
	}
	r.toolbarShown = false
	r.Refresh()
	c := fyne.CurrentApp().Driver().CanvasForObject(r)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(r.selectionMenu(), c, ev.AbsolutePosition)
}

// FocusGained is part of fyne.Focusable.
func (r *Reader) FocusGained() { r.focused = true }

// FocusLost is part of fyne.Focusable.
func (r *Reader) FocusLost() {
	r.focused = false
	r.shiftDown = false
}

// KeyDown is part of desktop.Keyable: it tracks Shift for extending the
// selection with arrow keys and clicks.
func (r *Reader) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		r.shiftDown = true
	}
}

// KeyUp is part of desktop.Keyable.
func (r *Reader) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		r.shiftDown = false
	}
}

// TypedRune is part of fyne.Focusable: the single-key annotation commands
// while text is selected, and Space to page down.
func (r *Reader) TypedRune(c rune) {
	if c == ' ' {
		r.scrollBy(r.Size().Height * 0.9)
		return
	}
	if s, e := r.Selection(); s == e {
		return
	}
	switch unicode.ToLower(c) {
	case 'h':
		r.highlightSelection(r.lastColor)
	case 'n':
		r.noteSelection()
	default:
		if t, ok := annotate.TypeForKey(c); ok {
			r.tagSelection(t, false)
		}
	}
}

// TypedKey is part of fyne.Focusable: with Shift, arrows and Home/End
// extend the selection; otherwise they scroll.
func (r *Reader) TypedKey(ev *fyne.KeyEvent) {
	l := r.ensureLayout()
	step := l.size * 3
	page := r.Size().Height * 0.9
	if r.shiftDown {
		switch ev.Name {
		case fyne.KeyLeft:
			r.extendTo(r.caret - 1)
		case fyne.KeyRight:
			r.extendTo(r.caret + 1)
		case fyne.KeyUp:
			r.extendTo(r.lineMove(-1))
		case fyne.KeyDown:
			r.extendTo(r.lineMove(1))
		case fyne.KeyHome:
			if li := l.lineOf(r.caret); li >= 0 {
				r.extendTo(l.lines[li].start)
			}
		case fyne.KeyEnd:
			if li := l.lineOf(r.caret); li >= 0 {
				r.extendTo(l.lineEnd(&l.lines[li]))
			}
		}
		return
	}
	switch ev.Name {
	case fyne.KeyUp:
		r.scrollBy(-step)
	case fyne.KeyDown:
		r.scrollBy(step)
	case fyne.KeyPageUp:
		r.scrollBy(-page)
	case fyne.KeyPageDown:
		r.scrollBy(page)
	case fyne.KeyHome:
		r.scrollBy(-r.scrollY)
	case fyne.KeyEnd:
		r.scrollBy(l.height)
	case fyne.KeyLeft, fyne.KeyRight:
		// Collapse the selection to the side the arrow points to.
		if s, e := r.Selection(); s != e {
			if ev.Name == fyne.KeyLeft {
				r.setSelection(s, s)
			} else {
				r.setSelection(e, e)
			}
			r.toolbarShown = false
			r.Refresh()
			r.selectionChanged()
		}
	case fyne.KeyEscape:
		if r.find.open {
			r.HideFind()
		} else {
			r.ClearSelection()
		}
	}
}

// extendTo moves the caret end of the selection to off, stepping over the
// blank lines between blocks, and keeps it in view.
func (r *Reader) extendTo(off int) {
	off = r.clamp(off)
	if off > r.caret {
		for off < len(r.text) && r.text[off-1] == '\n' && r.text[off] == '\n' {
			off++
		}
	} else {
		for off > 0 && off < len(r.text) && r.text[off] == '\n' && r.text[off-1] == '\n' {
			off--
		}
	}
	r.caret = off
	s, e := r.Selection()
	r.toolbarShown = s != e
	r.ScrollTo(r.caret)
	r.Refresh()
	r.selectionChanged()
}

// lineMove returns the offset dir lines above (-1) or below (1) the caret,
// at the caret's x.
func (r *Reader) lineMove(dir int) int {
	l := r.ensureLayout()
	li := l.lineOf(r.caret)
	if li < 0 {
		return r.caret
	}
	x := l.xAt(&l.lines[li], r.caret)
	for li += dir; li >= 0 && li < len(l.lines); li += dir {
		if l.lines[li].kind == lineText {
			ln := &l.lines[li]
			return l.offsetAt(x, ln.top+ln.height/2)
		}
	}
	if dir < 0 {
		return 0
	}
	return len(r.text)
}

// TypedShortcut is part of fyne.Shortcutable: copy, select all and find.
func (r *Reader) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		if sc.Clipboard != nil {
			if st, e := r.Selection(); st != e {
				sc.Clipboard.SetContent(r.SelectedText())
			}
			return
		}
		r.copySelection()
	case *fyne.ShortcutSelectAll:
		r.setSelection(0, len(r.text))
		r.toolbarShown = false
		r.Refresh()
		r.selectionChanged()
	case *desktop.CustomShortcut:
		if sc.KeyName == fyne.KeyF && (sc.Modifier == fyne.KeyModifierShortcutDefault || sc.Modifier == fyne.KeyModifierControl) {
			r.ShowFind()
		}
	}
}
