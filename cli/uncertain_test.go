package cli_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"margin/library"
)

func TestShowSaysAnExtractionWasUncertain(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join("..", "clip", "testdata", "pages", "no-main-article.html")
	uncertain := strings.TrimSpace(ok(t, dir, "add", "--no-images", page).stdout)
	normal := strings.TrimSpace(ok(t, dir, "add", "--no-images", filepath.Join("testdata", "article.html")).stdout)
	for _, tt := range []struct {
		name string
		id   string
		want bool
	}{
		{"a page with no article found is shown with the note", uncertain, true},
		{"an article is shown without it", normal, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := ok(t, dir, "show", tt.id).stdout
			if got := strings.Contains(text, library.UncertainNote); got != tt.want {
				t.Errorf("show says the note: %v, want %v:\n%s", got, tt.want, text)
			}
			var c struct {
				Uncertain bool   `json:"uncertain"`
				Text      string `json:"text"`
			}
			if err := json.Unmarshal([]byte(ok(t, dir, "show", "--json", tt.id).stdout), &c); err != nil {
				t.Fatal(err)
			}
			if c.Uncertain != tt.want || c.Text == "" {
				t.Errorf("show --json: uncertain %v, want %v; text %q", c.Uncertain, tt.want, c.Text)
			}
		})
	}
	if text := ok(t, dir, "show", uncertain).stdout; !strings.Contains(text, "The parish council meets on the first Tuesday") {
		t.Errorf("the uncertain clipping lacks the page's readable text:\n%s", text)
	}
}
