package annotate

import (
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrQuoteNotText is returned for a quote that is not valid UTF-8: its bytes
// could only match inside a character of the text.
var ErrQuoteNotText = errors.New("the quote is not UTF-8 text")

// FindQuote returns the rune spans [start, end) of every occurrence of quote
// in text, in text order. The text is kept as written; quote and text are
// compared after the same normalisation, so a quote copied from elsewhere
// still matches: both are taken in Unicode normal form C (an e followed by
// a combining accent is é), and invisible format characters (zero-width
// joiners and spaces, soft hyphens, direction marks) are ignored on both
// sides. The spans are of the text as written.
func FindQuote(text, quote string) ([][2]int, error) {
	if !utf8.ValidString(quote) {
		return nil, ErrQuoteNotText
	}
	q := foldQuote(quote)
	if q == "" {
		return nil, nil
	}
	if quote == q && norm.NFC.IsNormalString(text) && strings.IndexFunc(text, invisible) < 0 {
		// The common case: nothing to normalise, so byte offsets are the
		// text's, and runes are counted from one match to the next.
		var out [][2]int
		runes, counted := 0, 0
		for from := 0; ; {
			i := strings.Index(text[from:], q)
			if i < 0 {
				return out, nil
			}
			i += from
			runes += utf8.RuneCountInString(text[counted:i])
			n := utf8.RuneCountInString(q)
			out = append(out, [2]int{runes, runes + n})
			runes += n
			from, counted = i+len(q), i+len(q)
		}
	}
	f := foldText(text)
	var out [][2]int
	for from := 0; ; {
		i := strings.Index(f.s[from:], q)
		if i < 0 {
			return out, nil
		}
		i += from
		out = append(out, [2]int{f.startAt(i), f.endAt(i + len(q))})
		from = i + len(q)
	}
}

// invisible reports whether r is a format character that does not show:
// matching ignores it.
func invisible(r rune) bool {
	return r == '\u00ad' || unicode.Is(unicode.Cf, r)
}

// foldQuote normalises a quote for matching.
func foldQuote(s string) string {
	return strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, norm.NFC.String(s))
}

// foldedText is a text normalised for matching, with the way back to the
// rune offsets of the text as written.
type foldedText struct {
	s string
	// at[i] is the byte offset in s where segment i starts, orig[i] the
	// rune offset of the same segment in the text as written; a last
	// entry closes them.
	at, orig []int
}

// foldText normalises text segment by segment (a character with its
// combining marks), so that every offset in the result falls back on one in
// the text.
func foldText(text string) foldedText {
	var f foldedText
	var b strings.Builder
	b.Grow(len(text))
	runes := 0
	for i := 0; i < len(text); {
		n := norm.NFC.NextBoundaryInString(text[i:], true)
		if n <= 0 {
			n = len(text) - i
		}
		seg := text[i : i+n]
		f.at = append(f.at, b.Len())
		f.orig = append(f.orig, runes)
		for _, r := range norm.NFC.String(seg) {
			if !invisible(r) {
				b.WriteRune(r)
			}
		}
		runes += utf8.RuneCountInString(seg)
		i += n
	}
	f.at = append(f.at, b.Len())
	f.orig = append(f.orig, runes)
	f.s = b.String()
	return f
}

// startAt maps the byte offset where a match starts in the folded text to
// a rune offset of the text as written: the start of the segment it falls
// in, past invisible characters before it.
func (f foldedText) startAt(b int) int {
	i := sort.Search(len(f.at), func(i int) bool { return f.at[i] > b }) - 1
	return f.orig[max(i, 0)]
}

// endAt maps the byte offset where a match ends to a rune offset of the
// text as written: the start of the segment after it, before invisible
// characters that follow the match.
func (f foldedText) endAt(b int) int {
	return f.orig[sort.Search(len(f.at), func(i int) bool { return f.at[i] >= b })]
}
