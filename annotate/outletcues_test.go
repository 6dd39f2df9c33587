package annotate

import "testing"

// The sentences are invented.
func TestOutletsOfWriting(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"an outlet led by The", "She wrote in The Quuxlantic last year that the plan failed.", "The Quuxlantic", Organization},
		{"an outlet named after an ocean", "She wrote in The Atlantic last year.", "The Atlantic", Organization},
		{"a journal of two words", "Ann Wu wrote in Foreign Quuxairs that the war was lost.", "Foreign Quuxairs", Organization},
		{"after an op-ed", "In an op-ed in the Brelford Ledger, she argued for the law.", "Brelford Ledger", Organization},
		// Where, when and in what language.
		{"a town", "He wrote in Paris in 1923.", "Paris", Place},
		{"a month", "He wrote in January that the plan was dead.", "January", ""},
		{"a language", "She wrote in English and French.", "English", ""},
	})
}
