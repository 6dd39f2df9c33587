package app

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/app/entitymap"
	"margin/library"
)

// entityMapView is the entity map with its filters, the passages of the
// link chosen and the time strip. The queries are the library's (Map,
// Passages, MentionsOverTime) and the layout is entitymap's, all run off
// the UI goroutine; the view only turns the filters into a MapFilter.
type entityMapView struct {
	lib   *library.Library
	tasks *tasks
	// openPassage opens a passage's clipping in the reader at the passage;
	// showEntity shows an entity's card.
	openPassage func(p library.Passage)
	showEntity  func(id int64)

	cache  entitymap.LayoutCache
	mapW   *entitymap.Map
	strip  *entitymap.Strip
	period *widget.Label
	status *widget.Label

	entity, tag, site, search *widget.Entry
	typ                       *widget.Select
	unit                      *widget.RadioGroup

	heading  *widget.Label
	passages *fyne.Container

	// per is the time strip's period; selected the entities it follows
	// (the map's entity or most mentioned ones, or the entity chosen last).
	per      *widget.Select
	selected []int64

	// since and until are the period chosen on the strip.
	since, until time.Time
	seq          atomic.Int64
}

// mapUnits names the link units in the view, in the order shown.
var mapUnits = []struct {
	label string
	unit  library.Unit
}{{"Same paragraph", library.UnitParagraph}, {"Same clipping", library.UnitClipping}}

// allTypes is the type filter's first choice.
const allTypes = "All types"

func newEntityMapView(lib *library.Library, t *tasks, openPassage func(library.Passage), showEntity func(int64)) *entityMapView {
	v := &entityMapView{lib: lib, tasks: t, openPassage: openPassage, showEntity: showEntity}
	v.mapW = entitymap.New()
	v.mapW.OnNodeTapped = v.nodeTapped
	v.mapW.OnLinkTapped = v.linkTapped
	v.mapW.OnNodeMoved = func(id int64, p entitymap.Point) {
		if d := v.mapW.Data(); d != nil {
			v.cache.Move(d, id, p)
		}
	}
	v.strip = entitymap.NewStrip()
	v.strip.OnPeriod = v.periodChosen
	v.period = widget.NewLabel("")
	v.status = widget.NewLabel("")
	v.status.Truncation = fyne.TextTruncateEllipsis
	entry := func(place string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(place)
		e.OnSubmitted = func(string) { v.reload() }
		return e
	}
	v.entity = entry("Entity (all)")
	v.tag = entry("Tag")
	v.site = entry("Site")
	v.search = entry("Search")
	types := []string{allTypes}
	for _, t := range annotate.EntityTypes {
		types = append(types, annotate.DescribeType(t).Plural)
	}
	v.typ = widget.NewSelect(types, func(string) { v.reload() })
	v.typ.SetSelectedIndex(0)
	var labels []string
	for _, u := range mapUnits {
		labels = append(labels, u.label)
	}
	v.unit = widget.NewRadioGroup(labels, func(string) { v.reload() })
	v.unit.Horizontal = true
	v.unit.Required = true
	v.unit.SetSelected(labels[0])
	v.per = widget.NewSelect([]string{"By month", "By week"}, func(string) { v.loadStrip() })
	v.per.SetSelectedIndex(0)
	v.heading = widget.NewLabel("Choose a link to see the passages where both names appear.")
	v.heading.Wrapping = fyne.TextWrapWord
	v.passages = container.NewVBox()
	return v
}

// content lays the view out: filters on top, the map beside the passages,
// the time strip below.
func (v *entityMapView) content() fyne.CanvasObject {
	show := widget.NewButton("Show", v.reload)
	filters := container.NewVBox(
		container.NewGridWithColumns(5, v.entity, v.typ, v.tag, v.site, v.search),
		container.NewBorder(nil, nil, v.unit, show, v.status),
	)
	side := container.NewBorder(v.heading, nil, nil, nil, container.NewVScroll(v.passages))
	split := container.NewHSplit(v.mapW, side)
	split.Offset = 0.64
	bottom := container.NewBorder(nil, nil, v.per, v.period, v.strip)
	return container.NewBorder(filters, bottom, nil, nil, split)
}

