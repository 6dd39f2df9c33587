package clip

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestFetchIfChanged(t *testing.T) {
	const etag, lastMod = `"v7"`, "Tue, 01 Dec 2026 05:00:00 GMT"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>Hello</p></body></html>")
	}))
	defer srv.Close()
	ctx := context.Background()

	t.Run("a first fetch keeps the validators", func(t *testing.T) {
		p, err := Fetch(ctx, srv.URL, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if p.ETag != etag || p.LastModified != lastMod {
			t.Errorf("ETag, LastModified = %q, %q", p.ETag, p.LastModified)
		}
	})
	for _, v := range []Validators{{ETag: etag}, {LastModified: lastMod}} {
		t.Run(fmt.Sprintf("a 304 to %+v is ErrNotModified", v), func(t *testing.T) {
			_, err := FetchIfChanged(ctx, srv.URL, v, DefaultOptions())
			if !errors.Is(err, ErrNotModified) {
				t.Errorf("err = %v, want ErrNotModified", err)
			}
		})
	}
	t.Run("other validators fetch the page", func(t *testing.T) {
		p, err := FetchIfChanged(ctx, srv.URL, Validators{ETag: `"v6"`}, DefaultOptions())
		if err != nil || len(p.Body) == 0 {
			t.Errorf("page, err = %v, %v", p, err)
		}
	})
	t.Run("a 304 to a request without validators is an error status", func(t *testing.T) {
		bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) }))
		defer bare.Close()
		_, err := Fetch(ctx, bare.URL, DefaultOptions())
		if !errors.Is(err, ErrHTTPStatus) {
			t.Errorf("err = %v, want ErrHTTPStatus", err)
		}
	})
}
