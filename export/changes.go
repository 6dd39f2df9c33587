package export

import (
	"bufio"
	"slices"

	"margin/annotate"
	"margin/library"
)

// changesOf returns the recorded changes of a highlight's passage in later
// versions of the article, oldest first.
func (it *Item) changesOf(highlightID int64) []library.AnnotationChange {
	var out []library.AnnotationChange
	for _, c := range it.Changes {
		if c.Kind == "highlight" && c.AnnotationID == highlightID {
			out = append(out, c)
		}
	}
	return out
}

// writeChanges says, below a quote, when the article changed or removed
// the passage later, with both wordings and dates, so a note never cites a
// wording without saying it is no longer there.
func writeChanges(w *bufio.Writer, changes []library.AnnotationChange) {
	for _, c := range changes {
		w.WriteString("*")
		w.WriteString(renderInline(flatten([]rune(c.Sentence())), nil, nil, inlineOptions{}))
		w.WriteString("*\n\n")
	}
}

// writeChangedHighlights lists, after a full article, the highlights still
// in the text whose passage a later version changed (the text marks them
// as they read now; this says how they read before). The unplaced ones
// were listed with their changes already.
func (m *markdownWriter) writeChangedHighlights(w *bufio.Writer, unplaced []annotate.Highlight) {
	var changed []annotate.Highlight
	for _, h := range m.it.sortedHighlights() {
		if len(m.it.changesOf(h.ID)) > 0 && !slices.ContainsFunc(unplaced, func(u annotate.Highlight) bool { return u.ID == h.ID }) {
			changed = append(changed, h)
		}
	}
	if len(changed) == 0 {
		return
	}
	w.WriteString("## Highlights changed in later versions\n\n")
	for _, h := range changed {
		m.writeQuote(w, h)
	}
}
