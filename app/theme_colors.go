package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"margin/annotate"
)

// Margin's own colour names for what the reader paints besides highlights
// and mentions (whose colours annotate describes). Each has a value for the
// light and the dark variant (marginPalette), chosen by the variant the app
// shows, so the reader follows the theme.
const (
	// ColorNameFindMatch paints every match of the reader's find bar and
	// ColorNameFindCurrent the match the find bar is on.
	ColorNameFindMatch   fyne.ThemeColorName = "margin.find.match"
	ColorNameFindCurrent fyne.ThemeColorName = "margin.find.current"

	// ColorNameFlash is the brief emphasis behind text the reader jumped to.
	ColorNameFlash fyne.ThemeColorName = "margin.flash"
)

// marginPalette holds the fallback colour of each Margin colour name for
// the light and the dark variant.
var marginPalette = map[fyne.ThemeColorName][2]color.NRGBA{
	ColorNameFindMatch:   {{R: 0xff, G: 0x96, B: 0x32, A: 0x50}, {R: 0xff, G: 0x96, B: 0x32, A: 0x50}},
	ColorNameFindCurrent: {{R: 0xff, G: 0x80, B: 0x00, A: 0xb0}, {R: 0xff, G: 0x8c, B: 0x1a, A: 0xa8}},
	ColorNameFlash:       {{R: 0xff, G: 0xa0, B: 0x00, A: 0x90}, {R: 0xff, G: 0xb0, B: 0x30, A: 0x90}},
}

// marginColor returns Margin's colour name for the variant the app shows.
// Fyne themes are not asked for these names: the built-in and test themes
// do not know them and log an error for each look-up.
func marginColor(name fyne.ThemeColorName) color.Color {
	pair, ok := marginPalette[name]
	if !ok {
		return color.Transparent
	}
	return pair[variantIndex(currentVariant())]
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

func variantIndex(v fyne.ThemeVariant) int {
	if v == theme.VariantDark {
		return 1
	}
	return 0
}

// HighlightColor is the translucent fill the reader paints behind text
// highlighted in c, for the current theme. An unknown colour paints as
// yellow, the default highlight.
func HighlightColor(c annotate.Color) color.Color {
	info, _ := annotate.DescribeColor(c)
	return forVariant(info.Light, info.Dark)
}

// forVariant is light or dark, as the app shows.
func forVariant(light, dark color.NRGBA) color.Color {
	if currentVariant() == theme.VariantDark {
		return dark
	}
	return light
}

// HighlightSwatchColor is an opaque version of HighlightColor for small
// swatches (toolbar buttons, lists): the fill composed over the theme's
// background, so it matches what the reader shows.
func HighlightSwatchColor(c annotate.Color) color.Color {
	fill := color.NRGBAModel.Convert(HighlightColor(c)).(color.NRGBA)
	bg := color.NRGBAModel.Convert(theme.Color(theme.ColorNameBackground)).(color.NRGBA)
	// Swatches are small, so paint them at twice the fill's opacity to make
	// the hue easy to tell apart.
	a := min(2*float32(fill.A)/255, 1)
	mix := func(f, b uint8) uint8 { return uint8(float32(f)*a + float32(b)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(fill.R, bg.R), G: mix(fill.G, bg.G), B: mix(fill.B, bg.B), A: 0xff}
}

// EntityTypeColor is the colour of an entity type: mentions of entities of
// that type are underlined in it.
func EntityTypeColor(t annotate.EntityType) color.Color {
	info := annotate.DescribeType(t)
	return forVariant(info.Light, info.Dark)
}

// withAlpha scales c's opacity by f (0 to 1).
func withAlpha(c color.Color, f float32) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(float32(n.A)*f + 0.5)
	return n
}
