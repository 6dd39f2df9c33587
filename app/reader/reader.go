package reader

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/clip"
)

// Reader shows a clipping's document with its annotations and raises
// callbacks with rune offsets for what the person selects and asks for.
type Reader struct {
	widget.BaseWidget

	// OnHighlight is raised to highlight [start, end) in colour c.
	OnHighlight func(start, end int, c annotate.Color)
	// OnNote is raised to add a note to [start, end).
	OnNote func(start, end int)
	// OnTag is raised to tag [start, end) as a new or matching entity of
	// type t; all asks to tag every mention of it in the clipping too.
	OnTag func(start, end int, t annotate.EntityType, all bool)
	// OnTagNewType is raised to tag [start, end) with a type the person will
	// name; the window asks for it.
	OnTagNewType func(start, end int, all bool)
	// OnTagExisting is raised to tag [start, end) as a mention of an entity
	// the person picks; the window offers the picker.
	OnTagExisting func(start, end int, all bool)
	// OnHighlightTapped is raised when the person clicks a highlight (the
	// topmost where several overlap) or an orphaned highlight in the list
	// above the text.
	OnHighlightTapped func(h annotate.Highlight)
	// OnMentionTapped is raised when the person clicks an entity mention.
	OnMentionTapped func(m annotate.Mention)
	// OnSelectionChanged is raised when a selection is made or cleared;
	// while dragging, once the drag ends.
	OnSelectionChanged func(start, end int)
	// OnLinkTapped is raised when the person clicks a link that has no
	// highlight or mention on it; the window may open it.
	OnLinkTapped func(href string)
	// OnPictureTapped is raised when the person clicks a picture, with its
	// address; the window opens it larger.
	OnPictureTapped func(src string)

	doc      clip.Document
	pictures map[string]Picture // by image block address; see SetPictures
	pics     pictureCache
	text     []rune // canonical text
	blockOff []int  // clip.Document.BlockOffsets
	blockLen []int  // each block's text length in runes
	// textBlocks holds the indexes of the blocks with text, in order, for
	// finding the block at an offset by binary search.
	textBlocks []int
	lower      []rune // lower-cased text for find, made on first use

	highlights []annotate.Highlight // anchored, ordered by start
	orphans    []annotate.Highlight
	header     [2]string       // title and metadata line shown above the text
	notice     string          // a note on the article, in a bar above the text
	mentions   []readerMention // not rejected, ordered by start

	textSize float32 // 0 follows the theme
	layout   *readerLayout
	// layoutStale asks for the layout to be redone keeping the view where
	// it is, as after a change to the orphan list.
	layoutStale bool
	scrollY     float32
	// pendingScroll is an offset ScrollTo was asked for before the reader
	// had a size, or -1.
	pendingScroll int
	lastColor     annotate.Color

	anchor, caret int  // the selection is [min, max) of the two
	pressed       bool // between MouseDown and MouseUp
	dragging      bool
	reported      [2]int     // the selection OnSelectionChanged last reported
	dragUnit      selectUnit // how a drag extends: by rune, word or block
	dragOrigin    [2]int     // the word or block a multi-click drag started from
	clicks        int
	lastClick     time.Time
	lastClickPos  fyne.Position
	shiftDown     bool
	focused       bool
	toolbarShown  bool

	dragPos    fyne.Position   // where the pointer was at the last drag event
	autoScroll *fyne.Animation // scrolls while a drag holds past an edge
	autoLast   time.Time
	hoverLink  bool

	flashStart, flashEnd int
	flashAlpha           float32
	flashAnim            *fyne.Animation

	find    readerFind
	findBar *readerFindBar // set by the renderer
}

// readerMention is a mention with the type of its entity, which colours it.
type readerMention struct {
	annotate.Mention
	typ annotate.EntityType
}

// selectUnit is the granularity a drag selects by.
type selectUnit int

const (
	unitRune selectUnit = iota
	unitWord
	unitBlock
)

// New returns an empty reader; give it a document with SetDocument.
func New() *Reader {
	r := &Reader{lastColor: annotate.Yellow, flashStart: -1, flashEnd: -1, pendingScroll: -1}
	r.find.current = -1
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer is part of fyne.Widget.
func (r *Reader) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	return newReaderRenderer(r)
}

