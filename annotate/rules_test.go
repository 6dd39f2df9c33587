package annotate

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// findNames returns the names findNamesAndLeft proposes, as Suggest
// reads them, without the spans its rules left: what the tests and the
// studies read.
func findNames(runes []rune, toks []token, labels, tags []string) []candidate {
	cands, _ := findNamesAndLeft(runes, toks, labels, tags, false)
	return cands
}

// describe renders suggestions as "type:exact=name" for comparison.
func describe(ss []Suggestion) []string {
	var out []string
	for _, s := range ss {
		d := fmt.Sprintf("%s:%s", s.Type, s.Selector.Exact)
		if s.Name != s.Selector.Exact {
			d += "=" + s.Name
		}
		if s.EntityID != 0 {
			d += fmt.Sprintf("#%d", s.EntityID)
		}
		out = append(out, d)
	}
	return out
}

func TestSuggestRules(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		known []Entity
		want  []string
	}{
		{
			name: "titles are not part of a person's name",
			text: "US President Donald Trump met Prime Minister Keir Starmer and Dr. Anthony Fauci in London.",
			want: []string{"place:US=United States", "person:Donald Trump", "person:Keir Starmer", "person:Anthony Fauci", "place:London"},
		},
		{
			name: "nationalities are not places",
			text: "Russian President Vladimir Putin and the Ukrainian army met Israeli officials in Kyiv.",
			want: []string{"person:Vladimir Putin", "place:Kyiv"},
		},
		{
			name: "a possessive is left out of the name",
			text: "Vladimir Putin's envoy flew to Moscow. Putin’s aides stayed in Moscow’s suburbs.",
			want: []string{"person:Vladimir Putin", "place:Moscow", "person:Putin=Vladimir Putin", "place:Moscow"},
		},
		{
			name: "a surname alone is the person named in full",
			text: "Donald Trump spoke on Friday. Later, Trump left for Florida.",
			want: []string{"person:Donald Trump", "person:Trump=Donald Trump", "place:Florida"},
		},
		{
			name: "a reporter of a newspaper is a person and an organisation",
			text: "As Alex Horton of the Washington Post reports, the officials met. Sui-Lee Wee of the New York Times wrote that the Bank of England stayed silent.",
			want: []string{"person:Alex Horton", "organization:Washington Post", "person:Sui-Lee Wee", "organization:New York Times", "organization:Bank of England"},
		},
		{
			name: "a Chinese name's family name comes first",
			text: "Li Jifeng, a doctor at Chaoyang Hospital, was questioned. Li said the patients were stable. Officials in Yunnan and Inner Mongolia agreed on Weibo.",
			want: []string{"person:Li Jifeng", "place:Chaoyang Hospital", "person:Li=Li Jifeng", "place:Yunnan", "place:Inner Mongolia", "organization:Weibo"},
		},
		{
			name: "a player of a country is a person and a place",
			text: "Haruto Quillama of Japan beat Ruben Varrowell of South Africa at the Quillan Cup Finals, and Quillama thanked the Bank of Japan.",
			want: []string{"person:Haruto Quillama", "place:Japan", "person:Ruben Varrowell", "place:South Africa", "event:Quillan Cup Finals", "person:Quillama=Haruto Quillama", "organization:Bank of Japan"},
		},
		{
			name: "a company is named by its trade",
			text: "Analysts at Varrow Institutional Equities and QZL Securities said Brelco Steel would be sold.",
			want: []string{"organization:Varrow Institutional Equities", "organization:QZL Securities", "organization:Brelco Steel"},
		},
		{
			name: "a place's name with of, and no of before a name",
			text: "Officials of the Islamic Republic of Iran met in Tehran. Ships crossed the Gulf of Aden. Fans of Manchester United cheered.",
			want: []string{"place:Islamic Republic of Iran", "place:Tehran", "place:Gulf of Aden", "organization:Manchester United"},
		},
		{
			name: "a peer is a person",
			text: "The Duke of Edinburgh and the Prince of Wales visited the Church of England's synod.",
			want: []string{"person:Duke of Edinburgh", "person:Prince of Wales", "organization:Church of England"},
		},
		{
			name: "a common word capitalised to start a sentence is no name",
			text: "Peace talks resumed in Doha. Peace is not near, officials said.",
			want: []string{"place:Doha"},
		},
		{
			name: "an adjective or adverb starting a sentence is no name",
			text: "Multiple strands of data point to storms on Neptune. Recently, NASA said so.",
			want: []string{"place:Neptune", "organization:NASA"},
		},
		{
			name: "planets and moons are places, a craft named before its kind is neither person nor place",
			text: "NASA's Quillan Neptune probe measured plasma near Triton. Neptune's radiation strips the surface of Triton and Ganymede.",
			want: []string{"organization:NASA", "other:Quillan", "place:Neptune", "place:Triton", "place:Neptune", "place:Triton", "place:Ganymede"},
		},
		{
			name: "organisations are found by their cue words",
			text: "The Ministry of Defence and the Labour Party met officials of Acme Widgets Ltd in Paris.",
			want: []string{"organization:Ministry of Defence", "organization:Labour Party", "organization:Acme Widgets Ltd", "place:Paris"},
		},
		{
			name: "the White House is typed as a place, like Washington",
			text: "Volodymyr Zelenskyy visited the White House in Washington on Friday.",
			want: []string{"person:Volodymyr Zelenskyy", "place:White House", "place:Washington"},
		},
		{
			name: "a dateline in capitals is a place",
			text: "HANOI, Vietnam (AP) — The talks ended.",
			want: []string{"place:HANOI=Hanoi", "place:Vietnam", "organization:AP"},
		},
		{
			name: "known entities and their aliases are suggested with their ids",
			text: "Volodymyr Zelenskyy spoke. Later Zelensky met the Bundesbank chief in Frankfurt.",
			known: []Entity{
				{ID: 7, Name: "Volodymyr Zelenskyy", Type: Person, Aliases: []string{"Zelensky"}},
				{ID: 9, Name: "Bundesbank", Type: Organization},
			},
			want: []string{"person:Volodymyr Zelenskyy#7", "person:Zelensky=Volodymyr Zelenskyy#7", "organization:Bundesbank#9", "place:Frankfurt"},
		},
		{
			name: "a known entity wins over what the recogniser says",
			text: "Jordan scored twice for the Bulls.",
			known: []Entity{
				{ID: 3, Name: "Michael Jordan", Type: Person, Aliases: []string{"Jordan"}},
			},
			want: []string{"person:Jordan=Michael Jordan#3", "organization:Bulls"},
		},
		{
			name: "well-known short forms are filed under the full name",
			text: "The U.S. and the UK asked the United Nations. The UN did not answer the United States.",
			want: []string{"place:U.S.=United States", "place:UK=United Kingdom", "organization:United Nations", "organization:UN=United Nations", "place:United States"},
		},
		{
			name: "an empty text has no suggestions",
			text: "",
			want: nil,
		},
		{
			name: "a sentence-initial The is left out though the text named the whole with it",
			text: "A half century on, The Quillby Brothers are still touring.\n\nThe Quillby Brothers play Ohio in June.",
			want: []string{"organization:The Quillby Brothers", "organization:Quillby Brothers=The Quillby Brothers", "place:Ohio"},
		},
		{
			name: "a place named with The keeps it at a sentence's start",
			text: "The Hague is calm.",
			want: []string{"place:The Hague"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(Suggest(tt.text, tt.known))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Suggest(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSuggestSelectorsDescribeTheText(t *testing.T) {
	text := "Donald Trump plans to meet Vladimir Putin in Budapest.\n\nZürich’s mayor met Putin’s envoy in Genève."
	for _, s := range Suggest(text, nil) {
		if want := NewSelector(text, s.Selector.Start, s.Selector.End); s.Selector != want {
			t.Errorf("selector %+v, want %+v", s.Selector, want)
		}
	}
}

func TestSuggestIsSafeConcurrently(t *testing.T) {
	Warm()
	text := "Donald Trump met Vladimir Putin in Budapest. Trump said Putin was ready."
	want := describe(Suggest(text, nil))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := describe(Suggest(text, nil)); !reflect.DeepEqual(got, want) {
				t.Errorf("concurrent Suggest = %q, want %q", got, want)
			}
		}()
	}
	wg.Wait()
}

func FuzzSuggest(f *testing.F) {
	f.Add("Donald Trump met Vladimir Putin in Budapest.")
	f.Add("HANOI, Vietnam (AP) — U.S. Sen. John McCain's plane.")
	f.Add("“Flu is IN SD.” People’s Liberation Army — Israel-Hamas")
	f.Add("\xff\xfe O'Brien-Smith , , of of The")
	f.Add("The Boeing 737 MAX was grounded.") // a rule's name that takes in the next phrase
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		prev := 0
		for _, s := range Suggest(text, []Entity{{ID: 1, Name: "Putin", Type: Person}}) {
			if s.Selector.Start < prev || s.Selector.End <= s.Selector.Start || s.Selector.End > n {
				t.Fatalf("suggestion %+v out of order, empty or outside a text of %d runes", s.Selector, n)
			}
			prev = s.Selector.End
		}
	})
}

