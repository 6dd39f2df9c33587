package app

import (
	"fmt"
	"image/color"
	"log/slog"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/app/palette"
	"margin/library"
)

// noteSaveDelay is how long after the last keystroke a clipping's note is
// saved.
const noteSaveDelay = 700 * time.Millisecond

// sidePanel is the right column: the open clipping's highlights, its
// entities with Margin's pending suggestions, and its details.
type sidePanel struct {
	tasks   *tasks
	act     panelActions
	tabs    *container.AppTabs
	hlTab   *container.TabItem
	entTab  *container.TabItem
	hlBox   *fyne.Container
	entBox  *fyne.Container
	details *fyne.Container
	content fyne.CanvasObject

	title    *widget.Label
	meta     *quietText
	link     *widget.Hyperlink
	tagBox   *fyne.Container
	tagEntry *widget.Entry
	note     *widget.Entry
	detTab   *container.TabItem
	// citeKey is the clipping's citation key, which the person may edit;
	// keyStatus says why a key was refused, or that it was saved.
	citeKey    *widget.Entry
	citeKeySet *widget.Button
	keyStatus  *widget.Label
	keyFor     int64 // the clipping whose key the entry holds, 0 until it is read

	clipping *library.Clipping
	// changes are the open clipping's highlights whose passage a later
	// version changed or removed; their cards say so.
	changes   []library.AnnotationChange
	noteTimer *time.Timer
	noteFor   int64 // the clipping the note entry holds
	setting   bool  // set while the panel fills the note entry itself
}

// panelActions are what the side panel asks its window to do.
type panelActions struct {
	openLink  func(href string)
	addTags   func(s string) // several tags separated by commas
	removeTag func(tag string)
	// saveNote saves the open clipping's note in the background;
	// saveNoteNow before it returns, as the window closes.
	saveNote        func(id int64, note string)
	saveNoteNow     func(id int64, note string) error
	jumpToHighlight func(h annotate.Highlight)
	// acceptConfident accepts the clipping's confident suggestions only.
	acceptConfident func()
	acceptEntity    func(entityID int64)
	rejectEntity    func(entityID int64)
	revealMention   func(m annotate.Mention)
	showEntityCard  func(m annotate.Mention)
	// loadCiteKey reads the clipping's citation key into the panel
	// (setCiteKey); saveCiteKey gives it the key the person typed.
	loadCiteKey func(id int64)
	saveCiteKey func(id int64, key string)
}

// newSidePanel is the panel of a window running its work on t.
func newSidePanel(t *tasks, act panelActions) *sidePanel {
	p := &sidePanel{tasks: t, act: act}
	p.hlBox = container.NewVBox()
	p.entBox = container.NewVBox()

	p.title = widget.NewLabel("")
	p.title.Wrapping = fyne.TextWrapWord
	p.title.TextStyle.Bold = true
	p.meta = hint("")
	p.link = widget.NewHyperlink("", nil)
	p.link.Truncation = fyne.TextTruncateEllipsis
	p.tagBox = container.New(&flowLayout{})
	p.tagEntry = widget.NewEntry()
	p.tagEntry.SetPlaceHolder("Add a tag and press Enter")
	p.tagEntry.OnSubmitted = func(s string) {
		p.tagEntry.SetText("")
		act.addTags(s)
	}
	p.note = widget.NewMultiLineEntry()
	p.note.SetPlaceHolder("Your note on this clipping")
	p.note.Wrapping = fyne.TextWrapWord
	p.note.SetMinRowsVisible(5)
	p.note.OnChanged = func(string) { p.noteChanged() }

	p.citeKey = widget.NewEntry()
	p.citeKey.SetPlaceHolder("Citation key")
	p.citeKey.OnSubmitted = func(string) { p.submitCiteKey() }
	p.citeKey.OnChanged = func(string) { p.hideCiteKeyStatus() }
	p.citeKeySet = widget.NewButton("Set", p.submitCiteKey)
	p.keyStatus = widget.NewLabel("")
	p.keyStatus.Wrapping = fyne.TextWrapWord
	p.keyStatus.Hide()

	p.details = container.NewVBox(
		p.title, p.meta, p.link,
		sectionLabel("Tags"), p.tagBox, p.tagEntry,
		sectionLabel("Note"), p.note,
		sectionLabel("Citation key"), container.NewBorder(nil, nil, nil, p.citeKeySet, p.citeKey), p.keyStatus,
	)
	// The lists of highlights and entities are set tighter than the
	// theme's forms (tight): a row is one name or one quote, and a panel
	// of them should read as a list, not as a stack of fields.
	p.hlTab = container.NewTabItem("Highlights", container.NewVScroll(container.NewPadded(p.hlBox)))
	p.entTab = container.NewTabItem("Entities", container.NewVScroll(container.NewPadded(p.entBox)))
	p.detTab = container.NewTabItem("Details", container.NewVScroll(container.NewPadded(p.details)))
	p.tabs = container.NewAppTabs(p.hlTab, p.entTab, p.detTab)
	p.tabs.OnSelected = func(*container.TabItem) { p.wantCiteKey() }
	// The panel is at least as wide as its three tabs with their counts,
	// so none is folded into an overflow menu.
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(panelMinWidth(), 0))
	p.content = container.NewStack(width, p.tabs)
	return p
}

