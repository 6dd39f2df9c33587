package annotate

import (
	_ "embed"
	"strings"
)

// Person rules that fall on unseen pages (issue 16, fifteenth round,
// branch ner20r). "A person by a first name" holds on the studied tune
// part (274 of 282 right) and falls on the fresh pages (73 of 98): a
// title, a game, a greeting or a product led by a given name that is also
// a word ("Star Wars", "Happy New Year") reads as a person's full name by
// its form. What tells them apart is how the clipping goes on naming it.

const ruleWordsNamedWhole = "a given name and words, named whole again"

// wordsNamedWholeAgain: "Star Quux fans ... the Star Quux saga ... Star
// Quux turns 40": a phrase led by a given name that is an English word,
// all of whose other words are English words and no given names, that the
// clipping writes whole (its first two words together) twice or more and
// whose second word it never writes capitalised without the first, is
// the name of a work, a product or a greeting, not a person: a person
// named in full is named again by the surname alone ("Smith said"), and
// a person whose given name and surname are both words of the dictionary
// ("Mark Wood", "Will Smith") is seldom named whole at every mention. It
// is left untyped, to take the type of its other mentions, if any. The
// given names that one list holds only are givenNameWordBeforeWords', and
// a compass point leads a region's name, not a person's.
func wordsNamedWholeAgain(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 2 || p.b-p.a > 4 || !firstNames.has(t[p.a].text) || !(isEnglishWord(t[p.a].text) || isBasicWord(t[p.a].text)) {
		return false
	}
	if !f.firstNamePerson(p.a, p.b) {
		return false // no person's name by its form, nor a region's: "West Quarry Division" (compassWords)
	}
	for _, w := range t[p.a+1 : p.b] {
		if !w.word || !w.upper || w.allCaps || firstNames.has(w.text) || !(isEnglishWord(w.text) || isBasicWord(w.text)) {
			return false
		}
	}
	first, second := t[p.a].text, t[p.a+1].text
	whole := 0
	for _, i := range f.mentionsOf(second) {
		if i == 0 {
			continue
		}
		if t[i-1].text != first {
			return false // the second word alone: a surname, perhaps ("Wood said")
		}
		whole++
	}
	if whole < 2 {
		return false
	}
	f.add(p.a, p.b, "", false)
	return true
}

// termOfWords reports whether name, the name in full of capitals that
// are its initials and that no rule typed, is a term written in title
// case: all its words, and the parts of its hyphenated words, are words
// of the dictionary ("Natural Moisturizing Factor", "Method Resolution
// Order", "Area Under Curve"), and it follows no name's possessive.
// Its capitals ("NMF") are then no organisation's acronym, as they are
// where the name holds a word no dictionary has ("Quillhart Varrow
// Industries", "QVI") or names a unit of a body after its possessive
// ("the Agency's Concurrent Quarry Facility", "CQF").
func (f *finder) termOfWords(name string) bool {
	words := strings.Fields(name)
	for _, w := range words {
		for _, part := range strings.Split(w, "-") {
			if part == "" || stopwords[part] || strings.ToLower(part) == part {
				continue
			}
			if !isEnglishWord(part) {
				return false
			}
		}
	}
	for _, i := range f.mentionsOfName(name, len(words)) {
		if i >= 3 && f.toks[i-1].text == "s" && isApostrophe(f.toks[i-2].text) && f.toks[i-3].upper {
			return false // a body's unit, after its owner's possessive
		}
	}
	return true
}

const ruleNameOfTown = "a name that ends in a town of two words"

// nameEndingInTown: "Quill Varrow Phu Quoc", "The Brelford West
// Hollywood": a phrase of three or four words led by a given name whose
// last two words are a town of two words that GeoNames lists is a hotel,
// a resort or a branch named after its place, not a person's name: a
// person's surname and middle name are seldom a town's whole name, but
// for the towns named like a surname with its particle ("Van Buren",
// "De Soto", "La Salle", "St. John"), which are left to the other rules.
// It is left untyped, to take the type of its other mentions, if any.
func nameEndingInTown(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 3 || p.b-p.a > 4 || !firstNames.has(t[p.a].text) || !f.firstNamePerson(p.a, p.b) {
		return false
	}
	town := f.text(p.b-2, p.b)
	if lead := t[p.b-2].text; !towns.has(town) && !places.has(town) || connectors[strings.ToLower(lead)] || surnameLeads[lead] {
		return false
	}
	f.add(p.a, p.b, "", false)
	return true
}

// surnameLeads are the capitalised particles that lead a surname as they
// lead a town's name ("St. John", "Mac Arthur", "El Paso"), beside the
// lower-case connectors ("van", "de", "la").
var surnameLeads = setOf("St.", "St", "Saint", "San", "Santa", "Mac", "Mc", "Al", "El", "Ben", "Bin", "Abu", "O", "Fitz", "Van", "Von", "De", "Del", "Della", "Di", "Da", "Du", "Des", "La", "Le", "Los", "Las")

// surnameWords are the surnames of the 1990 United States census that are
// words of English too ("Smith", "Wood", "Banks", "Locks"): 4,647 of its
// 88,799 (data/surname-words.txt, read in place).
var (
	//go:embed data/surname-words.txt
	surnameWordsData string
	surnameWords     = sortedList{data: surnameWordsData}
)

const ruleWordNoSurname = "a given name before a word that is no surname"

