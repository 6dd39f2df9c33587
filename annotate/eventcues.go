package annotate

import "strings"

// The rules of this file read events and works from the words around
// them where no list knows the name: a day named by an ordinary word
// ("Super Tuesday"), a gathering named in an apposition ("COP26, the
// climate summit"), a title after a verb of making it ("directed Quiet
// Harbour Lights"). They run in namedThings, before the phrase rules.

// The rules of this file, by name, for their confidence.
const (
	ruleEventOfWeekday     = "an event named by a weekday"
	ruleEventInApposition  = "an event named in an apposition"
	ruleWorkAfterMakerVerb = "a work after a verb of making it"
)

// weekdayWords are the days of the week, which end a day's own name
// ("Black Friday", "Super Tuesday", "Small Business Saturday").
var weekdayWords = setOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

// weekdayTimeWords before a weekday make it a date, not a name: "Early
// Tuesday", "Late Friday", "Last Monday", "Every Sunday" written to start
// a sentence.
var weekdayTimeWords = setOf("Early", "Late", "Later", "Last", "Next", "This", "That", "Each", "Every", "Since",
	"Until", "Till", "Through", "Starting", "Beginning", "Ending", "Then", "Come", "Following", "Previous",
	"Coming", "Past", "Midday", "Overnight", "Sunday", "Saturday", "Today", "Yesterday", "Tomorrow", "Busy", "Rainy",
	"Sunny", "Snowy", "Stormy", "Cold", "Hot", "Quiet")

// eventsOfWeekday types a day named by an ordinary word before a weekday
// as an event ("the Super Tuesday primaries", "Black Friday sales", "on
// Cyber Monday", "Small Business Saturday"): the gold set names such days
// as events, while a weekday after a name is a date ("told the House
// Tuesday", "in Tokyo Thursday", "posted on Twitter Tuesday"). The words
// before the weekday (one, or two in lower case in the dictionary) must
// be no name: no place, town, given name, nationality, title, company of
// the lexicon or the gazetteer ("Twitter Tuesday"), institution, nor a
// word that ends the name of an organisation or a place ("Committee",
// "House", "Street"), nor a word of time ("Early Tuesday"); and they must
// not continue a capitalised run, which would make the weekday a date
// after a longer name.
func (f *finder) eventsOfWeekday(covered map[int]bool) {
	t := f.toks
	for i := 1; i < len(t); i++ {
		if !weekdayWords[t[i].text] || t[i].allCaps || f.lineBreakBefore(i) {
			continue
		}
		a := i - 1
		if !f.weekdayModifier(a) {
			continue
		}
		if f.weekdayModifier(a-1) && !f.lineBreakBefore(a) && isEnglishWord(t[a-1].text) && isEnglishWord(t[a].text) {
			a-- // "Small Business Saturday"
		}
		if f.upperWord(a-1) && !t[a].sentStart && !f.lineBreakBefore(a) || f.upperWord(i+1) && !f.lineBreakBefore(i+1) {
			continue // a date after a longer name, or a headline in title case
		}
		f.addThing(a, i+1, Event, ruleEventOfWeekday, covered)
	}
}

// weekdayModifier reports whether toks[i] may start a day's own name
// before a weekday (eventsOfWeekday): a capitalised word, not in
// capitals, that names nothing else.
func (f *finder) weekdayModifier(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	tok := f.toks[i]
	w := tok.text
	if !tok.word || !tok.upper || tok.allCaps || isNumber(w) || notNames[w] || monthWords[w] || stopwords[w] ||
		nameAdverbs[w] || weekdayTimeWords[w] || titles[w] || titleModifiers[w] || singleOrgWords[w] ||
		orgLastWords[w] || placeLastWords[w] || eventLastWords[w] {
		return false
	}
	if places.has(w) || towns.has(w) || states.has(w) || demonyms.has(w) || firstNames.has(w) || inOrgLexicon(w) ||
		orgs.has(w) || f.named[w] || strings.ContainsAny(w, ".’'") {
		return false
	}
	if tok.sentStart && f.tags[i] != "" && (strings.HasPrefix(f.tags[i], "RB") || f.tags[i] == "IN" || f.tags[i] == "DT") {
		return false // "Again Tuesday", "Before Monday" to start a sentence
	}
	return true
}