func TestPhrasesJoinAnOrganisationAcrossAnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a body after the is one name", "Officials at the Food and Drug Administration agreed.", []string{"Officials", "Food and Drug Administration"}},
		{"a body led by an acronym is one name", "It was the U.S. Securities and Exchange Commission that sued.", []string{"It", "U.S. Securities and Exchange Commission"}},
		{"an agency whose last word is its task", "It was U.S. Customs and Border Protection that seized it.", []string{"It", "U.S. Customs and Border Protection"}},
		{"a venue with at in a listing", "July 11 – Ashton, NC @ Varrow Music Park at Quillan Creek\nJuly 14 – Leesburg, VA @ Zorbly Lube Live", []string{"July", "Ashton", "NC", "Varrow Music Park at Quillan Creek", "July", "Leesburg", "VA", "Zorbly Lube Live"}},
		{"at after a venue in a sentence", "They played Fenway Park at Boston on Friday.", []string{"They", "Fenway Park", "Boston", "Friday"}},
		{"a sentence starting with The", "The Securities and Exchange Commission sued.", []string{"The Securities and Exchange Commission"}},
		{"two bodies stay two", "It was the United Nations and European Union that spoke.", []string{"It", "United Nations", "European Union"}},
		{"a chamber and a committee stay two", "It was the Senate and House Intelligence Committee.", []string{"It", "Senate", "House Intelligence Committee"}},
		{"two people stay two", "It was Ann and Bob Smith Foundation staff.", []string{"It", "Ann", "Bob Smith Foundation"}},
		{"a nickname inside a name", "The view of coach Renaldo “Peewee” Gilkes is clear.", []string{"The", "Renaldo “Peewee” Gilkes"}},
		{"a quoted word after a name", "They played “Hope” again.", []string{"They", "Hope"}},
		{"a surname of two particles", "He met Botic van de Zandschulp.", []string{"He", "Botic van de Zandschulp"}},
		{"a country named with and is one name", "They will face Trinidad and Tobago on June 2.", []string{"They", "Trinidad and Tobago", "June"}},
		{"two countries stay two", "They will oppose Cuba and Antigua next.", []string{"They", "Cuba", "Antigua"}},
		// Names of the lexicon of organisations with "for", "on" or "and"
		// and no word of an organisation.
		{"a name of the lexicon with for", "Transport for London said the line would reopen.", []string{"Transport for London"}},
		{"a name of the lexicon with for after The", "He met The Transport for Wales staff.", []string{"He", "The Transport for Wales"}},
		{"a name of the lexicon with and", "It sold Whiting Oil and Gas stock.", []string{"It", "Whiting Oil and Gas"}},
		{"words that are no name of it stay apart", "Tickets for London went fast.", []string{"Tickets", "London"}},
		{"fields after of go on across and", "The Department of Health and Human Services said so.", []string{"The Department of Health and Human Services"}},
		{"a chamber's committee of two fields is one name", "It was the House Energy and Commerce Committee.", []string{"It", "House Energy and Commerce Committee"}},
		{"a body after a possessive is one name", "The department's Occupational Safety and Health Administration acted.", []string{"The", "Occupational Safety and Health Administration"}},
		{"a legal form ends a company's name", "It hired NEC Corp. and Fujitsu Ltd. today.", []string{"It", "NEC Corp.", "Fujitsu Ltd."}},
		{"an organisation of a place ends before and", "It hired Bank of America and Wells Fargo.", []string{"It", "Bank of America", "Wells Fargo"}},
		{"an acronym alone before and is a name", "It was the FTC and Justice Department.", []string{"It", "FTC", "Justice Department"}},
		{"an acronym alone after and is a name", "It was the Department of Energy and NASA.", []string{"It", "Department of Energy", "NASA"}},
		{"a body after and is another body", "The Ministry of Defence and Foreign Office agreed.", []string{"The Ministry of Defence", "Foreign Office"}},
		{"fields after for go on across and", "He is a fellow at the Quillan Center for Health and Human Rights at Zorbly.", []string{"He", "Quillan Center for Health and Human Rights", "Zorbly"}},
		{"a body after and is another after for", "She works at the Quillan Centre for Infection Research and Zorbly Medical School in Varrow.", []string{"She", "Quillan Centre for Infection Research", "Zorbly Medical School", "Varrow"}},
		{"fields listed with commas after of", "It was shown at the Quillan Academy of Allergy, Asthma and Immunology in Zorbly.", []string{"It", "Quillan Academy of Allergy, Asthma and Immunology", "Zorbly"}},
		{"fields listed with commas after for", "Ann Quill, Zorbly Center for Health, Ethics, Social Policy / Bo Wu, writer", []string{"Ann Quill", "Zorbly Center for Health, Ethics, Social Policy", "Bo Wu"}},
		{"a body after a comma is another", "It was the Ministry of Defence, Foreign Office and Treasury.", []string{"It", "Ministry of Defence", "Foreign Office", "Treasury"}},
		{"names listed with spaced commas stay apart", "Titles: Quux Journal of the History of Thought , Management Science , History of Zorbly Economy.", []string{"Titles", "Quux Journal of the History of Thought", "Management Science", "History of Zorbly Economy"}},
		{"a place after a comma is no field", "She works at the University of Quux, Boston.", []string{"She", "University of Quux", "Boston"}},
		{"a long name after of keeps its body after and", "It was the Royal College of General Practitioners Research and Surveillance Centre.", []string{"It", "Royal College of General Practitioners Research and Surveillance Centre"}},
		{"a sentence opener after an abbreviation starts a sentence", "He works for Bankers Trust Co. The Fed cut rates.", []string{"He", "Bankers Trust Co.", "The Fed"}},
		{"a name after an abbreviation goes on", "He works for Quux Co. Western Unit.", []string{"He", "Quux Co. Western Unit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runes := []rune(tt.text)
			toks := tokenize(runes)
			var got []string
			for _, p := range phrases(toks) {
				got = append(got, string(runes[toks[p[0]].start:toks[p[1]-1].end]))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("phrases = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLonePersonWord(t *testing.T) {
	full := candidate{name: "Taylor Swift", typ: Person, firm: true, words: 2}
	tests := []struct {
		name  string
		c     candidate
		votes int
		cands []candidate
		want  bool
	}{
		{"a word nobody is named with", candidate{name: "Ascom", typ: Person, words: 1}, 3, []candidate{full}, true},
		{"a first name of a person named in full", candidate{name: "Taylor", typ: Person, words: 1}, 1, []candidate{full}, false},
		{"a surname of a person named in full", candidate{name: "Swift", typ: Person, words: 1}, 1, []candidate{full}, false},
		{"typed by a rule elsewhere", candidate{name: "Trump", typ: Person, words: 1}, 101, nil, false},
		{"typed by a rule here", candidate{name: "Trump", typ: Person, words: 1, firm: true}, 100, nil, false},
		{"two words", candidate{name: "Ann Wexford", typ: Person, words: 2}, 1, nil, false},
	}
	for _, tt := range tests {
		f := finder{cands: tt.cands}
		if got := f.lonePersonWord(tt.c, tt.votes); got != tt.want {
			t.Errorf("%s: lonePersonWord(%q) = %v, want %v", tt.name, tt.c.name, got, tt.want)
		}
	}
}

func TestTakenUpAsPerson(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"taken up by he twice", "Polls show that Zorb is back to where he was. Later Zorb said he would run again.", "Zorb", true},
		{"taken up once", "Polls show that Zorb is back to where he was.", "Zorb", false},
		{"taken up by it", "Analysts say Zorb lost money because its sales fell. Later Zorb said it would cut costs.", "Zorb", false},
		{"a pronoun after a comma", "She joined editors at Zorb, he said. The team at Zorb, she recalled, was small.", "Zorb", false},
		{"starting the sentence", "Guy keeps calling me, he said. Guy knows what he did.", "Guy", false},
		{"another name between", "Then Zorb met Ann Smith and her aides. Later Zorb met Ann Smith and her team.", "Zorb", false},
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		f := finder{runes: runes, toks: tokenize(runes)}
		if got := f.takenUpAsPerson(tt.word); got != tt.want {
			t.Errorf("%s: takenUpAsPerson(%q) = %v, want %v", tt.name, tt.word, got, tt.want)
		}
	}
}

func TestCoordinateWithOrganizations(t *testing.T) {
	tests := []struct {
		name, text string
		cands      []candidate // in text order; offsets found from name
		want       EntityType  // the type of the candidate before the last, after
	}{
		{"a word listed with a company", "Brelco and QuillHouse Media merged.",
			[]candidate{{name: "Brelco", typ: "", words: 1}, {name: "QuillHouse Media", typ: Organization, firm: true, words: 2, rule: "a company written in camel case"}}, Organization},
		{"after a comma", "Zed, Acme Corp. and others.",
			[]candidate{{name: "Zed", typ: Place, words: 1}, {name: "Acme Corp.", typ: Organization, firm: true, words: 2}}, Organization},
		{"a place a rule typed stays", "Russia and NATO met.",
			[]candidate{{name: "Russia", typ: Place, firm: true, words: 1}, {name: "NATO", typ: Organization, firm: true, words: 1}}, Place},
		{"a person named in full stays", "Ann Wexford spoke. Wexford and ZQ Healthcare agreed.",
			[]candidate{{name: "Ann Wexford", typ: Person, firm: true, words: 2}, {name: "Wexford", typ: Person, words: 1}, {name: "ZQ Healthcare", typ: Organization, firm: true, words: 2}}, Person},
		{"a name led by a town in a list of newspapers", "It owns the Fresno Herald and Tulsa Clarion; Zz.",
			[]candidate{{name: "Fresno Herald", typ: Organization, firm: true, words: 2}, {name: "Tulsa Clarion", typ: Person, words: 2}, {name: "Zz", words: 1}}, Organization},
		{"a person's name led by a given name in a list", "Zorbly and Jackson Smith met Zz.",
			[]candidate{{name: "Zorbly", typ: Organization, firm: true, words: 1}, {name: "Jackson Smith", typ: Person, words: 2}, {name: "Zz", words: 1}}, Person},
		{"a list that holds a person says nothing of its kind", "Ann Wu, Quuxo, The Zorblies and Bo Li played.",
			[]candidate{{name: "Ann Wu", typ: Person, firm: true, words: 2}, {name: "Quuxo", typ: "", words: 1}, {name: "The Zorblies", typ: Organization, firm: true, words: 2}}, ""},
		{"a comma that ends a clause lists nothing", "For the Zorbly Group, Quillan is a capstone, Zz said.",
			[]candidate{{name: "Zorbly Group", typ: Organization, firm: true, words: 2}, {name: "Quillan", typ: Place, words: 1}, {name: "Zz", words: 1}}, Place},
		{"a list of three with commas", "Brelco, Quillan, Zorbly Group and Zz.",
			[]candidate{{name: "Brelco", typ: "", words: 1}, {name: "Quillan", typ: "", words: 1}, {name: "Zorbly Group", typ: Organization, firm: true, words: 2}}, Organization},
		{"not next to each other", "Brelco bought the QuillHouse Media titles.",
			[]candidate{{name: "Brelco", typ: "", words: 1}, {name: "QuillHouse Media", typ: Organization, firm: true, words: 2}}, ""},
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		f := finder{runes: runes}
		from := 0
		for _, c := range tt.cands {
			i := strings.Index(string(runes[from:]), c.name)
			if i < 0 {
				t.Fatalf("%s: %q not in %q", tt.name, c.name, tt.text)
			}
			start := from + len([]rune(string(runes[from:])[:i]))
			c.start, c.end = start, start+len([]rune(c.name))
			f.cands = append(f.cands, c)
			from = c.end
		}
		f.coordinateWithOrganizations()
		last := f.cands[len(f.cands)-2]
		if got := last.typ; got != tt.want {
			t.Errorf("%s: %q typed %q, want %q", tt.name, last.name, got, tt.want)
		}
	}
}

func TestSurnameWithParticles(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a surname two people share keeps its particle", "President Konrad von Quillberg had a son, Dr. Anton von Quillberg. On Tuesday von Quillberg spoke.", "person:von Quillberg"},
		{"one person's surname with its particle", "Coach Oscar de la Hoya spoke. Later de la Hoya left.", "person:de la Hoya=Oscar de la Hoya"},
		{"a particle not of the surname", "Ann Smith spoke. The house of Smith stood.", "person:Smith=Ann Smith"},
	}
	for _, tt := range tests {
		got := describe(Suggest(tt.text, nil))
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: Suggest(%q) = %q, want %q among them", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestGivenNameOf(t *testing.T) {
	full := candidate{name: "Taylor Swift", typ: Person, firm: true, words: 2, start: 0}
	other := candidate{name: "Taylor Smith", typ: Person, firm: true, words: 2, start: 20}
	tests := []struct {
		name  string
		c     candidate
		cands []candidate
		want  string
	}{
		{"the given name of one person", candidate{name: "Taylor", typ: "", words: 1, start: 40}, []candidate{full}, "Taylor Swift"},
		{"two people share it", candidate{name: "Taylor", typ: Person, words: 1, start: 40}, []candidate{full, other}, ""},
		{"a rule typed it otherwise", candidate{name: "Taylor", typ: Place, firm: true, words: 1, start: 40}, []candidate{full}, ""},
		{"a surname too", candidate{name: "Swift", typ: Person, words: 1, start: 40}, []candidate{full, {name: "Mia Swift", typ: Person, words: 2, start: 30}}, ""},
	}
	Suggest("warm", nil) // firstNames reads the recogniser's words
	for _, tt := range tests {
		f := finder{cands: tt.cands}
		if got := f.givenNameOf(tt.c); got != tt.want {
			t.Errorf("%s: givenNameOf(%q) = %q, want %q", tt.name, tt.c.name, got, tt.want)
		}
	}
}

func TestListedOnly(t *testing.T) {
	if !listedOnly(candidate{typ: Organization, firm: true, rule: ruleGazetteerOrganization}) {
		t.Error("a name typed by the gazetteer of organisations is listed only")
	}
	if listedOnly(candidate{typ: Organization, firm: true, rule: "an organisation by the words around it"}) {
		t.Error("a name typed by its context is not listed only")
	}
	tests := []struct{ text, want string }{
		{"Former New York Mayor Michael Bloomberg spoke. Bloomberg said he would run.", "person:Bloomberg=Michael Bloomberg"},
		{"Analysts told Bloomberg the deal was off.", "organization:Bloomberg"},
	}
	for _, tt := range tests {
		got := describe(Suggest(tt.text, nil))
		if !slices.Contains(got, tt.want) {
			t.Errorf("Suggest(%q) = %q, want %q among them", tt.text, got, tt.want)
		}
	}
}

func TestAfterDateline(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"AKRON, Ohio – The Varrow Brothers will tour with the Zorbly Group.", "organization:Varrow Brothers"},
		{"Fans of The Zorbly Group sang.", "organization:The Zorbly Group"},
	} {
		got := describe(Suggest(c.text, nil))
		if !slices.Contains(got, c.want) {
			t.Errorf("Suggest(%q) = %q, want %q among them", c.text, got, c.want)
		}
	}
}

