package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"margin/annotate"
	"margin/clip"
)

// Layout is what a Markdown note holds of the article.
type Layout string

// The Markdown layouts.
const (
	// LayoutFull is the whole article with the highlights marked in place.
	LayoutFull Layout = "full"
	// LayoutHighlights is only the highlights, as quotes with their notes.
	LayoutHighlights Layout = "highlights"
)

// MarkStyle is how highlights are marked in the full layout.
type MarkStyle string

// The mark styles.
const (
	// MarkEquals writes ==text==, as Obsidian and Logseq read it.
	MarkEquals MarkStyle = "=="
	// MarkHTML writes <mark class="hl-yellow">text</mark>, which plain
	// CommonMark renderers pass through as HTML.
	MarkHTML MarkStyle = "html"
)

// NoteStyle is how the notes on highlights are written in the full layout.
type NoteStyle string

// The note styles.
const (
	// NotesFootnotes puts a footnote reference after the highlight and the
	// note at the end of the file.
	NotesFootnotes NoteStyle = "footnotes"
	// NotesCallouts puts the note in an Obsidian callout (> [!note]) after
	// the paragraph holding the highlight.
	NotesCallouts NoteStyle = "callouts"
)

// Order is the order of the highlights layout.
type Order string

// The highlight orders.
const (
	OrderArticle Order = "article" // as they appear in the article
	OrderColor   Order = "color"   // grouped by colour, in palette order
)

// Flavour is the note-taking app a Markdown note is written for.
type Flavour string

// The flavours.
const (
	// FlavourObsidian writes YAML properties, [[Target|text]] links and
	// CommonMark escapes, as Obsidian (and most Markdown tools) read them.
	FlavourObsidian Flavour = "obsidian"
	// FlavourLogseq writes Logseq page properties (key:: value), links as
	// [text]([[Target]]) and escapes that Logseq's parser, mldoc, reads as
	// the text: no "\[", which it reads as LaTeX.
	FlavourLogseq Flavour = "logseq"
)

// The choices of each option, in the order a menu shows them.
var (
	Flavours   = []Flavour{FlavourObsidian, FlavourLogseq}
	Layouts    = []Layout{LayoutFull, LayoutHighlights}
	MarkStyles = []MarkStyle{MarkEquals, MarkHTML}
	NoteStyles = []NoteStyle{NotesFootnotes, NotesCallouts}
	Orders     = []Order{OrderArticle, OrderColor}
)

// MarkdownOptions are the choices a person makes for a Markdown export. The
// zero value of each field that names a choice means its default; use
// DefaultMarkdownOptions for the defaults of the booleans too.
type MarkdownOptions struct {
	Layout   Layout        // LayoutFull unless set
	Mark     MarkStyle     // MarkEquals unless set
	Notes    NoteStyle     // NotesFootnotes unless set
	Order    Order         // OrderArticle unless set; used by LayoutHighlights
	Citation CitationStyle // CitationAPA unless set; CitationNone leaves it out
	// EntityLinks writes entity mentions as [[Entity Name]] links for
	// Obsidian.
	EntityLinks bool
	// EntityAppendix ends the note with the entities it mentions, by type.
	EntityAppendix bool
	// Flavour is the app the note is for; FlavourObsidian unless set.
	Flavour Flavour
	// Template, when set, writes the note instead of the layout (see
	// template.go); Layout, Order and Notes then do not apply.
	Template *Template
}

// DefaultMarkdownOptions returns the options an export starts from: the full
// article with ==marks== and footnotes, an APA citation and the entities
// appendix, without entity links.
func DefaultMarkdownOptions() MarkdownOptions {
	return MarkdownOptions{
		Layout:         LayoutFull,
		Mark:           MarkEquals,
		Notes:          NotesFootnotes,
		Order:          OrderArticle,
		Citation:       CitationAPA,
		EntityAppendix: true,
	}
}

