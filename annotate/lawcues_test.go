package annotate

import "testing"

func TestCourtCases(t *testing.T) {
	loadModel()
	tests := []struct {
		name, text, span string
		want             EntityType
	}{
		{"two surnames after court decisions", "Poor districts still get more aid thanks to a series of Supreme Court decisions known as Quillby v. Burke.", "Quillby v. Burke", Other},
		{"v without its dot", "The ruling in Quillan v Varrow was overturned on appeal.", "Quillan v Varrow", Other},
		{"a board of education", "The justices cited Quillby v. Board of Education of Brelford in their ruling.", "Quillby v. Board of Education of Brelford", Other},
		{"a preposition starting the sentence", "In Quillby v. Burke, the court held that aid must be equal.", "Quillby v. Burke", Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got != tt.want {
				t.Errorf("%q in %q suggested as %q, want %q (suggestions: %v)", tt.span, tt.text, got, tt.want, Suggest(tt.text, nil))
			}
		})
	}
	none := []struct{ name, text, span string }{
		{"a match between countries", "Tickets for England v Australia at the court sold out.", "England v Australia"},
		{"no word of the law near", "Fans argued about Quillby v. Burke all night at the bar.", "Quillby v. Burke"},
	}
	for _, tt := range none {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range Suggest(tt.text, nil) {
				if s.Name == tt.span {
					t.Errorf("%q in %q suggested as %q", tt.span, tt.text, s.Type)
				}
			}
		})
	}
}