// gatheringNouns head an apposition that says a name is an event's
// ("COP26, the United Nations climate summit"; "Quuxfest, an annual
// festival of light"). Words news also uses for a body ("congress",
// "forum", "meeting") or a contest of candidates ("race") are left out.
var gatheringNouns = setOf("summit", "conference", "festival", "tournament", "championship", "championships", "expo",
	"convention", "regatta", "marathon", "triathlon", "olympiad", "jamboree", "carnival", "hackathon", "symposium",
	"biennale", "biennial", "rodeo", "gala", "fair", "games")

// eventsInApposition types a name, or a code of capitals and digits,
// followed by an apposition whose head is a word for a gathering, as an
// event ("leaders met for COP26, the United Nations climate summit", "at
// Quuxcon, an annual conference of engineers"). The apposition starts
// with "the", "a", "an" or "this year's", runs over modifiers (words in
// lower case, capitalised words, numbers and hyphens, at most six) and
// ends at the gathering noun, which must end its noun phrase ("a summit
// host" names no summit). A place, a town, a person's full name, a
// company of the lexicon or a given name alone is left to the other rules:
// "Glasgow, the summit's host" and "Davos, the annual summit" name the
// place.
func (f *finder) eventsInApposition(covered map[int]bool) {
	f.namesInApposition(covered, appositionRule{
		longest: 5, opening: gatheringOpening, heads: gatheringNouns,
		name: (*finder).gatheringName, typ: Event, rule: ruleEventInApposition,
	})
}

// gatheringOpening returns where the modifiers of an apposition that may
// name a gathering start after its opening at toks[k] ("the", "a", "an",
// "this year's", "last year's", "next year's"), or -1.
func gatheringOpening(f *finder, k int) int {
	switch {
	case f.word(k) == "the" || f.word(k) == "a" || f.word(k) == "an":
		return k + 1
	case f.word(k) == "this" || f.word(k) == "last" || f.word(k) == "next":
		if f.word(k+1) != "year" || !isApostrophe(f.word(k+2)) || f.word(k+3) != "s" {
			return -1
		}
		return k + 4
	}
	return -1
}

// appositionRule is what a rule of namesInApposition reads: how many
// words the name may have at the most, where the apposition's modifiers
// start after its opening word (opening: -1 for none), the nouns that
// head it, whether "the" may stand among its modifiers ("one of the
// oldest schooners"), which names it may type, and as what.
type appositionRule struct {
	longest   int
	opening   func(f *finder, k int) int
	heads     map[string]bool
	theInside bool
	name      func(f *finder, a, b int) bool
	typ       EntityType
	rule      string
}

// namesInApposition types a capitalised name of r.longest words at the
// most, followed by a comma and an apposition whose head is one of
// r.heads, as r.typ: the apposition opens as r.opening says, runs over
// modifiers (at most six: words in lower case, capitalised words,
// numbers and hyphens) and ends at the head noun, which must end its
// noun phrase ("a summit host" names no summit). A sentence's first
// stopword or "The" is left out of the name, and r.name decides what is
// left.
func (f *finder) namesInApposition(covered map[int]bool, r appositionRule) {
	t := f.toks
	for i := 0; i+3 < len(t); i++ {
		if !f.upperWord(i) || covered[i] || f.upperWord(i-1) && !t[i].sentStart {
			continue
		}
		b := f.capitalRun(i)
		if b-i > r.longest || f.word(b) != "," || b+2 >= len(t) {
			continue
		}
		k := r.opening(f, b+1)
		if k < 0 {
			continue
		}
		head := -1
		for n := 0; n < 7 && k < len(t) && !f.lineBreakBefore(k); n, k = n+1, k+1 {
			w := t[k].text
			if f.lowerWord(k) && r.heads[w] {
				head = k
				break
			}
			if !t[k].word && w != "-" || f.lowerWord(k) && (stopwords[titleCase(w)] && !(r.theInside && w == "the") || prepositions[w] || w == "and") {
				break
			}
		}
		if head < 0 || f.lowerWord(head+1) && strings.HasPrefix(f.tags[head+1], "NN") || f.word(head+1) == "-" || isApostrophe(f.word(head+1)) {
			continue
		}
		a := i
		for a < b && t[a].sentStart && (stopwords[t[a].text] || t[a].text == "The") {
			a++
		}
		if a >= b || !r.name(f, a, b) {
			continue
		}
		f.addThing(a, b, r.typ, r.rule, covered)
		i = b
	}
}

