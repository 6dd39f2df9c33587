package export

import (
	"html"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// This file builds the Markdown for the text of one block from the block's
// runes and the ranges styled over them: the article's own spans (links,
// emphasis, code), the person's highlights and, optionally, entity mentions.
//
// Ranges may overlap in any way, but Markdown markup must nest. The text is
// cut at every range boundary into segments, each with the set of styles
// active over it, and the markup is opened and closed like a stack in a
// fixed order (marks outermost, then links, code innermost), closing and reopening a
// style only where the nesting demands it. A delimiter that CommonMark's
// flanking rules would not recognise there (say `**` before a quote mark
// inside a word) is written as the equivalent HTML tag instead, so the
// output always means what the ranges say.

// inlineKind is a kind of inline style, in nesting order: a style of a lower
// kind encloses styles of higher kinds.
type inlineKind uint8

const (
	kindMark inlineKind = iota
	kindLink
	kindStrong
	kindEm
	kindMention
	kindCode
	numKinds
)

// inlineRange is a style over the runes [start, end) of a block's text.
type inlineRange struct {
	kind       inlineKind
	start, end int
	// key tells instances of a kind apart: the href of a link, the colour
	// class of a mark, the link target of a mention.
	key string
	// label is the mention's visible text when it differs from key.
	order int // later ranges win when two of one kind overlap
}

type tokType uint8

const (
	tokText  tokType = iota
	tokOpen          // opens the style of tok.kind
	tokClose         // closes it
	tokRaw           // markup written as is (footnote references)
	tokBreak         // a hard line break
)

type token struct {
	typ  tokType
	kind inlineKind
	text []rune
	raw  string
	key  string
	pair int  // index of the matching open or close token
	html bool // write the style as an HTML tag rather than a delimiter
}

// inlineOptions says how marks are written.
type inlineOptions struct {
	htmlMarks bool // <mark class=...> rather than ==
	// listItem says the text starts a list item, where a link whose text
	// is one character would read as a task's checkbox: "- [x](u)".
	listItem bool
	// logseq writes links and escapes as Logseq's parser, mldoc, reads
	// them (see escapeText and pageLink).
	logseq bool
}

// footnoteRef is a reference written after the text at rune pos.
type footnoteRef struct {
	pos int
	ref string
}

// renderInline returns the Markdown for text with the ranges applied and the
// references placed after the marked text they follow. Lines are separated
// by "\n"; the caller prefixes them for quotes and list items.
func renderInline(text []rune, ranges []inlineRange, refs []footnoteRef, o inlineOptions) string {
	ranges = fitRanges(text, ranges, refs)
	toks := tokenize(text, ranges, refs)
	toks = mergeTexts(shiftSpaces(toks))
	pairTokens(toks)
	chooseForms(toks, text)
	return writeTokens(toks, o)
}

// fitRanges clips ranges to the text, trims whitespace off the ends of
// emphasis and marks (a delimiter next to a space does not count), and drops
// mentions that cannot be written as one link.
func fitRanges(text []rune, ranges []inlineRange, refs []footnoteRef) []inlineRange {
	n := len(text)
	out := make([]inlineRange, 0, len(ranges))
	for i, r := range ranges {
		r.order = i
		r.start = max(r.start, 0)
		r.end = min(r.end, n)
		switch r.kind {
		case kindStrong, kindEm, kindMark:
			for r.start < r.end && unicode.IsSpace(text[r.start]) {
				r.start++
			}
			for r.end > r.start && unicode.IsSpace(text[r.end-1]) {
				r.end--
			}
		}
		if r.start >= r.end {
			continue
		}
		out = append(out, r)
	}
	// A highlight that begins or ends inside a tagged name is widened to
	// the whole name, so the name stays one link (a mark cannot be written
	// inside [[target|text]]).
	for i := range out {
		if out[i].kind != kindMark {
			continue
		}
		for _, m := range out {
			if m.kind != kindMention {
				continue
			}
			if m.start < out[i].start && out[i].start < m.end {
				out[i].start = m.start
			}
			if m.start < out[i].end && out[i].end < m.end {
				out[i].end = m.end
			}
		}
	}
	// A mention is written as one [[target|text]] token, so nothing may
	// begin or end inside it, and it may not sit in a link or code.
	var cuts []int
	for _, r := range out {
		if r.kind != kindMention {
			cuts = append(cuts, r.start, r.end)
		}
	}
	for _, f := range refs {
		cuts = append(cuts, f.pos)
	}
	for i, c := range text {
		if isBreak(c) {
			cuts = append(cuts, i, i+1)
		}
	}
	sort.Ints(cuts)
	keep := out[:0]
	lastMentionEnd := -1
	for _, r := range out {
		if r.kind == kindMention {
			if r.start < lastMentionEnd || !mentionFits(r, out, cuts, text) {
				continue
			}
			lastMentionEnd = r.end
		}
		keep = append(keep, r)
	}
	return keep
}

func mentionFits(m inlineRange, all []inlineRange, cuts []int, text []rune) bool {
	i := sort.SearchInts(cuts, m.start+1)
	if i < len(cuts) && cuts[i] < m.end {
		return false
	}
	for _, r := range all {
		if (r.kind == kindLink || r.kind == kindCode) && r.start < m.end && m.start < r.end {
			return false
		}
	}
	for _, c := range text[m.start:m.end] {
		if c == '[' || c == ']' || c == '|' || isBreak(c) {
			return false
		}
	}
	return true
}

// active is the style of each kind over a segment; -1 where none.
type active [numKinds]int

// tokenize cuts the text into segments and emits the open and close tokens
// that take the style stack from one segment's set to the next.
func tokenize(text []rune, ranges []inlineRange, refs []footnoteRef) []token {
	n := len(text)
	bounds := []int{0, n}
	for _, r := range ranges {
		bounds = append(bounds, r.start, r.end)
	}
	for _, f := range refs {
		bounds = append(bounds, min(max(f.pos, 0), n))
	}
	for i, c := range text {
		if isBreak(c) {
			bounds = append(bounds, i, i+1)
		}
	}
	sort.Ints(bounds)
	bounds = uniqueInts(bounds)
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].pos < refs[j].pos })

	var toks []token
	var stack []int // indexes into ranges, outermost first
	var openIdx []int
	var pending []string
	ri := 0

	// moveTo closes and opens styles so the stack holds want; flush forces
	// code and mentions closed so that references can be written.
	moveTo := func(want active, flush bool) {
		keep := 0
		for keep < len(stack) {
			r := ranges[stack[keep]]
			if want[r.kind] < 0 || ranges[want[r.kind]].key != r.key || (flush && (r.kind == kindCode || r.kind == kindMention)) {
				break
			}
			// A kept style must not enclose a style that now opens
			// before it in nesting order.
			ok := true
			for k := inlineKind(0); k < r.kind; k++ {
				if want[k] >= 0 && !inStack(stack[:keep], ranges, k) {
					ok = false
				}
			}
			if !ok {
				break
			}
			keep++
		}
		for len(stack) > keep {
			top := len(stack) - 1
			r := ranges[stack[top]]
			toks[openIdx[top]].pair = len(toks)
			toks = append(toks, token{typ: tokClose, kind: r.kind, key: r.key, pair: openIdx[top]})
			stack, openIdx = stack[:top], openIdx[:top]
		}
		if flush {
			for _, ref := range pending {
				toks = append(toks, token{typ: tokRaw, raw: ref})
			}
			pending = pending[:0]
		}
		for k := inlineKind(0); k < numKinds; k++ {
			if want[k] < 0 || inStack(stack, ranges, k) {
				continue
			}
			stack = append(stack, want[k])
			openIdx = append(openIdx, len(toks))
			toks = append(toks, token{typ: tokOpen, kind: k, key: ranges[want[k]].key})
		}
	}

	for bi := 0; bi+1 < len(bounds); bi++ {
		a, b := bounds[bi], bounds[bi+1]
		for ri < len(refs) && refs[ri].pos <= a {
			pending = append(pending, refs[ri].ref)
			ri++
		}
		want := activeAt(ranges, a, b)
		if len(pending) > 0 && want[kindLink] < 0 && want[kindMark] < 0 {
			moveTo(want, true)
		}
		if b-a == 1 && isBreak(text[a]) {
			want[kindCode], want[kindMention] = -1, -1
			moveTo(want, false)
			toks = append(toks, token{typ: tokBreak})
			continue
		}
		moveTo(want, false)
		toks = append(toks, token{typ: tokText, text: text[a:b]})
	}
	for ri < len(refs) {
		pending = append(pending, refs[ri].ref)
		ri++
	}
	var none active
	for i := range none {
		none[i] = -1
	}
	moveTo(none, true)
	return toks
}

