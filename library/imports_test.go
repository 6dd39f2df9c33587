package library

import (
	"context"
	"errors"
	"testing"

	"margin/annotate"
	"margin/clip"
)

func TestAddImports(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	items := func() []Import {
		return []Import{
			{
				Article: article("Rivers rise", "https://example.com/rivers", "The river rose in the night.", "Towns were flooded."),
				Tags:    []string{"floods", "Floods", " weather "},
				Note:    "Read for the report",
				Highlights: []annotate.Highlight{
					{Selector: annotate.Selector{Exact: "Towns were flooded", Prefix: "night.\n\n"}, Note: "the towns", Color: annotate.Green},
					{Selector: annotate.Selector{Exact: "A sentence edited away"}, Note: "kept anyway"},
				},
			},
			{Article: article("Stand-in", "https://example.com/later", "https://example.com/later"), Fetch: true},
		}
	}
	res, err := l.AddImports(ctx, items(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 2 || res.Highlights != 2 || res.Orphans != 1 || res.Tags != 2 || res.Queued != 1 {
		t.Fatalf("result = %+v", res)
	}
	t.Run("a found quote is anchored, an unfound one kept as an orphan with its note", func(t *testing.T) {
		hs, _ := l.Highlights(ctx, res.IDs[0])
		if len(hs) != 2 {
			t.Fatalf("highlights = %+v", hs)
		}
		var anchored, orphan annotate.Highlight
		for _, h := range hs {
			if h.Orphaned {
				orphan = h
			} else {
				anchored = h
			}
		}
		c, _ := l.Get(ctx, res.IDs[0])
		if got := string([]rune(c.Text())[anchored.Selector.Start:anchored.Selector.End]); got != "Towns were flooded" || anchored.Color != annotate.Green {
			t.Errorf("anchored %q (%+v)", got, anchored)
		}
		if orphan.Note != "kept anyway" || orphan.Selector.Exact != "A sentence edited away" {
			t.Errorf("orphan = %+v", orphan)
		}
	})
	t.Run("notes of the clipping and of its highlights are searchable", func(t *testing.T) {
		for _, q := range []string{"report", "anyway"} {
			if list, _ := l.List(ctx, Filter{Query: q}); len(list) != 1 {
				t.Errorf("search %q found %d", q, len(list))
			}
		}
	})
	t.Run("importing again adds nothing", func(t *testing.T) {
		again, err := l.AddImports(ctx, items(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if again.Added != 0 || again.Existing != 2 || again.Highlights != 0 || again.Tags != 0 || again.Queued != 0 {
			t.Errorf("again = %+v", again)
		}
	})
	t.Run("a bad item files nothing", func(t *testing.T) {
		bad := []Import{
			{Article: article("Fine", "https://example.com/fine", "Fine text.")},
			{Article: &clip.Article{Title: "Empty"}},
		}
		if _, err := l.AddImports(ctx, bad, nil); !errors.Is(err, ErrInvalid) {
			t.Errorf("err = %v", err)
		}
		if n, _ := l.Count(ctx, Filter{}); n != 2 {
			t.Errorf("library holds %d clippings; want 2", n)
		}
	})
	t.Run("the fetch queue lists, records failures and forgets a deleted clipping", func(t *testing.T) {
		q, _ := l.PendingFetches(ctx, false, 3)
		if len(q) != 1 || q[0].URL != "https://example.com/later" {
			t.Fatalf("queue = %+v", q)
		}
		if err := l.FetchFailed(ctx, q[0].ClippingID, "The site answered 404."); err != nil {
			t.Fatal(err)
		}
		if f, _ := l.PendingFetches(ctx, true, 0); len(f) != 1 || f[0].Attempts != 1 || f[0].Error != "The site answered 404." {
			t.Errorf("failed = %+v", f)
		}
		if q, _ := l.PendingFetches(ctx, false, 1); len(q) != 0 {
			t.Errorf("a page tried once is still due with one attempt allowed: %+v", q)
		}
		if err := l.Delete(ctx, q[0].ClippingID); err != nil {
			t.Fatal(err)
		}
		if f, _ := l.PendingFetches(ctx, true, 0); len(f) != 0 {
			t.Errorf("a deleted clipping is still queued: %+v", f)
		}
	})
}
