package annotate

import "strings"

// This file (issue 16, sixteenth round, branch ner21w) types other
// things and works that no suggestion touched on the fresh pages, by
// classes a reader knows them by:
//
//   - a device's tier letter ending a sentence ("the Quux One S."), which
//     deviceByTierLetter leaves as a person's initial;
//   - the line and the short name of a device the text names with its
//     tier letter ("Quux One X", then "an older Quux One" and "the One S");
//   - a feature named before the word for its kind ("Turbo mode", the
//     "Wave" button, the Gold tier);
//   - a programme or plan named by its last word ("the Quillan Scholars
//     Program", "the Brelford Savings Plan");
//   - a vehicle named by its make after "a" or a possessive ("drove a
//     Varrowmobile", as the guidelines have "a Jeep");
//   - a flight by its code in a text about flights ("the search for
//     QX1234"), as the guidelines have "MH370";
//   - a service or an edition named after a product of the text ("Quux
//     Live" where "Quux" is a console the text named);
//   - a programme named by its acronym before "program" ("the QZLA
//     program");
//   - a yearly address on the state of a polity ("State of the Union",
//     "State of the State"), an event;
//   - a title of one word in quotation marks after a person's possessive
//     ("Ann Quill's “Lanterns”"), a work.

// The rules of this file, by name, for their confidence.
const (
	ruleTierLetterAtEnd    = "a device by its tier letter ending a sentence"
	ruleDeviceLine         = "a device's line or short name"
	ruleFeatureOfKind      = "a feature before a word for its kind"
	ruleProgrammeLastWord  = "a programme or plan by its last word"
	ruleVehicleOfMake      = "a vehicle by its make"
	ruleFlightCode         = "a flight by its code"
	ruleProductLedName     = "a name led by a product of the text"
	ruleAcronymProgramme   = "an acronym before a programme noun"
	ruleStateOfAddress     = "a State of the Union address"
	ruleQuotedTitleOfMaker = "a quoted title after its maker's possessive"
	maxFeatureWords        = 3
	maxListedFeatureBefore = 6
)

// deviceByTierLetterAtEnd: a name of three or four words whose last is
// one capital letter with the sentence's full stop after it ("with the
// Quux One S. That revision"), is a device of that tier (other), as
// deviceByTierLetter reads it inside a sentence. A person's initial
// stands before the surname, not at a sentence's end, and the words of
// the name must pass deviceByTierLetter's checks (no given name, no
// surname of the text, no place, no title).
func deviceByTierLetterAtEnd(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b-p.a < 3 || p.b-p.a > 4 {
		return false
	}
	last := f.toks[p.b-1]
	if len(last.text) != 2 || last.text[1] != '.' || last.end != last.start+2 {
		return false // the tokens keep a letter's full stop with it: "S."
	}
	if n := p.b; n < len(f.toks) && !(f.toks[n].sentStart || f.lineBreakBefore(n)) {
		return false // "Quux One S. Varrow": an initial
	}
	if !tierLetterName(f, p.a, p.b) {
		return false
	}
	f.add(p.a, p.b, Other, true)
	f.lastBeforeStop()
	return true
}

// lastBeforeStop ends the last candidate before the full stop its last
// token keeps ("the Quux One S." ending a sentence names "Quux One S").
func (f *finder) lastBeforeStop() {
	c := &f.cands[len(f.cands)-1]
	c.end--
	c.name = string(f.runes[c.start:c.end])
	f.named[c.name] = true
}

// deviceLineRules are the rules whose names the text may name again by
// their line or short name (deviceLines).
var deviceLineRules = setOf(ruleTierLetter, ruleTierLetterAtEnd)