// isBreak reports whether CommonMark ends a line at c.
func isBreak(c rune) bool { return c == '\n' || c == '\r' }

func inStack(stack []int, ranges []inlineRange, k inlineKind) bool {
	for _, i := range stack {
		if ranges[i].kind == k {
			return true
		}
	}
	return false
}

// activeAt returns, for each kind, the latest range that covers [a, b).
func activeAt(ranges []inlineRange, a, b int) active {
	var act active
	for i := range act {
		act[i] = -1
	}
	for i, r := range ranges {
		if r.start <= a && b <= r.end {
			cur := act[r.kind]
			if cur < 0 || r.start > ranges[cur].start || (r.start == ranges[cur].start && r.order > ranges[cur].order) {
				act[r.kind] = i
			}
		}
	}
	return act
}

func uniqueInts(s []int) []int {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// isDelimited reports whether a style is written with delimiters that may
// not touch a space on their inner side.
func isDelimited(t token) bool {
	return (t.typ == tokOpen || t.typ == tokClose) && delimiterChar(t.kind) != 0
}

// shiftSpaces moves spaces at the inner edges of emphasis and marks to the
// outside, where a split around a link or another style left them, so that
// `==the *new* ==[plan](u)` becomes `==the *new*== [plan](u)` and the
// delimiters stay valid.
func shiftSpaces(toks []token) []token {
	out := make([]token, 0, len(toks)+4)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.typ == tokClose && isDelimited(t) {
			// Trailing spaces of the last text before this close (with
			// only closes between) move after it.
			if space := trailingSpaces(out); space != nil {
				out = append(out, t, token{typ: tokText, text: space})
				continue
			}
		}
		if t.typ == tokOpen && isDelimited(t) {
			// Leading spaces of the first text after this open (with
			// only opens between) move before it.
			for j := i + 1; j < len(toks); j++ {
				if toks[j].typ == tokOpen || (toks[j].typ == tokText && len(toks[j].text) == 0) {
					continue
				}
				if toks[j].typ == tokText {
					k := 0
					for k < len(toks[j].text) && toks[j].text[k] == ' ' {
						k++
					}
					if k > 0 {
						out = append(out, token{typ: tokText, text: toks[j].text[:k]})
						toks[j].text = toks[j].text[k:]
					}
				}
				break
			}
		}
		out = append(out, t)
	}
	return out
}

