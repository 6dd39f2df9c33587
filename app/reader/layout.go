package reader

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"margin/annotate"
	"margin/clip"
)

// The reader lays a document out into lines once per width and text size.
// Text is measured by summing cached glyph advances rather than measuring
// words: measuring a new string with Fyne costs a text shaping run (over a
// hundred microseconds), while an article uses only a few dozen distinct
// glyphs per font. Advances are measured at each size used, not scaled from
// one size: Fyne's shaper does not scale linearly between sizes (14.4 measures
// like 15), which would put highlights several pixels off by the end of a
// line. For the same reason the reader's text sizes are whole numbers, so
// they also render at whole device sizes when the canvas is scaled.

// textSizeOf rounds a text size to the whole number the reader uses.
func textSizeOf(s float32) float32 {
	return max(1, float32(math.Round(float64(s))))
}

// fontVariant is one of the fonts the reader draws with.
type fontVariant uint8

const (
	fontRegular fontVariant = iota
	fontBold
	fontItalic
	fontBoldItalic
	fontMono
	fontVariantCount
)

func makeVariant(bold, italic, mono bool) fontVariant {
	switch {
	case mono:
		return fontMono
	case bold && italic:
		return fontBoldItalic
	case bold:
		return fontBold
	case italic:
		return fontItalic
	}
	return fontRegular
}

func (v fontVariant) textStyle() fyne.TextStyle {
	switch v {
	case fontBold:
		return fyne.TextStyle{Bold: true}
	case fontItalic:
		return fyne.TextStyle{Italic: true}
	case fontBoldItalic:
		return fyne.TextStyle{Bold: true, Italic: true}
	case fontMono:
		return fyne.TextStyle{Monospace: true}
	}
	return fyne.TextStyle{}
}

func (v fontVariant) bold() bool   { return v == fontBold || v == fontBoldItalic }
func (v fontVariant) italic() bool { return v == fontItalic || v == fontBoldItalic }

// glyphKey names a font at a size.
type glyphKey struct {
	variant fontVariant
	size    float32
}

// glyphTable holds the advances of the glyphs measured so far in one font
// at one size, and the font's height and ascent there.
type glyphTable struct {
	key            glyphKey
	ascii          [128]float32 // negative until measured
	other          map[rune]float32
	height, ascent float32
}

// glyphCache holds the glyph tables for the fonts of the current theme. It
// is used on the UI goroutine only.
type glyphCache struct {
	key    string
	tables map[glyphKey]*glyphTable
	last   *glyphTable // the table asked for last, as runs of text share one
}

var glyphs glyphCache

// refresh resets the cache when the theme's fonts changed.
func (g *glyphCache) refresh() {
	key := theme.TextFont().Name() + "|" + theme.TextBoldFont().Name() + "|" + theme.TextItalicFont().Name() + "|" +
		theme.TextBoldItalicFont().Name() + "|" + theme.TextMonospaceFont().Name()
	if key == g.key && g.tables != nil {
		return
	}
	g.key = key
	g.tables = map[glyphKey]*glyphTable{}
	g.last = nil
}

// table returns the glyph table of font v at size.
func (g *glyphCache) table(v fontVariant, size float32) *glyphTable {
	k := glyphKey{v, size}
	if g.last != nil && g.last.key == k {
		return g.last
	}
	if g.tables == nil {
		g.refresh()
	}
	t, ok := g.tables[k]
	if !ok {
		t = &glyphTable{key: k, other: map[rune]float32{}}
		for i := range t.ascii {
			t.ascii[i] = -1
		}
		sz, base := fyne.CurrentApp().Driver().RenderedTextSize("Mg", size, v.textStyle(), nil)
		t.height, t.ascent = sz.Height, base
		g.tables[k] = t
	}
	g.last = t
	return t
}

// advance returns the advance of c in font v at size.
func (g *glyphCache) advance(v fontVariant, size float32, c rune) float32 {
	return g.table(v, size).advance(c)
}

func (t *glyphTable) advance(c rune) float32 {
	if c < 128 {
		if a := t.ascii[c]; a >= 0 {
			return a
		}
		a := t.measure(c)
		t.ascii[c] = a
		return a
	}
	if a, ok := t.other[c]; ok {
		return a
	}
	a := t.measure(c)
	t.other[c] = a
	return a
}

