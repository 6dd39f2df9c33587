package annotate

import (
	"hash/fnv"
	"image/color"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words and colours people see for entity types and highlight colours
// are described here once, for the window, the command line's help and
// every export format. A new built-in type is one row of typeTable.

// TypeInfo describes an entity type to a person.
type TypeInfo struct {
	Type EntityType
	// Name is the type's name in a menu or beside an entity: "Organisation".
	Name string
	// Plural heads a list of entities of the type: "Organisations".
	Plural string
	// Key is the reader's one-key shortcut that tags a selection as the
	// type, or "" when the type has none.
	Key string
	// Light and Dark are the colour mentions of the type are underlined in
	// on a light and on a dark background.
	Light, Dark color.NRGBA
}

// typeTable describes the built-in types, in display order.
var typeTable = []TypeInfo{
	{Type: Person, Name: "Person", Plural: "People", Key: "P",
		Light: rgb(0x1f, 0x6f, 0xeb), Dark: rgb(0x6c, 0xa8, 0xff)},
	{Type: Organization, Name: "Organisation", Plural: "Organisations", Key: "O",
		Light: rgb(0xd9, 0x77, 0x06), Dark: rgb(0xff, 0xa9, 0x4d)},
	{Type: Place, Name: "Place", Plural: "Places", Key: "L",
		Light: rgb(0x16, 0x9c, 0x4a), Dark: rgb(0x4a, 0xd4, 0x7c)},
	{Type: Event, Name: "Event", Plural: "Events", Key: "E",
		Light: rgb(0xdc, 0x35, 0x45), Dark: rgb(0xff, 0x6b, 0x78)},
	{Type: Work, Name: "Work", Plural: "Works",
		Light: rgb(0x8e, 0x44, 0xd9), Dark: rgb(0xc0, 0x8c, 0xff)},
	{Type: Other, Name: "Other", Plural: "Other",
		Light: rgb(0x6b, 0x72, 0x80), Dark: rgb(0xa0, 0xa7, 0xb4)},
}

// customHues colour the types a person adds, picked by a hash of the
// type's name so that a type keeps its colour between runs.
var customHues = [][2]color.NRGBA{
	{rgb(0x00, 0x8b, 0x8b), rgb(0x40, 0xd0, 0xd0)},
	{rgb(0xb8, 0x3b, 0x8c), rgb(0xf0, 0x7a, 0xc4)},
	{rgb(0x7a, 0x6a, 0x00), rgb(0xd8, 0xc4, 0x4a)},
	{rgb(0x3b, 0x5b, 0xa8), rgb(0x8c, 0xa8, 0xf0)},
	{rgb(0x9c, 0x4a, 0x1a), rgb(0xe0, 0x8a, 0x5a)},
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }

// DescribeType describes an entity type. A type the person added is named
// by itself with its first letter in capitals ("évènement" is
// "Évènement", also as the plural, since Margin cannot know its plural),
// and gets a colour of its own; the empty type is Other.
func DescribeType(t EntityType) TypeInfo {
	if t == "" {
		t = Other
	}
	for _, info := range typeTable {
		if info.Type == t {
			return info
		}
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(t))
	hue := customHues[h.Sum32()%uint32(len(customHues))]
	name := Capitalise(string(t))
	return TypeInfo{Type: t, Name: name, Plural: name, Light: hue[0], Dark: hue[1]}
}

// TypeForKey returns the built-in type whose shortcut is the key r (in
// either case), or ok false.
func TypeForKey(r rune) (t EntityType, ok bool) {
	for _, info := range typeTable {
		if info.Key != "" && strings.EqualFold(info.Key, string(r)) {
			return info.Type, true
		}
	}
	return "", false
}

func builtinTypes() []EntityType {
	out := make([]EntityType, len(typeTable))
	for i, info := range typeTable {
		out[i] = info.Type
	}
	return out
}

// ColorInfo describes a highlight colour to a person.
type ColorInfo struct {
	Color Color
	// Name is the colour's name in menus and export headings: "Yellow".
	Name string
	// Light and Dark are the translucent fills painted behind highlighted
	// text on a light and on a dark background. On dark backgrounds they
	// are a little stronger so they still read as colour, while the light
	// text stays legible on top.
	Light, Dark color.NRGBA
}

// colorTable describes the highlight palette, in display order.
var colorTable = []ColorInfo{
	{Color: Yellow, Name: "Yellow", Light: color.NRGBA{R: 0xff, G: 0xd0, B: 0x00, A: 0x70}, Dark: color.NRGBA{R: 0xe6, G: 0xb8, B: 0x00, A: 0x68}},
	{Color: Green, Name: "Green", Light: color.NRGBA{R: 0x4c, G: 0xd1, B: 0x5a, A: 0x5c}, Dark: color.NRGBA{R: 0x3f, G: 0xb9, B: 0x50, A: 0x68}},
	{Color: Blue, Name: "Blue", Light: color.NRGBA{R: 0x22, G: 0xc4, B: 0xee, A: 0x58}, Dark: color.NRGBA{R: 0x22, G: 0xb8, B: 0xe8, A: 0x60}},
	{Color: Pink, Name: "Pink", Light: color.NRGBA{R: 0xff, G: 0x6f, B: 0xb1, A: 0x58}, Dark: color.NRGBA{R: 0xf0, G: 0x5a, B: 0xa0, A: 0x70}},
	{Color: Purple, Name: "Purple", Light: color.NRGBA{R: 0xa7, G: 0x7b, B: 0xff, A: 0x58}, Dark: color.NRGBA{R: 0x9a, G: 0x6b, B: 0xff, A: 0x78}},
}

// DescribeColor describes a highlight colour. A colour not in the palette
// (such as the empty one) is described as Yellow, the default highlight,
// with ok false.
func DescribeColor(c Color) (info ColorInfo, ok bool) {
	for _, info := range colorTable {
		if info.Color == c {
			return info, true
		}
	}
	return colorTable[0], false
}

func paletteColors() []Color {
	out := make([]Color, len(colorTable))
	for i, info := range colorTable {
		out[i] = info.Color
	}
	return out
}

// Capitalise puts the first letter of s in capitals, whatever its script.
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToTitle(r)) + s[n:]
}
