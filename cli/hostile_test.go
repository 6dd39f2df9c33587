package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadCommandsNeverCreateALibrary runs the commands that only read on
// a mistyped --library folder: each says there is no library there, and
// no folder or file appears.
func TestReadCommandsNeverCreateALibrary(t *testing.T) {
	parent := t.TempDir()
	typo := filepath.Join(parent, "libary")
	for _, args := range [][]string{
		{"ls"}, {"search", "Merkel"}, {"show", "1"}, {"export", "--all", "--out", filepath.Join(parent, "out")},
		{"check"}, {"entities"}, {"highlights", "1"}, {"backup", filepath.Join(parent, "b.db")},
	} {
		r := fails(t, typo, 1, "", args...)
		if !strings.Contains(r.stderr, "there is no Margin library in "+typo) {
			t.Errorf("margin %s: %q", args[0], r.stderr)
		}
		if args[0] == "ls" {
			t.Logf("BADINPUT | a mistyped --library folder | `%s`", strings.TrimSpace(r.stderr))
		}
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Errorf("read commands created %v", entries)
	}
}

// TestBackupIntoAFolder writes a backup named for its time into a folder
// given instead of a file.
func TestBackupIntoAFolder(t *testing.T) {
	dir, _ := addArticle(t)
	dest := t.TempDir()
	r := ok(t, dir, "backup", dest)
	entries, _ := os.ReadDir(dest)
	if len(entries) != 1 || !strings.HasPrefix(entries[0].Name(), "margin-") || !strings.Contains(r.stdout, entries[0].Name()) {
		t.Fatalf("backup into a folder: %v, printed %q", entries, r.stdout)
	}
	restored := filepath.Join(t.TempDir(), "lib")
	ok(t, restored, "restore", filepath.Join(dest, entries[0].Name()))
	if r := ok(t, restored, "ls"); !strings.Contains(r.stdout, "Merkel") {
		t.Errorf("the backup restores to %q", r.stdout)
	}
}

// TestExtractHasTheCapsOfAdd gives extract an endless file and a page of
// too many elements: each is refused with a sentence, as add refuses it.
func TestExtractHasTheCapsOfAdd(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	r := fails(t, t.TempDir(), 1, "", "extract", "/dev/zero")
	if !strings.Contains(r.stderr, "The page is too large to clip (over 20 MiB).") {
		t.Errorf("extract /dev/zero: %q", r.stderr)
	}
	t.Logf("BADINPUT | `margin extract /dev/zero` | `%s`", strings.TrimSpace(r.stderr))
	page := "<html><body>" + strings.Repeat("<p>a</p>", 200_001) + "</body></html>"
	for _, cmd := range []string{"extract", "add"} {
		r := fails(t, t.TempDir(), 1, page, cmd, "-")
		if !strings.Contains(r.stderr, "more than 200,000 elements") {
			t.Errorf("%s of 200,001 paragraphs: %q", cmd, r.stderr)
		}
		if cmd == "add" {
			t.Logf("BADINPUT | a page of 200,001 tiny paragraphs | `%s`", strings.TrimSpace(r.stderr))
		}
	}
}
