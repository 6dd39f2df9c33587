package entitymap

import (
	"reflect"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"margin/annotate"
	"margin/library"
)

func sample() *library.EntityMap {
	return &library.EntityMap{
		Unit: library.UnitParagraph,
		Nodes: []library.MapNode{
			{ID: 1, Name: "Putin", Type: annotate.Person, Clippings: 9},
			{ID: 2, Name: "Scholz", Type: annotate.Person, Clippings: 3},
			{ID: 3, Name: "Paris", Type: annotate.Place, Clippings: 1},
		},
		Links: []library.MapLink{{A: 1, B: 2, Count: 4}, {A: 2, B: 3, Count: 1}},
	}
}

func TestLayoutIsStableAndInTheUnitSquare(t *testing.T) {
	a, b := Layout(sample()), Layout(sample())
	if !reflect.DeepEqual(a, b) {
		t.Errorf("two layouts of one map differ: %v, %v", a, b)
	}
	if len(a) != 3 {
		t.Fatalf("layout %v", a)
	}
	for id, p := range a {
		if p.X < 0 || p.X > 1 || p.Y < 0 || p.Y > 1 {
			t.Errorf("node %d at %v", id, p)
		}
	}
	var c LayoutCache
	first := c.Layout(sample())
	c.Move(sample(), 1, Point{0.1, 0.9})
	if again := c.Layout(sample()); again[1] != (Point{0.1, 0.9}) || again[2] != first[2] {
		t.Errorf("the cache does not keep a moved node: %v", again)
	}
}

func newShownMap(t *testing.T) (*Map, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	m := New()
	m.SetMap(sample(), map[int64]Point{1: {0.1, 0.1}, 2: {0.9, 0.1}, 3: {0.5, 0.9}})
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(400, 400))
	return m, w
}

func TestMapInput(t *testing.T) {
	t.Run("tapping a node chooses the entity", func(t *testing.T) {
		m, _ := newShownMap(t)
		var got int64
		m.OnNodeTapped = func(id int64) { got = id }
		p, _ := m.NodePosition(2)
		test.TapAt(m, p)
		if got != 2 {
			t.Errorf("tapped %d, want 2", got)
		}
	})
	t.Run("tapping a link chooses the pair", func(t *testing.T) {
		m, _ := newShownMap(t)
		var a, b int64
		m.OnLinkTapped = func(x, y int64) { a, b = x, y }
		p1, _ := m.NodePosition(1)
		p2, _ := m.NodePosition(2)
		test.TapAt(m, fyne.NewPos((p1.X+p2.X)/2, (p1.Y+p2.Y)/2))
		if a != 1 || b != 2 {
			t.Errorf("tapped link %d–%d, want 1–2", a, b)
		}
	})
	t.Run("dragging a node moves it and says where", func(t *testing.T) {
		m, w := newShownMap(t)
		var moved int64
		m.OnNodeMoved = func(id int64, p Point) { moved = id }
		p, _ := m.NodePosition(3)
		m.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
		test.Drag(w.Canvas(), abs2(m, p), 30, -40)
		q, _ := m.NodePosition(3)
		if moved != 3 || q.X-p.X < 20 || p.Y-q.Y < 30 {
			t.Errorf("node 3 from %v to %v, moved %d", p, q, moved)
		}
	})
	t.Run("dragging the background pans the map", func(t *testing.T) {
		m, w := newShownMap(t)
		p, _ := m.NodePosition(1)
		test.Drag(w.Canvas(), abs2(m, fyne.NewPos(200, 120)), 25, 25)
		q, _ := m.NodePosition(1)
		if q.X-p.X < 20 || q.Y-p.Y < 20 {
			t.Errorf("node 1 from %v to %v after a pan", p, q)
		}
	})
	t.Run("scrolling zooms about the pointer", func(t *testing.T) {
		m, _ := newShownMap(t)
		p1, _ := m.NodePosition(1)
		p2, _ := m.NodePosition(2)
		m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p1}, Scrolled: fyne.Delta{DY: 300}})
		q1, _ := m.NodePosition(1)
		q2, _ := m.NodePosition(2)
		if abs(q1.X-p1.X) > 1 || q2.X-q1.X <= p2.X-p1.X {
			t.Errorf("zoom: node 1 %v→%v, node 2 %v→%v", p1, q1, p2, q2)
		}
	})
	t.Run("the keyboard steps through nodes and links and chooses", func(t *testing.T) {
		m, _ := newShownMap(t)
		var node int64
		var a, b int64
		m.OnNodeTapped = func(id int64) { node = id }
		m.OnLinkTapped = func(x, y int64) { a, b = x, y }
		m.FocusGained()
		m.TypedRune('n')
		m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if node != 2 {
			t.Errorf("Enter after one step chose node %d, want 2", node)
		}
		for range 2 {
			m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		}
		m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if a != 1 || b != 2 {
			t.Errorf("Enter on the first link chose %d–%d", a, b)
		}
		m.TypedRune('l')
		m.TypedRune(' ')
		if a != 2 || b != 3 {
			t.Errorf("L, Space after the first link chose %d–%d, want the second", a, b)
		}
	})
}

