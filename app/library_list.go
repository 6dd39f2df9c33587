package app

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/app/reader"
	"margin/library"
)

// listPageSize is how many summaries one query fetches for the list.
const listPageSize = 100

// listMaxPages bounds the pages kept in memory; scrolling far through a
// large library drops the others.
const listMaxPages = 40

// countCap is how far the list counts a search's matches: past it the
// header says "more than 1,000 clippings found" and the list grows a page
// at a time as it is scrolled (see libraryList.more). Counting every match
// of a broad search over a large library costs as much as its first page.
// Tests change it.
var countCap = 1000

// listRetryAfter is how long the list waits, after a page could not be
// read, before a scroll asks for a page again; a reload asks at once.
// Without the wait every row drawn would ask again and show the error again.
const listRetryAfter = 5 * time.Second

// searchDelay is how long the search box waits after a keystroke before
// searching, so typing a word runs one query, not one a letter.
const searchDelay = 150 * time.Millisecond

// Labels of the filter selects' "no filter" choices and the sorts.
const (
	anyTag    = "All tags"
	anySite   = "All sites"
	anyEntity = "All entities"
)

var sortLabels = map[library.Sort]string{
	library.SortRelevance: "Best match",
	library.SortAdded:     "Newest added",
	library.SortPublished: "Newest published",
	library.SortTitle:     "Title A–Z",
}

// libraryList is the left column: a search box, filters and a virtualised
// list of the clippings they select. The list asks the library for one page
// of summaries at a time as rows scroll into view and keeps the pages it
// has, so a library of 50,000 clippings opens and scrolls as fast as one
// of fifty.
type libraryList struct {
	lib   *library.Library
	tasks *tasks
	// onOpen opens the clipping the person picked.
	onOpen func(id int64)

	search  *widget.Entry
	tag     *widget.Select
	site    *widget.Select
	entity  *widget.Select
	sort    *widget.Select
	count   *quietText
	empty   *quietText
	list    *widget.List
	content fyne.CanvasObject

	// UI goroutine state.
	filter library.Filter
	gen    int // bumped when the filter changes; older results are dropped
	total  int
	// more is set when the search matches more clippings than the list
	// counted (countCap): total is then what the list knows of, and grows
	// by a page each time its last page is read full.
	more  bool
	pages map[int][]library.Summary
	// reading is set while a page is read; one is read at a time (see
	// loadPage).
	reading bool
	openID  int64
	quiet   bool // set while the list selects the open row itself
	// browseSort and searchSort are the orders the person last chose
	// without and with a search: the list switches between them as a
	// search starts and ends, so a search shows its best matches first
	// and clearing it goes back to the library as it was sorted.
	browseSort, searchSort library.Sort
	// searching is whether the pages shown are a search's, with snippets.
	searching bool
	// countText is the count the list shows, without the picked ones.
	countText string
	// picked are the clippings picked with Ctrl+click, for an export of
	// several, in the order picked.
	picked []int64
	// pendingOpen is set when Enter in the search box asked for the first
	// result, which opens once the search has shown it.
	pendingOpen bool
	timer       *time.Timer
	// ctx is the last reload's context, in which the pages of its filter
	// are read; cancel cancels it, when the next reload starts.
	ctx    context.Context
	cancel context.CancelFunc
	// failed is when a page of this reload could not be read; the error
	// was shown then, and the rows left blank say so.
	failed time.Time
}

