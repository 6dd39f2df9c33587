package app

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"margin/cli"
	"margin/export"
	"margin/library"
)

// typeCiteKey replaces the Details tab's citation key with key and sets it,
// as a person would.
func typeCiteKey(w *mainWindow, key string) {
	w.panel.citeKey.SetText("")
	test.Type(w.panel.citeKey, key)
	test.Tap(w.panel.citeKeySet)
	w.wait()
}

func TestTheDetailsTabShowsAndEditsTheCitationKey(t *testing.T) {
	w := newTestWindow(t)
	ctx := context.Background()
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	otherKey, err := export.CiteKey(ctx, w.lib, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	w.OpenClipping(ids[0])
	w.wait()
	if w.panel.keyFor != 0 {
		t.Errorf("the key was read before the Details tab showed")
	}
	w.panel.tabs.Select(w.panel.detTab)
	w.wait()
	key, err := export.CiteKey(ctx, w.lib, ids[0])
	if err != nil {
		t.Fatal(err)
	}

	t.Run("the tab shows the clipping's key", func(t *testing.T) {
		if w.panel.citeKey.Text != key || w.panel.citeKey.Disabled() {
			t.Errorf("the entry shows %q (disabled %v), want %q", w.panel.citeKey.Text, w.panel.citeKey.Disabled(), key)
		}
	})
	t.Run("a new key is saved in the library", func(t *testing.T) {
		typeCiteKey(w, "torres:harbour")
		if got, err := export.CiteKey(ctx, w.lib, ids[0]); err != nil || got != "torres:harbour" {
			t.Errorf("the library has %q, %v", got, err)
		}
		if !w.panel.keyStatus.Visible() || !strings.Contains(w.panel.keyStatus.Text, "torres:harbour") {
			t.Errorf("status %q", w.panel.keyStatus.Text)
		}
	})
	refused := []struct {
		name, key string
		want      string
	}{
		{"a key another clipping has is refused", otherKey, (&library.CiteKeyError{Key: otherKey, Other: ids[1]}).Error()},
		{"a key BibTeX cannot read is refused", "has space", (&library.CiteKeyError{Key: "has space"}).Error()},
		{"an empty key is refused", "", (&library.CiteKeyError{}).Error()},
	}
	for _, c := range refused {
		t.Run(c.name, func(t *testing.T) {
			typeCiteKey(w, c.key)
			if !w.panel.keyStatus.Visible() || w.panel.keyStatus.Text != c.want {
				t.Errorf("status %q (shown %v), want %q", w.panel.keyStatus.Text, w.panel.keyStatus.Visible(), c.want)
			}
			if got, _ := export.CiteKey(ctx, w.lib, ids[0]); got != "torres:harbour" {
				t.Errorf("the key became %q", got)
			}
		})
	}
	t.Run("another clipping shows its own key", func(t *testing.T) {
		w.OpenClipping(ids[1])
		w.wait()
		if w.panel.citeKey.Text != otherKey || w.panel.keyStatus.Visible() {
			t.Errorf("the entry shows %q, status %q", w.panel.citeKey.Text, w.panel.keyStatus.Text)
		}
	})
}

func TestOpeningTheDetailsTabStoresNoCitationKey(t *testing.T) {
	w := newTestWindow(t)
	ctx := context.Background()
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	for _, id := range ids {
		w.OpenClipping(id)
		w.wait()
		w.panel.tabs.Select(w.panel.detTab)
		w.wait()
		if w.panel.citeKey.Text == "" || w.panel.citeKey.Disabled() {
			t.Fatalf("the tab shows no key for clipping %d", id)
		}
	}
	shown := w.panel.citeKey.Text
	t.Run("no key was stored by looking", func(t *testing.T) {
		if k, err := w.lib.CiteKey(ctx, ids[0], "probe2026key"); err != nil || k != "probe2026key" {
			t.Errorf("the first clipping has the key %q (%v) stored", k, err)
		}
	})
	t.Run("exporting stores the key shown", func(t *testing.T) {
		it, err := export.Load(ctx, w.lib, ids[1])
		if err != nil || it.CiteKey != shown {
			t.Fatalf("the export cites %q (%v), the tab showed %q", it.CiteKey, err, shown)
		}
		if k, err := w.lib.CiteKey(ctx, ids[1], "probe2026key"); err != nil || k != shown {
			t.Errorf("after the export the stored key is %q, %v", k, err)
		}
	})
}

// The window and margin citekey refuse a taken key with the same sentence.
func TestATakenCitationKeyReadsTheSameInBothFaces(t *testing.T) {
	w := newTestWindow(t)
	ctx := context.Background()
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	if err := w.lib.SetCiteKey(ctx, ids[1], "taken:key"); err != nil {
		t.Fatal(err)
	}
	w.OpenClipping(ids[0])
	w.wait()
	w.panel.tabs.Select(w.panel.detTab)
	w.wait()
	typeCiteKey(w, "taken:key")

	dir := t.TempDir()
	lib, err := library.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	cids := addArticles(t, lib, "Harbour plans divide the city", "Storm closes the airport")
	if err := lib.SetCiteKey(ctx, cids[1], "taken:key"); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	var out, errb bytes.Buffer
	code := cli.Run(ctx, []string{"--library", dir, "citekey", strconv.FormatInt(cids[0], 10), "taken:key"},
		&cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	if code != 1 {
		t.Fatalf("margin citekey exit %d, stderr %q", code, errb.String())
	}
	if got, want := said(errb.String()), w.panel.keyStatus.Text; got != want || want == "" {
		t.Errorf("the command line said %q, the window %q", got, want)
	}
}
