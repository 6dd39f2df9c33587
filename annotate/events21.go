package annotate

import "strings"

// The rules of this file (issue 16, sixteenth round, third wave, ner21e)
// read events named by their kind where the other rules drop the kind
// or type the name as something else: a storm named after its kind
// ("Cyclone Varrow", "Tropical Storm Brella", "Superstorm Quilla"), a
// disaster named by a word for a calamity ("Brelford Earthquake", "Great
// Fire of Brelford") and a contest named by its word ("Quuxland Song
// Contest", "Varrow Pageant", "Brelford Rally").

// The rules of this file, by name, for their confidence.
const (
	ruleEditionOfYear     = "an event's edition by a name and its year"
	ruleStormByKind       = "a storm named after its kind"
	ruleEventOfCalamity   = "a disaster or contest by its last word"
	ruleEventOfGreatWords = "a great calamity of the past"
)

// events21 runs the rules of this file that read the words around a
// name (in namedThings, before the phrase rules).
func (f *finder) events21(covered map[int]bool) {
	f.stormsByKind(covered)
	f.editionsOfNameAndYear(covered)
}

// editionsOfNameAndYear types a name of one word written with a year and
// nothing between as an event's edition ("fans flew to Quuxfestival 2019,
// the biggest festival of the summer", "at Brelcon 2015 the conference
// drew 3,000"), where a word for a gathering (gatheringNouns, in lower
// case) stands within thirty words: a place and a year are
// eventsOfPlaceAndYear's, an acronym and a year eventEditions'. The name
// is no English word ("Vision 2030", "Office 2019", "Class 2020"), no
// place, nationality, given name, month, company of the lexicon or
// organisation the lists know, and not in capitals; a capitalised word
// before it or after the year makes a longer name, and a noun after the
// year ("Quuxbox 2020 sales") makes the year a model's, both left to the
// other rules.
func (f *finder) editionsOfNameAndYear(covered map[int]bool) {
	t := f.toks
	for i := 1; i < len(t); i++ {
		if !isYear(t[i].text) || f.lineBreakBefore(i) || t[i].start != t[i-1].end+1 || !f.upperWord(i-1) || covered[i-1] {
			continue
		}
		a := i - 1
		if f.upperWord(a-1) && !t[a].sentStart && !f.lineBreakBefore(a) || f.upperWord(i+1) && !f.lineBreakBefore(i+1) {
			continue
		}
		if next := f.word(i + 1); next == "-" || next == "/" || isNumber(next) || f.lowerWord(i+1) && strings.HasPrefix(f.tags[i+1], "NN") {
			continue
		}
		w := t[a].text
		if t[a].allCaps || isEnglishWord(w) || isBasicWord(w) || notNames[w] || monthWords[w] || weekdayWords[w] || stopwords[w] ||
			places.has(w) || towns.has(w) || states.has(w) || demonyms.has(w) || firstNames.has(w) || inOrgLexicon(w) || orgs.has(w) ||
			strings.ContainsAny(w, ".’'") || !f.gatheringNear(i) {
			continue
		}
		f.addThing(a, i+1, Event, ruleEditionOfYear, covered)
	}
}

// gatheringNear reports whether a word for a gathering (gatheringNouns)
// stands in lower case within thirty words of toks[i].
func (f *finder) gatheringNear(i int) bool {
	for k := max(0, i-30); k < len(f.toks) && k <= i+30; k++ {
		if f.lowerWord(k) && gatheringNouns[f.toks[k].text] {
			return true
		}
	}
	return false
}

// stormKinds start the name of a storm ("Hurricane Zorba", "Typhoon
// Quilla", "Cyclone Varrow", "Storm Brella", "Superstorm Quilla");
// "Depression" only after a lead of stormLeads ("Tropical Depression
// Varrow").
var stormKinds = setOf("Hurricane", "Typhoon", "Cyclone", "Storm", "Superstorm", "Depression")

// stormLeads before a storm's kind belong to its name ("Tropical Storm
// Brella", "Winter Storm Varrow", "Post-Tropical Cyclone Quilla").
var stormLeads = setOf("Tropical", "Subtropical", "Post-Tropical", "Extratropical", "Winter", "Severe")

// stormsByKind types a storm's kind and its name of one word as an event
// ("Cyclone Varrow hit the coast", "after Tropical Storm Brella",
// "Superstorm Quilla flooded"), with a lead of stormLeads before the kind.
// The name is a given name or no English word ("Storm Shadow" is a
// missile, "Hurricane Season" none); a capitalised word before the kind
// makes it the end of a longer name ("Eurofighter Typhoon"), and one
// after the name a longer name or a headline in title case ("Hurricane
// Zorba Relief Fund"): both are left to the other rules. It runs before
// the phrase rules, which drop a kind starting a sentence as a word that
// starts no name.
func (f *finder) stormsByKind(covered map[int]bool) {
	t := f.toks
	for i := 0; i+1 < len(t); i++ {
		if !stormKinds[t[i].text] || !t[i].upper || t[i].allCaps {
			continue
		}
		a := i
		if i > 0 && stormLeads[t[i-1].text] && !f.lineBreakBefore(i) {
			a = i - 1
		}
		if t[i].text == "Depression" && a == i {
			continue // "the Depression", "Great Depression"
		}
		if f.upperWord(a-1) && !t[a].sentStart && !f.lineBreakBefore(a) && f.word(a-1) != "The" {
			continue // the end of a longer name: "Eurofighter Typhoon"
		}
		n := i + 1
		if !f.stormName(n) || f.upperWord(n+1) && !f.lineBreakBefore(n+1) {
			continue
		}
		f.addThing(a, n+1, Event, ruleStormByKind, covered)
		i = n
	}
}

