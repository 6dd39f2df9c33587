package annotate

import (
	_ "embed"
	"strings"
)

//go:embed data/events.txt
var eventsData string

// namedEvents are the named events WordNet 3.0 knows (data/events.txt, see
// data/README.md): wars, battles, revolutions, crusades, scandals, attacks,
// festivals, games, races and tournaments ("Gulf War", "Cold War",
// "Watergate", "Olympic Games", "World Cup", "Kentucky Derby"). WordNet
// writes none of them the same for a sense that is no event.
var namedEvents = sortedList{data: eventsData}

// ruleEventOfWordNet is the name of eventOfWordNet, for its confidence.
const ruleEventOfWordNet = "an event WordNet names"

// eventOfWordNet: a name of WordNet's events that no other list of Margin
// reads otherwise (unambiguousEvent) is an event wherever no earlier rule
// read it from its context ("during the Gulf War", "the Olympic Games
// opened", "Watergate"); a phrase that only begins with one is left to
// the other rules ("World Cup qualifiers" is read there).
func eventOfWordNet(f *finder, p *phraseSpan) bool {
	name := f.text(p.a, p.b)
	if p.descriptor || !unambiguousEvent(name) || f.surnameSoFar(name) {
		return false
	}
	f.add(p.a, p.b, Event, true)
	return true
}

// unambiguousEvent reports whether name is one of WordNet's events that no
// other list of Margin gives another reading: no place, town, named
// feature, nationality or organisation, and, for a single word, no English
// word and no given name ("Marathon", "Shiloh" and "Verdun" stay as the
// other rules read them).
func unambiguousEvent(name string) bool {
	if !namedEvents.has(name) || places.has(name) || towns.has(name) || demonyms.has(name) || inOrgLexicon(name) {
		return false
	}
	if strings.Contains(name, " ") {
		return true
	}
	return !isEnglishWord(name) && !firstNames.has(name) && !isBasicWord(name)
}

// namesEvent reports whether toks[a:b] names an event by WordNet's list
// (unambiguousEvent) or by its form: a word of an event's kind last
// ("Crimean War", "Winter Olympics"), or a Roman numeral after one or a
// battle's first word ("World War II", "Battle of Brelford").
func (f *finder) namesEvent(a, b int) bool {
	if unambiguousEvent(f.text(a, b)) {
		return true
	}
	return b-a >= 2 && eventLastWords[f.toks[b-1].text] || eventByNumeralOrFirstWord(f, a, b)
}

// ruleEventOfDate is the name of eventsOfDate, for its confidence.
const ruleEventOfDate = "an event named by its date"

// dateEventNouns, after a date, name the event of that day ("the
// September 11 attacks", "the 7/7 bombings").
var dateEventNouns = setOf("attack", "attacks", "bombing", "bombings", "massacre", "shooting", "shootings", "riots",
	"uprising", "coup", "earthquake", "quake", "tsunami", "blasts", "attackers")

// eventsOfDate types an event named by its date, the date and the noun
// ("the September 11, 2001 attacks", "the 9/11 attacks", "the Nov. 13
// attacks", "the July 7 terror attacks"), after "the" or a
// possessive: the guidelines' "September 11, 2001 attacks". Without a
// year or a slash the noun is a plural, of attacks made together: "the
// Nov. 3 shooting" of a police report is no name. A date alone is none,
// and "attackers" ends no name.
func (f *finder) eventsOfDate(covered map[int]bool) {
	t := f.toks
	for i := 1; i+2 < len(t); i++ {
		if lead := strings.ToLower(f.word(i - 1)); lead != "the" && lead != "s" {
			continue
		}
		k := f.dateEnd(i)
		if k < 0 {
			continue
		}
		dated := k-i == 4 || f.word(i+1) == "/" // a year, or a date written so
		if f.lowerWord(k) && (t[k].text == "terror" || t[k].text == "terrorist") {
			k++
		}
		if !f.lowerWord(k) || !dateEventNouns[t[k].text] || t[k].text == "attackers" || f.lineBreakBefore(k) ||
			!dated && !strings.HasSuffix(t[k].text, "s") {
			continue // "the Nov. 3 shooting" of a police report
		}
		f.addThing(i, k+1, Event, ruleEventOfDate, covered)
		i = k
	}
}

// dateEnd returns the token after a date starting at toks[i]: a month
// and a day, maybe a comma and a year ("September 11, 2001", "Nov. 13"),
// or a day and a month written with a slash ("9/11", "7/7"); or -1.
func (f *finder) dateEnd(i int) int {
	t := f.toks
	if m := strings.TrimSuffix(t[i].text, "."); (monthWords[m] || m == "May") && t[i].upper && isNumber(f.word(i+1)) && len(f.word(i+1)) <= 2 {
		k := i + 2
		if f.word(k) == "," && isYear(f.word(k+1)) {
			k += 2
		}
		return k
	}
	if isNumber(t[i].text) && len(t[i].text) <= 2 && f.word(i+1) == "/" && isNumber(f.word(i+2)) && len(f.word(i+2)) <= 2 &&
		t[i+1].start == t[i].end && t[i+2].start == t[i+1].end && f.word(i+3) != "/" {
		return i + 3
	}
	return -1
}

//go:embed data/holidays.txt
var holidaysData string

// holidays are the holidays WordNet 3.0 names in one word
// (data/holidays.txt: "Christmas", "Easter", "Hanukkah", "Passover").
var holidays = sortedList{data: holidaysData}

// ruleHoliday is the name of holidayAlone, for its confidence.
const ruleHoliday = "a holiday named in one word"

// holidayAlone: a holiday named in one word is an event, as the gold
// set's guidelines type holidays ("for Easter and Mother's Day", "his
// Christmas cards"), not the town GeoNames lists of that name nor what
// the recogniser guesses. A person's surname is left to the other rules,
// and so is a town a context reads: "in Christmas, Fla." is read before.
func holidayAlone(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || p.descriptor {
		return false
	}
	name := f.text(p.a, p.b)
	if !holidays.has(name) || f.surnameSoFar(name) {
		return false
	}
	f.add(p.a, p.b, Event, true)
	return true
}
