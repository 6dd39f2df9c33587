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