func TestHyphenatedNamesTakeTheirType(t *testing.T) {
	text := "Brelco Co. and QuillHouse Media agreed. Brelco said so. The Brelco-Quillhouse merger closed."
	got := describe(Suggest(text, nil))
	for _, want := range []string{"organization:Brelco", "organization:Quillhouse=QuillHouse"} {
		if !slices.Contains(got, want) {
			t.Errorf("Suggest(%q) = %q, want %q among them", text, got, want)
		}
	}
}

func TestLowerCaseBrand(t *testing.T) {
	for w, want := range map[string]bool{"my6sense": true, "eBay": true, "iPhone": true, "mp3": false, "h1n1": false,
		"covid19": false, "5mg": false, "word": false, "Zorbly": false, "e-mail": false} {
		if got := lowerCaseBrand(w); got != want {
			t.Errorf("lowerCaseBrand(%q) = %v, want %v", w, got, want)
		}
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Research from my6sense shows it. Ann Smith joined my6sense in May.", []string{"organization:my6sense", "person:Ann Smith", "organization:my6sense"}},
		{"She bought the new iPhone and an iPad.", nil},
		{"Visit www.my6sense.com for more.", nil},
	} {
		got := describe(Suggest(c.text, nil))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Suggest(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestTermAcronyms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // terms found
	}{
		{"spelt out before", "Brands watch their return on ad spend (ROAS) closely; ROAS fell.", []string{"ROAS"}},
		{"a hyphenated word gives its parts' initials", "The click-through rate (CTR) rose.", []string{"CTR"}},
		{"a plural and a hyphen read as one letter", "Gross non-performing assets (NPAs) fell.", []string{"NPA", "NPAs"}},
		{"small words skipped", "The goods and services tax (GST) rose.", []string{"GST"}},
		{"spelt out after", "The QZR (quarterly zone rate) rose.", []string{"QZR"}},
		{"an organisation is spelt out in capitals", "The Securities and Exchange Board (SEB) ruled.", nil},
		{"letters that do not match", "The new rules (ZQX) apply.", nil},
	}
	for _, tt := range tests {
		got := termAcronyms(tokenize([]rune(tt.text)))
		var names []string
		for w := range got {
			names = append(names, w)
		}
		slices.Sort(names)
		var want []string
		for _, w := range tt.want {
			want = append(want, w, strings.TrimSuffix(w, "s")+"s")
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if !reflect.DeepEqual(names, want) {
			t.Errorf("%s: termAcronyms(%q) = %q, want %q", tt.name, tt.text, names, want)
		}
	}
	if got := describe(Suggest("Ad buyers track return on ad spend (ROAS) weekly. ROAS rose at Zorbly Media.", nil)); slices.Contains(got, "organization:ROAS") {
		t.Errorf("a term spelt out is suggested as an organisation: %q", got)
	}
}

// TestSuggestClassesOfUnseenNews holds a sentence, written for the test,
// for each class of failure that issue 16 found on news nobody tuned the
// rules for.
func TestSuggestClassesOfUnseenNews(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a team named by its town keeps the type through the text, but for a mention after a word of place",
			"Porto beat Valencia 3-1 on Saturday. Valencia had won the first leg in Valencia.",
			[]string{"organization:Porto", "organization:Valencia", "organization:Valencia", "place:Valencia"}},
		{"a team named in full is named by its town too",
			"The Edmonton Oilers beat the Tulsa Hawks 4-2 on Saturday. Ann Wu had two assists for Edmonton.",
			[]string{"organization:Edmonton Oilers", "organization:Tulsa Hawks", "person:Ann Wu", "organization:Edmonton"}},
		{"a team of the lexicon is named by its town too", "The Minnesota Wild beat the Tulsa Hawks 4-1. Ann Wu made 30 saves for Minnesota.",
			[]string{"organization:Minnesota Wild", "organization:Tulsa Hawks", "person:Ann Wu", "organization:Minnesota"}},
		{"a company named after its state leaves the state a place", "Texas Instruments raised its forecast. Texas said its budget grew.",
			[]string{"organization:Texas Instruments", "place:Texas"}},
		{"a club the recogniser takes for a place, in a text about a match",
			"Burnley moved top of the league after a 2-0 win over Zorbly. Ann Wu scored twice. Zorbly fans were quiet in Burnley.",
			[]string{"organization:Burnley", "organization:Zorbly", "person:Ann Wu", "organization:Zorbly", "place:Burnley"}},
		{"a team named after its town, in the plural, is one name", "The Toronto Maple Leafs signed forward Ann Wu. Toronto general manager Bo Quux praised her.",
			[]string{"organization:Toronto Maple Leafs", "person:Ann Wu", "organization:Toronto", "person:Bo Quux"}},
		{"a name written family name first starting a sentence", "The ministry said so. Xi Jinping met Ann Wu.", []string{"person:Xi Jinping", "person:Ann Wu"}},
		{"a company after a holding in it", "Shares of Corvana rose 4% after the results.", []string{"organization:Corvana"}},
		{"a company after a job and of", "Dana Whitfield, CEO of Lumeris, said the company would hire.", []string{"person:Dana Whitfield", "organization:Lumeris"}},
		{"a company after where it is based", "The Oregon-based brewer Hopworks raised prices.", []string{"organization:Hopworks"}},
		{"a person after where they are based and a job", "The London-based artist Jane Doe painted it.", []string{"person:Jane Doe"}},
		{"a company that speaks in a statement", "Quorvex said in a statement that it would appeal.", []string{"organization:Quorvex"}},
		{"a person named in full who speaks in a statement", "Ann Smith left. Smith said in a statement that she would appeal.", []string{"person:Ann Smith", "person:Smith=Ann Smith"}},
		{"a title starting a sentence is no part of the name", "Administrator Jane Doe said the agency would review the plan.", []string{"person:Jane Doe"}},
		{"a position as a title", "Goalkeeper Jan Oblak saved twice. Oblak was named man of the match.", []string{"person:Jan Oblak", "person:Oblak=Jan Oblak"}},
		{"a word of a notice before a name", "Contact Jane Doe at the office for details.", []string{"person:Jane Doe"}},
		{"a person of a place after a title", "Meanwhile, Gov. Ann Wu of California signed an order.", []string{"person:Ann Wu", "place:California"}},
		{"a title that also ends an organisation's name", "Senate Majority Leader Ann Wu spoke.", []string{"person:Ann Wu"}},
		{"a title of two words", "Chief Executive Tim Cook spoke. Cook said Apple would grow.", []string{"person:Tim Cook", "person:Cook=Tim Cook", "organization:Apple"}},
		{"a sentence adverb is no name", "Meanwhile, prices rose in Denver.", []string{"place:Denver"}},
		{"time zones are no organisations", "The game starts at 7 p.m. ET on Sunday, or 0100 GMT.", nil},
		{"an agency's name joined by and is one name", "The U.S. Quillan and Varrow Commission fined the firm.", []string{"organization:U.S. Quillan and Varrow Commission"}},
		{"an office named after its seat is one name", "The Vermont State Attorney General sued the company on Monday.", []string{"organization:Vermont State Attorney General"}},
		{"two names run together are two", "Kremlin Finland adviser Ann Quux testified.", []string{"place:Kremlin", "place:Finland", "person:Ann Quux"}},
		{"a craft before its kind is no person", "The Blue Ghost lander touched down.", []string{"other:Blue Ghost"}},
		{"states written as abbreviations are places", "He was born in Columbia, S.C., and later moved to Fresno, Calif.",
			[]string{"place:Columbia", "place:S.C.", "place:Fresno", "place:Calif."}},
		{"a venue by its last word", "The final will be played at Wembley Stadium in London.", []string{"place:Wembley Stadium", "place:London"}},
		{"a name made an adjective is no mention", "The London-listed miner said output fell.", nil},
		{"teams named in the plural after a result", "The Minnesota Wild beat the Dallas Stars. The Wild scored first.",
			[]string{"organization:Minnesota Wild", "organization:Dallas Stars", "organization:Wild"}},
		{"a club before a job of its staff", "Tottenham manager Ange Postecoglou praised the squad.", []string{"organization:Tottenham", "person:Ange Postecoglou"}},
		{"an office of an agency", "Senator Mark Kelly spoke. Kelly said the Office of Science would fund the work.",
			[]string{"person:Mark Kelly", "person:Kelly=Mark Kelly", "organization:Office of Science"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(Suggest(tt.text, nil)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Suggest(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSuggestPlacesAsAClass holds sentences, written for the test, of the
// kinds of place issue 16's seventh round found typed worst on unseen
// news: names no gazetteer lists, told by a word for their kind or by
// where they stand, and surnames that are also towns.
func TestSuggestPlacesAsAClass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a building, a region and a county of the lists of named places, after a preposition of place",
			"Tourists queued in the Louvre; farms in Hertfordshire and villages across the Sahel flooded.",
			[]string{"place:Louvre", "place:Hertfordshire", "place:Sahel"}},
		{"a company named after a feature of the land, where the words around one mention say company",
			"Quillan Creek rejected the offer on Monday. Quillan Creek shares rose 4 percent, and Quillan Creek said it would talk.",
			[]string{"organization:Quillan Creek", "organization:Quillan Creek", "organization:Quillan Creek"}},
		{"a feature named by its kind's word first", "Fishermen on Lake Quillan saw Mount Varrick from Cape Brell.",
			[]string{"place:Lake Quillan", "place:Mount Varrick", "place:Cape Brell"}},
		{"a waterway and a crest by their last word", "The fire spread from Oxley Ridge to the Quillan Canal.",
			[]string{"place:Oxley Ridge", "place:Quillan Canal"}},
		{"streets named in other languages", "They walked from the Rue Quillan to Varrowplatz and along the Calle de Brell.",
			[]string{"place:Rue Quillan", "place:Varrowplatz", "place:Calle de Brell"}},
		{"a town written with its saint abbreviated", "She grew up on St. Albans and moved to Mt. Vernon.",
			[]string{"place:St. Albans", "place:Mt. Vernon"}},
		{"a resort where someone goes", "The family took a trip to Quillan World in May.", []string{"place:Quillan World"}},
		{"a place after a bearing", "The village lies 20 miles south of Brelford.", []string{"place:Brelford"}},
		{"places at the two ends of a route", "The convoy travelled from Ardenne to Moraz on Monday.", []string{"place:Ardenne", "place:Moraz"}},
		{"places between which something lies", "Police closed the road between Aldenham and Coxley.", []string{"place:Aldenham", "place:Coxley"}},
		{"a place before its kind set off by commas", "In Kharvan, the regional capital, residents queued.", []string{"place:Kharvan"}},
		{"a place that owns a part of it", "Troops massed on Zorbland's border.", []string{"place:Zorbland"}},
		{"a town and its state", "He was arrested in Brelford, Okla., on Monday.", []string{"place:Brelford", "place:Okla."}},
		{"a neighbourhood by its last word after the", "He lives in the Quillan Heights neighborhood.", []string{"place:Quillan Heights"}},
		{"a plural listed with a place is a range", "Snow fell on the Alps and the Quillans.", []string{"place:Alps", "place:Quillans"}},
		{"a surname that is a town, listed with a person", "Ann Hoover spoke. Unlike the Taft and Hoover years, it was calm.",
			[]string{"person:Ann Hoover", "person:Taft", "person:Hoover=Ann Hoover"}},
		{"a surname that is a town, before a word for a time in office", "The Lincoln administration denied it.", []string{"person:Lincoln"}},
		{"a surname that is a town, after a title", "Mr. Taft spoke in Lincoln.", []string{"person:Taft", "place:Lincoln"}},
		{"a town that is a person's surname, by words said of places only", "Senator Ann Lincoln met the mayor of Lincoln. Ann Lincoln moved to Lincoln, Neb., in 1990.",
			[]string{"person:Ann Lincoln", "place:Lincoln", "person:Ann Lincoln", "place:Lincoln", "place:Neb."}},
		// Wilson, a lone word only the recogniser calls a person, is a
		// weak suggestion of a dropped name (fallback21.go), no place.
		{"a comma ending a clause makes no list of places", "He was held near Varrow Avenue, Wilson said.", []string{"place:Varrow Avenue", "person:Wilson"}},
		{"a name made an adjective by -born is none", "The Varrow-born striker scored.", nil},
		{"a town before a word for its people or services", "A Harmsby man told the Brelford police he saw it.", []string{"place:Harmsby", "place:Brelford"}},
		{"a country before a title with its post", "U.S. Ambassador to the African Union Ann Wu spoke.",
			[]string{"place:U.S.=United States", "organization:African Union", "person:Ann Wu"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(Suggest(tt.text, nil)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Suggest(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestMentionsAgain(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             EntityType // of the last mention of word; "" when it must not be suggested
	}{
		{"after a quotation's first word", "Ann Quillan spoke on Friday. Quillan left early. Voters scream, “Make Quillan just go away.”", "Quillan", Person},
		{"after a sentence's first word", "Ann Quillan spoke on Friday. Quillan left early. Tell Quillan we said so.", "Quillan", Person},
		{"before a surname's particle", "Ann Quillan and Bo von Varrow wrote it. Quillan said so. The Quillan-von Varrow paper was read.", "Quillan", Person},
		{"not before a hyphenated word", "Ann Quillan spoke on Friday. Quillan left early. The Quillan-backed bill died.", "Quillan", ""},
		{"not before another capitalised word", "Ann Quillan spoke on Friday. Quillan left early. Tell Quillan Varrow we said so.", "Quillan", ""},
		{"not after a name's first word", "Ann Quillan spoke on Friday. Quillan left early. Meet Bo Quillan there.", "Quillan", ""},
		{"not a word the text writes in lower case", "Ann Trumpet spoke on Friday. Trumpet left early. Play the trumpet, Make Trumpet louder.", "Trumpet", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at, got := typeOfLastMention(tt.text, tt.word)
			if got != tt.want {
				t.Errorf("mention %q at %d suggested as %q, want %q", tt.word, at, got, tt.want)
			}
		})
	}
}

// typeOfLastMention suggests over text and returns where the last mention
// of word starts (in runes) and the type suggested there: "" for none, and
// "span X" for a suggestion that covers it with other bounds.
func typeOfLastMention(text, word string) (int, EntityType) {
	at := len([]rune(text[:strings.LastIndex(text, word)]))
	var got EntityType
	for _, s := range Suggest(text, nil) {
		if s.Selector.Start <= at && at < s.Selector.End {
			got = s.Type
			if s.Selector.Start != at || s.Selector.Exact != word {
				got = EntityType("span " + s.Selector.Exact)
			}
		}
	}
	return at, got
}

func TestSuggestTextStartingWithAComma(t *testing.T) {
	// A text cut inside a sentence begins with its punctuation: no panic.
	for _, text := range []string{", Quorvex and Zentrix said", "and Zentrix", ", and Quorvex"} {
		_ = Suggest(text, nil)
	}
}

func TestListedAmongPersons(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             EntityType // of the last mention of word; "" when it must not be a person
	}{
		{"a single name among named artists", "Favourite artists? Bob Marley, Bruno Mars, Quorvik, The Eagles, Frank Sinatra.", "Quorvik", Person},
		{"surnames after a person's surname", "Robert Mueller spoke. It was the Logan Act, Mueller, Zorvin, Quellet, the tax returns and now Ukraine.", "Quellet", Person},
		{"not before and a lower-case item", "It was spearheaded by Beth Meacham, Quorvik and the family.", "Quorvik", ""},
		{"not a word the text writes in lower case", "Favourite artists? Bob Marley, Bruno Mars, Drake, The Eagles. A drake swam.", "Drake", ""},
		{"not a place", "Ann Smith, Paris, and Bo Jones came.", "Paris", Place},
		{"not next to no person", "It sells in Zorbly, Quorvik, and Vexlo.", "Quorvik", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at, got := typeOfLastMention(tt.text, tt.word)
			if tt.want == "" && got == Person || tt.want != "" && got != tt.want {
				t.Errorf("mention %q at %d suggested as %q, want %q", tt.word, at, got, tt.want)
			}
		})
	}
}
