package annotate

import "strings"

// Rules for classes of mistakes left on the pages read at first sight
// (ner18p): a technology spelt out in capitalised words before its
// initials, and an organisation whose name joins two ordinary words with
// "and".

// ruleTermSpeltInCapitals is the name of termSpeltInCapitals, for its
// confidence.
const ruleTermSpeltInCapitals = "a technique spelt out before its initials"

// techniqueLastWords end the name of a technology, method or standard
// rather than of an organisation ("Magnetic Resonance Imaging", "Light
// Detection and Ranging", "Test Procedure").
var techniqueLastWords = setOf("Technology", "Technologies", "Procedure", "Protocol", "Interface", "Standard", "Format",
	"Algorithm", "Method", "Technique")

// notTechniqueGerunds end in "-ing" but name a building or a person's
// title, not a technique ("Empire State Building", "Burger King").
var notTechniqueGerunds = setOf("Building", "Wing", "Ring", "Spring", "String", "Thing", "King", "Sterling", "Landing",
	"Crossing", "Clearing", "Meeting", "Hearing", "Briefing", "Ceiling", "Evening", "Morning", "Offering", "Wedding")

// termSpeltInCapitals: "Heat Assisted Magnetic Recording (HAMR)", "Quux
// Resonance Imaging (QRI)": capitalised ordinary words, ending in a verb's
// "-ing" noun or a word for a technique and holding no word of an
// organisation's name, spelt out right before their initials in brackets
// name a technology, which is other; its initials follow it
// (initialsOfName). An organisation spelt out so ends in a word of its
// kind ("World Health Organization (WHO)") and is left to cueOrganization.
func termSpeltInCapitals(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	t := f.toks
	if p.descriptor || b-a < 2 || b+2 >= len(t) || t[b].text != "(" || t[b+2].text != ")" || !isAcronymWord(t[b+1].text) {
		return false
	}
	last := t[b-1].text
	gerund := len(last) >= 7 && strings.HasSuffix(last, "ing") && !notTechniqueGerunds[last]
	if !gerund && !techniqueLastWords[last] {
		return false
	}
	var words []string
	for k := a; k < b; k++ {
		w := t[k].text
		if !t[k].word {
			continue
		}
		if orgCueWordAt(f, k) || t[k].allCaps || !isEnglishWord(w) && !titleSmallWords[w] || places.has(w) || firstNames.has(w) {
			return false
		}
		words = append(words, w)
	}
	if !spelledOut(strings.TrimSuffix(t[b+1].text, "s"), words, false) {
		return false
	}
	f.add(a, b, Other, true)
	return true
}

// ruleOrganizationOfTwoWords is the name of organizationOfTwoWords, for
// its confidence.
const ruleOrganizationOfTwoWords = "an organisation of two words joined by and"

// organizationOfTwoWords: "Fauna and Flora International", "Quill and
// Feather Foundation": an ordinary English word, capitalised and named
// alone, then "and", then a name ending in a word that ends organisations'
// names, is one organisation; the word before "and" names nothing alone.
// A place, a given name or a name of two words or more before "and"
// ("Britain and Amnesty International") stays apart.
func organizationOfTwoWords(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || b-a > 3 || a < 3 || f.word(a-1) != "and" || len(f.cands) == 0 ||
		!orgLastWords[f.word(b-1)] || singleOrgWords[f.word(b-1)] {
		return false
	}
	for k := a; k < b-1; k++ {
		// A given name or town that is a word ("Flora", "Grace") may
		// follow "and".
		if w := f.word(k); f.toks[k].allCaps || !isEnglishWord(w) || places.has(w) {
			return false
		}
	}
	prev := a - 2
	last := &f.cands[len(f.cands)-1]
	if last.words != 1 || last.start != f.toks[prev].start || f.toks[prev-1].upper && f.toks[prev-1].word ||
		!f.ordinaryWords(prev, prev+1) || orgLastWords[f.word(prev)] {
		return false
	}
	last.end = f.toks[b-1].end
	last.name = string(f.runes[last.start:last.end])
	last.words = b - prev
	last.typ, last.firm, last.rule, last.surnameOnly = Organization, true, ruleOrganizationOfTwoWords, false
	if f.named == nil {
		f.named = make(map[string]bool)
	}
	f.named[last.name] = true
	return true
}

// ruleQuotedNickname is the name of quotedNickname, for its confidence.
const ruleQuotedNickname = "a nickname in quotation marks"

// nicknameVerbs, before a name in quotation marks, give someone a name
// ("the rival he calls “Tiny Tom”", "dubbed “Honest Abe”").
var nicknameVerbs = setOf("calls", "call", "called", "calling", "dubs", "dub", "dubbed", "dubbing", "nicknames",
	"nicknamed", "nickname", "branded", "labelled", "labeled")

