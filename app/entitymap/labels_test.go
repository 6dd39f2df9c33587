package entitymap

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestPlaceLabels(t *testing.T) {
	label := fyne.NewSize(80, 16)
	tests := []struct {
		name   string
		spots  []LabelSpot
		bounds fyne.Size
		// shown lists which labels are shown; first, when not -1, is the
		// label that must keep its first choice, under its node.
		shown []bool
		first int
	}{
		{
			name: "labels far apart all go under their nodes",
			spots: []LabelSpot{
				{Centre: fyne.NewPos(50, 50), Radius: 6, Size: label, Weight: 1},
				{Centre: fyne.NewPos(250, 50), Radius: 6, Size: label, Weight: 2},
			},
			shown: []bool{true, true},
			first: 0,
		},
		{
			name: "of two nodes at one place the more important keeps the place under it",
			spots: []LabelSpot{
				{Centre: fyne.NewPos(100, 100), Radius: 6, Size: label, Weight: 1},
				{Centre: fyne.NewPos(100, 100), Radius: 6, Size: label, Weight: 5},
			},
			shown: []bool{true, true},
			first: 1,
		},
		{
			name: "a label that finds no room is hidden, the less important one",
			spots: func() []LabelSpot {
				var s []LabelSpot
				for i := range 12 {
					s = append(s, LabelSpot{Centre: fyne.NewPos(100, 100), Radius: 6, Size: label, Weight: float64(i)})
				}
				return s
			}(),
			// Under and over the place; every other candidate touches one of those.
			shown: []bool{false, false, false, false, false, false, false, false, false, false, true, true},
			first: 11,
		},
		{
			name: "a label that would leave the view goes elsewhere",
			spots: []LabelSpot{
				{Centre: fyne.NewPos(100, 392), Radius: 6, Size: label, Weight: 1},
			},
			bounds: fyne.NewSize(400, 400),
			shown:  []bool{true},
			first:  -1,
		},
		{
			name: "a label shown always goes before a more important one",
			spots: []LabelSpot{
				{Centre: fyne.NewPos(100, 100), Radius: 6, Size: label, Weight: 9},
				{Centre: fyne.NewPos(100, 100), Radius: 6, Size: label, Weight: 1, Always: true},
			},
			shown: []bool{true, true},
			first: 1,
		},
		{
			name: "a label that could only cover another node's centre is hidden",
			spots: []LabelSpot{
				{Centre: fyne.NewPos(100, 100), Radius: 30, Size: label, Weight: 9},
				{Centre: fyne.NewPos(100, 100), Radius: 2, Size: fyne.NewSize(20, 10), Weight: 1},
			},
			shown: []bool{true, false},
			first: 0,
		},
		{
			name: "ties keep the order given",
			spots: []LabelSpot{
				{Centre: fyne.NewPos(100, 100), Radius: 6, Size: label, Weight: 3},
				{Centre: fyne.NewPos(100, 100), Radius: 6, Size: label, Weight: 3},
			},
			shown: []bool{true, true},
			first: 0,
		},
		{
			name:  "a label with no size is not shown",
			spots: []LabelSpot{{Centre: fyne.NewPos(10, 10), Radius: 6}},
			shown: []bool{false},
			first: -1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PlaceLabels(tt.spots, tt.bounds)
			if len(got) != len(tt.spots) {
				t.Fatalf("%d places for %d labels", len(got), len(tt.spots))
			}
			for i, p := range got {
				if p.Shown != tt.shown[i] {
					t.Errorf("label %d shown %v, want %v", i, p.Shown, tt.shown[i])
				}
				if !p.Shown {
					continue
				}
				if p.Size != tt.spots[i].Size {
					t.Errorf("label %d size %v, want %v", i, p.Size, tt.spots[i].Size)
				}
				if !tt.bounds.IsZero() && (p.Pos.X < 0 || p.Pos.Y < 0 || p.Pos.X+p.Size.Width > tt.bounds.Width || p.Pos.Y+p.Size.Height > tt.bounds.Height) {
					t.Errorf("label %d at %v leaves the view %v", i, p.Pos, tt.bounds)
				}
				for j, q := range got[i+1:] {
					if q.Shown && overlaps(p.Pos, p.Size, q.Pos, q.Size) {
						t.Errorf("labels %d and %d overlap: %v and %v", i, i+1+j, p, q)
					}
				}
			}
			if tt.first >= 0 {
				s := tt.spots[tt.first]
				if want := labelCandidates[0](s.Centre, s.Radius, s.Size); got[tt.first].Pos != want {
					t.Errorf("label %d at %v, want its first choice %v", tt.first, got[tt.first].Pos, want)
				}
			}
		})
	}
}

// TestPlaceLabelsOnACrowd places many labels of varied sizes at crowded
// places and checks that no two shown overlap and that the most important
// are all shown.
func TestPlaceLabelsOnACrowd(t *testing.T) {
	var spots []LabelSpot
	for i := range 80 {
		spots = append(spots, LabelSpot{
			Centre: fyne.NewPos(float32(i*37%300), float32(i*53%200)),
			Radius: float32(3 + i%4),
			Size:   fyne.NewSize(float32(30+i*13%90), 14),
			Weight: float64(i * 7 % 80),
		})
	}
	got := PlaceLabels(spots, fyne.NewSize(300, 200))
	shown := 0
	for i, p := range got {
		if !p.Shown {
			continue
		}
		shown++
		for j := i + 1; j < len(got); j++ {
			if q := got[j]; q.Shown && overlaps(p.Pos, p.Size, q.Pos, q.Size) {
				t.Fatalf("labels %d and %d overlap: %v and %v", i, j, p, q)
			}
		}
	}
	if shown == 0 || shown == len(got) {
		t.Errorf("%d of %d labels shown on a crowded map", shown, len(got))
	}
	// A label shown always finds a place, even among discs.
	spots[57].Always = true
	if got := PlaceLabels(spots, fyne.NewSize(300, 200)); !got[57].Shown {
		t.Errorf("the label shown always is hidden")
	}
}
