package entitymap

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/app/palette"
	"margin/library"
)

// Map is the entity map widget. Give it a map and its layout with SetMap;
// it calls OnNodeTapped when an entity is chosen (tapped, or Enter on the
// focused one), OnLinkTapped when a link is, and OnNodeMoved when the
// person drags an entity elsewhere.
//
// Keys, when it has the focus: Page Down and Page Up (or N and P) go to
// the next and previous entity or link, L to the next link (the strongest
// first), Enter or Space choose it, the arrows pan, + and - zoom and 0
// fits the map to the view.
type Map struct {
	widget.BaseWidget

	OnNodeTapped func(id int64)
	OnLinkTapped func(a, b int64)
	OnNodeMoved  func(id int64, p Point)

	data    *library.EntityMap
	pos     map[int64]Point
	lo, hi  Point // the corners of the nodes' extent when fitted
	most    int   // the most clippings of an entity, for the radii
	zoom    float32
	pan     fyne.Position // added to the drawn positions
	focused bool
	current int // keyboard position: nodes first, then links; -1 none
	link    int // the link chosen last, -1 none
	drag    int64
	chosen  int64 // the entity chosen last, 0 none
	hover   int64 // the entity under the pointer, 0 none
	panning bool
	press   *fyne.Position // where the mouse button went down, for a drag to start from
	// moves counts changes to the nodes' places (a new map, an entity
	// dragged), so the renderer places the labels again only then.
	moves int
}

// New returns an empty map.
func New() *Map {
	m := &Map{zoom: 1, current: -1, link: -1}
	m.ExtendBaseWidget(m)
	return m
}

// SetMap shows a map laid out at pos (see Layout), fitted to the view.
func (m *Map) SetMap(data *library.EntityMap, pos map[int64]Point) {
	m.data, m.pos = data, pos
	m.moves++
	m.zoom, m.pan = 1, fyne.Position{}
	m.current, m.link = -1, -1
	m.chosen, m.hover = 0, 0
	m.most = 1
	if data != nil {
		for _, n := range data.Nodes {
			m.most = max(m.most, n.Clippings)
		}
	}
	m.fitExtent()
	m.Refresh()
}

// Data returns the map shown, or nil.
func (m *Map) Data() *library.EntityMap { return m.data }

// NodePosition returns where the entity is drawn, in the widget's coordinates.
func (m *Map) NodePosition(id int64) (fyne.Position, bool) {
	p, ok := m.pos[id]
	if !ok {
		return fyne.Position{}, false
	}
	return m.toScreen(p), true
}

// margins keep nodes off the widget's edges: wider at the sides, where a
// label is wider than its node, and at the bottom, where labels go first.
func (m *Map) margins() (left, top, right, bottom float32) {
	p := theme.Padding()
	return 8 * p, 3 * p, 8 * p, 3*p + theme.TextSize()
}

// fitExtent notes the extent of the nodes' places, which the view fits
// into the widget at zoom 1.
func (m *Map) fitExtent() {
	m.lo, m.hi = Point{}, Point{}
	first := true
	for _, p := range m.pos {
		if first {
			m.lo, m.hi, first = p, p, false
			continue
		}
		m.lo = Point{X: math.Min(m.lo.X, p.X), Y: math.Min(m.lo.Y, p.Y)}
		m.hi = Point{X: math.Max(m.hi.X, p.X), Y: math.Max(m.hi.Y, p.Y)}
	}
}

// frame returns the scale from the layout's units to the widget's and
// where the extent's top left corner is drawn, fitting the extent to the
// widget (less its margins) at zoom 1 and centring it.
func (m *Map) frame() (scale float32, origin fyne.Position) {
	s := m.Size()
	l, t, r, b := m.margins()
	w, h := max(s.Width-l-r, 1), max(s.Height-t-b, 1)
	ew, eh := float32(m.hi.X-m.lo.X), float32(m.hi.Y-m.lo.Y)
	scale = min(w, h)
	switch {
	case ew > 0 && eh > 0:
		scale = min(w/ew, h/eh)
	case ew > 0:
		scale = w / ew
	case eh > 0:
		scale = h / eh
	}
	scale *= m.zoom
	return scale, fyne.NewPos(l+(w-ew*scale)/2+m.pan.X, t+(h-eh*scale)/2+m.pan.Y)
}