// Validate reports an option value this package does not know, wrapping
// ErrUnknownFormat.
func (o MarkdownOptions) Validate() error {
	_, err := o.withDefaults()
	return err
}

// withDefaults fills unset choices and rejects unknown ones.
func (o MarkdownOptions) withDefaults() (MarkdownOptions, error) {
	d := DefaultMarkdownOptions()
	if o.Layout == "" {
		o.Layout = d.Layout
	}
	if o.Mark == "" {
		o.Mark = d.Mark
	}
	if o.Notes == "" {
		o.Notes = d.Notes
	}
	if o.Order == "" {
		o.Order = d.Order
	}
	if o.Citation == "" {
		o.Citation = d.Citation
	}
	if o.Flavour == "" && o.Template != nil {
		o.Flavour = o.Template.Flavour
	}
	if o.Flavour == "" {
		o.Flavour = FlavourObsidian
	}
	switch {
	case o.Layout != LayoutFull && o.Layout != LayoutHighlights:
		return o, fmt.Errorf("%w: layout %q", ErrUnknownFormat, o.Layout)
	case o.Mark != MarkEquals && o.Mark != MarkHTML:
		return o, fmt.Errorf("%w: mark style %q", ErrUnknownFormat, o.Mark)
	case o.Notes != NotesFootnotes && o.Notes != NotesCallouts:
		return o, fmt.Errorf("%w: note style %q", ErrUnknownFormat, o.Notes)
	case o.Order != OrderArticle && o.Order != OrderColor:
		return o, fmt.Errorf("%w: order %q", ErrUnknownFormat, o.Order)
	case !validCitation(o.Citation):
		return o, fmt.Errorf("%w: citation style %q", ErrUnknownFormat, o.Citation)
	case o.Flavour != FlavourObsidian && o.Flavour != FlavourLogseq:
		return o, fmt.Errorf("%w: flavour %q", ErrUnknownFormat, o.Flavour)
	}
	return o, nil
}

// Markdown writes one clipping as a Markdown note: YAML front matter, the
// title, a citation, then the article or its highlights as the layout says.
//
// The body is built from the document model, not from HTML: each block's
// text is escaped so it renders as the article's text, and highlights,
// which are rune offsets into the canonical text, are marked in each block
// they cover. Highlights in preformatted blocks cannot be marked inside the
// code and are left unmarked there; highlights that could not be anchored
// are listed after the article with their notes.
func Markdown(w io.Writer, it *Item, opts MarkdownOptions) error {
	opts, err := opts.withDefaults()
	if err != nil {
		return err
	}
	bw, done := bufferedWriter(w)
	defer done()
	m := newMarkdownWriter(it, opts)
	if opts.Flavour == FlavourLogseq {
		writeLogseqProperties(bw, newFrontMatter(it, m.textLen, opts))
	} else if err := writeFrontMatter(bw, it, m.textLen, opts); err != nil {
		return err
	}
	if opts.Template != nil {
		if err := opts.Template.execute(bw, m); err != nil {
			return err
		}
	} else {
		m.write(bw)
	}
	return bw.Flush()
}

// markdownWriter holds what writing one note needs.
type markdownWriter struct {
	it       *Item
	opts     MarkdownOptions
	textLen  int       // the canonical text's length in runes
	rt       *runeText // the canonical text, made when first asked for (text)
	blocks   []clip.Block
	offs     []int
	lens     []int // rune length of each block's text
	mentions []annotate.Mention
	targets  map[int64]string // entity ID -> link target
	notes    []string         // footnote bodies, numbered from 1
	// listLevel is the nesting of the list item written last, -1 outside
	// a list: an item may be nested at most one level deeper than that,
	// or its indentation would make it a code block.
	listLevel int
}