// newLibraryList is the list of lib's clippings; onOpen opens the one the
// person picks.
func newLibraryList(lib *library.Library, t *tasks, onOpen func(id int64)) *libraryList {
	l := &libraryList{lib: lib, tasks: t, onOpen: onOpen, pages: map[int][]library.Summary{},
		browseSort: library.SortAdded, searchSort: library.SortRelevance, ctx: t.ctx}
	l.filter.Sort = l.browseSort

	l.search = widget.NewEntry()
	l.search.SetPlaceHolder("Search the library  (Ctrl+K)")
	l.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	l.search.OnChanged = l.typed
	l.search.OnSubmitted = func(string) { l.openFirst() }

	l.tag = widget.NewSelect([]string{anyTag}, func(s string) { l.setFilter(func(f *library.Filter) { f.Tag = unlessAny(s, anyTag) }) })
	l.tag.PlaceHolder = anyTag
	l.site = widget.NewSelect([]string{anySite}, func(s string) { l.setFilter(func(f *library.Filter) { f.Site = unlessAny(s, anySite) }) })
	l.site.PlaceHolder = anySite
	l.entity = widget.NewSelect([]string{anyEntity}, func(s string) {
		l.setFilter(func(f *library.Filter) { f.Entity = entityFromLabel(unlessAny(s, anyEntity)) })
	})
	l.entity.PlaceHolder = anyEntity
	l.sort = widget.NewSelect(sortOptions(false), l.sorted)
	l.sort.SetSelected(sortLabels[library.SortAdded])

	l.count = newQuietText("", theme.SizeNameCaptionText)

	l.list = widget.NewList(l.length, l.newRow, l.updateRow)
	l.list.OnSelected = l.selected

	filters := container.NewGridWithColumns(2, l.tag, l.site, l.entity, l.sort)
	// Over the list when it is empty: why, and what to do.
	l.empty = hint("")
	l.empty.setAlignment(fyne.TextAlignCenter)
	l.empty.Hide()
	top := container.NewVBox(l.search, filters, l.count)
	l.content = container.NewBorder(top, nil, nil, nil,
		container.NewStack(l.list, container.NewVBox(container.NewPadded(l.empty))))
	return l
}

// unlessAny maps a select's "all" choice to no filter.
func unlessAny(s, all string) string {
	if s == all {
		return ""
	}
	return s
}

// entityFromLabel strips the count from an entity select's label.
func entityFromLabel(s string) string {
	if i := strings.LastIndex(s, " ("); i > 0 {
		return s[:i]
	}
	return s
}

// sortOptions are the sort select's choices: "Best match" only while
// searching.
func sortOptions(searching bool) []string {
	opts := []string{sortLabels[library.SortAdded], sortLabels[library.SortPublished], sortLabels[library.SortTitle]}
	if searching {
		opts = append([]string{sortLabels[library.SortRelevance]}, opts...)
	}
	return opts
}

// sorted is the sort select's handler: the person chose an order, which
// is kept for searches or for browsing, whichever the list is doing.
func (l *libraryList) sorted(label string) {
	s := sortFromLabel(label)
	if l.filter.Query != "" {
		l.searchSort = s
	} else {
		l.browseSort = s
	}
	l.setFilter(func(f *library.Filter) { f.Sort = s })
}

func sortFromLabel(s string) library.Sort {
	for k, v := range sortLabels {
		if v == s {
			return k
		}
	}
	return library.SortAdded
}

// start loads the first page and the filter choices.
func (l *libraryList) start() {
	l.reload(false)
	l.loadChoices()
}

// length is the list's row count: the filter's Count.
func (l *libraryList) length() int { return l.total }

// listRow is one row: the title over the site, date and highlight count,
// with a tick when the clipping is picked. A click opens the clipping;
// Ctrl+click picks it, or drops it from the picked ones.
type listRow struct {
	widget.BaseWidget
	l     *libraryList
	id    widget.ListItemID
	title *widget.Label
	meta  *quietText
	// snippet is the text around a search's matches, shown while the list
	// holds a search's results.
	snippet *widget.RichText
	tick    *widget.Icon
	// ctrl is whether Ctrl was down when the button went down.
	ctrl bool
	// titleText and metaText are the lines the row shows, cut to the
	// row's width by fit (fitWidth, 0 before the row is laid out): Fyne's
	// own truncation measures a text anew at every refresh.
	titleText, metaText string
	fitWidth            float32
	fitTick             bool
	// shown is the summary the row shows, and shownSearching whether
	// with its snippet.
	shown          library.Summary
	shownSearching bool
}

