package palette

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"margin/annotate"
)

func TestColoursFollowTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.LightTheme())
	light := map[string]color.Color{
		"highlight": Highlight(annotate.Green), "swatch": HighlightSwatch(annotate.Green), "entity": EntityType(annotate.Place),
	}
	a.Settings().SetTheme(theme.DarkTheme())
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
