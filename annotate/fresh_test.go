package annotate

import "testing"

func init() {
	ruleCases[ruleStateOfNationality] = []ruleCase{
		{text: "In 1914 the German Empire held colonies.", phrase: "German Empire", want: []string{"place:German Empire"}},
		{text: "The Russian Empire fell.", phrase: "The Russian Empire", want: []string{"place:Russian Empire"}},
		{text: "Officials of the French Republic met.", phrase: "French Republic", want: []string{"place:French Republic"}},
		{text: "He lived in German East Africa until 1919.", phrase: "German East Africa", want: []string{"place:German East Africa"}},
		{text: "Troops in German South-West Africa blocked the wells.", phrase: "German South-West Africa", want: []string{"place:German South-West Africa"}},
		{text: "The German East Africa Company traded.", phrase: "The German East Africa Company"}, // a company named after it
		{text: "German Chancellor Ann Quill spoke.", phrase: "German Chancellor Ann Quill"},        // a title
		{text: "The French Quux Empire is a game.", phrase: "The French Quux Empire"},              // more than a state word
		{text: "The Zorbly Empire struck back.", phrase: "The Zorbly Empire"},                      // no nationality
		{text: "A German East Side bar opened.", phrase: "German East Side"},                       // no place after the compass word
	}
	ruleCases[ruleGivenNameBeforeCouple] = []ruleCase{
		{text: "Welcome to Ingrid and Guido Haase's gallery!", phrase: "Ingrid", want: []string{"person:Ingrid"}},
		{text: "She met Mary and John Varrow on Friday.", phrase: "Mary", want: []string{"person:Mary"}},
		{text: "Books by Simon and Schuster sold well.", phrase: "Simon"},            // one word after "and"
		{text: "The Mary and John Varrow Foundation gave.", phrase: "Mary"},          // a longer name follows
		{text: "They flew from Jordan and Chris Varrow met them.", phrase: "Jordan"}, // a place
		{text: "Quillex and John Varrow agreed.", phrase: "Quillex"},                 // no given name
		{text: "Ann and Zorbly Quux met.", phrase: "Ann"},                            // no full name after "and"
	}
}

// TestNameOftenCapitalisedTakesItsType: the later mentions of a band
// named by an English word take the type the words around its first
// mention gave it; not the type of a context less reliable than a list,
// and a word capitalised only to start sentences is no name.
func TestNameOftenCapitalisedTakesItsType(t *testing.T) {
	text := "Fans of Quillheart, the rock band led by two sisters, split. I love Heart more than anything. " +
		"Fans of Heart, the rock band led by two sisters, split in two camps. The heart wants what it wants. " +
		"But the Heart ladies sang on, and a real Heart song played. A film about Heart aired."
	runes := []rune(text)
	toks := tokenize(runes)
	labels, tags := recognise(text, runes, toks)
	n := 0
	for _, c := range findNames(runes, toks, labels, tags) {
		if string(runes[c.start:c.end]) == "Heart" {
			n++
			if c.typ != Organization {
				t.Errorf("Heart at %d: %s (%s), want an organisation", c.start, c.typ, c.rule)
			}
		}
	}
	if n != 5 {
		t.Errorf("%d mentions of Heart suggested, want 5", n)
	}
	// One mention read as a source, a rule measured less reliable than a
	// list, does not type the others.
	text = "Strings are Heart now. Python wants strings to be Heart and the world to be Heart, according to Heart. " +
		"Paths are not Heart aware, and a heart is hard."
	runes = []rune(text)
	toks = tokenize(runes)
	labels, tags = recognise(text, runes, toks)
	if got := findNames(runes, toks, labels, tags); len(got) != 1 {
		t.Errorf("%d names in %q, want the one a source typed", len(got), text)
	}
	text = "Hope is rare. Hope came back. We hope so, and hope helps. Hope won."
	runes = []rune(text)
	toks = tokenize(runes)
	labels, tags = recognise(text, runes, toks)
	for _, c := range findNames(runes, toks, labels, tags) {
		t.Errorf("%q suggested (%s, %s) in %q", string(runes[c.start:c.end]), c.typ, c.rule, text)
	}
}
