package library

import (
	"context"
	"errors"
	"testing"

	"margin/annotate"
	"margin/clip"
)

func TestAddHighlight(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	id := mustAdd(t, l, article("A", "https://example.com/a", "Ça va? The river rose.", "Towns were flooded."))
	other := mustAdd(t, l, article("B", "https://example.com/b", "Other text."))

	h, err := l.AddHighlight(ctx, annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: 7, End: 22}, Note: "key"})
	if err != nil {
		t.Fatal(err)
	}
	if h.Selector.Exact != "The river rose." || h.Selector.Prefix != "Ça va? " || h.Color != annotate.Yellow || h.ID == 0 || h.Created.IsZero() {
		t.Errorf("AddHighlight = %+v", h)
	}
	// Overlapping highlights are allowed.
	if _, err := l.AddHighlight(ctx, annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: 11, End: 30}, Color: annotate.Green}); err != nil {
		t.Errorf("an overlapping highlight: %v", err)
	}
	tests := []struct {
		name string
		h    annotate.Highlight
		want error
	}{
		{"an unknown colour", annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: 0, End: 2}, Color: "teal"}, ErrInvalid},
		{"an empty span", annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: 3, End: 3}}, ErrInvalid},
		{"a span past the end", annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: 3, End: 300}}, ErrInvalid},
		{"a negative start", annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: -1, End: 3}}, ErrInvalid},
		{"a missing clipping", annotate.Highlight{ClippingID: 999, Selector: annotate.Selector{Start: 0, End: 3}}, ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			if _, err := l.AddHighlight(ctx, tt.h); !errors.Is(err, tt.want) {
				t.Errorf("AddHighlight: %v, want %v", err, tt.want)
			}
		})
	}
	hs, err := l.Highlights(ctx, id)
	if err != nil || len(hs) != 2 {
		t.Fatalf("Highlights = %v, %v", hs, err)
	}
	if hs[0].ID != h.ID || hs[0].Note != "key" {
		t.Errorf("Highlights[0] = %+v", hs[0])
	}
	if hs, _ := l.Highlights(ctx, other); len(hs) != 0 {
		t.Errorf("another clipping has highlights: %v", hs)
	}
	if s, _ := l.List(ctx, Filter{}); s[1].HighlightCount != 2 {
		t.Errorf("HighlightCount = %d", s[1].HighlightCount)
	}
}

func TestUpdateAndDeleteHighlight(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	id := mustAdd(t, l, article("A", "https://example.com/a", "The river rose."))
	h, _ := l.AddHighlight(ctx, annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: 4, End: 9}})
	if err := l.UpdateHighlight(ctx, annotate.Highlight{ID: h.ID, Color: annotate.Pink, Note: "why"}); err != nil {
		t.Fatal(err)
	}
	hs, _ := l.Highlights(ctx, id)
	if hs[0].Color != annotate.Pink || hs[0].Note != "why" || hs[0].Selector != h.Selector {
		t.Errorf("after UpdateHighlight: %+v", hs[0])
	}
	if err := l.UpdateHighlight(ctx, annotate.Highlight{ID: h.ID, Color: "mauve"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("an unknown colour: %v", err)
	}
	if err := l.UpdateHighlight(ctx, annotate.Highlight{ID: 999}); !errors.Is(err, ErrNotFound) {
		t.Errorf("a missing highlight: %v", err)
	}
	if err := l.DeleteHighlight(ctx, h.ID); err != nil {
		t.Fatal(err)
	}
	if hs, _ := l.Highlights(ctx, id); len(hs) != 0 {
		t.Errorf("after DeleteHighlight: %v", hs)
	}
	if err := l.DeleteHighlight(ctx, h.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
}

func TestReextractReanchorsAndKeepsOrphans(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	a := article("A", "https://example.com/a", "Intro paragraph.", "The river rose by two metres overnight.", "Towns were flooded.")
	a.Raw = "<p>old</p>"
	id := mustAdd(t, l, a)
	if err := l.SetNote(ctx, id, "my note"); err != nil {
		t.Fatal(err)
	}
	l.AddTags(ctx, id, "kept")
	text := a.Text()
	runeIndex := func(s, sub string) int { return len([]rune(s[:indexOf(s, sub)])) }
	river, _ := l.AddHighlight(ctx, annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: runeIndex(text, "river rose"), End: runeIndex(text, "river rose") + 10}, Note: "rise"})
	towns, _ := l.AddHighlight(ctx, annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: runeIndex(text, "Towns"), End: runeIndex(text, "Towns") + 19}, Note: "gone"})
	e, _ := l.CreateEntity(ctx, annotate.Entity{Name: "River", Type: annotate.Place})
	m, err := l.AddMention(ctx, annotate.Mention{ClippingID: id, EntityID: e.ID, Selector: annotate.Selector{Start: runeIndex(text, "river rose"), End: runeIndex(text, "river rose") + 5}})
	if err != nil {
		t.Fatal(err)
	}

	b := article("A, updated", "https://example.com/a", "A new first paragraph, much longer than before.", "Intro paragraph.", "The river rose by two metres overnight.")
	b.Raw = "<p>new</p>"
	orphaned, err := l.Reextract(ctx, id, b)
	if err != nil {
		t.Fatal(err)
	}
	if orphaned != 1 {
		t.Errorf("orphaned = %d, want 1", orphaned)
	}
	newText := b.Text()
	hs, _ := l.Highlights(ctx, id)
	byID := map[int64]annotate.Highlight{}
	for _, h := range hs {
		byID[h.ID] = h
	}
	if h := byID[river.ID]; h.Orphaned || h.Selector.Start != runeIndex(newText, "river rose") || h.Selector.Exact != "river rose" {
		t.Errorf("the moved highlight: %+v", h)
	}
	if h := byID[towns.ID]; !h.Orphaned || h.Selector.Exact != "Towns were flooded." || h.Note != "gone" {
		t.Errorf("the orphaned highlight: %+v", h)
	}
	ms, _ := l.Mentions(ctx, id)
	if len(ms) != 1 || ms[0].ID != m.ID || ms[0].Selector.Start != runeIndex(newText, "river rose") || ms[0].Orphaned {
		t.Errorf("the mention after Reextract: %+v", ms)
	}
	c, _ := l.Get(ctx, id)
	if raw, err := l.Original(ctx, id); raw != "<p>new</p>" || err != nil {
		t.Errorf("Original after Reextract: %q, %v", raw, err)
	}
	if c.Title != "A, updated" || c.Note != "my note" || len(c.Tags) != 1 || c.Text() != newText {
		t.Errorf("after Reextract: %+v", c)
	}
	if got, _ := l.List(ctx, Filter{Query: "longer"}); len(got) != 1 {
		t.Error("the new text is not searchable")
	}
	if got, _ := l.List(ctx, Filter{Query: "flooded"}); len(got) != 0 {
		t.Error("the old text is still searchable")
	}
	if _, err := l.Reextract(ctx, 999, b); !errors.Is(err, ErrNotFound) {
		t.Errorf("Reextract of a missing clipping: %v", err)
	}
	if _, err := l.Reextract(ctx, id, &clip.Article{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("Reextract with an empty article: %v", err)
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
