package reader

import (
	"fmt"
	"sort"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// readerFind is the state of the reader's find bar.
type readerFind struct {
	open    bool
	query   string
	matches []int // start offsets, in order
	length  int   // of each match, in runes
	current int   // index in matches, or -1
}

func (f *readerFind) reset() {
	f.query = ""
	f.matches = f.matches[:0]
	f.length = 0
	f.current = -1
}

// ShowFind opens the find bar and puts the cursor in it.
func (r *Reader) ShowFind() {
	r.find.open = true
	r.Refresh()
	if r.findBar == nil {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		c.Focus(r.findBar.entry)
	}
}

// HideFind closes the find bar and gives the keyboard back to the text.
func (r *Reader) HideFind() {
	r.find.open = false
	r.Refresh()
	r.requestFocus()
}

// Find looks for query in the text, ignoring case, and shows the first
// match at or after the top of the view. It returns the number of matches.
func (r *Reader) Find(query string) int {
	f := &r.find
	f.reset()
	f.query = query
	q := []rune(query)
	if len(q) == 0 {
		r.Refresh()
		return 0
	}
	if r.lower == nil {
		// Lower-casing rune by rune keeps offsets the same.
		r.lower = make([]rune, len(r.text))
		for i, c := range r.text {
			r.lower[i] = unicode.ToLower(c)
		}
	}
	for i, c := range q {
		q[i] = unicode.ToLower(c)
	}
	f.length = len(q)
	t := r.lower
	for i := 0; i+len(q) <= len(t); i++ {
		if t[i] != q[0] {
			continue
		}
		match := true
		for k := 1; k < len(q); k++ {
			if t[i+k] != q[k] {
				match = false
				break
			}
		}
		if match {
			f.matches = append(f.matches, i)
			i += len(q) - 1
		}
	}
	if len(f.matches) > 0 {
		top := max(r.topOffset(), 0)
		f.current = sort.SearchInts(f.matches, top) % len(f.matches)
		r.ScrollTo(f.matches[f.current])
	}
	r.Refresh()
	return len(f.matches)
}

// FindNext moves to the next match, after the last going back to the first.
func (r *Reader) FindNext() { r.findStep(1) }

// FindPrevious moves to the previous match.
func (r *Reader) FindPrevious() { r.findStep(-1) }

func (r *Reader) findStep(dir int) {
	f := &r.find
	n := len(f.matches)
	if n == 0 {
		return
	}
	f.current = ((f.current+dir)%n + n) % n
	r.ScrollTo(f.matches[f.current])
	r.Refresh()
}

// readerFindBar is the find bar over the top of the reader.
type readerFindBar struct {
	widget.BaseWidget
	r     *Reader
	entry *findEntry
	// count says how many matches there are, in the quiet placeholder
	// colour.
	count    *widget.RichText
	countSeg *widget.TextSegment
	prev     *widget.Button
	next     *widget.Button
	close    *widget.Button
}

func newReaderFindBar(r *Reader) *readerFindBar {
	b := &readerFindBar{r: r}
	b.entry = newFindEntry(r)
	b.countSeg = &widget.TextSegment{Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameText, Inline: true}}
	b.count = widget.NewRichText(b.countSeg)
	b.prev = widget.NewButtonWithIcon("", theme.MoveUpIcon(), r.FindPrevious)
	b.prev.Importance = widget.LowImportance
	b.next = widget.NewButtonWithIcon("", theme.MoveDownIcon(), r.FindNext)
	b.next.Importance = widget.LowImportance
	b.close = widget.NewButtonWithIcon("", theme.CancelIcon(), r.HideFind)
	b.close.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	r.findBar = b
	return b
}

// update shows the match count.
func (b *readerFindBar) update() {
	f := &b.r.find
	var s string
	switch {
	case f.query == "":
	case len(f.matches) == 0:
		s = "No matches"
	default:
		s = fmt.Sprintf("%d of %d", f.current+1, len(f.matches))
	}
	if b.countSeg.Text != s {
		b.countSeg.Text = s
		b.count.Refresh()
	}
}

// CreateRenderer is part of fyne.Widget.
func (b *readerFindBar) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = theme.InputRadiusSize() * 2
	bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	bg.StrokeWidth = 1
	row := container.NewBorder(nil, nil, nil, container.NewHBox(b.count, b.prev, b.next, b.close), b.entry)
	return widget.NewSimpleRenderer(container.NewStack(bg, container.NewPadded(row)))
}

// findEntry is the find bar's text field: typing finds, Enter goes to the
// next match, Escape closes the bar.
type findEntry struct {
	widget.Entry
	r *Reader
}

func newFindEntry(r *Reader) *findEntry {
	e := &findEntry{r: r}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder("Find in article")
	e.OnChanged = func(s string) { r.Find(s) }
	e.OnSubmitted = func(string) { r.FindNext() }
	return e
}

// TypedKey is part of fyne.Focusable.
func (e *findEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.r.HideFind()
		return
	}
	e.Entry.TypedKey(ev)
}
