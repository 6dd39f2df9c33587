package export

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"margin/library"
)

// How a note in a vault is recognised and updated
//
// A note Margin writes names its clipping and its library in the front
// matter (margin_id and margin_library). Exporting again looks for the note
// anywhere under the export folder, so a note the person renamed or moved
// into a subfolder is still found, and takes only notes of the same library:
// two libraries exporting to one folder never touch each other's notes, and
// a file that does not name this library is never written over. A note
// written by a Margin that did not yet name the library is taken only when
// the library recorded writing it at that path.
//
// The library keeps what Margin last wrote of each note. An updated note is
// a three-way merge (merge.go) of that, the note as the person left it and
// the note Margin writes now: the person's edits outside what Margin changed
// stay as they are. Where both changed the same thing, the person's version
// stays in the note and Margin's whole new note is written beside it as
// "<note> (Margin's version).md", which names no clipping, so it is never
// taken for the note; the summary says so in one sentence.

// vaultNote is a Markdown file found under an export folder.
type vaultNote struct {
	rel     string // path inside the folder
	library string // margin_library of its front matter
	id      int64  // margin_id of its front matter; 0 for other notes
}

// scanVault lists the Markdown files under dir, in subfolders too but not
// in hidden ones (.obsidian, .trash), with the clipping and library each
// names. It removes temporary notes left by a killed export.
func scanVault(dir string) ([]vaultNote, error) {
	var notes []vaultNote
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return err
			}
			return nil // a subfolder that cannot be read is not Margin's
		}
		if e.IsDir() {
			if path != dir && strings.HasPrefix(e.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if isStaleTemp(filepath.Dir(path), e) {
			os.Remove(path)
			return nil
		}
		if !e.Type().IsRegular() || !strings.EqualFold(filepath.Ext(e.Name()), ".md") {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return nil
		}
		n := vaultNote{rel: rel}
		if f, err := os.Open(path); err == nil {
			if fm, err := ReadFrontMatter(f); err == nil {
				n.id, n.library = fm.MarginID, fm.MarginLibrary
			}
			f.Close()
		}
		notes = append(notes, n)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	return notes, nil
}

// noteJob is what writing one item's note needs beyond the item.
type noteJob struct {
	rel    string // the note's path inside the folder
	update bool   // the note exists and is this clipping's
	// lib and folder find what Margin last wrote of the note, read when
	// the note is written so that a large export does not hold them all.
	lib    *library.Library
	folder string // the export folder, absolute
}

// planNotes finds each item's note (see the top of this file) and names the
// new ones (see filename.go). A repeated item gets a zero job with rel "".
//
// leftAlone lists the other notes that name one of the clippings: another
// library's, an older Margin's that this library has no record of, or a
// copy the person made.
func planNotes(ctx context.Context, l *library.Library, dir, libID string, items []*Item, existing []vaultNote) (jobs []noteJob, leftAlone []string, err error) {
	jobs = make([]noteJob, len(items))
	taken := map[string]bool{}
	byID := map[int64][]string{}
	for _, n := range existing {
		if filepath.Dir(n.rel) == "." {
			taken[nameKey(n.rel)] = true
		}
		if n.id != 0 {
			byID[n.id] = append(byID[n.id], n.rel)
		}
	}
	// Names of anything else in the folder (a folder, a picture) are taken
	// too.
	if entries, err := os.ReadDir(dir); err == nil {
		for _, e := range entries {
			taken[nameKey(e.Name())] = true
		}
	}
	own := map[string]string{} // rel -> library named in it
	for _, n := range existing {
		own[n.rel] = n.library
	}
	seen := map[int64]bool{}
	var rest []int
	for i, it := range items {
		id := it.Clipping.ID
		if seen[id] {
			continue
		}
		seen[id] = true
		cands := byID[id]
		if len(cands) > 0 {
			job, err := findNote(ctx, l, dir, libID, id, cands, own)
			if err != nil {
				return nil, nil, err
			}
			for _, c := range cands {
				if c != job.rel {
					leftAlone = append(leftAlone, filepath.Join(dir, c))
				}
			}
			if job.update {
				jobs[i] = job
				continue
			}
		}
		rest = append(rest, i)
	}
	sort.SliceStable(rest, func(a, b int) bool { return items[rest[a]].Clipping.ID < items[rest[b]].Clipping.ID })
	for _, i := range rest {
		c := items[i].Clipping
		base := SafeName(c.Title)
		name := base + ".md"
		for n := 1; taken[nameKey(name)]; n++ {
			suffix := fmt.Sprintf(" (%d)", c.ID)
			if n > 1 {
				suffix = fmt.Sprintf(" (%d-%d)", c.ID, n)
			}
			name = base + suffix + ".md"
		}
		taken[nameKey(name)] = true
		jobs[i] = noteJob{rel: name}
	}
	sort.Strings(leftAlone)
	return jobs, leftAlone, nil
}

// findNote picks, among the notes naming clipping id, the one that is this
// library's, with what Margin last wrote of it.
func findNote(ctx context.Context, l *library.Library, dir, libID string, id int64, cands []string, own map[string]string) (noteJob, error) {
	var rec library.ExportedNote
	var known bool
	abs, _ := filepath.Abs(dir)
	// The record's path decides only between several notes or for a note
	// that names no library.
	if l != nil && (len(cands) > 1 || own[cands[0]] == "") {
		var err error
		rec, known, err = l.ExportedNote(ctx, id, abs)
		if err != nil {
			return noteJob{}, err
		}
	}
	sort.Strings(cands)
	pick := ""
	for _, c := range cands {
		switch {
		case libID != "" && own[c] == libID:
			// A note naming this library; the one Margin last wrote wins
			// over a copy the person made.
			if pick == "" || (known && c == rec.Path) {
				pick = c
			}
		case own[c] == "" && (libID == "" || (known && c == rec.Path)):
			// A note of a Margin that did not name its library: this
			// library's only if it recorded writing it there.
			if pick == "" {
				pick = c
			}
		}
	}
	if pick == "" {
		return noteJob{}, nil
	}
	return noteJob{rel: pick, update: true, lib: l, folder: abs}, nil
}

// Conflict is a note where the person and Margin changed the same thing.
type Conflict struct {
	Note  string   // the note, kept with the person's version
	Copy  string   // Margin's version, written beside it
	Parts []string // what both changed: "property tags", "the passage starting ..."
}

// Message says what happened in one sentence.
func (c Conflict) Message() string {
	return fmt.Sprintf("%s: you changed %s, which Margin also updated; your version is kept and Margin's is in %s.",
		filepath.Base(c.Note), strings.Join(c.Parts, ", "), filepath.Base(c.Copy))
}

// noteSizeGuess is about the size of an item's Markdown note: its text
// with an eighth more for the markup, and room for the front matter.
func noteSizeGuess(it *Item) int {
	n := 0
	for _, b := range it.Clipping.Document.Blocks {
		n += len(b.Text) + 2
	}
	return n + n/8 + 16<<10
}

// noteText returns the text to write for an item's note and what Margin
// would write of it on its own (the next merge's base). For a note that
// exists it merges the two; conflict is set when they clash, and same when
// the note already holds the text, which then need not be written.
func noteText(ctx context.Context, it *Item, opts MarkdownOptions, dir string, job noteJob) (text, ours string, same bool, conflict *Conflict, err error) {
	// Made at about its size: a buffer grown by doubling, then copied to
	// a string, held four times a long page's note (20 MB) at once.
	var buf strings.Builder
	buf.Grow(noteSizeGuess(it))
	if err := Markdown(&buf, it, opts); err != nil {
		return "", "", false, nil, err
	}
	ours = buf.String()
	if !job.update {
		return ours, ours, false, nil, nil
	}
	path := filepath.Join(dir, job.rel)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ours, ours, false, nil, nil
	}
	if err != nil {
		return "", "", false, nil, err
	}
	theirs := string(b)
	if theirs == ours {
		return ours, ours, true, nil, nil
	}
	var base library.ExportedNote
	known := false
	if job.lib != nil {
		if base, known, err = job.lib.ExportedNote(ctx, it.Clipping.ID, job.folder); err != nil {
			return "", "", false, nil, err
		}
	}
	if !known {
		// Without what Margin last wrote, every difference may be the
		// person's: keep their note whole and put Margin's beside it.
		conflict, err = withCopy(&Conflict{Parts: []string{"the note (Margin has no record of what it wrote there)"}}, path, ours)
		return theirs, ours, true, conflict, err
	}
	m := mergeNote(base.Written, theirs, ours)
	if len(m.conflicts) > 0 {
		conflict = &Conflict{Parts: m.conflicts}
		if conflict, err = withCopy(conflict, path, ours); err != nil {
			return "", "", false, nil, err
		}
	}
	return m.text, ours, m.text == theirs, conflict, nil
}

