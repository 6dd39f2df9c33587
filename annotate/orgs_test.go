package annotate

import (
	"strings"
	"testing"
)

// The cases of the two rules of orgs.go, run by TestPhraseRules with the
// other rules' cases. The sentences are invented.
func init() {
	ruleCases[ruleLexiconOrganization] = []ruleCase{
		{text: "The deal with Beckhoff closed on Monday.", phrase: "Beckhoff", want: []string{"organization:Beckhoff"}},
		{text: "Shares of Foxconn, Inc. fell.", phrase: "Foxconn", want: []string{"organization:Foxconn, Inc."}},
		{text: "Foxconn, Inc. CEO Terry Gou spoke.", phrase: "Foxconn", want: []string{"organization:Foxconn"}},
		{text: "We met Foxconn, Inc. and Basler AG.", phrase: "Foxconn", want: []string{"organization:Foxconn"}},
		{text: "The Philadelphia Eagles won again.", phrase: "Philadelphia Eagles", want: []string{"organization:Philadelphia Eagles"}},
		{text: "He joined Logitech Europe last year.", phrase: "Logitech Europe", want: []string{"organization:Logitech Europe"}},
		{text: "Geutebrück said it would hire.", phrase: "Geutebrück", want: []string{"organization:Geutebrück"}},
		{text: "Brechbühler said it would hire.", phrase: "Brechbühler", want: []string{"organization:Brechbühler"}},
		// Brands of chains and makers from OpenStreetMap's name-suggestion-index.
		{text: "Shares of Bridgestone rose.", phrase: "Bridgestone", want: []string{"organization:Bridgestone"}},
		{text: "Prices at Aldi fell again.", phrase: "Aldi", want: []string{"organization:Aldi"}},
		// Operators the index names (utilities, transit authorities), and
		// companies listed on NASDAQ and the NYSE.
		{text: "Customers of Eversource lost power.", phrase: "Eversource", want: []string{"organization:Eversource"}},
		{text: "Seattle City Light raised its rates.", phrase: "Seattle City Light", want: []string{"organization:Seattle City Light"}},
		{text: "Shares of Chegg fell.", phrase: "Chegg", want: []string{"organization:Chegg"}},
		{text: "Analysts like Kinder Morgan again.", phrase: "Kinder Morgan", want: []string{"organization:Kinder Morgan"}},
		// A whole name of the lexicon led by a given name, where nothing
		// around it says it is a person; with a role, a verb of speech or
		// a personal pronoun it is left to the rules of persons.
		{text: "Customers of Wells Fargo were told to wait.", phrase: "Wells Fargo", want: []string{"organization:Wells Fargo"}},
		{text: "Shares of Philip Morris rose.", phrase: "Philip Morris", want: []string{"organization:Philip Morris"}},
		{text: "Philip Morris said the plan would work.", phrase: "Philip Morris"},
		{text: "Then Philip Morris wrote to his daughter.", phrase: "Philip Morris"},
		{text: "Philip Morris, the company's founder, spoke.", phrase: "Philip Morris"},
		// A name of the lexicon that is also a person's.
		{text: "Anna Basler spoke. Then Basler left.", phrase: "Basler", prior: "Anna Basler"},
		// Unknown names and English words are left to the other rules.
		{text: "Zorblax said it would hire.", phrase: "Zorblax"},
		{text: "Target said it would hire.", phrase: "Target"},
	}
	ruleCases[ruleInstitution] = []ruleCase{
		{text: "Haganah fighters held the road.", phrase: "Haganah", want: []string{"organization:Haganah"}},
		{text: "Loans bought by Fannie Mae rose.", phrase: "Fannie Mae", want: []string{"organization:Fannie Mae"}},
		{text: "She went to an Ivy League school.", phrase: "Ivy League", want: []string{"organization:Ivy League"}},
		// WordNet's names that another list reads otherwise: a street, a
		// word, a person named before.
		{text: "He walked down Downing Street.", phrase: "Downing Street"},
		{text: "Labor said no.", phrase: "Labor"},
		{text: "Ann Gestapo spoke. Then Gestapo left.", phrase: "Gestapo", prior: "Ann Gestapo"},
		{text: "Zorblax said it would hire.", phrase: "Zorblax"},
	}
	ruleCases[ruleAcronymCommonNoun] = []ruleCase{
		{text: "He was found to have chronic lung disease (CLD). Doctors treat CLD with steroids.", phrase: "CLD", want: []string{"surname:CLD"}},
		{text: "It sells ads through quick-trade bidding, or QTB. QTB grew fast.", phrase: "QTB", want: []string{"surname:QTB"}},
		{text: "The firm sells an ICX to hospitals.", phrase: "ICX", want: []string{"surname:ICX"}},
		{text: "The engine turns at 3,000 RPX on the highway.", phrase: "RPX", want: []string{"surname:RPX"}},
		{text: "The screen deals with HVX and text entry.", phrase: "HVX", want: []string{"surname:HVX"}},
		{text: "She studies gaming VR/ARX for a living.", phrase: "ARX", want: []string{"surname:ARX"}},
		{text: "She studies gaming VR/AR for a living.", phrase: "AR", want: []string{"surname:AR"}},
		{text: "The boat might just as well be QSX.", phrase: "QSX", want: []string{"surname:QSX"}},
		// Spelled out in lower case after it, or by a sentence whose first
		// word only is capitalised.
		{text: "You fall into one of three QRSE (quiet rest, slow exit) groups. Regular QRSE is common.", phrase: "QRSE", want: []string{"surname:QRSE"}},
		{text: "Binge eating xerosis (BEX) is common. BEX is a recognized condition.", phrase: "BEX", want: []string{"surname:BEX"}},
		{text: "Federal Bureau of Zoning (FBZ) agents came. FBZ said so.", phrase: "FBZ"},
		{text: "Zorbly Motors (ZMX) makes cars. ZMX (for now) grows.", phrase: "ZMX"},
		// An acronym used as a name is left to the acronym rule.
		{text: "He told the FBI everything.", phrase: "FBI"},
		{text: "Zorbly Motors (ZMX) makes cars. A new ZMX model came out.", phrase: "ZMX"},
		{text: "The ZMX says that an ZMX will come.", phrase: "ZMX"},
		{text: "He was an anonymous NSX aide.", phrase: "NSX"},
		{text: "She called a FBZ with clout, the Federal Bureau of Zoning (FBZ).", phrase: "FBZ"},
		{text: "It was posted on November 4, 2019\n\nFTX: We earn income from links.", phrase: "FTX"},
		{text: "The former KGX officer spoke.", phrase: "KGX"},
	}
}

