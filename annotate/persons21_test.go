package annotate

import (
	"slices"
	"strings"
	"testing"
)

func init() {
	ruleCases[ruleRoleBeforeName] = []ruleCase{
		{text: "Poet Ann Quillbrand described all plots.", phrase: "Poet Ann Quillbrand", want: []string{"person:Ann Quillbrand"}},
		{text: "Nurse Ann Lee Quillbrand said it.", phrase: "Nurse Ann Lee Quillbrand", want: []string{"person:Ann Lee Quillbrand"}},
		{text: "Poet Quillbrand said it.", phrase: "Poet Quillbrand"},                                      // no full name
		{text: "Captain Ann Quillbrand said it.", phrase: "Captain Ann Quillbrand"},                        // a title: splitAtTitle's
		{text: "Star Ann Quillbrand sang. Later Star Ann Quillbrand left.", phrase: "Star Ann Quillbrand"}, // written twice: a nickname
		{text: "Quillbrand Ann Quill spoke.", phrase: "Quillbrand Ann Quill"},                              // no role
	}
	ruleCases[ruleCapitalInitials] = []ruleCase{
		{text: "Captains Ann Quill and MQ Varrowski decided. Varrowski said he was tired.", phrase: "MQ Varrowski", want: []string{"person:MQ Varrowski"}},
		{text: "Captains Ann Quill and AL Varrowski decided. Varrowski said he was tired.", phrase: "AL Varrowski", want: []string{"person:AL Varrowski"}}, // a state's code, no comma before
		{text: "He moved to Tupelo, MS Varrowski said. Varrowski said he was tired.", phrase: "MS Varrowski"},                                              // a state after its town
		{text: "The MQ unit grew and MQ Varrowski decided. Varrowski said he was tired.", phrase: "MQ Varrowski"},                                          // an acronym elsewhere
		{text: "The US Varrowski plant grew.", phrase: "US Varrowski"},                                                                                     // a common acronym
		{text: "Captains Ann Quill and MQ Golden decided.", phrase: "MQ Golden"},                                                                           // a word of the dictionary
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
		{"Quarrow released his new record on Friday.", "Quarrow", strongCue},                     // a pronoun takes it up
		{"Quarrow should have been run out on four, his bat short.", "Quarrow", strongCue},       // the subject, past a comma
		{"The chance was offered by Quarrow when he was on 22.", "Quarrow", strongCue},           // after "by"
		{"It was found by Quarrow, who swooped.", "Quarrow", strongCue},                          // "who"
		{"Quarrow, head of the search agency, spoke.", "Quarrow", strongCue},                     // a role in apposition
		{"Quarrow, the club's captain, left.", "Quarrow", strongCue},                             // a role after a possessive
		{"The sea was calm, Quarrow said on Monday.", "Quarrow", speechCue},                      // a verb of speech
		{"Quarrow said on Monday. Later Quarrow wrote to Vexlo.", "Quarrow", speechCue},          // "wrote" is no verb of quotes
		{"Quarrow, whose chief executive spoke, fell.", "Quarrow", 0},                            // a company's
		{"Quarrow, as our new president, spoke.", "Quarrow", 0},                                  // no apposition
		{"They work at Quarrow, and he said so.", "Quarrow", 0},                                  // a workplace
		{"Quarrow shares fell as its profit shrank.", "Quarrow", 0},                              // "its"
		{"The deal with Quarrow said little.", "Quarrow", 0},                                     // after a preposition
		{"Quarrow, the maker of phones, grew. Quarrow, which employs 300, grew.", "Quarrow", 0},  // "maker" is no role; "which"
		{"The sea was calm, Quarrow said. Ships left, Quarrow added.", "Quarrow", 2 * speechCue}, // two verbs of speech
		{"Ann Brelwitt came. Brelwitt and Quarrow's work grew.", "Quarrow", strongCue},           // joined to a person
		{"Ann Brelwitt came. Then Quarrow and coach Ann Brelwitt stayed.", "Quarrow", strongCue}, // joined after a role
		{"Ann Brelwitt came. Vexlo and Quarrow grew.", "Quarrow", 0},                             // joined to no person
		{"Grant, her husband, Quarrow and another woman left.", "Quarrow", strongCue},            // a role before
		{"Words by Ann Brelwitt. Art by Quarrow.", "Quarrow", strongCue},                         // a credit
		{"A deal signed by Quarrow.", "Quarrow", 0},                                              // "by" is no credit
	} {
		runes := []rune(c.text)
		toks := tokenize(runes)
		f := finder{runes: runes, toks: toks, labels: make([]string, len(toks)), tags: make([]string, len(toks)), lowerWords: lowerWordsOf(toks)}
		if strings.HasPrefix(c.text, "Ann Brelwitt") {
			f.cands = []candidate{{start: 0, end: 10, name: "Ann Brelwitt", typ: Person, words: 2}}
		}
		if got := f.personCuesOf(c.word); got != c.want {
			t.Errorf("personCuesOf(%q) in %q = %d, want %d", c.word, c.text, got, c.want)
		}
	}
}

