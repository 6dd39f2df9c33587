package library

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A person's search never reaches FTS5 as typed: FTS5's query syntax has
// operators, column filters and quoting rules that ordinary text trips over
// ("don't", "U.S.", "C++", a stray quote). translateQuery reads the few
// things a search box offers and writes an FTS5 expression in which every
// word is a quoted string, so it is always valid.
//
//	word        the word, diacritics and case ignored
//	"a phrase"  the words in that order (an unclosed quote runs to the end)
//	prefix*     any word starting so
//	-word       clippings without the word (also -"a phrase", NOT word)
//	a OR b      either
//	title:word  the word in one field: title, byline (or author), site,
//	            text, notes (or note)

// maxTerms bounds how many terms a query may have, so that a pasted page
// does not become a huge expression.
const maxTerms = 64

// ftsQuery is a search translated for FTS5.
type ftsQuery struct {
	// match is the FTS5 expression the clippings must match, "" when the
	// query has nothing positive.
	match string
	// exclude is an FTS5 expression clippings must not match.
	exclude string
	// terms are the positive terms, for snippets.
	terms []term
	// loose is match with each phrase's words as separate words, "" when
	// the query has no phrase of several words (see listQuery.loose).
	loose string
}

// expr is the single FTS5 expression for the query, when it has positive
// terms.
func (q ftsQuery) expr() string { return q.with(q.match) }

// looseExpr is expr with loose for match, "" when the query has no phrase.
func (q ftsQuery) looseExpr() string {
	if q.loose == "" {
		return ""
	}
	return q.with(q.loose)
}

// with returns the FTS5 expression of match without the excluded terms.
func (q ftsQuery) with(match string) string {
	if q.exclude == "" {
		return match
	}
	return match + " NOT (" + q.exclude + ")"
}

// term is one search term.
type term struct {
	words  []string
	prefix bool
	column string
	negate bool
}

func (t term) fts() string {
	toks, lone := ftsTokens(t.words)
	s := `"` + strings.Join(toks, " ") + `"`
	if t.prefix || lone {
		s += "*"
	}
	if t.column != "" {
		s = t.column + " : " + s
	}
	return s
}

// indexedPrefix is the longest prefix the full-text index keeps its own
// lists for (migration 3). FTS5 finds a longer prefix by merging the
// lists of every word it begins, over the whole index.
const indexedPrefix = 3

// looseFTS is the term as FTS5 words that must all appear, in any order
// and place: what costs least to rank and contains the term's matches. A
// last word that is a prefix one letter longer than the index's lists is
// cut to them: such a prefix begins the most words a list does not hold
// ("burg*" over 100,000 clippings: 480 ms, ranked as "bur*" 126 ms). A
// longer prefix begins fewer words and ranks as it is, so a word typed
// whole is ranked by itself.
func (t term) looseFTS() string {
	toks, lone := ftsTokens(t.words)
	prefix := t.prefix || lone
	if last := len(toks) - 1; prefix && last >= 0 {
		if r := []rune(toks[last]); len(r) == indexedPrefix+1 {
			toks[last] = string(r[:indexedPrefix])
		}
	}
	if len(toks) == 1 {
		s := `"` + toks[0] + `"*`
		if !prefix {
			return t.fts()
		}
		if t.column != "" {
			s = t.column + " : " + s
		}
		return s
	}
	if len(toks) == 0 {
		return t.fts()
	}
	parts := make([]string, len(toks))
	for i, tok := range toks {
		parts[i] = `"` + tok + `"`
		if i == len(toks)-1 && prefix {
			parts[i] += "*"
		}
		if t.column != "" {
			parts[i] = t.column + " : " + parts[i]
		}
	}
	return "(" + strings.Join(parts, " AND ") + ")"
}

// columns maps the field names a person may write to FTS5 columns.
var columns = map[string]string{
	"title": "title", "byline": "byline", "author": "byline", "site": "site",
	"text": "text", "notes": "notes", "note": "notes",
}

// isWordRune reports whether r can be part of a word. Anything else
// separates words, as FTS5's unicode61 tokenizer does.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.In(r, unicode.Co)
}

// words splits s into runs of word characters, a run of CJK characters
// apart from the letters around it (see splitCJK).
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }) {
		out = append(out, splitCJK(w)...)
	}
	return out
}

