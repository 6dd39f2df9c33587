// Package textdiff says what changed between two versions of an article:
// the words inserted and deleted in its text, the paragraphs changed, added
// and removed, and whether its headline, byline or date changed. It works on
// plain values and knows nothing of the library.
//
// The differences are computed by github.com/sergi/go-diff (Myers' algorithm
// with the semantic clean-ups of Google's diff-match-patch), already used by
// annotate to anchor highlights; each word and each run of spaces is one
// symbol, so a difference never cuts a word in two.
package textdiff

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Side is one version of an article as compared.
type Side struct {
	Title     string
	Byline    string
	Published time.Time
	Text      string // the canonical text: paragraphs a blank line apart
}

// Op says what a Span is.
type Op int

// The kinds of span.
const (
	Equal  Op = iota // in both versions
	Insert           // only in the newer version
	Delete           // only in the older version
)

// String names the op as the JSON output and tests write it.
func (o Op) String() string {
	switch o {
	case Insert:
		return "insert"
	case Delete:
		return "delete"
	}
	return "equal"
}

// MarshalText writes the op's name.
func (o Op) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// Span is a run of text that is in both versions, or only in one.
type Span struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// Field is a headline, byline or date that changed.
type Field struct {
	Name string `json:"name"` // "headline", "byline" or "date"
	Old  string `json:"old"`
	New  string `json:"new"`
}

// Difference is what changed from one version to the next.
type Difference struct {
	// Fields are the headline, byline and date, each only if it changed.
	Fields []Field `json:"fields,omitempty"`
	// Spans are the texts' words in order, each marked as kept, inserted
	// or deleted; joining the Equal and Delete spans gives the older text,
	// the Equal and Insert spans the newer.
	Spans []Span `json:"spans"`
	// Paragraphs counts paragraphs changed (one replaced by another),
	// added and removed.
	ParagraphsChanged int `json:"paragraphs_changed"`
	ParagraphsAdded   int `json:"paragraphs_added"`
	ParagraphsRemoved int `json:"paragraphs_removed"`
	// WordsAdded and WordsRemoved count the words inserted and deleted.
	WordsAdded   int `json:"words_added"`
	WordsRemoved int `json:"words_removed"`
}

// Same reports whether the two versions do not differ at all.
func (d Difference) Same() bool {
	return len(d.Fields) == 0 && d.ParagraphsChanged+d.ParagraphsAdded+d.ParagraphsRemoved == 0 &&
		d.WordsAdded+d.WordsRemoved == 0
}

// Compare says what changed from a to b.
func Compare(a, b Side) Difference {
	var d Difference
	d.Fields = fields(a, b)
	if a.Text == b.Text {
		if a.Text != "" {
			d.Spans = []Span{{Equal, a.Text}}
		}
		return d
	}
	d.Spans = Words(a.Text, b.Text)
	for _, s := range d.Spans {
		switch s.Op {
		case Insert:
			d.WordsAdded += countWords(s.Text)
		case Delete:
			d.WordsRemoved += countWords(s.Text)
		}
	}
	d.ParagraphsChanged, d.ParagraphsAdded, d.ParagraphsRemoved = paragraphs(a.Text, b.Text)
	return d
}

// fields lists the headline, byline and date changes.
func fields(a, b Side) []Field {
	var out []Field
	if strings.TrimSpace(a.Title) != strings.TrimSpace(b.Title) {
		out = append(out, Field{"headline", a.Title, b.Title})
	}
	if strings.TrimSpace(a.Byline) != strings.TrimSpace(b.Byline) {
		out = append(out, Field{"byline", a.Byline, b.Byline})
	}
	if !a.Published.Equal(b.Published) {
		out = append(out, Field{"date", formatDate(a.Published), formatDate(b.Published)})
	}
	return out
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02 15:04 -07:00")
}

// Words returns the difference of two texts by word: each word, run of
// spaces and mark of punctuation is one symbol, so spans start and end at
// word boundaries. Bytes that are not UTF-8 (never in a clipping's text)
// are read as U+FFFD.
func Words(a, b string) []Span {
	a, b = strings.ToValidUTF8(a, "\uFFFD"), strings.ToValidUTF8(b, "\uFFFD")
	dmp := diffmatchpatch.New()
	// Two long versions of a news article always finish; the timeout only
	// bounds a pathological pair, which then gets a coarser difference.
	dmp.DiffTimeout = 2 * time.Second
	var diffs []diffmatchpatch.Diff
	if ra, rb, tokens, ok := tokenize(a, b, splitWords); ok {
		diffs = fromRunes(dmp.DiffMainRunes(ra, rb, false), tokens)
	} else {
		diffs = dmp.DiffMain(a, b, false)
	}
	diffs = dmp.DiffCleanupSemantic(diffs)
	return spans(diffs)
}

