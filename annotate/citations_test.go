package annotate

import "testing"

// TestCitations holds the cases of citations (ruleCitation); the
// references are invented.
func TestCitations(t *testing.T) {
	loadModel()
	tests := []struct {
		name, text, span string
		want             EntityType
	}{
		{"a title after et al. before its journal", "The cells fired.\n\nMore information: Ann Wu et al. Gut cells sense small parasites, Cold Biology (2016). DOI: 10.1126/x", "Gut cells sense small parasites", Work},
		{"the journal of a title, an organisation", "The cells fired.\n\nMore information: Ann Wu et al. Gut cells sense small parasites, Cold Biology (2016). DOI: 10.1126/x", "Cold Biology", Organization},
		{"a title with a colon and a book it appeared in", "Bears sleep.\n\nMore information: G. Quill et al. Torpor and sleep: Prospects for long flights, Handbook of Cold Biology for Small Craft (2018). DOI: 10.1007/x", "Torpor and sleep: Prospects for long flights", Work},
		{"a book a paper appeared in, a work", "Bears sleep.\n\nMore information: G. Quill et al. Torpor and sleep: Prospects for long flights, Handbook of Cold Biology for Small Craft (2018). DOI: 10.1007/x", "Handbook of Cold Biology for Small Craft", Work},
		{"a title in quotation marks, its comma inside", "The drug worked.\n\nMore information: Ann Wu et al, \"Torpor in small mammals, a review,\" Nature Quux (2019). DOI: 10.1038/x", "Torpor in small mammals, a review", Work},
		{"a journal after a quoted title", "The drug worked.\n\nMore information: Ann Wu et al, \"Torpor in small mammals, a review,\" Nature Quux (2019). DOI: 10.1038/x", "Nature Quux", Organization},
		{"a numbered reference after its authors", "The drug worked.\n\nJournal Reference:\n1. Ann Wu, Li Brell, Tom Quill. Torpor in small mammals: a review. Cold Biology, 2019; 5 (3): 12 DOI: 10.1016/x", "Torpor in small mammals: a review", Work},
		{"a numbered reference that starts with its title", "Alarms ring often.\n\n[1] Torpor in small mammals: a review, Wu A, Brell L. Cold Biol. 2015; 28: 685-690.", "Torpor in small mammals: a review", Work},
		{"a numbered reference led by its authors", "Alarms ring often.\n\n[2] Ann Wu, Li Brell. Torpor in small mammals. Cold Biology, 2015; 28: 685-690.", "Torpor in small mammals", Work},
		{"a numbered reference led by authors with their initials", "Alarms ring often.\n\n[3] Wu A, Brell LJ. Torpor in small mammals. Cold Biol. 2015; 28: 685-690.", "Torpor in small mammals", Work},
		{"a numbered reference led by one author with an initial", "Alarms ring often.\n\n[4] Quill J. Torpor in small mammals. Cold Biol. 2015; 28: 685-690.", "Torpor in small mammals", Work},
		{"its label names nothing", "The drug worked.\n\nJournal Reference:\n1. Ann Wu, Li Brell, Tom Quill. Torpor in small mammals: a review. Cold Biology, 2019; 5 (3): 12 DOI: 10.1016/x", "Reference", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got != tt.want {
				t.Errorf("%q in %q suggested as %q, want %q (suggestions: %v)", tt.span, tt.text, got, tt.want, Suggest(tt.text, nil))
			}
		})
	}
}

// TestCitationsLeaveOtherLines: a line after a label that reads as no
// reference (no authors, no year after a title) gives no work.
func TestCitationsLeaveOtherLines(t *testing.T) {
	loadModel()
	for _, text := range []string{
		"The drug worked.\n\nMore information: The Quill Lab posts its data online, Cold Biology says.",
		"The drug worked.\n\nReference: Quill Lab, Brell House and Partners. Their Report on Sleep.",
		"Alarms ring often.\n\n[3] Joint Quux Commission Safety Goal: Alarm Management, a list of hazards.",
	} {
		for _, s := range Suggest(text, nil) {
			if s.Type == Work {
				t.Errorf("%q: suggested the work %q", text, s.Name)
			}
		}
	}
}