func (m *Map) toScreen(p Point) fyne.Position {
	scale, o := m.frame()
	return fyne.NewPos(o.X+float32(p.X-m.lo.X)*scale, o.Y+float32(p.Y-m.lo.Y)*scale)
}

func (m *Map) fromScreen(q fyne.Position) Point {
	scale, o := m.frame()
	return Point{X: m.lo.X + float64((q.X-o.X)/scale), Y: m.lo.Y + float64((q.Y-o.Y)/scale)}
}

// radius is a node's radius: by the square root of its clippings, so that
// its area follows them.
func (m *Map) radius(n library.MapNode) float32 {
	return nodeRadius(n.Clippings, m.most, theme.Padding())
}

// linkWidth is a link's stroke by its count.
func (m *Map) linkWidth(k library.MapLink) float32 {
	most := 1
	for _, o := range m.data.Links {
		most = max(most, o.Count)
	}
	return 1 + 5*float32(k.Count)/float32(most)
}

// nodeAt returns the node drawn under q, the topmost first.
func (m *Map) nodeAt(q fyne.Position) (int64, bool) {
	if m.data == nil {
		return 0, false
	}
	for i := len(m.data.Nodes) - 1; i >= 0; i-- {
		n := m.data.Nodes[i]
		p, ok := m.NodePosition(n.ID)
		if !ok {
			continue
		}
		r := m.radius(n) + 2
		if dx, dy := q.X-p.X, q.Y-p.Y; dx*dx+dy*dy <= r*r {
			return n.ID, true
		}
	}
	return 0, false
}

// linkAt returns the index of the link drawn under q.
func (m *Map) linkAt(q fyne.Position) (int, bool) {
	if m.data == nil {
		return -1, false
	}
	best, bestD := -1, float32(theme.Padding()*1.5)
	for i, k := range m.data.Links {
		a, okA := m.NodePosition(k.A)
		b, okB := m.NodePosition(k.B)
		if !okA || !okB {
			continue
		}
		if d := segmentDistance(q, a, b); d <= bestD {
			best, bestD = i, d
		}
	}
	return best, best >= 0
}

func segmentDistance(q, a, b fyne.Position) float32 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := dx*dx + dy*dy
	t := float32(0)
	if l > 0 {
		t = max(0, min(1, ((q.X-a.X)*dx+(q.Y-a.Y)*dy)/l))
	}
	px, py := a.X+t*dx-q.X, a.Y+t*dy-q.Y
	return float32(math.Sqrt(float64(px*px + py*py)))
}

// Tapped chooses the entity or link under the pointer.
func (m *Map) Tapped(e *fyne.PointEvent) {
	if id, ok := m.nodeAt(e.Position); ok {
		m.chooseNode(id)
		return
	}
	if i, ok := m.linkAt(e.Position); ok {
		m.chooseLink(i)
	}
}

func (m *Map) chooseNode(id int64) {
	m.chosen = id
	for i, n := range m.data.Nodes {
		if n.ID == id {
			m.current = i
		}
	}
	m.Refresh()
	if m.OnNodeTapped != nil {
		m.OnNodeTapped(id)
	}
}

func (m *Map) chooseLink(i int) {
	m.link = i
	m.current = len(m.data.Nodes) + i
	m.Refresh()
	if m.OnLinkTapped != nil {
		k := m.data.Links[i]
		m.OnLinkTapped(k.A, k.B)
	}
}

// Dragged moves the entity the drag began on, or else pans the map.
func (m *Map) Dragged(e *fyne.DragEvent) {
	if m.data == nil {
		return
	}
	if m.drag == 0 && !m.panning {
		start := e.Position.Subtract(e.Dragged)
		if m.press != nil {
			start = *m.press
		}
		if id, ok := m.nodeAt(start); ok {
			m.drag = id
		} else {
			m.panning = true
		}
	}
	if m.drag != 0 {
		p, _ := m.NodePosition(m.drag)
		m.pos[m.drag] = m.fromScreen(p.Add(e.Dragged))
		m.moves++
	} else {
		m.pan = m.pan.Add(e.Dragged)
	}
	m.Refresh()
}

// DragEnd ends a drag, telling OnNodeMoved where an entity was left.
func (m *Map) DragEnd() {
	if m.drag != 0 && m.OnNodeMoved != nil {
		m.OnNodeMoved(m.drag, m.pos[m.drag])
	}
	m.drag, m.panning, m.press = 0, false, nil
}