func abs(x float32) float32 { return max(x, -x) }

// abs2 is a position in the map on its window's canvas.
func abs2(m *Map, p fyne.Position) fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(m).Add(p)
}

func TestStrip(t *testing.T) {
	test.NewTempApp(t)
	counts := []library.TimeCount{
		{EntityID: 1, Start: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Mentions: 3},
		{EntityID: 2, Start: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Mentions: 1},
		{EntityID: 1, Start: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), Mentions: 2},
	}
	bars := Bars(counts, library.Month)
	if len(bars) != 4 || bars[0].Mentions != 4 || bars[1].Mentions != 0 || bars[3].Mentions != 2 {
		t.Fatalf("bars %+v", bars)
	}
	s := NewStrip()
	s.SetBars(bars)
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(400, 60))
	var start, end time.Time
	s.OnPeriod = func(a, b time.Time) { start, end = a, b }
	test.TapAt(s, fyne.NewPos(s.Size().Width*3.5/4, 10))
	if !start.Equal(time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)) || !end.Equal(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("chose %v to %v, want April 2024", start, end)
	}
	if got := s.Label(); got != "April 2024: 2 mentions" {
		t.Errorf("label %q", got)
	}
	test.TapAt(s, fyne.NewPos(s.Size().Width*3.5/4, 10))
	if !start.IsZero() {
		t.Errorf("choosing the period again leaves %v", start)
	}
	s.FocusGained()
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !start.Equal(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("the keyboard chose %v, want March 2024", start)
	}
}

func TestMapLabels(t *testing.T) {
	test.NewTempApp(t)
	m := New()
	// Eight entities on top of each other: not every label fits. Zagreb,
	// the last of the least mentioned, is placed last, and drawn on top.
	d := sample()
	pos := map[int64]Point{1: {0, 0}, 2: {0.5, 0.5}, 3: {0.5, 0.5}}
	for i, name := range []string{"Brussels", "Vienna", "Prague", "Lisbon", "Zagreb"} {
		id := int64(10 + i)
		d.Nodes = append(d.Nodes, library.MapNode{ID: id, Name: name, Type: annotate.Place, Clippings: 1})
		pos[id] = Point{0.5, 0.5}
	}
	d.Nodes = append(d.Nodes, library.MapNode{ID: 5, Name: "Kyiv", Type: annotate.Place, Clippings: 2})
	pos[5] = Point{1, 1}
	m.SetMap(d, pos)
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(400, 400))
	r := test.WidgetRenderer(m).(*mapRenderer)
	shown := func() map[string]bool {
		out := map[string]bool{}
		for _, l := range r.labels {
			if l.Visible() {
				out[l.Text] = true
			}
		}
		return out
	}
	t.Run("no two labels shown overlap, and the most mentioned are shown", func(t *testing.T) {
		got := shown()
		if !got["Scholz"] || !got["Putin"] || !got["Kyiv"] {
			t.Errorf("labels shown %v; Scholz, the most mentioned of those together, and the lone ones should be", got)
		}
		if got["Zagreb"] || len(got) == len(r.labels) {
			t.Errorf("labels shown %v, though eight nodes share a place", got)
		}
		for i, a := range r.labels {
			for _, b := range r.labels[i+1:] {
				if a.Visible() && b.Visible() && overlaps(a.Position(), a.Size(), b.Position(), b.Size()) {
					t.Errorf("%s and %s overlap", a.Text, b.Text)
				}
			}
		}
	})
	t.Run("a hidden label shows while the pointer is over its entity", func(t *testing.T) {
		p, _ := m.NodePosition(14)
		m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
		if !r.tip.Visible() || r.tip.Text != "Zagreb" {
			t.Errorf("pointing at Zagreb, whose label is hidden, shows %q (visible %v)", r.tip.Text, r.tip.Visible())
		}
		m.MouseOut()
		if r.tip.Visible() {
			t.Errorf("the label stays after the pointer left")
		}
	})
	t.Run("the pointer moving over the map does not place the labels again", func(t *testing.T) {
		before := r.placements
		for _, id := range []int64{14, 5, 1, 14} {
			p, _ := m.NodePosition(id)
			m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
		}
		m.MouseOut()
		if r.placements != before {
			t.Errorf("hovering placed the labels %d times", r.placements-before)
		}
		w.Resize(fyne.NewSize(420, 400))
		if r.placements == before {
			t.Errorf("resizing the map did not place the labels again")
		}
	})
	t.Run("a chosen entity's label is shown", func(t *testing.T) {
		m.chooseNode(14)
		if got := shown(); !got["Zagreb"] {
			t.Errorf("chose Zagreb, its label is hidden (shown: %v)", got)
		}
	})
}
