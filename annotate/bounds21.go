package annotate

import "strings"

// Rules of issue 16's sixteenth round on bounds (branch ner21b): a name
// suggested a word too long or too short costs a false suggestion and a
// missed mention at once. Each rule here fixes a class of such pairs seen
// on the study halves (TestEntityGoldStudyBoundaries) and read on
// unannotated news.

// theVenue reports whether the place toks[a:b] is a building or venue's
// name, which a "The" capitalised inside a sentence belongs to ("at The
// Quillan Hotel", "@ The Varrow Forum"), as it does to an organisation's
// (finder.add): no place or town of the gazetteer ("The Netherlands",
// "the Bronx" written "The Bronx" in a title are its name without it).
func theVenue(f *finder, a, b int) bool {
	name := f.text(a, b)
	return !places.has(name) && !towns.has(name) && !states.has(name)
}

// ruleNameOfCountry is the name of the inner split nameOfCountry.
const ruleNameOfCountry = "a name of one word from a country"

// nameOfCountry: "Safran of France", "Quillex of Germany": a name of one
// word, no English word, before "of" and a country or state, as wire copy
// names a foreign company ("General Electric and Safran of France") or a
// player ("Varrowitz of Serbia"), is the name and where it is from: two
// names. The word is typed alone by the rules (its other mentions, the
// names listed with it); the place is a place. Names of the form whose
// first word is English stay whole ("Bank of Japan", "Voice of America",
// "Life of Georgia", "Gulf of Mexico"), and so do titles and given names
// ("Duke of York", "Mary of Teck").
func nameOfCountry(f *finder, a, i, b int) bool {
	t := f.toks
	if t[i].text != "of" || i != a+1 || !t[a].word || !t[a].upper || t[a].sentStart && f.tags[a] != "" && !strings.HasPrefix(f.tags[a], "NNP") {
		return false
	}
	w := t[a].text
	if isEnglishWord(w) || titles[w] || nobleTitles[w] || firstNames.has(w) || places.has(w) || towns.has(w) || demonyms.has(w) ||
		orgFirstWords[w] || orgLastWords[w] || singleOrgWords[w] || kindWordsAlone[w] || placeNameWords[w] || geoWords[w] {
		return false
	}
	k := i + 1
	if k < b && t[k].text == "the" {
		k++ // "Brelco of the Netherlands"
	}
	if k >= b {
		return false // "Quillex of the" ends the phrase: no place after it
	}
	if rest := f.text(k, b); !places.has(rest) && !states.has(rest) || towns.has(rest) && !places.has(rest) {
		return false
	}
	f.phrase(a, i, false)
	f.add(k, b, Place, true)
	return true
}

// ruleHeadlinePreposition names splitAtHeadlinePreposition.
const ruleHeadlinePreposition = "a preposition capitalised in a headline"

// headlinePrepositions are prepositions and conjunctions that a headline
// in title case capitalises and that no name holds inside: no list of
// names of places, organisations, events or things Margin reads has one
// between two of its words.
var headlinePrepositions = setOf("During", "Amid", "Amidst", "Despite", "Following", "Versus", "Via", "Toward",
	"Towards", "Throughout", "Until", "Unlike", "Upon", "Onto")

// splitAtHeadlinePreposition: "Pizza Delivery to Quillstan During Super
// Bowl", "Varrow Wins Despite Injury": a headline in title case joins the
// names around a capitalised preposition into one run of capitals; the
// preposition names nothing and ends one phrase, and the words after it
// are typed afresh. A preposition first in the phrase is left to the rules
// that trim a phrase's front; a work's title in quotation marks is no
// phrase here.
func splitAtHeadlinePreposition(f *finder, p *phraseSpan) bool {
	t := f.toks
	for i := p.a + 1; i < p.b; i++ {
		if !headlinePrepositions[t[i].text] {
			continue
		}
		f.phrase(p.a, i, p.descriptor)
		if i+1 < p.b {
			f.phrase(i+1, p.b, p.descriptor)
		}
		return true
	}
	return false
}