// gatheringName reports whether toks[a:b] may name a gathering: no place
// or town the lists know, no person's full name, no company of the
// lexicon, no given name or day alone.
func (f *finder) gatheringName(a, b int) bool {
	name := f.text(a, b)
	if places.has(name) || towns.has(name) || states.has(name) || demonyms.has(name) || inOrgLexicon(name) || f.fullPersonName(a, b) {
		return false
	}
	for _, tok := range f.toks[a:b] {
		if notNames[tok.text] || monthWords[tok.text] || titles[tok.text] {
			return false
		}
	}
	return !(b-a == 1 && (firstNames.has(name) || isEnglishWord(name) && !hasDigit(name)))
}

// hasDigit reports whether w holds a digit.
func hasDigit(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

// makingVerbs, before a title in title case, make it a work: a film is
// directed, a book written or penned, a song composed or recorded, a show
// starred in ("she directed Quiet Harbour Lights", "he co-wrote Iron
// Lantern Days", "starred in Distant Shore Blues"). "released" and
// "produced" are left out: companies release and produce products,
// reports and statements as often.
var makingVerbs = setOf("directed", "co-directed", "wrote", "co-wrote", "penned", "authored", "co-authored", "composed",
	"narrated", "illustrated", "choreographed", "scripted", "novelised", "novelized")

// starringVerbs make a work of a title after "in" ("starred in X").
var starringVerbs = setOf("starred", "stars", "starring", "co-starred", "co-stars", "co-starring")

// worksAfterMakerVerbs types a title in title case of two words or more
// right after a verb of making a work (makingVerbs; or a verb of starring
// and "in") as a work. The title is read as titleEnd reads it in running
// text; it is none when plausibleTitle says so (a place, an organisation,
// a day), when it is a person's full name or begins with a given name
// ("wrote Jane Ellery a letter"), when it is a company of the lexicon, or
// when a noun in lower case follows, which makes it a modifier ("directed
// Secret Service agents"). In a sports report none is read ("Kane wrote
// Spurs History").
func (f *finder) worksAfterMakerVerbs(covered map[int]bool) {
	t := f.toks
	if f.sports {
		return
	}
	for i := 0; i+2 < len(t); i++ {
		if !f.lowerWord(i) {
			continue
		}
		k := i + 1
		switch {
		case makingVerbs[t[i].text]:
		case starringVerbs[t[i].text] && f.word(k) == "in":
			k++
		default:
			continue
		}
		if f.lineBreakBefore(k) || !f.upperWord(k) || t[k].sentStart || covered[k] || t[k].allCaps {
			continue
		}
		b := f.titleEnd(k, inText)
		for j := k + 1; j < b; j++ {
			if f.lowerWord(j) && f.word(j+1) == "The" {
				b = j // "directed Full Metal Jacket after The Shining": two titles
				break
			}
		}
		if b-k < 2 || covered[b-1] || !f.plausibleTitle(k, b, inText) || f.fullPersonName(k, b) || firstNames.has(t[k].text) ||
			inOrgLexicon(f.text(k, b)) || f.word(b) == "’" || f.word(b) == "'" {
			continue
		}
		if f.lowerWord(b) && strings.HasPrefix(f.tags[b], "NN") || f.word(b) == "-" {
			continue
		}
		f.addThing(k, b, Work, ruleWorkAfterMakerVerb, covered)
		i = b
	}
}

// ruleEventOfPlaceAndYear is the name of eventsOfPlaceAndYear, for its
// confidence.
const ruleEventOfPlaceAndYear = "an event named by its host and year"

// eventsOfPlaceAndYear types a city or a country written with a year and
// nothing between as the event it hosted that year ("athletes arrived for
// Tokyo 2020", "the Paris 2024 organisers", "Qatar 2022 tickets"): a
// place does not otherwise take a year after it. A month or a comma
// between ("Tokyo, 2020", "Paris in 2024") makes a date, and a
// capitalised word after the year begins a longer name ("Paris 2024
// Olympics"), left to the other rules. The place must be one of the
// gazetteer's, of one or two words, and not follow "in", "since" or a
// preposition of time, where a writer may drop the comma of a date
// ("in London 2019 was a good year"), and a word for a gathering must
// stand within thirty words (eventNear: "the games", "the tournament"),
// as "the London 2016 election" or "Asia 2019 sales" have none.
func (f *finder) eventsOfPlaceAndYear(covered map[int]bool) {
	t := f.toks
	for i := 1; i < len(t); i++ {
		if !isYear(t[i].text) || f.lineBreakBefore(i) || !f.upperWord(i-1) || covered[i-1] {
			continue
		}
		if f.upperWord(i+1) && !f.lineBreakBefore(i+1) || f.word(i+1) == "-" || f.word(i+1) == "/" || isNumber(f.word(i+1)) {
			continue
		}
		a := i - 1
		if f.upperWord(a-1) && !f.lineBreakBefore(a) && places.has(f.text(a-1, i)) {
			a-- // "New York 2026"
		}
		if f.upperWord(a-1) && !t[a].sentStart && !f.lineBreakBefore(a) && !(f.word(a-1) == "The" && t[a-1].sentStart) {
			continue // the end of a longer name
		}
		name := f.text(a, i)
		if !places.has(name) && !towns.has(name) || states.has(name) || t[a].allCaps || notNames[t[a].text] || monthWords[t[a].text] {
			continue
		}
		if lead := strings.ToLower(f.word(a - 1)); yearPrepositions[lead] || !f.eventNear(i) {
			continue
		}
		f.addThing(a, i+1, Event, ruleEventOfPlaceAndYear, covered)
	}
}

// yearPrepositions before a place and a year make a date of the year ("in
// London 2019 was").
var yearPrepositions = setOf("in", "since", "until", "till", "by", "during", "from", "through", "throughout")

// ruleEventByWordEnding is the name of eventByWordEnding, for its
// confidence.
const ruleEventByWordEnding = "an event by its word's ending"

// eventByWordEnding: one word that ends as the names of festivals and
// conventions are made, "-fest" ("Oktoberfest", "Quuxfest") or a
// capitalised "Con" after a hyphen or a lower-case letter ("Comic-Con",
// "BlizzCon", "VidCon"), is an event. A word of the dictionary
// ("Manifest"), a word in capitals ("DEFCON") and a name the text has
// typed otherwise are left to the other rules.
func eventByWordEnding(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || p.descriptor {
		return false
	}
	w := f.toks[p.a].text
	if f.toks[p.a].allCaps || isEnglishWord(w) || inOrgLexicon(w) || orgs.has(w) || places.has(w) || towns.has(w) || !eventWordEnding(w) {
		return false
	}
	f.add(p.a, p.b, Event, true)
	return true
}

// eventWordEnding reports whether w ends as a festival's or a
// convention's name does (eventByWordEnding).
func eventWordEnding(w string) bool {
	if len(w) > 5 && strings.HasSuffix(w, "fest") {
		return true
	}
	if len(w) < 5 || !strings.HasSuffix(w, "Con") {
		return false
	}
	before := w[len(w)-4]
	return before == '-' || before >= 'a' && before <= 'z'
}
