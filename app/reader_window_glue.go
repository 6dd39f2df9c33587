package app

import "margin/annotate"

// SetDefaultColor sets the colour the H key and the toolbar's first command
// highlight in until the person picks another: the default highlight
// colour of the preferences. It is the window's one addition to the
// reader's API, kept apart from the reader's own files.
func (r *Reader) SetDefaultColor(c annotate.Color) {
	for _, known := range annotate.Colors {
		if c == known {
			r.lastColor = c
			return
		}
	}
}
