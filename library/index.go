package library

import (
	"strings"
	"unicode"
)

// indexWhole is how many bytes of a clipping's text the full-text index
// holds as written, with every word's every place. A news article is far
// shorter; a page of megabytes is not an article a person reads through.
//
// FTS5 indexes a row in the statement that writes it, and every word four
// times (itself and its first one, two and three letters, migration 7): a
// 3 MB text took 0.4 s on an idle machine, 1.7 s under load, all of it
// inside the add's write transaction, while every other writer waited.
// Past indexWhole the index holds each further word once, in the order it
// first appears: the clipping is still found by any of its words, a
// prefix, an excluded word, CJK bigrams, but a phrase only within its
// first indexWhole bytes, and its rank counts each later word once. The
// clipping's text, snippets and annotations are the text as written.
const indexWhole = 256 << 10

// indexBody returns a clipping's text as its full-text entry holds it:
// indexText of it, and past indexWhole bytes each whitespace-separated
// field once. FTS5's tokenizer never reads a word across white space, so
// the entry holds every word of the text.
func indexBody(text string) string {
	s := indexText(text)
	if len(s) <= indexWhole {
		return s
	}
	cut := strings.LastIndexFunc(s[:indexWhole], unicode.IsSpace)
	if cut <= 0 {
		cut = indexWhole
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
	}
	seen := map[string]bool{}
	for f := range strings.FieldsSeq(s[:cut]) {
		seen[strings.ToLower(f)] = true
	}
	var b strings.Builder
	b.Grow(cut + 64<<10)
	b.WriteString(s[:cut])
	for f := range strings.FieldsSeq(s[cut:]) {
		key := strings.ToLower(f)
		if seen[key] {
			continue
		}
		seen[key] = true
		b.WriteByte('\n')
		b.WriteString(f)
	}
	return b.String()
}

// isRuneStart reports whether b begins a UTF-8 sequence.
func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// indexBodyFunc is the SQL function margin_index_body(x), indexBody for
// statements that index a text already in the library.
const indexBodyFunc = "margin_index_body"