// deviceLines: a device a rule typed by its tier letter ("Quux One X")
// names its line where the text writes the words before the letter
// alone ("an original Quux One"), and the device where it writes the
// words after its first one ("the One X", "than the One S"), when the
// short name is of two words or more. Such a mention is other, unless a
// capitalised word continues it or leads it ("Quux One Edition", "Big
// Quux One") or another candidate holds it.
func (f *finder) deviceLines() {
	var forms [][]string
	seen := map[string]bool{}
	addForm := func(words []string) {
		if len(words) < 2 {
			return
		}
		if key := strings.Join(words, " "); !seen[key] {
			seen[key] = true
			forms = append(forms, words)
		}
	}
	for _, c := range f.cands {
		if c.typ != Other || !c.firm || !deviceLineRules[c.rule] || c.words < 3 {
			continue
		}
		k, end := f.tokenAt(c.start), f.tokenAt(c.end)
		var words []string
		for i := k; i < end; i++ {
			words = append(words, f.tokenText(i))
		}
		addForm(words[:len(words)-1])
		addForm(words[1:])
	}
	if len(forms) == 0 {
		return
	}
	taken := make([]bool, len(f.toks))
	for _, c := range f.cands {
		for i := f.tokenAt(c.start); c.typ != "" && i < len(f.toks) && f.toks[i].start < c.end; i++ {
			taken[i] = true
		}
	}
	outer := f.rule
	f.rule = ruleDeviceLine
	defer func() { f.rule = outer }()
	added := 0
	for _, words := range forms {
		for _, i := range f.mentionsOf(words[0]) {
			end := i + 1
			for end-i < len(words) && end < len(f.toks) && f.spaced(end) && f.tokenText(end) == words[end-i] {
				end++
			}
			if end-i < len(words) || f.deviceLineTaken(taken, i, end) {
				continue
			}
			f.add(i, end, Other, true)
			if c := f.cands[len(f.cands)-1]; strings.HasSuffix(c.name, ".") && f.toks[end-1].end == c.end {
				f.lastBeforeStop() // "the One S." at a sentence's end
			}
			added++
			for k := i; k < end; k++ {
				taken[k] = true
			}
		}
	}
	if added == 0 {
		return
	}
	// An untyped phrase the recogniser saw there ("Quux One") gives way.
	mine := f.cands[len(f.cands)-added:]
	kept := f.cands[:0]
	for _, c := range f.cands[:len(f.cands)-added] {
		over := false
		for _, m := range mine {
			over = over || c.typ == "" && c.start < m.end && m.start < c.end
		}
		if !over {
			kept = append(kept, c)
		}
	}
	f.cands = append(kept, mine...)
}

// tokenText returns toks[i]'s text without the full stop of a letter
// that ends a sentence ("S." gives "S").
func (f *finder) tokenText(i int) string {
	w := f.toks[i].text
	if len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
		return w[:1]
	}
	return w
}

// deviceLineTaken reports whether toks[i:end] may not be a device's line
// or short name: a candidate holds one of its words, or a capitalised word
// written on before or after it makes it part of a longer name.
func (f *finder) deviceLineTaken(taken []bool, i, end int) bool {
	for k := i; k < end; k++ {
		if taken[k] {
			return true
		}
	}
	if end < len(f.toks) && f.upperWord(end) && f.spaced(end) && !f.toks[end].sentStart {
		return true
	}
	return i > 0 && f.upperWord(i-1) && f.spaced(i) && !f.toks[i].sentStart && !strings.EqualFold(f.word(i-1), "the")
}

// featureKindNouns, in lower case after a name, say it is a feature of a
// product, a game or a service ("Turbo mode", the "Wave" button, "the
// Gold tier"): other, as the guidelines type "a game's mode", "a button of
// a social network" and "a plan tier".
var featureKindNouns = setOf("mode", "modes", "button", "buttons", "tier", "tiers")

// featureBeforeItsKind: a name of one to three words before a word of
// featureKindNouns, in quotation marks or not, is a feature (other), and
// so are names listed with it before the word ("Pro, Teams and Gold
// tiers"). A place, a company of the gazetteer or the lexicon, a person's
// name, an acronym ("GPS mode") and a word starting a sentence that is no
// noun are left to the other rules.
func featureBeforeItsKind(f *finder, p *phraseSpan) bool {
	if p.descriptor {
		return false
	}
	a, b := p.a, p.b
	if f.toks[a].text == "The" && b-a > 1 {
		a++
	}
	if b-a > maxFeatureWords || !f.featureKindAfter(b) || !f.featureName(a, b) {
		return false
	}
	f.add(a, b, Other, true)
	return true
}

// featureKindAfter reports whether a word of featureKindNouns follows the
// name ending at toks[b], past a closing quotation mark and past names
// listed after it (", Teams, and Gold tier").
func (f *finder) featureKindAfter(b int) bool {
	k := b
	if isClosingQuote(f.word(k)) {
		k++
	}
	for n := 0; n < maxListedFeatureBefore; n++ {
		if f.lowerWord(k) && featureKindNouns[f.word(k)] {
			return !f.attached(k) && f.word(k+1) != "-"
		}
		// A listed name: ", X", "and X", ", and X", "or X", each in
		// quotation marks or not.
		j := k
		if f.word(j) == "," {
			j++
		}
		if w := f.word(j); w == "and" || w == "or" {
			j++
		}
		if j == k || !f.upperWord(j) && !(isOpeningQuote(f.word(j)) && f.upperWord(j+1)) {
			return false
		}
		if isOpeningQuote(f.word(j)) {
			j++
		}
		for c := 0; c < maxFeatureWords && f.upperWord(j) && !f.toks[j].allCaps; c++ {
			j++
		}
		if isClosingQuote(f.word(j)) {
			j++
		}
		k = j
	}
	return false
}

