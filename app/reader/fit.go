package reader

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
)

// Ellipsis ends a line of text cut to fit.
const Ellipsis = "…"

// KerningMargin is the width FitText leaves unused for the kerning it
// leaves out.
const KerningMargin = 2

// FitText returns s if it fits in width at the text size and style given,
// or else as much of it as fits followed by an ellipsis. It adds up the
// advances of the reader's glyph cache, each letter measured once, so views
// outside the reader (the library list's rows) cut their lines without
// shaping them: Fyne's own truncation (fyne.TextTruncateEllipsis) shapes
// the whole text again, with a shaper that loads the font anew, each time a
// label is refreshed or resized. Adding up advances leaves out kerning, a
// pixel or two over a line, hence the KerningMargin. Call it on the UI
// goroutine only, as the cache is not locked.
func FitText(s string, width, size float32, style fyne.TextStyle) string {
	glyphs.refresh()
	t := glyphs.table(makeVariant(style.Bold, style.Italic, style.Monospace), size)
	width -= KerningMargin
	var total float32
	for _, r := range s {
		total += t.advance(r)
	}
	if total <= width {
		return s
	}
	room := width - t.advance([]rune(Ellipsis)[0])
	var used float32
	for i, r := range s {
		used += t.advance(r)
		if used > room {
			return strings.TrimRightFunc(s[:i], unicode.IsSpace) + Ellipsis
		}
	}
	return s
}
