package annotate

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
)

// This file (issue 16, sixteenth round, third wave, branch ner21w3) types
// a disc format named by its trade name ("Blu-ray", "HD DVD"), alone or
// in the plural ("4K Blu-rays loaded quickly"), as the gold set's
// guidelines read a disc format: other. The names come from a list with a
// source (data/formats.txt, see data/README.md), since a format carries
// no cue of its own: "a Blu-ray drive" and "a USB drive" read alike.

//go:embed data/formats.txt
var formatsData string

// discFormats are the disc formats the freedesktop.org shared MIME
// database names by trade name, less those WordNet lists as a kind of
// thing ("CD", "DVD": generic hardware, no entity).
var discFormats = sortedList{data: formatsData}

// ruleDiscFormat is the name of the type formatOfList gives.
const ruleDiscFormat = "a disc format of the list"

// formatOfList: a phrase that is a listed disc format, or its plural, is
// other ("the Blu-ray release", "Blu-rays"). Only the whole phrase counts:
// a format leading a longer name ("Blu-ray Disc Association") is left to
// the rules for that name.
func formatOfList(f *finder, p *phraseSpan) bool {
	name := f.text(p.a, p.b)
	if p.descriptor || !isDiscFormat(name) {
		return false
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// isDiscFormat reports whether name is a listed disc format or its plural.
func isDiscFormat(name string) bool {
	if discFormats.has(name) {
		return true
	}
	single, ok := strings.CutSuffix(name, "s")
	return ok && single != "" && discFormats.has(single)
}

// ruleServiceWithPlus is the name of the type serviceWithPlus gives.
const ruleServiceWithPlus = "a service named with a plus"

// serviceWithPlus: a name written with a plus sign right after it
// ("Quux+", "Varrow TV+") is a service or product its maker names so, as
// streaming services and social networks are named ("Disney+", "Google+"),
// other, with the sign, rather than the company the name alone is. The
// name must hold a lower-case letter: a plus after letters in capitals
// widens an acronym ("LGBTQ+"), and after one letter it names a language
// ("C++"). Names joined by "&" before it are two: the one before is
// typed by the rules as a phrase of its own. A second plus, a letter or a digit after the sign is no such
// name.
func serviceWithPlus(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b >= len(f.toks) {
		return false
	}
	plus := f.toks[p.b]
	if plus.text != "+" || plus.start != f.toks[p.b-1].end {
		return false
	}
	if end := plus.end; end < len(f.runes) && (f.runes[end] == '+' || unicode.IsLetter(f.runes[end]) || unicode.IsDigit(f.runes[end])) {
		return false
	}
	a, joined := p.a, -1
	for i := p.a + 1; i+1 < p.b; i++ {
		if f.toks[i].text == "&" {
			joined = i
		}
	}
	if joined >= 0 {
		a = joined + 1 // "Quuxbook & Varrow+": two names, the first left to the rules
	}
	if f.toks[a].text == "The" && a+1 < p.b {
		a++ // "The Quux+ bundle" at a sentence's start: the article is no part of it
	}
	name := f.text(a, p.b)
	if len([]rune(name)) < 2 || strings.ToUpper(name) == name {
		return false
	}
	if joined >= 0 {
		f.phrase(p.a, joined, p.descriptor)
	}
	f.add(a, p.b+1, Other, true)
	return true
}

// ruleSystemAlone is the name of the type systemsAlone gives.
const ruleSystemAlone = "an operating system named alone"

// systemsNamedAlone are the operating systems of versionedSystems that
// news names without a version as a platform ("available on iOS and
// Android"): no programming language ("Swift", "Java": English words or
// an island) and no Linux distribution (WordNet's things hold "Linux").
var systemsNamedAlone = []string{"iOS", "iPadOS", "macOS", "watchOS", "tvOS", "visionOS", "HarmonyOS", "ChromeOS", "Android", "Windows"}

// systemWords are the two operating systems whose names are English words
// too ("windows", "an android"), read as systems only by a cue.
var systemWords = setOf("Android", "Windows")

// platformBefore are the prepositions before a platform ("on Android",
// "for Windows", "ported to Android").
var platformBefore = setOf("on", "for", "to", "from", "via")

// platformAfter are the nouns after a platform ("Android phones", "an iOS
// app", "Windows users").
var platformAfter = setOf("app", "apps", "application", "applications", "version", "versions", "user", "users", "device",
	"devices", "phone", "phones", "smartphone", "smartphones", "tablet", "tablets", "PC", "PCs", "computer", "computers",
	"laptop", "laptops", "machine", "machines", "platform", "platforms", "software", "update", "updates", "owner", "owners",
	"client", "clients", "ecosystem", "market", "store", "developer", "developers", "system", "systems", "build", "builds")

// systemsAlone types an operating system named alone, with no version
// after it, other, as the gold set reads a platform ("available on iOS
// and Android", "an iOS app"). A name that continues into a capitalised
// word or a number ("Android Auto", "Windows 11") or follows one
// ("Google Android") is left to the rules of longer names. "Android" and
// "Windows", English words too, count only inside a sentence and beside
// a platform's cue: a preposition before ("on Android"), a noun such as
// "app" or "users" after, or another system joined by "and" or "or"
// ("iOS and Android"); after an article only with such a noun ("an
// Android phone", not "an Android of sorts").
func (f *finder) systemsAlone(covered map[int]bool) {
	for _, s := range systemsNamedAlone {
		for _, i := range f.mentionsOf(s) {
			if covered[i] || i > 0 && f.upperWord(i-1) && !f.toks[i-1].sentStart && f.toks[i-1].start >= f.toks[i].start-2 {
				continue
			}
			if next := f.word(i + 1); i+1 < len(f.toks) && (f.upperWord(i+1) || isNumber(next) || next == "-") && !f.lineBreakBefore(i+1) {
				continue
			}
			if systemWords[s] && !f.platformCue(i) {
				continue
			}
			f.addThing(i, i+1, Other, ruleSystemAlone, covered)
		}
	}
}

// platformCue reports whether the words around toks[i], an operating
// system whose name is an English word too, say it is the platform.
func (f *finder) platformCue(i int) bool {
	if f.toks[i].sentStart {
		return false
	}
	if platformAfter[f.word(i+1)] {
		return true
	}
	before := strings.ToLower(f.word(i - 1))
	switch before {
	case "a", "an", "the":
		return false
	case "and", "or":
		return isSystemName(f.word(i - 2))
	}
	if next := f.word(i + 1); (next == "and" || next == "or") && isSystemName(f.word(i+2)) {
		return true
	}
	return platformBefore[before]
}

// isSystemName reports whether w is one of systemsNamedAlone.
func isSystemName(w string) bool {
	return slices.Contains(systemsNamedAlone, w)
}
