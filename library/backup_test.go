package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// contents is what the library returns for each clipping, to compare two
// libraries.
func contents(t *testing.T, l *Library) map[int64][]any {
	t.Helper()
	ctx := context.Background()
	list, err := l.List(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[int64][]any{}
	for _, s := range list {
		c, err := l.Get(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		hs, _ := l.Highlights(ctx, s.ID)
		ms, _ := l.Mentions(ctx, s.ID)
		out[s.ID] = []any{c, hs, ms}
	}
	es, _ := l.Entities(ctx, "")
	out[0] = []any{es}
	return out
}

func TestBackupRestoresTheSameLibrary(t *testing.T) {
	ctx := context.Background()
	f := newHistoryFixture(t)
	a := article("Second", "https://example.com/2", "Another article.")
	a.Published = time.Date(2023, 5, 1, 8, 0, 0, 0, time.FixedZone("", -4*3600))
	mustAdd(t, f.l, a)
	path := filepath.Join(t.TempDir(), "copies", "backup.db")
	if err := f.l.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "restored")
	if err := Restore(ctx, path, dir); err != nil {
		t.Fatal(err)
	}
	r, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got, want := contents(t, r), contents(t, f.l); !reflect.DeepEqual(got, want) {
		t.Errorf("the restored library differs:\n%v\nwant\n%v", got, want)
	}
	if got, _ := r.List(ctx, Filter{Query: "nickname"}); len(got) != 1 {
		t.Error("the restored library's search index is missing a note")
	}
	if label, ok, _ := r.Undo(ctx); !ok || label != "Tag Entity" {
		t.Errorf("the restored history: Undo = %q, %v", label, ok)
	}
}

func TestBackupGivesItsConnectionBackAsItWas(t *testing.T) {
	ctx := context.Background()
	f := newHistoryFixture(t)
	// One connection, so that the backup's is the one asked after.
	f.l.db.SetMaxOpenConns(1)
	if err := f.l.Backup(ctx, filepath.Join(t.TempDir(), "backup.db")); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		pragma string
		want   int64
	}{
		{"cache_size", -cacheSizeKB},
		{"mmap_size", mmapSize},
	} {
		var got int64
		if err := f.l.db.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("after a backup, %s = %d, want %d", tt.pragma, got, tt.want)
		}
	}
}

func TestRestoreRefuses(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	mustAdd(t, l, article("A", "https://example.com/a", "Text."))
	backup := filepath.Join(t.TempDir(), "b.db")
	if err := l.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	t.Run("a folder that holds a library", func(t *testing.T) {
		before, _ := os.ReadFile(filepath.Join(l.Dir(), FileName))
		if err := Restore(ctx, backup, l.Dir()); !errors.Is(err, ErrExists) {
			t.Errorf("Restore: %v, want ErrExists", err)
		}
		if after, _ := os.ReadFile(filepath.Join(l.Dir(), FileName)); string(after) != string(before) {
			t.Error("the library was overwritten")
		}
	})
	t.Run("a backup that is not a library", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad.db")
		os.WriteFile(bad, []byte("not a database at all, just some text that is long enough to have a header"), 0o644)
		dir := t.TempDir()
		if err := Restore(ctx, bad, dir); !errors.Is(err, ErrBadBackup) {
			t.Errorf("Restore: %v, want ErrBadBackup", err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("Restore left files behind: %v", entries)
		}
	})
	t.Run("a damaged backup", func(t *testing.T) {
		b, _ := os.ReadFile(backup)
		for i := 4096; i < len(b) && i < 4096*4; i++ {
			b[i] = 0xff
		}
		bad := filepath.Join(t.TempDir(), "damaged.db")
		os.WriteFile(bad, b, 0o644)
		if err := Restore(ctx, bad, t.TempDir()); !errors.Is(err, ErrBadBackup) {
			t.Errorf("Restore: %v, want ErrBadBackup", err)
		}
	})
	t.Run("a missing backup", func(t *testing.T) {
		if err := Restore(ctx, filepath.Join(t.TempDir(), "none.db"), t.TempDir()); err == nil {
			t.Error("Restore succeeded")
		}
	})
}

func TestAutoBackupKeepsAFewGenerations(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	mustAdd(t, l, article("A", "https://example.com/a", "Text."))
	l.BackupGenerations = 3
	if err := l.AutoBackup(ctx); err != nil {
		t.Fatal(err)
	}
	if err := l.AutoBackup(ctx); err != nil {
		t.Fatal(err)
	}
	if list, _ := l.Backups(ctx); len(list) != 1 {
		t.Errorf("a second backup within a day was taken: %v", list)
	}
	for range 4 {
		time.Sleep(2 * time.Millisecond)
		if err := l.AutoBackupNow(ctx); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := l.Backups(ctx)
	if len(list) != 3 {
		t.Fatalf("%d backups kept, want 3: %v", len(list), list)
	}
	r := filepath.Join(t.TempDir(), "r")
	if err := Restore(ctx, list[0], r); err != nil {
		t.Errorf("restoring the newest automatic backup: %v", err)
	}
	l.BackupInterval = time.Millisecond
	time.Sleep(2 * time.Millisecond)
	if err := l.AutoBackup(ctx); err != nil {
		t.Fatal(err)
	}
	if now, _ := l.Backups(ctx); now[0] == list[0] {
		t.Error("no backup was taken once the interval had passed")
	}
}