func (t *glyphTable) measure(c rune) float32 {
	switch {
	case c == '\t':
		return 4 * t.advance(' ')
	case c == '\n' || unicode.IsControl(c):
		return 0
	}
	return fyne.MeasureText(string(c), t.key.size, t.key.variant.textStyle()).Width
}

// inlineStyle is the set of inline spans over a rune.
type inlineStyle uint8

const (
	inlineEm inlineStyle = 1 << iota
	inlineStrong
	inlineCode
	inlineLink
)

// codeScale is the size of inline and preformatted code relative to the
// text around it: monospace glyphs look larger at the same size.
const codeScale = 0.88

// blockFormat is how a kind of block is set.
type blockFormat struct {
	size       float32
	variant    fontVariant
	lineHeight float32
	indent     float32 // from the column's left edge
	color      fyne.ThemeColorName
}

// lineKind says what a laid out line shows.
type lineKind uint8

const (
	lineText    lineKind = iota // canonical text
	lineLiteral                 // text that is not part of the canonical text
)

// readerLine is one laid out line. Offsets are canonical rune offsets;
// a literal line (an image's alt text, the orphan list) has start == end at
// the offset a click on it maps to.
type readerLine struct {
	top, height float32
	base        float32 // baseline, from top
	x0, x1      float32 // left of the first rune and right of the last
	start, end  int
	p0, p1      int32 // pieces
	block       int32 // index in the document's blocks, or -1
	orphan      int32 // index in the orphan list, or -1
	lit         int32 // index in literals, or -1
	kind        lineKind
	size        float32
	color       fyne.ThemeColorName
}

func (l *readerLine) bottom() float32 { return l.top + l.height }

// readerPiece is a run of a line in one font: it becomes one canvas.Text.
type readerPiece struct {
	x, w       float32
	start, end int32 // canonical offsets, or rune indexes into the line's literal
	variant    fontVariant
	style      inlineStyle
	size       float32
}

// decorKind names a decoration of the layout that is not text.
type decorKind uint8

const (
	decorQuoteBar decorKind = iota
	decorPreBox
	decorImageBox
	decorOrphanBox
	decorOrphanBar
	decorNoticeBox
	decorNoticeBar
	decorBullet
	decorPicture // text is the picture's address
)

// readerDecor is a box, bar or list marker drawn with the text.
type readerDecor struct {
	kind       decorKind
	x, y, w, h float32
	base       float32 // bullets: baseline from y
	size       float32
	variant    fontVariant
	text       string
	color      annotate.Color // orphan bars
}

// readerLayout is a document laid out for one width and text size.
type readerLayout struct {
	fontKey      string
	width, size  float32
	left, column float32 // the text column
	height       float32
	lines        []readerLine
	pieces       []readerPiece
	decor        []readerDecor
	runeX        []float32 // x of each canonical rune on its line
	literals     [][]rune
}

// readerFormats returns the format of each kind of block for body size s.
func readerFormats(s float32) (body, quote, pre, caption blockFormat, heading [7]blockFormat) {
	s = textSizeOf(s)
	body = blockFormat{size: s, variant: fontRegular, lineHeight: s * 1.6, color: theme.ColorNameForeground}
	quote = body
	quote.variant = fontItalic
	quote.indent = s * 1.4
	ps := textSizeOf(s * codeScale)
	pre = blockFormat{size: ps, variant: fontMono, lineHeight: ps * 1.5, indent: s * 0.9, color: theme.ColorNameForeground}
	cs := textSizeOf(s * 0.85)
	caption = blockFormat{size: cs, variant: fontItalic, lineHeight: cs * 1.5, color: theme.ColorNamePlaceHolder}
	scales := [7]float32{1, 1.9, 1.5, 1.25, 1.1, 1, 0.95}
	for l := 1; l <= 6; l++ {
		hs := textSizeOf(s * scales[l])
		heading[l] = blockFormat{size: hs, variant: fontBold, lineHeight: hs * 1.3, color: theme.ColorNameForeground}
	}
	return
}

// layoutBuilder holds scratch space while laying out.
type layoutBuilder struct {
	l      *readerLayout
	y      float32
	adv    []float32
	xs     []float32
	vars   []fontVariant
	sizes  []float32
	styles []inlineStyle
}