// filter is the MapFilter the controls say.
func (v *entityMapView) filter() library.MapFilter {
	f := library.MapFilter{Tag: v.tag.Text, Site: v.site.Text, Query: v.search.Text, Since: v.since, Until: v.until}
	for _, t := range annotate.EntityTypes {
		if annotate.DescribeType(t).Plural == v.typ.Selected {
			f.Types = []annotate.EntityType{t}
		}
	}
	for _, u := range mapUnits {
		if u.label == v.unit.Selected {
			f.Unit = u.unit
		}
	}
	return f
}

// reload shows the map the controls say, with a new time strip.
func (v *entityMapView) reload() { v.load(true) }

// load reads the map (and, if strip, the time strip of the entities on it)
// off the UI goroutine and shows it; a newer load makes an older one's
// result be dropped.
func (v *entityMapView) load(strip bool) {
	if v.mapW == nil || v.unit == nil || v.typ == nil {
		return // still being built
	}
	f := v.filter()
	per := v.periodLength()
	name := strings.TrimSpace(v.entity.Text)
	seq := v.seq.Add(1)
	v.status.SetText("Loading…")
	v.tasks.background(func(ctx context.Context) {
		start := time.Now()
		if name != "" {
			e, err := v.lib.FindEntity(ctx, name)
			if err != nil {
				v.tasks.do(func() { v.status.SetText(fmt.Sprintf("There is no entity named %q.", name)) })
				return
			}
			f.Entity = e.ID
		}
		m, err := v.lib.Map(ctx, f)
		if err != nil {
			v.tasks.showError(err)
			return
		}
		pos := v.cache.Layout(m)
		var bars []entitymap.Bar
		follow := stripFor(m, f)
		if strip {
			bars, err = v.bars(ctx, follow, per, f)
			if err != nil {
				v.tasks.showError(err)
				return
			}
		}
		took := time.Since(start)
		v.tasks.do(func() {
			if seq != v.seq.Load() {
				return
			}
			v.mapW.SetMap(m, pos)
			if strip {
				v.selected = follow
				v.strip.SetBars(bars)
				v.period.SetText(v.strip.Label())
			}
			v.status.SetText(mapSummary(m, took))
		})
	})
}

// stripEntities is how many of the map's entities the time strip follows
// when no one entity is chosen.
const stripEntities = 5

// period is the time strip's period as chosen.
func (v *entityMapView) periodLength() library.Period {
	if v.per != nil && v.per.SelectedIndex() == 1 {
		return library.Week
	}
	return library.Month
}

// stripFor returns the entities the time strip follows on a map: the
// filter's entity, or the map's most mentioned.
func stripFor(m *library.EntityMap, f library.MapFilter) []int64 {
	if f.Entity != 0 {
		return []int64{f.Entity}
	}
	var ids []int64
	for i, n := range m.Nodes {
		if i == stripEntities {
			break
		}
		ids = append(ids, n.ID)
	}
	return ids
}

// bars reads the time strip of the entities: their mentions per period in
// the filter's clippings, over all of time so that another period can be
// chosen.
func (v *entityMapView) bars(ctx context.Context, ids []int64, per library.Period, f library.MapFilter) ([]entitymap.Bar, error) {
	f.Since, f.Until = time.Time{}, time.Time{}
	counts, err := v.lib.MentionsOverTime(ctx, ids, per, f)
	if err != nil {
		return nil, err
	}
	return entitymap.Bars(counts, per), nil
}

// loadStrip reads the time strip of the entities it follows again, after
// the period's length or the entities changed.
func (v *entityMapView) loadStrip() {
	if v.strip == nil || len(v.selected) == 0 {
		return
	}
	ids, per, f := v.selected, v.periodLength(), v.filter()
	// The new strip has no period chosen, so neither has the map.
	if !v.since.IsZero() || !v.until.IsZero() {
		v.since, v.until = time.Time{}, time.Time{}
		v.load(false)
	}
	v.tasks.background(func(ctx context.Context) {
		bars, err := v.bars(ctx, ids, per, f)
		if err != nil {
			v.tasks.showError(err)
			return
		}
		v.tasks.do(func() {
			v.strip.SetBars(bars)
			v.period.SetText("")
		})
	})
}

