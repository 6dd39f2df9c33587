package annotate

import "strings"

// Persons missed on unseen pages (issue 16, fifteenth round, branch
// ner20p): on the second fresh set's studied half GA and on FA, persons
// were missed where a surname's particle in lower case stands inside the
// name ("Erik van Sebille") and where an occupation the title list does
// not hold leads the name ("Investigator Robert Cornett", "Oceanographer
// Pattiaratchi"); the name was then read as a place nobody lists or as a
// product led by a common word, and the surname alone at its other
// mentions named nobody.

// innerParticle reports whether toks[j], inside the name toks[a:b], is a
// surname's particle written in lower case ("van", "de", "von", "bin"):
// after the given name and before a capitalised word or another particle
// ("Ann van de Quill"). "of" is no particle ("Ann of Quarry").
func (f *finder) innerParticle(a, j, b int) bool {
	t := f.toks
	if j <= a || j >= b-1 || t[j].upper || t[j].text == "of" || !connectors[t[j].text] {
		return false
	}
	for k := j + 1; k < b; k++ {
		if t[k].upper {
			return true
		}
		if !connectors[t[k].text] || t[k].text == "of" {
			return false
		}
	}
	return false
}

const ruleOccupationTitle = "a person after an occupation"

// occupationSuffixes end the nouns of occupations English forms from a
// verb or a field ("investigator", "oceanographer", "pathologist",
// "librarian").
var occupationSuffixes = []string{"er", "or", "ist", "ian"}

// isOccupationWord reports whether w, capitalised, is a noun of an
// occupation by its form: a word of the dictionary of six letters or more
// ending as such nouns do, no given name and no word of a place's or an
// organisation's name ("Center", "Tower", "Harbor" end places).
func isOccupationWord(w string) bool {
	if len(w) < 6 || !isEnglishWord(w) || firstNames.has(w) || placeLastWords[w] || orgLastWords[w] || orgFirstWords[w] {
		return false
	}
	lw := strings.ToLower(w)
	for _, s := range occupationSuffixes {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// occupationBeforeName: "Investigator Ann Quill wrote", "Oceanographer
// Quillbrand said": a capitalised noun of an occupation (isOccupationWord)
// leading a phrase, before a person's full name by its form
// (firstNamePerson) or before one word that the recogniser calls a person
// and that is no word of the dictionary, no given name and no listed
// place, is a title like those listed ("Inspector", "Researcher"): the
// rest is the person, and the title no name. News writes a title once,
// before the name in full, and the surname after; a word written before
// the name at two mentions or more is part of it, a nickname ("Scooter
// Quill").
func occupationBeforeName(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 2 || !t[p.a].upper || t[p.a].allCaps || !t[p.a].word || !isOccupationWord(t[p.a].text) {
		return false
	}
	if f.leadsNameAgain(p.a) {
		return false // part of the name: "Scooter Quill ... Scooter Quill"
	}
	rest := f.text(p.a+1, p.b)
	switch {
	case p.b-p.a >= 3 && f.firstNamePerson(p.a+1, p.b):
	case p.b-p.a == 2 && f.recognised(p.a+1, p.b) == Person && !isEnglishWord(rest) && !isBasicWord(rest) &&
		!firstNames.has(rest) && !places.has(rest) && !towns.has(rest) && !orgs.has(rest) && !t[p.a+1].allCaps:
	default:
		return false
	}
	f.add(p.a+1, p.b, Person, true)
	return true
}

// leadsNameAgain reports whether the word toks[a] stands before the word
// after it, toks[a+1], at two mentions or more: written so again, a word
// before a name is part of it, a nickname ("Scooter Quill ... Scooter
// Quill"), not a title written once before the name in full.
func (f *finder) leadsNameAgain(a int) bool {
	t := f.toks
	again := 0
	for _, i := range f.mentionsOf(t[a].text) {
		if i+1 < len(t) && t[i+1].text == t[a+1].text {
			again++
		}
	}
	return again >= 2
}

// surnameEndingPlaces reports whether toks[a:b], two words whose last
// ends places' names ("Marsh", "Bay", "Hill"), is a person's full name by
// its form: a given name that is no word of the dictionary ("Shaun",
// "Mia"), then a surname the census lists (surnameWords), the whole named
// by no gazetteer. placeByLastWord then leaves it to the person rules, as
// it leaves the surnames it lists (surnamePlaceWords: "Sally Field"). A
// given name that is a word leads places after people ("Grant Park",
// "Hunter Valley").
func (f *finder) surnameEndingPlaces(a, b int) bool {
	t := f.toks
	if b-a != 2 || !firstNames.has(t[a].text) || isEnglishWord(t[a].text) || isBasicWord(t[a].text) || t[a].allCaps || t[b-1].allCaps {
		return false
	}
	whole := f.text(a, b)
	return surnameWords.has(t[b-1].text) && !places.has(whole) && !towns.has(whole) && !orgs.has(whole) && !states.has(t[a].text) &&
		!places.has(t[a].text) && !towns.has(t[a].text)
}
