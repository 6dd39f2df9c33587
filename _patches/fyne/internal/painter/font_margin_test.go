package painter

import (
	"testing"

	"github.com/go-text/typesetting/fontscan"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Margin's patch: a style's set of faces holds the text fonts only, until
// a character they lack asks for the emoji font, then the system's font for
// the language, in that order; the emoji font is parsed once for all sets.
func TestMarginFacesAreAddedOnTheFirstCharacterTheOthersLack(t *testing.T) {
	if theme.DefaultEmojiFont() == nil {
		t.Skip("built without Fyne's emoji font (no_emoji): no set has it to add")
	}
	regular := lookupFaces(theme.DefaultTextFont(), theme.DefaultTextFont(), theme.DefaultEmojiFont(), fontscan.SansSerif, fyne.TextStyle{})
	if len(regular.faces) != 1 || len(regular.pending) != 2 {
		t.Fatalf("a new set holds %d faces and %d to add, want 1 and 2", len(regular.faces), len(regular.pending))
	}
	for _, r := range "Margin, 2026: Αθήνα Москва" {
		if f := regular.ResolveFace(r); f != regular.faces[0] {
			t.Errorf("%q resolved to a face other than the text font", r)
		}
	}
	if len(regular.faces) != 1 {
		t.Fatalf("plain text added %d faces", len(regular.faces)-1)
	}

	emoji := regular.ResolveFace('😀')
	if len(regular.faces) != 2 || emoji != regular.faces[1] || len(regular.pending) != 1 {
		t.Fatalf("an emoji left %d faces and %d to add; want the emoji font second and the system's font still to add", len(regular.faces), len(regular.pending))
	}
	if _, ok := emoji.NominalGlyph('😀'); !ok {
		t.Fatal("the face an emoji resolved to has no glyph for it")
	}

	bold := lookupFaces(theme.DefaultTextBoldFont(), theme.DefaultTextBoldFont(), theme.DefaultEmojiFont(), fontscan.SansSerif, fyne.TextStyle{Bold: true})
	if got := bold.ResolveFace('😀'); got == emoji || got.Font != emoji.Font {
		t.Error("the bold set does not share the parsed emoji font through a face of its own")
	}
}