// panelMinWidth fits the tab labels "Highlights 999", "Entities 999" and
// "Details" at the theme's text size, with their padding.
func panelMinWidth() float32 {
	text := fyne.MeasureText("Highlights 999Entities 999Details", theme.TextSize(), fyne.TextStyle{})
	return text.Width + 8*theme.InnerPadding() + 2*theme.Padding()
}

// setClipping shows a clipping's details; nil empties them.
func (p *sidePanel) setClipping(c *library.Clipping) {
	p.clipping = c
	if c == nil {
		p.title.SetText("")
		p.meta.SetText("")
		p.link.Hide()
		p.tagBox.RemoveAll()
		p.setNote(0, "")
		p.setCiteKey(0, "", nil)
		return
	}
	p.title.SetText(orUntitled(c.Title))
	p.meta.SetText(detailsText(c))
	if u, err := url.Parse(firstOf(c.CanonicalURL, c.URL)); err == nil && u.Host != "" {
		p.link.SetText(u.Host + u.Path)
		_ = p.link.SetURLFromString(u.String())
		p.link.OnTapped = func() { p.act.openLink(u.String()) }
		p.link.Show()
	} else {
		p.link.Hide()
	}
	p.tagBox.RemoveAll()
	for _, t := range c.Tags {
		p.tagBox.Add(tagChip(t, func() { p.act.removeTag(t) }))
	}
	if len(c.Tags) == 0 {
		// Not wrapped: the flow layout gives each object its minimum
		// width, and a wrapped text's is one letter.
		p.tagBox.Add(newQuietText("No tags yet.", ""))
	}
	if p.noteFor != c.ID || p.note.Text != c.Note && p.noteTimer == nil {
		p.setNote(c.ID, c.Note)
	}
	if p.keyFor != c.ID {
		p.setCiteKey(0, "", nil)
		p.wantCiteKey()
	}
}

// wantCiteKey asks for the open clipping's citation key when the Details
// tab shows and the key is not read yet.
func (p *sidePanel) wantCiteKey() {
	if p.clipping == nil || p.keyFor == p.clipping.ID || p.tabs.Selected() != p.detTab || p.act.loadCiteKey == nil {
		return
	}
	p.act.loadCiteKey(p.clipping.ID)
}

// setCiteKey shows the citation key of clipping id (0 for none yet); err
// is why it could not be read.
func (p *sidePanel) setCiteKey(id int64, key string, err error) {
	p.keyFor = id
	p.citeKey.SetText(key)
	p.hideCiteKeyStatus()
	if id == 0 || err != nil {
		p.citeKey.Disable()
		p.citeKeySet.Disable()
	} else {
		p.citeKey.Enable()
		p.citeKeySet.Enable()
	}
	if err != nil {
		p.sayCiteKey(errorMessage(err), widget.DangerImportance)
	}
}

// sayCiteKey shows a sentence under the citation key.
func (p *sidePanel) sayCiteKey(s string, imp widget.Importance) {
	p.keyStatus.Importance = imp
	p.keyStatus.SetText(s)
	p.keyStatus.Show()
	// The box lays its rows out again, now with the sentence in it.
	p.details.Refresh()
}

