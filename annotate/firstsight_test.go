package annotate

import (
	"reflect"
	"testing"
)

// The table cases of the rules of firstsight.go, on sentences written for
// the test (no name of a gold article).
func init() {
	ruleCases["a Roman numeral alone"] = []ruleCase{
		{text: "Nurses set up an IV drip.", phrase: "IV", want: []string{"surname:IV"}},
		{text: "He read part XII of the report.", phrase: "XII", want: []string{"surname:XII"}},
		{text: "The ICC ruled on Monday.", phrase: "ICC"},
		{text: "The CCIIV said no.", phrase: "CCIIV"},
		{text: "World War II ended.", phrase: "World War II"},
	}
	ruleCases["an outlet in a dateline"] = []ruleCase{
		{text: "BRELFORD, Calif. (KQUX) -- A plan was approved.", phrase: "KQUX", want: []string{"organization:KQUX"}},
		{text: "VARROW (Quux News) — Talks ended.", phrase: "Quux News", want: []string{"organization:Quux News"}},
		{text: "He flew to Brelford, Calif. (KQUX) -- and left.", phrase: "KQUX"},
		{text: "BRELFORD, Calif. (KQUX) Talks ended.", phrase: "KQUX"},
		{text: "The plant (KQUX) -- was closed.", phrase: "KQUX"},
	}
	ruleCases["a campus after a dash"] = []ruleCase{
		{text: "She studies at Quillan University–New Brunswick now.", phrase: "New Brunswick", prior: "Quillan University", want: []string{"organization:Quillan University–New Brunswick"}},
		{text: "He teaches at Varrow College–Fresno in May.", phrase: "Fresno", prior: "Varrow College", want: []string{"organization:Varrow College–Fresno"}},
		{text: "The Quux Group–Fresno deal closed.", phrase: "Fresno", prior: "Quux Group"},
		{text: "Quillan University – Fresno was full.", phrase: "Fresno", prior: "Quillan University"},
		{text: "Quillan University–Zorbly was full.", phrase: "Zorbly", prior: "Quillan University"},
	}
	ruleCases["a given name sharing a surname"] = []ruleCase{
		{text: "An aide to Bill and Hillary Quillan spoke.", phrase: "Bill", want: []string{"person:Bill"}},
		{text: "The Bill and Melinda Quux Foundation gave.", phrase: "Bill"},
		{text: "Investors from France and Hong Kong bought.", phrase: "France"},
		{text: "The Dallas and San Francisco banks grew.", phrase: "Dallas"},
		{text: "Quillan and Mary Varrow met.", phrase: "Quillan"},
		{text: "Bill and Mary spoke.", phrase: "Bill"},
	}
	ruleCases["a cue word after and"] = []ruleCase{
		{text: "Quillan Hotels and Resorts opened a site.", phrase: "Resorts", prior: "Quillan Hotels", want: []string{"organization:Quillan Hotels and Resorts"}},
		{text: "Zorbly Foods and Quux Holdings merged.", phrase: "Quux Holdings", prior: "Zorbly Foods"},
		{text: "Ann Smith and Partners met.", phrase: "Partners", prior: "Ann Smith"},
	}
	ruleCases["a person of a county"] = []ruleCase{
		{text: "said Alfredo Quillan of Brelford County on Monday.", phrase: "Alfredo Quillan of Brelford County", at: "of",
			want: []string{"person:Alfredo Quillan", "place:Brelford County"}},
		{text: "said Supervisor Ann Varrow of Quux Parish.", phrase: "Supervisor Ann Varrow of Quux Parish", at: "of",
			want: []string{"person:Ann Varrow", "place:Quux Parish"}},
		{text: "said John Smith of Orange County Council.", phrase: "John Smith of Orange County Council", at: "of"},
		{text: "the Board of Brelford County met.", phrase: "Board of Brelford County", at: "of"},
		{text: "the Zorbly Varrow of Quux County said.", phrase: "Zorbly Varrow of Quux County", at: "of"},
	}
	ruleCases["a publication by its words"] = []ruleCase{
		{text: "The results, published in the journal Technology, were good.", phrase: "Technology", want: []string{"organization:Technology"}},
		{text: "It was first published in Quux Review last year.", phrase: "Quux Review", want: []string{"organization:Quux Review"}},
		{text: "He read the newspaper Ann Smith owns.", phrase: "Ann Smith"},
		{text: "It appeared in Quux Review last year.", phrase: "Quux Review"},
		{text: "A journal Technology printed.", phrase: "Technology"},
	}
	ruleCases["a company in apposition"] = []ruleCase{
		{text: "One company, Quillox, sells cameras.", phrase: "Quillox", want: []string{"organization:Quillox"}},
		{text: "Another startup, Zorbly Labs, said so.", phrase: "Zorbly Labs", want: []string{"organization:Zorbly Labs"}},
		{text: "One company, Ann Smith, said so.", phrase: "Ann Smith"},
		{text: "A company in Boston, Quillox, hired.", phrase: "Quillox"},
		{text: "One company, Paris, was named.", phrase: "Paris"},
	}
}

// TestCueWordAfterAnd checks that the cue word joins the organisation
// before it, whose candidate the rule extends rather than adding one.
func TestCueWordAfterAnd(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Quillan Hotels and Resorts opened a site in May.", "Quillan Hotels and Resorts"},
		{"The Varrow Institute of Arts and Sciences hired staff.", "Varrow Institute of Arts and Sciences"},
	} {
		var got []string
		for _, s := range Suggest(c.text, nil) {
			if s.Type == Organization {
				got = append(got, s.Selector.Exact)
			}
		}
		if !reflect.DeepEqual(got, []string{c.want}) {
			t.Errorf("%q: organisations %q, want %q", c.text, got, c.want)
		}
	}
}

// TestEventNumeralI checks that "I" after an event's last word is kept
// as its numeral, and left alone as the pronoun.
func TestEventNumeralI(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The mine shut after World War I, and the town emptied.", []string{"event:World War I"}},
		{"The mine shut after World War I and the town emptied.", []string{"event:World War I"}},
		{"Veterans of World War II met.", []string{"event:World War II"}},
		{"In the Quux War I fought hard.", []string{"event:Quux War"}},
	} {
		var got []string
		for _, s := range Suggest(c.text, nil) {
			if s.Type == Event {
				got = append(got, string(s.Type)+":"+s.Selector.Exact)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