func newMarkdownWriter(it *Item, opts MarkdownOptions) *markdownWriter {
	m := &markdownWriter{it: it, opts: opts, listLevel: -1}
	m.blocks = it.Clipping.Document.Blocks
	m.offs = it.Clipping.Document.BlockOffsets()
	m.lens = make([]int, len(m.blocks))
	for i, b := range m.blocks {
		m.lens[i] = utf8.RuneCountInString(b.Text)
		if m.offs[i] >= 0 {
			m.textLen = m.offs[i] + m.lens[i]
		}
	}
	m.mentions = it.confirmedMentions(m.textLen)
	m.targets = map[int64]string{}
	for id, e := range it.Entities {
		m.targets[id] = entityTarget(e.Name)
	}
	return m
}

// text returns the canonical text, made once.
func (m *markdownWriter) text() *runeText {
	if m.rt == nil {
		m.rt = m.it.text()
	}
	return m.rt
}

// inl returns the inline options of the note's flavour.
func (m *markdownWriter) inl() inlineOptions {
	return inlineOptions{logseq: m.opts.Flavour == FlavourLogseq}
}

// entityTarget is the note name an entity links to: its name made safe as a
// file name, so that the link finds a note for it in a vault.
func entityTarget(name string) string {
	return SafeName(name)
}

func (m *markdownWriter) write(w *bufio.Writer) {
	c := m.it.Clipping
	if !m.startsWithTitle() {
		w.WriteString("# ")
		w.WriteString(renderInline(flatten([]rune(orUntitled(c.Title))), nil, nil, m.inl()))
		w.WriteString("\n\n")
	}
	if m.opts.Citation != CitationNone {
		w.WriteString(citeMarkdown(c, m.opts.Citation, m.inl()))
		w.WriteString("\n\n")
	}
	var unplaced []annotate.Highlight
	if m.opts.Layout == LayoutFull {
		unplaced = m.writeArticle(w)
	} else {
		m.writeHighlights(w)
	}
	if strings.TrimSpace(c.Note) != "" {
		w.WriteString("## Note\n\n")
		w.WriteString(plainParagraphs(c.Note, "", m.inl()))
		w.WriteString("\n\n")
	}
	if len(unplaced) > 0 {
		w.WriteString("## Highlights not found in the text\n\n")
		for _, h := range unplaced {
			m.writeQuote(w, h)
		}
	}
	if m.opts.Layout == LayoutFull {
		m.writeChangedHighlights(w, unplaced)
	}
	if m.opts.EntityAppendix {
		m.writeEntities(w)
	}
	for i, n := range m.notes {
		fmt.Fprintf(w, "[^%d]: ", i+1)
		w.WriteString(plainParagraphs(n, "    ", m.inl()))
		w.WriteString("\n\n")
	}
}

func orUntitled(s string) string {
	if strings.TrimSpace(s) == "" {
		return "Untitled"
	}
	return s
}

// flatten replaces line breaks with spaces, keeping rune offsets.
func flatten(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		if r == '\n' || r == '\r' {
			r = ' '
		}
		out[i] = r
	}
	return out
}

// startsWithTitle reports whether the article's first block is a heading
// that repeats the title, so the note does not write it twice.
func (m *markdownWriter) startsWithTitle() bool {
	for _, b := range m.blocks {
		if !b.HasText() {
			continue
		}
		return b.Kind == clip.BlockHeading && strings.TrimSpace(b.Text) == strings.TrimSpace(m.it.Clipping.Title)
	}
	return false
}

// placement is where a highlight's note goes in the full layout.
type placement struct {
	block int // the last block with text the highlight covers
	pos   int // rune offset in that block after which the note goes
}

// place finds the last block with text that the highlight covers.
func (m *markdownWriter) place(h annotate.Highlight) (placement, bool) {
	s, e := h.Selector.Start, h.Selector.End
	for i := len(m.blocks) - 1; i >= 0; i-- {
		off := m.offs[i]
		if off < 0 {
			continue
		}
		n := m.lens[i]
		if off < e && s < off+n {
			return placement{block: i, pos: min(e, off+n) - off}, true
		}
	}
	return placement{}, false
}