// hideCiteKeyStatus takes the sentence under the citation key away.
func (p *sidePanel) hideCiteKeyStatus() {
	if p.keyStatus.Visible() {
		p.keyStatus.Hide()
		p.details.Refresh()
	}
}

// submitCiteKey gives the clipping the key typed in its entry.
func (p *sidePanel) submitCiteKey() {
	if p.keyFor == 0 || p.act.saveCiteKey == nil {
		return
	}
	p.act.saveCiteKey(p.keyFor, p.citeKey.Text)
}

// setNote fills the note entry without saving it back.
func (p *sidePanel) setNote(id int64, note string) {
	p.noteFor = id
	p.setting = true
	p.note.SetText(note)
	p.setting = false
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// uncertainDetail is the line of the Details tab for a clipping whose
// extraction was uncertain (library.UncertainNote says it in full).
const uncertainDetail = "Extraction uncertain: no article was found on the page, so this is its best readable text"

// detailsText is the clipping's byline, site and dates, and whether its
// extraction was uncertain.
func detailsText(c *library.Clipping) string {
	var lines []string
	if c.Byline != "" {
		lines = append(lines, c.Byline)
	}
	if c.SiteName != "" {
		lines = append(lines, c.SiteName)
	}
	if !c.Published.IsZero() {
		lines = append(lines, "Published "+c.Published.Format("2 January 2006"))
	}
	lines = append(lines, "Clipped "+c.Added.Format("2 January 2006, 15:04"))
	if n := len(strings.Fields(c.Text())); n > 0 {
		lines = append(lines, fmt.Sprintf("%d words, about %d min", n, max(1, (n+119)/238)))
	}
	if c.Uncertain {
		lines = append(lines, uncertainDetail)
	}
	return strings.Join(lines, "\n")
}

// tagChip is a tag with a button removing it.
func tagChip(tag string, remove func()) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(tag, theme.CancelIcon(), remove)
	b.IconPlacement = widget.ButtonIconTrailingText
	b.Importance = widget.LowImportance
	return b
}

// noteChanged saves the note a moment after the person stops typing.
func (p *sidePanel) noteChanged() {
	if p.setting || p.noteFor == 0 {
		return
	}
	if p.noteTimer != nil {
		p.noteTimer.Stop()
	}
	id, text := p.noteFor, p.note.Text
	p.noteTimer = time.AfterFunc(noteSaveDelay, func() {
		p.tasks.do(func() {
			p.noteTimer = nil
			p.act.saveNote(id, text)
		})
	})
}

// flush saves a note still waiting for its delay.
func (p *sidePanel) flush() {
	if p.noteTimer != nil && p.noteTimer.Stop() {
		p.noteTimer = nil
		p.act.saveNote(p.noteFor, p.note.Text)
	}
}

// flushNow saves a note still waiting for its delay before returning, for
// the window closing: work in the background would be cancelled with it.
func (p *sidePanel) flushNow() {
	if p.noteTimer != nil && p.noteTimer.Stop() {
		p.noteTimer = nil
		if err := p.act.saveNoteNow(p.noteFor, p.note.Text); err != nil {
			slog.Warn("save the note on closing", "clipping", p.noteFor, "err", err)
		}
	}
}

// setAnnotations lists the clipping's highlights and entities.
func (p *sidePanel) setAnnotations(hs []annotate.Highlight, ms []annotate.Mention, ents map[int64]annotate.Entity) {
	p.fillHighlights(hs)
	p.fillEntities(ms, ents)
	p.hlTab.Text = "Highlights"
	if len(hs) > 0 {
		p.hlTab.Text = fmt.Sprintf("Highlights %d", len(hs))
	}
	p.tabs.Refresh()
}

// fillHighlights lists the highlights in text order, orphans last.
func (p *sidePanel) fillHighlights(hs []annotate.Highlight) {
	p.hlBox.RemoveAll()
	if p.clipping == nil {
		p.hlBox.Add(tight(hint("Open a clipping to see its highlights, the people, places and organisations it mentions, and its details.")))
		return
	}
	if len(hs) == 0 {
		p.hlBox.Add(tight(hint("Select text in the article and pick a colour to highlight it. Press N to add a note.")))
		return
	}
	sorted := append([]annotate.Highlight(nil), hs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Orphaned != sorted[j].Orphaned {
			return !sorted[i].Orphaned
		}
		return sorted[i].Selector.Start < sorted[j].Selector.Start
	})
	for _, h := range sorted {
		p.hlBox.Add(p.highlightCard(h))
	}
}

