package annotate

import "testing"

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
