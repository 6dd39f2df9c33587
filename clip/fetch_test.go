package clip

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

const testPage = `<!DOCTYPE html><html><head><title>A test page</title></head><body><article><p>` +
	`This is the body of a test page, long enough to be read as an article by the extractor that Margin uses.</p></article></body></html>`

// testServer serves a few pages that exercise the fetcher.
func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<p>%s</p>", r.UserAgent())
	})
	mux.HandleFunc("/redirect/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/redirect/"), "%d", &n)
		if n <= 0 {
			http.Redirect(w, r, "/ok", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/file", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>start")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>")
		chunk := bytes.Repeat([]byte("a"), 1024)
		for range 64 {
			w.Write(chunk)
		}
	})
	mux.HandleFunc("/big-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "100000")
		w.Write(bytes.Repeat([]byte("a"), 100000))
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4\n")
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/sniffed-pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		fmt.Fprint(w, "%PDF-1.4\n")
	})
	mux.HandleFunc("/sniffed-html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, testPage)
		zw.Close()
	})
	mux.HandleFunc("/cp1251-header", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		b, _ := charmap.Windows1251.NewEncoder().String("<p>Привет, мир</p>")
		fmt.Fprint(w, b)
	})
	mux.HandleFunc("/cp1251-meta", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		b, _ := charmap.Windows1251.NewEncoder().String(`<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>`)
		fmt.Fprint(w, b)
	})
	mux.HandleFunc("/bom", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "\xef\xbb\xbf<p>Grüße</p>")
	})
	return httptest.NewServer(mux)
}

func TestFetch(t *testing.T) {
	srv := testServer(t)
	defer srv.Close()
	opts := DefaultOptions()
	opts.Timeout = 500 * time.Millisecond
	opts.MaxBytes = 32 << 10

	tests := []struct {
		name     string
		path     string
		wantErr  error
		wantBody string
		wantPath string
	}{
		{"a page is fetched", "/ok", nil, "body of a test page", "/ok"},
		{"a browser-like user agent is sent", "/ua", nil, "Mozilla/5.0", "/ua"},
		{"ten redirects are followed", "/redirect/9", nil, "body of a test page", "/ok"},
		{"more than ten redirects are refused", "/redirect/11", ErrTooManyRedirects, "", ""},
		{"a redirect to ftp is refused", "/to-ftp", ErrUnsupportedScheme, "", ""},
		{"a redirect to a file URL is refused", "/to-file", ErrUnsupportedScheme, "", ""},
		{"a server slower than the timeout times out", "/slow", ErrTimeout, "", ""},
		{"a body slower than the timeout times out", "/slow-body", ErrTimeout, "", ""},
		{"a body past the size cap is refused", "/big", ErrTooLarge, "", ""},
		{"a declared length past the size cap is refused", "/big-declared", ErrTooLarge, "", ""},
		{"a PDF is refused", "/pdf", ErrNotHTML, "", ""},
		{"an image is refused", "/image", ErrNotHTML, "", ""},
		{"an undeclared PDF is refused", "/sniffed-pdf", ErrNotHTML, "", ""},
		{"HTML served as octet-stream is accepted", "/sniffed-html", nil, "body of a test page", "/sniffed-html"},
		{"a 404 is an HTTP status error", "/missing", ErrHTTPStatus, "", ""},
		{"a 500 is an HTTP status error", "/broken", ErrHTTPStatus, "", ""},
		{"a gzipped page is decompressed", "/gzip", nil, "body of a test page", "/gzip"},
		{"a charset in the header is decoded", "/cp1251-header", nil, "Привет, мир", "/cp1251-header"},
		{"a charset in a meta tag is decoded", "/cp1251-meta", nil, "Привет, мир", "/cp1251-meta"},
		{"a byte order mark is honoured and removed", "/bom", nil, "<p>Grüße</p>", "/bom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := Fetch(context.Background(), srv.URL+tt.path, opts)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Fetch error = %v, want %v", err, tt.wantErr)
				}
				if Message(err) == "" {
					t.Errorf("Message(%v) is empty", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			if !strings.Contains(string(page.Body), tt.wantBody) {
				t.Errorf("body = %q, want it to contain %q", page.Body, tt.wantBody)
			}
			if !strings.HasSuffix(page.URL, tt.wantPath) {
				t.Errorf("final URL = %q, want it to end with %q", page.URL, tt.wantPath)
			}
		})
	}
}

func TestFetchErrorsSayWhatTheResourceWas(t *testing.T) {
	srv := testServer(t)
	defer srv.Close()
	for path, want := range map[string]string{"/pdf": "PDF", "/image": "image", "/missing": "404"} {
		_, err := Fetch(context.Background(), srv.URL+path, DefaultOptions())
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(Message(err), want) {
			t.Errorf("Fetch(%s) error %v / message %q should mention %q", path, err, Message(err), want)
		}
	}
}

