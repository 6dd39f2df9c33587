package annotate

import (
	"slices"
	"strings"
)

// This file (issue 16, sixteenth round, second wave, branch ner21w2)
// types works that no word for their kind introduces, by a class a reader
// knows them by: a title listed with a work the text has already named
// ("from Quux Street to Varrow, from Ann and Her Lantern to Moth Hill":
// one member known as a work makes the others works, as a list joins
// things of one kind); and an award's ceremony named by its award before
// a noun ("the Quux winner", as "the Oscar winner", "her Oscar dress").

// ruleTitleListedWithWork is the name of the type titlesListedWithWork
// gives.
const ruleTitleListedWithWork = "a title listed with a work"

// ruleCeremonyBeforeNoun is the name of the type ceremoniesBeforeNoun
// gives.
const ruleCeremonyBeforeNoun = "an award's ceremony before a noun"

// maxListedTitles bounds the members of one list of titles.
const maxListedTitles = 12

// titlesListedWithWork types as works the titles of a list of two or more
// that holds a work a rule before it typed by the words around it (a
// word for its kind, "titled", a title named again): a range of examples
// ("from Quux Street to Varrow, from Moth Hill to Ann and Her Lantern"),
// chained by "to" and ", from", or a list joined by commas, "and" and
// "or" ("Varrow, Moth Hill and Quux Street"). Each member must read as a
// title (plausibleTitle: no listed place or organisation, no acronym
// alone; and no person's full name, which a list of titles after their
// kind may hold but a list beside one title need not), the list stands inside a sentence (not at
// its start, where a capitalised word says nothing, unless "From" leads
// it) and on one line, and a member a rule has typed already keeps its
// type (addThing leaves covered tokens).
func (f *finder) titlesListedWithWork(covered map[int]bool) {
	works := map[string]bool{}
	for _, c := range f.cands {
		if c.firm && c.typ == Work {
			works[c.name] = true
		}
	}
	if len(works) == 0 {
		return
	}
	t := f.toks
	for i := 1; i < len(t); i++ {
		start, from := f.titleListStart(i)
		if !start {
			continue
		}
		members, next := f.listedTitles(i, from)
		if len(members) < 2 {
			i = max(i, next-1)
			continue
		}
		known := false
		for _, m := range members {
			if works[f.text(m[0], m[1])] {
				known = true
			}
		}
		if known {
			for _, m := range members {
				if !works[f.text(m[0], m[1])] {
					f.addThing(m[0], m[1], Work, ruleTitleListedWithWork, covered)
				}
			}
		}
		i = max(i, next-1)
	}
}

// titleListStart reports whether a list of titles may start at toks[i]:
// after "from" (then from is true: "to" joins its members too), or after
// a word in lower case other than a list's joiners, inside a sentence.
func (f *finder) titleListStart(i int) (start, from bool) {
	if !f.upperWord(i) || f.lineBreakBefore(i) {
		return false, false
	}
	prev := f.word(i - 1)
	if strings.EqualFold(prev, "from") && (f.lowerWord(i-1) || f.toks[i-1].sentStart) {
		return true, true
	}
	if f.toks[i].sentStart || !f.lowerWord(i-1) || prev == "and" || prev == "or" || prev == "to" {
		return false, false
	}
	return true, false
}

// listedTitles returns the spans of the titles listed from toks[i] on and
// the token after the list. Members are joined by ",", "and", "or" (", and",
// ", or"), and in a range by "to" and ", from" as well; the list ends at
// a comma before a word in lower case, at anything else and at a line's
// end. A joiner before anything but a title makes it no list of titles
// (nil): "Quux Street and the council" joins unlike things.
func (f *finder) listedTitles(i int, from bool) ([][2]int, int) {
	var members [][2]int
	k := i
	comma := false // whether a comma alone joined the last member
	for len(members) < maxListedTitles {
		b := f.titleEnd(k, inList)
		if b == k || !f.plausibleTitle(k, b, inList) || f.fullPersonName(k, b) {
			return nil, k + 1 // a list holds titles only
		}
		members = append(members, [2]int{k, b})
		k = b
		switch w, next := f.word(k), f.word(k+1); {
		case w == "," && (next == "and" || next == "or" || from && next == "from"):
			k += 2
			comma = false
		case w == "," && !f.upperWord(k+1):
			return closedList(members, comma), k // the sentence goes on after a comma
		case w == "," || w == "and" || w == "or" || from && w == "to":
			k++
			comma = w == ","
		default:
			return closedList(members, comma), k
		}
		if f.lineBreakBefore(k) {
			return closedList(members, comma), k
		}
	}
	return closedList(members, comma), k
}

// closedList returns members unless a comma alone joined the last of
// them: a list's last member follows "and", "or" or a range's "to",
// while "Quiet Code, Quuxbooks" is a title and its publisher, an
// apposition rather than a list.
func closedList(members [][2]int, comma bool) [][2]int {
	if comma {
		return nil
	}
	return members
}

// awardCeremonies are the awards whose ceremony eventWords names in the
// plural ("the Oscars", "the Grammys"), by their singular, sorted: they
// come from a map, and ceremoniesBeforeNoun adds its names in their order,
// which must not change between runs.
var awardCeremonies = func() []string {
	var out []string
	for w := range eventWords {
		if strings.HasSuffix(w, "s") && w != "Olympics" && w != "Paralympics" {
			out = append(out, strings.TrimSuffix(w, "s"))
		}
	}
	slices.Sort(out)
	return out
}()

// nominationNouns name what one is nominated for: the award itself, other
// ("a Golden Globe nomination"), which the guidelines set apart from the
// ceremony.
var nominationNouns = setOf("nomination", "nominations", "nod", "nods")

// ceremoniesBeforeNoun types as an event an award whose ceremony
// eventWords names ("Oscars", "Grammys") written in the singular before a
// noun in lower case ("the Oscar winner", "her now-famous Oscar dress",
// "the four-time Grammy winning band"), as the guidelines read "Oscar
// dress" and "Oscar buzz": the ceremony named by its award (an English
// noun: the tagger reads another language's words as nouns). Not after a
// capitalised word ("Pearl Oscar Dress", a heading's words), nor before
// "nomination" (the award, other), nor in a text that writes the word
// before a capitalised one or a verb anywhere, where it may be a given
// name ("Oscar Quill", "Tony said").
func (f *finder) ceremoniesBeforeNoun(covered map[int]bool) {
	for _, award := range awardCeremonies {
		at := f.mentionsOf(award)
		if len(at) == 0 || f.givenNameSomewhere(at) {
			continue
		}
		for _, i := range at {
			next := f.word(i + 1)
			if f.upperWord(i-1) || !f.lowerWord(i+1) || nominationNouns[next] || f.lineBreakBefore(i+1) ||
				!strings.HasPrefix(f.tags[i+1], "NN") && next != "winning" || !isEnglishWord(next) {
				continue
			}
			f.addThing(i, i+1, Event, ruleCeremonyBeforeNoun, covered)
		}
	}
}

// givenNameSomewhere reports whether a mention at toks[at] reads as a
// given name: before a capitalised word inside a sentence (a heading in
// title case aside), or before a verb.
func (f *finder) givenNameSomewhere(at []int) bool {
	for _, i := range at {
		given := f.upperWord(i+1) && !f.toks[i+1].sentStart && !f.lineBreakBefore(i+1) ||
			f.lowerWord(i+1) && verbTags[f.tags[i+1]]
		// A heading capitalises every word. titleCaseLine reads the whole
		// line, so only for a mention that would count.
		if given && !f.titleCaseLine(i) {
			return true
		}
	}
	return false
}
