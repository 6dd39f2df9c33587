package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// Summary says what WriteFolder did.
type Summary struct {
	// Paths holds the note written for each item, in the order of the items
	// ("" for an item not written because of an error or cancellation).
	Paths   []string
	Created int // notes that did not exist before
	Updated int // notes of an earlier export written over in place
}

// batchSize is how many notes WriteFolder writes between syncs.
const batchSize = 500

// WriteFolder writes each item as a Markdown note in dir, creating dir if
// needed. Notes are named as the comment at the top of filename.go says.
//
// Notes are written atomically, in batches: each batch is rendered to
// temporary files in dir in parallel, synced to disk together and only then
// renamed over the notes, so a vault never holds a truncated note, whatever
// interrupts the export. progress, if not nil, is called after each note is
// rendered, from one goroutine at a time. When ctx is cancelled WriteFolder
// stops and returns ctx's error with the batches finished so far.
func WriteFolder(ctx context.Context, dir string, items []*Item, opts MarkdownOptions, progress func(done, total int)) (Summary, error) {
	sum := Summary{Paths: make([]string, len(items))}
	opts, err := opts.withDefaults()
	if err != nil {
		return sum, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return sum, fmt.Errorf("export to %s: %w", dir, err)
	}
	existing, err := scanNotes(dir)
	if err != nil {
		return sum, err
	}
	names, updates := assignNames(items, existing)
	var order []int
	for i, n := range names {
		if n != "" {
			order = append(order, i)
		}
	}
	done := 0
	tick := func() {
		done++
		if progress != nil {
			progress(done, len(order))
		}
	}
	// Each batch is synced and renamed while the next one renders, so the
	// disk and the processors work at once.
	commit := func(batch []int, tmps []string) error {
		if err := syncFiles(dir, tmps); err != nil {
			removeAll(tmps)
			return fmt.Errorf("export to %s: %w", dir, err)
		}
		for k, i := range batch {
			var path string
			var err error
			if updates[i] {
				path = filepath.Join(dir, names[i])
				err = os.Rename(tmps[k], path)
			} else {
				c := items[i].Clipping
				path, err = placeNew(dir, names[i], SafeName(c.Title), c.ID, tmps[k])
			}
			if err != nil {
				removeAll(tmps[k:])
				return fmt.Errorf("export to %s: %w", dir, err)
			}
			sum.Paths[i] = path
			if updates[i] {
				sum.Updated++
			} else {
				sum.Created++
			}
		}
		syncDir(dir)
		return nil
	}
	var committing chan error
	wait := func() error {
		if committing == nil {
			return nil
		}
		err := <-committing
		committing = nil
		return err
	}
	for start := 0; start < len(order); start += batchSize {
		batch := order[start:min(start+batchSize, len(order))]
		tmps, err := writeBatch(ctx, dir, batch, names, items, opts, tick)
		if cerr := wait(); cerr != nil {
			removeAll(tmps)
			return sum, cerr
		}
		if err != nil {
			return sum, err
		}
		committing = make(chan error, 1)
		go func() { committing <- commit(batch, tmps) }()
	}
	return sum, wait()
}