// TestLoneWordPersonCues: a lone word the recogniser calls a person, named
// by nobody in full, is kept as a person by its cues where they weigh
// minPersonCues (here a role in apposition and a verb of speech), and not
// by this rule where a verb of speech alone follows it.
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

func TestLowerCaseNameLines(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the lines added, as name:text
	}{
		{"Ann Quillbrand met Bo Varrow.\n\nann quillbrand\n\nbo varrow", []string{"Ann Quillbrand:ann quillbrand", "Bo Varrow:bo varrow"}},
		{"Ann Quillbrand spoke.\n\nann quillbrand said so", nil}, // more than the name on its line
		{"Ann Quillbrand spoke.\n\nAnn quillbrand", nil},         // not in lower case
		{"Ann Quillbrand spoke.\n\nbo varrow", nil},              // no person named so
		{"Ann Quillbrand spoke, as ann quillbrand wrote.", nil},  // not a line of its own
	} {
		runes := []rune(c.text)
		toks := tokenize(runes)
		f := finder{runes: runes, toks: toks}
		var out []candidate
		for _, full := range []string{"Ann Quillbrand", "Bo Varrow"} {
			if k := strings.Index(c.text, full); k >= 0 {
				a := len([]rune(c.text[:k]))
				out = append(out, candidate{start: a, end: a + len([]rune(full)), name: full, typ: Person, words: 2})
			}
		}
		var got []string
		for _, x := range f.lowerCaseNameLines(out)[len(out):] {
			got = append(got, x.name+":"+string(runes[x.start:x.end]))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: added %q, want %q", c.text, got, c.want)
		}
	}
}

func TestFamiliesByPlural(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Joe Quillbrand spoke. The Quillbrands left for the coast.", []string{"Quillbrands"}},
		{"Joe Quillbrand spoke, with the Quillbrands playing the role.", []string{"Quillbrands"}},
		{"Joe Quillbrand spoke. Quillbrands left.", nil},           // no "the"
		{"Joe Quillbrand spoke. The Quillbrands Group left.", nil}, // part of a longer name
		{"Joe Quillbrand spoke. The Varrows left.", nil},           // no person's surname
		{"Joe Giant spoke. The Giants won.", nil},                  // a word of the dictionary
	} {
		runes := []rune(c.text)
		toks := tokenize(runes)
		f := finder{runes: runes, toks: toks}
		words := strings.Fields(c.text)
		full := words[0] + " " + words[1]
		full = strings.TrimSuffix(full, ".")
		full = strings.TrimSuffix(full, ",")
		out := []candidate{{start: 0, end: len([]rune(full)), name: full, typ: Person, words: 2}}
		var got []string
		for _, x := range f.familiesByPlural(out)[1:] {
			got = append(got, x.name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: added %q, want %q", c.text, got, c.want)
		}
	}
}

func TestNamesInPersonsLists(t *testing.T) {
	list := "Signed:\nBo Varrow, writer\n%s\nCy Lanewick, The Quill\n"
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Atulo Gawandry, Brelford University", []string{"Atulo Gawandry"}},
		{"Atulo Gawandry Quarrow, poet", []string{"Atulo Gawandry Quarrow"}},
		{"Atulo, poet", nil},                // one word
		{"Atulo Gawandry of Brelford", nil}, // no comma after the name
		{"Golden Quarrow, poet", nil},       // a word of the dictionary
		{"Brelford University, 2020", nil},  // a word of the dictionary
	} {
		text := strings.Replace(list, "%s", c.line, 1)
		runes := []rune(text)
		toks := tokenize(runes)
		f := finder{runes: runes, toks: toks}
		var out []candidate
		for _, full := range []string{"Bo Varrow", "Cy Lanewick"} {
			k := len([]rune(text[:strings.Index(text, full)]))
			out = append(out, candidate{start: k, end: k + len([]rune(full)), name: full, typ: Person, words: 2})
		}
		var got []string
		for _, x := range f.namesInPersonsLists(out)[len(out):] {
			got = append(got, x.name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: added %q, want %q", c.line, got, c.want)
		}
	}
}