// SetDocument replaces the document shown. The selection, find results and
// scroll position are reset; highlights and mentions are kept until the next
// SetHighlights and SetMentions, which the window calls with the new
// clipping's annotations.
func (r *Reader) SetDocument(doc clip.Document) {
	r.doc = doc
	r.text = []rune(doc.Text())
	r.blockOff = doc.BlockOffsets()
	r.blockLen = make([]int, len(doc.Blocks))
	r.textBlocks = r.textBlocks[:0]
	for i, b := range doc.Blocks {
		r.blockLen[i] = utf8.RuneCountInString(b.Text)
		if r.blockOff[i] >= 0 {
			r.textBlocks = append(r.textBlocks, i)
		}
	}
	r.lower = nil
	r.anchor, r.caret = 0, 0
	r.reported = [2]int{}
	r.flashStart, r.flashEnd = -1, -1
	r.scrollY = 0
	r.pendingScroll = -1
	r.toolbarShown = false
	r.find.reset()
	r.pictures = nil
	r.pics.reset()
	r.layout = nil
	r.Refresh()
}

// SetHeader sets the title and the line of metadata (byline, site, date)
// shown above the article. They are not part of the canonical text: they
// cannot be selected or annotated. A title the document starts with
// already, as its first heading, is not shown twice.
func (r *Reader) SetHeader(title, meta string) {
	if r.header == [2]string{title, meta} {
		return
	}
	r.header = [2]string{title, meta}
	r.layout = nil
	r.Refresh()
}

// SetNotice sets a short note on the article, shown in a bar between the
// header and the text (that the extraction was uncertain, say); "" shows
// none. Like the header it is not part of the canonical text.
func (r *Reader) SetNotice(text string) {
	if r.notice == text {
		return
	}
	r.notice = text
	r.layout = nil
	r.Refresh()
}

// Notice returns the note shown above the article, or "".
func (r *Reader) Notice() string { return r.notice }

// SetHighlights replaces the highlights painted. Orphaned highlights are
// listed above the text; the others are painted behind it, later ones on top.
func (r *Reader) SetHighlights(hs []annotate.Highlight) {
	r.highlights = r.highlights[:0]
	var orphans []annotate.Highlight
	for _, h := range hs {
		if h.Orphaned || h.Selector.End <= h.Selector.Start || h.Selector.End > len(r.text) {
			orphans = append(orphans, h)
			continue
		}
		r.highlights = append(r.highlights, h)
	}
	sort.SliceStable(r.highlights, func(i, j int) bool {
		return r.highlights[i].Selector.Start < r.highlights[j].Selector.Start
	})
	// The orphan list is laid out with the text, so a change to it means
	// laying out again; painting highlights does not.
	if !sameOrphans(r.orphans, orphans) {
		r.layoutStale = true
	}
	r.orphans = orphans
	r.Refresh()
}

// sameOrphans reports whether two orphan lists lay out the same.
func sameOrphans(a, b []annotate.Highlight) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Note != b[i].Note || a[i].Color != b[i].Color || a[i].Selector.Exact != b[i].Selector.Exact {
			return false
		}
	}
	return true
}

// SetMentions replaces the entity mentions underlined. entities gives each
// mention's entity, whose type colours the underline; rejected and orphaned
// mentions are not shown, suggested ones are dashed and lighter.
func (r *Reader) SetMentions(ms []annotate.Mention, entities map[int64]annotate.Entity) {
	r.mentions = r.mentions[:0]
	for _, m := range ms {
		if m.Status == annotate.Rejected || m.Orphaned || m.Selector.End <= m.Selector.Start || m.Selector.End > len(r.text) {
			continue
		}
		typ := annotate.Other
		if e, ok := entities[m.EntityID]; ok && e.Type != "" {
			typ = e.Type
		}
		r.mentions = append(r.mentions, readerMention{Mention: m, typ: typ})
	}
	sort.SliceStable(r.mentions, func(i, j int) bool {
		return r.mentions[i].Selector.Start < r.mentions[j].Selector.Start
	})
	r.Refresh()
}

// SetTextSize sets the size of body text; headings and captions scale with
// it. Zero follows the theme's text size.
func (r *Reader) SetTextSize(size float32) {
	if size < 0 {
		size = 0
	}
	if size == r.textSize {
		return
	}
	r.textSize = size
	r.Refresh()
}

