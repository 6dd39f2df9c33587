package app

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// ellipsis ends a line of text cut to fit.
const ellipsis = "…"

// textFitter cuts a line of text to a width, with an ellipsis, from the
// advances of its letters, each measured once. Fyne's own truncation
// (fyne.TextTruncateEllipsis) shapes the whole text again, with a new
// shaper that loads the font anew, each time a label is refreshed or
// resized: a list row showing a new title did so four to six times, which
// made two thirds of a scrolling frame's work. Adding up advances leaves out
// kerning, a pixel or two over a line; fit keeps a margin for it. It is
// used on the UI goroutine only.
type textFitter struct {
	fonts  string // the theme's fonts the advances were measured in
	tables map[fitFont]map[rune]float32
}

// fitFont is a font at a size.
type fitFont struct {
	style fyne.TextStyle
	size  float32
}

var fitter textFitter

// kerningMargin is the width fit leaves unused for the kerning it leaves out.
const kerningMargin = 2

// fit returns s if it fits in width at the size and style given, or else
// as much of it as fits followed by an ellipsis.
func (f *textFitter) fit(s string, width, size float32, style fyne.TextStyle) string {
	table := f.table(size, style)
	width -= kerningMargin
	var total float32
	for _, r := range s {
		total += f.advance(table, r, size, style)
	}
	if total <= width {
		return s
	}
	room := width - f.advance(table, []rune(ellipsis)[0], size, style)
	var used float32
	for i, r := range s {
		used += f.advance(table, r, size, style)
		if used > room {
			return strings.TrimRightFunc(s[:i], unicode.IsSpace) + ellipsis
		}
	}
	return s
}

// table returns the advances measured in a font, emptying them all when
// the theme's fonts have changed.
func (f *textFitter) table(size float32, style fyne.TextStyle) map[rune]float32 {
	fonts := theme.TextFont().Name() + "|" + theme.TextBoldFont().Name() + "|" + theme.TextItalicFont().Name() + "|" +
		theme.TextBoldItalicFont().Name() + "|" + theme.TextMonospaceFont().Name()
	if fonts != f.fonts || f.tables == nil {
		f.fonts, f.tables = fonts, map[fitFont]map[rune]float32{}
	}
	k := fitFont{style, size}
	t, ok := f.tables[k]
	if !ok {
		t = map[rune]float32{}
		f.tables[k] = t
	}
	return t
}

func (f *textFitter) advance(table map[rune]float32, r rune, size float32, style fyne.TextStyle) float32 {
	if a, ok := table[r]; ok {
		return a
	}
	var a float32
	if !unicode.IsControl(r) {
		a = fyne.MeasureText(string(r), size, style).Width
	}
	table[r] = a
	return a
}
