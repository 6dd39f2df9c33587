package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	t.Run("a new file gets its content and ordinary permissions", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "note.md")
		if err := WriteFileAtomic(path, func(w io.Writer) error {
			_, err := io.WriteString(w, "hello")
			return err
		}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil || string(b) != "hello" {
			t.Fatalf("read %q, %v", b, err)
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
			t.Errorf("mode = %v", fi.Mode())
		}
	})
	t.Run("a write that fails half way leaves the old file and no temporary file", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "note.md")
		if err := os.WriteFile(path, []byte("old note"), 0o644); err != nil {
			t.Fatal(err)
		}
		interrupted := errors.New("interrupted")
		err := WriteFileAtomic(path, func(w io.Writer) error {
			// More than the buffer, so part of it reaches the disk.
			if _, err := w.Write(make([]byte, 200<<10)); err != nil {
				return err
			}
			return interrupted
		})
		if !errors.Is(err, interrupted) {
			t.Errorf("err = %v", err)
		}
		if b, _ := os.ReadFile(path); string(b) != "old note" {
			t.Errorf("the old note became %d bytes", len(b))
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("left %d files", len(entries))
		}
	})
	t.Run("a missing directory is an error", func(t *testing.T) {
		if err := WriteFileAtomic(filepath.Join(t.TempDir(), "no", "note.md"), func(io.Writer) error { return nil }); err == nil {
			t.Error("no error")
		}
	})
}
