package library

import (
	"context"
	"iter"
	"math/bits"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Snippets show snippetWords words of the text around the best place where
// the search's words appear, the matches marked between « and », and an
// ellipsis where the text is cut.
const snippetWords = 24

// token is a word of a text, by byte offsets.
type token struct {
	start, end int
	word       string
}

// matches reports whether the token, folded, is w (or starts with w when
// prefix is true). w is folded already.
func (t token) matches(w string, prefix bool) bool {
	if isASCII(t.word) {
		if prefix {
			return len(t.word) >= len(w) && strings.EqualFold(t.word[:len(w)], w)
		}
		return len(t.word) == len(w) && strings.EqualFold(t.word, w)
	}
	f := fold(t.word)
	if prefix {
		return strings.HasPrefix(f, w)
	}
	return f == w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fold lower-cases a word and removes its diacritics, as FTS5's unicode61
// tokenizer with remove_diacritics 2 does, so "Montréal" matches "montreal".
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// wordsOf yields text's words the way the full-text index splits them,
// but for CJK characters, each a word (the index holds their bigrams).
func wordsOf(text string) iter.Seq[token] {
	return func(yield func(token) bool) {
		start := -1
		for i, r := range text {
			switch {
			case isCJK(r):
				// Each CJK character is a word of its own: a search's
				// CJK words are found as runs of characters (newMatcher).
				if start >= 0 && !yield(token{start, i, text[start:i]}) {
					return
				}
				if !yield(token{i, i + utf8.RuneLen(r), text[i : i+utf8.RuneLen(r)]}) {
					return
				}
				start = -1
			case isWordRune(r) && start < 0:
				start = i
			case !isWordRune(r) && start >= 0:
				if !yield(token{start, i, text[start:i]}) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(token{start, len(text), text[start:]})
		}
	}
}

// matcher finds a search's positive terms in a column's words.
type matcher struct {
	terms   [][]string // each term's folded words
	pre     []bool     // whether a term's last word is a prefix
	longest int        // the most words in a term
}

// newMatcher keeps the terms that apply to column ("text" or "notes").
func newMatcher(terms []term, column string) *matcher {
	m := &matcher{}
	for _, t := range terms {
		if t.column != "" && t.column != column {
			continue
		}
		var ws []string
		for _, w := range t.words {
			if r, _ := utf8.DecodeRuneInString(w); isCJK(r) {
				for _, c := range w {
					ws = append(ws, string(c))
				}
				continue
			}
			ws = append(ws, fold(w))
		}
		m.terms = append(m.terms, ws)
		m.pre = append(m.pre, t.prefix)
		m.longest = max(m.longest, len(ws))
	}
	return m
}

// at returns the index of the term whose words start at toks[i] and how
// many words it covers, or -1.
func (m *matcher) at(toks []token, i int) (int, int) {
	for k, ws := range m.terms {
		if i+len(ws) > len(toks) {
			continue
		}
		ok := true
		for j, w := range ws {
			if !toks[i+j].matches(w, m.pre[k] && j == len(ws)-1) {
				ok = false
				break
			}
		}
		if ok {
			return k, len(ws)
		}
	}
	return -1, 0
}

// tokenBufs holds the slices of words makeSnippet reads a text into, for
// the next text: growing a new one word by word for each of a page's
// hundred texts was a third of the snippets' processor time.
var tokenBufs = sync.Pool{New: func() any { b := make([]token, 0, 2048); return &b }}

// maxPooledTokens is the largest slice of words kept for the next text (a
// long text's 256 KB read whole make about 40,000 words).
const maxPooledTokens = 1 << 16

// makeSnippet returns the window of text where most of the terms appear,
// matches marked, or "" when none appears. The window is the earliest with
// the most distinct terms; the text is read only until the first window
// that holds every term.
func (m *matcher) makeSnippet(text string) string {
	if len(m.terms) == 0 {
		return ""
	}
	type hit struct{ at, n, term int }
	buf := tokenBufs.Get().(*[]token)
	var (
		toks = (*buf)[:0]
		hits []hit
		next int // the next word to look for a term at
	)
	defer func() { // the slice as grown, for the next text
		if cap(toks) <= maxPooledTokens {
			*buf = toks[:0]
			tokenBufs.Put(buf)
		}
	}()
	// find looks for terms at the words read, leaving the last few unless
	// the text is over, since a phrase may go on past them.
	find := func(over bool) {
		for next < len(toks) && (over || next+m.longest <= len(toks)) {
			if k, n := m.at(toks, next); k >= 0 {
				hits = append(hits, hit{next, n, k})
				next += n
			} else {
				next++
			}
		}
	}
	// distinct counts the terms in the window that starts at hits[a]. A
	// query has at most maxTerms (64) terms, one bit each.
	distinct := func(a int) int {
		var seen uint64
		for b := a; b < len(hits) && hits[b].at+hits[b].n <= hits[a].at+snippetWords; b++ {
			seen |= 1 << (hits[b].term % 64)
		}
		return bits.OnesCount64(seen)
	}
	best, bestDistinct, checked := -1, 0, 0
	complete := true // the whole text was read
	for tok := range wordsOf(text) {
		toks = append(toks, tok)
		find(false)
		// Score each window once all its words are read.
		for checked < len(hits) && hits[checked].at+snippetWords <= next {
			if d := distinct(checked); d > bestDistinct {
				best, bestDistinct = checked, d
			}
			checked++
		}
		if bestDistinct == len(m.terms) && len(toks) >= hits[best].at+snippetWords {
			complete = false
			break
		}
	}
	find(true)
	if bestDistinct < len(m.terms) {
		for ; checked < len(hits); checked++ {
			if d := distinct(checked); d > bestDistinct {
				best, bestDistinct = checked, d
			}
		}
	}
	if best < 0 {
		return ""
	}

	// Start a few words before the match, at a sentence's start if one is
	// near, so the match is read in context.
	first := hits[best].at
	start := max(0, first-4)
	for s := first; s > max(0, first-8); s-- {
		if endsSentence(text[toks[s-1].end:toks[s].start]) {
			start = s
			break
		}
	}
	end := min(len(toks), start+snippetWords)
	if start > 0 && end-start < snippetWords {
		start = max(0, end-snippetWords)
	}

	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := toks[start].start
	for _, h := range hits {
		if h.at < start || h.at+h.n > end {
			continue
		}
		b.WriteString(text[pos:toks[h.at].start])
		b.WriteString("«")
		b.WriteString(text[toks[h.at].start:toks[h.at+h.n-1].end])
		b.WriteString("»")
		pos = toks[h.at+h.n-1].end
	}
	// Keep the punctuation that ends the last word's sentence or clause.
	last := toks[end-1].end
	for last < len(text) {
		r, size := utf8.DecodeRuneInString(text[last:])
		if unicode.IsSpace(r) || isWordRune(r) {
			break
		}
		last += size
	}
	b.WriteString(text[pos:last])
	if end < len(toks) || !complete {
		b.WriteString("…")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// endsSentence reports whether the text between two words ends a sentence.
func endsSentence(between string) bool {
	return strings.ContainsAny(between, ".!?\n")
}

// addSnippets sets the Snippet of each summary: where the search's words
// appear in its text, or in the notes when only they match.
func (l *Library) addSnippets(ctx context.Context, out []Summary, terms []term) error {
	if len(out) == 0 {
		return nil
	}
	text, notes := newMatcher(terms, "text"), newMatcher(terms, "notes")
	pos := make(map[int64]int, len(out))
	for i, s := range out {
		pos[s.ID] = i
	}
	for i := 0; i < len(out); i += idChunk {
		batch := out[i:min(i+idChunk, len(out))]
		ids := make([]any, len(batch))
		for j, s := range batch {
			ids[j] = s.ID
		}
		// A snippet is looked for in the first indexWhole characters of
		// a long text, the part the full-text index holds as written:
		// finding the words in the whole of a 3 MB clipping took a
		// second of every search that listed it.
		rows, err := l.db.QueryContext(ctx, `SELECT c.id, substr(c.text, 1, `+strconv.Itoa(indexWhole)+`), `+notesOf+` FROM clippings c
			WHERE c.id IN (?`+strings.Repeat(", ?", len(ids)-1)+`)`, ids...)
		if err != nil {
			return err
		}
		type doc struct {
			id          int64
			text, notes string
		}
		var docs []doc
		for rows.Next() {
			var d doc
			if err := rows.Scan(&d.id, &d.text, &d.notes); err != nil {
				rows.Close()
				return err
			}
			docs = append(docs, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		// Finding the words in long texts is most of a snippet's cost:
		// one goroutine per processor.
		workers := min(runtime.GOMAXPROCS(0), len(docs))
		inParallel(workers, func(w int) error {
			for j := w; j < len(docs); j += workers {
				s := text.makeSnippet(docs[j].text)
				if s == "" {
					s = notes.makeSnippet(docs[j].notes)
				}
				out[pos[docs[j].id]].Snippet = s
			}
			return nil
		})
	}
	return nil
}
