package annotate

// Rules found by reading fresh news pages at first sight (issue 16,
// ner18i): classes of mistake that whole pages nobody tuned for showed.
// Each is one entry of phraseRules (phrase.go).

// romanNumeralAlone: a Roman numeral standing alone is no name ("an IV
// line", "IV therapy", "part VI"); a numeral that belongs to a name comes
// with it ("World War II", "Elizabeth II", "Super Bowl LIV"). One letter
// ("I", "V") is left to the other rules.
func romanNumeralAlone(f *finder, p *phraseSpan) bool {
	if w := f.word(p.a); p.b-p.a != 1 || len(w) < 2 || !wellFormedNumeral(w) {
		return false
	}
	f.addSurnameOnly(p.a, p.b)
	return true
}

// wellFormedNumeral reports whether w is a Roman numeral written by the
// rules, below 400 ("IV", "XII", "XLIV"), not an acronym of its letters
// ("ICC", "CCIV" is, "IIV" is not).
func wellFormedNumeral(w string) bool {
	rest := w
	for _, step := range [][]string{{"CCC", "CC", "C"}, {"XC", "XL", "LXXX", "LXX", "LX", "L", "XXX", "XX", "X"}, {"IX", "IV", "VIII", "VII", "VI", "V", "III", "II", "I"}} {
		for _, s := range step {
			if len(rest) >= len(s) && rest[:len(s)] == s {
				rest = rest[len(s):]
				break
			}
		}
	}
	return rest == "" && w != ""
}

// eventNumeralI reports whether the "I" at toks[b-1] is the numeral of an
// event's name ("World War I", not the pronoun): it follows an event's
// last word in a name of three words or more, and no lower-case word
// other than a conjunction or an article follows it ("World War I, and",
// "World War I ended" is rare; "the Great War I fought in" is two words).
func eventNumeralI(f *finder, a, b int) bool {
	if b-a < 3 || f.word(b-1) != "I" || !eventLastWords[f.word(b-2)] {
		return false
	}
	switch next := f.word(b); {
	case next == "and" || next == "or" || next == "the" || next == "a":
		return true
	case f.lowerWord(b):
		return false
	}
	return true
}

