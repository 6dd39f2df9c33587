package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// TestWriteFolderNeverReplacesWhatItDidNotWrite puts a link and a folder
// where the note would go: both stay as they were, and the note takes the
// name with its clipping's ID.
func TestWriteFolderNeverReplacesWhatItDidNotWrite(t *testing.T) {
	ctx := context.Background()
	note := SafeName(council().Clipping.Title) + ".md"
	for _, tt := range []struct {
		name  string
		setup func(t *testing.T, dir, path string)
		check func(t *testing.T, path string)
	}{
		{"a link named like the note", func(t *testing.T, dir, path string) {
			target := filepath.Join(t.TempDir(), "elsewhere.txt")
			os.WriteFile(target, []byte("someone else's file"), 0o644)
			if err := os.Symlink(target, path); err != nil {
				t.Skip(err)
			}
		}, func(t *testing.T, path string) {
			target, err := os.Readlink(path)
			if err != nil {
				t.Fatalf("the link was replaced: %v", err)
			}
			if b, _ := os.ReadFile(target); string(b) != "someone else's file" {
				t.Errorf("the link's target was written: %q", b)
			}
		}},
		{"a folder named like the note", func(t *testing.T, dir, path string) {
			os.Mkdir(path, 0o755)
		}, func(t *testing.T, path string) {
			if st, err := os.Stat(path); err != nil || !st.IsDir() {
				t.Errorf("the folder is gone: %v", err)
			}
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, note)
			tt.setup(t, dir, path)
			sum, err := WriteFolder(ctx, nil, dir, []*Item{council(), plain()}, MarkdownOptions{}, nil)
			if err != nil {
				t.Fatalf("WriteFolder: %v", err)
			}
			tt.check(t, path)
			want := strings.TrimSuffix(note, ".md") + fmt.Sprintf(" (%d).md", council().Clipping.ID)
			if filepath.Base(sum.Paths[0]) != want {
				t.Errorf("the note is %q, want %q", sum.Paths[0], want)
			}
		})
	}
}

// TestExportsAtOnceLoseNoNote runs exports of clippings with the same title
// into one folder at the same time, again and again: every clipping has its
// note at the end of each try.
func TestExportsAtOnceLoseNoNote(t *testing.T) {
	ctx := context.Background()
	for try := range 20 {
		dir := t.TempDir()
		var wg sync.WaitGroup
		for k := range 4 {
			it := council()
			it.Clipping.ID = int64(100 + k)
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := WriteFolder(ctx, nil, dir, []*Item{it}, MarkdownOptions{}, nil); err != nil {
					t.Errorf("try %d: %v", try, err)
				}
			}()
		}
		wg.Wait()
		notes, err := scanVault(dir)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[int64]bool{}
		for _, n := range notes {
			ids[n.id] = true
		}
		for k := range 4 {
			if !ids[int64(100+k)] {
				t.Fatalf("try %d: clipping %d has no note among %v", try, 100+k, names(t, dir))
			}
		}
	}
}

// TestALongNoteNameIsUpdated exports a clipping whose note the person gave
// a name of 250 bytes: it is updated in place.
func TestALongNoteNameIsUpdated(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sum, err := WriteFolder(ctx, nil, dir, []*Item{council()}, MarkdownOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	long := filepath.Join(dir, strings.Repeat("n", 247)+".md")
	if err := os.Rename(sum.Paths[0], long); err != nil {
		t.Fatal(err)
	}
	sum, err = WriteFolder(ctx, nil, dir, []*Item{council()}, MarkdownOptions{}, nil)
	if err != nil {
		t.Fatalf("export over a 250-byte name: %v", err)
	}
	if sum.Paths[0] != long || sum.Updated != 1 {
		t.Errorf("summary %+v, want the long note updated", sum)
	}
}

func TestSafeNameDropsDirectionControls(t *testing.T) {
	for _, title := range []string{"\u202eexe.txt", "a\u202bb\u202cc", "\u2066x\u2069", "left\u200fright\u200e"} {
		name := SafeName(title)
		for _, r := range name {
			if unicode.Is(unicode.Bidi_Control, r) {
				t.Errorf("SafeName(%q) = %q keeps %U", title, name, r)
			}
		}
	}
	if got := SafeName("\u202eexe.txt"); got != "exe.txt" {
		t.Errorf("SafeName of a right-to-left override title = %q", got)
	}
}

// TestAFailedNoteLeavesNoTemporaryFile fails a note's writing part way:
// its temporary file is removed.
func TestAFailedNoteLeavesNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	_, err := writeTemp(dir, "Note.md", func(w io.Writer) error {
		w.Write(make([]byte, 100<<10))
		return errors.New("no space left on device")
	})
	if err == nil {
		t.Fatal("writeTemp succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}
