package annotate

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
)

const seedPath = "/work/shared/seed/indiablooms-trump-putin-budapest.txt"

// seedBody returns the article body of the seed page: from the title line
// through the last paragraph of the story.
func seedBody(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Skip("shared seed not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	const first, last = "Donald Trump plans to meet", "additional U.S. pressure."
	i, j := strings.Index(s, first), strings.Index(s, last)
	if i < 0 || j < i {
		t.Fatal("seed article body not found")
	}
	return s[i : j+len(last)]
}

func TestSuggestSeed(t *testing.T) {
	text := seedBody(t)
	got := map[string]EntityType{}
	for _, s := range Suggest(text, nil) {
		t.Logf("%-13s %-30q name %q", s.Type, s.Selector.Exact, s.Name)
		got[s.Selector.Exact] = s.Type
	}
	for _, name := range []string{"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"} {
		if got[name] != Person {
			t.Errorf("%s suggested as %q, want person", name, got[name])
		}
	}
	for _, name := range []string{"Budapest", "Ukraine", "Russia", "Alaska", "Kyiv", "Moscow"} {
		if got[name] != Place {
			t.Errorf("%s suggested as %q, want place", name, got[name])
		}
	}
	// No suggestion spans two names or a name and a common phrase ("United
	// States on the Great Accomplishment of Peace"): the only lower-case
	// words inside a name are the connectors of names.
	for _, s := range Suggest(text, nil) {
		for _, w := range strings.Fields(s.Selector.Exact) {
			if r := []rune(w)[0]; unicode.IsLower(r) && !connectors[w] && w != "the" && w != "and" && w != "for" {
				t.Errorf("%q suggested as one %s", s.Selector.Exact, s.Type)
				break
			}
		}
	}
	for _, name := range []string{"Russian", "Ukrainian"} {
		if typ, ok := got[name]; ok {
			t.Errorf("%s suggested as %q, want nothing", name, typ)
		}
	}
}

func TestKnownNameInsideALongerName(t *testing.T) {
	text := "Vietnam and China traded charges over the South China Sea on Monday. " +
		"Joe Biden called the talks useful, and Biden said more would follow in Hanoi."
	known := []Entity{
		{ID: 1, Name: "China", Type: Place},
		{ID: 2, Name: "Biden", Type: Person},
	}
	got := map[string]Suggestion{}
	for _, s := range Suggest(text, known) {
		t.Logf("%-13s %-20q name %q id %d", s.Type, s.Selector.Exact, s.Name, s.EntityID)
		got[s.Selector.Exact] = s
	}
	if s, ok := got["South China Sea"]; !ok || s.EntityID != 0 || s.Type != Place {
		t.Errorf("South China Sea = %+v, want a new place", s)
	}
	n := 0
	for _, s := range Suggest(text, known) {
		if s.EntityID == 1 {
			n++
			if s.Selector.Start != strings.Index(text, "China") {
				t.Errorf("China suggested at %d (%q), inside another name", s.Selector.Start, s.Selector.Exact)
			}
		}
	}
	if n != 1 {
		t.Errorf("known China suggested %d times, want once", n)
	}
	if s := got["Joe Biden"]; s.EntityID != 2 {
		t.Errorf("Joe Biden = %+v, want the known person Biden over the full name", s)
	}
	if s := got["Biden"]; s.EntityID != 2 {
		t.Errorf("Biden = %+v, want the known person", s)
	}
}

// TestKnownWordsOfOneFullName: a known person named by two of their
// known words ("Putin", and "Vladimir" as an alias) is suggested once in
// full, not once for each word; so is a name whose known word stands in it
// twice (a case FuzzSuggest found).
func TestKnownWordsOfOneFullName(t *testing.T) {
	known := []Entity{{ID: 1, Name: "Putin", Aliases: []string{"Vladimir"}, Type: Person}}
	for _, tt := range []struct{ text, full string }{
		{"Vladimir Putin met the press on Monday.", "Vladimir Putin"},
		{"Aa0 Putin Putin", "Aa0 Putin Putin"},
	} {
		var got []string
		for _, s := range Suggest(tt.text, known) {
			got = append(got, s.Selector.Exact)
		}
		if n := strings.Count(strings.Join(got, "|")+"|", tt.full+"|"); n != 1 {
			t.Errorf("%q: suggested %q, want %q once", tt.text, got, tt.full)
		}
	}
}

func TestSuggestLearnsFromThePerson(t *testing.T) {
	text := "Arsenal beat Benfica in London. Arsenal said the Gunners were ready. Meanwhile Acme sold shares."
	cold := map[string]Suggestion{}
	for _, s := range Suggest(text, nil) {
		cold[s.Selector.Exact] = s
	}
	learned := Learned{
		Known:    []Entity{{ID: 4, Name: "Arsenal", Type: Organization, Aliases: []string{"the Gunners"}}, {ID: 5, Name: "Benfica", Type: Organization}},
		Rejected: []string{"London"},
	}
	got := map[string][]Suggestion{}
	for _, s := range SuggestLearned(text, learned) {
		got[s.Selector.Exact] = append(got[s.Selector.Exact], s)
	}
	t.Run("a name typed once as an organisation is suggested as one everywhere", func(t *testing.T) {
		if len(got["Arsenal"]) != 2 {
			t.Fatalf("Arsenal suggested %d times, want 2", len(got["Arsenal"]))
		}
		for _, s := range got["Arsenal"] {
			if s.Type != Organization || s.EntityID != 4 || !Confident(s) {
				t.Errorf("Arsenal = %+v, want the known organisation, confidently", s)
			}
		}
		if s := got["Benfica"]; len(s) != 1 || s[0].Type != Organization {
			t.Errorf("Benfica = %+v, want the known organisation", s)
		}
	})
	t.Run("an alias is suggested as its entity", func(t *testing.T) {
		if s := got["the Gunners"]; len(s) != 1 || s[0].EntityID != 4 {
			t.Errorf("the Gunners = %+v, want Arsenal", s)
		}
	})
	t.Run("a rejected name is not suggested again", func(t *testing.T) {
		if _, ok := cold["London"]; !ok {
			t.Fatal("London not suggested cold; the test needs it")
		}
		if s, ok := got["London"]; ok {
			t.Errorf("rejected London suggested: %+v", s)
		}
	})
}

func TestSuggestionsCarryAScore(t *testing.T) {
	text := "Donald Trump met Vladimir Putin in Budapest. Later, Trump flew to Zorbly."
	for _, s := range Suggest(text, nil) {
		if s.Score <= 0 || s.Score > 1 {
			t.Errorf("%q scored %v, want a score in (0, 1]", s.Selector.Exact, s.Score)
		}
		if s.Selector.Exact == "Budapest" && !Confident(s) {
			t.Errorf("Budapest (a place of the gazetteer) scored %v, want confident", s.Score)
		}
	}
}

// TestSuggestReadsALongTextInSegments checks that a text longer than a
// segment gets the suggestions each of its parts gets alone, at the right
// offsets and with the context the whole text gives them.
func TestSuggestReadsALongTextInSegments(t *testing.T) {
	defer func(n int) { segmentBytes = n }(segmentBytes)
	segmentBytes = 1000
	para := "Angela Merkel met Emmanuel Macron in Berlin on Tuesday, and the two leaders spoke about Ukraine."
	var b strings.Builder
	for b.Len() < 5*segmentBytes+50 {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(para)
	}
	text := b.String()
	got := Suggest(text, nil)
	one := suggest(para, Learned{})
	if len(one) == 0 {
		t.Fatal("no suggestions in one paragraph")
	}
	paras := strings.Count(text, "\n\n") + 1
	if len(got) != paras*len(one) {
		t.Fatalf("%d suggestions, want %d (%d per paragraph)", len(got), paras*len(one), len(one))
	}
	runes := []rune(text)
	for i, s := range got {
		want := newSelectorRunes(runes, s.Selector.Start, s.Selector.End)
		if s.Selector != want {
			t.Fatalf("suggestion %d: selector %+v, want %+v", i, s.Selector, want)
		}
		if s.Selector.Exact != one[i%len(one)].Selector.Exact {
			t.Fatalf("suggestion %d is %q, want %q", i, s.Selector.Exact, one[i%len(one)].Selector.Exact)
		}
	}
}

func TestCanonicalTypeNamesTheBuiltInType(t *testing.T) {
	for in, want := range map[string]EntityType{
		"organisation": Organization, " Organisation ": Organization, "ORGANIZATION": Organization,
		"organizations": Organization, "people": Person, "Place": Place, "ship": "ship", "Ship": "Ship",
	} {
		if got := CanonicalType(in); got != want {
			t.Errorf("CanonicalType(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAWordStartingASentenceIsNoShortName: an organisation's last word
// that starts a sentence and that the text writes in lower case too is
// capitalised by its place, not the organisation's short name.
//
// The organisation must be one the rules type as such, or the short name
// is never looked for: "Quux Safety" alone is read as a person's name, and
// a test on it passed with the rule or without.
func TestAWordStartingASentenceIsNoShortName(t *testing.T) {
	text := "The Quux Institute for Road Safety tested car safety kits. Safety advocates said so. The institute said sales rose."
	org := false
	for _, s := range Suggest(text, nil) {
		if s.Selector.Exact == "Quux Institute for Road Safety" && s.Type == Organization {
			org = true
		}
		if s.Selector.Exact == "Safety" && s.Type == Organization {
			t.Errorf("Suggest suggests %q as %s", s.Selector.Exact, s.Type)
		}
	}
	if !org {
		t.Errorf("Suggest(%q) = %v, without the organisation whose last word starts the next sentence", text, Suggest(text, nil))
	}
}

func TestAShortFormKeepsTheTypeOfTheFullName(t *testing.T) {
	tests := []struct {
		name, text, short string
		want              EntityType
	}{
		{"a team by its last word", "The Minnesota Wild beat Dallas on Tuesday. The Wild scored twice.", "Wild", Organization},
		{"a company by its first word", "Northwind Pharmaceuticals fell 3% on Monday. Analysts said Northwind would recover.", "Northwind", Organization},
		{"a person by the surname", "Ann Smith spoke on Friday. Later Smith left.", "Smith", Person},
		{"a founder named in full beside his company", "Ann Quillan founded Quillan Inc. in 1990. Quillan said sales rose.", "Quillan", Person},
		{"a company by a first word that is also a town", "The buyout firm Harlan Capital bought it. Analysts said Harlan would sell.", "Harlan", Organization},
		{"a company by a first word two of its firms share", "Varrowmac Inc. said it will convert its Varrowmac Energy Partners Ltd. unit. Varrowmac, a Dallas-based energy group, said so.", "Varrowmac", Organization},
		{"a company named without its legal form", "Quillan Research Inc. will cut the money. Analysts said Quillan Research would recover.", "Quillan Research", Organization},
		{"a company named without its legal form and an ampersand", "Quillan Varrow & Co. said it extended its offer. Quillan Varrow, which owns shares, said so.", "Quillan Varrow", Organization},
		{"a company led by a given name named without its legal form", "Bo Varrow Co. said sales rose. Neither Zorbly nor Bo Varrow gave a reason.", "Bo Varrow", Organization},
		{"a newspaper's company by the newspaper's word", "Harlan bid for the parent of the Fresno Tribune. It became the biggest shareholder of Tribune.", "Tribune", Organization},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Suggest(tt.text, nil) {
				got = append(got, s.Selector.Exact+":"+string(s.Type))
				if s.Selector.Exact == tt.short && s.Type == tt.want {
					return
				}
			}
			t.Errorf("Suggest = %q, want %q as %s", got, tt.short, tt.want)
		})
	}
}

func TestInWebAddress(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"please visit: www.ascom.com for more.", "ascom", true},
		{"write to info@ascom.com today.", "info", true},
		{"see ascom.com/news now.", "news", true},
		{"the ascom was sold. Then it rained.", "ascom", false},
		{"it ended. ascom began.", "ascom", false},
	}
	for _, tt := range tests {
		toks := tokenize([]rune(tt.text))
		found := false
		for i, tok := range toks {
			if tok.text == tt.word {
				found = true
				if got := inWebAddress(toks, i); got != tt.want {
					t.Errorf("%q in %q: inWebAddress = %v, want %v", tt.word, tt.text, got, tt.want)
				}
				break
			}
		}
		if !found {
			t.Fatalf("%q not a token of %q", tt.word, tt.text)
		}
	}
}

func TestTitleWordAt(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Prime Minister Benjamin Netanyahu spoke.", "Prime", true},
		{"the Defense Secretary said", "Defense", true},
		{"Amazon Prime members pay less.", "Prime", false},
		{"Prime is Amazon's service.", "Prime", false},
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		start := strings.Index(tt.text, tt.word)
		sel := newSelectorRunes(runes, start, start+len(tt.word))
		if got := titleWordAt(tokenize(runes), sel); got != tt.want {
			t.Errorf("%q in %q: titleWordAt = %v, want %v", tt.word, tt.text, got, tt.want)
		}
	}
}

