package annotate

import "testing"

func TestNewSelector(t *testing.T) {
	text := "Zelenskyy has been pressing Washington to approve the sale of Tomahawk missiles to Kyiv."
	tests := []struct {
		name       string
		text       string
		start, end int
		want       Selector
	}{
		{
			name: "a span in the middle gets its quote and context",
			text: text, start: 28, end: 38,
			want: Selector{Start: 28, End: 38, Exact: "Washington", Prefix: "Zelenskyy has been pressing ", Suffix: " to approve the sale of Tomahawk"},
		},
		{
			name: "offsets past the end are clamped to the text",
			text: "short text", start: 6, end: 99,
			want: Selector{Start: 6, End: 10, Exact: "text", Prefix: "short "},
		},
		{
			name: "a negative start is clamped to zero",
			text: "short text", start: -5, end: 5,
			want: Selector{Start: 0, End: 5, Exact: "short", Suffix: " text"},
		},
		{
			name: "an end before the start gives an empty span",
			text: "short text", start: 6, end: 2,
			want: Selector{Start: 6, End: 6, Prefix: "short ", Suffix: "text"},
		},
		{
			name: "offsets count runes, not bytes",
			text: "Zürich’s café — Genève", start: 16, end: 22,
			want: Selector{Start: 16, End: 22, Exact: "Genève", Prefix: "Zürich’s café — "},
		},
		{
			name: "an empty text gives an empty selector",
			text: "", start: 3, end: 4,
			want: Selector{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewSelector(tt.text, tt.start, tt.end); got != tt.want {
				t.Errorf("NewSelector(%q, %d, %d) = %+v, want %+v", tt.text, tt.start, tt.end, got, tt.want)
			}
		})
	}
}