// stormName reports whether toks[n] may be a storm's own name: a
// capitalised word on the same line, not in capitals, that is a given
// name or no English word, and no month, day, place or word that starts
// no name.
func (f *finder) stormName(n int) bool {
	if n >= len(f.toks) || !f.upperWord(n) || f.lineBreakBefore(n) {
		return false
	}
	tok := f.toks[n]
	w := tok.text
	if tok.allCaps || notNames[w] || monthWords[w] || weekdayWords[w] || stopwords[w] || titles[w] || stormKinds[w] ||
		places.has(w) || states.has(w) || demonyms.has(w) || inOrgLexicon(w) {
		return false
	}
	return firstNames.has(w) || !isEnglishWord(w) && !isBasicWord(w)
}

// calamityWords end the name of a disaster, an event ("the Brelford
// Earthquake", "the Varrow Floods", "the Quux Oil Spill"), and
// contestWords a contest's ("the Quuxland Song Contest", "the Varrow
// Pageant", "the Brelford Rally"), where no other word of eventLastWords
// does.
var (
	calamityWords = setOf("Earthquake", "Quake", "Flood", "Floods", "Tsunami", "Wildfire", "Bushfires", "Eruption",
		"Disaster", "Pandemic", "Blizzard", "Mudslide", "Landslide", "Spill")
	contestWords = setOf("Contest", "Pageant", "Rally")
)

// greatCalamities, after "Great", name a calamity of the past, an event
// ("the Great Fire of Brelford", "the Great Crash", "the Great Smog"),
// as "Great Depression" does.
var greatCalamities = setOf("Fire", "Crash", "Smog", "Plague", "Flood", "Storm", "Blizzard", "Freeze", "Panic",
	"Earthquake", "Quake", "Blackout", "Drought", "Hurricane")

// eventOfCalamity types a phrase of two words or more ending in a word
// of calamityWords or contestWords as an event ("the Brelford Earthquake
// of 1906", "She won the Quuxland Song Contest", "the Dakar-style Varrow
// Rally"), and a spelling bee ("the Brelford Spelling Bee"). It refuses
// what eventEdition refuses (a headline in title case, a person named
// Day), a person's full name ("Ann Flood"), a phrase before a title, a
// company of the lexicon, and a phrase holding a word of one letter ("the
// X Windows Disaster", a quip about a product).
func eventOfCalamity(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 {
		return false
	}
	last := f.toks[b-1].text
	if !calamityWords[last] && !contestWords[last] && !(last == "Bee" && f.toks[b-2].text == "Spelling") {
		return false
	}
	if f.fullPersonName(a, b) || inOrgLexicon(f.text(a, b)) || orgs.has(f.text(a, b)) {
		return false
	}
	for _, tok := range f.toks[a : b-1] {
		if len(tok.text) == 1 {
			return false // "the X Windows Disaster": a product's letter, a quip
		}
	}
	start, ok := eventEdition(f, a, b)
	if !ok {
		return false
	}
	f.add(start, b, Event, true)
	return true
}

// eventOfGreatWords types "Great" and a word of greatCalamities as an
// event, with "of" and its place when the phrase goes on so ("the Great
// Crash", "the Great Fire of Brelford"): the other rules read "Great" and
// a noun as a person's or an organisation's name.
func eventOfGreatWords(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || f.toks[a].text != "Great" || !greatCalamities[f.toks[a+1].text] {
		return false
	}
	if b > a+2 && !(b > a+3 && f.toks[a+2].text == "of") {
		return false // "Great Fire Brigade": a longer name
	}
	f.add(a, b, Event, true)
	return true
}

// ruleTourOfPerformer is the name of tourOfPerformer, for its confidence.
const ruleTourOfPerformer = "a performer's tour after a possessive"

// tourOfPerformer types a phrase of two words or more ending in "Tour"
// after a possessive as a performer's tour, an event ("the band kicked
// off its Lantern Moth Tour", "Ann Quill's Silver Lantern Tour sold
// out"), where "Tour" after other words may be a body ("the PGA Tour").
// In a sports report none is read ("his European Tour title"), nor a
// tour named by a place, a nationality or capitals ("their Asian Tour",
// "her LPGA Tour card"), nor a headline in title case (eventEdition).
func tourOfPerformer(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || f.toks[b-1].text != "Tour" || f.sports {
		return false
	}
	lead := f.word(a - 1)
	if !(possessivePronouns[lead] && f.lowerWord(a-1)) && !(lead == "s" && a >= 2 && isApostrophe(f.word(a-2))) {
		return false
	}
	first := f.toks[a]
	if first.allCaps || demonyms.has(first.text) || places.has(first.text) || states.has(first.text) || inOrgLexicon(f.text(a, b)) {
		return false
	}
	start, ok := eventEdition(f, a, b)
	if !ok {
		return false
	}
	f.add(start, b, Event, true)
	return true
}