// writeArticle writes the article's blocks with highlights marked and
// returns the highlights it could not place.
func (m *markdownWriter) writeArticle(w *bufio.Writer) []annotate.Highlight {
	var placed, unplaced []annotate.Highlight
	for _, h := range m.it.sortedHighlights() {
		if !anchored(h, m.textLen) {
			unplaced = append(unplaced, h)
			continue
		}
		if _, ok := m.place(h); !ok {
			unplaced = append(unplaced, h)
			continue
		}
		placed = append(placed, h)
	}
	// Notes are numbered in the order their references appear.
	type noted struct {
		h annotate.Highlight
		p placement
	}
	var withNotes []noted
	for _, h := range placed {
		if strings.TrimSpace(h.Note) == "" {
			continue
		}
		p, _ := m.place(h)
		withNotes = append(withNotes, noted{h, p})
	}
	sort.SliceStable(withNotes, func(i, j int) bool {
		a, b := withNotes[i].p, withNotes[j].p
		if a.block != b.block {
			return a.block < b.block
		}
		return a.pos < b.pos
	})
	refs := map[int][]footnoteRef{} // block -> references in it
	callouts := map[int][]string{}  // block -> notes after it
	for _, n := range withNotes {
		if m.opts.Notes == NotesCallouts {
			callouts[n.p.block] = append(callouts[n.p.block], n.h.Note)
			continue
		}
		m.notes = append(m.notes, n.h.Note)
		refs[n.p.block] = append(refs[n.p.block], footnoteRef{pos: n.p.pos, ref: fmt.Sprintf("[^%d]", len(m.notes))})
	}

	var pendingCallouts []string
	numbers := map[int]int{} // list level -> last number written
	prevList := false
	first := true
	for i, b := range m.blocks {
		if m.offs[i] < 0 && (b.Kind != clip.BlockImage || b.Src == "") {
			continue
		}
		isList := b.Kind == clip.BlockListItem
		if !isList {
			numbers = map[int]int{}
			m.listLevel = -1
		}
		if !first {
			if isList && prevList {
				w.WriteString("\n")
			} else {
				w.WriteString("\n\n")
			}
		}
		if !isList && len(pendingCallouts) > 0 {
			m.writeCallouts(w, pendingCallouts)
			pendingCallouts = nil
			w.WriteString("\n\n")
		}
		first = false
		prevList = isList
		m.writeBlock(w, i, b, refs[i], numbers, placed)
		pendingCallouts = append(pendingCallouts, callouts[i]...)
		if !isList && len(pendingCallouts) > 0 {
			w.WriteString("\n\n")
			m.writeCallouts(w, pendingCallouts)
			pendingCallouts = nil
		}
	}
	if len(pendingCallouts) > 0 {
		w.WriteString("\n\n")
		m.writeCallouts(w, pendingCallouts)
	}
	if !first {
		w.WriteString("\n\n")
	}
	return unplaced
}

// writeCallouts writes notes as Obsidian callouts, or for Logseq as note
// blocks (#+BEGIN_NOTE), which Logseq shows as Obsidian shows a callout.
func (m *markdownWriter) writeCallouts(w *bufio.Writer, notes []string) {
	for i, n := range notes {
		if i > 0 {
			w.WriteString("\n\n")
		}
		if m.opts.Flavour == FlavourLogseq {
			w.WriteString("#+BEGIN_NOTE\n")
			w.WriteString(plainParagraphs(n, "", m.inl()))
			w.WriteString("\n#+END_NOTE")
			continue
		}
		w.WriteString("> [!note]\n> ")
		w.WriteString(plainParagraphs(n, "> ", m.inl()))
	}
}