// MouseDown notes where a drag may start.
func (m *Map) MouseDown(e *desktop.MouseEvent) {
	p := e.Position
	m.press = &p
}

// MouseIn notes the entity under the pointer, whose label is then shown.
func (m *Map) MouseIn(e *desktop.MouseEvent) { m.MouseMoved(e) }

// MouseMoved notes the entity under the pointer.
func (m *Map) MouseMoved(e *desktop.MouseEvent) {
	id, _ := m.nodeAt(e.Position)
	if id != m.hover {
		m.hover = id
		m.Refresh()
	}
}

// MouseOut forgets the entity under the pointer.
func (m *Map) MouseOut() {
	if m.hover != 0 {
		m.hover = 0
		m.Refresh()
	}
}

// MouseUp forgets it.
func (m *Map) MouseUp(*desktop.MouseEvent) {
	if m.drag == 0 && !m.panning {
		m.press = nil
	}
}

// Scrolled zooms about the pointer.
func (m *Map) Scrolled(e *fyne.ScrollEvent) {
	f := float32(math.Pow(1.0015, float64(e.Scrolled.DY)))
	m.zoomAbout(f, e.Position)
}

func (m *Map) zoomAbout(f float32, at fyne.Position) {
	z := max(0.2, min(8, m.zoom*f))
	// Keep the point under at where it is.
	before := m.fromScreen(at)
	m.zoom = z
	after := m.toScreen(before)
	m.pan = m.pan.Add(at.Subtract(after))
	m.Refresh()
}

// ZoomIn zooms in about the centre, as + does.
func (m *Map) ZoomIn() { m.zoomAbout(1.25, m.centre()) }

// ZoomOut zooms out about the centre.
func (m *Map) ZoomOut() { m.zoomAbout(0.8, m.centre()) }

// Fit shows the whole map, where its entities are now.
func (m *Map) Fit() { m.zoom, m.pan = 1, fyne.Position{}; m.fitExtent(); m.Refresh() }

func (m *Map) centre() fyne.Position {
	return fyne.NewPos(m.Size().Width/2, m.Size().Height/2)
}

// FocusGained, FocusLost, TypedRune and TypedKey make the map keyboard
// reachable (fyne.Focusable).
func (m *Map) FocusGained() {
	m.focused = true
	if m.current < 0 && m.data != nil && len(m.data.Nodes) > 0 {
		m.current = 0
	}
	m.Refresh()
}

// FocusLost hides the focus ring.
func (m *Map) FocusLost() { m.focused = false; m.Refresh() }

// TypedRune zooms, fits and steps through the map's items.
func (m *Map) TypedRune(r rune) {
	switch r {
	case '+', '=':
		m.ZoomIn()
	case '-':
		m.ZoomOut()
	case '0':
		m.Fit()
	case 'n':
		m.step(1)
	case 'p':
		m.step(-1)
	case 'l':
		m.nextLink()
	case ' ':
		m.activate()
	}
}

// TypedKey pans with the arrows, steps with Page Up and Down and chooses
// with Enter.
func (m *Map) TypedKey(e *fyne.KeyEvent) {
	d := 6 * theme.Padding()
	switch e.Name {
	case fyne.KeyLeft:
		m.pan.X += d
	case fyne.KeyRight:
		m.pan.X -= d
	case fyne.KeyUp:
		m.pan.Y += d
	case fyne.KeyDown:
		m.pan.Y -= d
	case fyne.KeyPageDown:
		m.step(1)
		return
	case fyne.KeyPageUp:
		m.step(-1)
		return
	case fyne.KeyReturn, fyne.KeyEnter:
		m.activate()
		return
	default:
		return
	}
	m.Refresh()
}

func (m *Map) items() int {
	if m.data == nil {
		return 0
	}
	return len(m.data.Nodes) + len(m.data.Links)
}

func (m *Map) step(d int) {
	n := m.items()
	if n == 0 {
		return
	}
	m.current = ((m.current+d)%n + n) % n
	m.Refresh()
}

// nextLink moves the keyboard to the next link, the strongest first.
func (m *Map) nextLink() {
	if m.data == nil || len(m.data.Links) == 0 {
		return
	}
	nodes := len(m.data.Nodes)
	i := m.current - nodes + 1
	if i < 0 || i >= len(m.data.Links) {
		i = 0
	}
	m.current = nodes + i
	m.Refresh()
}

