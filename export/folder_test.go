package export

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestWriteFolder(t *testing.T) {
	ctx := context.Background()
	twin := council()
	twin.Clipping.ID = 50 // same title, later clipping

	t.Run("notes are named for their titles and a clash gets the clipping ID", func(t *testing.T) {
		dir := t.TempDir()
		sum, err := WriteFolder(ctx, nil, dir, []*Item{twin, plain(), council()}, MarkdownOptions{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"Breaking - Quotes --- and hashes x (50).md", "Breaking - Quotes --- and hashes x.md", "_CON.md"}
		if got := names(t, dir); !slices.Equal(got, want) {
			t.Errorf("files = %q, want %q", got, want)
		}
		if sum.Created != 3 || sum.Updated != 0 || filepath.Base(sum.Paths[0]) != want[0] {
			t.Errorf("summary = %+v", sum)
		}
	})

	// With a library, an export merges a note with the person's edits
	// (vault_test.go); without one, Margin does not know what it wrote, so
	// the note stays as it is and Margin's version goes beside it.
	t.Run("exporting again without a library finds the notes, even renamed ones, and writes over none", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := WriteFolder(ctx, nil, dir, []*Item{council(), plain()}, MarkdownOptions{}, nil); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(filepath.Join(dir, "_CON.md"), filepath.Join(dir, "My CON note.md")); err != nil {
			t.Fatal(err)
		}
		before, err := os.ReadFile(filepath.Join(dir, "Breaking - Quotes --- and hashes x.md"))
		if err != nil {
			t.Fatal(err)
		}
		// The person's own note with a clipping's name is not overwritten.
		if err := os.WriteFile(filepath.Join(dir, "Other.md"), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		other := plain()
		other.Clipping.ID, other.Clipping.Title = 8, "Other"
		var progress []int
		sum, err := WriteFolder(ctx, nil, dir, []*Item{plain(), twin, council(), other}, MarkdownOptions{Layout: LayoutHighlights}, func(done, total int) {
			progress = append(progress, done*100+total)
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"Breaking - Quotes --- and hashes x (50).md", "Breaking - Quotes --- and hashes x (Margin's version).md", "Breaking - Quotes --- and hashes x.md",
			"My CON note (Margin's version).md", "My CON note.md", "Other (8).md", "Other.md"}
		if got := names(t, dir); !slices.Equal(got, want) {
			t.Errorf("files = %q, want %q", got, want)
		}
		if sum.Updated != 2 || sum.Created != 2 || len(sum.Conflicts) != 2 {
			t.Errorf("summary = %+v, want 2 updated, 2 created, 2 conflicts", sum)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "Other.md")); string(b) != "mine" {
			t.Errorf("the person's note was overwritten: %q", b)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "Breaking - Quotes --- and hashes x.md")); string(b) != string(before) {
			t.Error("the note was written over")
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "Breaking - Quotes --- and hashes x (Margin's version).md")); !strings.Contains(string(b), "## Highlights") || strings.Contains(string(b), "margin_id") {
			t.Errorf("Margin's version is not the new note naming no clipping:\n%s", b)
		}
		if !slices.Equal(progress, []int{104, 204, 304, 404}) {
			t.Errorf("progress = %v", progress)
		}
	})

	t.Run("a cancelled export leaves only whole notes", func(t *testing.T) {
		dir := t.TempDir()
		cctx, cancel := context.WithCancel(ctx)
		items := make([]*Item, 200)
		for i := range items {
			items[i] = council()
			items[i].Clipping.ID = int64(i + 1)
		}
		_, err := WriteFolder(cctx, nil, dir, items, MarkdownOptions{}, func(done, total int) {
			if done == 10 {
				cancel()
			}
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
		for _, n := range names(t, dir) {
			if !strings.HasSuffix(n, ".md") {
				t.Errorf("left behind %s", n)
			}
			f, _ := os.Open(filepath.Join(dir, n))
			b, _ := io.ReadAll(f)
			f.Close()
			if !strings.HasSuffix(string(b), "[^4]: Money.\n\n") {
				t.Errorf("%s is not whole", n)
			}
		}
	})
}

func TestWriteFolderRemovesStaleTemporaryNotes(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".Old.md.abc123.tmp")
	fresh := filepath.Join(dir, ".New.md.def456.tmp")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("half a no"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteFolder(context.Background(), nil, dir, []*Item{plain()}, MarkdownOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Error("a temporary note left by a killed export was kept")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a temporary note of an export still running was removed")
	}
}
