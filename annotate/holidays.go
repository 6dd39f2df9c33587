package annotate

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/holidays.txt
var holidaysData string

// holidays are the holidays and named days of the year WordNet 3.0 knows
// (data/holidays.txt, see data/README.md): "Christmas", "Easter",
// "Thanksgiving", "Mother's Day", "Valentine's Day", "Yom Kippur".
var holidays = sortedList{data: holidaysData}

// The rules of this file, by name, for their confidence.
const (
	ruleHoliday   = "a holiday"
	ruleUnderList = "a list or award named N under N"
)

// holidayWordsLongest bounds the tokens a name of holidays.txt holds,
// its apostrophes and possessive s counted ("Martin Luther King Jr's
// Birthday" holds seven), so that holidayEnd tries no longer run.
const holidayWordsLongest = 8

// holidaysAsEvents types a holiday as an event, as the guidelines do
// ("Easter", "Mother's Day", "Christmas Day", and before a noun, "Halloween
// monsters"): a name of holidays.txt standing alone, not continued by a
// capitalised word before or after it ("Easter Island", "A Christmas
// Carol", "Thanksgiving Day Parade" are left to the other rules; a
// sentence's first "The" is no such word), nor a
// single word that is also an English word on a line in title case (a
// headline: "Easter Sales Soar"), nor a single word the text writes after
// a given name (a surname: "Ann Easter ... Easter agreed"). A day that is a date and no holiday
// ("Election Day") is left to datesOfDays.
func (f *finder) holidaysAsEvents(covered map[int]bool) {
	t := f.toks
	for i := 0; i < len(t); i++ {
		if !t[i].word || !t[i].upper || t[i].allCaps || covered[i] {
			continue
		}
		if i > 0 && f.upperWord(i-1) && !t[i].sentStart && !f.lineBreakBefore(i) && !(t[i-1].sentStart && stopwords[t[i-1].text]) &&
			!holidayGreetings[t[i-1].text] {
			continue
		}
		b := f.holidayEnd(i)
		if b < 0 {
			continue
		}
		if b < len(t) && f.upperWord(b) && !t[b].sentStart && !f.lineBreakBefore(b) {
			continue
		}
		if b == i+1 && (isEnglishWord(t[i].text) || isBasicWord(t[i].text)) && f.titleCaseLine(i) {
			continue
		}
		if b == i+1 && f.surnameAfterGivenName(t[i].text) {
			continue
		}
		f.addThing(i, b, Event, ruleHoliday, covered)
		i = b - 1
	}
}

// holidayGreetings stand before a holiday in a greeting ("Happy
// Thanksgiving", "Merry Christmas"): no part of its name, nor a given
// name whose surname it is (ner21w).
var holidayGreetings = setOf("Happy", "Merry")

// surnameAfterGivenName reports whether the text writes word right after
// a given name somewhere ("Ann Easter"): then the word alone is that
// person's surname ("Easter agreed"), left to the person rules. It reads
// only the word's own mentions (mentionsOf), not the whole text once per
// holiday found.
func (f *finder) surnameAfterGivenName(word string) bool {
	t := f.toks
	for _, i := range f.mentionsOf(word) {
		if i > 0 && t[i-1].word && firstNames.has(t[i-1].text) && !holidayGreetings[t[i-1].text] && !f.lineBreakBefore(i) {
			return true
		}
	}
	return false
}

// holidayLead is a word's part before an apostrophe ("Mother" of
// "Mother's"), however the tokenizer splits the apostrophe off.
func holidayLead(w string) string {
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		return w[:i]
	}
	return w
}

// holidayFirstWords are the first words of holidays.txt's names
// (holidayLead of each): a word no name starts with is passed over
// without looking up the names that could start at it.
var holidayFirstWords = sync.OnceValue(func() map[string]bool {
	first := map[string]bool{}
	for _, line := range strings.Split(holidaysData, "\n") {
		if fields := strings.Fields(line); len(fields) > 0 {
			first[holidayLead(fields[0])] = true
		}
	}
	return first
})

// holidayEnd returns where the longest name of holidays.txt starting at
// toks[a] ends, or -1; a curly apostrophe is read as a straight one.
func (f *finder) holidayEnd(a int) int {
	t := f.toks
	if !holidayFirstWords()[holidayLead(t[a].text)] {
		return -1
	}
	for b := min(len(t), a+holidayWordsLongest); b > a; b-- {
		if !t[b-1].word || b > a+1 && f.lineBreakBefore(b-1) {
			continue
		}
		name := strings.ReplaceAll(f.text(a, b), "’", "'")
		if holidays.has(name) {
			return b
		}
	}
	return -1
}

// underListTail may end a list's or an award's name after its second
// number ("40 Under 40 Award").
var underListTail = setOf("Award", "Awards", "List", "Honoree", "Honorees")

// underLists types a list or an award named by a number, up to four
// capitalised words, "Under" and the same number ("30 Under 30", "35
// Innovators Under 35", "40 Under 40 Award") as other, as the guidelines
// do ("40 Under 40"). Two different numbers, or "under" in lower case,
// name an age or a limit ("children under 5", "10 Tips Under $20").
func (f *finder) underLists(covered map[int]bool) {
	t := f.toks
	for i := 0; i < len(t); i++ {
		if t[i].text != "Under" || i == 0 || i+1 >= len(t) || !isNumber(t[i+1].text) {
			continue
		}
		a := i - 1
		for a >= 0 && a > i-5 && f.upperWord(a) && !isNumber(t[a].text) && !f.lineBreakBefore(a+1) {
			a--
		}
		if a < 0 || t[a].text != t[i+1].text || f.lineBreakBefore(a+1) && a+1 <= i {
			continue
		}
		b := i + 2
		if b < len(t) && underListTail[t[b].text] && !f.lineBreakBefore(b) {
			b++
		}
		f.addThing(a, b, Other, ruleUnderList, covered)
	}
}