func (l *libraryList) newRow() fyne.CanvasObject {
	r := &listRow{l: l, title: widget.NewLabel("Loading…"), meta: newQuietText(" ", theme.SizeNameCaptionText),
		tick: widget.NewIcon(theme.ConfirmIcon()), titleText: "Loading…", metaText: " "}
	r.title.TextStyle.Bold = true
	r.snippet = widget.NewRichText(snippetSegments(" ")...)
	r.snippet.Truncation = fyne.TextTruncateEllipsis
	r.snippet.Scroll = fyne.ScrollNone
	// The list takes its rows' height from a new row: a search's rows
	// have a third line.
	r.snippet.Hidden = !l.searching
	r.tick.Hide()
	r.ExtendBaseWidget(r)
	return r
}

// MouseDown is part of desktop.Mouseable: it notes the modifiers, which a
// tap does not carry.
func (r *listRow) MouseDown(ev *desktop.MouseEvent) {
	r.ctrl = ev.Modifier&fyne.KeyModifierShortcutDefault != 0
}

// MouseUp is part of desktop.Mouseable.
func (r *listRow) MouseUp(*desktop.MouseEvent) {}

// Tapped is part of fyne.Tappable: a click selects the row, which opens
// the clipping; with Ctrl it picks the clipping instead.
func (r *listRow) Tapped(*fyne.PointEvent) {
	ctrl := r.ctrl
	r.ctrl = false
	if ctrl {
		if s, ok := r.l.summary(r.id); ok {
			r.l.togglePick(s.ID)
		}
		return
	}
	r.l.list.Select(r.id)
	// As the list's own rows do, so the arrow keys move through it.
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.l.list); c != nil {
		c.Focus(r.l.list)
	}
}

// CreateRenderer is part of fyne.Widget.
func (r *listRow) CreateRenderer() fyne.WidgetRenderer {
	return &listRowRenderer{row: r, objects: []fyne.CanvasObject{r.title, r.meta, r.snippet, r.tick}}
}

// listRowRenderer stacks the title and meta lines tightly.
type listRowRenderer struct {
	row     *listRow
	objects []fyne.CanvasObject
}

func (rr *listRowRenderer) Destroy() {}

func (rr *listRowRenderer) Objects() []fyne.CanvasObject { return rr.objects }

func (rr *listRowRenderer) Refresh() {
	rr.row.title.Refresh()
	rr.row.meta.Refresh()
	rr.row.snippet.Refresh()
	rr.row.tick.Refresh()
	rr.Layout(rr.row.Size())
}

// overlap pulls the meta line up under the title: two labels' own padding
// would leave a gap wider than a line.
func (rr *listRowRenderer) overlap() float32 { return theme.Padding() * 1.5 }

func (rr *listRowRenderer) Layout(size fyne.Size) {
	if size.Width != rr.row.fitWidth || rr.row.tick.Visible() != rr.row.fitTick {
		rr.row.fit(size.Width)
	}
	th := rr.row.title.MinSize().Height
	tw := rr.row.titleWidth(size.Width)
	if rr.row.tick.Visible() {
		s := theme.IconInlineSize()
		rr.row.tick.Move(fyne.NewPos(tw, (th-s)/2))
		rr.row.tick.Resize(fyne.NewSize(s, s))
	}
	rr.row.title.Move(fyne.NewPos(0, 0))
	rr.row.title.Resize(fyne.NewSize(tw, th))
	mh := rr.row.meta.MinSize().Height
	rr.row.meta.Move(fyne.NewPos(0, th-rr.overlap()))
	rr.row.meta.Resize(fyne.NewSize(size.Width, mh))
	if rr.row.snippet.Visible() {
		rr.row.snippet.Move(fyne.NewPos(0, th+mh-2*rr.overlap()))
		rr.row.snippet.Resize(fyne.NewSize(size.Width, rr.row.snippet.MinSize().Height))
	}
}

