package annotate

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// demoPages reads the corpus keys of the news pages in the demo library
// (scripts/demo-library.sh, its pages=(...) list).
func demoPages(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "scripts", "demo-library.sh"))
	if err != nil {
		t.Fatal(err)
	}
	list := regexp.MustCompile(`(?ms)^pages=\((.*?)^\)`).FindSubmatch(b)
	if list == nil {
		t.Fatal("scripts/demo-library.sh has no pages=(...) list")
	}
	key := regexp.MustCompile(`^[0-9a-f]{6,64}$`)
	var pages []string
	for _, line := range strings.Split(string(list[1]), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if !key.MatchString(f[0]) {
			t.Fatalf("scripts/demo-library.sh: %q in pages=(...) is not a corpus key", f[0])
		}
		pages = append(pages, f[0])
	}
	return pages
}

// The screenshots show entity suggestions on the demo library's pages, so
// none of them may be an article of the gold set's test part, whose
// suggestions are never studied.
func TestDemoPagesOutsideGoldTest(t *testing.T) {
	pages := demoPages(t)
	if len(pages) < 10 {
		t.Fatalf("found %d demo pages in scripts/demo-library.sh, want the dozen it lists", len(pages))
	}
	tests := loadGold(t, testPart)
	if len(tests) == 0 {
		t.Fatal("the gold set has no test articles")
	}
	for _, p := range pages {
		for _, d := range tests {
			if d.Key == "" {
				t.Fatalf("gold test article %s has no key", d.Name)
			}
			if strings.HasPrefix(d.Key, p) {
				t.Errorf("demo page %s is the gold test article %s: pick a page outside the gold set", p, d.Name)
			}
		}
	}
}
