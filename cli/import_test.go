package cli_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	fixture := func(name string) string { return filepath.Join("..", "importer", "testdata", name) }

	t.Run("a Wallabag export is detected and filed, and a second import adds nothing", func(t *testing.T) {
		r := ok(t, dir, "import", fixture("wallabag.json"))
		if !strings.Contains(r.stdout, "wallabag: 2 entries, 2 new clippings") || !strings.Contains(r.stdout, "3 highlights (1 orphaned)") {
			t.Errorf("stdout %q", r.stdout)
		}
		r = ok(t, dir, "import", "--json", fixture("wallabag.json"))
		var out struct {
			Import struct {
				Added, Existing, Highlights int
			} `json:"import"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || out.Import.Added != 0 || out.Import.Existing != 2 || out.Import.Highlights != 0 {
			t.Errorf("second import %q (%v)", r.stdout, err)
		}
	})
	t.Run("a malformed file is one sentence saying where, and nothing is imported", func(t *testing.T) {
		empty := t.TempDir()
		r := fails(t, empty, 1, "", "import", fixture("readwise-bad.csv"))
		if !strings.Contains(r.stderr, "line 3") || !strings.Contains(r.stderr, "nothing was imported") {
			t.Errorf("stderr %q", r.stderr)
		}
		if r := ok(t, empty, "ls"); strings.TrimSpace(r.stdout) != "" {
			t.Errorf("library after a malformed import: %q", r.stdout)
		}
	})
	t.Run("a wrong --from or no file is bad usage", func(t *testing.T) {
		fails(t, dir, 2, "", "import", "--from", "instapaper", fixture("pocket.csv"))
		fails(t, dir, 2, "", "import")
	})
	t.Run("a file of no known kind says so", func(t *testing.T) {
		r := fails(t, dir, 1, "", "import", filepath.Join("testdata", "copied.txt"))
		if !strings.Contains(r.stderr, "--from") {
			t.Errorf("stderr %q", r.stderr)
		}
	})
}

func TestServeBookmarklet(t *testing.T) {
	dir := t.TempDir()
	r := ok(t, dir, "serve", "--bookmarklet", "--port", "50123")
	if !strings.Contains(r.stdout, "bookmarklet: javascript:") || !strings.Contains(r.stdout, "50123") {
		t.Errorf("stdout %q", r.stdout)
	}
	again := ok(t, dir, "serve", "--bookmarklet", "--port", "50123")
	if again.stdout != r.stdout {
		t.Errorf("the token changed between runs")
	}
}
