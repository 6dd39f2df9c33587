package app

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/app/palette"
	"margin/library"
)

// quoteLabel shows a quote from the article, wrapped and cut short.
func quoteLabel(s string) *widget.Label {
	l := widget.NewLabel("“" + shorten(s, 240) + "”")
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle.Italic = true
	return l
}

// ShowNoteDialog asks for a note on [start, end) and saves it.
func (w *mainWindow) ShowNoteDialog(start, end int) {
	entry := w.newDialogEntry(true)
	entry.SetMinRowsVisible(4)
	entry.SetPlaceHolder("Your note")
	for _, h := range w.highlights {
		if h.Selector.Start == start && h.Selector.End == end {
			entry.SetText(h.Note)
		}
	}
	content := container.NewVBox(quoteLabel(w.spanText(start, end)), entry)
	d := dialog.NewCustomConfirm("Note", "Save", "Cancel", content, func(ok bool) {
		if ok {
			w.NoteOn(start, end, strings.TrimSpace(entry.Text))
		}
	}, w.win)
	d.Resize(fyne.NewSize(460, 0))
	w.showDialog(d, nil)
	w.win.Canvas().Focus(entry)
}

// ShowNewTypeDialog asks for the name of a new entity type and tags
// [start, end) with it.
func (w *mainWindow) ShowNewTypeDialog(start, end int, all bool) {
	entry := w.newDialogEntry(false)
	entry.SetPlaceHolder("e.g. ship, law, species")
	form := []*widget.FormItem{
		widget.NewFormItem("Name", widget.NewLabel(w.spanText(start, end))),
		widget.NewFormItem("Type", entry),
	}
	d := dialog.NewForm("Tag as a new type", "Tag", "Cancel", form, func(ok bool) {
		if t := strings.TrimSpace(entry.Text); ok && t != "" {
			w.TagSelection(start, end, annotate.EntityType(t), all)
		}
	}, w.win)
	d.Resize(fyne.NewSize(420, 0))
	w.showDialog(d, nil)
	w.win.Canvas().Focus(entry)
}

// ShowEntityPicker offers the library's entities, filtered as the person
// types, and tags [start, end) as the one picked.
func (w *mainWindow) ShowEntityPicker(start, end int, all bool) {
	w.background(func(ctx context.Context) {
		stats, err := w.lib.Entities(ctx, "")
		if err != nil {
			w.showError(err)
			return
		}
		w.do(func() { w.entityPicker(stats, start, end, all) })
	})
}

func (w *mainWindow) entityPicker(stats []library.EntityStat, start, end int, all bool) {
	sort.SliceStable(stats, func(i, j int) bool { return strings.ToLower(stats[i].Name) < strings.ToLower(stats[j].Name) })
	shown := stats
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(shown) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			e := shown[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%s  ·  %s", e.Name, annotate.DescribeType(e.Type).Name))
		})
	list.OnSelected = func(i widget.ListItemID) {
		w.TagAsEntity(start, end, shown[i].ID, all)
		d.Hide()
	}
	filter := w.newDialogEntry(false)
	filter.SetPlaceHolder("Filter entities")
	filter.SetText(w.spanText(start, end))
	apply := func(q string) {
		q = strings.ToLower(strings.TrimSpace(q))
		shown = shown[:0:0]
		for _, e := range stats {
			if q == "" || strings.Contains(strings.ToLower(e.Name), q) || anyContains(e.Aliases, q) {
				shown = append(shown, e)
			}
		}
		list.UnselectAll()
		list.Refresh()
	}
	filter.OnChanged = apply
	apply(filter.Text)
	if len(shown) == 0 {
		filter.SetText("")
	}
	content := container.NewBorder(filter, nil, nil, nil, list)
	d = dialog.NewCustom("Tag as an existing entity", "Cancel", content, w.win)
	d.Resize(fyne.NewSize(420, 460))
	w.showDialog(d, nil)
	w.win.Canvas().Focus(filter)
}

func anyContains(ss []string, q string) bool {
	for _, s := range ss {
		if strings.Contains(strings.ToLower(s), q) {
			return true
		}
	}
	return false
}