func (rr *listRowRenderer) MinSize() fyne.Size {
	t, m := rr.row.title.MinSize(), rr.row.meta.MinSize()
	size := fyne.NewSize(max(t.Width, m.Width), t.Height+m.Height-rr.overlap())
	if rr.row.snippet.Visible() {
		size.Height += rr.row.snippet.MinSize().Height - rr.overlap()
	}
	return size
}

// set shows a summary in the row. A row that shows it already, as it
// does when the list is refreshed for a count or a page further down, is
// left as it is: laying out a row's snippet (shaping it to cut it to the
// row's width) is most of the cost of drawing the list.
func (r *listRow) set(s library.Summary) {
	searching := r.l.searching
	if r.shown == s && r.shownSearching == searching {
		return
	}
	r.shown, r.shownSearching = s, searching
	r.setLines(orUntitled(s.Title), summaryMeta(s))
	r.setSnippet(s.Snippet)
}

// setLines shows a title and a meta line, cut to the row's width.
func (r *listRow) setLines(title, meta string) {
	r.titleText, r.metaText = title, meta
	r.fit(r.fitWidth)
}

// titleWidth is the width the title has in a row of the given width: the
// tick of a picked clipping takes the end of its line.
func (r *listRow) titleWidth(width float32) float32 {
	if r.tick.Visible() {
		width -= theme.IconInlineSize() + theme.Padding()
	}
	return width
}

// fit shows the row's lines cut to a row of the given width, a line's
// padding on both sides taken off; whole before the row is laid out
// (width 0).
func (r *listRow) fit(width float32) {
	r.fitWidth, r.fitTick = width, r.tick.Visible()
	title, meta := r.titleText, r.metaText
	if width > 0 {
		pad := 2 * theme.InnerPadding()
		title = reader.FitText(title, r.titleWidth(width)-pad, theme.TextSize(), r.title.TextStyle)
		meta = reader.FitText(meta, width-pad, theme.Size(theme.SizeNameCaptionText), fyne.TextStyle{})
	}
	// A label refreshed redraws its text; a page read refreshes every row.
	if r.title.Text != title {
		r.title.SetText(title)
	}
	r.meta.SetText(meta)
}

// setSnippet shows a search's snippet on the row's third line, or hides
// the line when the list shows no search.
func (r *listRow) setSnippet(snippet string) {
	searching := r.l.searching
	if searching {
		r.snippet.Segments = snippetSegments(snippet)
	}
	if r.snippet.Visible() != searching {
		// The row gains or loses its third line: the row is refreshed
		// whole, once, which lays the snippet out too, rather than the
		// snippet and then the row again.
		r.snippet.Hidden = !searching
		r.Refresh()
		return
	}
	if searching {
		r.snippet.Refresh()
	}
}

// snippetLead is how many words a row's snippet keeps before its first
// match: the line is short, and the match is what a person looks for.
const snippetLead = 4

// snippetSegments turns a library snippet, matches between « and », into
// rich text: quiet text with the matches in bold, cut to start a few words
// before the first match.
func snippetSegments(snippet string) []widget.RichTextSegment {
	snippet = strings.Join(strings.Fields(snippet), " ")
	if i := strings.Index(snippet, "«"); i > 0 {
		words := strings.Fields(snippet[:i])
		if len(words) > snippetLead {
			snippet = "…" + strings.Join(words[len(words)-snippetLead:], " ") + " " + snippet[i:]
		}
	}
	if snippet == "" {
		snippet = " "
	}
	var segs []widget.RichTextSegment
	add := func(text string, match bool) {
		if text == "" {
			return
		}
		style := widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText, Inline: true}
		if match {
			style.ColorName = theme.ColorNameForeground
			style.TextStyle.Bold = true
		}
		segs = append(segs, &widget.TextSegment{Text: text, Style: style})
	}
	for snippet != "" {
		open := strings.Index(snippet, "«")
		if open < 0 {
			add(snippet, false)
			break
		}
		add(snippet[:open], false)
		rest := snippet[open+len("«"):]
		end := strings.Index(rest, "»")
		if end < 0 {
			add(rest, true)
			break
		}
		add(rest[:end], true)
		snippet = rest[end+len("»"):]
	}
	return segs
}

