package cli_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// newSite serves the test article and the bad pages the tests ask for.
func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	article := readTestdata(t, "article.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(article))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/paper.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4\n"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>"))
		chunk := []byte(strings.Repeat("All work and no play makes Jack a dull boy. ", 1000))
		for n := 0; n < 21<<20; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><head><title>Log in</title></head><body><form><input name=u></form></body></html>`))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		body := strings.ReplaceAll(article, "Elysee", "Elys\xe9e")
		w.Write([]byte(body))
	})
	mux.HandleFunc("/unknown-charset", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=x-no-such-charset")
		w.Write([]byte(article))
	})
	mux.HandleFunc("/broken-utf8", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(strings.ReplaceAll(article, "Elysee", "Elys\xe9\xff\xfee")))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestAdd(t *testing.T) {
	srv := newSite(t)
	dir := t.TempDir()

	t.Run("a URL is fetched, filed and its ID printed", func(t *testing.T) {
		r := ok(t, dir, "add", srv.URL+"/article")
		if strings.TrimSpace(r.stdout) != "1" {
			t.Fatalf("stdout %q, want 1", r.stdout)
		}
		show := ok(t, dir, "show", "1", "--json")
		var c struct {
			Title, URL, Source string
		}
		if err := json.Unmarshal([]byte(show.stdout), &c); err != nil {
			t.Fatal(err)
		}
		if c.Title != "Merkel meets Macron in Paris" || c.URL != srv.URL+"/article" || c.Source != "url" {
			t.Errorf("clipping %+v", c)
		}
	})
	t.Run("adding the same page again prints the existing ID and says so", func(t *testing.T) {
		r := ok(t, dir, "add", srv.URL+"/article")
		if strings.TrimSpace(r.stdout) != "1" || !strings.Contains(r.stderr, "“Merkel meets Macron in Paris” is already in your library.") {
			t.Errorf("stdout %q stderr %q", r.stdout, r.stderr)
		}
	})
	t.Run("adding makes entity suggestions", func(t *testing.T) {
		r := ok(t, dir, "suggest", "1", "--json")
		if !strings.Contains(r.stdout, `"entity": "Emmanuel Macron"`) {
			t.Errorf("no suggestion of Macron: %s", r.stdout)
		}
	})
	t.Run("a saved HTML file is clipped with the URL given", func(t *testing.T) {
		d := t.TempDir()
		r := ok(t, d, "add", "--url", "https://news.example/a", filepath.Join("testdata", "article.html"))
		id := strings.TrimSpace(r.stdout)
		show := ok(t, d, "show", id)
		if !strings.Contains(show.stdout, "URL: https://news.example/a") {
			t.Errorf("show:\n%s", show.stdout)
		}
	})
	t.Run("standard input is detected as copied text", func(t *testing.T) {
		d := t.TempDir()
		r := runIn(t, d, readTestdata(t, "copied.txt"), "add", "-")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		show := ok(t, d, "show", "--json", strings.TrimSpace(r.stdout))
		if !strings.Contains(show.stdout, `"source": "text"`) || !strings.Contains(show.stdout, "Rain returns to the valley") {
			t.Errorf("show:\n%s", show.stdout)
		}
	})
	t.Run("standard input is detected as HTML", func(t *testing.T) {
		d := t.TempDir()
		r := runIn(t, d, readTestdata(t, "article.html"), "add", "-")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		show := ok(t, d, "show", "--json", strings.TrimSpace(r.stdout))
		if !strings.Contains(show.stdout, `"source": "html"`) {
			t.Errorf("show:\n%s", show.stdout)
		}
	})
	for _, tc := range []struct{ name, path, want string }{
		{"a page with broken UTF-8 is clipped with replacement characters", "/broken-utf8", "Elys\ufffd"},
		{"a page with an unknown charset is clipped", "/unknown-charset", "Elysee Palace"},
		{"a page in Latin-1 is decoded", "/latin1", "Elysée Palace"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := t.TempDir()
			r := ok(t, d, "add", srv.URL+tc.path)
			text := ok(t, d, "show", "--text", strings.TrimSpace(r.stdout))
			if !strings.Contains(text.stdout, tc.want) {
				t.Errorf("text:\n%s", text.stdout)
			}
		})
	}
}

func TestAddFailures(t *testing.T) {
	srv := newSite(t)
	dir := t.TempDir()
	bin := filepath.Join(t.TempDir(), "binary.html")
	if err := os.WriteFile(bin, []byte("\x00\x01\x02\xff\xfe"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
		want  string
	}{
		{"no argument is bad usage", []string{"add"}, "", 2, "give one URL"},
		{"two arguments are bad usage", []string{"add", "a", "b"}, "", 2, "give one URL"},
		{"a base that is not a URL is bad usage", []string{"add", "--url", "ftp://x", "-"}, "", 2, "not an http(s) URL"},
		{"a zero timeout is bad usage", []string{"add", "--timeout", "0s", "-"}, "", 2, "--timeout"},
		{"an unknown flag is bad usage", []string{"add", "--bogus", "-"}, "", 2, "bogus"},
		{"an unsupported scheme fails", []string{"add", "ftp://example.com/a"}, "", 1, "Margin only clips http and https links."},
		{"a javascript link fails", []string{"add", "javascript:alert(1)"}, "", 1, "Margin only clips http and https links."},
		{"a URL without a host fails", []string{"add", "http://"}, "", 1, "not a valid web address"},
		{"neither a file nor a URL fails", []string{"add", "no-such-file"}, "", 1, "There is no such file, and this is not a web address."},
		{"a missing page fails", []string{"add", srv.URL + "/missing"}, "", 1, "404 Not Found"},
		{"a PDF fails", []string{"add", srv.URL + "/paper.pdf"}, "", 1, "a PDF document"},
		{"a slow site times out", []string{"add", "--timeout", "300ms", srv.URL + "/slow"}, "", 1, "took too long"},
		{"a huge page fails", []string{"add", srv.URL + "/huge"}, "", 1, "too large"},
		{"a page with no article fails", []string{"add", srv.URL + "/empty"}, "", 1, "No readable article"},
		{"a redirect loop fails", []string{"add", srv.URL + "/loop"}, "", 1, "redirects too many times"},
		{"a refused connection fails", []string{"add", "http://127.0.0.1:1/a"}, "", 1, "refused the connection"},
		{"empty standard input fails", []string{"add", "-"}, "  \n", 1, "nothing to clip"},
		{"a directory fails", []string{"add", "testdata"}, "", 1, "This is a folder"},
		{"a binary file fails", []string{"add", bin}, "", 1, "“binary.html” is binary data, not HTML or text Margin can clip."},
		{"a PDF on standard input fails", []string{"add", "-"}, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", 1, "Standard input is a PDF document (application/pdf), not HTML or text Margin can clip."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fails(t, dir, tt.code, tt.stdin, tt.args...)
			t.Logf("BADINPUT | %s | `%s`", tt.name, strings.TrimSpace(r.stderr))
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q does not say %q", r.stderr, tt.want)
			}
			if r.stdout != "" {
				t.Errorf("a failed add printed %q", r.stdout)
			}
		})
	}
	// Failed adds leave no clippings, and make no library where none was.
	if r := runIn(t, dir, "", "ls", "--json"); r.code != 1 || !strings.Contains(r.stderr, "there is no Margin library") {
		t.Errorf("after failed adds, ls: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