// ShowHighlightPopup edits a highlight the person clicked: its colour and
// note, or deletes it.
func (w *mainWindow) ShowHighlightPopup(h annotate.Highlight) {
	color := h.Color
	var swatches []fyne.CanvasObject
	var buttons []*widget.Button
	for _, c := range annotate.Colors {
		// A flat button over the colour as the reader paints it, so the
		// name reads as highlighted text does; the chosen one has a tick.
		b := widget.NewButton(colorName(c), nil)
		b.Importance = widget.LowImportance
		buttons = append(buttons, b)
		rect := canvas.NewRectangle(palette.Highlight(c))
		rect.CornerRadius = theme.InputRadiusSize()
		swatches = append(swatches, container.NewStack(rect, b))
	}
	mark := func() {
		for i, c := range annotate.Colors {
			if c == color {
				buttons[i].SetIcon(theme.ConfirmIcon())
			} else {
				buttons[i].SetIcon(nil)
			}
		}
	}
	for i, c := range annotate.Colors {
		buttons[i].OnTapped = func() { color = c; mark() }
	}
	mark()
	note := w.newDialogEntry(true)
	note.SetMinRowsVisible(3)
	note.SetPlaceHolder("Add a note")
	note.SetText(h.Note)
	var d *dialog.CustomDialog
	del := widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), func() {
		d.Hide()
		w.DeleteHighlight(h.ID)
	})
	del.Importance = widget.DangerImportance
	save := widget.NewButton("Save", func() {
		d.Hide()
		h.Color, h.Note = color, strings.TrimSpace(note.Text)
		w.UpdateHighlight(h)
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	parts := []fyne.CanvasObject{quoteLabel(h.Selector.Exact)}
	if h.Orphaned {
		parts = append(parts, hint("This passage is no longer in the article's text."))
	}
	parts = append(parts, container.NewGridWithColumns(len(swatches), swatches...), note)
	d = dialog.NewCustomWithoutButtons("Highlight", container.NewVBox(parts...), w.win)
	d.SetButtons([]fyne.CanvasObject{del, cancel, save})
	d.Resize(fyne.NewSize(480, 0))
	w.showDialog(d, d.Hide)
}

// ShowEntityCard shows the entity a mention names: its type, other names
// and the other clippings mentioning it, with accept and reject buttons
// when the mention is a suggestion.
func (w *mainWindow) ShowEntityCard(m annotate.Mention) {
	cur := w.currentID()
	w.background(func(ctx context.Context) {
		e, err := w.lib.Entity(ctx, m.EntityID)
		if err != nil {
			w.showError(err)
			return
		}
		others, total, err := w.lib.ClippingsMentioning(ctx, m.EntityID, cur, cardClippings)
		if err != nil {
			w.showError(err)
			return
		}
		w.do(func() { w.entityCard(e, m, others, total) })
	})
}

// cardClippings is how many of the other clippings mentioning an entity
// its card lists; it says how many more there are.
const cardClippings = 8

// entityCard shows the card of e, opened from mention m, listing others,
// the newest of the total other clippings that mention it.
func (w *mainWindow) entityCard(e annotate.Entity, m annotate.Mention, others []library.Summary, total int) {
	var d *dialog.CustomDialog
	typ := widget.NewLabel(annotate.DescribeType(e.Type).Name)
	typ.TextStyle.Bold = true
	head := container.NewHBox(entityDot(e.Type), typ)
	parts := []fyne.CanvasObject{head}
	if len(e.Aliases) > 0 {
		parts = append(parts, hint("Also called "+strings.Join(e.Aliases, ", ")))
	}
	if m.Status == annotate.Suggested {
		parts = append(parts, hint("Margin suggested this mention."))
	}
	parts = append(parts, sectionLabel("Other clippings"))
	if len(others) == 0 {
		parts = append(parts, hint("No other clipping mentions "+e.Name+" yet."))
	}
	for _, s := range others {
		parts = append(parts, clippingCard(s, func() {
			d.Hide()
			w.OpenClipping(s.ID)
		}))
	}
	if more := total - len(others); more > 0 {
		parts = append(parts, hint("and "+library.Thousands(more)+" more"))
	}
	filter := widget.NewButtonWithIcon("Show in library", theme.SearchIcon(), func() {
		d.Hide()
		w.FilterByEntity(e.Name)
	})
	close := widget.NewButton("Close", func() { d.Hide() })
	buttons := []fyne.CanvasObject{filter, close}
	switch m.Status {
	case annotate.Suggested:
		reject := widget.NewButtonWithIcon("Reject", theme.CancelIcon(), func() { d.Hide(); w.RejectSuggestion(m.ID) })
		accept := widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), func() { d.Hide(); w.AcceptSuggestion(m.ID) })
		accept.Importance = widget.HighImportance
		buttons = []fyne.CanvasObject{close, reject, accept}
	case annotate.Confirmed:
		remove := widget.NewButtonWithIcon("Untag", theme.ContentRemoveIcon(), func() { d.Hide(); w.RemoveMention(m.ID) })
		buttons = []fyne.CanvasObject{remove, filter, close}
	}
	// Setting the buttons and the size each lays out and refreshes the
	// whole dialog, measuring every title again to cut it to the width:
	// the content goes in once they are set, so that only showing the
	// dialog measures it.
	content := container.NewVBox()
	d = dialog.NewCustomWithoutButtons(e.Name, content, w.win)
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(440, 0))
	content.Objects = parts
	w.showDialog(d, d.Hide)
}

// clippingCard is a clipping as the library list shows it, its title over
// its site and date, that opens it when tapped.
func clippingCard(s library.Summary, open func()) fyne.CanvasObject {
	title := widget.NewLabel(orUntitled(s.Title))
	title.Truncation = fyne.TextTruncateEllipsis
	meta := newQuietText(summaryMeta(s), theme.SizeNameCaptionText)
	meta.Truncation = fyne.TextTruncateEllipsis
	return newPanelCard(container.NewVBox(tight(title), tight(meta)), open)
}

// FilterByEntity shows the clippings mentioning an entity.
func (w *mainWindow) FilterByEntity(name string) {
	w.list.showEntity(name)
}