func (m *Map) activate() {
	if m.current < 0 || m.current >= m.items() {
		return
	}
	if m.current < len(m.data.Nodes) {
		m.chooseNode(m.data.Nodes[m.current].ID)
		return
	}
	m.chooseLink(m.current - len(m.data.Nodes))
}

// Cursor is a pointer over the map.
func (m *Map) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer makes the map's renderer.
func (m *Map) CreateRenderer() fyne.WidgetRenderer {
	r := &mapRenderer{m: m, bg: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type mapRenderer struct {
	m       *Map
	bg      *canvas.Rectangle
	lines   []*canvas.Line
	circles []*canvas.Circle
	labels  []*canvas.Text
	backs   []*canvas.Rectangle // behind each label, so that links under it do not cross the text
	ring    *canvas.Circle
	tipBg   *canvas.Rectangle // behind tip
	tip     *canvas.Text      // the label of the entity pointed at, when its own is hidden
	objects []fyne.CanvasObject
	// places are the labels' places for placedFor; the pointer moving
	// over the map redraws it without placing them again.
	places     []LabelPlace
	placedFor  labelKey
	placements int // how many times the labels were placed, for tests
}

// labelKey is what the labels' places depend on.
type labelKey struct {
	data          *library.EntityMap
	size          fyne.Size
	textSize      float32
	font          string
	zoom          float32
	pan           fyne.Position
	lo, hi        Point
	moves         int
	chosen, focus int64
	link          int
}

func (r *mapRenderer) Destroy() {}

func (r *mapRenderer) MinSize() fyne.Size { return fyne.NewSize(240, 200) }

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *mapRenderer) Layout(fyne.Size) { r.Refresh() }

// build makes one line per link and one circle and label per node.
func (r *mapRenderer) build() {
	d := r.m.data
	r.lines, r.circles, r.labels, r.backs = nil, nil, nil, nil
	r.objects = []fyne.CanvasObject{r.bg}
	r.ring = canvas.NewCircle(color.Transparent)
	r.ring.Hide()
	r.tipBg = canvas.NewRectangle(color.Transparent)
	r.tip = canvas.NewText("", color.Black)
	r.tipBg.Hide()
	r.tip.Hide()
	if d == nil {
		return
	}
	for range d.Links {
		l := canvas.NewLine(color.Transparent)
		r.lines = append(r.lines, l)
		r.objects = append(r.objects, l)
	}
	for _, n := range d.Nodes {
		c := canvas.NewCircle(color.Transparent)
		t := canvas.NewText(n.Name, color.Black)
		r.circles = append(r.circles, c)
		r.labels = append(r.labels, t)
		r.objects = append(r.objects, c)
	}
	for _, t := range r.labels {
		b := canvas.NewRectangle(color.Transparent)
		r.backs = append(r.backs, b)
		r.objects = append(r.objects, b, t)
	}
	r.objects = append(r.objects, r.ring, r.tipBg, r.tip)
}

func (r *mapRenderer) Refresh() {
	m := r.m
	d := m.data
	if d == nil || r.ring == nil || len(r.circles) != len(d.Nodes) || len(r.lines) != len(d.Links) || (len(d.Nodes) > 0 && r.labels[0].Text != d.Nodes[0].Name) {
		r.build()
	}
	r.bg.FillColor = theme.Color(theme.ColorNameBackground)
	r.bg.Resize(m.Size())
	r.bg.Refresh()
	if d == nil {
		return
	}
	fg := theme.Color(theme.ColorNameForeground)
	dim := theme.Color(theme.ColorNameDisabled)
	focusC := theme.Color(theme.ColorNameFocus)
	primary := theme.Color(theme.ColorNamePrimary)
	labelBack := withAlpha(theme.Color(theme.ColorNameBackground), 0xb0)
	size := theme.TextSize() * 0.85
	for i, k := range d.Links {
		a, _ := m.NodePosition(k.A)
		b, _ := m.NodePosition(k.B)
		l := r.lines[i]
		l.Position1, l.Position2 = a, b
		l.StrokeWidth = m.linkWidth(k)
		l.StrokeColor = dim
		if i == m.link || (m.focused && m.current == len(d.Nodes)+i) {
			l.StrokeColor = primary
		}
		l.Refresh()
	}
	r.ring.Hide()
	r.tip.Hide()
	r.tipBg.Hide()
	places := r.placeLabels(size)
	for i, n := range d.Nodes {
		p, _ := m.NodePosition(n.ID)
		rad := m.radius(n)
		c := r.circles[i]
		c.FillColor = palette.EntityType(n.Type)
		c.StrokeColor = theme.Color(theme.ColorNameBackground)
		c.StrokeWidth = 1
		c.Move(fyne.NewPos(p.X-rad, p.Y-rad))
		c.Resize(fyne.NewSize(2*rad, 2*rad))
		c.Refresh()
		t := r.labels[i]
		t.Color = fg
		t.TextSize = size
		b := r.backs[i]
		if pl := places[i]; pl.Shown {
			t.Move(pl.Pos)
			t.Resize(pl.Size)
			t.Show()
			t.Refresh()
			b.FillColor = labelBack
			b.CornerRadius = 2
			b.Move(pl.Pos.SubtractXY(1, 0))
			b.Resize(pl.Size.AddWidthHeight(2, 0))
			b.Show()
			b.Refresh()
		} else {
			t.Hide()
			b.Hide()
		}
		if n.ID == m.hover && !places[i].Shown {
			r.showTip(n.Name, size, p, rad)
		}
		if m.focused && m.current == i {
			rr := rad + 3
			r.ring.StrokeColor, r.ring.StrokeWidth = focusC, 2
			r.ring.Move(fyne.NewPos(p.X-rr, p.Y-rr))
			r.ring.Resize(fyne.NewSize(2*rr, 2*rr))
			r.ring.Show()
			r.ring.Refresh()
		}
	}
}

// placeLabels places the nodes' labels so that none covers another (see
// PlaceLabels): the chosen entity's, the focused one's and the chosen
// link's ends' first, then by the clippings that mention each. It places
// them again only when the map, its size, zoom or pan, a node's place or
// the labels put first have changed since the last time, not when only
// the entity under the pointer has.
func (r *mapRenderer) placeLabels(size float32) []LabelPlace {
	m := r.m
	d := m.data
	key := labelKey{data: d, size: m.Size(), textSize: size, font: theme.TextFont().Name(), zoom: m.zoom, pan: m.pan,
		lo: m.lo, hi: m.hi, moves: m.moves, chosen: m.chosen, link: -1}
	forced := map[int64]bool{m.chosen: true}
	if m.focused && m.current >= 0 && m.current < len(d.Nodes) {
		key.focus = d.Nodes[m.current].ID
		forced[key.focus] = true
	}
	if m.link >= 0 && m.link < len(d.Links) {
		key.link = m.link
		forced[d.Links[m.link].A], forced[d.Links[m.link].B] = true, true
	}
	if r.places != nil && key == r.placedFor {
		return r.places
	}
	r.placements++
	spots := make([]LabelSpot, len(d.Nodes))
	for i, n := range d.Nodes {
		p, _ := m.NodePosition(n.ID)
		spots[i] = LabelSpot{
			Centre: p,
			Radius: m.radius(n),
			Size:   fyne.MeasureText(n.Name, size, fyne.TextStyle{}),
			Weight: float64(n.Clippings),
			Always: forced[n.ID],
		}
	}
	r.places, r.placedFor = PlaceLabels(spots, m.Size()), key
	return r.places
}

// showTip shows a label over everything else, on the background, under
// the node at p of radius rad (or over it at the widget's bottom edge).
func (r *mapRenderer) showTip(name string, size float32, p fyne.Position, rad float32) {
	pad := theme.Padding() / 2
	ts := fyne.MeasureText(name, size, fyne.TextStyle{})
	at := fyne.NewPos(p.X-ts.Width/2, p.Y+rad+1+pad)
	if at.Y+ts.Height+pad > r.m.Size().Height {
		at.Y = p.Y - rad - 1 - pad - ts.Height
	}
	at.X = max(pad, min(at.X, r.m.Size().Width-ts.Width-pad))
	r.tip.Text, r.tip.TextSize, r.tip.Color = name, size, theme.Color(theme.ColorNameForeground)
	r.tip.Move(at)
	r.tip.Resize(ts)
	r.tipBg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	r.tipBg.StrokeColor, r.tipBg.StrokeWidth = theme.Color(theme.ColorNameSeparator), 1
	r.tipBg.Move(at.SubtractXY(pad, pad))
	r.tipBg.Resize(ts.AddWidthHeight(2*pad, 2*pad))
	r.tip.Show()
	r.tipBg.Show()
	r.tip.Refresh()
	r.tipBg.Refresh()
}

// withAlpha returns the colour c made partly transparent.
func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
