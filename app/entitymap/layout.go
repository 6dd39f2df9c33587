// Package entitymap draws the entity map: entities as nodes sized by the
// clippings that mention them and coloured by type, links weighted by what
// they share, with pan, zoom, dragging and the keyboard; and the time strip
// under it. It is shaped like a Fyne widget: setters in, On... callbacks
// out. The queries are the library's; the window wires them.
package entitymap

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"margin/library"
)

// Point is a node's place on the map, each coordinate in [0, 1].
type Point struct{ X, Y float64 }

// layoutSeed seeds the little randomness the layout uses (the start of
// the power iteration, the nudge that parts nodes at one place), so that
// the same map is laid out the same way each time.
const layoutSeed = 22

// The layout spaces nodes in nominal units: pixels at 100% with the
// theme's default text size and padding. They only set proportions; the
// view scales the result to its size.
const (
	linkLength     = 70.0                 // the length a link should have
	labelTextSize  = 12.0                 // the labels' text size (the theme's 14 × 0.85)
	labelCharWidth = 0.58 * labelTextSize // a character's average width
	labelHeight    = 1.4 * labelTextSize
	nominalPadding = 4.0
	boxGap         = 6.0  // space kept between two nodes' boxes
	componentGap   = 40.0 // space kept between two components
	// packAspect is the width over the height the components are packed
	// to: the map's pane is usually wider than tall.
	packAspect = 1.15
)

// Layout places the entities of m so that a map of several clusters reads
// well. Each connected component is laid out on its own by stress
// majorization (the distances between nodes follow the number of links
// between them; see stress.go); then the nodes of a component are pushed
// apart until no node's disc and label under it cover another's; then the
// components, largest first, are packed on shelves with space between
// them. The result is scaled into the unit square, keeping its aspect.
// It is deterministic and pure computation: run it off the UI goroutine.
func Layout(m *library.EntityMap) map[int64]Point {
	out := make(map[int64]Point, len(m.Nodes))
	if len(m.Nodes) == 0 {
		return out
	}
	a := arrange(m)
	for i, p := range normalise(a.pos) {
		out[a.nodes[i].ID] = p
	}
	return out
}

// arrangement is a map laid out in nominal units: its nodes by ID, each
// one's place and box, and its connected components (indices into nodes).
type arrangement struct {
	nodes []library.MapNode
	pos   []vec
	boxes []box
	comps [][]int
}