// summaryMeta is the row's second line: site, date, highlights and, when
// a check found the article edited, how.
func summaryMeta(s library.Summary) string {
	highlights := ""
	if s.HighlightCount > 0 {
		highlights = plural(s.HighlightCount, "highlight")
	}
	return metaLine(s.SiteName, publishedOrClipped(s.Published, s.Added, "2 Jan 2006"), highlights, s.EditLine())
}

// updateRow fills a row from the page cache, asking for the page if it is
// not there yet.
func (l *libraryList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*listRow)
	row.id = id
	if s, ok := l.summary(id); ok {
		l.prefetch(id)
		row.set(s)
		if l.isPicked(s.ID) != row.tick.Visible() {
			row.tick.Hidden = !l.isPicked(s.ID)
			row.Refresh()
		}
		return
	}
	row.shown = library.Summary{}
	if l.failed.IsZero() {
		row.setLines(" ", " ")
	} else {
		row.setLines("These clippings could not be read.", " ")
	}
	row.setSnippet(" ")
	if row.tick.Visible() {
		row.tick.Hide()
		row.Refresh()
	}
	l.loadPage(id / listPageSize)
}

// prefetch asks for the page after row id's, or the one before, when the
// row is in the last or first quarter of its page, so that scrolling on
// finds the next rows already read. It does not while pages are being
// read: dragging the scroll bar lands on a new page every frame, and the
// pages beside them would only delay the next.
func (l *libraryList) prefetch(id int) {
	if l.reading {
		return
	}
	page, at := id/listPageSize, id%listPageSize
	next := -1
	switch {
	case at >= listPageSize*3/4 && (page+1)*listPageSize < l.total:
		next = page + 1
	case at < listPageSize/4 && page > 0:
		next = page - 1
	}
	if _, ok := l.pages[next]; next >= 0 && !ok {
		l.loadPage(next)
	}
}

// summary returns the cached summary of row id.
func (l *libraryList) summary(id int) (library.Summary, bool) {
	p, ok := l.pages[id/listPageSize]
	if !ok || id%listPageSize >= len(p) {
		return library.Summary{}, false
	}
	return p[id%listPageSize], true
}

// loadPage fetches one page in the background. One page is read at a
// time: dragging the scroll bar over a large library asks for a new page
// every frame, and reading each of them at once (a query on a connection
// of its own, tens of milliseconds for a page deep in the list) took the
// processors from drawing for seconds after the drag. A row that asks for
// its page while another is read asks again when that one comes in, as
// the list is refreshed then: the pages scrolled past are never read.
// The read runs in the reload's context, so the next reload stops it. A
// page that cannot be read is not asked for again until a reload, or a
// scroll listRetryAfter later, and its error is shown once.
func (l *libraryList) loadPage(page int) {
	if l.reading || !l.failed.IsZero() && time.Since(l.failed) < listRetryAfter {
		return
	}
	l.reading = true
	f, gen, ctx := l.filter, l.gen, l.ctx
	f.Limit, f.Offset = listPageSize, page*listPageSize
	l.tasks.background(func(context.Context) {
		sums, err := l.lib.List(ctx, f)
		l.tasks.do(func() {
			if gen != l.gen || ctx.Err() != nil {
				return
			}
			l.reading = false
			if err != nil {
				if l.failed.IsZero() {
					l.tasks.showError(err)
				}
				l.failed = time.Now()
				l.list.Refresh()
				return
			}
			l.failed = time.Time{}
			if len(l.pages) >= listMaxPages {
				clear(l.pages)
			}
			l.pages[page] = sums
			if l.more {
				l.grow(page, len(sums))
			}
			l.list.Refresh()
			l.selectOpen()
		})
	})
}