// highlightCard shows a highlight's quote beside a bar of its colour, and
// its note; tapping it jumps to it in the reader.
func (p *sidePanel) highlightCard(h annotate.Highlight) fyne.CanvasObject {
	bar := canvas.NewRectangle(palette.HighlightSwatch(h.Color))
	bar.SetMinSize(fyne.NewSize(4, 0))
	bar.CornerRadius = 2
	q := widget.NewLabel(shorten(h.Selector.Exact, 280))
	q.Wrapping = fyne.TextWrapWord
	parts := []fyne.CanvasObject{tight(q)}
	if h.Note != "" {
		n := widget.NewLabel(h.Note)
		n.Wrapping = fyne.TextWrapWord
		n.TextStyle.Italic = true
		n.Importance = widget.MediumImportance
		parts = append(parts, tight(n))
	}
	notes := changeNotes(p.changes, h.ID)
	for _, n := range notes {
		l := widget.NewLabel(n)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.WarningImportance
		parts = append(parts, tight(l))
	}
	if h.Orphaned && len(notes) == 0 {
		parts = append(parts, tight(hint("Not found in the current text.")))
	}
	body := container.NewBorder(nil, nil, bar, nil, container.NewVBox(parts...))
	return newPanelCard(body, func() { p.act.jumpToHighlight(h) })
}

// shorten cuts s to about n runes with an ellipsis.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}

// entityRow is an entity with its mentions in the clipping.
type entityRow struct {
	entity    annotate.Entity
	confirmed []annotate.Mention
	suggested []annotate.Mention
}

// groupMentions gathers mentions by entity, in order of first mention.
func groupMentions(ms []annotate.Mention, ents map[int64]annotate.Entity) []*entityRow {
	byID := map[int64]*entityRow{}
	var rows []*entityRow
	for _, m := range ms {
		if m.Orphaned || m.Status == annotate.Rejected {
			continue
		}
		r, ok := byID[m.EntityID]
		if !ok {
			r = &entityRow{entity: ents[m.EntityID]}
			if r.entity.ID == 0 {
				r.entity = annotate.Entity{ID: m.EntityID, Name: m.Selector.Exact, Type: annotate.Other}
			}
			byID[m.EntityID] = r
			rows = append(rows, r)
		}
		if m.Status == annotate.Suggested {
			r.suggested = append(r.suggested, m)
		} else {
			r.confirmed = append(r.confirmed, m)
		}
	}
	return rows
}

// fillEntities lists pending suggestions first, then the confirmed
// entities grouped by type.
func (p *sidePanel) fillEntities(ms []annotate.Mention, ents map[int64]annotate.Entity) {
	p.entBox.RemoveAll()
	p.entTab.Text = "Entities"
	if p.clipping == nil {
		p.entBox.Add(tight(hint("Open a clipping to see the people, places and organisations it mentions.")))
		return
	}
	rows := groupMentions(ms, ents)
	var pending, confirmed []*entityRow
	for _, r := range rows {
		if len(r.suggested) > 0 {
			pending = append(pending, r)
		}
		if len(r.confirmed) > 0 {
			confirmed = append(confirmed, r)
		}
	}
	if len(rows) == 0 {
		p.entBox.Add(tight(hint("No people, places or organisations tagged yet. Select a name in the article and press P, O, L or E.")))
		return
	}
	if len(confirmed) > 0 {
		p.entTab.Text = fmt.Sprintf("Entities %d", len(confirmed))
	}
	sure, weak := splitByConfidence(pending)
	if len(sure) > 0 {
		// The button names what it takes: the confident suggestions, never
		// the weak ones listed apart below.
		accept := widget.NewButtonWithIcon(fmt.Sprintf("Accept %d confident", len(sure)), theme.ConfirmIcon(), p.act.acceptConfident)
		accept.Importance = widget.LowImportance
		head := container.NewBorder(nil, nil, nil, tight(accept), tight(sectionLabel(fmt.Sprintf("Suggested  %d", len(sure)))))
		p.entBox.Add(head)
		for _, r := range sure {
			p.entBox.Add(p.suggestionRow(r, false))
		}
	}
	if len(weak) > 0 {
		p.entBox.Add(tight(sectionLabel(fmt.Sprintf("Less sure  %d", len(weak)))))
		for _, r := range weak {
			p.entBox.Add(p.suggestionRow(r, true))
		}
	}
	groups := map[annotate.EntityType][]*entityRow{}
	var types []annotate.EntityType
	for _, r := range confirmed {
		if _, ok := groups[r.entity.Type]; !ok {
			types = append(types, r.entity.Type)
		}
		groups[r.entity.Type] = append(groups[r.entity.Type], r)
	}
	sort.SliceStable(types, func(i, j int) bool { return typeOrder(types[i]) < typeOrder(types[j]) })
	for _, t := range types {
		p.entBox.Add(tight(sectionLabel(annotate.DescribeType(t).Plural)))
		for _, r := range groups[t] {
			p.entBox.Add(p.confirmedRow(r))
		}
	}
}

