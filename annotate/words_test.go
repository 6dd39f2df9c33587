package annotate

import "testing"

func TestPossessives(t *testing.T) {
	for _, tc := range []struct {
		name, s, name2 string
		bare           string
		possessive     bool
		startsWith     bool
	}{
		{"a straight apostrophe's possessive is cut", "Rally's", "Rally", "Rally", true, true},
		{"a curly apostrophe's possessive is cut", "Macy’s", "Macy", "Macy", true, true},
		{"a word without a possessive is kept", "Steelers", "Steel", "Steelers", false, false},
		{"an apostrophe inside a word is no possessive", "O'Neil", "O", "O'Neil", false, false},
		{"a name's possessive starts a longer name", "Weisfield's Inc.", "Weisfield", "Weisfield's Inc.", false, true},
		{"another name's possessive does not", "Weisfield's Inc.", "Weis", "Weisfield's Inc.", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bare, ok := cutPossessive(tc.s)
			if bare != tc.bare || ok != tc.possessive || possessiveWord(tc.s) != tc.possessive {
				t.Errorf("cutPossessive(%q) = %q, %v; want %q, %v", tc.s, bare, ok, tc.bare, tc.possessive)
			}
			if got := startsWithPossessiveOf(tc.s, tc.name2); got != tc.startsWith {
				t.Errorf("startsWithPossessiveOf(%q, %q) = %v, want %v", tc.s, tc.name2, got, tc.startsWith)
			}
		})
	}
}
