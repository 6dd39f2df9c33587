package annotate

import "testing"

func TestNormalizeQuote(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"white space within a paragraph collapses", "  pulled by the\t moon ", "pulled by the moon"},
		{"a line break between paragraphs becomes a blank line", "first para.\nsecond para.", "first para.\n\nsecond para."},
		{"several blank lines become one", "first.\r\n\r\n\r\nsecond.", "first.\n\nsecond."},
		{"an empty quote stays empty", " \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeQuote(tt.in); got != tt.want {
				t.Errorf("NormalizeQuote(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}
