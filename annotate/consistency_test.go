package annotate

import (
	"strings"
	"testing"
)

func TestReadByContext(t *testing.T) {
	ctx := map[string]contextReading{
		"Zorbly Barton": {typ: Organization, worst: 0.94, n: 1, guessed: 1},
		"Quillan":       {typ: Place, worst: 0.6, n: 1, guessed: 1},
		"Varrow":        {typ: Organization, worst: 0.96, n: 1, guessed: 1},
		"Brelford":      {typ: Person, worst: 0.99, n: 1, guessed: 1},
		"Harlowe":       {typ: Place, worst: 0.97, n: 1, guessed: 10},
	}
	tests := []struct {
		name string
		c    candidate
		want EntityType
	}{
		{"a given name's guess gives way to a context", candidate{name: "Zorbly Barton", typ: Person, rule: "a person by a first name"}, Organization},
		{"an acronym's guess gives way", candidate{name: "Brelford", typ: Organization, rule: "an acronym"}, Person},
		{"a context keeps its own reading", candidate{name: "Varrow", typ: Place, rule: "a town after in"}, Place},
		{"a list gives way to a reliable context", candidate{name: "Brelford", typ: Organization, rule: ruleGazetteerOrganization}, Person},
		{"a list outweighs an unmeasured context", candidate{name: "Quillan", typ: Organization, rule: ruleGazetteerOrganization}, Organization},
		{"a listed place read as a team stays for teamsEverywhere", candidate{name: "Varrow", typ: Place, rule: "a place in the gazetteer"}, Place},
		{"one context does not outweigh ten guesses", candidate{name: "Harlowe", typ: Organization, rule: "an acronym"}, Organization},
		{"a name no context read keeps its type", candidate{name: "Harlow", typ: Person, rule: "a person by a first name"}, Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readByContext(tt.c, ctx, nil); got != tt.want {
				t.Errorf("readByContext(%+v) = %q, want %q", tt.c, got, tt.want)
			}
		})
	}
}

func TestListMajorities(t *testing.T) {
	listed := func(name string, typ EntityType, rule string) candidate {
		return candidate{name: name, typ: typ, firm: true, rule: rule}
	}
	org, place := ruleGazetteerOrganization, "a place in the gazetteer"
	f := finder{cands: []candidate{
		listed("Quillan", Organization, org), listed("Quillan", Organization, org), listed("Quillan", Organization, org),
		listed("Quillan", Place, place),
		listed("Varrow", Organization, org), listed("Varrow", Organization, org), listed("Varrow", Place, place),
		listed("Harlow", Organization, org), listed("Harlow", Organization, org), listed("Harlow", Organization, org),
		listed("Brelford", Organization, org), listed("Brelford", Organization, org), listed("Brelford", Organization, org),
		listed("Brelford", Place, "a town after in"),
	}}
	ctx := f.contextTypes()
	got := f.listMajorities(ctx)
	want := map[string]EntityType{"Quillan": Organization, "Harlow": Organization}
	if len(got) != len(want) || got["Quillan"] != Organization || got["Harlow"] != Organization {
		t.Errorf("listMajorities = %v, want %v (Varrow: too few; Brelford: a context read it)", got, want)
	}
	for _, tt := range []struct {
		c    candidate
		want EntityType
	}{
		{listed("Quillan", Place, "a place or acronym before a name"), Organization},
		{listed("Quillan", Place, place), Organization},
		{listed("Quillan", Place, "a town after in"), Place},
		{listed("Varrow", Place, place), Place},
	} {
		if r := readByContext(tt.c, ctx, got); r != tt.want {
			t.Errorf("readByContext(%+v) = %q, want %q", tt.c, r, tt.want)
		}
	}
}

