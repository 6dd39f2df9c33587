package library

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"

	"margin/clip"
)

// pngOf returns a w×h PNG.
func pngOf(t testing.TB, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// withPictures adds image blocks for srcs to a, and the fetched pictures.
func withPictures(a *clip.Article, imgs ...clip.Image) *clip.Article {
	for _, im := range imgs {
		a.Document.Blocks = append(a.Document.Blocks, clip.Block{Kind: clip.BlockImage, Src: im.Src})
	}
	a.Images = imgs
	return a
}

func countRows(t *testing.T, l *Library, table string) int {
	t.Helper()
	var n int
	if err := l.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPicturesAreStoredOnceByContent(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	pic := pngOf(t, 60, 60)
	a := withPictures(article("Floods", "https://example.com/floods", "The river rose through the night."),
		clip.Image{Src: "https://example.com/a.png", Data: pic, MIME: "image/png", Width: 60, Height: 60},
		clip.Image{Src: "https://cdn.example.com/a-copy.png", Data: pic, MIME: "image/png", Width: 60, Height: 60},
		clip.Image{Src: "https://example.com/gone.png", Err: "HTTP 404"},
	)
	id, _, err := l.Add(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	b := withPictures(article("Floods again", "https://example.com/floods-2", "The river fell by the evening."),
		clip.Image{Src: "https://example.com/a.png", Data: pic, MIME: "image/png", Width: 60, Height: 60})
	id2, _, err := l.Add(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("the same bytes are one row whatever the addresses and clippings", func(t *testing.T) {
		if n := countRows(t, l, "images"); n != 1 {
			t.Errorf("%d picture rows, want 1", n)
		}
	})
	t.Run("load gives the pictures in document order with the missing one noted", func(t *testing.T) {
		an, err := l.Load(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(an.Images) != 3 || an.Images[0].Hash == "" || an.Images[0].Hash != an.Images[1].Hash ||
			!an.Images[2].Missing() || an.Images[2].Err != "HTTP 404" || an.Images[0].Width != 60 {
			t.Fatalf("images %+v", an.Images)
		}
		data, err := l.ImageData(ctx, an.Images[0].Hash)
		if err != nil || !bytes.Equal(data, pic) {
			t.Errorf("ImageData gave %d bytes, %v", len(data), err)
		}
	})
	t.Run("a picture is deleted with the last clipping that shows it", func(t *testing.T) {
		if err := l.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
		if n := countRows(t, l, "images"); n != 1 {
			t.Errorf("%d picture rows after deleting one of two clippings, want 1", n)
		}
		if err := l.Delete(ctx, id2); err != nil {
			t.Fatal(err)
		}
		if n := countRows(t, l, "images"); n != 0 {
			t.Errorf("%d picture rows after deleting both clippings, want 0", n)
		}
	})
	t.Run("an unknown hash is not found", func(t *testing.T) {
		if _, err := l.ImageData(ctx, "abc"); !errors.Is(err, ErrNotFound) {
			t.Errorf("err = %v", err)
		}
	})
}

func TestPicturesSurviveBackupAndRestore(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	pic := pngOf(t, 70, 50)
	id, _, err := l.Add(ctx, withPictures(article("Floods", "https://example.com/floods", "The river rose."),
		clip.Image{Src: "https://example.com/a.png", Data: pic, MIME: "image/png", Width: 70, Height: 50}))
	if err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "b.margin")
	if err := l.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := Restore(ctx, backup, dir); err != nil {
		t.Fatal(err)
	}
	r, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ims, err := r.Images(ctx, id)
	if err != nil || len(ims) != 1 {
		t.Fatalf("restored pictures %+v, %v", ims, err)
	}
	data, err := r.ImageData(ctx, ims[0].Hash)
	if err != nil || !bytes.Equal(data, pic) {
		t.Errorf("restored picture: %d bytes, %v", len(data), err)
	}
}

func TestFetchImagesFillsWhatIsMissing(t *testing.T) {
	ctx := context.Background()
	pic, other := pngOf(t, 80, 60), pngOf(t, 90, 60)
	var requests atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/a.png", func(w http.ResponseWriter, r *http.Request) { requests.Add(1); w.Write(pic) })
	mux.HandleFunc("/b.png", func(w http.ResponseWriter, r *http.Request) { requests.Add(1); w.Write(other) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	l := openTest(t)
	// A clipping made before pictures were kept: image blocks, no rows;
	// and one whose first picture arrived and second failed.
	old := article("Old", srv.URL+"/old", "An old clipping.")
	old.Document.Blocks = append(old.Document.Blocks,
		clip.Block{Kind: clip.BlockImage, Src: srv.URL + "/a.png"}, clip.Block{Kind: clip.BlockImage, Src: srv.URL + "/b.png"})
	oldID, _, err := l.Add(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	half := withPictures(article("Half", srv.URL+"/half", "A clipping with one picture missing."),
		clip.Image{Src: srv.URL + "/a.png", Data: pic, MIME: "image/png", Width: 80, Height: 60},
		clip.Image{Src: srv.URL + "/b.png", Err: "timed out"})
	halfID, _, err := l.Add(ctx, half)
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name     string
		id       int64
		want     FetchResult
		requests int32
	}{
		{"an old clipping gets all its pictures", oldID, FetchResult{Fetched: 2}, 2},
		{"a clipping with a failed picture fetches only that one", halfID, FetchResult{Fetched: 1, Kept: 1}, 1},
		{"a clipping with every picture fetches nothing", halfID, FetchResult{Kept: 2}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			requests.Store(0)
			res, err := l.FetchImages(ctx, tc.id, clip.DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			if res != tc.want || requests.Load() != tc.requests {
				t.Errorf("result %+v after %d requests, want %+v after %d", res, requests.Load(), tc.want, tc.requests)
			}
			ims, _ := l.Images(ctx, tc.id)
			for _, im := range ims {
				if im.Missing() || im.Err != "" {
					t.Errorf("picture %s still missing: %q", im.Src, im.Err)
				}
			}
		})
	}
	if n := countRows(t, l, "images"); n != 2 {
		t.Errorf("%d picture rows, want 2", n)
	}
}
