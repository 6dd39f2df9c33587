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

func init() {
	ruleCases[ruleAgencyOfPhotoCredit] = []ruleCase{
		{text: "Black holes.\n(Image: quillmo / Brelco Images)\nThey are big.", phrase: "Brelco Images", want: []string{"organization:Brelco Images"}},
		{text: "It was not easy. Ann Wu/Brelco\nRetiring is hard.", phrase: "Brelco", want: []string{"organization:Brelco"}},
		{text: "Photo: Ann Wu via Quillstock\nThe next joke.", phrase: "Quillstock", want: []string{"organization:Quillstock"}},
		{text: "Photo Source: Bo Varrow from Quillpix.", phrase: "Quillpix", want: []string{"organization:Quillpix"}},
		{text: "Coney Island. Photo: Brelco\nForget it.", phrase: "Brelco", want: []string{"organization:Brelco"}},
		{text: "People walk in Milan\n\nAFP via Brelco Images\n\nPeople walk.", phrase: "Brelco Images", want: []string{"organization:Brelco Images"}},
		// No credit, a word, a photographer, a place, a menu.
		{text: "He moved from Quillex on Monday.", phrase: "Quillex"},
		{text: "It was made. Source: Supplied\nThe end.", phrase: "Supplied"},
		{text: "Credit: QuillHaven/Brelstock.com\nMagic.", phrase: "QuillHaven"},
		{text: "The talks failed on Israel/Palestine\nThe end.", phrase: "Palestine"},
		{text: "Menu\nUS / Quillish\nFR / Brelçais", phrase: "Quillish"},
	}
}

func init() {
	ruleCases[ruleTeamInPossessive] = []ruleCase{
		{text: sportsReport + " He failed to factor in Australia’s even stronger urge to restrain him.", phrase: "Australia", want: []string{"organization:Australia"}},
		{text: sportsReport + " May the odds be ever in Louisville's favor!", phrase: "Louisville", want: []string{"organization:Louisville"}},
		{text: sportsReport + " The bottom half of India’s batting failed.", phrase: "India", want: []string{"organization:India"}},
		// What a place has, another preposition, no sports report.
		{text: sportsReport + " Fans gathered in Melbourne's eastern suburbs.", phrase: "Melbourne"},
		{text: sportsReport + " They lost 40 minutes to Melbourne’s traditional drizzle.", phrase: "Melbourne"},
		{text: "Voters in Louisville's favor said so.", phrase: "Louisville"},
	}
}

func TestSentenceStartingFirm(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"Prices fell.\n\nQuillotron Partners LLC (NYSE: QPL) posted a new low.", "Quillotron Partners LLC"},
		{"Volumes were low. Brelmovia Holdings Inc. said it would cut jobs.", "Brelmovia Holdings Inc."},
		// First words the tagger reads as common ones at a sentence's
		// start: without the rule the name loses them ("Partners LLC").
		{"Prices fell. Subocean Partners LLC (NYSE: SOP) posted a new low.", "Subocean Partners LLC"},
		{"Prices fell. Transcoastal Partners LLC posted a new low.", "Transcoastal Partners LLC"},
		{"Prices fell. Interocean Partners LLC (NYSE: IOP) posted a new low.", "Interocean Partners LLC"},
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