// splitByConfidence parts the rows of pending suggestions into those with
// a confident mention (annotate.Mention.Confident), which "Accept N
// confident" takes, and the weak ones the person should read first. An
// entity with both kinds of mention is listed once, with the confident:
// its row's buttons decide every pending mention of the entity, so two
// rows of one name would offer the same decision twice. "Accept N
// confident" still takes only its confident mentions; the weak ones stay
// pending and are then listed apart.
func splitByConfidence(rows []*entityRow) (sure, weak []*entityRow) {
	for _, r := range rows {
		if slices.ContainsFunc(r.suggested, annotate.Mention.Confident) {
			sure = append(sure, r)
		} else {
			weak = append(weak, r)
		}
	}
	return sure, weak
}

// typeOrder puts the built-in types first, in their order.
func typeOrder(t annotate.EntityType) int {
	for i, b := range annotate.EntityTypes {
		if t == b {
			return i
		}
	}
	return len(annotate.EntityTypes)
}

// entityDot is a small dot of the entity type's colour.
func entityDot(t annotate.EntityType) fyne.CanvasObject {
	c := canvas.NewCircle(palette.EntityType(t))
	s := theme.Padding() * 2
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(s, s), c))
}

// entityLabel is an entity's name with its type's colour dot and a count;
// dimmed, the name is drawn in the theme's disabled colour.
func entityLabel(e annotate.Entity, detail string, dimmed bool) fyne.CanvasObject {
	name := widget.NewLabel(e.Name)
	name.Truncation = fyne.TextTruncateEllipsis
	if dimmed {
		name.Importance = widget.LowImportance
	}
	count := newQuietText(detail, "")
	return container.NewBorder(nil, nil, entityDot(e.Type), tight(count), tight(name))
}

// suggestionRow is a suggested entity with buttons to accept or reject its
// pending mentions; tapping the name shows the next one in the reader. A
// weak suggestion's name is dimmed.
func (p *sidePanel) suggestionRow(r *entityRow, weak bool) fyne.CanvasObject {
	id := r.entity.ID
	accept := widget.NewButtonWithIcon("", theme.ConfirmIcon(), func() { p.act.acceptEntity(id) })
	accept.Importance = widget.LowImportance
	reject := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { p.act.rejectEntity(id) })
	reject.Importance = widget.LowImportance
	detail := annotate.DescribeType(r.entity.Type).Name
	if n := len(r.suggested); n > 1 {
		detail = fmt.Sprintf("%s ×%d", detail, n)
	}
	next := 0
	label := newPanelCard(entityLabel(r.entity, detail, weak), func() {
		m := r.suggested[next%len(r.suggested)]
		next++
		p.act.revealMention(m)
	})
	return container.NewBorder(nil, nil, nil, container.NewHBox(tight(accept), tight(reject)), label)
}

// confirmedRow is a confirmed entity; tapping it opens its card.
func (p *sidePanel) confirmedRow(r *entityRow) fyne.CanvasObject {
	detail := ""
	if n := len(r.confirmed); n > 1 {
		detail = fmt.Sprintf("×%d", n)
	}
	m := r.confirmed[0]
	return newPanelCard(entityLabel(r.entity, detail, false), func() {
		p.act.revealMention(m)
		p.act.showEntityCard(m)
	})
}

// panelCard is a tappable area of the panel that lights up under the
// pointer.
type panelCard struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
	hovered bool
}

