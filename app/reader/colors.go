package reader

import (
	"image/color"

	"margin/app/palette"
)

// The reader's own colours besides highlights and mentions, each for the
// light and the dark theme.
var (
	// findMatch paints every match of the find bar, findCurrent the match
	// the find bar is on.
	findMatch   = [2]color.NRGBA{{R: 0xff, G: 0x96, B: 0x32, A: 0x50}, {R: 0xff, G: 0x96, B: 0x32, A: 0x50}}
	findCurrent = [2]color.NRGBA{{R: 0xff, G: 0x80, B: 0x00, A: 0xb0}, {R: 0xff, G: 0x8c, B: 0x1a, A: 0xa8}}
	// flash is the brief emphasis behind text the reader jumped to.
	flash = [2]color.NRGBA{{R: 0xff, G: 0xa0, B: 0x00, A: 0x90}, {R: 0xff, G: 0xb0, B: 0x30, A: 0x90}}
)

// themed is a light and dark pair for the theme shown.
func themed(pair [2]color.NRGBA) color.Color { return palette.ForVariant(pair[0], pair[1]) }

// withAlpha scales c's opacity by f (0 to 1).
func withAlpha(c color.Color, f float32) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(float32(n.A)*f + 0.5)
	return n
}