// trailingSpaces cuts the spaces off the end of the last text token of out
// that has only close tokens after it, and returns them.
func trailingSpaces(out []token) []rune {
	for j := len(out) - 1; j >= 0; j-- {
		t := &out[j]
		if t.typ == tokClose || (t.typ == tokText && len(t.text) == 0) {
			continue
		}
		if t.typ != tokText {
			return nil
		}
		k := len(t.text)
		for k > 0 && t.text[k-1] == ' ' {
			k--
		}
		if k == len(t.text) {
			return nil
		}
		space := t.text[k:]
		t.text = t.text[:k]
		return space
	}
	return nil
}

// mergeTexts joins adjacent text tokens, left where a boundary changed no
// style, so escaping sees whole runs of text (a line starting "1" and ")"
// is still a list marker).
func mergeTexts(toks []token) []token {
	out := toks[:0]
	for _, t := range toks {
		if t.typ == tokText && len(out) > 0 && out[len(out)-1].typ == tokText {
			last := &out[len(out)-1]
			last.text = append(append([]rune(nil), last.text...), t.text...)
			continue
		}
		out = append(out, t)
	}
	return out
}

// pairTokens links each open token with its close.
func pairTokens(toks []token) {
	var stack []int
	for i := range toks {
		switch toks[i].typ {
		case tokOpen:
			stack = append(stack, i)
		case tokClose:
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			toks[o].pair, toks[i].pair = i, o
		}
	}
}

