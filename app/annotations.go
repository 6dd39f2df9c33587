package app

import (
	"context"
	"strings"

	"margin/annotate"
	"margin/library"
)

// wireReader connects the reader's callbacks to the window's methods.
func (w *mainWindow) wireReader() {
	r := w.reader
	r.OnHighlight = w.AddHighlight
	r.OnNote = w.ShowNoteDialog
	r.OnTag = w.TagSelection
	r.OnTagNewType = w.ShowNewTypeDialog
	r.OnTagExisting = w.ShowEntityPicker
	r.OnHighlightTapped = w.ShowHighlightPopup
	r.OnMentionTapped = w.ShowEntityCard
	r.OnLinkTapped = w.OpenLink
	r.OnPictureTapped = w.OpenPicture
	r.SetWorker(w.readerWork)
}

// AddHighlight highlights [start, end) of the open clipping in colour c.
func (w *mainWindow) AddHighlight(start, end int, c annotate.Color) {
	w.addHighlight(start, end, c, "")
}

func (w *mainWindow) addHighlight(start, end int, c annotate.Color, note string) {
	w.reader.ClearSelection()
	w.edit(func(ctx context.Context, id int64) error {
		_, err := w.lib.AddHighlight(ctx, annotate.Highlight{
			ClippingID: id,
			Selector:   annotate.Selector{Start: start, End: end},
			Color:      c,
			Note:       note,
		})
		return err
	})
}

// NoteOn adds a note to [start, end): to the highlight covering exactly
// that span if there is one, otherwise as a new highlight in the default
// colour.
func (w *mainWindow) NoteOn(start, end int, note string) {
	for _, h := range w.highlights {
		if h.Selector.Start == start && h.Selector.End == end && !h.Orphaned {
			h.Note = note
			w.UpdateHighlight(h)
			return
		}
	}
	w.addHighlight(start, end, w.prefs.HighlightColor, note)
}

// UpdateHighlight saves a highlight's colour and note.
func (w *mainWindow) UpdateHighlight(h annotate.Highlight) {
	w.edit(func(ctx context.Context, _ int64) error { return w.lib.UpdateHighlight(ctx, h) })
}

// DeleteHighlight deletes a highlight.
func (w *mainWindow) DeleteHighlight(id int64) {
	w.edit(func(ctx context.Context, _ int64) error { return w.lib.DeleteHighlight(ctx, id) })
}

// JumpToHighlight scrolls the reader to a highlight and flashes it.
func (w *mainWindow) JumpToHighlight(h annotate.Highlight) {
	if h.Orphaned {
		w.reader.ScrollTo(0)
		return
	}
	w.reader.ScrollTo(h.Selector.Start)
	w.reader.Flash(h.Selector.Start, h.Selector.End)
}

// RevealMention scrolls the reader to a mention and flashes it.
func (w *mainWindow) RevealMention(m annotate.Mention) {
	w.reader.ScrollTo(m.Selector.Start)
	w.reader.Flash(m.Selector.Start, m.Selector.End)
}

// spanText is the open clipping's text in [start, end), trimmed.
func (w *mainWindow) spanText(start, end int) string {
	text := []rune(w.reader.Text())
	start, end = max(0, start), min(len(text), end)
	if start >= end {
		return ""
	}
	return strings.Join(strings.Fields(string(text[start:end])), " ")
}

// TagSelection tags [start, end) as a mention of an entity of type t named
// by the text there, finding or creating the entity; all tags every mention
// of it in the clipping. It is one step of the undo history.
func (w *mainWindow) TagSelection(start, end int, t annotate.EntityType, all bool) {
	w.tag(library.Tag{Start: start, End: end, Type: t, All: all})
}

// TagAsEntity tags [start, end) as a mention of an existing entity; all
// tags every mention, adding the selected text as an alias so it is found.
func (w *mainWindow) TagAsEntity(start, end int, entityID int64, all bool) {
	w.tag(library.Tag{Start: start, End: end, EntityID: entityID, All: all})
}

// tag tags a span of the open clipping.
func (w *mainWindow) tag(t library.Tag) {
	w.reader.ClearSelection()
	w.edit(func(ctx context.Context, id int64) error {
		t.ClippingID = id
		_, err := w.lib.TagSpan(ctx, t)
		return err
	})
}

// decidePending confirms or rejects the open clipping's pending
// suggestions that pick chooses.
func (w *mainWindow) decidePending(status annotate.MentionStatus, pick library.PendingPick) {
	w.edit(func(ctx context.Context, id int64) error {
		_, err := w.lib.DecidePending(ctx, id, status, pick)
		return err
	})
}

// setStatus gives mentions a status.
func (w *mainWindow) setStatus(status annotate.MentionStatus, ids []int64) {
	if len(ids) == 0 {
		return
	}
	w.edit(func(ctx context.Context, _ int64) error { return w.lib.SetMentionStatus(ctx, status, ids...) })
}

// AcceptSuggestion confirms one suggested mention.
func (w *mainWindow) AcceptSuggestion(mentionID int64) {
	w.setStatus(annotate.Confirmed, []int64{mentionID})
}

// RejectSuggestion rejects one suggested mention; it is not suggested again.
func (w *mainWindow) RejectSuggestion(mentionID int64) {
	w.setStatus(annotate.Rejected, []int64{mentionID})
}

// AcceptEntity confirms every pending suggestion of an entity.
func (w *mainWindow) AcceptEntity(entityID int64) {
	w.decidePending(annotate.Confirmed, library.PendingPick{EntityID: entityID})
}

// RejectEntity rejects every pending suggestion of an entity.
func (w *mainWindow) RejectEntity(entityID int64) {
	w.decidePending(annotate.Rejected, library.PendingPick{EntityID: entityID})
}

// AcceptConfidentSuggestions confirms the open clipping's confident
// pending suggestions ("Accept N confident"), leaving the weak ones for
// the person to read.
func (w *mainWindow) AcceptConfidentSuggestions() {
	w.decidePending(annotate.Confirmed, library.PendingPick{ConfidentOnly: true})
}

// RemoveMention deletes a mention.
func (w *mainWindow) RemoveMention(mentionID int64) {
	w.edit(func(ctx context.Context, _ int64) error { return w.lib.DeleteMentions(ctx, mentionID) })
}

// Suggest runs Margin's entity suggestions on a clipping in the background
// and refreshes the view if it is open.
func (w *mainWindow) Suggest(id int64) {
	w.background(func(ctx context.Context) {
		if _, err := w.lib.Suggest(ctx, id); err != nil {
			w.showError(err)
			return
		}
		w.refresh(id)
	})
}

// SetNote saves the clipping's own note.
func (w *mainWindow) SetNote(id int64, note string) {
	if id == 0 {
		return
	}
	w.background(func(ctx context.Context) {
		if err := w.lib.SetNote(ctx, id, note); err != nil {
			w.showError(err)
		}
		w.menu.updateUndo(ctx)
	})
}

// AddTags tags the open clipping; s may hold several tags separated by
// commas.
func (w *mainWindow) AddTags(s string) {
	var tags []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	if len(tags) == 0 {
		return
	}
	w.edit(func(ctx context.Context, id int64) error {
		defer w.do(w.list.loadChoices)
		return w.lib.AddTags(ctx, id, tags...)
	})
}

// RemoveTag removes a tag from the open clipping.
func (w *mainWindow) RemoveTag(tag string) {
	w.edit(func(ctx context.Context, id int64) error {
		defer w.do(w.list.loadChoices)
		return w.lib.RemoveTags(ctx, id, tag)
	})
}
