package annotate

import "testing"

func init() {
	ruleCases[ruleRoleBeforeName] = []ruleCase{
		{text: "Poet Ann Quillbrand described all plots.", phrase: "Poet Ann Quillbrand", want: []string{"person:Ann Quillbrand"}},
		{text: "Nurse Ann Lee Quillbrand said it.", phrase: "Nurse Ann Lee Quillbrand", want: []string{"person:Ann Lee Quillbrand"}},
		{text: "Poet Quillbrand said it.", phrase: "Poet Quillbrand"},                                      // no full name
		{text: "Captain Ann Quillbrand said it.", phrase: "Captain Ann Quillbrand"},                        // a title: splitAtTitle's
		{text: "Star Ann Quillbrand sang. Later Star Ann Quillbrand left.", phrase: "Star Ann Quillbrand"}, // written twice: a nickname
		{text: "Quillbrand Ann Quill spoke.", phrase: "Quillbrand Ann Quill"},                              // no role
	}
	ruleCases[ruleBylineAfterHeadline] = []ruleCase{
		{text: "Quill Phone Trackers Ann Quillbrand\n\nScience news.", phrase: "Quill Phone Trackers Ann Quillbrand",
			want: []string{":Quill Phone Trackers", "person:Ann Quillbrand"}},
		{text: "Did the Quill Rules Change Ann Lee Quillbrand\n\nMore.", phrase: "Quill Rules Change Ann Lee Quillbrand",
			want: []string{":Quill Rules Change", "person:Ann Lee Quillbrand"}},
		{text: "Quill Phone Trackers Ann Quillbrand said so.", phrase: "Quill Phone Trackers Ann Quillbrand"}, // not at the end of its line
		{text: "Quillbase Pro Unique Features\n\nMore.", phrase: "Quillbase Pro Unique Features"},             // no surname
		{text: "Quillbase Varrow Ann Quillbrand\n\nMore.", phrase: "Quillbase Varrow Ann Quillbrand"},         // no common word before
		{text: "Trackers Ann Quillbrand\n\nMore.", phrase: "Trackers Ann Quillbrand"},                         // one word before: a title's
	}
}

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
