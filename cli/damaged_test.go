package cli_test

import (
	"bytes"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// snapshot returns every file in dir with its contents.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			out[e.Name()+"/"] = nil
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		w, ok := b[k]
		if !ok || !bytes.Equal(v, w) {
			return false
		}
	}
	return true
}

// sqliteExec runs statements on a SQLite file outside Margin.
func sqliteExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// TestDamagedLibraries opens libraries that are damaged, foreign or too new
// with every kind of command: each fails with one line and exit 1 and
// leaves the folder exactly as it was.
func TestDamagedLibraries(t *testing.T) {
	good, _ := addArticle(t)
	ok(t, good, "highlight", "1", "--quote", "three hours")
	goodDB, err := os.ReadFile(filepath.Join(good, "margin.db"))
	if err != nil {
		t.Fatal(err)
	}
	if len(goodDB) < 8192 {
		t.Fatalf("the library is only %d bytes", len(goodDB))
	}

	cases := []struct {
		name  string
		setup func(t *testing.T, path string)
		want  string
	}{
		{"a text file named as the database", func(t *testing.T, path string) {
			os.WriteFile(path, []byte(strings.Repeat("These are my notes, not a database.\n", 10)), 0o644)
		}, "it is not a SQLite database"},
		{"a file too short to be a database", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("hello\n"), 0o644)
		}, "too short to be a database"},
		{"a truncated database", func(t *testing.T, path string) {
			os.WriteFile(path, goodDB[:len(goodDB)/2], 0o644)
		}, "the database file is truncated"},
		{"a database with damaged pages", func(t *testing.T, path string) {
			bad := bytes.Clone(goodDB)
			r := rand.New(rand.NewPCG(1, 2))
			for i := 4096; i < len(bad); i++ {
				bad[i] = byte(r.IntN(256))
			}
			os.WriteFile(path, bad, 0o644)
		}, "not a Margin library"},
		{"another application's database", func(t *testing.T, path string) {
			sqliteExec(t, path, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('Ada')")
		}, "another application's database"},
		{"a library from a newer Margin", func(t *testing.T, path string) {
			os.WriteFile(path, goodDB, 0o644)
			sqliteExec(t, path, "PRAGMA user_version = 99")
		}, "written by a newer version of Margin (schema 99, this Margin knows "},
		{"a directory named as the database", func(t *testing.T, path string) {
			os.Mkdir(path, 0o755)
		}, "it is a directory"},
	}
	commands := [][]string{
		{"ls"}, {"check"}, {"show", "1"}, {"add", "-"}, {"highlight", "1", "--quote", "Merkel"},
		{"note", "1", "x"}, {"undo"}, {"backup", "BACKUP"}, {"search", "Merkel"}, {"entities"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "margin.db")
			c.setup(t, path)
			before := snapshot(t, dir)
			for _, args := range commands {
				backup := filepath.Join(t.TempDir(), "backup.db")
				for i, a := range args {
					if a == "BACKUP" {
						args[i] = backup
					}
				}
				r := runIn(t, dir, readTestdata(t, "copied.txt"), args...)
				if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, c.want) {
					t.Errorf("margin %s: exit %d, stderr %q; want exit 1 and one line with %q", args[0], r.code, r.stderr, c.want)
				}
				if !sameFiles(before, snapshot(t, dir)) {
					t.Fatalf("margin %s changed the library folder", args[0])
				}
				if _, err := os.Stat(backup); err == nil {
					t.Errorf("margin %s wrote a backup of a damaged library", args[0])
				}
				if args[0] == "ls" {
					t.Logf("BADINPUT | %s | `%s`", c.name, strings.TrimSpace(r.stderr))
				}
			}
		})
	}
}

// TestDamagedPage damages one page in the middle of a library, which
// opening it does not notice: check finds it, fails with one line, and
// leaves the database file as it was.
func TestDamagedPage(t *testing.T) {
	good, _ := addArticle(t)
	db, err := os.ReadFile(filepath.Join(good, "margin.db"))
	if err != nil {
		t.Fatal(err)
	}
	const pageSize = 4096
	if len(db) < 6*pageSize {
		t.Fatalf("the library has only %d bytes", len(db))
	}
	r := rand.New(rand.NewPCG(5, 6))
	for i := 3 * pageSize; i < 4*pageSize; i++ {
		db[i] = byte(r.IntN(256))
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "margin.db")
	if err := os.WriteFile(path, db, 0o644); err != nil {
		t.Fatal(err)
	}
	res := runIn(t, dir, "", "check")
	if res.code != 1 || strings.Count(res.stderr, "\n") != 1 || !strings.Contains(res.stderr, "not a Margin library") {
		t.Errorf("check: exit %d, stderr %q", res.code, res.stderr)
	}
	t.Logf("BADINPUT | a library with a damaged page (check) | `%s`", strings.TrimSpace(res.stderr))
	after, _ := os.ReadFile(path)
	if !bytes.Equal(db, after) {
		t.Error("check changed the database file")
	}
}