// grow lengthens a list whose count stopped at countCap when its last
// page came in full, by a page the list reads as it is scrolled to; a page
// that comes in short is the end, and the count is known.
func (l *libraryList) grow(page, n int) {
	end := page*listPageSize + n
	switch {
	case n < listPageSize:
		l.total, l.more = end, false
		l.countText = countText(end, false, l.filter)
		l.showCount()
	case end >= l.total:
		l.total = end + listPageSize
	}
}

// typed schedules a search a moment after the last keystroke.
func (l *libraryList) typed(string) {
	if l.timer != nil && l.timer.Stop() {
		l.tasks.release()
	}
	l.tasks.hold()
	l.timer = time.AfterFunc(searchDelay, func() {
		l.tasks.do(func() {
			defer l.tasks.release()
			l.searchNow()
		})
	})
}

// searchNow searches for what the search box holds.
func (l *libraryList) searchNow() {
	q := strings.TrimSpace(l.search.Text)
	// The last word is being typed unless a space follows it.
	typing := q != "" && strings.TrimRightFunc(l.search.Text, unicode.IsSpace) == l.search.Text
	if q == l.filter.Query && typing == l.filter.Typing {
		return
	}
	l.setFilter(func(f *library.Filter) {
		f.Query = q
		f.Typing = typing
		if q != "" {
			f.Sort = l.searchSort
		} else {
			f.Sort = l.browseSort
		}
	})
	l.showSort()
}

// showSort makes the sort select show the filter's order, with the
// choices that fit a search or browsing. The select's handler sees its
// own order again and changes nothing.
func (l *libraryList) showSort() {
	l.sort.Options = sortOptions(l.filter.Query != "")
	l.sort.SetSelected(sortLabels[l.filter.Sort])
	l.sort.Refresh()
}

// openFirst searches at once for what the search box holds and opens the
// first clipping found, so a person can search and read without the mouse.
func (l *libraryList) openFirst() {
	l.pendingOpen = true
	if q := strings.TrimSpace(l.search.Text); q != l.filter.Query {
		l.searchNow()
		return
	}
	if len(l.pages[0]) > 0 {
		l.openFirstShown()
	}
}

// openFirstShown opens the list's first row if a search asked for it.
func (l *libraryList) openFirstShown() {
	if !l.pendingOpen {
		return
	}
	l.pendingOpen = false
	if s, ok := l.summary(0); ok {
		l.list.ScrollToTop()
		l.openID = s.ID
		l.onOpen(s.ID)
	}
}

// toggleAllVersions makes searches read every version of each article, or
// only the latest again, and says which it is now.
func (l *libraryList) toggleAllVersions() bool {
	l.setFilter(func(f *library.Filter) { f.AllVersions = !f.AllVersions })
	return l.filter.AllVersions
}

// setFilter changes the filter and reloads the list from the top.
func (l *libraryList) setFilter(change func(f *library.Filter)) {
	f := l.filter
	change(&f)
	if f == l.filter {
		return
	}
	l.filter = f
	l.reload(false)
}

