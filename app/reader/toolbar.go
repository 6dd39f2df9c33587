package reader

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/app/palette"
)

// tagMenuItems are the items of a "Tag as" menu; all tags every mention.
func (r *Reader) tagMenuItems(all bool) []*fyne.MenuItem {
	var items []*fyne.MenuItem
	for _, t := range annotate.EntityTypes {
		info := annotate.DescribeType(t)
		label := info.Name
		if info.Key != "" && !all {
			label += "  (" + info.Key + ")"
		}
		items = append(items, fyne.NewMenuItem(label, func() { r.tagSelection(t, all) }))
	}
	return append(items,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("New type…", func() { r.tagSelectionNewType(all) }),
		fyne.NewMenuItem("Existing entity…", func() { r.tagSelectionExisting(all) }),
	)
}

// selectionMenu is the right-click menu over a selection.
func (r *Reader) selectionMenu() *fyne.Menu {
	var colours []*fyne.MenuItem
	for _, c := range annotate.Colors {
		colours = append(colours, fyne.NewMenuItem(colorName(c), func() { r.highlightSelection(c) }))
	}
	highlight := fyne.NewMenuItem("Highlight", nil)
	highlight.ChildMenu = fyne.NewMenu("", colours...)
	tag := fyne.NewMenuItem("Tag as", nil)
	tag.ChildMenu = fyne.NewMenu("", r.tagMenuItems(false)...)
	tagAll := fyne.NewMenuItem("Tag all mentions as", nil)
	tagAll.ChildMenu = fyne.NewMenu("", r.tagMenuItems(true)...)
	return fyne.NewMenu("",
		fyne.NewMenuItem("Highlight "+strings.ToLower(colorName(r.lastColor))+"  (H)", func() { r.highlightSelection(r.lastColor) }),
		highlight,
		fyne.NewMenuItem("Add note…  (N)", r.noteSelection),
		fyne.NewMenuItemSeparator(),
		tag,
		tagAll,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Copy", r.copySelection),
	)
}

// readerToolbar floats near the selection with the commonest commands:
// the highlight colours, a note, tagging and copying. It is a child of the
// reader rather than a pop-up, so it takes no focus and a click elsewhere in
// the text simply starts a new selection.
type readerToolbar struct {
	widget.BaseWidget
	r        *Reader
	swatches []*readerSwatch
	note     *widget.Button
	tag      *widget.Button
	copy     *widget.Button
}

func newReaderToolbar(r *Reader) *readerToolbar {
	t := &readerToolbar{r: r}
	for _, c := range annotate.Colors {
		t.swatches = append(t.swatches, newReaderSwatch(c, func() { r.highlightSelection(c) }))
	}
	t.note = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), r.noteSelection)
	t.note.Importance = widget.LowImportance
	t.tag = widget.NewButtonWithIcon("Tag", theme.AccountIcon(), t.showTagMenu)
	t.tag.Importance = widget.LowImportance
	t.copy = widget.NewButtonWithIcon("", theme.ContentCopyIcon(), func() {
		r.copySelection()
		r.hideToolbar()
	})
	t.copy.Importance = widget.LowImportance
	t.ExtendBaseWidget(t)
	return t
}

// showTagMenu opens the entity types below the Tag button.
func (t *readerToolbar) showTagMenu() {
	c := fyne.CurrentApp().Driver().CanvasForObject(t)
	if c == nil {
		return
	}
	items := t.r.tagMenuItems(false)
	all := fyne.NewMenuItem("Tag all mentions as", nil)
	all.ChildMenu = fyne.NewMenu("", t.r.tagMenuItems(true)...)
	items = append(items, fyne.NewMenuItemSeparator(), all)
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), c, fyne.NewPos(0, t.tag.Size().Height), t.tag)
}

// CreateRenderer is part of fyne.Widget.
func (t *readerToolbar) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = theme.InputRadiusSize() * 2
	bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	bg.StrokeWidth = 1
	row := container.NewHBox()
	for _, s := range t.swatches {
		row.Add(s)
	}
	sep := widget.NewSeparator()
	row.Add(container.NewPadded(sep))
	row.Add(t.note)
	row.Add(t.tag)
	row.Add(t.copy)
	shadow := canvas.NewRectangle(theme.Color(theme.ColorNameShadow))
	shadow.CornerRadius = bg.CornerRadius
	return &readerToolbarRenderer{t: t, bg: bg, shadow: shadow, row: row, objects: []fyne.CanvasObject{shadow, bg, row}}
}

