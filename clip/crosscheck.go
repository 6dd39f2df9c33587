package clip

import (
	"strings"
)

// Many news sites publish the article's text in JSON-LD (articleBody).
// When they do, it is a second opinion on what the article is: blocks at
// the edges of the extracted text that it does not contain are chrome, and
// an extraction that misses most of it took the wrong part of the page.

// minBodyWords is the size below which an articleBody is taken to be a
// summary or a teaser, not the article.
const minBodyWords = 80

// crossCheck compares the extracted blocks with the JSON-LD article body
// and returns the blocks to keep.
func crossCheck(blocks []Block, ldBody string) []Block {
	body := normalizeSpace(html2text(ldBody))
	if countWords(body) < minBodyWords {
		return blocks
	}
	ref := shingleSet(body)
	var ours []string
	for _, b := range blocks {
		if b.HasText() {
			ours = append(ours, b.Text)
		}
	}
	oursSet := shingleSet(strings.Join(ours, " "))
	if coverage(ref, oursSet) < 0.5 && len(ref) > len(oursSet) {
		// The extraction missed most of the article: the body is better.
		if lb := ldBodyBlocks(ldBody); len(lb) > 0 {
			return lb
		}
	}
	if coverage(oursSet, ref) < 0.6 {
		// The body is not the same text (a teaser, another language).
		return blocks
	}
	first, last := -1, -1
	for i, b := range blocks {
		if b.HasText() && coverage(shingleSet(b.Text), ref) > 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return blocks
	}
	out := blocks[:0:0]
	for i, b := range blocks {
		outside := i < first || i > last
		if outside && b.HasText() && b.Kind != BlockHeading && countWords(b.Text) >= 8 {
			continue
		}
		out = append(out, b)
	}
	return out
}

// shingleSet returns the set of lower-cased word 4-grams of s.
func shingleSet(s string) map[string]struct{} {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) })
	set := make(map[string]struct{}, len(words))
	for i := 0; i+4 <= len(words); i++ {
		set[words[i]+" "+words[i+1]+" "+words[i+2]+" "+words[i+3]] = struct{}{}
	}
	return set
}

// coverage returns the share of a's shingles that are in b.
func coverage(a, b map[string]struct{}) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if _, ok := b[k]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// html2text strips tags from an articleBody that holds HTML, as some
// sites' do.
func html2text(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var sb strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
			sb.WriteByte(' ')
		case r == '>':
			in = false
		case !in:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
