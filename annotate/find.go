package annotate

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FindAll returns every whole-word occurrence in text of any of names, as
// Selectors in text order. Matching is case-sensitive, as names are. A match
// must not start or end inside a word (letters and digits make up words), so
// "Putin" is found in "Putin's" but "Ira" is not found in "Iran". Where
// occurrences overlap the longest wins, so "Donald Trump" is one match, not
// also a match of "Trump".
func FindAll(text string, names ...string) []Selector {
	spans := findSpans(text, names)
	if len(spans) == 0 {
		return nil
	}
	runes := []rune(text)
	out := make([]Selector, len(spans))
	for i, sp := range spans {
		out[i] = newSelectorRunes(runes, sp.start, sp.end)
	}
	return out
}

// span is a rune span [start, end) of a text.
type span struct{ start, end int }

// findSpans does FindAll's work and returns rune spans.
func findSpans(text string, names []string) []span {
	seen := make(map[string]bool, len(names))
	type match struct{ start, end int } // byte offsets
	var all []match
	for _, name := range names {
		name = strings.TrimSpace(name)
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(name)
			if wordBoundaryBefore(text, s, name) && wordBoundaryAfter(text, e, name) {
				all = append(all, match{s, e})
			}
			_, size := utf8.DecodeRuneInString(text[s:])
			from = s + size
		}
	}
	if len(all) == 0 {
		return nil
	}
	// Longest first, then earliest, and keep those that do not overlap one
	// already kept.
	sort.Slice(all, func(i, j int) bool {
		li, lj := all[i].end-all[i].start, all[j].end-all[j].start
		if li != lj {
			return li > lj
		}
		return all[i].start < all[j].start
	})
	taken := make([]bool, len(text))
	var kept []match
	for _, m := range all {
		free := true
		for b := m.start; b < m.end; b++ {
			if taken[b] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for b := m.start; b < m.end; b++ {
			taken[b] = true
		}
		kept = append(kept, m)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	idx := newRuneIndex(text)
	out := make([]span, len(kept))
	for i, m := range kept {
		out[i] = span{idx.rune(m.start), idx.rune(m.end)}
	}
	return out
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// wordBoundaryBefore reports whether a match of name at byte s does not
// start inside a word. A name that itself starts with punctuation needs no
// boundary there.
func wordBoundaryBefore(text string, s int, name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	if !isWordRune(first) || s == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:s])
	return !isWordRune(prev)
}

// wordBoundaryAfter reports whether a match of name ending at byte e does
// not end inside a word.
func wordBoundaryAfter(text string, e int, name string) bool {
	last, _ := utf8.DecodeLastRuneInString(name)
	if !isWordRune(last) || e == len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[e:])
	return !isWordRune(next)
}