// surnameBeforeSuffix reports whether the title word toks[i] of the phrase
// toks[a:b] is a surname: after a given name and before nothing but a
// generational suffix ("Martin Luther King Jr.", "Ann Bishop III"), a
// title takes no name of its own, and "Jr." is none (splitAtTitle read
// "King" as a title and "Jr." as the person).
func surnameBeforeSuffix(f *finder, a, i, b int) bool {
	t := f.toks
	if i == a || !firstNames.has(t[i-1].text) || places.has(t[i-1].text) {
		return false
	}
	for k := i + 1; k < b; k++ {
		if !nameSuffixes[t[k].text] {
			return false
		}
	}
	return i+1 < b
}

// rulePersonsJoinedByHyphen names personsJoinedByHyphen.
const rulePersonsJoinedByHyphen = "two persons' full names joined by a hyphen"

// personsJoinedByHyphen: "the Ann Quill-Bob Varrow ticket", "the Jane
// Roe-Tom Doe film": two persons' full names joined by a hyphen, as a
// ticket, a pairing or a film's stars are named, are two persons, as "US"
// and "China" of "US-China" are two places. The phrase is a given name, a
// hyphenated word whose second part is a given name, and a surname; a
// double surname ("Ann Quill-Varrow") has no given name after the hyphen
// and nothing after it.
func personsJoinedByHyphen(f *finder, p *phraseSpan) bool {
	t := f.toks
	a := p.a
	if p.descriptor || p.b-a != 3 || !firstNames.has(t[a].text) || places.has(t[a].text) {
		return false
	}
	first, second, ok := strings.Cut(t[a+1].text, "-")
	if !ok || strings.ContainsAny(second, "-‐") || first == "" || !startsUpper(first) || !firstNames.has(second) ||
		places.has(second) {
		return false
	}
	last := t[a+2]
	if !last.word || !last.upper || last.allCaps || places.has(last.text) {
		return false
	}
	hyphen := t[a+1].start + len([]rune(first))
	f.addPersonRunes(t[a].start, hyphen)
	f.addPersonRunes(hyphen+1, last.end)
	return true
}

// addPersonRunes adds the runes [start, end), two words or more, as a
// person's full name, as finder.add does for tokens: its surname is known
// after it (noteSurnames).
func (f *finder) addPersonRunes(start, end int) {
	name := string(f.runes[start:end])
	f.cands = append(f.cands, candidate{start: start, end: end, name: name, typ: Person, firm: true, words: strings.Count(name, " ") + 1, rule: f.rule})
	if k := strings.LastIndex(name, " "); k >= 0 {
		f.noteSurnames(name, name[k+1:])
	}
	if f.named == nil {
		f.named = make(map[string]bool)
	}
	f.named[name] = true
}

// ruleBodyOfJoinedPlaces names bodyOfJoinedPlaces.
const ruleBodyOfJoinedPlaces = "a body named after two places joined by a hyphen"

// bodyOfJoinedPlaces: "the U.S.-Quillan Business Council", "the U.K.-Varrow
// Joint Commission": a body named after two places joined by a hyphen is
// one name with both, as "the US-China Business Council" is when no full
// stop cuts the first place off into a phrase of its own. The phrase after
// the hyphen ends in an organisation's word and has two words or more; the
// place before it, just typed, is taken into the name. Two places before
// a lower-case word ("the U.S.-Mexico border") are left to the rules of
// places.
func bodyOfJoinedPlaces(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	if p.descriptor || a < 2 || b-a < 2 || len(f.cands) == 0 || !orgLastWords[t[b-1].text] {
		return false
	}
	dash := t[a-1]
	if dash.text != "-" && dash.text != "‐" || dash.start != t[a-2].end || dash.end != t[a].start || !strings.HasSuffix(t[a-2].text, ".") {
		return false
	}
	last := f.cands[len(f.cands)-1]
	if last.typ != Place || last.start != t[a-2].start || last.end != t[a-2].end || places.has(f.text(a, b)) {
		return false
	}
	f.cands = f.cands[:len(f.cands)-1]
	f.add(a-2, b, Organization, true)
	return true
}