// TextSize returns the size of body text in use, rounded to a whole number
// (see textSizeOf).
func (r *Reader) TextSize() float32 {
	if r.textSize > 0 {
		return textSizeOf(r.textSize)
	}
	return defaultReaderTextSize()
}

// defaultReaderTextSize is a little larger than the theme's interface text,
// as long-form reading wants.
func defaultReaderTextSize() float32 {
	return textSizeOf(theme.TextSize() * 16 / 14)
}

// Text returns the canonical text of the document shown.
func (r *Reader) Text() string { return string(r.text) }

// Select selects [start, end), clamped to the text, and scrolls it into view.
func (r *Reader) Select(start, end int) {
	start, end = r.clamp(start), r.clamp(end)
	if end < start {
		start, end = end, start
	}
	r.setSelection(start, end)
	r.toolbarShown = start != end
	r.ScrollTo(start)
	r.Refresh()
	r.selectionChanged()
}

// Selection returns the selected rune offsets [start, end); start == end when
// nothing is selected.
func (r *Reader) Selection() (start, end int) {
	return min(r.anchor, r.caret), max(r.anchor, r.caret)
}

// SelectedText returns the selected part of the canonical text.
func (r *Reader) SelectedText() string {
	s, e := r.Selection()
	return string(r.text[s:e])
}

// ClearSelection removes the selection.
func (r *Reader) ClearSelection() {
	s, e := r.Selection()
	r.anchor = r.caret
	r.toolbarShown = false
	r.Refresh()
	if s != e {
		r.selectionChanged()
	}
}

// setSelection sets the selection without refreshing or raising callbacks.
func (r *Reader) setSelection(anchor, caret int) {
	r.anchor, r.caret = r.clamp(anchor), r.clamp(caret)
}

// selectionChanged raises OnSelectionChanged if the selection differs from
// the one last reported.
func (r *Reader) selectionChanged() {
	s, e := r.Selection()
	if s == e {
		s, e = 0, 0
	}
	if r.reported == [2]int{s, e} {
		return
	}
	r.reported = [2]int{s, e}
	if r.OnSelectionChanged != nil {
		r.OnSelectionChanged(s, e)
	}
}

func (r *Reader) clamp(off int) int {
	return max(0, min(off, len(r.text)))
}

// wordAt returns the word around offset: a run of letters, digits and
// joining punctuation, or the single other rune at offset.
func (r *Reader) wordAt(off int) (start, end int) {
	off = r.clamp(off)
	if off == len(r.text) && off > 0 {
		off--
	}
	if off >= len(r.text) {
		return off, off
	}
	if !isWordRune(r.text[off]) {
		// Prefer the word just before, as a click past a word's end means it.
		if off > 0 && isWordRune(r.text[off-1]) {
			off--
		} else {
			return off, off + 1
		}
	}
	start, end = off, off
	for start > 0 && isWordRune(r.text[start-1]) {
		start--
	}
	for end < len(r.text) && isWordRune(r.text[end]) {
		end++
	}
	// Apostrophes and hyphens join words but do not end them.
	for end > start && !unicode.IsLetter(r.text[end-1]) && !unicode.IsDigit(r.text[end-1]) {
		end--
	}
	for start < end && !unicode.IsLetter(r.text[start]) && !unicode.IsDigit(r.text[start]) {
		start++
	}
	if start == end {
		return off, off + 1
	}
	return start, end
}

func isWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '\'' || c == '’' || c == '-' || c == '_'
}

// blockIndex returns the index of the block whose text holds offset, or
// whose separator before it does; -1 if no block has text.
func (r *Reader) blockIndex(off int) int {
	tb := r.textBlocks
	k := sort.Search(len(tb), func(k int) bool {
		i := tb[k]
		return r.blockOff[i]+r.blockLen[i] >= off
	})
	if k == len(tb) {
		k--
	}
	if k < 0 {
		return -1
	}
	return tb[k]
}

// blockAt returns the text of the block around offset.
func (r *Reader) blockAt(off int) (start, end int) {
	off = r.clamp(off)
	i := r.blockIndex(off)
	if i < 0 {
		return off, off
	}
	return r.blockOff[i], r.blockOff[i] + r.blockLen[i]
}