func TestFetchIsCancelledThroughTheContext(t *testing.T) {
	srv := testServer(t)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	start := time.Now()
	_, err := Fetch(ctx, srv.URL+"/slow", DefaultOptions())
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Fetch error = %v, want context.Canceled", err)
	}
	if time.Since(start) > time.Second {
		t.Errorf("cancellation took %v", time.Since(start))
	}
}

func TestFetchRefusesOtherSchemes(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/", "data:text/html,hi"} {
		if _, err := Fetch(context.Background(), u, DefaultOptions()); !errors.Is(err, ErrUnsupportedScheme) {
			t.Errorf("Fetch(%q) error = %v, want ErrUnsupportedScheme", u, err)
		}
	}
}

func TestFetchDoesNotCarryCredentialsToAnotherHost(t *testing.T) {
	var gotAuth string
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotAuth = r.Header.Get("Authorization")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, testPage)
	}))
	defer other.Close()
	first := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			t.Errorf("the first host did not get the credentials of its own URL")
		}
		http.Redirect(w, r, other.URL+"/landing", http.StatusFound)
	}))
	defer first.Close()

	withCreds := strings.Replace(first.URL, "http://", "http://user:secret@", 1)
	page, err := Fetch(context.Background(), withCreds+"/start", DefaultOptions())
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if !strings.HasSuffix(page.URL, "/landing") || strings.Contains(page.URL, "secret") {
		t.Errorf("final URL = %q", page.URL)
	}
	if gotAuth != "" {
		t.Errorf("the other host got Authorization %q", gotAuth)
	}
}

// TestRedirectDropsCredentialsInClear checks the redirect policy on its
// own (a test server cannot serve https and http on one host and port):
// credentials stay on a redirect within the host over https, and go on
// one from https to plain http, even to the same host.
func TestRedirectDropsCredentialsInClear(t *testing.T) {
	for _, tt := range []struct {
		from, to string
		keep     bool
	}{
		{"https://news.example/a", "https://news.example/b", true},
		{"http://news.example/a", "http://news.example/b", true},
		{"http://news.example/a", "https://news.example/b", true},
		{"https://news.example/a", "http://news.example/b", false},
		{"https://news.example/a", "https://other.example/b", false},
	} {
		first, _ := http.NewRequest(http.MethodGet, tt.from, nil)
		next, _ := http.NewRequest(http.MethodGet, tt.to, nil)
		next.Header.Set("Authorization", "Basic c2VjcmV0")
		next.Header.Set("Cookie", "session=1")
		next.Header.Set("Proxy-Authorization", "Basic cHJveHk=")
		if err := checkRedirect(next, []*http.Request{first}, 5); err != nil {
			t.Fatalf("%s -> %s: %v", tt.from, tt.to, err)
		}
		// Each header on its own: dropping one and keeping the other
		// would still send a credential.
		for _, h := range []string{"Authorization", "Cookie", "Proxy-Authorization"} {
			if kept := next.Header.Get(h) != ""; kept != tt.keep {
				t.Errorf("%s -> %s: %s kept = %v, want %v", tt.from, tt.to, h, kept, tt.keep)
			}
		}
	}
}

// countingServer starts a loopback server of handler, closed at the test's
// end, and counts the connections opened to it.
func countingServer(t *testing.T, handler http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	opened := new(atomic.Int32)
	srv := httptest.NewUnstartedServer(handler)
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			opened.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv, opened
}

// TestFetchReusesConnections checks that fetches one after another from
// one host go over one kept connection, not a new one each (a check of a
// thousand clippings of one site would otherwise open a thousand and leave
// each idle until it timed out).
func TestFetchReusesConnections(t *testing.T) {
	srv, opened := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	const n = 20
	for i := range n {
		if _, err := Fetch(context.Background(), fmt.Sprintf("%s/p/%d", srv.URL, i), DefaultOptions()); err != nil {
			t.Fatal(err)
		}
	}
	if got := opened.Load(); got != 1 {
		t.Errorf("%d fetches one after another opened %d connections, want 1", n, got)
	}
}

// TestFetchReusesConnectionsAfterRefusedPages checks that a page refused
// for its status or its type gives its connection back to the pool when
// its body is short, so a check that meets many missing pages does not
// open a connection for each.
func TestFetchReusesConnectionsAfterRefusedPages(t *testing.T) {
	srv, opened := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/missing":
			http.Error(w, strings.Repeat("Not found. ", 100), http.StatusNotFound)
		case "/data":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"a": 1}`)
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, testPage)
		}
	})
	for i := range 6 {
		path := []string{"/missing", "/data", "/page"}[i%3]
		_, err := Fetch(context.Background(), srv.URL+path, DefaultOptions())
		if path != "/page" && err == nil {
			t.Fatalf("%s was not refused", path)
		}
		if path == "/page" && err != nil {
			t.Fatal(err)
		}
	}
	if got := opened.Load(); got != 1 {
		t.Errorf("6 fetches one after another, 4 of them refused, opened %d connections, want 1", got)
	}
}