// featureName reports whether toks[a:b] may name a feature: capitalised
// words that are no acronym, place, company, person or word of time, and
// at a sentence's start a noun.
func (f *finder) featureName(a, b int) bool {
	name := f.text(a, b)
	quoted := isOpeningQuote(f.word(a-1)) && isClosingQuote(f.word(b))
	if f.toks[a].sentStart && !quoted && !strings.HasPrefix(f.tags[a], "NN") {
		return false
	}
	if places.has(name) || states.has(name) || demonyms.has(name) || orgs.has(name) || inOrgLexicon(name) ||
		f.fullPersonName(a, b) || f.surnameSoFar(name) || f.typedBefore(name, Person) || f.typedBefore(name, Organization) {
		return false
	}
	for k := a; k < b; k++ {
		t := f.toks[k]
		if !t.word || !t.upper || t.allCaps || notNames[t.text] || monthWords[t.text] || titles[t.text] || demonyms.has(t.text) {
			return false
		}
	}
	return b-a > 1 || quoted || !firstNames.has(name) || isEnglishWord(name)
}

// programmeLastWords end the name of a programme or a plan ("the Quillan
// Scholars Program", "the Brelford Savings Plan"), other as the
// guidelines type programmes.
var programmeLastWords = setOf("Program", "Programme", "Plan", "Scheme")

// programmeByLastWord: a name of two words or more ending in a word of
// programmeLastWords is a programme (other). A body of the United
// Nations named so ("World Food Programme", "United Nations Development
// Programme") is an organisation, and so is a name of the lexicon; a
// headline in title case (a verb inside: "Mayor Unveils Quux Plan") and
// a person's name before a plan ("Ann Smith Plan" with no article) are
// left to the other rules.
func programmeByLastWord(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || !programmeLastWords[f.toks[b-1].text] {
		return false
	}
	name := f.text(a, b)
	if orgs.has(name) || inOrgLexicon(name) || unProgrammeLeads[f.toks[a].text] {
		return false
	}
	for k := a; k < b-1; k++ {
		w := f.toks[k].text
		if w == "Nations" || strings.HasPrefix(f.tags[k], "VB") || headlineSmallWords[w] || titles[w] {
			return false
		}
	}
	if b-a == 2 && f.fullPersonName(a, b) && !f.articleLead(a-1) || f.programmeStaffed(name, b-a) {
		return false
	}
	f.add(a, b, Other, true)
	return true
}

// programmeStaff, besides roleNouns, jobNouns and staffNouns, name people who work for a
// body ("coordinator for the Quillan Programme", "volunteers of the ...").
var programmeStaff = setOf("coordinator", "coordinators", "head", "staff", "member", "members", "volunteer", "volunteers",
	"worker", "workers", "employee", "employees", "officials", "team", "leaders", "managers", "directors")

// programmeStaffed reports whether a mention of name, n words long, is
// a body people work for or at ("coordinator for the Quillan Restoration
// Programme", "a researcher at the Brelford Program"): then it names the
// team that runs it, an organisation.
func (f *finder) programmeStaffed(name string, n int) bool {
	for _, i := range f.mentionsOfName(name, n) {
		k := i - 1
		if strings.EqualFold(f.word(k), "the") {
			k--
		}
		switch f.word(k) {
		case "at", "with":
			return true
		case "for", "of":
			if w := f.word(k - 1); roleNouns[w] || jobNouns[w] || staffNouns[w] || programmeStaff[w] {
				return true
			}
		}
	}
	return false
}

// mentionsOfName returns where the name of n tokens is written whole, in
// order: the mentions of its first word (mentionsOf) that the rest of
// the name follows.
func (f *finder) mentionsOfName(name string, n int) []int {
	var at []int
	for _, i := range f.mentionsOf(strings.Fields(name)[0]) {
		if i+n <= len(f.toks) && f.text(i, i+n) == name {
			at = append(at, i)
		}
	}
	return at
}

// unProgrammeLeads lead the name of a body of the United Nations or
// another international body named a programme ("World Food Programme",
// "UN Environment Programme").
var unProgrammeLeads = setOf("World", "UN", "U.N.", "United", "International", "Joint")

