package annotate

import "testing"

func init() {
	ruleCases[ruleWordsNamedWhole] = []ruleCase{
		{text: "Star Quarry fans wait. The Star Quarry saga goes on.", phrase: "Star Quarry", want: []string{":Star Quarry"}},
		{text: "Happy Quarry Day to all. Happy Quarry Day again.", phrase: "Happy Quarry Day", want: []string{":Happy Quarry Day"}},
		{text: "The Star Quarry Saga began. Star Quarry fans wait.", phrase: "Star Quarry Saga", want: []string{":Star Quarry Saga"}},
		{text: "Mark Wood spoke. Mark Wood left. Wood said no.", phrase: "Mark Wood"},                      // the surname alone
		{text: "Mark Wood spoke, and he left.", phrase: "Mark Wood"},                                       // named whole once
		{text: "Star Quillhart spoke. Star Quillhart left.", phrase: "Star Quillhart"},                     // no word of the dictionary
		{text: "Star Ann Wood spoke. Star Ann Wood left.", phrase: "Star Ann Wood"},                        // a given name after it
		{text: "Zephyr Wood spoke. Zephyr Wood left.", phrase: "Zephyr Wood"},                              // a given name that is no word
		{text: "West Quarry Division won. The West Quarry Division lost.", phrase: "West Quarry Division"}, // a compass point
		{text: "Star QUARRY fans wait. Star QUARRY again.", phrase: "Star QUARRY"},                         // capitals
	}
	ruleCases[ruleNameOfTown] = []ruleCase{
		{text: "She stayed at Ann Quill Palo Alto last year.", phrase: "Ann Quill Palo Alto", want: []string{":Ann Quill Palo Alto"}},
		{text: "The Ann West Hollywood opened.", phrase: "Ann West Hollywood", want: []string{":Ann West Hollywood"}},
		{text: "He read of Martin Van Buren there.", phrase: "Martin Van Buren"},     // a particle leads the town: a surname
		{text: "Ann Quill Varrow spoke.", phrase: "Ann Quill Varrow"},                // no town
		{text: "Ann Palo Alto Quill spoke.", phrase: "Ann Palo Alto Quill"},          // the town does not end it
		{text: "Brelco Varrow Palo Alto opened.", phrase: "Brelco Varrow Palo Alto"}, // no given name leads it
	}
	ruleCases[ruleWordNoSurname] = []ruleCase{
		{text: "Shares of Ann Soup rose.", phrase: "Ann Soup", want: []string{":Ann Soup"}},
		{text: "He learnt the Ann Quill Numerals at school.", phrase: "Ann Quill Numerals", want: []string{":Ann Quill Numerals"}},
		{text: "He met Ann Wood there.", phrase: "Ann Wood"},         // a surname the census lists
		{text: "Ann Soup spoke. Soup said no.", phrase: "Ann Soup"},  // the last word alone: a surname
		{text: "He met Jay Z there.", phrase: "Jay Z"},               // an initial
		{text: "He met Ann Pinker there.", phrase: "Ann Pinker"},     // a word of a surname's form
		{text: "The West Soup fell.", phrase: "West Soup"},           // a compass point leads a region
		{text: "He met Ann SOUP there.", phrase: "Ann SOUP"},         // capitals
		{text: "He met Quarrel Soup there.", phrase: "Quarrel Soup"}, // no given name
	}
	ruleCases[ruleRecognisedNoSurname] = []ruleCase{
		{text: "He told Quillan Syndrome about it.", phrase: "Quillan Syndrome", want: []string{":Quillan Syndrome"}},
		{text: "He told Quillan Pinker about it.", phrase: "Quillan Pinker"},                       // a surname's form
		{text: "He told Quillan Wood about it.", phrase: "Quillan Wood"},                           // a surname the census lists
		{text: "He told Quillan Syndrome about it. Syndrome said no.", phrase: "Quillan Syndrome"}, // the last word alone
	}
	ruleCases[ruleParticleSurname] = []ruleCase{
		{text: "Ann bin Quarry lived there. In 1998, Bin Quarry’s men left.", phrase: "Bin Quarry", want: []string{"person:Bin Quarry"}},
		{text: "Ann van der Quill spoke. Van der Quill left.", phrase: "Van der Quill", want: []string{"person:Van der Quill"}},
		{text: "In 1998, Bin Quarry’s men left.", phrase: "Bin Quarry"},                // no person named in full
		{text: "The van Quill Trust met. Van Quill left.", phrase: "Van Quill"},        // no given name before the particle
		{text: "Ann bin Quarry Holdings grew. Bin Quarry left.", phrase: "Bin Quarry"}, // a longer name
		{text: "Ann of Quarry spoke. Of Quarry, more later.", phrase: "Of Quarry"},     // no particle
	}
}

