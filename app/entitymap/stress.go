package entitymap

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"
)

// stressLimit is the largest component laid out by stress majorization,
// which keeps every pair's distance (memory and time grow with the square
// of the nodes); a larger one, which only a map of every link can have,
// gets gonum's force-directed layout.
const stressLimit = 1200

// layoutComponent lays out one connected component (sorted node indices
// into adj) and returns each node's place, in the component's order, in
// nominal units.
func layoutComponent(c []int, adj [][]int) []vec {
	switch n := len(c); {
	case n == 1:
		return []vec{{}}
	case n == 2:
		// One over the other: labels are wider than tall.
		return []vec{{}, {0, linkLength}}
	case n > stressLimit:
		return eades(c, adj)
	}
	local := make(map[int]int, len(c))
	for k, i := range c {
		local[i] = k
	}
	ladj := make([][]int, len(c))
	for k, i := range c {
		for _, j := range adj[i] {
			ladj[k] = append(ladj[k], local[j])
		}
	}
	d := hops(ladj)
	pos := classicalMDS(d, len(c))
	stress(pos, d)
	return pos
}

// hops returns the number of links on a shortest path between each pair
// of nodes of a connected graph, row by row, times linkLength.
func hops(adj [][]int) []float64 {
	n := len(adj)
	d := make([]float64, n*n)
	queue := make([]int, 0, n)
	for s := range n {
		row := d[s*n : (s+1)*n]
		for i := range row {
			row[i] = -1
		}
		row[s] = 0
		queue = append(queue[:0], s)
		for q := 0; q < len(queue); q++ {
			u := queue[q]
			for _, v := range adj[u] {
				if row[v] < 0 {
					row[v] = row[u] + linkLength
					queue = append(queue, v)
				}
			}
		}
	}
	return d
}

// classicalMDS returns a first layout from the distances: the two leading
// eigenvectors of the double-centred squared distances (Torgerson's
// classical scaling), found by power iteration from a seeded start, plus a
// seeded nudge of a hundredth of a link so that no two nodes share a
// place (stress majorization cannot part them then).
func classicalMDS(d []float64, n int) []vec {
	b := make([]float64, n*n)
	rows := make([]float64, n)
	all := 0.0
	for i := range n {
		for j := range n {
			v := d[i*n+j] * d[i*n+j]
			b[i*n+j] = v
			rows[i] += v
		}
		all += rows[i]
		rows[i] /= float64(n)
	}
	all /= float64(n * n)
	for i := range n {
		for j := range n {
			b[i*n+j] = -0.5 * (b[i*n+j] - rows[i] - rows[j] + all)
		}
	}
	// The power iteration finds the eigenvalue largest in size; shifting
	// the matrix by a bound on its eigenvalues (Gershgorin's) makes that
	// the largest of them, as classical scaling wants, not a negative one.
	shift := 0.0
	for i := range n {
		s := 0.0
		for _, x := range b[i*n : (i+1)*n] {
			s += math.Abs(x)
		}
		shift = math.Max(shift, s)
	}
	for i := range n {
		b[i*n+i] += shift
	}
	rnd := rand.New(rand.NewPCG(layoutSeed, uint64(n)))
	first := leadingVector(b, n, nil, rnd)
	second := leadingVector(b, n, first.v, rnd)
	first.value -= shift
	second.value -= shift
	pos := make([]vec, n)
	for i := range pos {
		pos[i] = vec{
			first.v[i]*math.Sqrt(math.Max(first.value, 0)) + (rnd.Float64()-0.5)*linkLength/100,
			second.v[i]*math.Sqrt(math.Max(second.value, 0)) + (rnd.Float64()-0.5)*linkLength/100,
		}
	}
	return pos
}

type eigen struct {
	v     []float64
	value float64
}

