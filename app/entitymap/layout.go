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
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/spatial/r2"

	"margin/library"
)

// Point is a node's place on the map, each coordinate in [0, 1].
type Point struct{ X, Y float64 }

// layoutSeed seeds the force-directed layout, so that the same map is
// laid out the same way each time.
const layoutSeed = 22

// Layout places the entities of m with gonum's Eades force-directed layout
// (Barnes-Hut repulsion, attraction by link weight), seeded, and scales the
// result into the unit square. It is pure computation: run it off the UI
// goroutine.
func Layout(m *library.EntityMap) map[int64]Point {
	out := make(map[int64]Point, len(m.Nodes))
	if len(m.Nodes) == 0 {
		return out
	}
	g := simple.NewWeightedUndirectedGraph(0, 0)
	// Nodes are added in ID order so that the seeded start does not depend
	// on the order the library listed them in.
	ids := make([]int64, len(m.Nodes))
	for i, n := range m.Nodes {
		ids[i] = n.ID
	}
	slices.Sort(ids)
	for _, id := range ids {
		g.AddNode(simple.Node(id))
	}
	maxCount := 1
	for _, k := range m.Links {
		maxCount = max(maxCount, k.Count)
	}
	for _, k := range m.Links {
		if k.A == k.B || g.Node(k.A) == nil || g.Node(k.B) == nil {
			continue
		}
		// Weights in (0, 1]: a strong link pulls its ends closer.
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(k.A), simple.Node(k.B), 0.2+0.8*float64(k.Count)/float64(maxCount)))
	}
	eades := &layout.EadesR2{
		Updates:   120,
		Repulsion: 1,
		Rate:      0.05,
		Theta:     0.2,
		Src:       rand.NewPCG(layoutSeed, uint64(len(ids))),
	}
	opt := layout.NewOptimizerR2(orderedGraph{g}, eades.Update)
	for opt.Update() {
	}
	// The bounds are taken between the 5th and 95th percentiles of each
	// axis, and the few nodes beyond are set at the edge: a force layout
	// pushes a node with few links far out, and bounds that reached it
	// would squeeze every other node into a clump.
	xs := make([]float64, len(ids))
	ys := make([]float64, len(ids))
	for i, id := range ids {
		c := opt.Coord2(id)
		xs[i], ys[i] = c.X, c.Y
	}
	slices.Sort(xs)
	slices.Sort(ys)
	q := func(v []float64, p float64) float64 { return v[int(p*float64(len(v)-1)+0.5)] }
	minV := r2.Vec{X: q(xs, 0.05), Y: q(ys, 0.05)}
	maxV := r2.Vec{X: q(xs, 0.95), Y: q(ys, 0.95)}
	if len(ids) < 20 {
		minV, maxV = r2.Vec{X: xs[0], Y: ys[0]}, r2.Vec{X: xs[len(xs)-1], Y: ys[len(ys)-1]}
	}
	span := math.Max(maxV.X-minV.X, maxV.Y-minV.Y)
	for _, id := range ids {
		c := opt.Coord2(id)
		p := Point{X: 0.5, Y: 0.5}
		if span > 0 && !math.IsNaN(span) {
			// Keep the aspect ratio; centre the shorter side.
			p = Point{
				X: min(max((c.X-minV.X)/span+(1-(maxV.X-minV.X)/span)/2, 0), 1),
				Y: min(max((c.Y-minV.Y)/span+(1-(maxV.Y-minV.Y)/span)/2, 0), 1),
			}
		}
		out[id] = p
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

// orderedGraph lists its nodes, and each node's neighbours, by ID. The
// simple graph lists them in map order, which differs from run to run; the
// layout draws its random numbers in the order it meets the nodes, so
// without this the same map would be laid out differently each time.
type orderedGraph struct {
	*simple.WeightedUndirectedGraph
}

// Nodes returns the graph's nodes by ID.
func (g orderedGraph) Nodes() graph.Nodes {
	return sortedNodes(g.WeightedUndirectedGraph.Nodes())
}

// From returns the neighbours of the node id by ID.
func (g orderedGraph) From(id int64) graph.Nodes {
	return sortedNodes(g.WeightedUndirectedGraph.From(id))
}

func sortedNodes(it graph.Nodes) graph.Nodes {
	nodes := graph.NodesOf(it)
	slices.SortFunc(nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(nodes)
}
