package library

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestOpenReadOnlyCreatesNothing(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name  string
		setup func(dir string)
	}{
		{"a folder that does not exist stays so", func(string) {}},
		{"an empty folder gets no library", func(dir string) { os.Mkdir(dir, 0o700) }},
		{"an empty database file is no library", func(dir string) {
			os.Mkdir(dir, 0o700)
			os.WriteFile(filepath.Join(dir, FileName), nil, 0o600)
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "mistyped")
			tt.setup(dir)
			before := listDir(t, parent)
			_, err := OpenReadOnly(ctx, dir)
			if !errors.Is(err, ErrNoLibrary) {
				t.Errorf("OpenReadOnly: %v, want ErrNoLibrary", err)
			}
			if after := listDir(t, parent); after != before {
				t.Errorf("the folder changed: %s -> %s", before, after)
			}
		})
	}
}

// listDir names every file under dir with its size.
func listDir(t *testing.T, dir string) string {
	t.Helper()
	var b bytes.Buffer
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil {
			b.WriteString(p + " " + fi.Mode().String() + "\n")
		}
		return nil
	})
	return b.String()
}

func TestOpenReadOnlyReadsWithoutWritingOrWaiting(t *testing.T) {
	ctx := context.Background()
	path := libraryFile(t)
	dir := filepath.Dir(path)
	before, _ := os.ReadFile(path)

	// Another process's long write holds the write lock meanwhile.
	w, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`UPDATE clippings SET note = 'being written'`); err != nil {
		t.Fatal(err)
	}

	// The busy timeout is 10 s: a reader that needed the lock would fail
	// this deadline.
	ctx2, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	l, err := OpenReadOnly(ctx2, dir)
	if err != nil {
		t.Fatalf("OpenReadOnly while another writes: %v", err)
	}
	list, err := l.List(ctx2, Filter{})
	if err != nil || len(list) == 0 {
		t.Errorf("List while another writes: %d clippings, %v", len(list), err)
	}
	if _, _, err := l.Add(ctx2, article("New", "https://example.com/new", "New text.")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Add on a library opened for reading: %v, want ErrReadOnly", err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	tx.Rollback()
	w.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("reading changed the database file")
	}
}

func TestOpenWritesNothingToAnUpToDateLibrary(t *testing.T) {
	ctx := context.Background()
	path := libraryFile(t)
	w, err := Open(ctx, filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	ctx2, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	l, err := Open(ctx2, filepath.Dir(path))
	if err != nil {
		t.Fatalf("Open while another process writes: %v", err)
	}
	closed := make(chan error, 1)
	go func() { closed <- l.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Errorf("Close: %v", err)
		}
	case <-ctx2.Done():
		t.Error("Close waited for another process's write")
	}
}

func TestALibraryIsPrivateToItsOwner(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "new")
	l, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	mustAdd(t, l, article("Private", "https://example.com/p", "Private text."))
	backup := filepath.Join(t.TempDir(), "copies", "b.db")
	if err := l.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := l.AutoBackupNow(ctx); err != nil {
		t.Fatal(err)
	}
	autos, err := l.Backups(ctx)
	if err != nil || len(autos) != 1 {
		t.Fatalf("Backups: %v, %v", autos, err)
	}
	auto := autos[0]
	for path, want := range map[string]os.FileMode{
		dir:                           0o700,
		filepath.Join(dir, FileName):  0o600,
		backup:                        0o600,
		filepath.Dir(backup):          0o700,
		filepath.Join(dir, BackupDir): 0o700,
		auto:                          0o600,
	} {
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != want {
			t.Errorf("%s: mode %v, want %v", path, got, want)
		}
	}
}