// inlineRanges returns the styles over the block's text [from, to), shifted
// to start at from: the block's spans, the highlights (when marks is set)
// and the entity mentions (when links are on).
func (m *markdownWriter) inlineRanges(i int, from, to int, highlights []annotate.Highlight, marks bool) []inlineRange {
	b := m.blocks[i]
	off := m.offs[i]
	var rs []inlineRange
	if b.Kind == clip.BlockCaption {
		rs = append(rs, inlineRange{kind: kindEm, start: 0, end: to - from})
	}
	for _, s := range b.Spans {
		r := inlineRange{start: s.Start - from, end: s.End - from}
		switch s.Kind {
		case clip.SpanEmphasis:
			r.kind = kindEm
		case clip.SpanStrong:
			r.kind = kindStrong
		case clip.SpanCode:
			r.kind = kindCode
		case clip.SpanLink:
			if s.Href == "" {
				continue
			}
			r.kind, r.key = kindLink, s.Href
		default:
			continue
		}
		rs = append(rs, r)
	}
	if marks {
		for _, h := range highlights {
			s, e := h.Selector.Start-off, h.Selector.End-off
			if e <= from || s >= to {
				continue
			}
			key := ""
			if m.opts.Mark == MarkHTML {
				key = "hl-" + markClass(h.Color)
			}
			rs = append(rs, inlineRange{kind: kindMark, start: s - from, end: e - from, key: key})
		}
	}
	if m.opts.EntityLinks {
		for _, mn := range m.mentions {
			s, e := mn.Selector.Start-off, mn.Selector.End-off
			if s < from || e > to {
				continue
			}
			rs = append(rs, inlineRange{kind: kindMention, start: s - from, end: e - from, key: m.targets[mn.EntityID]})
		}
	}
	return rs
}

// markClass makes a colour name safe in a class attribute.
func markClass(c annotate.Color) string {
	var sb strings.Builder
	for _, r := range string(c) {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			sb.WriteRune(r)
		}
	}
	if sb.Len() == 0 {
		return "yellow"
	}
	return sb.String()
}

// writeBlock writes block i of the article.
func (m *markdownWriter) writeBlock(w *bufio.Writer, i int, b clip.Block, refs []footnoteRef, numbers map[int]int, highlights []annotate.Highlight) {
	// The block's runes, as the canonical text holds them from m.offs[i];
	// converted a block at a time, not the whole text at once.
	var rs []rune
	if m.offs[i] >= 0 {
		rs = []rune(b.Text)
	}
	iopts := inlineOptions{htmlMarks: m.opts.Mark == MarkHTML, listItem: b.Kind == clip.BlockListItem, logseq: m.opts.Flavour == FlavourLogseq}
	inline := func(text []rune) string {
		return renderInline(text, m.inlineRanges(i, 0, len(rs), highlights, true), refs, iopts)
	}
	switch b.Kind {
	case clip.BlockImage:
		w.WriteString("![")
		var sb strings.Builder
		escapeText(&sb, flatten([]rune(b.Alt)), false, m.opts.Flavour == FlavourLogseq)
		w.WriteString(sb.String())
		w.WriteString("](")
		w.WriteString(linkDestination(m.it.imageLink(b.Src)))
		w.WriteString(")")
		writeImageCaption(w, b, m.opts.Flavour == FlavourLogseq)
	case clip.BlockHeading:
		level := min(max(b.Level, 1), 6)
		w.WriteString(strings.Repeat("#", level))
		w.WriteString(" ")
		w.WriteString(inline(flatten(rs)))
	case clip.BlockPre:
		writeFence(w, b.Text)
		if len(refs) > 0 {
			w.WriteString("\n\n")
			for _, r := range refs {
				w.WriteString(r.ref)
			}
		}
	case clip.BlockQuote:
		writePrefixed(w, inline(rs), "> ", "> ")
	case clip.BlockListItem:
		level := min(max(b.Level, 0), m.listLevel+1)
		m.listLevel = level
		for l := range numbers {
			if l > level {
				delete(numbers, l)
			}
		}
		indent := strings.Repeat("    ", level)
		marker := "- "
		if b.Ordered {
			numbers[level]++
			marker = itoa(numbers[level]) + ". "
		} else {
			delete(numbers, level)
		}
		writePrefixed(w, inline(rs), indent+marker, indent+strings.Repeat(" ", len(marker)))
	default:
		writePrefixed(w, inline(rs), "", "")
	}
}