// buildReaderLayout lays out r's document (and orphan list) for width.
func buildReaderLayout(r *Reader, width float32) *readerLayout {
	glyphs.refresh()
	s := r.TextSize()
	l := &readerLayout{fontKey: glyphs.key, width: width, size: s, runeX: make([]float32, len(r.text))}
	b := &layoutBuilder{l: l}
	body, quote, pre, caption, heading := readerFormats(s)

	// A measure of about 70 characters of body text, centred, with at least
	// two ems of margin on narrow windows.
	const sample = "the quick brown fox jumps over a lazy dog and then "
	var sw float32
	for _, c := range sample {
		sw += glyphs.advance(fontRegular, s, c)
	}
	measure := sw / float32(len(sample)) * 70
	margin := 2 * s
	l.column = max(min(measure, width-2*margin), 8*s)
	l.left = max((width-l.column)/2, 0)

	b.y = 1.5 * s
	b.header(r, heading[1], caption)
	if strings.TrimSpace(r.notice) != "" {
		b.noticeBar(r, caption)
	}
	if len(r.orphans) > 0 {
		b.orphanList(r, caption, body)
	}

	type listState struct{ counters [16]int }
	var list listState
	var prev *clip.Block
	next := make([]int, len(r.doc.Blocks)) // offset a non-text block maps to
	nextOff := len(r.text)
	for i := len(r.doc.Blocks) - 1; i >= 0; i-- {
		if r.blockOff[i] >= 0 {
			nextOff = r.blockOff[i]
		}
		next[i] = nextOff
	}
	for i := range r.doc.Blocks {
		blk := &r.doc.Blocks[i]
		if blk.Kind != clip.BlockImage && !blk.HasText() {
			continue
		}
		if prev != nil {
			b.y += blockGap(prev, blk, s)
		}
		if blk.Kind != clip.BlockListItem {
			list = listState{}
		}
		off := r.blockOff[i]
		var runes []rune
		if off >= 0 {
			runes = r.text[off : off+r.blockLen[i]]
		}
		switch blk.Kind {
		case clip.BlockHeading:
			lv := max(1, min(blk.Level, 6))
			b.text(runes, blk.Spans, off, heading[lv], l.left, l.column, i)
		case clip.BlockQuote:
			top := b.y
			b.text(runes, blk.Spans, off, quote, l.left+quote.indent, l.column-quote.indent, i)
			bar := readerDecor{kind: decorQuoteBar, x: l.left + s*0.2, y: top, w: max(3, s/5), h: b.y - top}
			// Consecutive quote blocks share one bar across the gap.
			if prev != nil && prev.Kind == clip.BlockQuote && len(l.decor) > 0 && l.decor[len(l.decor)-1].kind == decorQuoteBar {
				last := &l.decor[len(l.decor)-1]
				last.h = b.y - last.y
			} else {
				l.decor = append(l.decor, bar)
			}
		case clip.BlockListItem:
			depth := max(0, min(blk.Level, len(list.counters)-2))
			for d := depth + 1; d < len(list.counters); d++ {
				list.counters[d] = 0
			}
			list.counters[depth]++
			indent := s * 1.6 * float32(depth+1)
			marker := bulletFor(depth)
			if blk.Ordered {
				marker = strconv.Itoa(list.counters[depth]) + "."
			}
			first := len(l.lines)
			b.text(runes, blk.Spans, off, body, l.left+indent, l.column-indent, i)
			if first < len(l.lines) {
				ln := l.lines[first]
				var mw float32
				for _, c := range marker {
					mw += glyphs.advance(fontRegular, body.size, c)
				}
				l.decor = append(l.decor, readerDecor{
					kind: decorBullet, x: l.left + indent - s*0.5 - mw, y: ln.top, w: mw, h: ln.height,
					base: ln.base, size: body.size, variant: fontRegular, text: marker,
				})
			}
		case clip.BlockPre:
			pad := s * 0.6
			top := b.y
			b.y += pad
			b.text(runes, blk.Spans, off, pre, l.left+pre.indent, l.column-2*pre.indent, i)
			b.y += pad
			l.decor = append(l.decor, readerDecor{kind: decorPreBox, x: l.left, y: top, w: l.column, h: b.y - top})
		case clip.BlockCaption:
			b.text(runes, blk.Spans, off, caption, l.left, l.column, i)
		case clip.BlockImage:
			b.image(r, blk, i, next[i], caption)
		default:
			b.text(runes, blk.Spans, off, body, l.left, l.column, i)
		}
		prev = blk
	}
	l.height = b.y + 3*s
	return l
}

