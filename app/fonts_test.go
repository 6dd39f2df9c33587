package app

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestTextFindsEveryFontItNeeds draws text of each style the window uses,
// with and without an emoji. Margin's patch of Fyne (_patches/README.md)
// adds the emoji font to a style's faces only at the first character the
// text fonts lack: an emoji must still be drawn from it, in colour, in every
// style, and plain text in ink alone. (That plain text leaves the emoji font
// unparsed is the patch's own test, run by make test.)
func TestTextFindsEveryFontItNeeds(t *testing.T) {
	test.NewTempApp(t)
	emoji := theme.DefaultEmojiFont() != nil // nil when built with the no_emoji tag (make TAGS=no_emoji)
	cases := []struct {
		name   string
		text   string
		style  fyne.TextStyle
		colour bool
	}{
		{"regular", "Margin", fyne.TextStyle{}, false},
		{"bold", "Margin", fyne.TextStyle{Bold: true}, false},
		{"an emoji", "😀", fyne.TextStyle{}, true},
		{"an emoji in bold", "😀", fyne.TextStyle{Bold: true}, true},
		{"an emoji in italic, after words", "Well done 🎉", fyne.TextStyle{Italic: true}, true},
		{"Greek and Cyrillic", "Αθήνα Москва", fyne.TextStyle{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.colour && !emoji {
				t.Skip("built without Fyne's emoji font (no_emoji)")
			}
			text := canvas.NewText(c.text, color.Black)
			text.TextStyle = c.style
			text.TextSize = 40
			w := test.NewWindow(text)
			defer w.Close()
			w.Resize(fyne.NewSize(400, 80))
			inked, coloured := inkOf(w.Canvas().Capture())
			if inked < 50 {
				t.Fatalf("%q in %+v drew %d pixels", c.text, c.style, inked)
			}
			if c.colour && coloured < 50 {
				t.Errorf("%q in %+v drew %d pixels in colour: the emoji font was not used", c.text, c.style, coloured)
			}
			if !c.colour && coloured > 0 {
				t.Errorf("%q in %+v drew %d pixels in colour, with black ink", c.text, c.style, coloured)
			}
		})
	}
}

// inkOf counts the pixels of img that differ from its top-left corner (the
// background), and those of them in a saturated colour.
func inkOf(img image.Image) (inked, coloured int) {
	bg := color.NRGBAModel.Convert(img.At(img.Bounds().Min.X, img.Bounds().Min.Y)).(color.NRGBA)
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			p := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if p == bg {
				continue
			}
			inked++
			hi := max(p.R, p.G, p.B)
			lo := min(p.R, p.G, p.B)
			if int(hi)-int(lo) > 80 {
				coloured++
			}
		}
	}
	return inked, coloured
}
