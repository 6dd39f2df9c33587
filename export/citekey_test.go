package export

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"testing"

	"margin/clip"
	"margin/library"
)

// bibKeys returns the keys of a BibTeX export of the clippings, in order.
func bibKeys(t *testing.T, l *library.Library, ids ...int64) []string {
	t.Helper()
	items, err := LoadAll(context.Background(), l, ids)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := BibTeX(&buf, items); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, m := range regexp.MustCompile(`(?m)^@\w+\{([^,]+),`).FindAllStringSubmatch(buf.String(), -1) {
		keys = append(keys, m[1])
	}
	return keys
}

func TestCitationKeysStayTheSame(t *testing.T) {
	ctx := context.Background()
	l, a := openVaultLibrary(t)
	// A second article whose derived key is the first one's: same author,
	// year and first word of the title.
	other := vaultArticle()
	other.Title = "Council delays the bridge vote"
	other.URL = "https://courier.example/news/bridge"
	other.Document = clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{para("The bridge vote was delayed.")}}
	b, _, err := l.Add(ctx, other)
	if err != nil {
		t.Fatal(err)
	}

	// b is exported first, alone: it gets the bare key.
	kb := bibKeys(t, l, b)[0]
	ka := bibKeys(t, l, a)[0]
	if kb != "doe2024council" || ka != "doe2024councila" {
		t.Fatalf("keys %q and %q", kb, ka)
	}
	t.Run("exported together, in either order, each keeps its key", func(t *testing.T) {
		if got := bibKeys(t, l, a, b); got[0] != ka || got[1] != kb {
			t.Errorf("got %q, want [%s %s]", got, ka, kb)
		}
		if got := bibKeys(t, l, b, a); got[0] != kb || got[1] != ka {
			t.Errorf("got %q, want [%s %s]", got, kb, ka)
		}
	})
	t.Run("a changed title does not change the key", func(t *testing.T) {
		c, err := l.Get(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		c.Article.Title = "Another title altogether"
		if _, err := l.Reextract(ctx, a, &c.Article); err != nil {
			t.Fatal(err)
		}
		if got := bibKeys(t, l, a)[0]; got != ka {
			t.Errorf("got %q, want %q", got, ka)
		}
	})
	t.Run("after a restore the keys are the same", func(t *testing.T) {
		bak := filepath.Join(t.TempDir(), "backup.db")
		if err := l.Backup(ctx, bak); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if err := library.Restore(ctx, bak, dir); err != nil {
			t.Fatal(err)
		}
		r, err := library.Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		if got := bibKeys(t, r, a, b); got[0] != ka || got[1] != kb {
			t.Errorf("got %q, want [%s %s]", got, ka, kb)
		}
	})
	t.Run("a key the person sets is used by every format", func(t *testing.T) {
		if err := l.SetCiteKey(ctx, a, "doe:transit"); err != nil {
			t.Fatal(err)
		}
		if got := bibKeys(t, l, a, b); got[0] != "doe:transit" || got[1] != kb {
			t.Errorf("got %q", got)
		}
		items, _ := LoadAll(ctx, l, []int64{a})
		var buf bytes.Buffer
		if err := CSL(&buf, items); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(buf.Bytes(), []byte(`"id": "doe:transit"`)) {
			t.Errorf("CSL-JSON:\n%s", buf.String())
		}
	})
}

func TestCiteKeyOfALibraryOpenedForReading(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := openLibrary(t, dir)
	id, _, err := l.Add(ctx, vaultArticle())
	if err != nil {
		t.Fatal(err)
	}
	r := reopenForReading(t, l, dir)
	key, err := CiteKey(ctx, r, id)
	if err != nil || key == "" {
		t.Fatalf("key %q, %v", key, err)
	}
	it, err := Load(ctx, r, id)
	if err != nil || it.CiteKey != key {
		t.Errorf("the export would cite it as %q (%v), the key shown is %q", it.CiteKey, err, key)
	}
}

// A read-only library cannot store a key: CiteKey and an export give the
// key the Details tab shows, free of the keys other clippings have.
func TestCiteKeyOfALibraryOpenedForReadingIsFree(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := openLibrary(t, dir)
	a, _, err := l.Add(ctx, vaultArticle())
	if err != nil {
		t.Fatal(err)
	}
	// A second article whose derived key is the first one's, given it.
	other := vaultArticle()
	other.Title = "Council delays the bridge vote"
	other.URL = "https://courier.example/news/bridge"
	other.Document = clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{para("The bridge vote was delayed.")}}
	b, _, err := l.Add(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	if kb, err := CiteKey(ctx, l, b); err != nil || kb != "doe2024council" {
		t.Fatalf("key %q, %v", kb, err)
	}
	r := reopenForReading(t, l, dir)
	shown, err := PeekCiteKey(ctx, r, a)
	if err != nil || shown != "doe2024councila" {
		t.Fatalf("the Details tab shows %q, %v", shown, err)
	}
	if key, err := CiteKey(ctx, r, a); err != nil || key != shown {
		t.Errorf("CiteKey is %q (%v), the Details tab shows %q", key, err, shown)
	}
	if it, err := Load(ctx, r, a); err != nil || it.CiteKey != shown {
		t.Errorf("the export cites it as %q (%v), the Details tab shows %q", it.CiteKey, err, shown)
	}
}

// openLibrary opens (creates) the library in dir.
func openLibrary(t *testing.T, dir string) *library.Library {
	t.Helper()
	l, err := library.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// reopenForReading closes l and opens its folder dir read-only, closed
// when the test ends.
func reopenForReading(t *testing.T, l *library.Library, dir string) *library.Library {
	t.Helper()
	l.Close()
	r, err := library.OpenReadOnly(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}