// charClass is how CommonMark's flanking rules see a character.
type charClass uint8

const (
	classSpace charClass = iota
	classPunct
	classOther
)

func classify(r rune) charClass {
	switch {
	case unicode.IsSpace(r):
		return classSpace
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return classPunct
	}
	return classOther
}

// delimiterChar returns the character a style's delimiter is made of, or 0
// for styles that are not written with emphasis-like delimiters.
func delimiterChar(k inlineKind) rune {
	switch k {
	case kindStrong, kindEm:
		return '*'
	case kindMark:
		return '='
	}
	return 0
}

// chooseForms decides, for each emphasis or mark, whether its delimiters
// would be recognised where they stand, and writes it as HTML if not. Every
// piece of markup is punctuation to the flanking rules whichever form it
// takes, so one pass decides them all.
func chooseForms(toks []token, text []rune) {
	neighbour := func(i, step int) (charClass, *token) {
		for j := i + step; j >= 0 && j < len(toks); j += step {
			t := &toks[j]
			switch t.typ {
			case tokText:
				if len(t.text) == 0 {
					continue
				}
				if inCodeOrMention(toks, j) {
					return classPunct, t
				}
				if step > 0 {
					return classify(t.text[0]), t
				}
				return classify(t.text[len(t.text)-1]), t
			case tokBreak:
				return classSpace, t
			default:
				return classPunct, t
			}
		}
		return classSpace, nil
	}
	for i := range toks {
		t := &toks[i]
		c := delimiterChar(t.kind)
		if c == 0 || (t.typ != tokOpen && t.typ != tokClose) {
			continue
		}
		prev, pt := neighbour(i, -1)
		next, nt := neighbour(i, +1)
		var ok bool
		if t.typ == tokOpen {
			ok = next != classSpace && (next != classPunct || prev != classOther)
		} else {
			ok = prev != classSpace && (prev != classPunct || next != classOther)
		}
		// Two delimiters of one character side by side would merge into
		// one run and be matched by length, not by intent.
		// So would an escaped character of the same kind next to it, for
		// parsers that look at the raw preceding character.
		for _, nb := range []*token{pt, nt} {
			if nb != nil && (nb.typ == tokOpen || nb.typ == tokClose) && delimiterChar(nb.kind) == c {
				ok = false
			}
		}
		if pt != nil && pt.typ == tokText && len(pt.text) > 0 && pt.text[len(pt.text)-1] == c ||
			nt != nil && nt.typ == tokText && len(nt.text) > 0 && nt.text[0] == c {
			ok = false
		}
		if !ok {
			t.html = true
			toks[t.pair].html = true
		}
	}
}

// inCodeOrMention reports whether the text token at i is inside a code span
// or a mention link, which write it unescaped between markup.
func inCodeOrMention(toks []token, i int) bool {
	return i > 0 && toks[i-1].typ == tokOpen && (toks[i-1].kind == kindCode || toks[i-1].kind == kindMention)
}