// translateQuery translates a person's search into FTS5 expressions. When
// typing is true, a last word that ends the query is a prefix.
func translateQuery(q string, typing bool) ftsQuery {
	q = strings.ToValidUTF8(q, " ")
	var (
		clauses  [][]term // AND of ORs
		exclude  []term
		pending  term // modifiers (negation, column) for the next term
		joinOr   bool // the last token was OR
		n        int
		positive []term
	)
	emit := func(t term) {
		if len(t.words) == 0 || n >= maxTerms {
			return
		}
		n++
		if !t.negate {
			positive = append(positive, t)
		}
		switch {
		case t.negate:
			exclude = append(exclude, t)
		case joinOr && len(clauses) > 0:
			clauses[len(clauses)-1] = append(clauses[len(clauses)-1], t)
		default:
			clauses = append(clauses, []term{t})
		}
		joinOr = false
	}
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case unicode.IsSpace(r):
			// Modifiers carry over white space: "NOT word", "title: word".
			i += size
		case r == '"':
			end := strings.IndexByte(q[i+1:], '"')
			var body string
			if end < 0 {
				body, i = q[i+1:], len(q)
			} else {
				body, i = q[i+1:i+1+end], i+1+end+1
			}
			t := pending
			t.words = words(body)
			if i < len(q) && q[i] == '*' {
				t.prefix = true
				i++
			}
			emit(t)
			pending = term{}
		case r == '-' && (i == 0 || isSpaceBefore(q, i)):
			pending.negate = true
			i += size
		default:
			end := i
			for end < len(q) {
				r, size := utf8.DecodeRuneInString(q[end:])
				if unicode.IsSpace(r) || r == '"' {
					break
				}
				end += size
			}
			word := q[i:end]
			i = end
			if c, rest, ok := strings.Cut(word, ":"); ok && pending.column == "" {
				if col, known := columns[strings.ToLower(c)]; known {
					pending.column = col
					word = rest
					if word == "" {
						continue // the column applies to a quoted phrase that follows
					}
				}
			}
			switch word {
			case "OR":
				joinOr = len(clauses) > 0
				pending = term{}
				continue
			case "AND":
				pending = term{}
				continue
			case "NOT":
				pending = term{negate: true}
				continue
			}
			t := pending
			t.prefix = strings.HasSuffix(word, "*") || typing && i == len(q) && !t.negate
			t.words = words(word)
			emit(t)
			pending = term{}
		}
	}
	if n == 0 {
		// A query of operators alone ("NOT", "OR AND") is a search for
		// those words, not for everything.
		for _, w := range words(q) {
			emit(term{words: []string{w}})
		}
	}
	out := ftsQuery{terms: positive}
	join := func(clauses [][]term, fts func(term) string) string {
		parts := make([]string, 0, len(clauses))
		for _, c := range clauses {
			alts := make([]string, len(c))
			for i, t := range c {
				alts[i] = fts(t)
			}
			if len(alts) == 1 {
				parts = append(parts, alts[0])
			} else {
				parts = append(parts, "("+strings.Join(alts, " OR ")+")")
			}
		}
		return strings.Join(parts, " AND ")
	}
	out.match = join(clauses, term.fts)
	if loose := join(rankedClauses(clauses), term.looseFTS); loose != out.match {
		out.loose = loose
	}
	ex := make([]string, len(exclude))
	for i, t := range exclude {
		ex[i] = t.fts()
	}
	out.exclude = strings.Join(ex, " OR ")
	return out
}

// rankedClauses are the clauses a search is ranked by: all but a prefix of
// one or two letters alone in its clause ("could a" as it is typed), which
// narrows the matches but is not ranked when other words are. Ranking it,
// bm25 would first count its list over the whole library, every clipping
// for "a*", most of such a keystroke's cost; a search of that prefix alone
// is not ranked either (see shortPrefix). Without the prefix the clauses
// still hold every match, as the loose expression must.
func rankedClauses(clauses [][]term) [][]term {
	var out [][]term
	for _, c := range clauses {
		if len(c) != 1 || !c[0].shortPrefix() {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return clauses
	}
	return out
}

// shortPrefix reports whether the term is one prefix of at most
// shortPrefixLetters letters.
func (t term) shortPrefix() bool {
	if len(t.words) != 1 {
		return false
	}
	toks, lone := ftsTokens(t.words)
	return len(toks) == 1 && (t.prefix || lone) && utf8.RuneCountInString(toks[0]) <= shortPrefixLetters
}

// isSpaceBefore reports whether the byte before q[i] ends a white space
// rune, so a minus there starts a negated term rather than joining words.
func isSpaceBefore(q string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(q[:i])
	return unicode.IsSpace(r)
}

// Searching reports whether the filter's query has words to find, so that
// the clippings it lists are ranked and carry snippets. A query of excluded
// words only ("-trump") lists without them.
func (f Filter) Searching() bool { return translateQuery(f.Query, f.Typing).match != "" }