// paragraphs counts the paragraphs changed, added and removed between two
// texts: within each run of differing paragraphs, as many as were both
// removed and added count as changed, the rest as added or removed.
func paragraphs(a, b string) (changed, added, removed int) {
	dmp := diffmatchpatch.New()
	ra, rb, _, ok := tokenize(a, b, splitParagraphs)
	if !ok {
		return 0, 0, 0
	}
	var ins, del int
	flush := func() {
		c := min(ins, del)
		changed += c
		added += ins - c
		removed += del - c
		ins, del = 0, 0
	}
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			ins += n
		case diffmatchpatch.DiffDelete:
			del += n
		default:
			flush()
		}
	}
	flush()
	return changed, added, removed
}

// tokenize maps each distinct token of a and b to one rune, so that the
// character diff of the rune strings is a diff of tokens. It reports false
// when there are more distinct tokens than runes to give them.
func tokenize(a, b string, split func(string) []string) (ra, rb []rune, tokens []string, ok bool) {
	index := map[string]rune{}
	enc := func(s string) []rune {
		parts := split(s)
		out := make([]rune, len(parts))
		for i, p := range parts {
			r, seen := index[p]
			if !seen {
				// Runes from the first private-use plane upwards are
				// never a surrogate, so every token has a valid rune.
				r = rune(0xF0000 + len(tokens))
				if len(tokens) >= 0x10000 {
					r = rune(0x100000 + len(tokens) - 0x10000)
				}
				index[p] = r
				tokens = append(tokens, p)
			}
			out[i] = r
		}
		return out
	}
	ra = enc(a)
	rb = enc(b)
	return ra, rb, tokens, len(tokens) <= maxTokens
}

// maxTokens is how many distinct tokens the two private-use planes can
// stand for.
const maxTokens = 2 * 0x10000

// fromRunes turns a diff of token runes back into text.
func fromRunes(diffs []diffmatchpatch.Diff, tokens []string) []diffmatchpatch.Diff {
	for i, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			n := int(r - 0xF0000)
			if r >= 0x100000 {
				n = int(r-0x100000) + 0x10000
			}
			sb.WriteString(tokens[n])
		}
		diffs[i].Text = sb.String()
	}
	return diffs
}

// spans converts and merges a diff into Spans.
func spans(diffs []diffmatchpatch.Diff) []Span {
	out := make([]Span, 0, len(diffs))
	for _, d := range diffs {
		if d.Text == "" {
			continue
		}
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = Insert
		case diffmatchpatch.DiffDelete:
			op = Delete
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += d.Text
			continue
		}
		out = append(out, Span{op, d.Text})
	}
	return out
}

// splitWords cuts s into words, runs of white space and single other
// characters (punctuation), which together give back s.
func splitWords(s string) []string {
	var out []string
	start := 0
	kind := -1
	for i, r := range s {
		k := 2
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			k = 0
		case unicode.IsSpace(r):
			k = 1
		}
		if i > start && (k != kind || k == 2) {
			out = append(out, s[start:i])
			start = i
		}
		kind = k
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// splitParagraphs cuts s into its paragraphs (blocks a blank line apart).
func splitParagraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func countWords(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
	}))
}

// Summary is the difference in one short line, for a list of clippings:
// "headline changed; 3 paragraphs changed, 1 added". It is empty when
// nothing changed.
func (d Difference) Summary() string {
	var parts []string
	if len(d.Fields) > 0 {
		names := make([]string, len(d.Fields))
		for i, f := range d.Fields {
			names[i] = f.Name
		}
		parts = append(parts, strings.Join(names, ", ")+" changed")
	}
	var paras []string
	for _, c := range []struct {
		n    int
		verb string
	}{{d.ParagraphsChanged, "changed"}, {d.ParagraphsAdded, "added"}, {d.ParagraphsRemoved, "removed"}} {
		if c.n == 0 {
			continue
		}
		if len(paras) == 0 {
			paras = append(paras, fmt.Sprintf("%d %s %s", c.n, plural(c.n, "paragraph", "paragraphs"), c.verb))
		} else {
			paras = append(paras, fmt.Sprintf("%d %s", c.n, c.verb))
		}
	}
	if len(paras) > 0 {
		parts = append(parts, strings.Join(paras, ", "))
	}
	return strings.Join(parts, "; ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Paragraph is one paragraph of a difference: its spans, and whether any
// of them was inserted or deleted.
type Paragraph struct {
	Spans   []Span
	Changed bool
}

// Paragraphs cuts the spans at paragraph breaks (a blank line), so a view
// can show the changed paragraphs and skip the rest: a paragraph inserted
// or removed whole is a paragraph of one Insert or Delete span. The breaks
// themselves are left out.
func (d Difference) Paragraphs() []Paragraph {
	var out []Paragraph
	cur := Paragraph{}
	for _, s := range d.Spans {
		for i, p := range strings.Split(s.Text, "\n\n") {
			if i > 0 && len(cur.Spans) > 0 {
				out = append(out, cur)
				cur = Paragraph{}
			}
			if p == "" {
				continue
			}
			cur.Spans = append(cur.Spans, Span{s.Op, p})
			cur.Changed = cur.Changed || s.Op != Equal
		}
	}
	if len(cur.Spans) > 0 {
		out = append(out, cur)
	}
	return out
}