// mapSummary says what the map shows: "42 entities, 150 of 3,210 links".
func mapSummary(m *library.EntityMap, took time.Duration) string {
	if len(m.Nodes) == 0 {
		return "No entity is mentioned with another in these clippings."
	}
	links := fmt.Sprintf("%d links", len(m.Links))
	if m.Total > len(m.Links) {
		links = fmt.Sprintf("the %d strongest of %d links", len(m.Links), m.Total)
	}
	return fmt.Sprintf("%d entities, %s (%d ms)", len(m.Nodes), links, took.Milliseconds())
}

// periodChosen filters the map to the period chosen on the strip, or
// clears the filter.
func (v *entityMapView) periodChosen(start, end time.Time) {
	v.since, v.until = start, end
	v.period.SetText(v.strip.Label())
	v.load(false)
}

// nodeTapped shows the entity's card and follows it on the time strip.
func (v *entityMapView) nodeTapped(id int64) {
	v.selected = []int64{id}
	v.loadStrip()
	if v.showEntity != nil {
		v.showEntity(id)
	}
}

// linkTapped lists the passages behind a link.
func (v *entityMapView) linkTapped(a, b int64) {
	f := v.filter()
	names := map[int64]string{}
	if d := v.mapW.Data(); d != nil {
		for _, n := range d.Nodes {
			names[n.ID] = n.Name
		}
	}
	v.heading.SetText(fmt.Sprintf("%s and %s", names[a], names[b]))
	v.passages.RemoveAll()
	v.tasks.background(func(ctx context.Context) {
		ps, total, err := v.lib.Passages(ctx, a, b, f)
		if err != nil {
			v.tasks.showError(err)
			return
		}
		v.tasks.do(func() { v.showPassages(names[a], names[b], ps, total) })
	})
}

func (v *entityMapView) showPassages(a, b string, ps []library.Passage, total int) {
	head := fmt.Sprintf("%s and %s: %d passages in %d clippings", a, b, len(ps), total)
	if len(ps) == 1 {
		head = fmt.Sprintf("%s and %s: 1 passage", a, b)
	}
	v.heading.SetText(head)
	v.passages.RemoveAll()
	for _, p := range ps {
		quote := widget.NewLabel(p.Quote)
		quote.Wrapping = fyne.TextWrapWord
		source := hint(strings.TrimSpace(p.Title + " · " + p.Site + " · " + p.Date.Format("2 Jan 2006")))
		v.passages.Add(newPanelCard(container.NewVBox(quote, source), func() {
			if v.openPassage != nil {
				v.openPassage(p)
			}
		}))
	}
	v.passages.Refresh()
}

// ShowEntityMap opens the entity map in a window of its own, beside the
// reader: choosing a passage opens it there.
func (w *mainWindow) ShowEntityMap() {
	if w.mapWin != nil {
		w.mapWin.RequestFocus()
		return
	}
	v := newEntityMapView(w.lib, w.tasks, func(p library.Passage) {
		w.openClipping(p.ClippingID, func() {
			w.reader.ScrollTo(p.Start)
			w.reader.Flash(p.Start, p.End)
			w.win.RequestFocus()
		})
	}, func(id int64) {
		w.win.RequestFocus()
		w.ShowEntityCard(annotate.Mention{EntityID: id})
	})
	win := w.app.NewWindow("Entity Map")
	win.SetContent(v.content())
	win.Resize(fyne.NewSize(1100, 720))
	win.SetOnClosed(func() { w.mapWin, w.entityMap = nil, nil })
	w.mapWin, w.entityMap = win, v
	win.Show()
	win.Canvas().Focus(v.mapW)
	v.reload()
}
