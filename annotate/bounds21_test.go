package annotate

import (
	"slices"
	"strings"
	"testing"
)

// The table cases of the rules of bounds21.go, on sentences written for
// the test (no sentence of a gold article; the places are of the
// gazetteer, the other names invented).
func init() {
	ruleCases[ruleNameOfCountry] = []ruleCase{
		{text: "The engines are made by Brelco and Quillex of Germany.", phrase: "Quillex of Germany", at: "of", want: []string{":Quillex", "place:Germany"}},
		// The word is typed by the rules: listed after "rivals such as",
		// an organisation (organizationListedAfterKind, ner22o2).
		{text: "Rivals such as Quillex of the Netherlands bid.", phrase: "Quillex of the Netherlands", at: "of", want: []string{"organization:Quillex", "place:Netherlands"}},
		{text: "Shares of Bank of Japan fell.", phrase: "Bank of Japan", at: "of"},                    // an English word
		{text: "The Duke of Quillshire spoke.", phrase: "Duke of Quillshire", at: "of"},               // no place
		{text: "Ann Quill of Brelco Systems spoke.", phrase: "Ann Quill of Brelco Systems", at: "of"}, // two words before
		// A phrase ending in "the" after "of" has no place to read: f.text(b, b)
		// panicked here before (rev21d).
		{text: "Quillex of the sort spoke.", phrase: "Quillex of the", at: "of"},
	}
	ruleCases["a campus after at"] = append(ruleCases["a campus after at"],
		ruleCase{text: "She teaches at Nevada State University at Reno now.", phrase: "Reno", prior: "Nevada State University",
			want: []string{"organization:Nevada State University at Reno"}},
		ruleCase{text: "She teaches at Quillan State University at Reno now.", phrase: "Reno", prior: "Quillan State University"},
	)
	ruleCases[ruleHeadlinePreposition] = []ruleCase{
		{text: "Pizza Flown to Germany During Quillan Cup Final", phrase: "Germany During Quillan Cup", want: []string{"place:Germany", "event:Quillan Cup"}},
		{text: "Zorbly Shares Rise Despite Varrow Bank Loss", phrase: "Varrow Bank Loss"},
		{text: "Ann Quill flew to Kenya via Brelco Airways.", phrase: "Kenya"},
	}
	ruleCases["a person after a title"] = append(ruleCases["a person after a title"],
		ruleCase{text: "The late Ann Marie Bishop Jr. spoke.", phrase: "Ann Marie Bishop Jr."}, // a surname, not a title
		ruleCase{text: "The Rev. Ann Quill King Jr. spoke.", phrase: "Rev. Ann Quill King Jr.", want: []string{"person:Ann Quill King Jr."}},
		ruleCase{text: "Pope Quillan II spoke.", phrase: "Pope Quillan II", want: []string{"person:Quillan II"}},
	)
	ruleCases["a government body after a nationality"] = append(ruleCases["a government body after a nationality"],
		ruleCase{text: "The Republican National Committee met.", phrase: "Republican National Committee"}, // a party's body
		ruleCase{text: "The Welsh National Party met.", phrase: "Welsh National Party"},                   // a party named with its nation
	)
	ruleCases["places in a hyphenated word"] = append(ruleCases["places in a hyphenated word"],
		ruleCase{text: "Rep. Ann Quill, D-Calif., said.", phrase: "D-Calif", want: []string{"place:Calif."}},
		ruleCase{text: "Rep. Ann Quill, D-Quux., said.", phrase: "D-Quux"},
	)
	ruleCases[rulePersonsJoinedByHyphen] = []ruleCase{
		{text: "The Ann Quill-Bob Varrow ticket won.", phrase: "Ann Quill-Bob Varrow", want: []string{"person:Ann Quill", "person:Bob Varrow"}},
		{text: "Ann Quill-Varrow Smith spoke.", phrase: "Ann Quill-Varrow Smith"}, // a double surname
		{text: "Mary-Kate Quill spoke.", phrase: "Mary-Kate Quill"},               // a double given name
		{text: "The Ann Quill-Bob Varrow Foundation gave.", phrase: "Ann Quill-Bob Varrow Foundation"},
	}
	ruleCases[ruleBodyOfJoinedPlaces] = []ruleCase{
		{text: "The U.S.-Quillan Business Council met.", phrase: "Quillan Business Council", prior: "U.S.", want: []string{"organization:U.S.-Quillan Business Council"}},
		{text: "The U.S.-Mexico Border Patrol met.", phrase: "Mexico Border Patrol", prior: "U.S."},           // no organisation's word last
		{text: "The U.S. - Quillan Business Council met.", phrase: "Quillan Business Council", prior: "U.S."}, // a dash set off by spaces
	}
	// The compass rule of types21.go (regionOfCompass), which ner21b wrote
	// too (both kept the same names on every half).
	ruleCases[ruleRegionOfCompass] = append(ruleCases[ruleRegionOfCompass],
		ruleCase{text: "Snow fell across Northern Mongolia on Friday.", phrase: "Northern Mongolia", want: []string{"place:Northern Mongolia"}},
		ruleCase{text: "The herds of West Siberia are thinning.", phrase: "West Siberia", want: []string{"place:West Siberia"}},
		ruleCase{text: "Trains leave Central Siberia daily.", phrase: "Central Siberia", want: []string{"place:Central Siberia"}},
		ruleCase{text: "Eastern Quillcorp shares rose.", phrase: "Eastern Quillcorp"},                    // no place after the word
		ruleCase{text: "Rain in Western Siberia Quillworks fell.", phrase: "Western Siberia Quillworks"}, // the place and more
		ruleCase{text: "Northern Varrow beat Southern Brelco 3-1.", phrase: "Northern Varrow"},
	)
}