func TestTermOfWords(t *testing.T) {
	Suggest("Load the model.", nil) // the lists are the model's
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Skin holds a Natural Moisturizing Factor (NMF).", "Natural Moisturizing Factor", true},
		{"It follows the Method Resolution Order (MRO).", "Method Resolution Order", true},
		{"Your Personally-Identifiable Information (PII) is safe.", "Personally-Identifiable Information", true},
		{"It bought Quillhart Varrow Industries (QVI).", "Quillhart Varrow Industries", false},       // a word no dictionary has
		{"The Agency's Concurrent Quarry Facility (CQF) met.", "Concurrent Quarry Facility", false},  // a body's unit after its owner's possessive
		{"The skin’s Natural Moisturizing Factor (NMF) works.", "Natural Moisturizing Factor", true}, // a common noun’s possessive
		{"He joined the Bureau of Quillhart Affairs (BQA).", "Bureau of Quillhart Affairs", false},   // a word no dictionary has
		{"It is the Bureau of Moisture Affairs (BMA).", "Bureau of Moisture Affairs", true},          // no rule typed it: words only
	} {
		runes := []rune(c.text)
		f := finder{runes: runes, toks: tokenize(runes)}
		if got := f.termOfWords(c.name); got != c.want {
			t.Errorf("termOfWords(%q) in %q = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

func TestInitialsOfATerm(t *testing.T) {
	for _, c := range []struct {
		text, abbr string
		want       EntityType
	}{
		// The initials of a term of words are no organisation.
		{"Skin holds a Natural Moisturizing Factor (NMF). The NMF keeps water in.", "NMF", ""},
		// The initials of a name with a word no dictionary has are one.
		{"Quillhart Varrow Industries (QVI) grew. The QVI board met.", "QVI", Organization},
	} {
		got := EntityType("")
		for _, s := range Suggest(c.text, nil) {
			if s.Selector.Exact == c.abbr {
				got = s.Type
			}
		}
		if got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.abbr, c.text, got, c.want)
		}
	}
}

func TestSpeaksQuote(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"“But that’s not going to happen on its own,” Quarrow said. It rained.", "Quarrow", true},
		{"“Why now?” Quarrow asks.", "Quarrow", true},
		{"“It works.” Quarrow said more.", "Quarrow", false},   // a quotation that ends a sentence: the word starts the next
		{"“It works,” Quarrow shares rose.", "Quarrow", false}, // no verb of speech
		{"He said Quarrow said it works.", "Quarrow", false},   // no quotation
	} {
		runes := []rune(c.text)
		f := finder{runes: runes, toks: tokenize(runes)}
		if got := f.speaksQuote(c.word); got != c.want {
			t.Errorf("speaksQuote(%q) in %q = %v, want %v", c.word, c.text, got, c.want)
		}
	}
	// The lone word the recogniser calls a person is suggested as one.
	text := "Heating must change. “But that’s not going to come on its own,” Brandell said. Quilling people helps."
	found := false
	for _, s := range Suggest(text, nil) {
		if s.Selector.Exact == "Brandell" && s.Type == Person {
			found = true
		}
	}
	if !found {
		t.Errorf("%q: Brandell not suggested as a person", text)
	}
}
