package annotate

import "testing"

// The table cases of the rules of classes18p.go, on sentences written for
// the test (no name of a gold article).
func init() {
	ruleCases[ruleTermSpeltInCapitals] = []ruleCase{
		{text: "Drives use Quantum Tunnel Writing (QTW) now.", phrase: "Quantum Tunnel Writing", want: []string{"other:Quantum Tunnel Writing"}},
		{text: "It relies on Deep Magnetic Imaging (DMI) scans.", phrase: "Deep Magnetic Imaging", want: []string{"other:Deep Magnetic Imaging"}},
		{text: "Cars pass the Light Vehicle Test Procedure (LVTP) first.", phrase: "Light Vehicle Test Procedure", want: []string{"other:Light Vehicle Test Procedure"}},
		{text: "The Open Gateway Technology (OGT) spread.", phrase: "Open Gateway Technology", want: []string{"other:Open Gateway Technology"}},
		// An organisation spelt out so keeps its kind's word.
		{text: "Staff of Quux Consulting (QC) said so.", phrase: "Quux Consulting"},
		{text: "He joined the Royal Imaging Institute (RII) then.", phrase: "Royal Imaging Institute"},
		// A building, a person's name, initials that do not fit, no brackets.
		{text: "They met at Empire Trade Building (ETB) today.", phrase: "Empire Trade Building"},
		{text: "A statue of Martin Luther Quilling (MLQ) stood.", phrase: "Martin Luther Quilling"},
		{text: "Drives use Quantum Tunnel Writing (QX) now.", phrase: "Quantum Tunnel Writing"},
		{text: "Drives use Quantum Tunnel Writing now.", phrase: "Quantum Tunnel Writing"},
		{text: "Drives use Zorbly Writing (ZW) now.", phrase: "Zorbly Writing"},
	}
	ruleCases[ruleOrganizationOfTwoWords] = []ruleCase{
		{text: "Staff from Tide and Feather International came.", phrase: "Feather International", prior: "Tide",
			want: []string{"organization:Tide and Feather International"}},
		{text: "A grant from the Hearth and Grace Foundation came.", phrase: "Grace Foundation", prior: "Hearth",
			want: []string{"organization:Hearth and Grace Foundation"}},
		// A place, a given name or a longer name before "and" stays apart.
		{text: "Officials from Britain and Amnesty International met.", phrase: "Amnesty International", prior: "Britain"},
		{text: "He met Mary and Quux Foundation staff.", phrase: "Quux Foundation", prior: "Mary"},
		{text: "Staff of Zorbly Foods and Feather International met.", phrase: "Feather International", prior: "Zorbly Foods"},
		// Nor does a name that ends in no organisation's word join.
		{text: "Staff from Tide and Feather Valley came.", phrase: "Feather Valley", prior: "Tide"},
		{text: "The Army and Navy League met.", phrase: "Navy League", prior: "Army"},
	}
	ruleCases[ruleDepartmentBeforeJobTitle] = []ruleCase{
		{text: "said Ann Varrow, who is Brelford County Public Works Director.", phrase: "Brelford County Public Works Director",
			want: []string{"organization:Brelford County Public Works"}},
		{text: "She is Texas Parks Director now.", phrase: "Texas Parks Director", want: []string{"organization:Texas Parks"}},
		// An office of its own, a seat that is no place, a title of
		// something, or no department between.
		{text: "He is the Texas State Attorney General now.", phrase: "Texas State Attorney General"},
		{text: "Quux Corp. Marketing Director Ann Varrow left.", phrase: "Quux Corp. Marketing Director"},
		{text: "She is Texas Parks Director of Planning now.", phrase: "Texas Parks Director of Planning"},
		{text: "She is Texas Director now.", phrase: "Texas Director"},
	}
	ruleCases[ruleQuotedNickname] = []ruleCase{
		{text: "He mocks the rival he calls “Tiny Tom.” Then he left.", phrase: "Tiny Tom", want: []string{"person:Tiny Tom"}},
		{text: "Fans dubbed her “Brave Susan” that year.", phrase: "Brave Susan", want: []string{"person:Brave Susan"}},
		// No verb of naming, no given name at its end, a title, or a
		// given name first.
		{text: "They sang “Tiny Tom” that year.", phrase: "Tiny Tom"},
		{text: "It was dubbed “Black Plague” that year.", phrase: "Black Plague"},
		{text: "He calls it “Doctor Tom” today.", phrase: "Doctor Tom"},
		{text: "He calls him “Tom Varrowitz” today.", phrase: "Tom Varrowitz"},
		{text: "He calls it “Quux Tom” today.", phrase: "Quux Tom"},
	}
}

// TestNicknameCueInAnyTense: a verb of naming in the present keeps a name
// in quotation marks from being read as a work's title.
func TestNicknameCueInAnyTense(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Ann Quill mocks the man she calls “Little Varrow” often.", "Little Varrow", ""},
		{"Ann Quill mocks the man she calls “Tiny Tom.” Later, Tiny Tom replied.", "Tiny Tom", "person"},
		{"Ann Quill wrote the novel “Little Varrow” in 2001.", "Little Varrow", "work"},
	} {
		if got := lastTypeOf(tc.text, tc.name); got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestOutletsOfPieces: the name after a note of syndication is the outlet.
func TestOutletsOfPieces(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Coal use fell.\n\nThis post originally appeared on Quuxlet.\n\nMore follows.", "Quuxlet", "organization"},
		{"This story was first published by Brelford Daily News. It is shared here.", "Brelford Daily News", "organization"},
		{"A version of this article appeared in the Quux Review last week.", "Quux Review", "organization"},
		// A show someone appeared on stays a work.
		{"Ann Varrow appeared on Dancing with the Quux last year.", "Dancing with the Quux", "work"},
		// A person named after the verb is no outlet.
		{"This story was first published by Ann Varrow in 2001.", "Ann Varrow", "person"},
		// A date after the verb is no outlet.
		{"The report ran in May and was read widely.", "May", ""},
		{"This story appeared on Monday in print.", "Monday", ""},
	} {
		if got := lastTypeOf(tc.text, tc.name); got != tc.want {
			t.Errorf("%q: %q typed %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// lastTypeOf returns the type Suggest gives the last mention of text
// that is exactly name, or "" when none is suggested.
func lastTypeOf(text, name string) string {
	got := ""
	for _, s := range Suggest(text, nil) {
		if s.Selector.Exact == name {
			got = string(s.Type)
		}
	}
	return got
}