// arrange lays out a map with at least one node in nominal units (see
// Layout).
func arrange(m *library.EntityMap) arrangement {
	// Nodes are taken in ID order so that the result does not depend on
	// the order the library listed them in.
	nodes := slices.Clone(m.Nodes)
	slices.SortFunc(nodes, func(a, b library.MapNode) int { return cmp.Compare(a.ID, b.ID) })
	nodes = slices.CompactFunc(nodes, func(a, b library.MapNode) bool { return a.ID == b.ID })
	index := make(map[int64]int, len(nodes))
	most := 1
	for i, n := range nodes {
		index[n.ID] = i
		most = max(most, n.Clippings)
	}
	adj := make([][]int, len(nodes))
	for _, k := range m.Links {
		a, okA := index[k.A]
		b, okB := index[k.B]
		if !okA || !okB || a == b {
			continue
		}
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	for i := range adj {
		slices.Sort(adj[i])
		adj[i] = slices.Compact(adj[i])
	}
	boxes := make([]box, len(nodes))
	for i, n := range nodes {
		boxes[i] = nodeBox(n, most)
	}
	pos := make([]vec, len(nodes))
	comps := components(adj)
	sizes := make([]vec, len(comps))
	for ci, c := range comps {
		local := layoutComponent(c, adj)
		cb := make([]box, len(c))
		for k, i := range c {
			cb[k] = boxes[i]
		}
		separate(local, cb)
		lo, hi := extent(local, cb)
		for k, i := range c {
			pos[i] = local[k].sub(lo)
		}
		sizes[ci] = hi.sub(lo)
	}
	offsets := pack(sizes)
	for ci, c := range comps {
		for _, i := range c {
			pos[i] = pos[i].add(offsets[ci])
		}
	}
	return arrangement{nodes: nodes, pos: pos, boxes: boxes, comps: comps}
}

// nodeRadius is a node's radius: by the square root of its clippings, so
// that its area follows them, from 1.5 to 6 paddings.
func nodeRadius(clippings, most int, padding float32) float32 {
	small := padding * 1.5
	return small + 3*small*float32(math.Sqrt(float64(clippings)/float64(max(most, 1))))
}

// box is how far a node's disc and its label under it reach from the
// node's centre, with half the gap kept between boxes.
type box struct{ left, right, top, bottom float64 }

// nodeBox is a node's box at the nominal sizes. The label's width is
// guessed from its length: the layout has no fonts (the view measures the
// real labels when it places them; see PlaceLabels).
func nodeBox(n library.MapNode, most int) box {
	r := float64(nodeRadius(n.Clippings, most, nominalPadding))
	half := math.Max(r, float64(utf8.RuneCountInString(n.Name))*labelCharWidth/2) + boxGap/2
	return box{left: half, right: half, top: r + boxGap/2, bottom: r + 1 + labelHeight + boxGap/2}
}

// vec is a point or a size in nominal units.
type vec struct{ x, y float64 }

func (a vec) add(b vec) vec { return vec{a.x + b.x, a.y + b.y} }
func (a vec) sub(b vec) vec { return vec{a.x - b.x, a.y - b.y} }

// components returns the graph's connected components, each a sorted list
// of node indices, in the order of their first node.
func components(adj [][]int) [][]int {
	seen := make([]bool, len(adj))
	var comps [][]int
	for s := range adj {
		if seen[s] {
			continue
		}
		seen[s] = true
		c := []int{s}
		for q := 0; q < len(c); q++ {
			for _, j := range adj[c[q]] {
				if !seen[j] {
					seen[j] = true
					c = append(c, j)
				}
			}
		}
		slices.Sort(c)
		comps = append(comps, c)
	}
	return comps
}

// separate pushes apart the nodes whose boxes overlap, each pair along the
// axis where they overlap less, half each way, until none do (or, for a
// crowd that will not settle, after a bounded number of passes).
func separate(pos []vec, boxes []box) {
	order := make([]int, len(pos))
	for pass := 0; pass < 200; pass++ {
		for i := range order {
			order[i] = i
		}
		left := func(i int) float64 { return pos[i].x - boxes[i].left }
		slices.SortFunc(order, func(a, b int) int {
			if c := cmp.Compare(left(a), left(b)); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		moved := false
		for oa, a := range order {
			for _, b := range order[oa+1:] {
				if left(b) >= pos[a].x+boxes[a].right {
					break
				}
				ox := math.Min(pos[a].x+boxes[a].right, pos[b].x+boxes[b].right) - math.Max(left(a), left(b))
				oy := math.Min(pos[a].y+boxes[a].bottom, pos[b].y+boxes[b].bottom) - math.Max(pos[a].y-boxes[a].top, pos[b].y-boxes[b].top)
				if ox <= 0 || oy <= 0 {
					continue
				}
				moved = true
				// The pair's order along the axis decides the way each
				// goes; a pair at one place parts by index.
				if ox < oy {
					d := (ox + 0.5) / 2
					if pos[b].x < pos[a].x || (pos[b].x == pos[a].x && b < a) {
						d = -d
					}
					pos[a].x -= d
					pos[b].x += d
				} else {
					d := (oy + 0.5) / 2
					if pos[b].y < pos[a].y || (pos[b].y == pos[a].y && b < a) {
						d = -d
					}
					pos[a].y -= d
					pos[b].y += d
				}
			}
		}
		if !moved {
			return
		}
	}
}

// extent returns the corners of the rectangle that holds every node's box.
func extent(pos []vec, boxes []box) (lo, hi vec) {
	lo = vec{math.Inf(1), math.Inf(1)}
	hi = vec{math.Inf(-1), math.Inf(-1)}
	for i, p := range pos {
		lo.x = math.Min(lo.x, p.x-boxes[i].left)
		lo.y = math.Min(lo.y, p.y-boxes[i].top)
		hi.x = math.Max(hi.x, p.x+boxes[i].right)
		hi.y = math.Max(hi.y, p.y+boxes[i].bottom)
	}
	return lo, hi
}

// pack places rectangles of the given sizes, the tallest first, each at
// the lowest place (then the leftmost) where it fits on the skyline of
// those placed before, within a width, with componentGap between them
// (bottom-left skyline packing, which fills the room beside a large
// component with small ones). It returns each one's top left corner. Of a
// few widths it keeps the one whose result is nearest packAspect, so that
// the map fills its pane.
func pack(sizes []vec) []vec {
	order := make([]int, len(sizes))
	widest, area := 0.0, 0.0
	for i, s := range sizes {
		order[i] = i
		widest = math.Max(widest, s.x)
		area += (s.x + componentGap) * (s.y + componentGap)
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := cmp.Compare(sizes[b].y, sizes[a].y); c != 0 {
			return c
		}
		return cmp.Compare(sizes[b].x, sizes[a].x)
	})
	var best []vec
	bestSide := math.Inf(1)
	for _, f := range []float64{0.8, 1, 1.2, 1.5, 2} {
		at, w, h := skyline(sizes, order, math.Max(widest, f*math.Sqrt(area*packAspect)))
		// The side of the pane of packAspect that holds the result.
		if side := math.Max(w/packAspect, h); side < bestSide {
			best, bestSide = at, side
		}
	}
	return best
}

// skyline packs the rectangles in the order given within width (see
// pack) and returns their corners and the extent they take.
func skyline(sizes []vec, order []int, width float64) (at []vec, w, h float64) {
	type segment struct{ x, w, y float64 } // the top of what is placed, from x to x+w
	line := []segment{{0, width + componentGap, 0}}
	at = make([]vec, len(sizes))
	for _, i := range order {
		// Each rectangle keeps a gap to its right and below it.
		rw, rh := sizes[i].x+componentGap, sizes[i].y+componentGap
		bestX, bestY, bestK := 0.0, math.Inf(1), -1
		for k, sg := range line {
			if sg.x+rw > width+componentGap+1e-9 && k > 0 {
				break
			}
			y, end := 0.0, sg.x+rw
			for _, o := range line[k:] {
				if o.x >= end {
					break
				}
				y = math.Max(y, o.y)
			}
			if y < bestY {
				bestX, bestY, bestK = sg.x, y, k
			}
		}
		at[i] = vec{bestX, bestY}
		w = math.Max(w, bestX+sizes[i].x)
		h = math.Max(h, bestY+sizes[i].y)
		// Raise the skyline over [bestX, bestX+rw).
		end := bestX + rw
		var next []segment
		next = append(next, line[:bestK]...)
		next = append(next, segment{bestX, rw, bestY + rh})
		for _, o := range line[bestK:] {
			if o.x+o.w <= end {
				continue
			}
			if o.x < end {
				o.w -= end - o.x
				o.x = end
			}
			next = append(next, o)
		}
		line = next
	}
	return at, w, h
}

// normalise scales the points into the unit square, keeping the aspect
// and centring the shorter side.
func normalise(pos []vec) []Point {
	out := make([]Point, len(pos))
	lo := vec{math.Inf(1), math.Inf(1)}
	hi := vec{math.Inf(-1), math.Inf(-1)}
	for _, p := range pos {
		lo = vec{math.Min(lo.x, p.x), math.Min(lo.y, p.y)}
		hi = vec{math.Max(hi.x, p.x), math.Max(hi.y, p.y)}
	}
	span := math.Max(hi.x-lo.x, hi.y-lo.y)
	for i, p := range pos {
		q := Point{X: 0.5, Y: 0.5}
		if span > 0 && !math.IsNaN(span) && !math.IsInf(span, 0) {
			q = Point{
				X: min(max((p.x-lo.x)/span+(1-(hi.x-lo.x)/span)/2, 0), 1),
				Y: min(max((p.y-lo.y)/span+(1-(hi.y-lo.y)/span)/2, 0), 1),
			}
		}
		out[i] = q
	}
	return out
}

// LayoutCache keeps the layouts of the maps shown lately, so that going
// back to a map (or redrawing it) puts every node where it was, and a
// node the person dragged stays where they left it.
type LayoutCache struct {
	mu    sync.Mutex
	keys  []string
	saved map[string]map[int64]Point
}

// cacheSize is how many layouts a LayoutCache keeps.
const cacheSize = 16

// key names a map by its nodes and links.
func key(m *library.EntityMap) string {
	var b strings.Builder
	for _, n := range m.Nodes {
		fmt.Fprintf(&b, "%d,", n.ID)
	}
	b.WriteByte('|')
	for _, k := range m.Links {
		fmt.Fprintf(&b, "%d-%d:%d,", k.A, k.B, k.Count)
	}
	return b.String()
}

// Layout returns the map's layout, from the cache or computed (see Layout).
// It is safe to call from any goroutine.
func (c *LayoutCache) Layout(m *library.EntityMap) map[int64]Point {
	k := key(m)
	c.mu.Lock()
	if p, ok := c.saved[k]; ok {
		c.mu.Unlock()
		return clonePoints(p)
	}
	c.mu.Unlock()
	p := Layout(m)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.saved == nil {
		c.saved = map[string]map[int64]Point{}
	}
	if _, ok := c.saved[k]; !ok {
		c.keys = append(c.keys, k)
		if len(c.keys) > cacheSize {
			delete(c.saved, c.keys[0])
			c.keys = c.keys[1:]
		}
	}
	c.saved[k] = p
	return clonePoints(p)
}

// Move records that the person put a node of the map elsewhere.
func (c *LayoutCache) Move(m *library.EntityMap, id int64, p Point) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.saved[key(m)]; ok {
		s[id] = p
	}
}

func clonePoints(p map[int64]Point) map[int64]Point {
	out := make(map[int64]Point, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}
