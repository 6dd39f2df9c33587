package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"

	"margin/annotate"
)

func TestEntityMapFromLinkToPassageToReader(t *testing.T) {
	w := newTestWindow(t)
	ctx := context.Background()
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	place, err := w.lib.CreateEntity(ctx, annotate.Entity{Name: "Valparaiso", Type: annotate.Place})
	if err != nil {
		t.Fatal(err)
	}
	group, err := w.lib.CreateEntity(ctx, annotate.Entity{Name: "Pacific Shipping Group", Type: annotate.Organization})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		for _, e := range []int64{place.ID, group.ID} {
			if _, err := w.lib.TagAll(ctx, id, e); err != nil {
				t.Fatal(err)
			}
		}
	}
	w.ShowEntityMap()
	w.wait()
	v := w.entityMap
	if v == nil {
		t.Fatal("no map view")
	}
	if d := v.mapW.Data(); d == nil || len(d.Links) != 0 {
		t.Fatalf("by paragraph the two names (in different paragraphs) are not linked: %+v", d)
	}
	v.unit.SetSelected("Same clipping")
	w.wait()
	d := v.mapW.Data()
	if d == nil || len(d.Nodes) != 2 || len(d.Links) != 1 || d.Links[0].Count != 2 {
		t.Fatalf("by clipping: %+v", d)
	}

	a, _ := v.mapW.NodePosition(d.Links[0].A)
	b, _ := v.mapW.NodePosition(d.Links[0].B)
	v.mapW.Tapped(&fyne.PointEvent{Position: fyne.NewPos((a.X+b.X)/2, (a.Y+b.Y)/2)})
	w.wait()
	if n := len(v.passages.Objects); n != 2 {
		t.Fatalf("%d passages listed, want one per clipping", n)
	}
	card, ok := v.passages.Objects[1].(*panelCard)
	if !ok {
		t.Fatalf("a passage is a %T", v.passages.Objects[1])
	}
	card.Tapped(&fyne.PointEvent{})
	w.wait()
	if w.current == nil || (w.current.ID != ids[0] && w.current.ID != ids[1]) {
		t.Fatalf("the passage did not open its clipping: %+v", w.current)
	}

	v.mapW.Tapped(&fyne.PointEvent{Position: a})
	w.wait()
	if !hasDialogText(w, "Other clippings") {
		t.Errorf("tapping an entity does not show its card")
	}
	if len(v.selected) != 1 || v.selected[0] != d.Links[0].A {
		t.Errorf("the time strip follows %v, not the entity tapped", v.selected)
	}

	// Both clippings are dated March 2024: the strip has one month, and
	// choosing it keeps the link; by week it has one week too.
	v.strip.Tapped(&fyne.PointEvent{Position: fyne.NewPos(2, 2)})
	w.wait()
	if got := v.period.Text; got != "March 2024: 2 mentions" {
		t.Errorf("the strip says %q", got)
	}
	if d := v.mapW.Data(); d == nil || len(d.Links) != 1 || v.since.IsZero() {
		t.Errorf("the map of March 2024: %+v (since %v)", d, v.since)
	}
	v.per.SetSelectedIndex(1)
	w.wait()
	if !v.since.IsZero() {
		t.Errorf("changing to weeks keeps the period %v", v.since)
	}
}
