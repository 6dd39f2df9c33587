package clip

import (
	"errors"
	"testing"
)

func TestFromContent(t *testing.T) {
	tests := []struct {
		name, html, url, text string
		err                   error
	}{
		{name: "a short body is kept as it stands", html: "<p>One short line.</p>", text: "One short line."},
		{name: "paragraphs and headings become blocks", html: "<h2>Tides</h2><p>The tide turns.</p><p>Twice a day.</p>", text: "Tides\n\nThe tide turns.\n\nTwice a day."},
		{name: "a whole page's head and scripts are not text", html: "<html><head><title>T</title><script>var x;</script></head><body><p>Body.</p></body></html>", text: "Body."},
		{name: "an empty body is refused", html: "<div> </div>", err: ErrEmptyInput},
		{name: "nothing at all is refused", html: "  ", err: ErrEmptyInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromContent([]byte(tt.html), tt.url)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v; want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Text(); got != tt.text {
				t.Errorf("text = %q; want %q", got, tt.text)
			}
		})
	}
	t.Run("links are made absolute against the page URL", func(t *testing.T) {
		a, err := FromContent([]byte(`<p>See <a href="/more">more</a>.</p>`), "https://example.org/tides")
		if err != nil {
			t.Fatal(err)
		}
		if sp := a.Document.Blocks[0].Spans; len(sp) != 1 || sp[0].Href != "https://example.org/more" || a.URL != "https://example.org/tides" {
			t.Errorf("spans %+v, url %q", sp, a.URL)
		}
	})
}