// writePrefixed writes the lines of s, the first after first and the rest
// after rest.
func writePrefixed(w *bufio.Writer, s, first, rest string) {
	for i, line := range strings.Split(s, "\n") {
		if i == 0 {
			w.WriteString(first)
		} else {
			w.WriteString("\n")
			w.WriteString(rest)
		}
		w.WriteString(line)
	}
}

// writeFence writes text as a fenced code block, with a fence longer than
// any run of backticks in it.
func writeFence(w *bufio.Writer, text string) {
	longest, run := 0, 0
	for _, c := range text {
		if c == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	w.WriteString(fence)
	w.WriteString("\n")
	w.WriteString(strings.TrimSuffix(text, "\n"))
	w.WriteString("\n")
	w.WriteString(fence)
}

// plainParagraphs escapes a person's plain text (a note) as Markdown
// paragraphs; lines after the first get prefix, as footnotes and callouts
// need.
func plainParagraphs(s, prefix string, o inlineOptions) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n")
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.Trim(p, "\n")
		if strings.TrimSpace(p) == "" {
			continue
		}
		paras = append(paras, renderInline([]rune(p), nil, nil, o))
	}
	sep := "\n" + prefix
	blank := "\n" + strings.TrimRight(prefix, " ")
	var sb strings.Builder
	for i, p := range paras {
		if i > 0 {
			sb.WriteString(blank)
			sb.WriteString(sep)
		}
		sb.WriteString(strings.ReplaceAll(p, "\n", sep))
	}
	return sb.String()
}

// writeHighlights writes the highlights layout: each highlight as a quote
// followed by its note, in article order or grouped by colour.
func (m *markdownWriter) writeHighlights(w *bufio.Writer) {
	hs := m.it.sortedHighlights()
	if len(hs) == 0 {
		w.WriteString("No highlights.\n\n")
		return
	}
	if m.opts.Order == OrderArticle {
		w.WriteString("## Highlights\n\n")
		for _, h := range hs {
			m.writeQuote(w, h)
		}
		return
	}
	groups := map[annotate.Color][]annotate.Highlight{}
	for _, h := range hs {
		groups[h.Color] = append(groups[h.Color], h)
	}
	for _, c := range groupOrder(groups, annotate.Colors) {
		w.WriteString("## ")
		w.WriteString(renderInline(flatten([]rune(colorTitle(c))), nil, nil, m.inl()))
		w.WriteString("\n\n")
		for _, h := range groups[c] {
			m.writeQuote(w, h)
		}
	}
}

func colorTitle(c annotate.Color) string {
	if c == "" {
		return "No colour"
	}
	if info, ok := annotate.DescribeColor(c); ok {
		return info.Name
	}
	return annotate.Capitalise(string(c))
}

// writeQuote writes a highlight as a block quote of the text it covers, with
// the article's inline styles, followed by its note.
func (m *markdownWriter) writeQuote(w *bufio.Writer, h annotate.Highlight) {
	for i, p := range m.quoteParts(h) {
		if i > 0 {
			w.WriteString("\n>\n")
		}
		writePrefixed(w, p, "> ", "> ")
	}
	w.WriteString("\n\n")
	writeChanges(w, m.it.changesOf(h.ID))
	if strings.TrimSpace(h.Note) != "" {
		w.WriteString(plainParagraphs(h.Note, "", m.inl()))
		w.WriteString("\n\n")
	}
}