// mountTmpfs mounts a tmpfs at dir with the options, or skips the test
// when that is not possible (not root, no mount command).
func mountTmpfs(t *testing.T, dir, opts string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
}

// TestReadOnlyFolder opens a library in a folder that cannot be written:
// reading would be possible, but Margin refuses clearly rather than fail
// later on the first write.
func TestReadOnlyFolder(t *testing.T) {
	good, _ := addArticle(t)
	dir := t.TempDir()
	mountTmpfs(t, dir, "size=4m")
	db, _ := os.ReadFile(filepath.Join(good, "margin.db"))
	if err := os.WriteFile(filepath.Join(dir, "margin.db"), db, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only: %v %s", err, out)
	}
	before := snapshot(t, dir)
	for _, args := range [][]string{{"ls"}, {"add", "-"}, {"note", "1", "x"}} {
		r := runIn(t, dir, readTestdata(t, "copied.txt"), args...)
		if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "cannot be written to") {
			t.Errorf("margin %s: exit %d, stderr %q", args[0], r.code, r.stderr)
		}
		if args[0] == "ls" {
			t.Logf("BADINPUT | a read-only library folder | `%s`", strings.TrimSpace(r.stderr))
		}
	}
	if !sameFiles(before, snapshot(t, dir)) {
		t.Error("the folder changed")
	}
	r := runIn(t, filepath.Join(dir, "new"), "", "ls")
	if r.code != 1 || !strings.Contains(r.stderr, "cannot be written to") {
		t.Errorf("new library in a read-only folder: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestFullDisk fills a small tmpfs with clippings until an add fails: it
// fails with one line, exit 1, and the library keeps every clipping added
// before, intact.
func TestFullDisk(t *testing.T) {
	dir := t.TempDir()
	mountTmpfs(t, dir, "size=1m")
	r := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("river council budget harbour election market railway school hospital bridge museum forest")
	added := 0
	var failed result
	for i := 0; i < 50; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Report number %d from the valley\n\n", i)
		for p := 0; p < 60; p++ {
			for w := 0; w < 60; w++ {
				b.WriteString(words[r.IntN(len(words))])
				fmt.Fprintf(&b, "%d ", r.IntN(100000))
			}
			b.WriteString(".\n\n")
		}
		before := snapshot(t, dir)
		res := runIn(t, dir, b.String(), "add", "-")
		if res.code == 0 {
			added++
			continue
		}
		failed = res
		if !sameFiles(before, snapshot(t, dir)) {
			// The write-ahead log may have grown; the database itself must not.
			if !bytes.Equal(before["margin.db"], snapshot(t, dir)["margin.db"]) {
				t.Error("the failed add changed the database file")
			}
		}
		break
	}
	if failed.code == 0 {
		t.Fatalf("added %d clippings to a 1 MB disk without filling it", added)
	}
	if failed.code != 1 || strings.Count(failed.stderr, "\n") != 1 || !strings.Contains(failed.stderr, "disk is full") {
		t.Errorf("add on a full disk: exit %d, stderr %q", failed.code, failed.stderr)
	}
	t.Logf("BADINPUT | a full disk (1 MB tmpfs, after %d clippings) | `%s`", added, strings.TrimSpace(failed.stderr))
	if added == 0 {
		t.Fatal("not one clipping fitted")
	}
	// Free the space the failed add took, as a person would, and check
	// that what was added before is all there.
	check := runIn(t, dir, "", "check")
	if check.code != 0 || check.stdout != fmt.Sprintf("ok: %d %s\n", added, map[bool]string{true: "clipping", false: "clippings"}[added == 1]) {
		t.Errorf("check after the full disk: exit %d, %q %q", check.code, check.stdout, check.stderr)
	}
}