// writeTokens writes the tokens as Markdown.
func writeTokens(toks []token, o inlineOptions) string {
	var sb strings.Builder
	size := 0
	for _, t := range toks {
		size += len(t.text) + 8
	}
	sb.Grow(size + size/8)
	lineStart := true
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.typ {
		case tokText:
			if escapeText(&sb, t.text, lineStart, o.logseq) {
				lineStart = false
			}
		case tokBreak:
			// A backslash at the end of a line is a hard line break, but
			// goldmark and others misread one after an escaped backslash.
			if o.logseq {
				// Logseq keeps a block's line breaks as they are; mldoc
				// has no backslash break.
				sb.WriteString("\n")
			} else if strings.HasSuffix(sb.String(), "\\") {
				sb.WriteString("<br>\n")
			} else {
				sb.WriteString("\\\n")
			}
			lineStart = true
		case tokRaw:
			sb.WriteString(t.raw)
			lineStart = false
		case tokOpen:
			lineStart = false
			switch t.kind {
			case kindCode, kindMention:
				// The text up to the close is written as one piece.
				var content []rune
				j := i + 1
				for ; j < len(toks) && toks[j].typ == tokText; j++ {
					content = append(content, toks[j].text...)
				}
				if t.kind == kindCode {
					sb.WriteString(codeSpan(content))
				} else {
					sb.WriteString(pageLink(t.key, string(content), o.logseq))
				}
				i = j // the close token
			case kindLink:
				if o.listItem && sb.Len() == 0 && linkTextLen(toks, i) <= 1 {
					sb.WriteString(`<a href="` + html.EscapeString(t.key) + `">`)
					toks[t.pair].html = true
				} else {
					sb.WriteByte('[')
				}
			default:
				sb.WriteString(openMarkup(t, o))
			}
		case tokClose:
			switch t.kind {
			case kindLink:
				if t.html {
					sb.WriteString("</a>")
					break
				}
				sb.WriteString("](")
				sb.WriteString(linkDestination(t.key))
				sb.WriteByte(')')
			default:
				sb.WriteString(closeMarkup(t, o))
			}
		}
	}
	return sb.String()
}

// linkTextLen counts the runes of text inside the link opened at toks[i].
func linkTextLen(toks []token, i int) int {
	n := 0
	for j := i + 1; j < toks[i].pair; j++ {
		n += len(toks[j].text)
	}
	return n
}

func openMarkup(t token, o inlineOptions) string {
	switch t.kind {
	case kindStrong:
		if t.html {
			return "<strong>"
		}
		return "**"
	case kindEm:
		if t.html {
			return "<em>"
		}
		return "*"
	case kindMark:
		if o.htmlMarks && t.key != "" {
			return `<mark class="` + t.key + `">`
		}
		if t.html || o.htmlMarks {
			return "<mark>"
		}
		return "=="
	}
	return ""
}

func closeMarkup(t token, o inlineOptions) string {
	switch t.kind {
	case kindStrong:
		if t.html {
			return "</strong>"
		}
		return "**"
	case kindEm:
		if t.html {
			return "</em>"
		}
		return "*"
	case kindMark:
		if t.html || o.htmlMarks {
			return "</mark>"
		}
		return "=="
	}
	return ""
}