type readerToolbarRenderer struct {
	t       *readerToolbar
	bg      *canvas.Rectangle
	shadow  *canvas.Rectangle
	row     *fyne.Container
	objects []fyne.CanvasObject
}

func (tr *readerToolbarRenderer) Destroy() {}

func (tr *readerToolbarRenderer) Layout(size fyne.Size) {
	tr.bg.Resize(size)
	// A soft edge below the bar lifts it off the text.
	tr.shadow.Move(fyne.NewPos(0, 2))
	tr.shadow.Resize(size)
	pad := theme.Padding()
	tr.row.Move(fyne.NewPos(pad, pad/2))
	tr.row.Resize(fyne.NewSize(size.Width-2*pad, size.Height-pad))
}

func (tr *readerToolbarRenderer) MinSize() fyne.Size {
	pad := theme.Padding()
	return tr.row.MinSize().Add(fyne.NewSize(2*pad, pad))
}

func (tr *readerToolbarRenderer) Objects() []fyne.CanvasObject { return tr.objects }

func (tr *readerToolbarRenderer) Refresh() {
	tr.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	tr.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	tr.shadow.FillColor = theme.Color(theme.ColorNameShadow)
	tr.bg.Refresh()
	tr.shadow.Refresh()
	tr.row.Refresh()
}

// readerSwatch is a round button in a highlight colour.
type readerSwatch struct {
	widget.BaseWidget
	color   annotate.Color
	onTap   func()
	hovered bool
}

var (
	_ fyne.Tappable      = (*readerSwatch)(nil)
	_ desktop.Hoverable  = (*readerSwatch)(nil)
	_ desktop.Cursorable = (*readerSwatch)(nil)
)

func newReaderSwatch(c annotate.Color, onTap func()) *readerSwatch {
	s := &readerSwatch{color: c, onTap: onTap}
	s.ExtendBaseWidget(s)
	return s
}

// Tapped is part of fyne.Tappable.
func (s *readerSwatch) Tapped(*fyne.PointEvent) {
	if s.onTap != nil {
		s.onTap()
	}
}

// Cursor is part of desktop.Cursorable.
func (s *readerSwatch) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn is part of desktop.Hoverable.
func (s *readerSwatch) MouseIn(*desktop.MouseEvent) {
	s.hovered = true
	s.Refresh()
}

// MouseMoved is part of desktop.Hoverable.
func (s *readerSwatch) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (s *readerSwatch) MouseOut() {
	s.hovered = false
	s.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (s *readerSwatch) CreateRenderer() fyne.WidgetRenderer {
	sr := &readerSwatchRenderer{s: s, dot: canvas.NewCircle(color.Transparent), ring: canvas.NewCircle(color.Transparent)}
	sr.Refresh()
	return sr
}

type readerSwatchRenderer struct {
	s         *readerSwatch
	dot, ring *canvas.Circle
}

func (sr *readerSwatchRenderer) Destroy() {}

func (sr *readerSwatchRenderer) Layout(size fyne.Size) {
	d := min(size.Width, size.Height)
	ring := d - 2
	sr.ring.Move(fyne.NewPos((size.Width-ring)/2, (size.Height-ring)/2))
	sr.ring.Resize(fyne.NewSize(ring, ring))
	dot := d * 0.62
	sr.dot.Move(fyne.NewPos((size.Width-dot)/2, (size.Height-dot)/2))
	sr.dot.Resize(fyne.NewSize(dot, dot))
}

func (sr *readerSwatchRenderer) MinSize() fyne.Size {
	d := theme.IconInlineSize() + 2*theme.InnerPadding()
	return fyne.NewSize(d*0.8, d)
}

func (sr *readerSwatchRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{sr.ring, sr.dot}
}

func (sr *readerSwatchRenderer) Refresh() {
	sr.dot.FillColor = palette.HighlightSwatch(sr.s.color)
	sr.dot.StrokeColor = withAlpha(theme.Color(theme.ColorNameForeground), 0.25)
	sr.dot.StrokeWidth = 1
	sr.ring.FillColor = color.Transparent
	if sr.s.hovered {
		sr.ring.FillColor = theme.Color(theme.ColorNameHover)
	}
	sr.ring.Refresh()
	sr.dot.Refresh()
}

// colorName is a highlight colour's name in menus.
func colorName(c annotate.Color) string {
	info, _ := annotate.DescribeColor(c)
	return info.Name
}
