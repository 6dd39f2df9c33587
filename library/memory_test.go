package library

import (
	"context"
	"testing"
)

// TestReleaseMemoryKeepsTheLibraryWorking checks that ReleaseMemory closes
// the idle connections and leaves the library usable: a search and a write after it
// see what was there before, and a search running meanwhile finishes.
func TestReleaseMemoryKeepsTheLibraryWorking(t *testing.T) {
	l, ids := searchLibrary(t)
	ctx := context.Background()
	before, err := l.List(ctx, Filter{Query: "valley", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := l.db.QueryContext(ctx, "SELECT id FROM clippings ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	// A search beside the running query leaves a second connection idle.
	if _, err := l.List(ctx, Filter{Query: "valley", Limit: 10}); err != nil {
		t.Fatal(err)
	}
	idle := l.db.Stats().Idle
	l.ReleaseMemory()
	if st := l.db.Stats(); idle == 0 || st.Idle != 0 {
		t.Errorf("idle connections: %d before ReleaseMemory, %d after; want some, then none", idle, st.Idle)
	}
	n := 0
	for rows.Next() {
		n++
	}
	if err := rows.Err(); err != nil || n != len(ids) {
		t.Fatalf("a query running across ReleaseMemory read %d rows of %d: %v", n, len(ids), err)
	}
	rows.Close()
	after, err := l.List(ctx, Filter{Query: "valley", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) || len(after) == 0 {
		t.Fatalf("after ReleaseMemory the search found %d, before %d", len(after), len(before))
	}
	for i := range after {
		if after[i].ID != before[i].ID {
			t.Errorf("result %d: %d, before %d", i, after[i].ID, before[i].ID)
		}
	}
	if err := l.SetNote(ctx, ids["Rain again"], "after release"); err != nil {
		t.Fatalf("a write after ReleaseMemory: %v", err)
	}
	if c, err := l.Get(ctx, ids["Rain again"]); err != nil || c.Note != "after release" {
		t.Fatalf("the note written after ReleaseMemory: %q, %v", c.Note, err)
	}
}