// writeBatch renders the items of batch to temporary files in parallel and
// returns their paths in the batch's order. On error or cancellation it
// removes every temporary file it made.
func writeBatch(ctx context.Context, dir string, batch []int, names []string, items []*Item, opts MarkdownOptions, tick func()) ([]string, error) {
	tmps := make([]string, len(batch))
	jobs := make(chan int)
	type result struct {
		k   int
		tmp string
		err error
	}
	results := make(chan result)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0)+2, len(batch)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range jobs {
				tmp, err := writeTemp(dir, names[batch[k]], func(w io.Writer) error {
					return Markdown(w, items[batch[k]], opts)
				})
				results <- result{k, tmp, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for k := range batch {
			select {
			case jobs <- k:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var firstErr error
	for r := range results {
		if r.err != nil {
			if firstErr == nil {
				firstErr = fmt.Errorf("export %s: %w", names[batch[r.k]], r.err)
				cancel()
			}
			continue
		}
		tmps[r.k] = r.tmp
		if firstErr == nil {
			tick()
		}
	}
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	if firstErr != nil {
		removeAll(tmps)
		return nil, firstErr
	}
	return tmps, nil
}

// placeNew gives a new note its name in dir without ever replacing what is
// there: another export running at the same time may have just taken the
// name, or the person may have a folder or a link so named. The rendered
// note at tmp is linked under the name, which fails if anything holds it;
// the note then takes the next name of its stem with its clipping's ID, as
// assignNames would have given it. It returns the note's path.
func placeNew(dir, name, stem string, id int64, tmp string) (string, error) {
	for n := 0; n < 1000; n++ {
		if n > 0 {
			name = stem + fmt.Sprintf(" (%d)", id) + ".md"
			if n > 1 {
				name = stem + fmt.Sprintf(" (%d-%d)", id, n) + ".md"
			}
		}
		path := filepath.Join(dir, name)
		err := claim(tmp, path)
		if err == nil {
			return path, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("no free name for %s in %s", name, dir)
}

// claim puts the file at tmp at path unless something is at path, which
// gives an error wrapping fs.ErrExist. A hard link does it in one step; on
// a file system without them, an empty file created exclusively claims the
// name and the note is renamed over it.
func claim(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil {
		return os.Remove(tmp)
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	f.Close()
	return os.Rename(tmp, path)
}

// removeAll removes temporary files, ignoring empty names.
func removeAll(paths []string) {
	for _, p := range paths {
		if p != "" {
			os.Remove(p)
		}
	}
}

// existingNote is a Markdown file (or anything named like one) already in
// the folder.
type existingNote struct {
	name string
	id   int64 // the margin_id of its front matter; 0 for other notes
}

// scanNotes lists the Markdown files in dir with the clipping each was
// exported from, if any.
func scanNotes(dir string) ([]existingNote, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	var notes []existingNote
	for _, e := range entries {
		if isStaleTemp(dir, e) {
			os.Remove(filepath.Join(dir, e.Name()))
			continue
		}
		if !strings.EqualFold(filepath.Ext(e.Name()), ".md") {
			continue
		}
		n := existingNote{name: e.Name()}
		if !e.Type().IsRegular() {
			// A folder or a link named like a note: its name is taken,
			// and it is never written through or over.
			notes = append(notes, n)
			continue
		}
		if f, err := os.Open(filepath.Join(dir, e.Name())); err == nil {
			if fm, err := ReadFrontMatter(f); err == nil {
				n.id = fm.MarginID
			}
			f.Close()
		}
		notes = append(notes, n)
	}
	return notes, nil
}

// isStaleTemp reports whether e is a temporary note left by an export that
// was killed more than an hour ago (one still running would be younger).
func isStaleTemp(dir string, e os.DirEntry) bool {
	n := e.Name()
	if !e.Type().IsRegular() || !strings.HasPrefix(n, ".") || !strings.HasSuffix(n, ".tmp") || !strings.Contains(n, ".md.") {
		return false
	}
	fi, err := e.Info()
	return err == nil && time.Since(fi.ModTime()) > time.Hour
}

// assignNames picks each item's file name (see filename.go) and reports
// which items update a note of an earlier export. A repeated item gets "".
func assignNames(items []*Item, existing []existingNote) (names []string, updates []bool) {
	names = make([]string, len(items))
	updates = make([]bool, len(items))
	taken := map[string]bool{}
	byID := map[int64]string{}
	for _, n := range existing {
		taken[nameKey(n.name)] = true
		if n.id != 0 {
			if prev, ok := byID[n.id]; !ok || n.name < prev {
				byID[n.id] = n.name
			}
		}
	}
	seen := map[int64]bool{}
	var rest []int
	for i, it := range items {
		id := it.Clipping.ID
		if seen[id] {
			continue
		}
		seen[id] = true
		if name, ok := byID[id]; ok {
			names[i], updates[i] = name, true
			continue
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
		names[i] = name
	}
	return names, updates
}
