package app

import (
	"hash/fnv"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"margin/annotate"
)

// Margin's own colour names. Each has a value for the light and the dark
// variant (marginPalette), chosen by the variant the app shows, so the reader
// follows the theme. Highlight fills are translucent so that overlapping
// highlights show darker where they overlap.
const (
	ColorNameHighlightYellow fyne.ThemeColorName = "margin.highlight.yellow"
	ColorNameHighlightGreen  fyne.ThemeColorName = "margin.highlight.green"
	ColorNameHighlightBlue   fyne.ThemeColorName = "margin.highlight.blue"
	ColorNameHighlightPink   fyne.ThemeColorName = "margin.highlight.pink"
	ColorNameHighlightPurple fyne.ThemeColorName = "margin.highlight.purple"

	ColorNameEntityPerson       fyne.ThemeColorName = "margin.entity.person"
	ColorNameEntityOrganization fyne.ThemeColorName = "margin.entity.organization"
	ColorNameEntityPlace        fyne.ThemeColorName = "margin.entity.place"
	ColorNameEntityEvent        fyne.ThemeColorName = "margin.entity.event"
	ColorNameEntityWork         fyne.ThemeColorName = "margin.entity.work"
	ColorNameEntityOther        fyne.ThemeColorName = "margin.entity.other"

	// ColorNameFindMatch paints every match of the reader's find bar and
	// ColorNameFindCurrent the match the find bar is on.
	ColorNameFindMatch   fyne.ThemeColorName = "margin.find.match"
	ColorNameFindCurrent fyne.ThemeColorName = "margin.find.current"

	// ColorNameFlash is the brief emphasis behind text the reader jumped to.
	ColorNameFlash fyne.ThemeColorName = "margin.flash"
)

// highlightNames maps the annotate palette to theme colour names.
var highlightNames = map[annotate.Color]fyne.ThemeColorName{
	annotate.Yellow: ColorNameHighlightYellow,
	annotate.Green:  ColorNameHighlightGreen,
	annotate.Blue:   ColorNameHighlightBlue,
	annotate.Pink:   ColorNameHighlightPink,
	annotate.Purple: ColorNameHighlightPurple,
}

// entityNames maps the built-in entity types to theme colour names.
var entityNames = map[annotate.EntityType]fyne.ThemeColorName{
	annotate.Person:       ColorNameEntityPerson,
	annotate.Organization: ColorNameEntityOrganization,
	annotate.Place:        ColorNameEntityPlace,
	annotate.Event:        ColorNameEntityEvent,
	annotate.Work:         ColorNameEntityWork,
	annotate.Other:        ColorNameEntityOther,
}

// marginPalette holds the fallback colour of each Margin colour name for
// the light and the dark variant.
var marginPalette = map[fyne.ThemeColorName][2]color.NRGBA{
	// Highlights: saturated hues at partial opacity. On dark backgrounds
	// they are a little stronger so they still read as colour, while the
	// light foreground text stays legible on top.
	ColorNameHighlightYellow: {{R: 0xff, G: 0xd0, B: 0x00, A: 0x70}, {R: 0xe6, G: 0xb8, B: 0x00, A: 0x68}},
	ColorNameHighlightGreen:  {{R: 0x4c, G: 0xd1, B: 0x5a, A: 0x5c}, {R: 0x3f, G: 0xb9, B: 0x50, A: 0x68}},
	ColorNameHighlightBlue:   {{R: 0x22, G: 0xc4, B: 0xee, A: 0x58}, {R: 0x22, G: 0xb8, B: 0xe8, A: 0x60}},
	ColorNameHighlightPink:   {{R: 0xff, G: 0x6f, B: 0xb1, A: 0x58}, {R: 0xf0, G: 0x5a, B: 0xa0, A: 0x70}},
	ColorNameHighlightPurple: {{R: 0xa7, G: 0x7b, B: 0xff, A: 0x58}, {R: 0x9a, G: 0x6b, B: 0xff, A: 0x78}},

	ColorNameEntityPerson:       {{R: 0x1f, G: 0x6f, B: 0xeb, A: 0xff}, {R: 0x6c, G: 0xa8, B: 0xff, A: 0xff}},
	ColorNameEntityOrganization: {{R: 0xd9, G: 0x77, B: 0x06, A: 0xff}, {R: 0xff, G: 0xa9, B: 0x4d, A: 0xff}},
	ColorNameEntityPlace:        {{R: 0x16, G: 0x9c, B: 0x4a, A: 0xff}, {R: 0x4a, G: 0xd4, B: 0x7c, A: 0xff}},
	ColorNameEntityEvent:        {{R: 0xdc, G: 0x35, B: 0x45, A: 0xff}, {R: 0xff, G: 0x6b, B: 0x78, A: 0xff}},
	ColorNameEntityWork:         {{R: 0x8e, G: 0x44, B: 0xd9, A: 0xff}, {R: 0xc0, G: 0x8c, B: 0xff, A: 0xff}},
	ColorNameEntityOther:        {{R: 0x6b, G: 0x72, B: 0x80, A: 0xff}, {R: 0xa0, G: 0xa7, B: 0xb4, A: 0xff}},

	ColorNameFindMatch:   {{R: 0xff, G: 0x96, B: 0x32, A: 0x50}, {R: 0xff, G: 0x96, B: 0x32, A: 0x50}},
	ColorNameFindCurrent: {{R: 0xff, G: 0x80, B: 0x00, A: 0xb0}, {R: 0xff, G: 0x8c, B: 0x1a, A: 0xa8}},
	ColorNameFlash:       {{R: 0xff, G: 0xa0, B: 0x00, A: 0x90}, {R: 0xff, G: 0xb0, B: 0x30, A: 0x90}},
}

// customEntityHues colours entity types the person added, chosen by a hash
// of the type's name so a type keeps its colour between runs.
var customEntityHues = [][2]color.NRGBA{
	{{R: 0x00, G: 0x8b, B: 0x8b, A: 0xff}, {R: 0x40, G: 0xd0, B: 0xd0, A: 0xff}},
	{{R: 0xb8, G: 0x3b, B: 0x8c, A: 0xff}, {R: 0xf0, G: 0x7a, B: 0xc4, A: 0xff}},
	{{R: 0x7a, G: 0x6a, B: 0x00, A: 0xff}, {R: 0xd8, G: 0xc4, B: 0x4a, A: 0xff}},
	{{R: 0x3b, G: 0x5b, B: 0xa8, A: 0xff}, {R: 0x8c, G: 0xa8, B: 0xf0, A: 0xff}},
	{{R: 0x9c, G: 0x4a, B: 0x1a, A: 0xff}, {R: 0xe0, G: 0x8a, B: 0x5a, A: 0xff}},
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
	name, ok := highlightNames[c]
	if !ok {
		name = ColorNameHighlightYellow
	}
	return marginColor(name)
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
// that type are underlined in it. Types the person added get a stable colour
// derived from their name.
func EntityTypeColor(t annotate.EntityType) color.Color {
	if name, ok := entityNames[t]; ok {
		return marginColor(name)
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(t))
	pair := customEntityHues[h.Sum32()%uint32(len(customEntityHues))]
	return pair[variantIndex(currentVariant())]
}

// withAlpha scales c's opacity by f (0 to 1).
func withAlpha(c color.Color, f float32) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(float32(n.A)*f + 0.5)
	return n
}