// suggested returns "type:text" for each suggestion Suggest makes for text.
func suggested(text string) []string {
	r := []rune(text)
	var out []string
	for _, s := range Suggest(text, nil) {
		out = append(out, string(s.Type)+":"+string(r[s.Selector.Start:s.Selector.End]))
	}
	return out
}

// TestTheOfVenue checks that a "The" capitalised inside a sentence is kept
// in a venue's name (theVenue), not in a place of the gazetteer's.
func TestTheOfVenue(t *testing.T) {
	for _, c := range []struct {
		text, want, not string
	}{
		{"The band plays at The Quillan Arena on Friday.", "place:The Quillan Arena", "place:Quillan Arena"},
		{"Tickets for The Varrow Hotel ran out.", "place:The Varrow Hotel", "place:Varrow Hotel"},
		{"Tourists flock to The Netherlands every spring.", "place:Netherlands", "place:The Netherlands"},
	} {
		got := suggested(c.text)
		if !slices.Contains(got, c.want) || slices.Contains(got, c.not) {
			t.Errorf("%q: suggested %q, want %q and not %q", c.text, got, c.want, c.not)
		}
	}
}

// TestHeadlinePrepositionEndsRun checks that the runs of capitals the
// named-thing steps read (capitalRun, capitalRunBefore) end at a
// preposition a headline capitalises, as phrases do
// (splitAtHeadlinePreposition).
func TestHeadlinePrepositionEndsRun(t *testing.T) {
	text := "Snacks Flown to Kenya During Super Bowl\n\nMore news"
	got := suggested(text)
	for _, s := range got {
		if strings.Contains(s, "During") {
			t.Errorf("%q: suggested %q, a name across the preposition", text, got)
		}
	}
	if !slices.Contains(got, "place:Kenya") {
		t.Errorf("%q: suggested %q, want place:Kenya", text, got)
	}
}

// TestTheAfterReutersDateline checks that a "The" after the spaced hyphen
// of a dateline ("LONDON (Reuters) - The") starts the sentence and is no
// part of the name after it (afterDateline).
func TestTheAfterReutersDateline(t *testing.T) {
	text := "LONDON (Reuters) - The Quillan Senate voted on Monday."
	got := suggested(text)
	if slices.Contains(got, "organization:The Quillan Senate") {
		t.Errorf("%q: suggested %q, want no The", text, got)
	}
}

// TestPersonsJoinedByHyphenNoteSurnames: the two persons a hyphen joins
// are known by their surnames after it, as a person finder.add adds is
// (noteSurnames, which both call).
func TestPersonsJoinedByHyphenNoteSurnames(t *testing.T) {
	text := "They backed the Ann Quill-Bob Varrow ticket."
	runes := []rune(text)
	toks := tokenize(runes)
	labels, tags := recognise(text, runes, toks)
	f := &finder{runes: runes, toks: toks, labels: labels, tags: tags}
	a := -1
	for i, tk := range toks {
		if tk.text == "Ann" {
			a = i
		}
	}
	if a < 0 || !personsJoinedByHyphen(f, &phraseSpan{a: a, b: a + 3}) {
		t.Fatalf("%q: the rule did not split the ticket", text)
	}
	for _, s := range []string{"Quill", "Varrow"} {
		if !f.surnames[s] {
			t.Errorf("%q: surname %q not known after the rule; known %v", text, s, f.surnames)
		}
	}
	f2 := &finder{}
	f2.noteSurnames("Martin Luther King", "King")
	for _, s := range []string{"Luther King", "King"} {
		if !f2.surnames[s] {
			t.Errorf("noteSurnames(Martin Luther King): %q not known; known %v", s, f2.surnames)
		}
	}
}
