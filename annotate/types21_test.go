package annotate

import (
	"strings"
	"testing"
)

// The cases of the sixteenth round's type rules (types21.go) join the
// tables of the phrase rules they narrow.
func init() {
	ruleCases["a team in a sports report"] = append(ruleCases["a team in a sports report"],
		ruleCase{text: sportsReport + " The pressure told in Canada’s batsmen late on.", phrase: "Canada",
			want: []string{"organization:Canada"}},
		ruleCase{text: sportsReport + " It was the bottom half of Norway’s batting.", phrase: "Norway",
			want: []string{"organization:Norway"}},
		ruleCase{text: sportsReport + " The spirit of Norway’s players held.", phrase: "Norway", want: []string{"organization:Norway"}},
		ruleCase{text: sportsReport + " The rematch is in Norway’s capital.", phrase: "Norway"},
		// Outside a sports report only a player's position or the play
		// says the team; a country's defence is its own.
		ruleCase{text: "The weakness of Brazil’s goalkeeper cost them.", phrase: "Brazil", want: []string{"organization:Brazil"}},
		ruleCase{text: "A review of Britain’s defence was published.", phrase: "Britain"},
	)
	ruleCases[ruleRegionOfCompass] = []ruleCase{
		{text: "The ice sheets of Greenland and West Antarctica melt.", phrase: "West Antarctica", want: []string{"place:West Antarctica"}},
		{text: "Gone away is the West Side, the song goes.", phrase: "West Side", want: []string{"place:West Side"}},
		{text: "Rains hit Northern Ontario on Monday.", phrase: "Northern Ontario", want: []string{"place:Northern Ontario"}},
		{text: "Rains hit Northern Brelford on Monday.", phrase: "Northern Brelford"},
		{text: "She studied at East Ontario University.", phrase: "East Ontario University"},
		{text: sportsReport + " Then Northern Ontario won.", phrase: "Northern Ontario"},
	}
	ruleCases[rulePlacePosition] = append(ruleCases[rulePlacePosition],
		ruleCase{text: "Sen. Ann Quillbury spoke. Crews reached the outskirts of Quillbury on Monday.", phrase: "Quillbury",
			prior: "Ann Quillbury"},
		ruleCase{text: "Sen. Ann Quillbury spoke. Crews reached the outskirts of Varrowby on Monday.", phrase: "Varrowby",
			prior: "Ann Quillbury", want: []string{"place:Varrowby"}},
	)
	ruleCases[rulePlaceLastWord] = append(ruleCases[rulePlaceLastWord],
		ruleCase{text: "He was parked on Edmond Street that night.", phrase: "Edmond Street", want: []string{"place:Edmond Street"}},
		ruleCase{text: "Deputies went to the 400 block of Harold Avenue.", phrase: "Harold Avenue", want: []string{"place:Harold Avenue"}},
		ruleCase{text: "A shop off Jane Lane closed.", phrase: "Jane Lane", want: []string{"place:Jane Lane"}},
		ruleCase{text: "A reporter asked Jane Lane about it.", phrase: "Jane Lane"},
		ruleCase{text: "Stay at Spirit Ridge in Austin, Texas.", phrase: "Spirit Ridge", want: []string{"place:Spirit Ridge"}},
		ruleCase{text: "Ask Sally Field of Austin, Texas.", phrase: "Sally Field"},
		ruleCase{text: "The film is based on Sally Field's memoir.", phrase: "Sally Field"},
	)
}

// TestShowsByTheirParts checks the titles the sixteenth round reads by the
// words of shows around them: an ampersand inside a title, a genre's
// plural and a range set off by a comma, one word before "episode".
func TestShowsByTheirParts(t *testing.T) {
	for _, c := range []struct{ name, text, span string }{
		{"a title with an ampersand after a season of it", "The pilot is episode 4 of season 1 of Quills & Varrows.", "Quills & Varrows"},
		{"a genre's plural and a range after a comma", "Nearly all TV comedies, from Quillbert to Varrow Lane, follow a formula.", "Quillbert"},
		{"the range's end", "Nearly all TV comedies, from Quillbert to Varrow Heights, follow a formula.", "Varrow Heights"},
		{"one word before its episode", "He rewatched a Quillbert episode about soup.", "Quillbert"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := suggestedAs(t, c.text, c.span); got != Work {
				t.Errorf("%q in %q: %q, want a work", c.span, c.text, got)
			}
		})
	}
	for _, c := range []struct{ name, text, span string }{
		{"a guest's episode is a person's", "She recorded the Ann Quillbert episode last week. Quillbert spoke first.", "Ann Quillbert"},
		{"a network's episodes are none", "They aired two NBC episodes on Monday.", "NBC"},
		{"a route with a comma is no range of works", "Crews drove north, from Quillford to Varrowby, on Monday.", "Quillford"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := suggestedAs(t, c.text, c.span); got == Work {
				t.Errorf("%q in %q: a work, want none", c.span, c.text)
			}
		})
	}
}

func TestFirstSurnameOf(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Lucia Toledo Quillez", "Toledo"},
		{"Mary Ann Quillez", ""},       // a second given name
		{"Ann B. Quillez", ""},         // an initial
		{"Lucia Quillez", ""},          // two words
		{"Quillez Reno Varrona", ""},   // no given name first
		{"Lucia de la Quillez", ""},    // particles
		{"Ana Maria Reno Quillez", ""}, // four words
	} {
		if got := firstSurnameOf(strings.Fields(c.name)); got != c.want {
			t.Errorf("firstSurnameOf(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	text := "Lucia Toledo Quillez met the mother online. Later Toledo beat her, police said."
	if got := suggestedAs(t, text, "later:Toledo"); got != Person {
		t.Errorf("Toledo in %q: %q, want a person", text, got)
	}
}

func TestHyphenPartsFollowTheirName(t *testing.T) {
	for _, c := range []struct {
		name, text, span string
		want             EntityType
	}{
		{"a company elsewhere", "Amazon sued Quillco. The Quillco-Amazon dispute went on.", "later:Amazon", Organization},
		{"a place elsewhere too", "Amazon fires spread in the Amazon. The Quillco-Amazon dispute went on.", "later:Amazon", Place},
		{"named nowhere else", "Talks began. The Israel-Jordan border opened.", "Jordan", Place},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := suggestedAs(t, c.text, c.span); got != c.want {
				t.Errorf("%q in %q: %q, want %q", c.span, c.text, got, c.want)
			}
		})
	}
}
