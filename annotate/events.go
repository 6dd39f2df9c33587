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
