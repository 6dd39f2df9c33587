package library

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"margin/annotate"
)

func TestDefaultDirFollowsThePlatform(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the XDG rules apply on Linux")
	}
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if d, _ := DefaultDir(); d != "/data/home/margin" {
		t.Errorf("with XDG_DATA_HOME: %q", d)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/ana")
	if d, _ := DefaultDir(); d != "/home/ana/.local/share/margin" {
		t.Errorf("without XDG_DATA_HOME: %q", d)
	}
}

func TestOpenCreatesALibraryAndReopensIt(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "new", "library")
	l, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	id := mustAdd(t, l, article("Kept", "https://example.com/k", "Kept across a restart."))
	var mode string
	l.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	var fk int
	l.db.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if fk != 1 {
		t.Error("foreign keys are off")
	}
	if l.Dir() != dir {
		t.Errorf("Dir = %q", l.Dir())
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	l, err = Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if _, err := l.Get(ctx, id); err != nil {
		t.Errorf("Get after reopening: %v", err)
	}
	if err := l.Check(ctx); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// libraryFile makes a library with one clipping in a new directory, closes
// it and returns the database's path.
func libraryFile(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	l, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		mustAdd(t, l, article(fmt.Sprint("Article ", i), fmt.Sprint("https://example.com/", i), strings.Repeat(fmt.Sprint("Text of article ", i, ". "), 200)))
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, FileName)
}

func TestOpenRefusesWhatItCannotReadAndLeavesItAlone(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T) string // returns the library directory
		want error
	}{
		{"a text file", func(t *testing.T) string {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, FileName), []byte(strings.Repeat("my notes\n", 50)), 0o644)
			return dir
		}, ErrNotLibrary},
		{"a file of zeros (SQLite judges it: a library being created starts so)", func(t *testing.T) string {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, FileName), make([]byte, 8192), 0o644)
			return dir
		}, ErrNotLibrary},
		{"a file too short to be a database", func(t *testing.T) string {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, FileName), []byte("SQLite format 3\x00abc"), 0o644)
			return dir
		}, ErrNotLibrary},
		{"a truncated library", func(t *testing.T) string {
			path := libraryFile(t)
			b, _ := os.ReadFile(path)
			os.WriteFile(path, b[:len(b)/2], 0o644)
			return filepath.Dir(path)
		}, ErrNotLibrary},
		{"another application's database", func(t *testing.T) string {
			dir := t.TempDir()
			db, _ := sql.Open("sqlite", filepath.Join(dir, FileName))
			db.Exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)")
			db.Close()
			return dir
		}, ErrNotLibrary},
		{"a database marked by another application", func(t *testing.T) string {
			dir := t.TempDir()
			db, _ := sql.Open("sqlite", filepath.Join(dir, FileName))
			db.Exec("PRAGMA application_id = 42")
			db.Close()
			return dir
		}, ErrNotLibrary},
		{"a library from a newer Margin", func(t *testing.T) string {
			path := libraryFile(t)
			db, _ := sql.Open("sqlite", path)
			if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)+1)); err != nil {
				t.Fatal(err)
			}
			db.Exec("PRAGMA journal_mode = DELETE")
			db.Close()
			return filepath.Dir(path)
		}, ErrNewerVersion},
		{"a directory where the database should be", func(t *testing.T) string {
			dir := t.TempDir()
			os.Mkdir(filepath.Join(dir, FileName), 0o755)
			return dir
		}, ErrNotLibrary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.make(t)
			path := filepath.Join(dir, FileName)
			before, _ := os.ReadFile(path)
			l, err := Open(context.Background(), dir)
			if err == nil {
				l.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Open: %v, want %v", err, tt.want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("Open changed the file")
			}
		})
	}
}