// withCopy writes Margin's version of a conflicting note beside it, under a
// name no file has, and fills in the conflict's paths.
func withCopy(c *Conflict, path, ours string) (*Conflict, error) {
	c.Note = path
	fm, body := splitNote(ours)
	// The copy names no clipping, so no export takes it for the note.
	var kept []string
	for _, line := range strings.Split(strings.TrimSuffix(fm, "\n"), "\n") {
		if strings.HasPrefix(line, "margin_id:") || strings.HasPrefix(line, "margin_library:") {
			continue
		}
		if line == "---" && len(kept) > 0 {
			kept = append(kept, "margin_version_of: "+yamlQuote(filepath.Base(path)))
		}
		kept = append(kept, line)
	}
	text := strings.Join(kept, "\n") + "\n" + body
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	for n := 1; n < 100; n++ {
		name := stem + " (Margin's version).md"
		if n > 1 {
			name = fmt.Sprintf("%s (Margin's version %d).md", stem, n)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("write Margin's version of %s: %w", path, err)
		}
		_, err = f.WriteString(text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(name)
			return nil, fmt.Errorf("write Margin's version of %s: %w", path, err)
		}
		c.Copy = name
		return c, nil
	}
	return nil, fmt.Errorf("write Margin's version of %s: %w", path, fs.ErrExist)
}

// yamlQuote writes s as a double-quoted YAML string.
func yamlQuote(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}