// A known place is not suggested where it starts a hyphenated adjective
// ("London-based"), which the rules read as no name, only where it is
// named alone.
func TestKnownNameBeforeHyphenatedWord(t *testing.T) {
	for _, c := range []struct {
		text string
		end  int
		want bool
	}{
		{"a London-based designer", 8, true},
		{"the Israel-Hamas war", 10, false},
		{"in London.", 9, false},
		{"London-", 6, false},
	} {
		if got := beforeHyphenatedWord([]rune(c.text), c.end); got != c.want {
			t.Errorf("beforeHyphenatedWord(%q, %d) = %v, want %v", c.text, c.end, got, c.want)
		}
	}
	known := []Entity{{ID: 1, Name: "London", Type: Place}}
	text := "Ann Smith, a London-based designer, wrote from London."
	london := 0
	for _, s := range Suggest(text, known) {
		if s.EntityID == 1 {
			london++
			if s.Selector.Start != strings.LastIndex(text, "London") {
				t.Errorf("London suggested at %d (%q), in London-based", s.Selector.Start, s.Selector.Exact)
			}
		}
	}
	if london != 1 {
		t.Errorf("known London suggested %d times, want once", london)
	}
}

// A person known by a company's name is the company in a clipping that
// names no such person in full, and the person in one that does.
func TestKnownPersonNamedLikeACompany(t *testing.T) {
	known := []Entity{{ID: 1, Name: "Bloomberg", Type: Person}}
	for _, c := range []struct{ text, want string }{
		{"Analysts told Bloomberg the deal was off.", "organization:Bloomberg"},
		{"Michael Bloomberg spoke. Later, Bloomberg said he would run.", "person:Bloomberg#1"},
	} {
		got := describe(Suggest(c.text, known))
		if !slices.Contains(got, c.want) {
			t.Errorf("Suggest(%q) = %q, want %q among them", c.text, got, c.want)
		}
	}
}
