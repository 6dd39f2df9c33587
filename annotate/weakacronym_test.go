package annotate

import "testing"

// TestAcronymNamed: an acronym is typed an organisation with its rule's
// confidence only where a list holds it or the text uses it as a name at
// one mention at least; the others score apart (invented acronyms).
func TestAcronymNamed(t *testing.T) {
	for _, c := range []struct {
		text, acronym string
		want          bool
	}{
		{"Reporters at the QVX were told to wait.", "QVX", true},                              // after "the"
		{"Sources told QZR the talks had failed.", "QZR", true},                               // after a verb of telling
		{"QZR says it will appeal. Later QZR staff met.", "QZR", true},                        // the subject of a verb
		{"QZR's engineers met.", "QZR", true},                                                 // a possessive
		{"Awards came from Quillan & Varrow, QZR and Brelco.", "QZR", true},                   // listed with names
		{"The deal between QZR and Brelco closed.", "QZR", true},                              // listed with a name
		{"It is as fast as the QZR 2060 card.", "QZR", false},                                 // a series by its number
		{"The unit has only 8GB of QZR and a fan.", "QZR", false},                             // a term
		{"It ships with QZR batteries inside.", "QZR", false},                                 // a preposition before a noun
		{"Aside from limited QZR releases, nothing came.", "QZR", false},                      // an adjective before
		{"It covers television, gaming, education, QZR, and business content.", "QZR", false}, // a list of common nouns
	} {
		runes := []rune(c.text)
		toks := tokenize(runes)
		labels, tags := recognise(c.text, runes, toks)
		f := &finder{runes: runes, toks: toks, labels: labels, tags: tags, lowerWords: lowerWordsOf(toks)}
		if got := f.acronymNamed(c.acronym); got != c.want {
			t.Errorf("acronymNamed(%q) in %q = %v, want %v", c.acronym, c.text, got, c.want)
		}
	}
}

// TestAcronymWithoutContextRule: the acronym rule names its guess apart
// where nothing but its form types it.
func TestAcronymWithoutContextRule(t *testing.T) {
	for _, c := range []struct{ text, name, rule string }{
		{"QZR says it will appeal.", "QZR", "an acronym"},
		{"The unit has only 8GB of QZR and a fan.", "QZR", ruleAcronymWithoutContext},
	} {
		runes := []rune(c.text)
		toks := tokenize(runes)
		labels, tags := recognise(c.text, runes, toks)
		found := false
		for _, cand := range findNames(runes, toks, labels, tags) {
			if cand.name == c.name {
				found = true
				if cand.rule != c.rule || cand.typ != Organization {
					t.Errorf("%q in %q: %s by %q, want organization by %q", c.name, c.text, cand.typ, cand.rule, c.rule)
				}
			}
		}
		if !found {
			t.Errorf("%q in %q: not suggested", c.name, c.text)
		}
	}
}