// leadingVector finds the eigenvector of the symmetric matrix b with the
// largest eigenvalue, orthogonal to not (if given), by power iteration.
func leadingVector(b []float64, n int, not []float64, rnd *rand.Rand) eigen {
	v := make([]float64, n)
	for i := range v {
		v[i] = rnd.Float64() - 0.5
	}
	w := make([]float64, n)
	value := 0.0
	for range 200 {
		if not != nil {
			dot := 0.0
			for i := range v {
				dot += v[i] * not[i]
			}
			for i := range v {
				v[i] -= dot * not[i]
			}
		}
		norm := 0.0
		for _, x := range v {
			norm += x * x
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			return eigen{v: v}
		}
		for i := range v {
			v[i] /= norm
		}
		next := 0.0
		for i := range n {
			s := 0.0
			row := b[i*n : (i+1)*n]
			for j, x := range v {
				s += row[j] * x
			}
			w[i] = s
			next += s * v[i]
		}
		v, w = w, v
		if math.Abs(next-value) <= 1e-9*math.Abs(next) {
			value = next
			break
		}
		value = next
	}
	norm := 0.0
	for _, x := range v {
		norm += x * x
	}
	if norm = math.Sqrt(norm); norm > 0 {
		for i := range v {
			v[i] /= norm
		}
	}
	return eigen{v: v, value: value}
}

// stress improves the layout by stress majorization (Gansner, Koren and
// North, "Graph drawing by stress majorization", 2004): each node in turn
// goes to the place that best keeps its distances to all the others, each
// weighted by one over the distance squared, so that near neighbours
// count most. It stops when the nodes move less than a twentieth of a
// unit on average (a link is 70), or after 300 rounds.
func stress(pos []vec, d []float64) {
	n := len(pos)
	for range 300 {
		moved := 0.0
		for i := range n {
			var sx, sy, sw float64
			row := d[i*n : (i+1)*n]
			for j, dij := range row {
				if j == i || dij <= 0 {
					continue
				}
				w := 1 / (dij * dij)
				dx, dy := pos[i].x-pos[j].x, pos[i].y-pos[j].y
				l := math.Sqrt(dx*dx + dy*dy)
				if l < 1e-9 {
					sx += w * pos[j].x
					sy += w * pos[j].y
				} else {
					sx += w * (pos[j].x + dij*dx/l)
					sy += w * (pos[j].y + dij*dy/l)
				}
				sw += w
			}
			if sw == 0 {
				continue
			}
			next := vec{sx / sw, sy / sw}
			moved += math.Hypot(next.x-pos[i].x, next.y-pos[i].y)
			pos[i] = next
		}
		if moved/float64(n) < 0.05 {
			return
		}
	}
}

// eades lays out a large component with gonum's Eades force-directed
// layout (Barnes–Hut repulsion), seeded, and scales it so that the mean
// link has linkLength.
func eades(c []int, adj [][]int) []vec {
	g := simple.NewUndirectedGraph()
	for _, i := range c {
		g.AddNode(simple.Node(i))
	}
	for _, i := range c {
		for _, j := range adj[i] {
			if i < j {
				g.SetEdge(g.NewEdge(simple.Node(i), simple.Node(j)))
			}
		}
	}
	e := &layout.EadesR2{Updates: 120, Repulsion: 1, Rate: 0.05, Theta: 0.2, Src: rand.NewPCG(layoutSeed, uint64(len(c)))}
	opt := layout.NewOptimizerR2(orderedGraph{g}, e.Update)
	for opt.Update() {
	}
	pos := make([]vec, len(c))
	for k, i := range c {
		p := opt.Coord2(int64(i))
		pos[k] = vec{p.X, p.Y}
	}
	total, links := 0.0, 0
	local := make(map[int]int, len(c))
	for k, i := range c {
		local[i] = k
	}
	for k, i := range c {
		for _, j := range adj[i] {
			if i < j {
				total += math.Hypot(pos[k].x-pos[local[j]].x, pos[k].y-pos[local[j]].y)
				links++
			}
		}
	}
	if links > 0 && total > 0 {
		f := linkLength * float64(links) / total
		for k := range pos {
			pos[k] = vec{pos[k].x * f, pos[k].y * f}
		}
	}
	return pos
}

// orderedGraph lists its nodes, and each node's neighbours, by ID. The
// simple graph lists them in map order, which differs from run to run; the
// layout draws its random numbers in the order it meets the nodes, so
// without this the same map would be laid out differently each time.
type orderedGraph struct {
	*simple.UndirectedGraph
}

// Nodes returns the graph's nodes by ID.
func (g orderedGraph) Nodes() graph.Nodes {
	return sortedNodes(g.UndirectedGraph.Nodes())
}

// From returns the neighbours of the node id by ID.
func (g orderedGraph) From(id int64) graph.Nodes {
	return sortedNodes(g.UndirectedGraph.From(id))
}

func sortedNodes(it graph.Nodes) graph.Nodes {
	nodes := graph.NodesOf(it)
	slices.SortFunc(nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(nodes)
}
