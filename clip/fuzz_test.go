package clip

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// The fuzz tests check that no input makes Margin panic, and that what it
// returns holds together. Their corpora are in testdata/fuzz.

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"https://example.com/a", "example.com", "file:///etc/passwd", "<p>x</p>", "text", "javascript:alert(1)", "//x.y", "a.b:80/c", "http://[::1]:80/", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		kind, norm, err := Detect(s)
		if err != nil {
			return
		}
		if kind == KindURL {
			if _, err := checkURL(norm); err != nil {
				t.Errorf("Detect(%q) = URL %q that checkURL refuses: %v", s, norm, err)
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"fragment.html", "jsonld-only.html", "news-chrome.html"} {
		if b, err := os.ReadFile(filepath.Join("testdata", "pages", name)); err == nil {
			f.Add(b, "https://example.com/a")
		}
	}
	f.Add([]byte("<p>a<b>b<i>c</p>d</b>"), "")
	f.Add([]byte("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\"x\"}</script>"), "http://x")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		a, err := Extract(page, pageURL)
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

func FuzzExtractText(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "pages", "copied-page.txt")); err == nil {
		f.Add(string(b))
	}
	f.Add("Title here\nBy Someone | Jan 2, 2020\nBody text of the article goes here and on.")
	f.Add("| | |\n\n@\n")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ExtractText(s)
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

// checkArticle checks the invariants of an extracted article: valid UTF-8,
// spans inside their blocks, and a version.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if a.Document.Version != DocumentVersion {
		t.Errorf("Version = %d", a.Document.Version)
	}
	text := a.Text()
	if !utf8.ValidString(text) || !utf8.ValidString(a.Title) {
		t.Errorf("invalid UTF-8 in %q / %q", a.Title, text)
	}
	offs := a.Document.BlockOffsets()
	for i, b := range a.Document.Blocks {
		n := utf8.RuneCountInString(b.Text)
		for _, s := range b.Spans {
			if s.Start < 0 || s.End > n || s.Start >= s.End {
				t.Errorf("span %+v outside block %q", s, b.Text)
			}
		}
		if b.HasText() && offs[i] < 0 {
			t.Errorf("block %d has text but no offset", i)
		}
	}
}
