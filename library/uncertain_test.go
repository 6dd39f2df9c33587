package library

import (
	"context"
	"path/filepath"
	"testing"

	"margin/clip"
)

// clipPage clips one of clip's test pages as a person would, without
// fetching its pictures.
func clipPage(t *testing.T, name string) *clip.Article {
	t.Helper()
	a, err := clip.ClipInput(context.Background(), clip.Input{Text: filepath.Join("..", "clip", "testdata", "pages", name)},
		clip.Options{NoImages: true})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAnUncertainExtractionIsKept(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	uncertain := mustAdd(t, l, clipPage(t, "no-main-article.html"))
	normal := mustAdd(t, l, clipPage(t, "news-chrome.html"))
	for _, tt := range []struct {
		name string
		id   int64
		want bool
	}{
		{"a page with no main article is clipped with its best text and marked uncertain", uncertain, true},
		{"a news article is not uncertain", normal, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := l.Load(ctx, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if got.Uncertain != tt.want {
				t.Errorf("Load says uncertain %v, want %v", got.Uncertain, tt.want)
			}
			if got.Text() == "" {
				t.Error("the clipping has no text")
			}
			c, err := l.Get(ctx, tt.id)
			if err != nil || c.Uncertain != tt.want {
				t.Errorf("Get says uncertain %v, %v, want %v", c.Uncertain, err, tt.want)
			}
		})
	}
	t.Run("re-extracting with an article found clears the mark", func(t *testing.T) {
		a := clipPage(t, "no-main-article.html")
		a.Uncertain = false
		if _, err := l.Reextract(ctx, uncertain, a); err != nil {
			t.Fatal(err)
		}
		if got, err := l.Get(ctx, uncertain); err != nil || got.Uncertain {
			t.Errorf("after Reextract uncertain %v, %v; want false", got.Uncertain, err)
		}
		a.Uncertain = true
		if _, err := l.Reextract(ctx, uncertain, a); err != nil {
			t.Fatal(err)
		}
		if got, err := l.Get(ctx, uncertain); err != nil || !got.Uncertain {
			t.Errorf("after Reextract uncertain %v, %v; want true", got.Uncertain, err)
		}
	})
	t.Run("a new version says whether its extraction was uncertain", func(t *testing.T) {
		a := clipPage(t, "no-main-article.html")
		a.Document.Blocks = append(a.Document.Blocks, clip.Block{Kind: clip.BlockParagraph,
			Text: "The clerk's office is open on Wednesday mornings."})
		a.Uncertain = false
		res, err := l.AddVersion(ctx, uncertain, a)
		if err != nil || !res.Added {
			t.Fatalf("AddVersion = %+v, %v", res, err)
		}
		if got, err := l.Get(ctx, uncertain); err != nil || got.Uncertain {
			t.Errorf("after a certain new version uncertain %v, %v; want false", got.Uncertain, err)
		}
	})
	t.Run("deleting and undoing keeps the mark", func(t *testing.T) {
		a := clipPage(t, "no-main-article.html")
		a.Document.Blocks = a.Document.Blocks[:1]
		id := mustAdd(t, l, a)
		if err := l.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
		if _, ok, err := l.Undo(ctx); err != nil || !ok {
			t.Fatalf("Undo = %v, %v", ok, err)
		}
		if got, err := l.Get(ctx, id); err != nil || !got.Uncertain {
			t.Errorf("after undoing the delete uncertain %v, %v; want true", got.Uncertain, err)
		}
	})
}

// TestMigrationAddsTheUncertainMark opens a library of schema 10 with a
// clipping in it: the clipping is not uncertain, and a new one can be.
func TestMigrationAddsTheUncertainMark(t *testing.T) {
	ctx := context.Background()
	l := openMigrated(t, oldLibrary(t, 10, []oldClipping{{"Floods in the valley", "The river burst its banks.", "ask the mayor"}}))
	old, err := l.Load(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if old.Uncertain || old.Title != "Floods in the valley" || len(old.Highlights) != 1 {
		t.Errorf("the old clipping reads back as uncertain %v, title %q, %d highlights", old.Uncertain, old.Title, len(old.Highlights))
	}
	id := mustAdd(t, l, clipPage(t, "no-main-article.html"))
	if got, err := l.Load(ctx, id); err != nil || !got.Uncertain {
		t.Errorf("a clipping added after the migration: uncertain %v, %v", got.Uncertain, err)
	}
}