// vehicleMakesAlone are the vehicleMakers that, after "a" or a possessive
// and alone, name one of their vehicles ("a Varrow" as "a Jeep"): not a
// maker whose name is also a given name, a town or a word said of other
// things ("a Lincoln", "a Genesis", "a Lotus").
var vehicleMakesAlone = func() map[string]bool {
	m := map[string]bool{}
	for w := range vehicleMakers {
		m[w] = true
	}
	for _, w := range []string{"Lincoln", "Genesis", "Lotus", "Lucid", "Tata", "Nio", "Lockheed", "Mercedes", "Dodge", "Jaguar"} {
		delete(m, w)
	}
	return m
}()

// vehicleOfMake: a make of vehicles alone after "a", "an" or a possessive
// pronoun, with no noun, adjective or number after it ("retrieve a Jeep
// and", "in his Toyota."), names one of its vehicles (other), as the
// guidelines type "a Jeep". Before a noun it is the maker ("a Toyota
// spokesman", "a Ford truck"), and so it is after "the".
func vehicleOfMake(f *finder, p *phraseSpan) bool {
	if p.descriptor || !vehicleMakesAlone[f.text(p.a, p.b)] {
		return false
	}
	lead := strings.ToLower(f.word(p.a - 1))
	if !(lead == "a" || lead == "an" || possessivePronouns[lead]) || !f.toks[p.a-1].word || !f.vehicleAlone(p.b) {
		return false
	}
	if !f.makeOnlyOfVehicles(f.text(p.a, p.b), p.b-p.a) {
		return false
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// vehicleAlone reports whether no noun, adjective, number, possessive or
// capitalised word follows a make ending at toks[n] ("a Quux spokesman",
// "a Quux 4", "a Quux's", "a Quux Varrow" name the maker or a model).
func (f *finder) vehicleAlone(n int) bool {
	if n >= len(f.toks) {
		return true
	}
	if f.toks[n].word {
		return f.lowerWord(n) && !isNumber(f.word(n)) && !strings.HasPrefix(f.tags[n], "NN") && !strings.HasPrefix(f.tags[n], "JJ") && f.tags[n] != "CD"
	}
	return f.word(n) != "-" && !isApostrophe(f.word(n))
}

// makeOnlyOfVehicles reports whether every mention of the make name (n
// words) stands alone after an article or a possessive pronoun
// (vehicleAlone): where the text speaks of the maker anywhere ("Quux
// approached the bank", "Quux's sales", "the Quux division"), its
// mentions are the company's, and one vehicle of the make would turn
// them all.
func (f *finder) makeOnlyOfVehicles(name string, n int) bool {
	for _, i := range f.mentionsOfName(name, n) {
		lead := strings.ToLower(f.word(i - 1))
		if !(lead == "a" || lead == "an" || lead == "the" || possessivePronouns[lead]) || !f.vehicleAlone(i+n) {
			return false
		}
	}
	return true
}

// flightCode reports whether w is written as a flight's code: two
// capitals, or a capital and a digit, and two to four digits ("QZ8501",
// "MH17", "U2101"); "CO2" and "Q4" are too short.
func flightCode(w string) bool {
	if len(w) < 4 || len(w) > 6 {
		return false
	}
	isCap := func(b byte) bool { return b >= 'A' && b <= 'Z' }
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	if !isCap(w[0]) || !(isCap(w[1]) || isDigit(w[1])) {
		return false
	}
	for i := 2; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// flightWords, in lower case in a text, make it one about flights.
var flightWords = setOf("flight", "flights", "airliner", "jetliner", "plane", "passengers", "airline", "airlines", "aircraft")

// flightByCode: a code written as a flight's (flightCode) in a text
// where two words of flightWords stand, one of them "flight" or
// "flights", is a flight (other), as the guidelines type "MH370" and
// "Flight QZ8501" ("the lesson learned from QX1234"). After "Flight" the
// product rules read the whole; a code in brackets after a name is its
// abbreviation, and one before a unit or a number counts ("QX1234 tonnes").
func flightByCode(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b-p.a != 1 || !flightCode(f.toks[p.a].text) || f.word(p.a-1) == "Flight" {
		return false
	}
	if f.word(p.a-1) == "(" && f.word(p.b) == ")" || f.word(p.b) == "-" || isNumber(f.word(p.b)) {
		return false
	}
	if !f.aboutFlights() {
		return false
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// aboutFlights reports whether the text speaks of flights: "flight" or
// "flights" and another word of flightWords in lower case.
func (f *finder) aboutFlights() bool {
	if !f.lowerWords["flight"] && !f.lowerWords["flights"] {
		return false
	}
	n := 0
	for w := range flightWords {
		if f.lowerWords[w] {
			n++
		}
	}
	return n >= 2
}

// productLedName: a name of two or three words whose first is a
// product a rule typed by the words around it earlier in the text, and
// whose others are capitalised words of no person, place, organisation
// or title ("Quux Live", "Quux Game Pass" after "the Quux console"), is
// a service or an edition of that product (other).
func productLedName(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || b-a > 3 || f.toks[a].sentStart && !strings.HasPrefix(f.tags[a], "NNP") {
		return false
	}
	first := f.toks[a].text
	if !f.typedByContext(first, Other) || f.typedBefore(first, Organization) || f.typedBefore(first, Person) {
		return false
	}
	name := f.text(a, b)
	if places.has(name) || orgs.has(name) || inOrgLexicon(name) || f.fullPersonName(a+1, b) {
		return false
	}
	for k := a + 1; k < b; k++ {
		w := f.toks[k].text
		if !f.toks[k].word || !f.toks[k].upper || orgLastWords[w] || orgFirstWords[w] || mediumWords[w] || publicationWords[w] ||
			placeLastWords[w] || titles[w] || titleModifiers[w] || places.has(w) || demonyms.has(w) || notNames[w] || firmPeopleWord(w) ||
			strings.Contains(w, "-") {
			return false // "Quux One X-enhanced": a name made an adjective
		}
	}
	f.add(a, b, Other, true)
	return true
}

// acronymProgramme: an acronym after "the" and before a word for a
// programme ("the QZLA program", "the QZLA scheme") names the programme
// (other), as the guidelines type "Medicaid" and "Deferred Action for
// Childhood Arrivals". An acronym of the gazetteer or the lexicon of
// organisations, or one the text types as an organisation, is the body
// that runs one ("the NASA program"), and so is one after "a" ("a QZLA
// program": one of the body's).
func acronymProgramme(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b-p.a != 1 || !f.toks[p.a].allCaps || !strings.EqualFold(f.word(p.a-1), "the") {
		return false
	}
	if !f.lowerWord(p.b) || !programmeNouns[f.word(p.b)] {
		return false
	}
	name := f.toks[p.a].text
	if orgs.has(name) || inOrgLexicon(name) || f.typedBefore(name, Organization) || places.has(name) || states.has(name) {
		return false
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// stateOfAddress: "State of the" and a capitalised word ("State of the
// Union", "State of the State", "State of the City") name a yearly
// address to a polity, an event, as the guidelines type "State of the
// State" (without the year before it). Before "Union" no cue word makes it
// a union.
func stateOfAddress(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a != 4 || f.toks[a].text != "State" || f.toks[a+1].text != "of" || f.toks[a+2].text != "the" || !f.upperWord(a+3) {
		return false
	}
	f.add(a, b, Event, true)
	return true
}

// quotedTitlesOfMakers types as a work a title of one capitalised word in
// double quotation marks after a person's possessive ("Ann Quill's
// “Lanterns”", "Ann Quill’s “Harbour” played"), which the rule for quoted
// titles leaves (one word alone may be any word quoted): a person's name
// in full starts the possessive. A word in capitals is left alone.
func (f *finder) quotedTitlesOfMakers(covered map[int]bool) {
	t := f.toks
	for i := 3; i+2 < len(t); i++ {
		if !isOpeningQuote(t[i].text) || !isClosingQuote(t[i+2].text) || covered[i+1] || !f.upperWord(i+1) || t[i+1].allCaps {
			continue
		}
		if t[i-1].text != "s" || !isApostrophe(t[i-2].text) {
			continue
		}
		end := i - 2
		start := end - 1
		for start > 0 && end-start < 3 && f.upperWord(start-1) && !t[start].sentStart {
			start--
		}
		for start < end-1 && !f.fullPersonName(start, end) {
			start++
		}
		if !f.fullPersonName(start, end) || !f.plausibleTitle(i+1, i+2, inQuotes) {
			continue
		}
		f.addThing(i+1, i+2, Work, ruleQuotedTitleOfMaker, covered)
	}
}

// gameVerbs, before "in the" and a bowl's name, make it the game played,
// not the stadium ("will play in the Quux Bowl", "appeared in the Quux
// Bowl"; but "a concert in the Quux Bowl"): read by eventsAlone.
var gameVerbs = setOf("play", "plays", "played", "playing", "win", "wins", "won", "winning", "lose", "loses", "lost",
	"appear", "appears", "appeared", "compete", "competes", "competed", "face", "faces", "faced", "meet", "meets", "met")
