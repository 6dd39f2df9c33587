package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// quietText is secondary text: a list row's site and date, a count, a
// section heading, a hint. It is drawn in the theme's placeholder colour.
// A LowImportance label would use the disabled colour, which reads as
// greyed out and is nearly invisible in the light theme (#e3e3e3 on white).
type quietText struct {
	widget.RichText

	// Text is the text last set.
	Text string
	seg  *widget.TextSegment
}

// newQuietText is quiet text of the given size (theme.SizeNameText when "").
func newQuietText(s string, size fyne.ThemeSizeName) *quietText {
	if size == "" {
		size = theme.SizeNameText
	}
	t := &quietText{seg: &widget.TextSegment{Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder, SizeName: size, Inline: true,
	}}}
	t.Segments = []widget.RichTextSegment{t.seg}
	t.Scroll = fyne.ScrollNone
	t.ExtendBaseWidget(t)
	t.SetText(s)
	return t
}

// SetText shows s.
func (t *quietText) SetText(s string) {
	if t.Text == s && t.seg.Text == s {
		return
	}
	t.Text, t.seg.Text = s, s
	t.Refresh()
}

// setBold makes the text bold.
func (t *quietText) setBold() *quietText {
	t.seg.Style.TextStyle.Bold = true
	t.Refresh()
	return t
}

// setAlignment aligns the text.
func (t *quietText) setAlignment(a fyne.TextAlign) *quietText {
	t.seg.Style.Alignment = a
	t.Refresh()
	return t
}

// sectionLabel is a small heading in the panel and in dialogs.
func sectionLabel(s string) *quietText {
	return newQuietText(s, theme.SizeNameCaptionText).setBold()
}

// hint is a line of quiet explanatory text, wrapped to the width it has.
func hint(s string) *quietText {
	t := newQuietText(s, "")
	t.Wrapping = fyne.TextWrapWord
	return t
}
