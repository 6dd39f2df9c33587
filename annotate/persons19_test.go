package annotate

import (
	"reflect"
	"testing"
)

func init() {
	ruleCases[ruleGivenNameWord] = []ruleCase{
		{text: "Download Legend Tips for free.", phrase: "Legend Tips", want: []string{":Legend Tips"}},
		{text: "Canyon Trail Guide is sold out.", phrase: "Canyon Trail Guide", want: []string{":Canyon Trail Guide"}},
		{text: "Zephyr Quillhart spoke.", phrase: "Zephyr Quillhart"}, // a surname no dictionary has
		{text: "He met Mark Wood there.", phrase: "Mark Wood"},        // a given name both lists hold
		{text: "He met Legend Ann Barr.", phrase: "Legend Ann Barr"},  // a given name after it
		{text: "He met Canyon QUUX there.", phrase: "Canyon QUUX"},    // capitals
	}
	ruleCases[ruleAgencyInCredit] = []ruleCase{
		{text: "He spoke. (Ann Quill/AFP/Quillstock Images)", phrase: "Quillstock Images", want: []string{"organization:Quillstock Images"}},
		{text: "A photo.CreditBo Varrow/The Brelford Times", phrase: "Brelford Times", want: []string{"organization:The Brelford Times"}},
		{text: "He spoke. (Ann Quill/AFP/Bo Varrow)", phrase: "Bo Varrow"},               // a person's full name
		{text: "Talks on Israel/West Bank borders.", phrase: "West Bank"},                // a place
		{text: "He spoke of the Quillstock Images deal.", phrase: "Quillstock Images"},   // no slash
		{text: "He spoke. (Ann Quill / Quillstock Images)", phrase: "Quillstock Images"}, // a slash set apart
	}
	ruleCases[ruleCommonWordBeforeID] = []ruleCase{
		{text: "It grew. (See Unilever's own page.) It did.", phrase: "See Unilever", left: "Unilever"},
		{text: "It rained. See Paris in spring, they said.", phrase: "See Paris", left: "Paris"},
		{text: "It grew. Mark Quillby wrote.", phrase: "Mark Quillby", left: "Mark Quillby"},     // no listed name
		{text: "It grew. See Unilever, See Quux.", phrase: "See Unilever", left: "See Unilever"}, // "See" capitalised inside a sentence: a name there
		{text: "They met See Unilever.", phrase: "See Unilever", left: "See Unilever"},           // inside a sentence
	}
}

func TestNamesOfOneBrand(t *testing.T) {
	Suggest("Load the model.", nil) // the basic words are the model's
	recogniser := "the recogniser's label"
	f := finder{cands: []candidate{
		{name: "Quillo Atmos", typ: Person, words: 2, rule: recogniser},
		{name: "Quillo", typ: Other, firm: true, words: 1, rule: ruleProductBeforeUseNoun},
		{name: "Varrox One X", typ: Other, firm: true, words: 3, rule: ruleTierLetter},
		{name: "Varrox Live", typ: Person, words: 2, rule: recogniser},
		{name: "Kanae Barrow", typ: Person, words: 2, rule: recogniser},
		{name: "Kanae", words: 1, rule: rulePlacePosition},
		{name: "Ann Quillo", typ: Person, words: 2, rule: recogniser},
		{name: "Ann", typ: Organization, firm: true, words: 1, rule: ruleOrganizationContext},
		{name: "Brelco Quill", typ: Person, words: 2, rule: "a person next to a role"},
		{name: "Brelco", typ: Organization, firm: true, words: 1, rule: ruleOrganizationContext},
	}}
	f.namesOfOneBrand()
	var got []EntityType
	for _, c := range f.cands {
		if c.words > 1 {
			got = append(got, c.typ)
		}
	}
	// A brand's products lose the person's type; a person whose given
	// name is untyped alone, or a given name, or typed by a rule other
	// than the recogniser's label keeps it.
	want := []EntityType{"", Other, "", Person, Person, Person}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("types after namesOfOneBrand = %q, want %q", got, want)
	}
}

func TestHyphenatedTitles(t *testing.T) {
	for w, want := range map[string]bool{"Attorney-General": true, "Director-General": true, "Vice-Chairman": true,
		"Solicitor-General": true, "Quillan-General": false, "Attorney-Quillan": false} {
		if titles[w] != want {
			t.Errorf("titles[%q] = %v, want %v", w, titles[w], want)
		}
	}
	var names []string
	for _, s := range Suggest("A lawyer who advises Attorney-General Ann Quillhart on crime spoke.", nil) {
		names = append(names, string(s.Type)+":"+s.Name)
	}
	if !reflect.DeepEqual(names, []string{"person:Ann Quillhart"}) {
		t.Errorf("suggestions = %q, want the person without the title", names)
	}
}
