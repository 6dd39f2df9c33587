package annotate

import "strings"

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
		isAcronym(t) && !f.commonAcronym(w) && f.acronymNamed(w) // the lists first, then the text
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

// ruleAgencyOfPhotoCredit names agencyOfPhotoCredit.
const ruleAgencyOfPhotoCredit = "an agency credited for a photo"

// agencyOfPhotoCredit: in a photo's credit, the name an image comes from or
// through is the picture agency or site, an organisation as the
// guidelines annotate it ("Wikimedia Commons", "AP" of "Richard
// Vogel/AP"): "(Image: quillmo / Brelco Images)", "Photo: Ann Wu via
// Quillstock", "Photo Source: Bo Varrow from Quillpix", "photo:
// Quillstock", "Ann Wu/Brelco", "AFP via Brelco Images". agencyAfterSlash
// reads a name of two words written against the slash; this reads the
// rest: a slash with spaces or a lower-case contributor before it, one
// word, "via", "from" or "on" after a photographer, and the credit's name
// alone. The name ends the credit (the line, a bracket or another slash);
// a person's full name or a name the recogniser reads as a person's (the
// photographer), a place, an English word ("Source: Supplied") and a
// given name are left alone, as is a text of another language (its menus
// join words by slashes: "AGB / Datenschutz"), and
// a name after a colon or "from" only where a word of a credit leads the
// line ("Photo", "Image", "Credit", "Source").
func agencyOfPhotoCredit(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || !creditLinks[f.word(a-1)] || !f.endsCredit(b) || f.otherLanguage() {
		return false
	}
	name := f.text(a, b)
	if f.fullPersonName(a, b) || places.has(name) || towns.has(name) || states.has(name) || f.toks[a].allCaps && b-a > 1 ||
		b-a == 1 && (isEnglishWord(name) || firstNames.has(name)) {
		// "Source: Supplied", "Photo: Handout": a word, no agency.
		return false
	}
	k := a - 1
	cue := f.creditCueBefore(k)
	if b-a >= 2 && f.recognised(a, b) == Person && f.word(k) != "via" && f.word(k) != "from" && f.word(k) != "on" {
		return false // "Photo: Ann Quillbury", "© Brelco / Bo Varrow": the photographer
	}
	switch f.word(k) {
	case "/", "via":
		// "Ann Wu/Brelco", "quillmo / Brelco Images", "AFP via Brelco
		// Images": after a person's name, a contributor's or an agency's,
		// on a credit's line or at its end.
		if !cue && !f.creditorBefore(k) {
			return false
		}
	case "from", "on", ":", "©":
		if !cue || f.word(k) == ":" && (!creditCues[strings.ToLower(f.word(k-1))] || f.word(b) == "/") {
			// "photo: Quillstock" only right after the word of a credit,
			// and alone: "Credit: QuillHaven/Brelstock" names the
			// contributor first.
			return false
		}
	default:
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// endsCredit reports whether a credit ends before toks[b]: at the end of
// the text or of its line, at a closing bracket, a full stop ending the
// line, or a slash before another agency.
func (f *finder) endsCredit(b int) bool {
	if b >= len(f.toks) || f.lineBreakBefore(b) {
		return true
	}
	switch f.word(b) {
	case ")", "]", "/":
		return true
	case ".":
		return b+1 >= len(f.toks) || f.lineBreakBefore(b+1)
	}
	return false
}

// creditCueBefore reports whether a word of a photo's credit ("Photo",
// "Image", "Credit", "Source", "©") comes before toks[k] on its line and
// inside its bracket, at most twelve words back.
func (f *finder) creditCueBefore(k int) bool {
	for i := k; i >= 0 && i > k-12; i-- {
		w := f.word(i)
		if creditCues[strings.ToLower(w)] {
			return true
		}
		if w == "(" || w == "[" && i < k-1 || f.lineBreakBefore(i) || w == "." && i < k {
			return false
		}
	}
	return false
}

// creditorBefore reports whether the words just before toks[k] (a slash
// or "via") are a credit's first name, on a line of its own or ending a
// caption: a person's full name written against the slash ("Ann
// Wu/Brelco") or an agency in capitals ("AFP via Brelco Images", "AFP/").
func (f *finder) creditorBefore(k int) bool {
	j := k - 1
	if j < 0 || !f.upperWord(j) {
		return false
	}
	if f.toks[j].allCaps && len(f.toks[j].text) >= 2 && !places.has(f.toks[j].text) && (j == 0 || f.lineBreakBefore(j) || f.word(j-1) == "/") &&
		(f.word(k) == "via" || f.toks[j].end == f.toks[k].start) {
		return true // "AFP via", "AFP/", not a menu's "US / English"
	}
	for n := 2; n <= 3; n++ {
		if s := j - n + 1; s >= 0 && f.fullPersonName(s, j+1) && f.word(k) == "/" && f.toks[j].end == f.toks[k].start {
			return true
		}
	}
	return false
}

// creditLinks come before an agency in a credit.
var creditLinks = setOf("/", "via", "from", "on", ":", "©")

// creditCues are the words that open a photo's credit.
var creditCues = setOf("photo", "photos", "image", "images", "credit", "credits", "photograph", "photographer",
	"picture", "pictures", "courtesy", "source", "©")

// ruleTeamInPossessive names teamInPossessive.
const ruleTeamInPossessive = "a team's possessive after a preposition in a sports report"

// teamInPossessive: in a sports report, a town, state or country in a
// possessive after a preposition is the team that owns what follows, not
// the place the preposition points at: "failing to factor in Brelford’s
// even stronger urge to restrain him", "may the odds be ever in
// Quillville's favor", "the bottom half of Varrowland's batting"
// (teamOfSportsReport keeps a place after "in" or "of"). What a place has
// stays the place's ("in Brelford's west", "in Quillville's eastern
// suburbs", "in Varrowland's capital"), and so does a place after another
// preposition ("lost 40 minutes to Brelford’s traditional drizzle").
func teamInPossessive(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || !f.sports || f.word(a-1) != "in" && f.word(a-1) != "of" || !possessiveAt(f.toks, b) {
		return false
	}
	whole := f.text(a, b)
	if !places.has(whole) && !towns.has(whole) || f.fullPersonName(a, b) || f.surnameSoFar(whole) || demonyms.has(whole) {
		return false
	}
	for k := b + 2; k < b+6 && f.lowerWord(k); k++ {
		w := f.word(k)
		if _, part := placePartNouns[w]; part || isLocalNoun(w) || placeCueNouns[w] || placeOwnNouns[w] {
			return false
		}
		if strings.HasPrefix(f.tagAt(k), "NN") {
			f.add(a, b, Organization, true)
			return true
		}
	}
	return false
}

// placeOwnNouns, after a place's possessive, name a part or a feature of
// it besides placePartNouns, localNouns and placeCueNouns ("outskirts",
// "streets", "coast" are theirs): the place keeps its type.
var placeOwnNouns = setOf("west", "east", "north", "south", "centre", "center", "heart", "capital", "history",
	"economy", "government", "people", "waterfront", "hospitals", "weather", "climate", "parliament")
