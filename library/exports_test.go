package library

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"testing"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestPeekCiteKeyStoresNothing(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	a := mustAdd(t, l, article("Rivers rise", "https://example.com/a", "The river rose."))
	b := mustAdd(t, l, article("Rivers rise again", "https://example.com/b", "The river rose again."))
	if _, err := l.CiteKey(ctx, a, "doe2024rivers"); err != nil {
		t.Fatal(err)
	}
	t.Run("a clipping without a key is shown the one it would get", func(t *testing.T) {
		for range 2 {
			if k, err := l.PeekCiteKey(ctx, b, "doe2024rivers"); err != nil || k != "doe2024riversa" {
				t.Fatalf("got %q, %v, want doe2024riversa", k, err)
			}
		}
		// Nothing was stored: the key given now comes from another base.
		if k, err := l.CiteKey(ctx, b, "roe2025other"); err != nil || k != "roe2025other" {
			t.Errorf("after peeking, CiteKey gave %q, %v: a key was stored", k, err)
		}
	})
	t.Run("a clipping with a key is shown its key", func(t *testing.T) {
		if k, err := l.PeekCiteKey(ctx, a, "other2020x"); err != nil || k != "doe2024rivers" {
			t.Errorf("got %q, %v", k, err)
		}
	})
	t.Run("a missing clipping or a base that is no key is an error", func(t *testing.T) {
		if _, err := l.PeekCiteKey(ctx, 999, "doe2024rivers"); !errors.Is(err, ErrNotFound) {
			t.Errorf("missing clipping: %v, want ErrNotFound", err)
		}
		c := mustAdd(t, l, article("Rivers fall", "https://example.com/c", "The river fell."))
		if _, err := l.PeekCiteKey(ctx, c, "has space"); !errors.Is(err, ErrInvalid) {
			t.Errorf("bad base: %v, want ErrInvalid", err)
		}
	})
}

func TestCiteKeyIsGivenOnceAndKept(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	a := mustAdd(t, l, article("Rivers rise", "https://example.com/a", "The river rose."))
	b := mustAdd(t, l, article("Rivers rise again", "https://example.com/b", "The river rose again."))
	ka, err := l.CiteKey(ctx, a, "doe2024rivers")
	if err != nil || ka != "doe2024rivers" {
		t.Fatalf("first key: %q, %v", ka, err)
	}
	kb, err := l.CiteKey(ctx, b, "doe2024rivers")
	if err != nil || kb != "doe2024riversa" {
		t.Fatalf("colliding key: %q, %v, want doe2024riversa", kb, err)
	}
	t.Run("a key asked for again with another base is the stored one", func(t *testing.T) {
		if k, err := l.CiteKey(ctx, a, "roe2025other"); err != nil || k != ka {
			t.Errorf("got %q, %v, want %q", k, err, ka)
		}
	})
	t.Run("a person's key replaces it and another clipping cannot take it", func(t *testing.T) {
		if err := l.SetCiteKey(ctx, a, "rivers:2024"); err != nil {
			t.Fatal(err)
		}
		if k, _ := l.CiteKey(ctx, a, "doe2024rivers"); k != "rivers:2024" {
			t.Errorf("got %q after SetCiteKey", k)
		}
		if err := l.SetCiteKey(ctx, b, "rivers:2024"); !errors.Is(err, ErrCiteKeyTaken) {
			t.Errorf("taken key: %v, want ErrCiteKeyTaken", err)
		}
		if err := l.SetCiteKey(ctx, b, "has space"); !errors.Is(err, ErrInvalid) {
			t.Errorf("key with a space: %v, want ErrInvalid", err)
		}
	})
	t.Run("a refused key is said in one sentence and the old key stays", func(t *testing.T) {
		refused := []struct {
			key, want string
		}{
			{"rivers:2024", `Clipping ` + itoa(a) + ` has the citation key "rivers:2024" already; choose another.`},
			{"has space", `"has space" is not a citation key: use letters, digits and - _ : . + / only, starting with a letter or digit, at most 200 in all.`},
			{"  ", "A citation key cannot be empty."},
		}
		for _, c := range refused {
			err := l.SetCiteKey(ctx, b, c.key)
			if msg, ok := CiteKeyRefused(err); !ok || msg != c.want {
				t.Errorf("%q: %q (%v), want %q", c.key, msg, err, c.want)
			}
			if k, _ := l.CiteKey(ctx, b, "x"); k != kb {
				t.Errorf("%q: the key became %q", c.key, k)
			}
		}
		if _, ok := CiteKeyRefused(ErrNotFound); ok {
			t.Error("a missing clipping reads as a refused key")
		}
	})
	t.Run("the spaces around a person's key are not kept", func(t *testing.T) {
		if err := l.SetCiteKey(ctx, a, " rivers:again \n"); err != nil {
			t.Fatal(err)
		}
		if k, _ := l.CiteKey(ctx, a, "x"); k != "rivers:again" {
			t.Errorf("got %q", k)
		}
	})
	t.Run("a restored backup keeps the keys and the library id", func(t *testing.T) {
		id, err := l.ID(ctx)
		if err != nil || len(id) != 32 {
			t.Fatalf("library id %q, %v", id, err)
		}
		bak := filepath.Join(t.TempDir(), "backup.db")
		if err := l.Backup(ctx, bak); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if err := Restore(ctx, bak, dir); err != nil {
			t.Fatal(err)
		}
		r, err := Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		if k, _ := r.CiteKey(ctx, b, "x"); k != kb {
			t.Errorf("restored key %q, want %q", k, kb)
		}
		if rid, _ := r.ID(ctx); rid != id {
			t.Errorf("restored library id %q, want %q", rid, id)
		}
	})
}

func TestExportedNotesAreKeptPerFolder(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	a := mustAdd(t, l, article("Rivers rise", "https://example.com/a", "The river rose."))
	if _, ok, err := l.ExportedNote(ctx, a, "/v1"); ok || err != nil {
		t.Fatalf("before any export: ok=%v err=%v", ok, err)
	}
	if err := l.SaveExportedNotes(ctx, "/v1", []ExportedNote{{ClippingID: a, Path: "Rivers rise.md", Written: "one"}, {ClippingID: 999, Path: "x.md", Written: "gone"}}); err != nil {
		t.Fatal(err)
	}
	if err := l.SaveExportedNotes(ctx, "/v1", []ExportedNote{{ClippingID: a, Path: "sub/Rivers.md", Written: "two"}}); err != nil {
		t.Fatal(err)
	}
	n, ok, err := l.ExportedNote(ctx, a, "/v1")
	if err != nil || !ok || n.Written != "two" || n.Path != "sub/Rivers.md" {
		t.Errorf("got %+v ok=%v err=%v", n, ok, err)
	}
	if n, ok, _ := l.ExportedNote(ctx, a, "/moved"); !ok || n.Written != "two" {
		t.Errorf("a moved folder finds the latest note: %+v ok=%v", n, ok)
	}
}
