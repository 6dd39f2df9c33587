package annotate

import "testing"

// The sentences are invented.
func TestVesselsInApposition(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a warship", "The navy said the QNS Harlow, a guided missile destroyer, would join the search.", "QNS Harlow", Other},
		{"one of a kind of boats", "The crew loaded up the Brelmark, one of four century-old wooden schooners still fishing.", "Brelmark", Other},
		{"a dictionary word after the", "Scientists sailed on the Endeavour, a research vessel, in May.", "Endeavour", Other},
		{"an aircraft", "Reporters flew aboard the Quill Star, a converted airliner, to Rome.", "Quill Star", Other},
		// A noun that goes on names no vessel, and a company or a place is no vessel.
		{"a maker", "Orders rose at Quuxair, the plane maker, in March.", "Quuxair", Organization},
		{"a place", "Fishermen in Brelford, a boat town of 3,000, sold halibut.", "Brelford", Place},
		{"a dictionary word alone", "Demand for Harmony, a yacht, fell.", "Harmony", ""},
		{"a person before a noun", "Anna Brelford, a ferry captain, said the sea was calm.", "Anna Brelford", Person},
	})
}