// reload counts and fetches the first page for the filter off the UI
// goroutine, then shows them; a newer reload makes an older one's result
// be dropped. keep keeps the scroll position (after an edit).
func (l *libraryList) reload(keep bool) {
	l.gen++
	gen, f := l.gen, l.filter
	if l.cancel != nil {
		l.cancel()
	}
	// The context lives until the next reload cancels it: the pages read
	// as the list is scrolled run in it too.
	ctx, cancel := context.WithCancel(l.tasks.ctx)
	l.ctx, l.cancel = ctx, cancel
	l.reading = false
	l.failed = time.Time{}
	l.tasks.background(func(context.Context) {
		// The first page is shown as soon as it is read; counting every
		// match of a broad search can take as long again, so the count
		// follows, and is not needed when the first page is not full.
		p := f
		p.Limit = listPageSize
		first, err := l.lib.List(ctx, p)
		l.tasks.do(func() {
			if gen != l.gen {
				return
			}
			if err != nil {
				l.tasks.showError(err)
				return
			}
			l.total, l.more = len(first), false
			l.pages = map[int][]library.Summary{0: first}
			l.searching = f.Searching()
			l.showEmpty(len(first) == 0, f)
			if len(first) < listPageSize {
				l.countText = countText(len(first), false, f)
			} else {
				l.countText = fmt.Sprintf("%d+ clippings", len(first))
			}
			l.showCount()
			if !keep {
				l.quiet = true
				l.list.UnselectAll()
				l.quiet = false
				l.list.ScrollToTop()
			}
			l.list.Refresh()
			l.selectOpen()
			l.openFirstShown()
		})
		if err != nil || len(first) < listPageSize {
			return
		}
		// Its own error variable: the first page's closure above may not
		// have run yet and reads err. A search is counted up to countCap.
		var (
			n        int
			more     bool
			countErr error
		)
		if f.Query != "" {
			n, more, countErr = l.lib.CountUpTo(ctx, f, countCap)
		} else {
			n, countErr = l.lib.Count(ctx, f)
		}
		l.tasks.do(func() {
			if gen != l.gen {
				return
			}
			if countErr != nil {
				l.tasks.showError(countErr)
				return
			}
			l.total, l.more = n, more
			l.countText = countText(n, more, f)
			l.showCount()
			l.list.Refresh()
		})
	})
}

// showEmpty explains an empty list: an empty library, or a search and
// filters that match nothing.
func (l *libraryList) showEmpty(empty bool, f library.Filter) {
	if !empty {
		l.empty.Hide()
		return
	}
	if f.Query != "" || f.Tag != "" || f.Site != "" || f.Entity != "" {
		l.empty.SetText("No clipping matches the search and filters. Try fewer words, or set the filters back to all.")
	} else {
		l.empty.SetText("Your library is empty. Clip a page with Ctrl+N, drop a link or a saved page on the window, or bring a library from Pocket, Omnivore and others with File › Import.")
	}
	l.empty.Show()
}

// reloadKeepPosition reloads after the library changed under the list.
func (l *libraryList) reloadKeepPosition() {
	l.reload(true)
	l.loadChoices()
}

// togglePick picks a clipping for an export of several, or drops it from
// the picked ones.
func (l *libraryList) togglePick(id int64) {
	defer l.refreshRowOf(id)
	defer l.showCount()
	for i, p := range l.picked {
		if p == id {
			l.picked = append(l.picked[:i], l.picked[i+1:]...)
			return
		}
	}
	l.picked = append(l.picked, id)
}

// refreshRowOf redraws the row of a clipping if it is loaded.
func (l *libraryList) refreshRowOf(id int64) {
	for page, sums := range l.pages {
		for i := range sums {
			if sums[i].ID == id {
				l.list.RefreshItem(page*listPageSize + i)
			}
		}
	}
}

// isPicked reports whether a clipping is picked.
func (l *libraryList) isPicked(id int64) bool {
	for _, p := range l.picked {
		if p == id {
			return true
		}
	}
	return false
}

// showCount shows how many clippings the list holds, and how many are
// picked.
func (l *libraryList) showCount() {
	s := l.countText
	if n := len(l.picked); n > 0 {
		s += fmt.Sprintf("  ·  %d picked", n)
	}
	l.count.SetText(s)
}