func newPanelCard(content fyne.CanvasObject, onTap func()) *panelCard {
	c := &panelCard{content: content, onTap: onTap}
	c.ExtendBaseWidget(c)
	return c
}

// Tapped is part of fyne.Tappable.
func (c *panelCard) Tapped(*fyne.PointEvent) {
	if c.onTap != nil {
		c.onTap()
	}
}

// Cursor is part of desktop.Cursorable.
func (c *panelCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn is part of desktop.Hoverable.
func (c *panelCard) MouseIn(*desktop.MouseEvent) { c.hovered = true; c.Refresh() }

// MouseMoved is part of desktop.Hoverable.
func (c *panelCard) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (c *panelCard) MouseOut() { c.hovered = false; c.Refresh() }

// CreateRenderer is part of fyne.Widget.
func (c *panelCard) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameHover))
	bg.CornerRadius = theme.InputRadiusSize()
	return &panelCardRenderer{card: c, bg: bg}
}

type panelCardRenderer struct {
	card *panelCard
	bg   *canvas.Rectangle
}

func (r *panelCardRenderer) Destroy() {}

func (r *panelCardRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	pad := theme.Padding() / 2
	r.card.content.Move(fyne.NewPos(pad, pad))
	r.card.content.Resize(size.Subtract(fyne.NewSize(2*pad, 2*pad)))
}

func (r *panelCardRenderer) MinSize() fyne.Size {
	pad := theme.Padding()
	return r.card.content.MinSize().Add(fyne.NewSize(pad, pad))
}

func (r *panelCardRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.card.content}
}

func (r *panelCardRenderer) Refresh() {
	r.bg.FillColor = theme.Color(theme.ColorNameHover)
	r.bg.CornerRadius = theme.InputRadiusSize()
	if r.card.hovered {
		r.bg.Show()
	} else {
		r.bg.Hide()
	}
	r.bg.Refresh()
	r.card.content.Refresh()
}

// flowLayout places objects left to right, wrapping onto new lines, for
// tag chips. It remembers the width it was last given so that its minimum
// height counts the lines it wraps onto.
type flowLayout struct{ width float32 }

// Layout is part of fyne.Layout.
func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != f.width {
		f.width = size.Width
	}
	f.place(objs, size.Width, true)
}

// place lays the objects out in width (when move is set) and returns the
// height they take.
func (f *flowLayout) place(objs []fyne.CanvasObject, width float32, move bool) float32 {
	x, y, lineH := float32(0), float32(0), float32(0)
	gap := theme.Padding()
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > width {
			x, y = 0, y+lineH+gap
			lineH = 0
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(min(m.Width, width), m.Height))
		}
		x += m.Width + gap
		lineH = max(lineH, m.Height)
	}
	return y + lineH
}

// MinSize is part of fyne.Layout: the widest object, and the height of the
// lines the objects wrap onto at the last width laid out.
func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
		}
	}
	return fyne.NewSize(w, f.place(objs, max(f.width, w), false))
}

// tight sets o, a label, a button or a quiet text, with half the theme's
// inner padding around it, for dense lists: o lays itself out with the
// full padding, and half of it on each side lies outside the space it is
// given. Its text is where a theme with half the inner padding would draw
// it, and wraps at the same width.
//
// A theme override (container.ThemeOverride with a theme of half the
// padding) drew the same, but Fyne gives each refresh of an override a new
// scope and parses the fonts again for it, about 6 MB each time the panel
// was filled (each clipping opened, each suggestion accepted), never given
// back (docs/performance.md, "Memory").
func tight(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(tightLayout{}, o)
}

// tightLayout is tight's layout.
type tightLayout struct{}

// Layout is part of fyne.Layout.
func (tightLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	d := theme.InnerPadding() / 2
	for _, o := range objs {
		o.Move(fyne.NewPos(-d, -d))
		o.Resize(fyne.NewSize(size.Width+2*d, size.Height+2*d))
	}
}

// MinSize is part of fyne.Layout.
func (tightLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	d := theme.InnerPadding() / 2
	var s fyne.Size
	for _, o := range objs {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	if s.IsZero() {
		return s
	}
	return fyne.NewSize(max(0, s.Width-2*d), max(0, s.Height-2*d))
}
