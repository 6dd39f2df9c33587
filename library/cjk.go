package library

import (
	"database/sql/driver"
	"strings"
	"unicode"
	"unicode/utf8"

	"modernc.org/sqlite"
)

// Chinese and Japanese are written without spaces between words, so FTS5's
// unicode61 tokenizer takes a whole run of their characters ("北京和平峰会",
// a clause) as one word, and only a prefix of the run could be found. The
// full-text index instead holds each run as its overlapping pairs of
// characters (bigrams, as Lucene's CJK analyzer and most search engines
// index these scripts without a dictionary) followed by the run's last
// character alone: "北京和平峰会" is indexed as "北京 京和 和平 平峰 峰会 会".
// A search for a run becomes the phrase of its bigrams, so "和平" finds
// 和平 anywhere in a run, and a single character is a prefix ("和"*), which
// finds it at any place. Only the index is rewritten: the clipping's text,
// snippets and offsets are the text as written.
//
// A dictionary segmenter (ICU, MeCab, jieba) would give fewer, better
// words, but needs a C library or a large dictionary and still misses
// names it does not know; FTS5's trigram tokenizer finds substrings but
// not of two characters, the length of most Chinese words, and would
// triple the index of every English clipping. The bigrams cost nothing for
// text without these scripts: it is indexed as before.

// isCJK reports whether r belongs to a script written without spaces
// between words whose runs the index splits into bigrams: Han (Chinese
// characters, Japanese kanji), hiragana, katakana and the katakana
// prolonged sound marks.
func isCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == 'ｰ'
}

// hasCJK reports whether s holds a character isCJK accepts.
func hasCJK(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE2 { // the first byte of every rune from U+2000 on
			for _, r := range s[i:] {
				if isCJK(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// indexText returns s as the full-text index holds it: every run of CJK
// characters replaced by its bigrams and its last character, set apart by
// spaces from the words around it. Text without CJK is returned as it is.
func indexText(s string) string {
	if !hasCJK(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) * 3)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isCJK(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		end := i
		for end < len(s) {
			r, size := utf8.DecodeRuneInString(s[end:])
			if !isCJK(r) {
				break
			}
			end += size
		}
		b.WriteByte(' ')
		b.WriteString(strings.Join(runTokens(s[i:end], true), " "))
		b.WriteByte(' ')
		i = end
	}
	return b.String()
}

// runTokens returns the index's tokens for a run of CJK characters: its
// bigrams, then its last character alone when last is true (always in the
// index; in a search, when the run is followed by other words of a phrase).
// A run of one character is that character.
func runTokens(run string, last bool) []string {
	var starts []int
	for i := range run {
		starts = append(starts, i)
	}
	if len(starts) == 1 {
		return []string{run}
	}
	toks := make([]string, 0, len(starts))
	for k := 0; k+1 < len(starts); k++ {
		end := len(run)
		if k+2 < len(starts) {
			end = starts[k+2]
		}
		toks = append(toks, run[starts[k]:end])
	}
	if last {
		toks = append(toks, run[starts[len(starts)-1]:])
	}
	return toks
}

// splitCJK splits a word (a run of word characters) where CJK characters
// begin and end, so that "iPhone用户" is "iPhone" and "用户", as the index
// holds it.
func splitCJK(w string) []string {
	if !hasCJK(w) {
		return []string{w}
	}
	var out []string
	start, inCJK := 0, false
	for i, r := range w {
		if c := isCJK(r); c != inCJK {
			if i > start {
				out = append(out, w[start:i])
			}
			start, inCJK = i, c
		}
	}
	return append(out, w[start:])
}

// ftsTokens returns the index's tokens for a term's words, in order, and
// whether the last word is a lone CJK character, which the search must
// take as a prefix (it begins a bigram where it is not a run's last).
func ftsTokens(words []string) (toks []string, lone bool) {
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !isCJK(r) {
			toks = append(toks, w)
			continue
		}
		last := i == len(words)-1
		toks = append(toks, runTokens(w, !last)...)
		lone = last && utf8.RuneCountInString(w) == 1
	}
	return toks, lone
}

// indexTextFunc is the SQL function margin_index_text(x), indexText for
// statements that build the index's text in SQL (the notes column, the
// migration that indexes CJK text again); margin_has_cjk(x) is hasCJK.
const indexTextFunc = "margin_index_text"

func init() {
	register := func(name string, fn func(string) driver.Value) {
		err := sqlite.RegisterDeterministicScalarFunction(name, 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			switch v := args[0].(type) {
			case string:
				return fn(v), nil
			case []byte:
				return fn(string(v)), nil
			default:
				return v, nil
			}
		})
		if err != nil {
			// Only a second registration of the name fails.
			panic("library: register the SQL function " + name + ": " + err.Error())
		}
	}
	register(indexTextFunc, func(s string) driver.Value { return indexText(s) })
	register("margin_has_cjk", func(s string) driver.Value { return hasCJK(s) })
	register(indexBodyFunc, func(s string) driver.Value { return indexBody(s) })
}