// bulletFor is the marker of an unordered list item at depth.
func bulletFor(depth int) string {
	switch depth % 3 {
	case 1:
		return "◦"
	case 2:
		return "▪"
	}
	return "•"
}

// blockGap is the space between two consecutive blocks.
func blockGap(prev, cur *clip.Block, s float32) float32 {
	switch {
	case cur.Kind == clip.BlockHeading:
		if cur.Level <= 2 {
			return 1.6 * s
		}
		return 1.3 * s
	case prev.Kind == clip.BlockHeading:
		return 0.6 * s
	case prev.Kind == clip.BlockListItem && cur.Kind == clip.BlockListItem:
		return 0.35 * s
	case cur.Kind == clip.BlockCaption:
		return 0.5 * s
	}
	return 0.9 * s
}

// header lays out the article's title and metadata line above the text,
// unless the document starts with the title as a heading.
func (b *layoutBuilder) header(r *Reader, title, caption blockFormat) {
	t, meta := strings.TrimSpace(r.header[0]), strings.TrimSpace(r.header[1])
	for _, blk := range r.doc.Blocks {
		if blk.HasText() {
			if blk.Kind == clip.BlockHeading && strings.EqualFold(strings.TrimSpace(blk.Text), t) {
				t = ""
			}
			break
		}
	}
	l := b.l
	if t != "" {
		b.literal([]rune(t), title, l.left, l.column, 0, -1, -1)
		b.y += l.size * 0.5
	}
	if meta != "" {
		m := caption
		m.variant = fontRegular
		b.literal([]rune(meta), m, l.left, l.column, 0, -1, -1)
	}
	if t != "" || meta != "" {
		b.y += l.size * 1.5
	}
}

// noticeBar lays out the reader's notice in a box with a warning-coloured
// bar at its left, between the header and the text.
func (b *layoutBuilder) noticeBar(r *Reader, caption blockFormat) {
	l := b.l
	s := l.size
	pad := s * 0.7
	top := b.y
	box := len(l.decor)
	l.decor = append(l.decor, readerDecor{kind: decorNoticeBox, x: l.left, y: top, w: l.column})
	b.y += pad
	f := caption
	f.variant = fontRegular
	f.color = theme.ColorNameForeground
	bar := s * 0.35
	b.literal([]rune(strings.TrimSpace(r.notice)), f, l.left+pad+bar+s*0.5, l.column-2*pad-bar-s*0.5, 0, -1, -1)
	b.y += pad
	l.decor[box].h = b.y - top
	l.decor = append(l.decor, readerDecor{kind: decorNoticeBar, x: l.left + pad, y: top + pad*0.7, w: bar, h: b.y - top - 1.4*pad})
	b.y += 1.5 * s
}

// orphanList lays out the highlights that no longer anchor, in a box above
// the text, each with its quote and note.
func (b *layoutBuilder) orphanList(r *Reader, caption, body blockFormat) {
	l := b.l
	s := l.size
	pad := s * 0.8
	top := b.y
	// The box goes first so that it is drawn under the colour bars.
	box := len(l.decor)
	l.decor = append(l.decor, readerDecor{kind: decorOrphanBox, x: l.left, y: top, w: l.column})
	b.y += pad
	head := caption
	head.variant = fontBold
	head.color = theme.ColorNameForeground
	n := len(r.orphans)
	title := fmt.Sprintf("%d highlights no longer match the text:", n)
	if n == 1 {
		title = "1 highlight no longer matches the text:"
	}
	b.literal([]rune(title), head, l.left+pad, l.column-2*pad, 0, -1, -1)
	item := caption
	item.color = theme.ColorNameForeground
	for i, h := range r.orphans {
		b.y += s * 0.4
		text := quoteOf(h)
		if h.Note != "" {
			text += " — " + h.Note
		}
		first := len(l.lines)
		b.literal([]rune(text), item, l.left+pad+s, l.column-2*pad-s, 0, -1, int32(i))
		if first < len(l.lines) {
			l.decor = append(l.decor, readerDecor{
				kind: decorOrphanBar, x: l.left + pad, y: l.lines[first].top + s*0.15, w: s * 0.35,
				h: b.y - l.lines[first].top - s*0.3, color: h.Color,
			})
		}
	}
	b.y += pad
	l.decor[box].h = b.y - top
	b.y += 1.5 * s
}

