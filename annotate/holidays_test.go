package annotate

import (
	"strings"
	"testing"
)

// The sentences are invented.
func TestHolidaysAsEvents(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		// The guidelines make a holiday an event (a date before them).
		{"a legal holiday", "Parades filled the streets on Memorial Day across the state.", "Memorial Day", Event},
		{"a holiday of one word", "Shoppers in Brelford bought more fish before Easter this year.", "Easter", Event},
		{"a day with a curly apostrophe", "Sales of roses rose before Mother’s Day, Quillan said.", "Mother’s Day", Event},
		{"a day with a straight apostrophe", "The album came out on Valentine's Day last year.", "Valentine's Day", Event},
		{"before a noun", "The Thanksgiving travel rush began early in Ohio.", "Thanksgiving", Event},
		{"a day and its name", "Crowds gathered in the square on Christmas Eve for the lights.", "Christmas Eve", Event},
		{"a religious holiday", "The family met in Haifa for Yom Kippur, Dana Brel said.", "Yom Kippur", Event},
		{"St. as news writes it", "The parade on St. Patrick's Day drew 40,000 people.", "St. Patrick's Day", Event},
		// A holiday's word inside another name is left to the other rules.
		{"an island", "The ship reached Easter Island after nine days.", "Easter", ""},
		{"a work's title", "The theatre staged A Christmas Carol again this winter.", "Christmas", ""},
		{"a parade's name", "The Thanksgiving Day Parade drew crowds in the rain.", "Thanksgiving Day", ""},
		// A holiday's word the text writes after a given name is a surname.
		{"a surname", "Ann Easter chairs the board. Easter agreed to the sale.", "later:Easter", Person},
		// A day that is a date and no holiday stays no entity.
		{"election day", "Voters lined up early on Election Day in Quillford.", "Election Day", ""},
	})
}

// The sentences are invented.
func TestUnderLists(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a list of equal numbers", "She was named to the Brelford Journal's 40 Under 40 list last spring.", "40 Under 40", Other},
		{"a list with a word", "Quill was among the 35 Innovators Under 35 that year.", "35 Innovators Under 35", Other},
		{"an award", "He received a 30 Under 30 Award from the chamber.", "30 Under 30 Award", Other},
		{"four words between the numbers", "She made the 10 Quill Varrow Brel Quux Under 10 list.", "10 Quill Varrow Brel Quux Under 10", Other},
		{"five words between the numbers", "She made the 10 Quill Varrow Brel Quux Zed Under 10 list.", "10 Quill Varrow Brel Quux Zed Under 10", ""},
		// Different numbers or a lower-case "under" name an age or a limit.
		{"different numbers", "Toys for 5 Under 10 were sold out.", "5 Under 10", ""},
		{"lower case", "The fare is free for 5 children under 5 in Brelford.", "5 children under 5", ""},
	})
}

// holidayEnd tries runs of holidayWordsLongest tokens at the most: no
// name of holidays.txt holds more, or it would never be found.
func TestHolidayWordsLongest(t *testing.T) {
	for _, name := range strings.Split(strings.TrimSpace(holidaysData), "\n") {
		if n := len(tokenize([]rune(name))); n > holidayWordsLongest {
			t.Errorf("%q holds %d tokens, more than holidayWordsLongest (%d)", name, n, holidayWordsLongest)
		}
	}
}

// TestHolidayEndFindsEveryName checks that holidayEnd finds each name of
// holidays.txt written alone, whole: the index of first words
// (holidayFirstWords) passes none of them over. A name ending in its
// apostrophe ("April Fools'") is read without it, as a name ends at a
// word.
func TestHolidayEndFindsEveryName(t *testing.T) {
	for _, name := range strings.Split(strings.TrimSpace(holidaysData), "\n") {
		runes := []rune(name)
		f := &finder{runes: runes, toks: tokenize(runes)}
		if !f.toks[len(f.toks)-1].word {
			continue
		}
		if b := f.holidayEnd(0); b != len(f.toks) {
			t.Errorf("holidayEnd(%q) = %d, want %d (the whole name)", name, b, len(f.toks))
		}
	}
}
