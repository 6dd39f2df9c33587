package annotate

import (
	"strings"
	"testing"
)

// TestShortOrgName: the word alone by which an organisation named in full
// is named again (invented names).
func TestShortOrgName(t *testing.T) {
	recognise("Warm up.", []rune("Warm up."), tokenize([]rune("Warm up."))) // loads the word list
	for _, c := range []struct {
		name, rule string
		firm       bool
		want       string
	}{
		{"Minnesota Wild", "a team in a sports report", true, "Wild"}, // a team led by a place
		{"Quillan Wild", "a team in a sports result", true, "Wild"},   // a team by its rule
		{"Brelco Quillhouse", "an organisation by the words around it", true, "Quillhouse"},
		{"Varrow Tribune", "an organisation by its cue words", true, "Tribune"}, // a newspaper's word
		{"Northwind Pharmaceuticals", "an organisation by its cue words", true, "Northwind"},
		{"Inspector-General of Quillan and Security", "an organisation by its cue words", true, ""}, // an ordinary word
		{"Department of Justice", "an organisation by its cue words", true, ""},
		{"Scoring High", "one type per name", false, ""},
	} {
		got := shortOrgName(candidate{name: c.name, typ: Organization, firm: c.firm, rule: c.rule})
		if got != c.want {
			t.Errorf("shortOrgName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestFieldListed: a word listed after an organisation named for its
// fields goes on that list (invented names).
func TestFieldListed(t *testing.T) {
	org := func(name string, start, end int) candidate {
		return candidate{name: name, typ: Organization, firm: true, words: len(strings.Fields(name)), start: start, end: end}
	}
	one := func(name string, start int) candidate {
		return candidate{name: name, words: 1, start: start, end: start + len(name)}
	}
	for _, c := range []struct {
		c, o candidate
		want bool
	}{
		{one("Asthma", 40), org("Quillan Academy of Allergy", 0, 30), true},
		{one("Ethics", 40), org("Varrow Center for Health", 0, 30), true},
		{one("Writer", 40), org("The Quill Magazine", 0, 30), true},
		{one("Stripe", 40), org("Brelco", 0, 6), false},                      // "Brelco, Stripe and Google": companies
		{one("Quillhouse", 40), org("Academy of Brelco", 0, 30), false},      // no English word
		{one("Asthma", 0), org("Quillan Academy of Allergy", 10, 30), false}, // listed before it
	} {
		if got := fieldListed(c.c, c.o); got != c.want {
			t.Errorf("fieldListed(%q, %q) = %v, want %v", c.c.name, c.o.name, got, c.want)
		}
	}
}

// TestLeadsLongerName: a mention of one word before a capitalised word
// that no title, role or line in capitals is leads a longer name, and no
// spread type is given to it (invented names).
func TestLeadsLongerName(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Sign up for Brelco Music Unlimited today.", "Brelco", true},
		{"Brelco CEO Ann Wu spoke.", "Brelco", false},            // a title
		{"BY BRELCO STAFF", "BRELCO", false},                     // a line in capitals
		{"Shares of Brelco rose. Brelco fell.", "Brelco", false}, // alone
		{"He bought Brelco Inc. shares.", "Brelco", false},       // its legal form
	} {
		runes := []rune(c.text)
		toks := tokenize(runes)
		f := &finder{runes: runes, toks: toks}
		start := len([]rune(c.text[:strings.Index(c.text, c.word)]))
		cand := candidate{start: start, end: start + len([]rune(c.word)), name: c.word, words: 1}
		if got := f.leadsLongerName(cand); got != c.want {
			t.Errorf("leadsLongerName(%q in %q) = %v, want %v", c.word, c.text, got, c.want)
		}
	}
}