// text lays out a block's runes, which start at canonical offset off.
func (b *layoutBuilder) text(runes []rune, spans []clip.Span, off int, f blockFormat, x0, maxW float32, block int) {
	n := len(runes)
	b.styles = grow(b.styles, n)
	clear(b.styles)
	for _, sp := range spans {
		var st inlineStyle
		switch sp.Kind {
		case clip.SpanEmphasis:
			st = inlineEm
		case clip.SpanStrong:
			st = inlineStrong
		case clip.SpanCode:
			st = inlineCode
		case clip.SpanLink:
			st = inlineLink
		}
		for k := max(sp.Start, 0); k < min(sp.End, n); k++ {
			b.styles[k] |= st
		}
	}
	b.wrap(runes, b.styles, f, x0, maxW, off, -1, block, -1)
}

// literal lays out text that is not part of the canonical text; a click on
// it maps to offset anchor.
func (b *layoutBuilder) literal(runes []rune, f blockFormat, x0, maxW float32, anchor, block int, orphan int32) {
	b.l.literals = append(b.l.literals, runes)
	lit := int32(len(b.l.literals) - 1)
	b.styles = grow(b.styles, len(runes))
	clear(b.styles)
	b.wrap(runes, b.styles, f, x0, maxW, anchor, lit, block, orphan)
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n*2)
	}
	return s[:n]
}

// wrap breaks runes into lines of at most maxW at spaces (or anywhere in a
// word longer than a line) and at newlines, and appends the lines.
func (b *layoutBuilder) wrap(runes []rune, styles []inlineStyle, f blockFormat, x0, maxW float32, off int, lit int32, block int, orphan int32) {
	n := len(runes)
	b.adv = grow(b.adv, n)
	b.xs = grow(b.xs, n)
	b.vars = grow(b.vars, n)
	b.sizes = grow(b.sizes, n)
	for k, c := range runes {
		st := styles[k]
		bold := f.variant.bold() || st&inlineStrong != 0
		italic := f.variant.italic() != (st&inlineEm != 0) // emphasis inside italics is upright
		mono := f.variant == fontMono || st&inlineCode != 0
		v := makeVariant(bold, italic, mono)
		size := f.size
		if st&inlineCode != 0 && f.variant != fontMono {
			size = textSizeOf(size * codeScale)
		}
		b.vars[k], b.sizes[k] = v, size
		b.adv[k] = glyphs.advance(v, size, c)
	}

	ls := 0
	var x float32
	for i := 0; i < n; {
		c := runes[i]
		if c == '\n' {
			b.xs[i] = x
			b.emit(runes, ls, i+1, x, f, x0, off, lit, block, orphan)
			ls, x = i+1, 0
			i++
			continue
		}
		if unicode.IsSpace(c) {
			b.xs[i] = x
			x += b.adv[i]
			i++
			continue
		}
		j := i
		var w float32
		for j < n && !unicode.IsSpace(runes[j]) {
			w += b.adv[j]
			j++
		}
		if x+w > maxW && i > ls {
			b.emit(runes, ls, i, x, f, x0, off, lit, block, orphan)
			ls, x = i, 0
		}
		for k := i; k < j; k++ {
			if w > maxW && x+b.adv[k] > maxW && k > ls {
				b.emit(runes, ls, k, x, f, x0, off, lit, block, orphan)
				ls, x = k, 0
			}
			b.xs[k] = x
			x += b.adv[k]
		}
		i = j
	}
	if ls < n || n == 0 {
		b.emit(runes, ls, n, x, f, x0, off, lit, block, orphan)
	}
}