// TestOrgLexiconAfterTitle: a branch of a company of the lexicon after a
// title is the company's, a single word after a title a person's surname.
func TestOrgLexiconAfterTitle(t *testing.T) {
	text := "Anna Kovacs, President Logitech Europe, says sales grew. Mr. Basler disagreed."
	want := map[string]EntityType{"Anna Kovacs": Person, "Logitech Europe": Organization, "Basler": Person}
	got := map[string]EntityType{}
	for _, s := range Suggest(text, nil) {
		got[s.Selector.Exact] = s.Type
	}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%q suggested as %q, want %q (all: %v)", name, got[name], typ, got)
		}
	}
}

// TestOrgLexiconWords checks what the lexicon holds: names sorted as
// sortedList searches them, none twice, none ending in a legal form, no
// English word or given name alone.
func TestOrgLexiconWords(t *testing.T) {
	loadModel()
	lines := strings.Split(strings.TrimSuffix(orgNamesData, "\n"), "\n")
	if len(lines) < 10000 {
		t.Fatalf("the lexicon holds %d names, want over 10,000", len(lines))
	}
	for i, name := range lines {
		if i > 0 && lines[i-1] >= name {
			t.Fatalf("%q comes after %q: not sorted or twice", name, lines[i-1])
		}
		fields := strings.Fields(name)
		if last := fields[len(fields)-1]; companySuffixes[last] && len(fields) > 1 {
			t.Errorf("%q keeps its legal form", name)
		}
		if last := fields[len(fields)-1]; orgLastWords[last] && len(fields) > 1 {
			t.Errorf("%q ends in a cue word of the rules (orgLastWords): they type it anyway", name)
		}
		if familyNameFirst[name] {
			t.Errorf("%q is a family name written first (familyNameFirst): a person's name more often than a company's", name)
		}
		if len(fields) == 1 && (isBasicWord(name) || firstNames.has(name)) {
			t.Errorf("%q is an English word or a given name alone", name)
		}
	}
	for _, name := range []string{"Beckhoff", "Logitech", "Philadelphia Eagles", "Brechbuehler", "Transport for London", "Maxar"} {
		if !inOrgLexicon(name) {
			t.Errorf("%q is not in the lexicon", name)
		}
	}
	// Governments named by their place, districts that are areas and
	// short words of the index's operators are left out.
	for _, name := range []string{"Target", "Summit", "Apple Inc.", "Momentum", "Zorblax", "City of Norman", "Rizal District", "Moto"} {
		if inOrgLexicon(name) {
			t.Errorf("%q is in the lexicon", name)
		}
	}
}