// quotedNickname: "the rival he calls “Tiny Tom”", "a man dubbed “Big
// Jim”": an ordinary word or two before a given name, in quotation marks
// after a verb of naming, are a mocking or fond nickname, which is the
// person; its other mentions follow. A name that ends in no given name
// ("“Black Death”", "“Tom Varrowitz”") is left to the other rules.
func quotedNickname(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	t := f.toks
	v := a - 2
	switch f.word(v) {
	case "him", "her", "them":
		v-- // "dubbed her “Sleepy Sue”"
	}
	if p.descriptor || b-a < 2 || b-a > 3 || v < 0 || b >= len(t) || !isOpeningQuote(t[a-1].text) || !nicknameVerbs[f.word(v)] ||
		!isClosingQuote(t[b].text) && !(t[b].text == "." || t[b].text == ",") || !firstNames.has(t[b-1].text) {
		return false
	}
	for k := a; k < b-1; k++ {
		w := t[k].text
		// A given name that is a word may lead it ("Tiny", "Brave").
		if t[k].allCaps || !isEnglishWord(w) || titles[w] || titleModifiers[w] || places.has(w) {
			return false
		}
	}
	f.add(a, b, Person, true)
	return true
}

// ruleDepartmentBeforeJobTitle is the name of departmentBeforeJobTitle,
// for its confidence.
const ruleDepartmentBeforeJobTitle = "a department before a job title"

// jobTitles end a person's job in a department, not an office of its own
// ("Public Works Director", but "Attorney General").
var jobTitles = setOf("Director", "Manager", "Coordinator", "Supervisor", "Administrator", "Engineer")

// localSeatWords end the name of a county, city or state that holds a
// department ("Brelford County Public Works").
var localSeatWords = setOf("County", "City", "State", "Township", "Parish", "Borough")

// departmentBeforeJobTitle: "who is Brelford County Public Works
// Director": a place, the words of a department and a job title that ends
// the phrase name the department, without the title, as when a person's
// name follows the title ("Brelford County Public Works Director Ann
// Varrow"). An office that is a title of its own ("New York State
// Attorney General") is left to officeName, as is a seat that is no
// place ("Quux Corp. Marketing Director").
func departmentBeforeJobTitle(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	t := f.toks
	if p.descriptor || b-a < 3 || !jobTitles[t[b-1].text] || f.word(b) == "of" || f.word(b) == "for" {
		return false
	}
	for k := b - 2; k > a; k-- {
		switch seat := f.text(a, k); {
		case places.has(seat):
		case k-a >= 2 && localSeatWords[t[k-1].text]: // "Brelford County"
		default:
			continue
		}
		for j := k; j < b-1; j++ {
			if !t[j].upper || !isEnglishWord(t[j].text) || titles[t[j].text] {
				return false
			}
		}
		f.add(a, b-1, Organization, true)
		return true
	}
	return false
}

// ruleOutletOfPiece is the name of outletsOfPieces, for its confidence.
const ruleOutletOfPiece = "the outlet a piece first appeared in"

// pieceNouns name a piece of writing that a note says where it first
// appeared ("This post originally appeared on Quux").
var pieceNouns = setOf("post", "story", "article", "piece", "essay", "column", "interview", "version", "report")

// publishedVerbs say where a piece appeared, with the adverbs that may
// stand between the piece and the place ("originally appeared on",
// "was first published by").
var publishedVerbs = setOf("appeared", "ran", "published")

// outletsOfPieces types the name after a note of syndication as the
// outlet, an organisation: "This post originally appeared on Quux.",
// "This story was first published by Quux Daily", "A version of this
// article appeared in the Quux Review". Such a note names the newspaper,
// site or magazine that ran the piece, never a show or a book, which
// worksOfAppearance would read after "appeared on".
func (f *finder) outletsOfPieces(covered map[int]bool) {
	t := f.toks
	for i := 1; i+2 < len(t); i++ {
		if !f.lowerWord(i) || !publishedVerbs[t[i].text] {
			continue
		}
		k := i + 1
		switch f.word(k) {
		case "in", "on", "by":
		default:
			continue
		}
		k++
		if f.word(k) == "the" {
			k++
		}
		// Back from the verb: adverbs and "was", then the piece.
		j := i - 1
		for j > 0 && f.lowerWord(j) && (t[j].text == "originally" || t[j].text == "first" || t[j].text == "was" || t[j].text == "previously") {
			j--
		}
		if j < 0 || !f.lowerWord(j) || !pieceNouns[t[j].text] || j == i-1 && t[i].text == "published" {
			continue // "published" needs "was": "the article published in"
		}
		if k >= len(t) || covered[k] || !f.upperWord(k) || t[k].sentStart || notNames[t[k].text] || monthWords[t[k].text] {
			continue // a date, not an outlet: "The report ran in May", "appeared on Monday"
		}
		b := f.capitalRun(k)
		if b <= k || f.fullPersonName(k, b) {
			continue
		}
		f.addThing(k, b, Organization, ruleOutletOfPiece, covered)
	}
}
