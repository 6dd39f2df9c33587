package annotate

import (
	"errors"
	"testing"
)

func TestFindQuoteMatchesAfterNormalisingBothSides(t *testing.T) {
	const zwnj, zwj, shy = "\u200c", "\u200d", "\u00ad"
	tests := []struct {
		name, text, quote string
		want              []string // the text as written at each match
	}{
		{"a plain quote is found each time", "the river rose and the river fell", "the river", []string{"the river", "the river"}},
		{"a Persian word keeps its zero-width non-joiner", "من می" + zwnj + "خواهم بروم", "می" + zwnj + "خواهم", []string{"می" + zwnj + "خواهم"}},
		{"a quote without the non-joiner finds the word with it", "من می" + zwnj + "خواهم بروم", "میخواهم", []string{"می" + zwnj + "خواهم"}},
		{"the family emoji is one quote", "a family 👨" + zwj + "👩" + zwj + "👧 here", "👨" + zwj + "👩" + zwj + "👧", []string{"👨" + zwj + "👩" + zwj + "👧"}},
		{"a decomposed quote finds the composed text", "un café noir", "cafe\u0301", []string{"café"}},
		{"a composed quote finds the decomposed text", "un cafe\u0301 noir", "café", []string{"cafe\u0301"}},
		{"a soft hyphen in the text is passed over", "an extra" + shy + "ordinary day", "extraordinary", []string{"extra" + shy + "ordinary"}},
		{"invisible characters around a match stay out of it", "x " + zwj + "word" + zwj + " y", "word", []string{"word"}},
		{"after a decomposed letter offsets stay the text's", "cafe\u0301 and tea", "tea", []string{"tea"}},
		{"a quote not in the text is not found", "the river rose", "the sea", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans, err := FindQuote(tt.text, tt.quote)
			if err != nil {
				t.Fatal(err)
			}
			runes := []rune(tt.text)
			var got []string
			for _, sp := range spans {
				got = append(got, string(runes[sp[0]:sp[1]]))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("found %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("match %d is %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
	t.Run("a quote of invalid bytes is refused, not matched inside a letter", func(t *testing.T) {
		if _, err := FindQuote("café", "\xa9"); !errors.Is(err, ErrQuoteNotText) {
			t.Errorf("FindQuote of invalid bytes: %v, want ErrQuoteNotText", err)
		}
	})
}
