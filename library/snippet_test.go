package library

import (
	"strings"
	"testing"
)

func TestMakeSnippet(t *testing.T) {
	filler := func(n int) string { return strings.Repeat("lorem ipsum dolor sit amet. ", n) }
	long := filler(20) + "The river burst its banks in Montréal after the rainfall. " + filler(20)
	tests := []struct {
		name, query, text, want string
	}{
		{"a word in the middle, from its sentence's start, cut on both sides", "river", long,
			"…The «river» burst its banks in Montréal after the rainfall. lorem ipsum dolor sit amet. lorem ipsum dolor sit amet. lorem ipsum dolor sit…"},
		{"diacritics folded", "montreal", long,
			"…The river burst its banks in «Montréal» after the rainfall. lorem ipsum dolor sit amet. lorem ipsum dolor sit amet. lorem ipsum dolor sit…"},
		{"a prefix", "rainf*", long,
			"…in Montréal after the «rainfall». lorem ipsum dolor sit amet. lorem ipsum dolor sit amet. lorem ipsum dolor sit amet. lorem ipsum dolor sit…"},
		{"a phrase marked as one", `"burst its banks"`, long,
			"…The river «burst its banks» in Montréal after the rainfall. lorem ipsum dolor sit amet. lorem ipsum dolor sit amet. lorem ipsum dolor sit…"},
		{"case ignored", "RIVER", "A river. Another River.", "A «river». Another «River»."},
		{"the window with every term wins over an earlier one with fewer, filled back near the end",
			"harbour budget", "The harbour was quiet. " + filler(10) + "The council set the harbour budget today.",
			"…sit amet. lorem ipsum dolor sit amet. lorem ipsum dolor sit amet. lorem ipsum dolor sit amet. The council set the «harbour» «budget» today."},
		{"a term for another column is not looked for", "title:river", long, ""},
		{"no match", "flood", long, ""},
		{"a short text is not cut", "banks", "The banks held.", "The «banks» held."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMatcher(translateQuery(tt.query, false).terms, "text")
			if got := m.makeSnippet(tt.text); got != tt.want {
				t.Errorf("snippet of %q\n got  %q\n want %q", tt.query, got, tt.want)
			}
		})
	}
}

func TestMakeSnippetNeverPanics(t *testing.T) {
	texts := []string{"", " ", "«»", "é", "a", "a b", strings.Repeat("x ", 100), "\xff\xfe broken", "ǅ Σσς İ"}
	queries := []string{"a", "x*", `"a b"`, `"x x x"`, "é", "e", "σ", "i", "broken"}
	for _, text := range texts {
		for _, q := range queries {
			s := newMatcher(translateQuery(q, false).terms, "text").makeSnippet(text)
			if strings.Count(s, "«") != strings.Count(s, "»") {
				t.Errorf("snippet of %q in %q = %q: unbalanced marks", q, text, s)
			}
		}
	}
}