// emit appends the line of runes [ls, le) whose width is w.
func (b *layoutBuilder) emit(runes []rune, ls, le int, w float32, f blockFormat, x0 float32, off int, lit int32, block int, orphan int32) {
	l := b.l
	v := f.variant
	gt := glyphs.table(v, f.size)
	textH := gt.height
	ln := readerLine{
		top: b.y, height: f.lineHeight,
		base: (f.lineHeight-textH)/2 + gt.ascent,
		x0:   x0, x1: x0 + w,
		block: int32(block), orphan: orphan, lit: lit,
		size: f.size, color: f.color,
		p0: int32(len(l.pieces)),
	}
	if lit < 0 {
		ln.kind = lineText
		ln.start, ln.end = off+ls, off+le
		for k := ls; k < le; k++ {
			l.runeX[off+k] = x0 + b.xs[k]
		}
	} else {
		ln.kind = lineLiteral
		ln.start, ln.end = off, off
	}
	base := off
	if lit >= 0 {
		base = 0
	}
	// Runs of one font become pieces; newlines are not drawn.
	for k := ls; k < le; {
		if runes[k] == '\n' {
			k++
			continue
		}
		j := k + 1
		for j < le && runes[j] != '\n' && b.vars[j] == b.vars[k] && b.sizes[j] == b.sizes[k] && b.styles[j] == b.styles[k] {
			j++
		}
		l.pieces = append(l.pieces, readerPiece{
			x: x0 + b.xs[k], w: b.xs[j-1] + b.adv[j-1] - b.xs[k],
			start: int32(base + k), end: int32(base + j),
			variant: b.vars[k], style: b.styles[k], size: b.sizes[k],
		})
		k = j
	}
	ln.p1 = int32(len(l.pieces))
	l.lines = append(l.lines, ln)
	b.y += f.lineHeight
}

// lineAtY returns the index of the line nearest to document y, or -1 when
// there are no lines.
func (l *readerLayout) lineAtY(y float32) int {
	n := len(l.lines)
	if n == 0 {
		return -1
	}
	i := sort.Search(n, func(i int) bool { return l.lines[i].bottom() > y })
	if i == n {
		return n - 1
	}
	// In the gap above line i: take whichever line is nearer.
	if i > 0 && y < l.lines[i].top && l.lines[i].top-y > y-l.lines[i-1].bottom() {
		return i - 1
	}
	return i
}

// offsetAt maps a point in document coordinates to the canonical offset of
// the nearest rune boundary: a binary search over lines, then over the
// line's rune positions.
func (l *readerLayout) offsetAt(x, y float32) int {
	li := l.lineAtY(y)
	if li < 0 {
		return 0
	}
	ln := &l.lines[li]
	if ln.kind != lineText || ln.start == ln.end {
		return ln.start
	}
	if x <= ln.x0 {
		return ln.start
	}
	if x >= ln.x1 {
		return l.lineEnd(ln)
	}
	xs := l.runeX[ln.start:ln.end]
	k := sort.Search(len(xs), func(i int) bool { return xs[i] > x }) - 1
	if k < 0 {
		return ln.start
	}
	right := ln.x1
	if k+1 < len(xs) {
		right = xs[k+1]
	}
	if x-xs[k] > (right-xs[k])/2 {
		k++
	}
	return min(ln.start+k, l.lineEnd(ln))
}

// lineEnd is the offset the end of a line maps to: before its newline, if
// it ends with one.
func (l *readerLayout) lineEnd(ln *readerLine) int {
	if ln.end > ln.start && l.pieces != nil && ln.p1 > ln.p0 && int(l.pieces[ln.p1-1].end) < ln.end {
		return int(l.pieces[ln.p1-1].end)
	}
	return ln.end
}

// lineOf returns the index of the text line holding offset (the later line
// when the offset is where one line ends and the next starts), or -1.
func (l *readerLayout) lineOf(off int) int {
	n := len(l.lines)
	i := sort.Search(n, func(i int) bool { return l.lines[i].end > off })
	for i < n && l.lines[i].kind != lineText {
		i++
	}
	if i >= n {
		// Past the end: the last text line.
		for i = n - 1; i >= 0 && l.lines[i].kind != lineText; i-- {
		}
	}
	return i
}

// xAt is the x of offset on line ln, clamped to the line.
func (l *readerLayout) xAt(ln *readerLine, off int) float32 {
	if off <= ln.start {
		return ln.x0
	}
	if off >= ln.end {
		return ln.x1
	}
	return l.runeX[off]
}

// visible returns the lines [first, last) that intersect the document's
// vertical range [top, bottom).
func (l *readerLayout) visible(top, bottom float32) (first, last int) {
	n := len(l.lines)
	first = sort.Search(n, func(i int) bool { return l.lines[i].bottom() > top })
	last = sort.Search(n, func(i int) bool { return l.lines[i].top >= bottom })
	return first, max(first, last)
}
