package library

import (
	"fmt"
	"strings"
	"sync"
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

// TestMakeSnippetConcurrently checks that the snippets of texts made at once
// on several goroutines, which share the pool of word slices (tokenBufs),
// are those made one at a time, long texts whose slices are not kept for
// the next text among them.
func TestMakeSnippetConcurrently(t *testing.T) {
	m := newMatcher(translateQuery(`river "burst its"`, false).terms, "text")
	texts := make([]string, 21)
	for i := range texts {
		n := 10 + 37*i
		if i%7 == 0 {
			n = maxPooledTokens/2 + i // over maxPooledTokens words
		}
		texts[i] = strings.Repeat(fmt.Sprintf("word%d filler. ", i), n) + "The river burst its banks. " + strings.Repeat("tail ", i)
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = m.makeSnippet(text)
		if !strings.Contains(want[i], "«river»") {
			t.Fatalf("snippet of text %d = %q, want the river marked", i, want[i])
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 3 {
				for k := range texts {
					i := (k*(g+1) + r) % len(texts)
					if got := m.makeSnippet(texts[i]); got != want[i] {
						t.Errorf("goroutine %d: snippet of text %d = %q, want %q", g, i, got, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// FuzzMakeSnippet checks that any text and query make a snippet with
// balanced marks (where the text holds none), and the same snippet after
// another text has used the pooled slice of words.
func FuzzMakeSnippet(f *testing.F) {
	f.Add("The river burst its banks.", "river")
	f.Add("«» é a b", `"a b"`)
	f.Add("\xff\xfe broken Montréal", "montreal*")
	f.Fuzz(func(t *testing.T, text, query string) {
		m := newMatcher(translateQuery(query, false).terms, "text")
		first := m.makeSnippet(text)
		if !strings.ContainsAny(text, "«»") && strings.Count(first, "«") != strings.Count(first, "»") {
			t.Fatalf("snippet of %q in %q = %q: unbalanced marks", query, text, first)
		}
		m.makeSnippet(strings.Repeat(text+" x ", 3))
		if again := m.makeSnippet(text); again != first {
			t.Fatalf("snippet of %q in %q = %q, then %q", query, text, first, again)
		}
	})
}
