package palette

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"margin/annotate"
)

// variantTheme is Fyne's theme shown in one variant.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

func TestColoursFollowTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	light := map[string]color.Color{
		"highlight": Highlight(annotate.Green), "swatch": HighlightSwatch(annotate.Green), "entity": EntityType(annotate.Place),
	}
	a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	dark := map[string]color.Color{
		"highlight": Highlight(annotate.Green), "swatch": HighlightSwatch(annotate.Green), "entity": EntityType(annotate.Place),
	}
	for name := range light {
		if light[name] == dark[name] {
			t.Errorf("the %s colour is the same in the light and the dark theme", name)
		}
	}
	if _, _, _, alpha := dark["swatch"].RGBA(); alpha != 0xffff {
		t.Errorf("a swatch is not opaque")
	}
	info, _ := annotate.DescribeColor(annotate.Green)
	if dark["highlight"] != info.Dark {
		t.Errorf("the dark highlight is %v, want annotate's %v", dark["highlight"], info.Dark)
	}
	if Highlight("mauve") != Highlight(annotate.Yellow) {
		t.Error("an unknown colour does not paint as yellow")
	}
}
