package annotate

import (
	"strings"
	"time"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// FuzzyThreshold is the least similarity (1 minus the edit distance over the
// longer length) a reworded quote must keep with the old one to be anchored
// by Anchor's fuzzy stage. A sentence with a word or two changed stays well
// above it; an unrelated sentence in the place of a removed one falls well
// below it.
const FuzzyThreshold = 0.7

// Anchor finds the span that s selected in text, after text may have changed
// (a clipping re-extracted). It tries, in order:
//
//  1. the old position, if the text there still equals s.Exact and the
//     context around it agrees with s.Prefix and s.Suffix;
//  2. every occurrence of s.Exact, preferring the one whose surrounding text
//     agrees most with the old context and then the one nearest the old
//     position;
//  3. a fuzzy match: the old context (Prefix+Exact+Suffix) is located near
//     the old position or near approximate matches of the quote's ends and
//     its context, diffed against the text there, and the old span mapped
//     through the diff; the result must keep FuzzyThreshold similarity with
//     s.Exact.
//
// It returns the new Selector, with fresh context, and true; or s unchanged
// and false when the span cannot be found (the caller keeps it as orphaned).
// An empty quote cannot be anchored. Anchor never returns a span outside text.
func Anchor(text string, s Selector) (Selector, bool) {
	if s.Exact == "" {
		return s, false
	}
	runes := []rune(text)
	exact := []rune(s.Exact)
	// Only the context next to the quote matters; a stored selector never
	// has more than ContextRunes, and bounding it bounds the fuzzy stage.
	prefix := []rune(s.Prefix)
	prefix = prefix[len(prefix)-min(len(prefix), ContextRunes):]
	suffix := []rune(s.Suffix)
	suffix = suffix[:min(len(suffix), ContextRunes)]

	// 1. By position, with the whole context agreeing.
	if s.Start >= 0 && s.Start <= len(runes)-len(exact) && equalRunes(runes[s.Start:s.Start+len(exact)], exact) &&
		contextAgreement(runes, s.Start, s.Start+len(exact), prefix, suffix) == len(prefix)+len(suffix) {
		return newSelectorRunes(runes, s.Start, s.Start+len(exact)), true
	}

	// 2. By quote: best context, then nearest the old place.
	if start, ok := bestOccurrence(text, runes, exact, prefix, suffix, s.Start); ok {
		return newSelectorRunes(runes, start, start+len(exact)), true
	}

	// 3. Fuzzily.
	if sp, ok := anchorFuzzy(runes, exact, prefix, suffix, s.Start); ok {
		return newSelectorRunes(runes, sp.start, sp.end), true
	}
	return s, false
}

// bestOccurrence returns the rune offset of the occurrence of exact in text
// whose context agrees most with prefix and suffix, nearest to old on ties.
func bestOccurrence(text string, runes, exact, prefix, suffix []rune, old int) (int, bool) {
	quote := string(exact)
	var idx runeIndex
	best, bestAgree, bestDist := -1, -1, 0
	for from := 0; from <= len(text); {
		i := strings.Index(text[from:], quote)
		if i < 0 {
			break
		}
		if idx.runeAt == nil {
			idx = newRuneIndex(text)
		}
		b := from + i
		start := idx.rune(b)
		agree := contextAgreement(runes, start, start+len(exact), prefix, suffix)
		dist := abs(start - old)
		if agree > bestAgree || (agree == bestAgree && dist < bestDist) {
			best, bestAgree, bestDist = start, agree, dist
		}
		from = b + 1
		// Step past a continuation byte so the next search starts on a rune.
		for from < len(text) && text[from]&0xC0 == 0x80 {
			from++
		}
	}
	return best, best >= 0
}

// contextAgreement counts how many runes of prefix agree with the text just
// before start (read backwards) and how many of suffix agree with the text
// just after end.
func contextAgreement(runes []rune, start, end int, prefix, suffix []rune) int {
	n := 0
	for i := 1; i <= len(prefix) && start-i >= 0 && runes[start-i] == prefix[len(prefix)-i]; i++ {
		n++
	}
	for i := 0; i < len(suffix) && end+i < len(runes) && runes[end+i] == suffix[i]; i++ {
		n++
	}
	return n
}

// maxFuzzyQuote is the longest quote the fuzzy stage tries to re-find, and
// fuzzyDiffTimeout bounds each diff it makes, so that a pathological input
// costs milliseconds, not seconds. A diff cut short only underestimates the
// similarity.
const (
	maxFuzzyQuote    = 4000
	fuzzyDiffTimeout = 50 * time.Millisecond
)

// bitapMaxPattern is the longest pattern the approximate matcher takes.
const bitapMaxPattern = 32

// anchorFuzzy is Anchor's third stage.
func anchorFuzzy(runes, exact, prefix, suffix []rune, old int) (span, bool) {
	if len(runes) == 0 || len(exact) > maxFuzzyQuote {
		return span{}, false
	}
	expected := min(max(old, 0), len(runes))
	centers := []int{expected}
	addCenter := func(c int) {
		c = min(max(c, 0), len(runes))
		for _, x := range centers {
			if abs(x-c) < 4 {
				return
			}
		}
		centers = append(centers, c)
	}
	head := exact[:min(len(exact), bitapMaxPattern)]
	tail := exact[len(exact)-min(len(exact), bitapMaxPattern):]
	if len(head) >= 8 {
		if m, ok := approxFind(runes, head, len(head)/4, expected); ok {
			addCenter(m)
		}
		if m, ok := approxFind(runes, tail, len(tail)/4, expected+len(exact)-len(tail)); ok {
			addCenter(m + len(tail) - len(exact))
		}
	}
	if pt := prefix[len(prefix)-min(len(prefix), bitapMaxPattern):]; len(pt) >= 12 {
		if m, ok := approxFind(runes, pt, len(pt)/4, expected-len(pt)); ok {
			addCenter(m + len(pt))
		}
	}
	if sh := suffix[:min(len(suffix), bitapMaxPattern)]; len(sh) >= 12 {
		if m, ok := approxFind(runes, sh, len(sh)/4, expected+len(exact)); ok {
			addCenter(m - len(exact))
		}
	}

	ctx := make([]rune, 0, len(prefix)+len(exact)+len(suffix))
	ctx = append(append(append(ctx, prefix...), exact...), suffix...)
	slack := len(exact)/4 + 16
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = fuzzyDiffTimeout
	best, bestSim := span{}, -1.0
	for _, c := range centers {
		lo := max(0, c-len(prefix)-slack)
		hi := min(len(runes), c+len(exact)+len(suffix)+slack)
		if lo >= hi {
			continue
		}
		diffs := dmp.DiffMainRunes(ctx, runes[lo:hi], false)
		ns := lo + xIndexRunes(diffs, len(prefix))
		ne := lo + xIndexRunes(diffs, len(prefix)+len(exact))
		ns, ne = clampSpan(len(runes), ns, ne)
		ns, ne = trimSpaceSpan(runes, ns, ne, exact)
		if ns >= ne {
			continue
		}
		if sim := similarity(dmp, exact, runes[ns:ne]); sim > bestSim {
			best, bestSim = span{ns, ne}, sim
		}
	}
	if bestSim < FuzzyThreshold {
		return span{}, false
	}
	return best, true
}

// xIndexRunes maps rune offset loc in the first text of diffs to the
// equivalent offset in the second, as DiffXIndex does but counting runes
// (DiffXIndex counts bytes).
func xIndexRunes(diffs []diffmatchpatch.Diff, loc int) int {
	chars1, chars2, last1, last2 := 0, 0, 0, 0
	var lastType diffmatchpatch.Operation = diffmatchpatch.DiffEqual
	found := false
	for _, d := range diffs {
		n := len([]rune(d.Text))
		if d.Type != diffmatchpatch.DiffInsert {
			chars1 += n
		}
		if d.Type != diffmatchpatch.DiffDelete {
			chars2 += n
		}
		if chars1 > loc {
			lastType, found = d.Type, true
			break
		}
		last1, last2 = chars1, chars2
	}
	if found && lastType == diffmatchpatch.DiffDelete {
		// loc fell in deleted text: it maps to where the deletion was.
		return last2
	}
	return last2 + (loc - last1)
}

// trimSpaceSpan drops white space at the ends of [start, end) unless the
// quote itself begins or ends with white space.
func trimSpaceSpan(runes []rune, start, end int, exact []rune) (int, int) {
	if len(exact) > 0 && !unicode.IsSpace(exact[0]) {
		for start < end && unicode.IsSpace(runes[start]) {
			start++
		}
	}
	if len(exact) > 0 && !unicode.IsSpace(exact[len(exact)-1]) {
		for end > start && unicode.IsSpace(runes[end-1]) {
			end--
		}
	}
	return start, end
}

// similarity is 1 minus the edit distance between a and b over the longer
// of the two lengths.
func similarity(dmp *diffmatchpatch.DiffMatchPatch, a, b []rune) float64 {
	n := max(len(a), len(b))
	if n == 0 {
		return 1
	}
	lev := dmp.DiffLevenshtein(dmp.DiffMainRunes(a, b, false))
	return 1 - float64(lev)/float64(n)
}

// approxFind finds pattern (at most 63 runes) in text with at most k
// errors (substitutions, insertions, deletions), using the bitap
// (shift-and, Wu-Manber) algorithm over runes. Among the matches with fewest
// errors it returns the approximate start of the one nearest loc.
func approxFind(text, pattern []rune, k, loc int) (int, bool) {
	m := len(pattern)
	if m == 0 || m > 63 || len(text) == 0 {
		return 0, false
	}
	masks := make(map[rune]uint64, m)
	for i, r := range pattern {
		masks[r] |= 1 << uint(i)
	}
	goal := uint64(1) << uint(m-1)
	state := make([]uint64, k+1)
	for d := range state {
		state[d] = (uint64(1) << uint(d)) - 1
	}
	best, bestErr, bestDist := -1, k+1, 0
	for j, c := range text {
		mask := masks[c]
		old := state[0]
		state[0] = ((old << 1) | 1) & mask
		for d := 1; d <= k; d++ {
			prev := state[d]
			state[d] = (((prev << 1) | 1) & mask) | ((old | state[d-1]) << 1) | 1 | old
			old = prev
		}
		for d := 0; d <= k && d <= bestErr; d++ {
			if state[d]&goal == 0 {
				continue
			}
			start := max(0, j-m+1)
			dist := abs(start - loc)
			if d < bestErr || dist < bestDist {
				best, bestErr, bestDist = start, d, dist
			}
			break
		}
	}
	return best, best >= 0
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
