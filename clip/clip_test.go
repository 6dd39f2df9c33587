package clip

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestClip(t *testing.T) {
	page := readFixture(t, "news-chrome.html")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/news/bridge", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	ctx := context.Background()

	t.Run("a URL is fetched and extracted, keeping the final URL", func(t *testing.T) {
		a, err := Clip(ctx, srv.URL+"/old", DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if a.Source != SourceURL || a.SourceRef != srv.URL+"/old" || a.URL != srv.URL+"/news/bridge" {
			t.Errorf("Source, SourceRef, URL = %q, %q, %q", a.Source, a.SourceRef, a.URL)
		}
		if a.Raw != string(page) || a.Title != "Harbour bridge reopens after two-year repair" {
			t.Errorf("Raw kept: %v, Title = %q", a.Raw == string(page), a.Title)
		}
	})
	t.Run("pasted HTML is extracted", func(t *testing.T) {
		a, err := Clip(ctx, string(page), DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if a.Source != SourceHTML || a.Raw == "" || !strings.Contains(a.Text(), "first cars") {
			t.Errorf("Source = %q, text = %q", a.Source, a.Text())
		}
	})
	t.Run("copied text is extracted", func(t *testing.T) {
		a, err := Clip(ctx, string(readFixture(t, "copied-page.txt")), DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if a.Source != SourceText || a.Raw == "" {
			t.Errorf("Source = %q", a.Source)
		}
	})
	t.Run("a refused scheme is an input error", func(t *testing.T) {
		_, err := Clip(ctx, "file:///etc/passwd", DefaultOptions())
		if !errors.Is(err, ErrUnsupportedScheme) || !IsInputError(err) {
			t.Errorf("error = %v", err)
		}
	})
}

func TestClipFile(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name, file string
		source     Source
		contains   string
	}{
		{"a saved page in windows-1251 is decoded", "windows-1251.html", SourceFile, "В пятницу утром"},
		{"a saved page in Shift_JIS is decoded", "shift_jis.html", SourceFile, "新しい図書館"},
		{"a text file is copied text", "copied-page.txt", SourceText, "US President Donald Trump"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("testdata", "pages", tt.file)
			a, err := ClipFile(ctx, path, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			if a.Source != tt.source || a.SourceRef != path || !strings.Contains(a.Text(), tt.contains) {
				t.Errorf("Source = %q, SourceRef = %q, text = %q", a.Source, a.SourceRef, a.Text())
			}
		})
	}
	t.Run("a file past the size cap is refused", func(t *testing.T) {
		opts := DefaultOptions()
		opts.MaxBytes = 100
		_, err := ClipFile(ctx, filepath.Join("testdata", "pages", "news-chrome.html"), opts)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("error = %v, want ErrTooLarge", err)
		}
	})
	t.Run("a missing file says so", func(t *testing.T) {
		_, err := ClipFile(ctx, filepath.Join(t.TempDir(), "none.html"), DefaultOptions())
		if !errors.Is(err, os.ErrNotExist) {
			t.Errorf("error = %v", err)
		}
	})
}

func TestMessageIsOneSentence(t *testing.T) {
	errs := []error{
		ErrUnsupportedScheme, ErrInvalidURL, ErrNotHTML, ErrTooLarge, ErrNotArticle, ErrTimeout,
		ErrEmptyInput, ErrTooManyRedirects, context.Canceled,
		fmt.Errorf("fetch: %w", &StatusError{URL: "https://x.example/", Code: 404}),
		fmt.Errorf("fetch: %w", &TypeError{URL: "https://x.example/a.pdf", ContentType: "application/pdf"}),
		fmt.Errorf("fetch: %w", &net.DNSError{Name: "no.example", IsNotFound: true}),
		fmt.Errorf("fetch: %w", &net.OpError{Op: "dial", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}),
		fmt.Errorf("fetch: %w", &tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}),
	}
	for _, err := range errs {
		t.Run(err.Error(), func(t *testing.T) {
			m := Message(err)
			if m == "" || strings.Contains(m, "\n") || !strings.HasSuffix(m, ".") {
				t.Errorf("Message(%v) = %q", err, m)
			}
		})
	}
}

func TestNetworkFailuresAreNamed(t *testing.T) {
	ctx := context.Background()
	t.Run("a refused connection", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		_, err = Fetch(ctx, "http://"+addr+"/a", DefaultOptions())
		if m := Message(err); m != "The site refused the connection; it may be down." {
			t.Errorf("Message(%v) = %q", err, m)
		}
	})
	t.Run("a certificate no authority signed", func(t *testing.T) {
		srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<p>secret</p>"))
		}))
		defer srv.Close()
		_, err := Fetch(ctx, srv.URL+"/a", DefaultOptions())
		if m := Message(err); !strings.Contains(m, "certificate is not valid") {
			t.Errorf("Message(%v) = %q", err, m)
		}
	})
}
