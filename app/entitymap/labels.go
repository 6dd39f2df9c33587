package entitymap

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
)

// LabelSpot is what PlaceLabels needs to know of a node: where its disc
// is, how large its label is, and how much its label matters.
type LabelSpot struct {
	Centre fyne.Position
	Radius float32
	Size   fyne.Size // the label's, as measured
	Weight float64   // the greater, the sooner the label is placed
	// Always places the label before every other, and over other nodes'
	// discs when there is no other room: the entity chosen or focused.
	Always bool
}

// LabelPlace is where a node's label goes: the rectangle it covers, or
// Shown false when it found no room.
type LabelPlace struct {
	Pos   fyne.Position
	Size  fyne.Size
	Shown bool
}

// labelCandidates are the places a label may take around its node, in the
// order they are tried: under it (where a reader looks first), over it,
// right, left, then the four corners. Each returns the label's top left
// corner for a node at c of radius r and a label of size s.
var labelCandidates = []func(c fyne.Position, r float32, s fyne.Size) fyne.Position{
	func(c fyne.Position, r float32, s fyne.Size) fyne.Position {
		return fyne.NewPos(c.X-s.Width/2, c.Y+r+1)
	},
	func(c fyne.Position, r float32, s fyne.Size) fyne.Position {
		return fyne.NewPos(c.X-s.Width/2, c.Y-r-1-s.Height)
	},
	func(c fyne.Position, r float32, s fyne.Size) fyne.Position {
		return fyne.NewPos(c.X+r+2, c.Y-s.Height/2)
	},
	func(c fyne.Position, r float32, s fyne.Size) fyne.Position {
		return fyne.NewPos(c.X-r-2-s.Width, c.Y-s.Height/2)
	},
	func(c fyne.Position, r float32, s fyne.Size) fyne.Position { return fyne.NewPos(c.X+r*0.7, c.Y+r*0.7) },
	func(c fyne.Position, r float32, s fyne.Size) fyne.Position {
		return fyne.NewPos(c.X-r*0.7-s.Width, c.Y+r*0.7)
	},
	func(c fyne.Position, r float32, s fyne.Size) fyne.Position {
		return fyne.NewPos(c.X+r*0.7, c.Y-r*0.7-s.Height)
	},
	func(c fyne.Position, r float32, s fyne.Size) fyne.Position {
		return fyne.NewPos(c.X-r*0.7-s.Width, c.Y-r*0.7-s.Height)
	},
}

// labelGap is the least room kept between two labels side by side, so
// that two names do not read as one.
const labelGap = 4

// PlaceLabels places the labels of the nodes so that no two overlap. It
// takes them those shown Always first, then greatest Weight first (ties
// in the order given), and gives each the first of its candidate places
// around its node (labelCandidates) that overlaps no label already placed
// (nor comes within labelGap of one beside it), lies inside bounds (when
// bounds is not zero) and covers no other node's disc; failing that, the
// first that covers no disc's inner half; failing that, for a label shown
// Always, the first that only covers discs; failing that, the label is not
// shown (the view shows it when the node is pointed at or chosen). It is
// pure: positions and sizes in, rectangles out, one per spot.
func PlaceLabels(spots []LabelSpot, bounds fyne.Size) []LabelPlace {
	out := make([]LabelPlace, len(spots))
	order := make([]int, len(spots))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if spots[a].Always != spots[b].Always {
			if spots[a].Always {
				return -1
			}
			return 1
		}
		return cmp.Compare(spots[b].Weight, spots[a].Weight)
	})
	placed := make([]int, 0, len(spots))
	// fits says whether label i fits at p, keeping off the discs of other
	// nodes, or (at the second try) off their inner half, or (at the
	// last, for a label shown always) regardless of them.
	fits := func(i int, p fyne.Position, disc float32) bool {
		s := spots[i].Size
		if !bounds.IsZero() && (p.X < 0 || p.Y < 0 || p.X+s.Width > bounds.Width || p.Y+s.Height > bounds.Height) {
			return false
		}
		for _, j := range placed {
			if overlaps(p.SubtractXY(labelGap, 0), s.AddWidthHeight(2*labelGap, 0), out[j].Pos, out[j].Size) {
				return false
			}
		}
		for j, o := range spots {
			if j != i && coversDisc(p, s, o.Centre, o.Radius*disc) {
				return false
			}
		}
		return true
	}
	for _, i := range order {
		sp := spots[i]
		out[i].Size = sp.Size
		if sp.Size.IsZero() {
			continue
		}
		tries := []float32{1, 0.5}
		if sp.Always {
			tries = append(tries, 0)
		}
	search:
		for _, disc := range tries {
			for _, at := range labelCandidates {
				if p := at(sp.Centre, sp.Radius, sp.Size); fits(i, p, disc) {
					out[i].Pos, out[i].Shown = p, true
					placed = append(placed, i)
					break search
				}
			}
		}
	}
	return out
}

// overlaps says whether two rectangles share more than an edge.
func overlaps(p fyne.Position, s fyne.Size, q fyne.Position, t fyne.Size) bool {
	return p.X < q.X+t.Width && q.X < p.X+s.Width && p.Y < q.Y+t.Height && q.Y < p.Y+s.Height
}

// coversDisc says whether a rectangle covers part of a disc.
func coversDisc(p fyne.Position, s fyne.Size, c fyne.Position, r float32) bool {
	x := max(p.X, min(c.X, p.X+s.Width))
	y := max(p.Y, min(c.Y, p.Y+s.Height))
	dx, dy := c.X-x, c.Y-y
	return dx*dx+dy*dy < r*r
}