// wordNoSurname: "Star Quarry", "Happy Harvest Year", "Echo Plus": a
// phrase of two to four words led by a given name whose last word is a
// word of English that no American bears as a surname (the census lists
// "Wood", "Banks", "Bay" and "Trump", not "Year", "Design", "Plus" or
// "Soup") is a title, a product or an organisation named after a person,
// not a person's full name, unless the clipping writes the last word
// alone elsewhere, as it names a person again by the surname ("Macron
// said": surnames from outside America are not in the census). It is
// left untyped, to take the type of its other mentions, if any.
func wordNoSurname(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 2 || p.b-p.a > 4 || !firstNames.has(t[p.a].text) || !f.firstNamePerson(p.a, p.b) {
		return false
	}
	if t[p.b-1].allCaps || !f.lastWordNoSurname(p.a, p.b) {
		return false // an initial ("Jay Z"), a surname's form ("Pinker"), a surname written alone
	}
	f.add(p.a, p.b, "", false)
	return true
}

const ruleRecognisedNoSurname = "a person only the recogniser reads, ending in a word that is no surname"

// recognisedPersonOfWords: "Army Corps of Quillers", "Quux Slide",
// "Varrow Syndrome": a phrase of two words or more that only the
// recogniser calls a person (no rule before read it), whose last word is
// a word of English that no American bears as a surname and that the
// clipping never writes alone, is an organisation, a work, a product or a
// term, not a person's name (wordNoSurname says why). It is left
// untyped, to take the type of its other mentions, if any.
func recognisedPersonOfWords(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b-p.a < 2 || f.recognised(p.a, p.b) != Person || !f.lastWordNoSurname(p.a, p.b) {
		return false
	}
	f.add(p.a, p.b, "", false)
	return true
}

// lastWordNoSurname reports whether the last word of toks[a:b] is a word
// of English of three letters or more that the census lists as no
// surname, that is no given name and not of the form of the many surnames
// that end in "-er" ("Pinker"), and that the text never writes after
// another word than the one before it here ("Quarry said").
func (f *finder) lastWordNoSurname(a, b int) bool {
	t := f.toks
	last := t[b-1].text
	if !t[b-1].word || len([]rune(last)) < 3 || strings.HasSuffix(strings.ToLower(last), "er") || !isEnglishWord(last) ||
		surnameWords.has(last) || surnameWords.has(titleCase(last)) || firstNames.has(last) || firstNames.has(titleCase(last)) {
		return false
	}
	before := t[b-2].text
	for _, i := range f.mentionsOf(last) {
		if i == 0 || t[i-1].text != before {
			return false // the last word alone: a surname
		}
	}
	return true
}

const ruleParticleSurname = "a surname led by its particle in capitals"

// particleSurname: "In 1998, Bin Quarry's agents", "Van Quill said": a
// phrase of a capitalised particle and a surname ("Bin", "Van", "De"
// before one word or two) that ends the name of a person the clipping
// writes in full with the particle in lower case ("Osama bin Quarry",
// "Ann van Quill") is that person, named by the surname with its particle
// capitalised, as news writes it at a sentence's start and often inside
// one.
func particleSurname(f *finder, p *phraseSpan) bool {
	t := f.toks
	n := p.b - p.a
	if p.descriptor || n < 2 || n > 3 || !connectors[strings.ToLower(t[p.a].text)] || t[p.a].text == strings.ToLower(t[p.a].text) || strings.ToLower(t[p.a].text) == "of" {
		return false
	}
	for _, i := range f.mentionsOf(strings.ToLower(t[p.a].text)) {
		if i < 1 || i+n > len(t) || i == p.a || !t[i-1].upper || !t[i-1].word || !firstNames.has(t[i-1].text) && !f.upperWord(i-2) {
			continue
		}
		same := true
		for k := 1; k < n; k++ {
			same = same && t[i+k].text == t[p.a+k].text
		}
		if !same || i+n < len(t) && f.upperWord(i+n) {
			continue
		}
		start := i - 1
		for start > 0 && f.upperWord(start-1) && !t[start].sentStart && firstNames.has(t[start-1].text) {
			start--
		}
		f.add(p.a, p.b, Person, true)
		f.cands[len(f.cands)-1].name = f.text(start, i+n)
		return true
	}
	return false
}

// speaksQuote reports whether the word name stands, at one mention or
// more, right after a quotation that ends in a comma, a question mark or
// an exclamation mark and before a verb of speech in the past or present
// ("“Not on its own,” Quarry said", "“Why?” Quarry asks"): the attribution
// of a quotation names the one who spoke, whom news names by the surname
// alone once it has named them (the gold set's tune part: 45 of 45 such
// words are persons). A company that speaks does it "in a statement",
// which organizationByContext reads first.
func (f *finder) speaksQuote(name string) bool {
	t := f.toks
	for _, i := range f.mentionsOf(name) {
		if i < 2 || i+1 >= len(t) || !isClosingQuote(t[i-1].text) || !f.lowerWord(i+1) || !quoteSpeechVerbs[t[i+1].text] {
			continue
		}
		switch t[i-2].text {
		case ",", "?", "!":
			return true
		}
	}
	return false
}

// quoteSpeechVerbs are the verbs of speech that follow a speaker after a
// quotation.
var quoteSpeechVerbs = setOf("said", "says", "told", "tells", "added", "adds", "asked", "asks", "explained", "explains", "recalled", "recalls", "continued", "continues")