// TestCheckFileLeavesABusyFileToSQLite checks that a file another process
// is creating or checkpointing, or left with a journal to roll back, is
// not refused from its header alone, read without SQLite's locks: a
// process once failed so in make stress while another created the library.
func TestCheckFileLeavesABusyFileToSQLite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	os.WriteFile(path, []byte(strings.Repeat("half-written page\n", 50)), 0o644)
	if err := checkFile(path); !errors.Is(err, ErrNotLibrary) {
		t.Fatalf("checkFile(text) = %v, want ErrNotLibrary", err)
	}
	for _, side := range []string{"-journal", "-wal"} {
		os.WriteFile(path+side, []byte("x"), 0o644)
		if err := checkFile(path); err != nil {
			t.Errorf("checkFile with a %s file = %v, want SQLite to judge", side, err)
		}
		os.Remove(path + side)
	}
	os.WriteFile(path, make([]byte, 4096), 0o644)
	if err := checkFile(path); err != nil {
		t.Errorf("checkFile(zeros) = %v, want SQLite to judge", err)
	}
}

// makeReadOnly makes dir impossible to write to, even for root (with the
// immutable attribute), or skips the test.
func makeReadOnly(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Skip(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return
	}
	if err := exec.Command("chattr", "+i", dir).Run(); err != nil {
		t.Skipf("cannot make a directory read-only as root: %v", err)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", dir).Run() })
}

func TestOpenInAReadOnlyFolder(t *testing.T) {
	t.Run("an existing library gives ErrReadOnly and stays as it was", func(t *testing.T) {
		path := libraryFile(t)
		before, _ := os.ReadFile(path)
		makeReadOnly(t, filepath.Dir(path))
		l, err := Open(context.Background(), filepath.Dir(path))
		if err == nil {
			l.Close()
			t.Fatal("Open succeeded")
		}
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("Open: %v, want ErrReadOnly", err)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Error("Open changed the file")
		}
	})
	t.Run("a new library gives ErrReadOnly", func(t *testing.T) {
		parent := t.TempDir()
		makeReadOnly(t, parent)
		_, err := Open(context.Background(), filepath.Join(parent, "lib"))
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("Open: %v, want ErrReadOnly", err)
		}
	})
}

func TestAFullDiskGivesErrDiskFullAndLosesNothing(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	mustAdd(t, l, article("Small", "https://example.com/s", "Small text."))
	// A full disk, as SQLite sees it: the database may not grow.
	l.db.SetMaxOpenConns(1)
	var pages int
	if err := l.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := l.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}
	before := dump(t, l)
	big := article("Big", "https://example.com/big", strings.Repeat("A very long text that will not fit. ", 5000))
	_, _, err := l.Add(ctx, big)
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("Add: %v, want ErrDiskFull", err)
	}
	if after := dump(t, l); fmt.Sprint(before) != fmt.Sprint(after) {
		t.Error("the failed Add changed the library")
	}
}

func TestParallelWritersNeverFailOrLoseWrites(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	const writers, each = 4, 15
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each writer is its own Library, as a second process would be,
			// and they all open the new library at once.
			l, err := Open(ctx, dir)
			if err != nil {
				errs <- err
				return
			}
			defer l.Close()
			for i := range each {
				id, _, err := l.Add(ctx, article(fmt.Sprint(w, "-", i), fmt.Sprint("https://example.com/", w, "/", i), fmt.Sprint("Text ", w, " ", i, " about the weather.")))
				if err != nil {
					errs <- err
					return
				}
				if _, err := l.AddHighlight(ctx, annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: 0, End: 4}}); err != nil {
					errs <- err
					return
				}
				if err := l.AddTags(ctx, id, "shared"); err != nil {
					errs <- err
					return
				}
				if _, err := l.List(ctx, Filter{Query: "weather", Limit: 5}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	l, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if n, _ := l.Count(ctx, Filter{Tag: "shared"}); n != writers*each {
		t.Errorf("%d clippings tagged, want %d", n, writers*each)
	}
	var hl int
	l.db.QueryRow("SELECT count(*) FROM highlights").Scan(&hl)
	if hl != writers*each {
		t.Errorf("%d highlights, want %d", hl, writers*each)
	}
}