// quoteParts returns the Markdown of the text a highlight covers, a piece
// for each block, with the article's inline styles.
func (m *markdownWriter) quoteParts(h annotate.Highlight) []string {
	var parts []string
	if anchored(h, m.textLen) {
		for i, b := range m.blocks {
			off := m.offs[i]
			if off < 0 {
				continue
			}
			rs := []rune(b.Text)
			from := max(h.Selector.Start-off, 0)
			to := min(h.Selector.End-off, len(rs))
			if from >= to {
				continue
			}
			part := rs[from:to]
			var ranges []inlineRange
			if b.Kind != clip.BlockPre {
				ranges = m.inlineRanges(i, from, to, nil, false)
			}
			if b.Kind == clip.BlockHeading {
				part = flatten(part)
			}
			parts = append(parts, renderInline(part, ranges, nil, m.inl()))
		}
	} else {
		for _, p := range strings.Split(h.Selector.Exact, "\n\n") {
			parts = append(parts, renderInline([]rune(p), nil, nil, m.inl()))
		}
	}
	return parts
}

// entityGroup is the entities of one type that a clipping mentions.
type entityGroup struct {
	typ      annotate.EntityType
	entities []annotate.Entity
	counts   map[int64]int
}

// groupOrder returns the keys of groups that have members: those of order
// first, in that order, then the others (a person's own colours or types)
// sorted.
func groupOrder[K ~string, V any](groups map[K][]V, order []K) []K {
	var keys, others []K
	for _, k := range order {
		if len(groups[k]) > 0 {
			keys = append(keys, k)
		}
	}
	for k := range groups {
		if !slices.Contains(order, k) {
			others = append(others, k)
		}
	}
	slices.Sort(others)
	return append(keys, others...)
}

// entityGroups returns the mentioned entities by type, types in display
// order and entities by name.
func entityGroups(it *Item, mentions []annotate.Mention) []entityGroup {
	counts := map[int64]int{}
	byType := map[annotate.EntityType][]annotate.Entity{}
	for _, mn := range mentions {
		if counts[mn.EntityID] == 0 {
			e := it.Entities[mn.EntityID]
			byType[e.Type] = append(byType[e.Type], e)
		}
		counts[mn.EntityID]++
	}
	types := groupOrder(byType, annotate.EntityTypes)
	groups := make([]entityGroup, 0, len(types))
	for _, t := range types {
		es := byType[t]
		sort.Slice(es, func(i, j int) bool {
			if es[i].Name != es[j].Name {
				return es[i].Name < es[j].Name
			}
			return es[i].ID < es[j].ID
		})
		groups = append(groups, entityGroup{typ: t, entities: es, counts: counts})
	}
	return groups
}

// typeTitle heads the entities of a type.
func typeTitle(t annotate.EntityType) string { return annotate.DescribeType(t).Plural }

// writeEntities writes the appendix of entities the clipping mentions.
func (m *markdownWriter) writeEntities(w *bufio.Writer) {
	groups := entityGroups(m.it, m.mentions)
	if len(groups) == 0 {
		return
	}
	w.WriteString("## Entities\n")
	for _, g := range groups {
		w.WriteString("\n### ")
		w.WriteString(renderInline(flatten([]rune(typeTitle(g.typ))), nil, nil, m.inl()))
		w.WriteString("\n\n")
		for _, e := range g.entities {
			w.WriteString("- ")
			name := flatten([]rune(e.Name))
			if m.opts.EntityLinks && linkable(e.Name) {
				w.WriteString(pageLink(m.targets[e.ID], string(name), m.opts.Flavour == FlavourLogseq))
			} else {
				w.WriteString(renderInline(name, nil, nil, m.inl()))
			}
			n := g.counts[e.ID]
			if n == 1 {
				w.WriteString(" (1 mention)\n")
			} else {
				fmt.Fprintf(w, " (%d mentions)\n", n)
			}
		}
	}
	w.WriteString("\n")
}

// linkable reports whether a name can be the text of a wiki link.
func linkable(name string) bool {
	return !strings.ContainsAny(name, "[]|\n") && strings.TrimSpace(name) != ""
}