// trimSelection drops the spaces and block separators at the ends of
// [start, end), which a person rarely means to annotate.
func (r *Reader) trimSelection(start, end int) (int, int) {
	for start < end && unicode.IsSpace(r.text[start]) {
		start++
	}
	for end > start && unicode.IsSpace(r.text[end-1]) {
		end--
	}
	return start, end
}

// annotationRange is the selection as annotations take it, trimmed; ok is
// false when nothing is selected.
func (r *Reader) annotationRange() (start, end int, ok bool) {
	s, e := r.trimSelection(r.Selection())
	return s, e, s < e
}

// Highlight raises OnHighlight for the selection in colour c and
// remembers c for the H key.
func (r *Reader) highlightSelection(c annotate.Color) {
	s, e, ok := r.annotationRange()
	if !ok {
		return
	}
	r.lastColor = c
	r.hideToolbar()
	if r.OnHighlight != nil {
		r.OnHighlight(s, e, c)
	}
}

func (r *Reader) noteSelection() {
	s, e, ok := r.annotationRange()
	if !ok {
		return
	}
	r.hideToolbar()
	if r.OnNote != nil {
		r.OnNote(s, e)
	}
}

func (r *Reader) tagSelection(t annotate.EntityType, all bool) {
	s, e, ok := r.annotationRange()
	if !ok {
		return
	}
	r.hideToolbar()
	if r.OnTag != nil {
		r.OnTag(s, e, t, all)
	}
}

func (r *Reader) tagSelectionNewType(all bool) {
	s, e, ok := r.annotationRange()
	if !ok {
		return
	}
	r.hideToolbar()
	if r.OnTagNewType != nil {
		r.OnTagNewType(s, e, all)
	}
}

func (r *Reader) tagSelectionExisting(all bool) {
	s, e, ok := r.annotationRange()
	if !ok {
		return
	}
	r.hideToolbar()
	if r.OnTagExisting != nil {
		r.OnTagExisting(s, e, all)
	}
}

// copySelection puts the selected canonical text on the clipboard.
func (r *Reader) copySelection() {
	s, e := r.Selection()
	if s == e {
		return
	}
	if app := fyne.CurrentApp(); app != nil {
		app.Clipboard().SetContent(string(r.text[s:e]))
	}
}

// hideToolbar hides the selection toolbar, keeping the selection, once the
// person has used it.
func (r *Reader) hideToolbar() {
	if r.toolbarShown {
		r.toolbarShown = false
		r.Refresh()
	}
}

// highlightAt returns the topmost highlight covering offset: the one
// painted last.
func (r *Reader) highlightAt(off int) (annotate.Highlight, bool) {
	for i := len(r.highlights) - 1; i >= 0; i-- {
		h := r.highlights[i]
		if h.Selector.Start <= off && off < h.Selector.End {
			return h, true
		}
	}
	return annotate.Highlight{}, false
}

// mentionAt returns the mention covering offset, the shortest where
// several do.
func (r *Reader) mentionAt(off int) (annotate.Mention, bool) {
	best := -1
	for i, m := range r.mentions {
		if m.Selector.Start > off {
			break
		}
		if off < m.Selector.End && (best < 0 || m.Selector.End-m.Selector.Start < r.mentions[best].Selector.End-r.mentions[best].Selector.Start) {
			best = i
		}
	}
	if best < 0 {
		return annotate.Mention{}, false
	}
	return r.mentions[best].Mention, true
}

// linkAt returns the target of the link over offset.
func (r *Reader) linkAt(off int) (string, bool) {
	i := r.blockIndex(off)
	if i < 0 {
		return "", false
	}
	o := r.blockOff[i]
	for _, sp := range r.doc.Blocks[i].Spans {
		if sp.Kind == clip.SpanLink && o+sp.Start <= off && off < o+sp.End && sp.Href != "" {
			return sp.Href, true
		}
	}
	return "", false
}

// quoteOf is an orphan's quote for the list above the text.
func quoteOf(h annotate.Highlight) string {
	q := strings.Join(strings.Fields(h.Selector.Exact), " ")
	if q == "" {
		q = "(no quote)"
	}
	return "“" + q + "”"
}

// SetDefaultColor sets the colour the H key and the toolbar's first command
// highlight in until the person picks another (the default highlight colour
// of the preferences). A colour not in the palette is ignored.
func (r *Reader) SetDefaultColor(c annotate.Color) {
	if slices.Contains(annotate.Colors, c) {
		r.lastColor = c
	}
}
