package annotate

import (
	"strings"
	"testing"
)

func TestWorkListAfterClause(t *testing.T) {
	loadModel()
	tests := []struct {
		name, text, span string
		want             EntityType
	}{
		{"a game after a clause and including", "There are a few Quuxbox games that will get enhanced eventually, including Iron Harvest 3 and Cold Orbit 2.", "Iron Harvest 3", Work},
		{"the list's last game", "There are a few Quuxbox games that will get enhanced eventually, including Iron Harvest 3 and Cold Orbit 2.", "Cold Orbit 2", Work},
		{"titles after a colon", "We only had a few titles to test out during our review: Pale Meridian, Quiet Ember and Harbour's Lantern Tale.", "Quiet Ember", Work},
		{"the colon list's last title", "We only had a few titles to test out during our review: Pale Meridian, Quiet Ember and Harbour's Lantern Tale.", "Harbour's Lantern Tale", Work},
		{"films after such as past a clause", "She has watched films that were made in exile, such as Iron Harvest and Pale Meridian.", "Pale Meridian", Work},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got != tt.want {
				t.Errorf("%q in %q suggested as %q, want %q (suggestions: %v)", tt.span, tt.text, got, tt.want, Suggest(tt.text, nil))
			}
		})
	}
	// Where the rule must not read works, whatever else reads the names.
	none := []struct{ name, text, span string }{
		{"one name after a clause is left alone", "He wrote books on the war, including Hollings.", "Hollings"},
		{"a number stops the clause", "These are the games released in 2019, including Iron Harvest and Pale Meridian.", "Pale Meridian"},
		{"a name in the clause stops it", "She read the books her father left Brelford, including Quiet Ember and Pale Meridian.", "Pale Meridian"},
		{"persons listed after two kinds", "A selection of the artists and paintings shown: Ann Quillby and Pale Meridian.", "Pale Meridian"},
		{"trade shows are no works", "The firm exhibits at shows that draw buyers, including Quuxcon and Brelford Expo.", "Quuxcon"},
		{"like after a clause is a verb's", "The games that look like Iron Harvest and Pale Meridian sold well.", "Pale Meridian"},
		{"games on a sports page are matches", "The coach saw the striker score two goals in the final game of the season. " +
			"The league title was won on points after a penalty in overtime, and a second goal. The games that were played late this season, " +
			"including Brelford and Quux Town, drew crowds to the match.", "Brelford"},
	}
	for _, tt := range none {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got == Work {
				t.Errorf("%q in %q suggested as a work (suggestions: %v)", tt.span, tt.text, Suggest(tt.text, nil))
			}
		})
	}
}

func TestEditionBeforeEventNoun(t *testing.T) {
	loadModel()
	tests := []struct {
		name, text, span string
		want             EntityType
	}{
		{"an acronym's year before conference", "Destined to be the largest history event ever, the BDXC 2015 conference is the place to be.", "BDXC 2015", Event},
		{"an acronym's year before summit", "Delegates flew in for the QXS 2019 summit in Brelford.", "QXS 2019", Event},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got != tt.want {
				t.Errorf("%q in %q suggested as %q, want %q (suggestions: %v)", tt.span, tt.text, got, tt.want, Suggest(tt.text, nil))
			}
		})
	}
	// Another noun after the year makes the acronym a company's.
	for _, tt := range []struct{ text, span string }{
		{"Analysts cut the QXS 2019 revenue forecast.", "QXS 2019"},
		{"The BDXC 2015 show floor was empty after the conference.", "BDXC 2015"},
	} {
		if got := suggestedAs(t, tt.text, tt.span); got == Event {
			t.Errorf("%q in %q suggested as an event", tt.span, tt.text)
		}
	}
}

func TestLawKindAlone(t *testing.T) {
	loadModel()
	text := "A new Bill would require carriers to keep data. Opposition leader Bill Quillby backed it. The Bill passed, and the British Bill was cited. Later Bill said he was glad."
	for _, tt := range []struct {
		span string
		want EntityType
	}{
		{"Bill would", ""},
		{"The Bill passed", ""},
		{"British Bill", ""},
		{"Later Bill", Person},
	} {
		span := tt.span
		i := strings.Index(text, span)
		at := i + strings.Index(span, "Bill")
		var got EntityType
		for _, s := range Suggest(text, nil) {
			if s.Selector.Start == at && s.Name != "" {
				got = s.Type
			}
		}
		if got != tt.want {
			t.Errorf("Bill in %q suggested as %q, want %q (suggestions: %v)", span, got, tt.want, Suggest(text, nil))
		}
	}
}
