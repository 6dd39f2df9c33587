package annotate

import "testing"

// The table cases of the rules of productuse.go, on sentences written for
// the test (no name of a gold article).
func init() {
	ruleCases[ruleProductByUse] = []ruleCase{
		{text: "The effect is achieved using QuillKit, which maps a face.", phrase: "QuillKit", want: []string{"other:QuillKit"}},
		{text: "Users can download Zorbly from the store.", phrase: "Zorbly", want: []string{"other:Zorbly"}},
		{text: "She now uses Quillmail for work.", phrase: "Quillmail", want: []string{"other:Quillmail"}},
		{text: "You should upgrade to Varrowex 4.2 today.", phrase: "Varrowex", want: []string{"other:Varrowex 4.2"}},
		{text: "Many of them installed Quillix on old laptops.", phrase: "Quillix", want: []string{"other:Quillix"}},
		{text: "The team uses Brelco devices at work.", phrase: "Brelco"},
		{text: "The phone uses Brelco's chip.", phrase: "Brelco"},
		{text: "Drivers can use GPS on the road.", phrase: "GPS"},
		{text: "Most people use Twitter every day.", phrase: "Twitter"},
		{text: "The report was written using Ann Smith's notes.", phrase: "Ann Smith"},
		{text: "He tried using Paris as a base.", phrase: "Paris"},
		{text: "Using Quillmail is easy.", phrase: "Quillmail"},
		{text: "The doctor prescribed Varrowex for the pain.", phrase: "Varrowex", want: []string{"other:Varrowex"}},
		{text: "It is the latest version of Quillix, out today.", phrase: "Quillix", want: []string{"other:Quillix"}},
	}
	ruleCases[ruleProductIsKind] = []ruleCase{
		{text: "Varrowex is a free browser for phones.", phrase: "Varrowex", want: []string{"other:Varrowex"}},
		{text: "Quillo Relay was a messaging app, and it closed.", phrase: "Quillo Relay", want: []string{"other:Quillo Relay"}},
		{text: "They bought Zorbly, a small handheld console.", phrase: "Zorbly", want: []string{"other:Zorbly"}},
		{text: "Brelco is a software company.", phrase: "Brelco"},
		{text: "Quillix is an app developer in Ohio.", phrase: "Quillix"},
		{text: "Ann Smith, a robot engineer, spoke.", phrase: "Ann Smith"},
		{text: "Twitter is a social app.", phrase: "Twitter"},
		{text: "Varrowex is a browser's rival.", phrase: "Varrowex"},
	}
}

func init() {
	ruleCases[ruleProductBeforeUseNoun] = []ruleCase{
		{text: "The Quillmail update broke search.", phrase: "Quillmail", want: []string{"other:Quillmail"}},
		{text: "Turn it off within ZorbTime’s settings.", phrase: "ZorbTime", want: []string{"other:ZorbTime"}},
		{text: "He tried the Quillix 2.1 beta at home.", phrase: "Quillix", want: []string{"other:Quillix 2.1"}},
		{text: "Brelco calls for calm.", phrase: "Brelco"},
		{text: "Police found Varrowex pills in the car.", phrase: "Varrowex", want: []string{"other:Varrowex"}},
		{text: "He got the Quillix installer from the site.", phrase: "Quillix", want: []string{"other:Quillix"}},
		{text: "Turn it off in the Privacy settings, where privacy is set.", phrase: "Privacy"},
		{text: "He read Brelco's update on Monday.", phrase: "Brelco"},
		{text: "Ann Smith calls her mother.", phrase: "Ann Smith"},
		{text: "The Twitter update was slow.", phrase: "Twitter"},
	}
}

// TestProductUseAtTheEnd: a name ending the text is read without looking
// past it.
func TestProductUseAtTheEnd(t *testing.T) {
	for _, text := range []string{"He uses Quillmail", "The Quillmail", "Quillmail’s", "Varrowex is a"} {
		Suggest(text, nil)
	}
}

// TestQuotedNameBeforeItsKind: a name in quotation marks before a word for
// a feature, an app or a programme is other, not a work; before a word for
// a work it stays a work.
func TestQuotedNameBeforeItsKind(t *testing.T) {
	cases := []struct{ text, name string }{
		{"The new “Quux Focus” feature arrives soon.", "other:Quux Focus"},
		{"The city runs the “Zorb Ahead” programme for schools.", "other:Zorb Ahead"},
		{"She sang “Quiet Harbour Lights” on Friday.", "work:Quiet Harbour Lights"},
		{"The “Cold Orbit” trailer is out.", "work:Cold Orbit"},
	}
	for _, c := range cases {
		var got []string
		for _, s := range Suggest(c.text, nil) {
			got = append(got, string(s.Type)+":"+s.Name)
		}
		found := false
		for _, g := range got {
			found = found || g == c.name
		}
		if !found {
			t.Errorf("%q: got %v, want %s", c.text, got, c.name)
		}
	}
}

// TestCoordinateWithProducts: a name only a guess typed, listed with a
// product the words around it typed, is a product; a list with a person,
// a name starting a sentence and one name with "and" inside are not read
// so.
func TestCoordinateWithProducts(t *testing.T) {
	cases := []struct {
		text, name string
		want       EntityType
	}{
		{"The site is built using Quillmail and ZorbKit, not much else.", "ZorbKit", Other},
		{"He tried using Varrowex, Quillix or Zorbly on his phone.", "Zorbly", Other},
		{"She uses Quillmail and Ann Smith uses it too.", "Ann Smith", Person},
		{"Fans want the Zorbax and Quillix Edition this year.", "Zorbax", ""},
	}
	for _, c := range cases {
		var got EntityType
		for _, s := range Suggest(c.text, nil) {
			if s.Name == c.name {
				got = s.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %s typed %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// Drugs by the form they are taken in (ner20q), for the rules that read
// a product's use nouns and a kind before "called".
func init() {
	ruleCases[ruleProductBeforeUseNoun] = append(ruleCases[ruleProductBeforeUseNoun],
		ruleCase{text: "Officers found a Varrowex strip in the car.", phrase: "Varrowex", want: []string{"other:Varrowex"}},
		ruleCase{text: "She wore Quillex patches for a year.", phrase: "Quillex", want: []string{"other:Quillex"}},
		ruleCase{text: "They walked down the Vegas strip at night.", phrase: "Vegas"},
	)
	ruleCases["a name after its kind and called"] = append(ruleCases["a name after its kind and called"],
		ruleCase{text: "A new skin patch called Quillex let them eat nuts.", phrase: "Quillex", want: []string{"other:Quillex"}},
	)
}