// countText says how many clippings the list shows: more than n when
// more is set.
func countText(n int, more bool, f library.Filter) string {
	s := plural(n, "clipping")
	switch {
	case more:
		s = fmt.Sprintf("more than %s found", s)
	case f.Query != "" || f.Tag != "" || f.Site != "" || f.Entity != "":
		s += " found"
	}
	if f.Query != "" && f.NewestFirst() {
		s += ", newest first until a third letter"
	}
	return s
}

// selected opens the clipping of the row the person picked.
func (l *libraryList) selected(id widget.ListItemID) {
	if l.quiet {
		return
	}
	if s, ok := l.summary(id); ok && s.ID != l.openID {
		l.openID = s.ID
		l.onOpen(s.ID)
	}
}

// markOpen remembers the open clipping and selects its row if loaded.
func (l *libraryList) markOpen(id int64) {
	l.openID = id
	l.selectOpen()
}

// selectOpen selects the open clipping's row among the loaded pages.
func (l *libraryList) selectOpen() {
	for page, sums := range l.pages {
		for i, s := range sums {
			if s.ID == l.openID {
				l.quiet = true
				l.list.Select(page*listPageSize + i)
				l.quiet = false
				return
			}
		}
	}
}

// setHighlightCount updates a cached row after its highlights changed.
func (l *libraryList) setHighlightCount(id int64, n int) {
	for page, sums := range l.pages {
		for i := range sums {
			if sums[i].ID == id && sums[i].HighlightCount != n {
				sums[i].HighlightCount = n
				l.list.RefreshItem(page*listPageSize + i)
			}
		}
	}
}

// loadChoices fills the tag, site and entity selects off the UI goroutine.
func (l *libraryList) loadChoices() {
	l.tasks.background(func(ctx context.Context) {
		tags, err := l.lib.Tags(ctx)
		if err != nil {
			l.tasks.showError(err)
			return
		}
		sites, err := l.lib.Sites(ctx)
		if err != nil {
			l.tasks.showError(err)
			return
		}
		ents, err := l.lib.Entities(ctx, "")
		if err != nil {
			l.tasks.showError(err)
			return
		}
		tagOpts := []string{anyTag}
		for _, t := range tags {
			tagOpts = append(tagOpts, t.Tag)
		}
		siteOpts := []string{anySite}
		for _, s := range sites {
			if s.Tag != "" {
				siteOpts = append(siteOpts, s.Tag)
			}
		}
		entOpts := []string{anyEntity}
		entOpts = append(entOpts, entityChoices(ents)...)
		l.tasks.do(func() {
			l.tag.SetOptions(tagOpts)
			l.site.SetOptions(siteOpts)
			l.entity.SetOptions(entOpts)
		})
	})
}

// maxEntityChoices caps the entity select: a popup of thousands of names
// helps nobody; the most mentioned are the ones a person filters by.
const maxEntityChoices = 200

// entityChoices are the entities with confirmed mentions, the most
// mentioned first up to the cap, then sorted by name.
func entityChoices(ents []library.EntityStat) []string {
	var with []library.EntityStat
	for _, e := range ents {
		if e.Clippings > 0 {
			with = append(with, e)
		}
	}
	sort.SliceStable(with, func(i, j int) bool { return with[i].Clippings > with[j].Clippings })
	if len(with) > maxEntityChoices {
		with = with[:maxEntityChoices]
	}
	sort.SliceStable(with, func(i, j int) bool { return strings.ToLower(with[i].Name) < strings.ToLower(with[j].Name) })
	out := make([]string, len(with))
	for i, e := range with {
		out[i] = fmt.Sprintf("%s (%d)", e.Name, e.Clippings)
	}
	return out
}

// showEntity filters the list to the clippings mentioning an entity.
func (l *libraryList) showEntity(name string) {
	for _, o := range l.entity.Options {
		if entityFromLabel(o) == name {
			l.entity.SetSelected(o)
			return
		}
	}
	l.setFilter(func(f *library.Filter) { f.Entity = name })
}