// outletInDateline: a name in brackets between a dateline and its dash is
// the outlet that filed the story ("NAPA COUNTY, Calif. (KGO) --",
// "BRELFORD (Quux News) —"), a station's call letters as often as an
// agency: an organisation, not another name for the place before it.
func outletInDateline(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || a < 2 || b-a > 3 || f.word(a-1) != "(" || f.word(b) != ")" || !datelineDash(f.word(b+1)) {
		return false
	}
	// The dateline: capitalised words, commas and abbreviations' full stops
	// from the start of the line to the bracket.
	k := a - 2
	for ; k >= 0 && !f.lineBreakBefore(k+1); k-- {
		t := f.toks[k]
		if t.word && !t.upper || !t.word && t.text != "," && t.text != "." {
			return false
		}
	}
	if k == a-2 && !f.lineBreakBefore(a-1) && a-1 > 0 {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// datelineDash reports whether w is a dash or a hyphen standing alone, as
// after a dateline, its outlet or a byline's lead ("— By").
func datelineDash(w string) bool {
	return w == "--" || w == "-" || w == "—" || w == "–"
}

// campusAfterDash: a university's campus written after an en dash or a
// hyphen with no space ("Rutgers University–New Brunswick", "University of
// Wisconsin–Madison") is part of the university's name, as "University
// of California, Berkeley" is (campusOfUniversity).
func campusAfterDash(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || a < 2 || len(f.cands) == 0 {
		return false
	}
	dash := f.toks[a-1]
	if dash.text != "–" && dash.text != "-" || dash.start != f.toks[a-2].end || dash.end != f.toks[a].start {
		return false
	}
	last := &f.cands[len(f.cands)-1]
	if last.end != f.toks[a-2].end || last.typ != Organization || !universityName(last.name) {
		return false
	}
	if name := f.text(a, b); !places.has(name) && !towns.has(name) {
		return false
	}
	f.extendLast(b, b-a)
	return true
}

// universityName reports whether name is a university's or a college's.
func universityName(name string) bool {
	for _, w := range []string{"University", "College", "State"} {
		if hasWord(name, w) {
			return true
		}
	}
	return false
}

// hasWord reports whether name holds w as a whole word.
func hasWord(name, w string) bool {
	for i := 0; i+len(w) <= len(name); i++ {
		if name[i:i+len(w)] == w && (i == 0 || name[i-1] == ' ') && (i+len(w) == len(name) || name[i+len(w)] == ' ') {
			return true
		}
	}
	return false
}

// givenNameSharingSurname: "Bill and Hillary Clinton", "Joel and Ethan
// Coen": a given name alone before "and" and another given name with a
// surname is a person who shares that surname. A name that goes on after
// the surname is another thing's ("the Bill and Melinda Gates
// Foundation"), and places are not read so ("France and Hong Kong",
// "Dallas and San Francisco": "Hong" and "San" are given names too).
func givenNameSharingSurname(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a != 1 || f.word(b) != "and" || f.toks[a].allCaps || !firstNames.has(f.word(a)) {
		return false
	}
	g, s := b+1, b+2
	if !f.upperWord(g) || !f.upperWord(s) || f.toks[g].sentStart || !firstNames.has(f.word(g)) ||
		f.upperWord(s+1) || f.word(s+1) == "of" || places.has(f.word(s)) || orgLastWords[f.word(s)] ||
		places.has(f.word(a)) || towns.has(f.word(a)) || places.has(f.text(g, s+1)) || towns.has(f.text(g, s+1)) {
		return false
	}
	f.add(a, b, Person, true)
	return true
}

// cueWordAfterAnd: "Margaritaville Hotels and Resorts", "Quux Arts and
// Sciences": a word that ends organisations' names, alone after "and"
// right after an organisation that ends in one, completes its name
// rather than naming a second one.
func cueWordAfterAnd(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	w := f.word(a)
	if p.descriptor || b-a != 1 || a < 2 || f.word(a-1) != "and" || len(f.cands) == 0 || !orgLastWords[w] || singleOrgWords[w] {
		return false
	}
	last := &f.cands[len(f.cands)-1]
	if last.end != f.toks[a-2].end || last.typ != Organization || !orgLastWords[f.word(a-2)] || singleOrgWords[f.word(a-2)] {
		return false
	}
	f.extendLast(b, b-a+1)
	return true
}

// companyInApposition: "One company, Avigilon, sells", "a startup,
// Quuxly, said": a name set off by commas right after a kind of company
// with "one", "a" or "another" is that company (organizationAfterItsKind
// reads it after "the").
func companyInApposition(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || a < 3 || f.word(a-1) != "," || f.word(b) != "," || !orgCueNouns[f.word(a-2)] ||
		f.fullPersonName(a, b) || places.has(f.text(a, b)) || towns.has(f.text(a, b)) {
		return false
	}
	switch f.word(a - 3) {
	case "One", "one", "a", "A", "an", "An", "another", "Another":
	default:
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// personOfCounty: "Alfredo Quillan of Brelford County", "Supervisor Ann
// Varrow of Quux Parish": a person's full name, with a title written as
// an ordinary word before it or not, and "of" a county, parish, township
// or borough is a person from a place, as "Yasutaka Uchiyama of Japan" is
// (personFromPlace, which knows only the places of its lists).
func personOfCounty(f *finder, a, i, b int) bool {
	t := f.toks
	if t[i].text != "of" || !countyName(f, i+1, b) {
		return false
	}
	s := a
	if w := t[a].text; !f.fullPersonName(s, i) && i-a >= 3 && (titles[w] || isEnglishWord(w) || f.isOrdinaryWord(w)) && !firstNames.has(w) {
		s = a + 1 // "Supervisor", "Commissioner"
	}
	if i-s < 2 || i-s > 4 || !f.fullPersonName(s, i) {
		return false
	}
	f.person(s, i)
	f.add(i+1, b, Place, true)
	return true
}

// countyName reports whether toks[a:b] name a county, a parish, a
// township or a borough by their last word: one to three capitalised
// words before it, none a word that ends an organisation's name
// ("Brelford County", not "Brelford County Council" nor "Board County").
func countyName(f *finder, a, b int) bool {
	if b-a < 2 || b-a > 4 || !countyWords[f.word(b-1)] {
		return false
	}
	for k := a; k < b-1; k++ {
		if !f.upperWord(k) || orgLastWords[f.word(k)] || orgFirstWords[f.word(k)] {
			return false
		}
	}
	return true
}

// countyWords end the names of the local areas news writes after a
// person's name and "of".
var countyWords = setOf("County", "Parish", "Township", "Borough")

// publicationByItsWords: "published in the journal Technology", "the
// magazine Quux", "This post originally appeared on Grist": a name right
// after "the" and a word for a publication, or after "originally" or
// "first" "appeared" or "published" "on", "in" or "by", is the
// publication, an organisation, even when it is an ordinary word.
func publicationByItsWords(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 4 || a < 3 || f.fullPersonName(a, b) {
		return false
	}
	kind := publicationKinds[f.word(a-1)] && f.lowerWord(a-1) && f.word(a-2) == "the"
	prep := f.word(a - 1)
	republished := (prep == "on" || prep == "in" || prep == "by") && (f.word(a-2) == "appeared" || f.word(a-2) == "published") &&
		(f.word(a-3) == "originally" || f.word(a-3) == "first")
	if !kind && !republished {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// publicationKinds are words for a publication that come before its name.
var publicationKinds = setOf("journal", "magazine", "newspaper", "tabloid", "weekly", "website", "blog", "newsletter")