// codeSpan writes runes as a code span, with a fence of backticks longer
// than any run of backticks in it.
func codeSpan(content []rune) string {
	longest, run := 0, 0
	for _, c := range content {
		if c == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	s := string(content)
	// CommonMark strips one space from each end when both ends have one,
	// and a backtick at an end would join the fence.
	pad := strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") ||
		(strings.HasPrefix(s, " ") && strings.HasSuffix(s, " ") && strings.TrimSpace(s) != "")
	if pad {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// wikiLink writes an Obsidian link to the note named target, showing text.
func wikiLink(target, text string) string {
	if target == text {
		return "[[" + target + "]]"
	}
	return "[[" + target + "|" + text + "]]"
}

// pageLink writes a link to the page named target showing text: a wiki
// link for Obsidian, and for Logseq, which reads "[[a|b]]" as a page named
// "a|b", [text]([[target]]) when the text is not the name.
func pageLink(target, text string, logseq bool) string {
	if !logseq || target == text {
		return wikiLink(target, text)
	}
	return "[" + text + "]([[" + target + "]])"
}

// linkDestination makes an href safe as a Markdown link destination.
func linkDestination(href string) string {
	var sb strings.Builder
	for _, c := range href {
		switch {
		case c == ' ':
			sb.WriteString("%20")
		case c == '<':
			sb.WriteString("%3C")
		case c == '>':
			sb.WriteString("%3E")
		case c == '(':
			sb.WriteString("%28")
		case c == ')':
			sb.WriteString("%29")
		case c == '\\':
			sb.WriteString("%5C")
		case c < 0x20 || c == 0x7f:
			// Control characters cannot be in a link.
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// escapeText writes article text so that Markdown renders it as the text it
// is: every character that could start markup here is backslash-escaped,
// and no other, so the note stays pleasant to read. At the start of a line,
// leading spaces are dropped (they would make a code block) and characters
// that would start a block (#, >, -, +, =, "1.") are escaped. It reports
// whether it wrote anything.
//
// For Logseq (logseq set), whose parser mldoc reads "\[ ... \]" as
// displayed LaTeX, "]" is never escaped and "[" only where it would open
// something (logseqBracketOpens); "^^" (a highlight) and "{{" (a macro)
// are escaped too.
func escapeText(sb *strings.Builder, text []rune, lineStart, logseq bool) bool {
	i := 0
	if lineStart {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i == len(text) {
			return false
		}
		switch text[i] {
		case '#', '>', '-', '+', '=':
			sb.WriteByte('\\')
			sb.WriteRune(text[i])
			i++
		default:
			// An ordered list marker is up to nine digits and . or ).
			j := i
			for j < len(text) && j-i < 10 && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			if j > i && j-i <= 9 && j < len(text) && (text[j] == '.' || text[j] == ')') {
				sb.WriteString(string(text[i:j]))
				sb.WriteByte('\\')
				sb.WriteRune(text[j])
				i = j + 1
			}
		}
	}
	start := i
	for ; i < len(text); i++ {
		c := text[i]
		var prev, next rune
		if i > 0 {
			prev = text[i-1]
		}
		if i+1 < len(text) {
			next = text[i+1]
		}
		edge := i == start || i == len(text)-1
		esc := false
		switch c {
		case '\\', '`', '*', '_', '<', '|', '~', '$':
			esc = true
		case '[':
			esc = !logseq || logseqBracketOpens(text, i)
		case ']':
			esc = !logseq
		case '^':
			esc = logseq && (next == '^' || prev == '^' || next == '{')
		case '{':
			esc = logseq && (next == '{' || prev == '{')
		case '#':
			// #word is a tag in Obsidian; C# is not.
			esc = i == start || unicode.IsSpace(prev) || unicode.IsPunct(prev)
		case '=':
			// == marks a highlight.
			esc = edge || prev == '=' || next == '='
		case '%':
			// %% opens a comment in Obsidian.
			esc = edge || prev == '%' || next == '%'
		case '@':
			// pandoc reads @word as a citation, unless it follows a letter
			// or digit as in an address.
			esc = i == start || !(unicode.IsLetter(prev) || unicode.IsDigit(prev))
		case '&':
			// &name; and &#123; are character references.
			esc = next == '#' || unicode.IsLetter(next) || (edge && i == len(text)-1)
		case '!':
			// ![ would start an image if the next token is a link.
			esc = i == len(text)-1
		}
		if esc {
			sb.WriteByte('\\')
		}
		sb.WriteRune(c)
	}
	return true
}

// logseqBracketOpens reports whether the "[" at text[i] could start
// something in mldoc: a page reference "[[", a hiccup "[:", a footnote
// "[^", a statistics cookie "[1/3]" or "[50%]", or a link, when a "](" or
// "][" follows.
func logseqBracketOpens(text []rune, i int) bool {
	if i+1 >= len(text) {
		return false
	}
	switch text[i+1] {
	case '[', ':', '^':
		return true
	}
	j := i + 1
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j < len(text) && (text[j] == '/' || text[j] == '%') {
		return true
	}
	for k := i + 1; k+1 < len(text); k++ {
		if text[k] == ']' && (text[k+1] == '(' || text[k+1] == '[') {
			return true
		}
	}
	return false
}

// itoa is strconv.Itoa, named for brevity in the writers.
func itoa(n int) string { return strconv.Itoa(n) }
