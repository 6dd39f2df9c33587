package annotate

// Rules of issue 16's seventeenth round on organisations (branch ner22o).
// Each is a class seen on two pages or more of the study halves (FA, GA,
// HA, IA and half A), kept only where the check halves did not drop.

// The names of this round's rules.
const (
	ruleCountryBody = "a national body after its country's abbreviation"
)

// countryBody: a country's abbreviation before its national body's acronym
// or one-word name is one organisation ("the U.S. FDA approved", "the
// U.S. Marines left", "US SEC"), as the guidelines annotate it ("U.S.
// FDA" as "US Congress") and as "U.S. Navy" and "U.S. Senate" are read
// already. An international body after it is no national one and stays
// apart ("a U.S. NATO ally": the place and NATO), as does a common
// acronym ("U.S. GDP"), one no list holds that the text never uses as a
// name (acronymNamed: "U.S. QZX rates") and a model before its number.
func countryBody(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if b-a != 2 || !countryAbbreviations[f.word(a)] || isNumber(f.word(b)) {
		return false
	}
	t := f.toks[a+1]
	w := t.text
	if internationalBodies[w] {
		return false
	}
	body := singleOrgWords[w] && !t.sentStart ||
		isAcronym(t) && !f.commonAcronym(w) && (orgs.has(w) || fullNames[w] != "" || inOrgLexicon(w) || f.acronymNamed(w))
	if !body {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

var (
	// countryAbbreviations are countries written by their initials before
	// a body of theirs.
	countryAbbreviations = setOf("U.S.", "US", "U.K.", "UK")
	// internationalBodies are bodies of many countries, written by their
	// initials: after a country's abbreviation they are no body of its own.
	internationalBodies = setOf("NATO", "UN", "U.N.", "EU", "E.U.", "WHO", "IMF", "OPEC", "WTO", "OECD", "ASEAN",
		"IAEA", "UNESCO", "UNICEF", "UNHCR", "ICC", "FIFA", "IOC", "UEFA", "G7", "G20", "BRICS", "OSCE", "APEC")
)

// sentenceStartingFirm reports whether toks[a:b], starting a sentence, is
// an organisation by its cue words whose first word is no English word
// ("Transocean Partners LLC (NYSE: RIGP) posted", "Quillex Holdings
// said"): the tagger's reading of that word as a common one, which drops
// a sentence's capitalised first word from a name (trimLeadingNonNames),
// is wrong there, and the name keeps it. In a text of another language
// every word is one no English list holds ("Diese Quillex GmbH"): not
// there.
func sentenceStartingFirm(f *finder, a, b int) bool {
	return b-a >= 2 && !isEnglishWord(f.toks[a].text) && !f.otherLanguage() && f.isOrganization(a, b)
}