func TestContextTypes(t *testing.T) {
	f := finder{cands: []candidate{
		{name: "Quillan", typ: Place, firm: true, rule: "a town after in"},
		{name: "Quillan", typ: Organization, firm: true, rule: "a team in a sports result"},
		{name: "Varrow", typ: Organization, firm: true, rule: ruleOrganizationContext},
		{name: "Varrow", typ: Organization, firm: true, rule: "a team in a sports result"},
		{name: "Varrow", typ: Person, firm: true, rule: "a person by a first name"},
		{name: "Harlow", typ: Place, firm: true, rule: "a place in the gazetteer"},
		{name: "Quill Jones", typ: Other, firm: true, rule: ruleIndexAlone},
	}}
	got := f.contextTypes()
	if _, ok := got["Quillan"]; ok {
		t.Errorf("contexts that disagree gave %+v", got["Quillan"])
	}
	if r := got["Varrow"]; r.typ != Organization || r.worst != confidence(ruleOrganizationContext) {
		t.Errorf("Varrow: %+v, want an organisation at %.2f", r, confidence(ruleOrganizationContext))
	}
	if r := got["Quill Jones"]; r.typ != Other {
		t.Errorf("an index read by the words around it: %+v", r)
	}
	if _, ok := got["Harlow"]; ok {
		t.Errorf("a gazetteer's guess counted as a context")
	}
}

