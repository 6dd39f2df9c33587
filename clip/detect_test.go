package clip

import (
	"errors"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		kind    Kind
		norm    string
		wantErr error
	}{
		{"an https URL is a URL", "https://example.com/a?b=1", KindURL, "https://example.com/a?b=1", nil},
		{"an http URL with spaces around is trimmed", "  http://example.com/x \n", KindURL, "http://example.com/x", nil},
		{"an upper-case scheme is accepted", "HTTPS://Example.com/", KindURL, "https://Example.com/", nil},
		{"a bare host and path counts as https", "example.com/path", KindURL, "https://example.com/path", nil},
		{"a bare host with www counts as https", "www.example.co.uk", KindURL, "https://www.example.co.uk", nil},
		{"a bare host with a port counts as https", "example.com:8080/a", KindURL, "https://example.com:8080/a", nil},
		{"a scheme-relative URL counts as https", "//example.com/a", KindURL, "https://example.com/a", nil},
		{"a file URL is refused", "file:///etc/passwd", 0, "", ErrUnsupportedScheme},
		{"a javascript URL is refused", "javascript:alert(1)", 0, "", ErrUnsupportedScheme},
		{"a javascript URL with spaces is refused", "javascript: alert(1)", 0, "", ErrUnsupportedScheme},
		{"a data URL is refused", "data:text/html,<p>hi</p>", 0, "", ErrUnsupportedScheme},
		{"an ftp URL is refused", "ftp://example.com/file", 0, "", ErrUnsupportedScheme},
		{"an http URL without a host is invalid", "http:///path", 0, "", ErrInvalidURL},
		{"empty input is refused", "  \n ", 0, "", ErrEmptyInput},
		{"an HTML document is HTML", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", KindHTML, "", nil},
		{"an HTML fragment is HTML", "<p>One paragraph.</p>\n<p>Two.</p>", KindHTML, "", nil},
		{"copied text is text", "Title of a story\n\nThe first paragraph of it.", KindText, "", nil},
		{"a single word is text", "hello", KindText, "", nil},
		{"a sentence with a dotted word is text", "See example.com for more.", KindText, "", nil},
		{"text that mentions a tag in prose is text", "Use a <b> tag sparingly", KindText, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, norm, err := Detect(tt.input)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Detect(%q) error = %v, want %v", tt.input, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Detect(%q): %v", tt.input, err)
			}
			if kind != tt.kind {
				t.Errorf("Detect(%q) kind = %v, want %v", tt.input, kind, tt.kind)
			}
			if tt.norm != "" && norm != tt.norm {
				t.Errorf("Detect(%q) = %q, want %q", tt.input, norm, tt.norm)
			}
		})
	}
}
