package entitymap

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"margin/annotate"
	"margin/library"
)

// clustered is a map like a small library's: a few clippings, each a
// tight clique of the entities it names, two of them joined by an entity
// both name, plus a lone pair and a lone entity.
func clustered() *library.EntityMap {
	m := &library.EntityMap{Unit: library.UnitParagraph}
	id := int64(100)
	clique := func(size int) []int64 {
		var ids []int64
		for range size {
			id++
			ids = append(ids, id)
			m.Nodes = append(m.Nodes, library.MapNode{ID: id, Name: fmt.Sprintf("Entity number %d", id), Type: annotate.Person, Clippings: 1 + int(id%4)})
		}
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				m.Links = append(m.Links, library.MapLink{A: a, B: b, Count: 1 + int((a+b)%3)})
			}
		}
		return ids
	}
	first := clique(9)
	second := clique(7)
	clique(6)
	clique(2)
	clique(1)
	// One entity both of the first two clippings name.
	m.Links = append(m.Links, library.MapLink{A: first[0], B: second[0], Count: 2})
	return m
}

func TestLayoutIsDeterministic(t *testing.T) {
	m := clustered()
	a := Layout(m)
	shuffled := *m
	shuffled.Nodes = slices.Clone(m.Nodes)
	slices.Reverse(shuffled.Nodes)
	shuffled.Links = slices.Clone(m.Links)
	slices.Reverse(shuffled.Links)
	for range 3 {
		if b := Layout(m); !reflect.DeepEqual(a, b) {
			t.Fatalf("two layouts of one map differ")
		}
	}
	if b := Layout(&shuffled); !reflect.DeepEqual(a, b) {
		t.Errorf("the layout depends on the order the map lists its nodes and links in")
	}
}

func TestLayoutKeepsComponentsApart(t *testing.T) {
	m := clustered()
	pos := Layout(m)
	if len(pos) != len(m.Nodes) {
		t.Fatalf("%d of %d nodes placed", len(pos), len(m.Nodes))
	}
	for id, p := range pos {
		if p.X < 0 || p.X > 1 || p.Y < 0 || p.Y > 1 || math.IsNaN(p.X) || math.IsNaN(p.Y) {
			t.Errorf("node %d at %v, outside the unit square", id, p)
		}
	}
	a := arrange(m)
	if len(a.comps) != 4 {
		t.Fatalf("%d components, want 4 (two clippings joined, one alone, a pair, a lone entity)", len(a.comps))
	}
	var boxes [][2]vec
	for _, c := range a.comps {
		var p []vec
		var b []box
		for _, i := range c {
			p = append(p, a.pos[i])
			b = append(b, a.boxes[i])
		}
		lo, hi := extent(p, b)
		boxes = append(boxes, [2]vec{lo, hi})
	}
	for i, x := range boxes {
		for _, y := range boxes[i+1:] {
			if x[0].x < y[1].x && y[0].x < x[1].x && x[0].y < y[1].y && y[0].y < x[1].y {
				t.Errorf("components overlap: %v and %v", x, y)
			}
		}
	}
}

func TestLayoutKeepsNodesOfAClusterApart(t *testing.T) {
	a := arrange(clustered())
	// No node's disc and label (as the layout guesses its size) cover
	// another's, at the nominal scale.
	for i := range a.nodes {
		for j := i + 1; j < len(a.nodes); j++ {
			p, q, b, c := a.pos[i], a.pos[j], a.boxes[i], a.boxes[j]
			ox := math.Min(p.x+b.right, q.x+c.right) - math.Max(p.x-b.left, q.x-c.left)
			oy := math.Min(p.y+b.bottom, q.y+c.bottom) - math.Max(p.y-b.top, q.y-c.top)
			if ox > 1e-6 && oy > 1e-6 {
				t.Errorf("%s and %s overlap by %.1f×%.1f units", a.nodes[i].Name, a.nodes[j].Name, ox, oy)
			}
		}
	}
}

func TestLayoutOfAStarSpreadsTheLeaves(t *testing.T) {
	// A map around one entity: every other entity links to it.
	m := &library.EntityMap{Nodes: []library.MapNode{{ID: 1, Name: "Centre", Clippings: 20}}}
	for i := int64(2); i <= 40; i++ {
		m.Nodes = append(m.Nodes, library.MapNode{ID: i, Name: fmt.Sprintf("Leaf %d", i), Clippings: 1})
		m.Links = append(m.Links, library.MapLink{A: 1, B: i, Count: 1})
	}
	pos := Layout(m)
	closest := math.Inf(1)
	for i := int64(2); i <= 40; i++ {
		for j := i + 1; j <= 40; j++ {
			closest = math.Min(closest, math.Hypot(pos[i].X-pos[j].X, pos[i].Y-pos[j].Y))
		}
	}
	if closest < 0.02 {
		t.Errorf("two leaves %.3f apart in the unit square", closest)
	}
}

func TestPackKeepsRectanglesApart(t *testing.T) {
	tests := []struct {
		name  string
		sizes []vec
	}{
		{"one", []vec{{100, 50}}},
		{"a large one and many small", append([]vec{{900, 800}}, slices.Repeat([]vec{{120, 90}, {60, 150}}, 12)...)},
		{"all alike", slices.Repeat([]vec{{80, 80}}, 30)},
		{"varied", func() []vec {
			var v []vec
			for i := range 40 {
				v = append(v, vec{float64(20 + i*37%200), float64(20 + i*53%170)})
			}
			return v
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := pack(tt.sizes)
			if len(at) != len(tt.sizes) {
				t.Fatalf("%d corners for %d rectangles", len(at), len(tt.sizes))
			}
			for i, p := range at {
				if p.x < 0 || p.y < 0 {
					t.Errorf("rectangle %d at %v", i, p)
				}
				for j := i + 1; j < len(at); j++ {
					q := at[j]
					if p.x < q.x+tt.sizes[j].x+componentGap-1e-9 && q.x < p.x+tt.sizes[i].x+componentGap-1e-9 &&
						p.y < q.y+tt.sizes[j].y+componentGap-1e-9 && q.y < p.y+tt.sizes[i].y+componentGap-1e-9 {
						t.Errorf("rectangles %d at %v and %d at %v are closer than the gap", i, p, j, q)
					}
				}
			}
		})
	}
}