func TestOrgMentionsAgain(t *testing.T) {
	tests := []struct {
		name, text, org string // org: the organisation a rule typed, at its first occurrence
		want            []string
	}{
		{"after a sentence's first word", "Quorvex Inc. makes filters. Neither Quorvex nor the researchers knew.", "Quorvex Inc.", []string{"Quorvex"}},
		{"before a title", "Quorvex Ltd. said it would bid. “We regret it,” Quorvex President Ann Wu said.", "Quorvex Ltd.", []string{"Quorvex"}},
		{"after a hyphenated adjective", "Varrowby Corp. said profit rose. New York-based Varrowby is an insurer.", "Varrowby Corp.", []string{"Varrowby"}},
		{"a possessive name", "Zentrick's Inc. agreed. The acquisition of 87-store Zentrick's raises its presence.", "Zentrick's Inc.", []string{"Zentrick's"}},
		{"a name of two words of English words", "Eastern Quill Co. named him. He was vice president of Eastern Quill.", "Eastern Quill Co.", []string{"Eastern Quill"}},
		{"the first word before a word for its trade", "Quorvex Pharmaceuticals Inc. said. Neither Quorvex Pharmaceuticals nor Quorvex rose.", "Quorvex Pharmaceuticals Inc.", []string{"Quorvex Pharmaceuticals", "Quorvex"}},
		{"a name typed by its cue word, in full", "The Quillan Varrow Agency said so. Visit Quillan Varrow Agency's page.", "Quillan Varrow Agency", []string{"Quillan Varrow Agency"}},
		{"a company named by a possessive, though its word is English", "Shares of Rally's lost 5%. Three Rally's directors resigned.", "Rally's", []string{"Rally's"}},
		{"a company named by a possessive of a given name", "Shares of Ellery's rose. Three Ellery's directors resigned.", "Ellery's", []string{"Ellery's"}},
		{"not a possessive of a person named", "Ann Ellery came. Shares of Ellery's rose. Three Ellery's directors resigned.", "Ellery's", nil},
		{"not before a hyphen", "Quorvex Inc. said the Quorvex-3 machine is late.", "Quorvex Inc.", nil},
		{"not before another capitalised word", "Quorvex Inc. said so. Quorvex Tobacco said not.", "Quorvex Inc.", nil},
		{"not after a capitalised word", "Quorvex Inc. said so. Ask Ann Quorvex.", "Quorvex Inc.", nil},
		{"not a word the text writes in lower case", "Harvest Ltd. said so. The harvest was poor. Neither Harvest nor we knew.", "Harvest Ltd.", nil},
		{"not a given name", "Morgan Ltd. said so. Neither Morgan nor we knew.", "Morgan Ltd.", nil},
		{"not a well-known place", "Texas Inc. said so. Neither Texas nor we knew.", "Texas Inc.", nil},
		{"not on a line in capitals", "Quorvex Inc. said so.\nQUORVEX SAYS SO\nIt did.", "Quorvex Inc.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runes := []rune(tt.text)
			toks := tokenize(runes)
			f := finder{runes: runes, toks: toks, lowerWords: lowerWordsOf(toks)}
			if k := strings.Index(tt.text, "Ann "); k >= 0 {
				// A person named in full: "Ann" and the word after it.
				name := strings.Fields(tt.text[k:])[0] + " " + strings.Fields(tt.text[k:])[1]
				f.cands = append(f.cands, candidate{name: name, typ: Person, firm: true, words: 2})
			}
			at := len([]rune(tt.text[:strings.Index(tt.text, tt.org)]))
			org := candidate{start: at, end: at + len([]rune(tt.org)), name: tt.org, typ: Organization, firm: true,
				words: strings.Count(tt.org, " ") + 1, rule: "an organisation by its cue words"}
			if org.words == 1 {
				org.rule = "a company named by a possessive"
			}
			var got []string
			for _, c := range f.orgMentionsAgain([]candidate{org})[1:] {
				got = append(got, string(runes[c.start:c.end]))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("added %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPersonsTitledElsewhere(t *testing.T) {
	tests := []struct {
		name, text, phrase, titled string
		want                       string // the person's name found; "" for none
	}{
		{"a surname titled elsewhere", "Since June, when the dissident Quong Brelvi took refuge. Mr. Quong left.", "Quong Brelvi", "Quong", "Quong Brelvi"},
		{"a descriptor in capitals left out", "Investor Harold Quillane offered to buy it. Mr. Quillane said so.", "Investor Harold Quillane", "Quillane", "Harold Quillane"},
		{"titles of three words left out", "and House Majority Whip William Quillane began. Mr. Quillane said so.", "House Majority Whip William Quillane", "Quillane", "William Quillane"},
		{"not a company led by the titled name", "Under the plan, Quorvex Research holders get a share. Mr. Quorvex left.", "Quorvex Research", "Quorvex", ""},
		{"not a name nobody titled", "Since June, when the dissident Quong Brelvi took refuge. Mr. Varrow left.", "Quong Brelvi", "Varrow", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runes := []rune(tt.text)
			f := finder{runes: runes, toks: tokenize(runes)}
			at := len([]rune(tt.text[:strings.Index(tt.text, tt.phrase)]))
			tat := len([]rune(tt.text[:strings.LastIndex(tt.text, tt.titled)]))
			f.cands = []candidate{
				{start: at, end: at + len([]rune(tt.phrase)), name: tt.phrase, words: strings.Count(tt.phrase, " ") + 1, rule: "a person led by a common word"},
				{start: tat, end: tat + len([]rune(tt.titled)), name: tt.titled, typ: Person, firm: true, words: 1, rule: "a person after a title"},
			}
			f.personsTitledElsewhere()
			got := ""
			if c := f.cands[0]; c.typ == Person {
				got = string(runes[c.start:c.end])
				if c.name != got {
					t.Errorf("name %q, span %q", c.name, got)
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShortNameReadByContext(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             EntityType
	}{
		{"a town read by its context", "She went to Quitman High School. She returned to Quitman in 1985. Mary Wu, a Quitman senior, agrees.", "Quitman", Place},
		{"a person read by a title", "Quorvex Research is in trouble. Mr. Quorvex left it. Besides Messrs. Quorvex and Barnum, others left.", "Quorvex", Person},
		{"a company's short name otherwise", "She went to Quorvex Pharmaceuticals last year. Wu, a Quorvex chemist, agrees.", "Quorvex", Organization},
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

func TestLegalFormStem(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"Brelco Inc.", "Brelco", true},
		{"Brelco, Inc.", "Brelco", true},
		{"Quux & Co.", "Quux", true},
		{"Quux Research Corp.", "Quux Research", true},
		{"Quux Research", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := legalFormStem(tt.name); got != tt.want || ok != tt.ok {
				t.Errorf("legalFormStem(%q) = %q, %v, want %q, %v", tt.name, got, ok, tt.want, tt.ok)
			}
		})
	}
}
