package annotate

import "testing"

func TestPersonCuesOf(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       int
	}{
		{"Quarrow released his new record on Friday.", "Quarrow", 1},                               // a pronoun takes it up
		{"Quarrow should have been run out on four, his bat short.", "Quarrow", 1},                 // the subject, past a comma
		{"The chance was offered by Quarrow when he was on 22.", "Quarrow", 1},                     // after "by"
		{"The sea was calm, Quarrow said on Monday.", "Quarrow", 1},                                // a verb of speech
		{"It was found by Quarrow, who swooped.", "Quarrow", 1},                                    // "who"
		{"Quarrow, head of the search agency, spoke.", "Quarrow", 1},                               // a role in apposition
		{"Quarrow, the club's captain, left.", "Quarrow", 1},                                       // a role after a possessive
		{"Quarrow, whose chief executive spoke, fell.", "Quarrow", 0},                              // a company's
		{"They work at Quarrow, and he said so.", "Quarrow", 0},                                    // a workplace
		{"Quarrow shares fell as its profit shrank.", "Quarrow", 0},                                // "its"
		{"The deal with Quarrow said little.", "Quarrow", 0},                                       // after a preposition
		{"Quarrow said on Monday. Later Quarrow wrote his reply to Vexlo.", "Quarrow", 2},          // two mentions
		{"Quarrow, the maker of phones, grew. Quarrow, which employs 300, said so.", "Quarrow", 0}, // "maker" is no role; "which"
	} {
		runes := []rune(c.text)
		toks := tokenize(runes)
		f := finder{runes: runes, toks: toks, labels: make([]string, len(toks)), tags: make([]string, len(toks)), lowerWords: lowerWordsOf(toks)}
		if got := f.personCuesOf(c.word); got != c.want {
			t.Errorf("personCuesOf(%q) in %q = %d, want %d", c.word, c.text, got, c.want)
		}
	}
}

// TestLoneWordPersonCues: a lone word the recogniser calls a person, named
// by nobody in full, is suggested as a person where two of its mentions
// carry a person's cues, and not by this rule where one does.
func TestLoneWordPersonCues(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Rescuers searched the sea on Sunday. Quarrowski, head of the rescue agency, said the jet was lost. " +
			"The debris could be at the bottom of the sea, Quarrowski said on Monday. Ships kept looking.", true},
		{"Rescuers searched the sea on Sunday. The debris could be at the bottom of the sea, Quarrowski said on Monday.", false},
	} {
		loadModel() // isBasicWord reads it
		runes := []rune(c.text)
		toks := tokenize(runes)
		labels, tags := recognise(c.text, runes, toks)
		got := false
		for _, n := range findNames(runes, toks, labels, tags) {
			if n.name == "Quarrowski" && n.typ == Person && n.rule == ruleLoneWordPersonCues {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: Quarrowski a person by its cues = %v, want %v", c.text, got, c.want)
		}
	}
}
