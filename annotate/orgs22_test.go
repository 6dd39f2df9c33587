package annotate

import "testing"

func init() {
	ruleCases[ruleCountryBody] = []ruleCase{
		{text: "The U.S. FDA approved the drug.", phrase: "U.S. FDA", want: []string{"organization:U.S. FDA"}},
		{text: "The U.S. Marines left the base.", phrase: "U.S. Marines", want: []string{"organization:U.S. Marines"}},
		{text: "The US SEC fined the bank.", phrase: "US SEC", want: []string{"organization:US SEC"}},
		{text: "The U.K. QFA fined the bank.", phrase: "U.K. QFA", want: []string{"organization:U.K. QFA"}},
		// An international body, a common acronym, a model, a place.
		{text: "A U.S. NATO ally objected.", phrase: "U.S. NATO"},
		{text: "The U.S. GDP grew.", phrase: "U.S. GDP"},
		{text: "Average U.S. QZX rates rose.", phrase: "U.S. QZX"},
		{text: "The U.S. FDA 510 form.", phrase: "U.S. FDA"},
		{text: "Ukraine NATO talks stalled.", phrase: "Ukraine NATO"},
	}
}

func TestSentenceStartingFirm(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"Prices fell.\n\nQuillotron Partners LLC (NYSE: QPL) posted a new low.", "Quillotron Partners LLC"},
		{"Volumes were low. Brelmovia Holdings Inc. said it would cut jobs.", "Brelmovia Holdings Inc."},
		// An English word starting the sentence stays out of the name.
		{"Investors in Quillex Holdings Inc. sold.", "Quillex Holdings Inc."},
	} {
		got := false
		for _, s := range Suggest(tt.text, nil) {
			if s.Name == tt.want && s.Type == Organization {
				got = true
			}
		}
		if !got {
			t.Errorf("%q: want organisation %q, got %v", tt.text, tt.want, Suggest(tt.text, nil))
		}
	}
}
