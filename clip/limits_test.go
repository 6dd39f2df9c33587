package clip

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestPagesPastTheLimitsAreRefusedWithASentence feeds every way in (HTML,
// copied text, any bytes) pages that once took gigabytes or the parser's
// own message, and checks each is refused as too large with a sentence that
// says why.
func TestPagesPastTheLimitsAreRefusedWithASentence(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
	}{
		{"a page of more tiny paragraphs than elements allowed", "<html><body>" + strings.Repeat("<p>a</p>", MaxElements+1) + "</body></html>",
			"The page is too large to clip (more than 200,000 elements)."},
		{"text of more blank-line paragraphs than allowed", strings.Repeat("a\n\n", MaxParagraphs+1),
			"The page is too large to clip (more than 100,000 paragraphs)."},
		{"text of lines ending in carriage returns", strings.Repeat("a\r", MaxParagraphs+1),
			"The page is too large to clip (more than 100,000 paragraphs)."},
		{"elements nested deeper than the parser goes", "<html><body>" + strings.Repeat("<div>", 600) + "Deep text of the article.</body></html>",
			"The page nests elements more than 512 deep, deeper than Margin reads."},
		{"a page over the size cap", "<p>" + strings.Repeat("x", DefaultMaxBytes) + "</p>",
			"The page is too large to clip (over 20 MiB)."},
		{"zero bytes", strings.Repeat("\x00", 4096), "This is binary data, not a web page or text Margin can clip."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ExtractAny([]byte(tt.input), "")
			if err == nil {
				t.Fatal("accepted")
			}
			if got := Message(err); got != tt.want {
				t.Errorf("Message = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("a page just under the limits is clipped", func(t *testing.T) {
		page := "<html><body><article>" + strings.Repeat("<p>A paragraph of the article, with enough words to read.</p>", 5000) + "</article></body></html>"
		if _, err := Extract([]byte(page), ""); err != nil {
			t.Errorf("Extract: %v", err)
		}
		if _, err := ExtractText(strings.Repeat("A paragraph of copied text.\n\n", 5000)); err != nil {
			t.Errorf("ExtractText: %v", err)
		}
	})
}

// TestBinaryBehindAnHTMLHeaderIsRefused serves a PDF and a PNG as
// text/html: each is refused as what it is.
func TestBinaryBehindAnHTMLHeaderIsRefused(t *testing.T) {
	bodies := map[string]string{
		"/pdf": "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
		"/png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(bodies[r.URL.Path]))
	}))
	defer srv.Close()
	for path, want := range map[string]string{
		"/pdf": "This link is a PDF document (application/pdf), not a web page Margin can clip.",
		"/png": "This link is an image (image/png), not a web page Margin can clip.",
	} {
		_, err := Clip(context.Background(), srv.URL+path, DefaultOptions())
		if !errors.Is(err, ErrNotHTML) || Message(err) != want {
			t.Errorf("%s: %v (%q), want %q", path, err, Message(err), want)
		}
	}
}