// TestOrgLexiconInText runs Suggest on invented text: a company the
// lexicon knows, named with no cue word and in a context that says
// nothing of what it is, is suggested as an organisation in every mention
// (so the test fails if the lexicon does nothing: no other rule types
// these); a person whose surname is a company of the lexicon stays a
// person; an acronym the text defines in lower case is suggested nowhere.
func TestOrgLexiconInText(t *testing.T) {
	for _, name := range []string{"Beckhoff", "Geutebrück", "Garmin"} {
		if !inOrgLexicon(name) {
			t.Fatalf("%q is not in the lexicon: the test needs names of it", name)
		}
	}
	text := "Analysts had expected less from Beckhoff this year.\n\n" +
		"Sales at Geutebrück rose, and Geutebrück hired more staff.\n\n" +
		"The patient had chronic obstructive bronchial disease (COBD). COBD is treated with inhalers, and a COBD flare can kill.\n\n" +
		"Maria Garmin, a teacher, said Garmin was her name long before the company's."
	count := map[string]int{}
	for _, s := range Suggest(text, nil) {
		exact := s.Selector.Exact
		switch {
		case exact == "COBD":
			t.Errorf("COBD, an acronym of a disease, suggested as %s", s.Type)
		case exact == "Beckhoff" || exact == "Geutebrück":
			if s.Type != Organization {
				t.Errorf("%s at %d suggested as %s, want an organisation", exact, s.Selector.Start, s.Type)
			}
		case strings.Contains(exact, "Garmin"):
			if s.Type != Person {
				t.Errorf("%q suggested as %s: the person named in full wins over the lexicon", exact, s.Type)
			}
		}
		count[exact]++
	}
	for name, want := range map[string]int{"Beckhoff": 1, "Geutebrück": 2, "Maria Garmin": 1, "Garmin": 1} {
		if count[name] != want {
			t.Errorf("%q suggested %d times, want %d (%v)", name, count[name], want, count)
		}
	}
}

// TestOrgLexiconWholeAtSentenceStart: a name of the lexicon that begins a
// sentence with a word the tagger reads as a common noun, and holds "for",
// "on" or "and", is suggested whole ("Transport for London", not "for
// London" or "London"); a "The" before a band's name at a sentence's start
// is still no part of it.
func TestOrgLexiconWholeAtSentenceStart(t *testing.T) {
	for _, name := range []string{"Transport for London", "The Beatles", "Beatles"} {
		if !inOrgLexicon(name) {
			t.Fatalf("%q is not in the lexicon: the test needs it", name)
		}
	}
	cases := []struct{ text, want, not string }{
		{"Transport for London said the line would reopen.", "Transport for London", "London"},
		{"The Beatles played in Hamburg.", "Beatles", "The Beatles"},
	}
	for _, c := range cases {
		got := map[string]EntityType{}
		for _, s := range Suggest(c.text, nil) {
			got[s.Selector.Exact] = s.Type
		}
		if got[c.want] != Organization {
			t.Errorf("%q: %q not suggested as an organisation (%v)", c.text, c.want, got)
		}
		if _, ok := got[c.not]; ok {
			t.Errorf("%q: %q suggested (%v)", c.text, c.not, got)
		}
	}
}
