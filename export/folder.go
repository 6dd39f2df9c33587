package export

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Summary says what WriteFolder did.
type Summary struct {
	// Paths holds the note written for each item, in the order of the items
	// ("" for an item not written because of an error or cancellation).
	Paths   []string
	Created int // notes that did not exist before
	Updated int // notes of an earlier export written over in place
}

// WriteFolder writes each item as a Markdown note in dir, creating dir if
// needed. Notes are named as the comment at the top of filename.go says,
// and each is written atomically (WriteFileAtomic). progress, if not nil,
// is called after each note from one goroutine at a time. When ctx is
// cancelled WriteFolder stops and returns ctx's error with the notes
// written so far; every note on disk is then complete.
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

	jobs := make(chan int)
	type result struct {
		i   int
		err error
	}
	results := make(chan result)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := min(max(runtime.GOMAXPROCS(0)*2, 4), 32, max(len(items), 1))
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				path := filepath.Join(dir, names[i])
				err := WriteFileAtomic(path, func(w io.Writer) error {
					return Markdown(w, items[i], opts)
				})
				results <- result{i, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range items {
			if names[i] == "" {
				continue // a second copy of an item
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for _, n := range names {
		if n != "" {
			total++
		}
	}
	done := 0
	var firstErr error
	for r := range results {
		if r.err != nil {
			if firstErr == nil {
				firstErr = r.err
				cancel()
			}
			continue
		}
		sum.Paths[r.i] = filepath.Join(dir, names[r.i])
		if updates[r.i] {
			sum.Updated++
		} else {
			sum.Created++
		}
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	syncDir(dir)
	if firstErr != nil {
		return sum, firstErr
	}
	return sum, ctx.Err()
}

// existingNote is a Markdown file already in the folder.
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
		if !e.Type().IsRegular() || !strings.EqualFold(filepath.Ext(e.Name()), ".md") {
			continue
		}
		n := existingNote{name: e.Name()}
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
