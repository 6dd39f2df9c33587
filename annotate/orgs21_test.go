package annotate

import "testing"

func init() {
	ruleCases[ruleTickerAfterExchange] = []ruleCase{
		{text: "Quillco Inc. (NYSE: QLCO) rose.", phrase: "QLCO", want: []string{}},
		{text: "Brelm Ltd. (NASDAQ:QLM)(TSX:BR) fell.", phrase: "BR", want: []string{}},
		{text: "Quillon Tech (NYSE American: QLN) fell.", phrase: "QLN", want: []string{}},
		// A well-known acronym as a ticker is still no name.
		{text: "Varrow Machines Corp. (NYSE: VMC) dropped.", phrase: "VMC", want: []string{}},
		// No exchange, or no colon: left to the other rules.
		{text: "Quillco Inc. (QLCO) rose.", phrase: "QLCO"},
		{text: "The note said: QLCO rose.", phrase: "QLCO"},
		{text: "Traders at the NYSE: Ann Wu and Bob Lee.", phrase: "Ann Wu"},
	}
	ruleCases[rulePartyBeforeNoun] = []ruleCase{
		{text: "A former Conservative chief whip spoke.", phrase: "Conservative", want: []string{}},
		{text: "He lost the GOP nomination.", phrase: "GOP", want: []string{}},
		{text: "Tory MPs voted against it.", phrase: "Tory", want: []string{}},
		{text: "The previous Labor government fell.", phrase: "Labor", want: []string{}},
		// The party named as its members, its possessive, "party" after it.
		{text: "He was the only Republican in the room.", phrase: "Republican"},
		{text: "The GOP's nominee spoke.", phrase: "GOP"},
		{text: "She left the Conservative party in 2019.", phrase: "Conservative"},
		{text: "Voters backed Labour in May.", phrase: "Labour"},
	}
	ruleCases[ruleChamberAlone] = []ruleCase{
		{text: "The bill now goes to the House, which votes on Friday.", phrase: "House", want: []string{"organization:House"}},
		{text: "The challenge we have in this House is scrutiny.", phrase: "House", want: []string{"organization:House"}},
		{text: "Each day the new House majority did nothing.", phrase: "House", want: []string{"organization:House"}},
		{text: "The Quillish-controlled House voted no.", phrase: "House", want: []string{"organization:House"}},
		{text: "Members of the Assembly voted for it.", phrase: "Assembly", want: []string{"organization:Assembly"}},
		// No determiner, a sentence's first word, capitals.
		{text: "They played House music all night.", phrase: "House"},
		{text: "House prices rose again.", phrase: "House"},
		{text: "HOUSE PRICES RISE", phrase: "HOUSE"},
		{text: "She lives in a House of her own.", phrase: "House"},
	}
	ruleCases[ruleOrgBeforeItsHead] = []ruleCase{
		{text: "The Zorbly founder offered less glowing remarks.", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "Brelmo co-founder Ann Wu said so.", phrase: "Brelmo", want: []string{"organization:Brelmo"}},
		{text: "Varrow-Ledger editorial page editor Tom Moran spoke.", phrase: "Varrow-Ledger", want: []string{"organization:Varrow-Ledger"}},
		{text: "The Brelford Gazette political editor left.", phrase: "Brelford Gazette", want: []string{"organization:Brelford Gazette"}},
		{text: "Quillify chairman Bob Varrow resigned.", phrase: "Quillify", want: []string{"organization:Quillify"}},
		{text: "Would you like to join the Zorbly team?", phrase: "Zorbly", want: []string{"organization:Zorbly"}},
		{text: "The Quillify board met on Monday.", phrase: "Quillify", want: []string{"organization:Quillify"}},
		{text: "Thanks to the Zorbly Safe Browsing team for it.", phrase: "Zorbly Safe Browsing"},
		// A person, a place (a beat), a nationality, a party, a section.
		{text: "Ann Wu founder of nothing spoke.", phrase: "Ann Wu"},
		{text: "The North America editor Jon Varrow said so.", phrase: "North America"},
		{text: "The Chinese correspondent left.", phrase: "Chinese"},
		{text: "Our Business editor agreed.", phrase: "Business"},
		{text: "The Republican founders met.", phrase: "Republican"},
		{text: "The Zorbly office opened.", phrase: "Zorbly"},
	}
	ruleCases[ruleSiteTerms] = []ruleCase{
		{text: "Comments are subject to our Terms of Service and the rules.", phrase: "Terms of Service", want: []string{}},
		{text: "Read the Terms and Conditions first.", phrase: "Terms and Conditions", want: []string{}},
		{text: "See our Privacy Policy for details.", phrase: "Privacy Policy", want: []string{}},
		// Other names with the same words.
		{text: "He joined the Quillan Service of Terms.", phrase: "Quillan Service of Terms"},
		{text: "She wrote for Foreign Policy in May.", phrase: "Foreign Policy"},
	}
	ruleCases[ruleNameBeforeParty] = []ruleCase{
		{text: "The rhetoric of Netanyahu’s Quillud party drew a warning.", phrase: "Quillud", want: []string{"organization:Quillud"}},
		{text: "The ruling Zorbla party won again.", phrase: "Zorbla", want: []string{"organization:Zorbla"}},
		{text: "The Brelmo party leader resigned.", phrase: "Brelmo", want: []string{"organization:Brelmo"}},
		// No politics around it, a holiday, a person, a place.
		{text: "We went to the Zorbla party on Friday.", phrase: "Zorbla"},
		{text: "Her Halloween party leader was late.", phrase: "Halloween"},
		{text: "Ann Wu met Bob Lee. The ruling Lee party lost.", phrase: "Lee", prior: "Bob Lee"},
		{text: "The ruling Texas party met.", phrase: "Texas"},
	}
}

// TestAcronymDefinedInQuotes: an acronym spelled out before it in lower
// case inside quotation marks is a term, as without them (acronymUse);
// spelled out in capitals, a name.
func TestAcronymDefinedInQuotes(t *testing.T) {
	for _, c := range []struct {
		text, acronym string
		org           bool
	}{
		{`It held so-called "quantum widget data" (QWD) on users. "QWD" is not needed.`, "QWD", false},
		{"It held so-called “quantum widget data” (QWD) on users.", "QWD", false},
		{`A report by the "Quantum Widget Institute" (QWI) came out. QWI said so.`, "QWI", true},
	} {
		got := false
		for _, s := range Suggest(c.text, nil) {
			if string([]rune(c.text)[s.Selector.Start:s.Selector.End]) == c.acronym && s.Type == Organization {
				got = true
			}
		}
		if got != c.org {
			t.Errorf("%q: %s suggested as an organisation %v, want %v", c.text, c.acronym, got, c.org)
		}
	}
}
