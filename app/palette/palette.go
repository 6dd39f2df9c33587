// Package palette gives the colours of highlights and entity types (as
// annotate describes them) for the light or dark theme the app shows, so
// the reader, the side panel and the dialogs paint them alike.
package palette

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"margin/annotate"
)

// Highlight is the translucent fill painted behind text highlighted in c.
// An unknown colour paints as yellow, the default highlight.
func Highlight(c annotate.Color) color.Color {
	info, _ := annotate.DescribeColor(c)
	return ForVariant(info.Light, info.Dark)
}

// HighlightSwatch is an opaque version of Highlight for small swatches
// (toolbar buttons, lists): the fill composed over the theme's background,
// so it matches what the reader shows.
func HighlightSwatch(c annotate.Color) color.Color {
	fill := color.NRGBAModel.Convert(Highlight(c)).(color.NRGBA)
	bg := color.NRGBAModel.Convert(theme.Color(theme.ColorNameBackground)).(color.NRGBA)
	// Swatches are small, so paint them at twice the fill's opacity to make
	// the hue easy to tell apart.
	a := min(2*float32(fill.A)/255, 1)
	mix := func(f, b uint8) uint8 { return uint8(float32(f)*a + float32(b)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(fill.R, bg.R), G: mix(fill.G, bg.G), B: mix(fill.B, bg.B), A: 0xff}
}

// EntityType is the colour mentions of entities of type t are underlined
// in. Types the person added get a stable colour derived from their name.
func EntityType(t annotate.EntityType) color.Color {
	info := annotate.DescribeType(t)
	return ForVariant(info.Light, info.Dark)
}

// ForVariant is light or dark, as the app shows. Fyne themes are not asked
// for Margin's colours: the built-in and test themes do not know them and
// log an error for each look-up.
func ForVariant(light, dark color.NRGBA) color.Color {
	if currentVariant() == theme.VariantDark {
		return dark
	}
	return light
}

// currentVariant is the light or dark variant the app is showing, judged
// by the theme's background: the settings' variant is the system preference,
// which a theme fixed to light or dark ignores.
func currentVariant() fyne.ThemeVariant {
	if fyne.CurrentApp() == nil {
		return theme.VariantLight
	}
	r, g, b, _ := theme.Color(theme.ColorNameBackground).RGBA()
	if 299*r+587*g+114*b < 1000*0x8000 {
		return theme.VariantDark
	}
	return theme.VariantLight
}
