package export

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"margin/annotate"
	"margin/library"
)

func TestLoadReadsWhatTheLibraryHolds(t *testing.T) {
	ctx := context.Background()
	l, err := library.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	fx := council()
	id, _, err := l.Add(ctx, &fx.Clipping.Article)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range fx.Highlights {
		if h.Orphaned {
			continue
		}
		h.ID, h.ClippingID = 0, id
		if _, err := l.AddHighlight(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	ids := map[int64]int64{}
	for old, e := range fx.Entities {
		e.ID = 0
		e, err := l.CreateEntity(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		ids[old] = e.ID
	}
	for _, m := range fx.Mentions {
		m.ID, m.ClippingID, m.EntityID = 0, id, ids[m.EntityID]
		if _, err := l.AddMention(ctx, m); err != nil {
			t.Fatal(err)
		}
	}

	it, err := Load(ctx, l, id)
	if err != nil {
		t.Fatal(err)
	}
	if it.Clipping.Title != fx.Clipping.Title {
		t.Errorf("title = %q", it.Clipping.Title)
	}
	if len(it.Highlights) != 6 {
		t.Errorf("%d highlights, want 6", len(it.Highlights))
	}
	confirmed := 0
	for _, m := range it.Mentions {
		if m.Status == annotate.Confirmed {
			confirmed++
			if _, ok := it.Entities[m.EntityID]; !ok {
				t.Errorf("mention %d has no entity", m.ID)
			}
		}
	}
	if confirmed != 5 {
		t.Errorf("%d confirmed mentions, want 5", confirmed)
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, it, DefaultMarkdownOptions()); err != nil {
		t.Fatal(err)
	}
	checkMarked(t, it, readNote(t, buf.String()))

	if _, err := Load(ctx, l, id+100); !errors.Is(err, library.ErrNotFound) {
		t.Errorf("a missing clipping gave %v, want ErrNotFound", err)
	}
}
