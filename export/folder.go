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
	"strings"
	"sync"
	"time"

	"margin/library"
)

// Summary says what WriteFolder did.
type Summary struct {
	// Paths holds the note written for each item, in the order of the items
	// ("" for an item not written because of an error or cancellation).
	Paths   []string
	Created int // notes that did not exist before
	// Updated counts notes of an earlier export, merged with the person's
	// edits; one with nothing new is left untouched.
	Updated int
	// Conflicts lists the notes where the person and Margin changed the
	// same thing: the person's version is kept, Margin's is beside it.
	Conflicts []Conflict
	// LeftAlone lists files that name an exported clipping but are not
	// the note Margin keeps for it (another library's, an older Margin's
	// this library has no record of, a copy the person made); they were
	// not touched.
	LeftAlone []string
}

// LeftAloneMessage says in one sentence which files were left alone, or
// is "" when none were.
func (s Summary) LeftAloneMessage() string {
	switch n := len(s.LeftAlone); n {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("%s names one of these clippings but is not a note this library wrote there, so it was left as it is.", filepath.Base(s.LeftAlone[0]))
	default:
		return fmt.Sprintf("%d files name these clippings but are not notes this library wrote there (%s...), so they were left as they are.", n, filepath.Base(s.LeftAlone[0]))
	}
}

// batchSize is how many notes WriteFolder writes between syncs.
const batchSize = 500

// WriteFolder writes each item as a Markdown note in dir, creating dir if
// needed. Notes are named as the comment at the top of filename.go says; a
// note exported before is found and updated as vault.go says, keeping the
// person's edits. l, the library the items come from, keeps what Margin
// wrote of each note; without it (nil) notes name no library and an edited
// note is left as it is, with Margin's version beside it.
//
// Notes are written atomically, in batches: each batch is rendered to
// temporary files in parallel, synced to disk together and only then
// renamed over the notes, so a vault never holds a truncated note, whatever
// interrupts the export. progress, if not nil, is called after each note is
// rendered, from one goroutine at a time. When ctx is cancelled WriteFolder
// stops and returns ctx's error with the batches finished so far.
func WriteFolder(ctx context.Context, l *library.Library, dir string, items []*Item, opts MarkdownOptions, progress func(done, total int)) (Summary, error) {
	sum := Summary{Paths: make([]string, len(items))}
	opts, err := opts.withDefaults()
	if err != nil {
		return sum, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return sum, fmt.Errorf("export to %s: %w", dir, err)
	}
	libID := ""
	if l != nil {
		if libID, err = l.ID(ctx); err != nil {
			return sum, err
		}
	}
	existing, err := scanVault(dir)
	if err != nil {
		return sum, err
	}
	jobs, leftAlone, err := planNotes(ctx, l, dir, libID, items, existing)
	if err != nil {
		return sum, err
	}
	sum.LeftAlone = leftAlone
	var order []int
	for i, j := range jobs {
		if j.rel != "" {
			order = append(order, i)
		}
	}
	absDir, _ := filepath.Abs(dir)
	done := 0
	tick := func() {
		done++
		if progress != nil {
			progress(done, len(order))
		}
	}
	// Each batch is synced and renamed while the next one renders, so the
	// disk and the processors work at once.
	commit := func(batch []int, out []written) error {
		var tmps []string
		for k := range out {
			if out[k].tmp != "" {
				tmps = append(tmps, out[k].tmp)
			}
		}
		if err := syncFiles(dir, tmps); err != nil {
			removeAll(tmps)
			return fmt.Errorf("export to %s: %w", dir, err)
		}
		records := make([]library.ExportedNote, 0, len(batch))
		for k, i := range batch {
			path := filepath.Join(dir, jobs[i].rel)
			// A note that already holds its text is left untouched, so
			// sync tools see no change. A new note never replaces what is
			// at its name (placeNew): another export may have just taken it.
			if out[k].tmp != "" {
				var err error
				if jobs[i].update {
					err = os.Rename(out[k].tmp, path)
				} else {
					path, err = placeNew(dir, jobs[i].rel, SafeName(items[i].Clipping.Title), items[i].Clipping.ID, out[k].tmp)
					if err == nil {
						if rel, rerr := filepath.Rel(dir, path); rerr == nil {
							jobs[i].rel = rel
						}
					}
				}
				if err != nil {
					for _, o := range out[k:] {
						removeAll([]string{o.tmp})
					}
					return fmt.Errorf("export to %s: %w", dir, err)
				}
			}
			sum.Paths[i] = path
			if jobs[i].update {
				sum.Updated++
			} else {
				sum.Created++
			}
			if out[k].conflict != nil {
				sum.Conflicts = append(sum.Conflicts, *out[k].conflict)
			}
			records = append(records, library.ExportedNote{ClippingID: items[i].Clipping.ID, Path: jobs[i].rel, Written: out[k].ours})
		}
		syncDir(dir)
		if l != nil {
			// On a read-only disk the notes are written all the same;
			// the next export merges against the notes as they are.
			if err := l.SaveExportedNotes(ctx, absDir, records); err != nil && !errors.Is(err, library.ErrReadOnly) {
				return err
			}
		}
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
		out, err := writeBatch(ctx, dir, batch, jobs, items, opts, l != nil, tick)
		if cerr := wait(); cerr != nil {
			for _, o := range out {
				removeAll([]string{o.tmp})
			}
			return sum, cerr
		}
		if err != nil {
			return sum, err
		}
		committing = make(chan error, 1)
		go func() { committing <- commit(batch, out) }()
	}
	return sum, wait()
}

// written is one rendered note waiting in its temporary file.
type written struct {
	tmp      string
	ours     string // what Margin wrote of it on its own, kept when keep is set
	conflict *Conflict
}

// writeBatch renders the items of batch to temporary files in parallel and
// returns them in the batch's order. keep says to return what Margin wrote
// of each note, for the library. On error or cancellation it removes every
// temporary file it made.
func writeBatch(ctx context.Context, dir string, batch []int, jobs []noteJob, items []*Item, opts MarkdownOptions, keep bool, tick func()) ([]written, error) {
	out := make([]written, len(batch))
	work := make(chan int)
	type result struct {
		k   int
		w   written
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
			for k := range work {
				job := jobs[batch[k]]
				noteDir, name := filepath.Dir(filepath.Join(dir, job.rel)), filepath.Base(job.rel)
				if !job.update && !keep {
					// A new note nobody keeps a record of is written as
					// it renders.
					tmp, err := writeTemp(noteDir, name, func(w io.Writer) error {
						return Markdown(w, items[batch[k]], opts)
					})
					results <- result{k, written{tmp: tmp}, err}
					continue
				}
				text, ours, same, conflict, err := noteText(ctx, items[batch[k]], opts, dir, job)
				var tmp string
				if err == nil && !same {
					tmp, err = writeTemp(noteDir, name, func(w io.Writer) error {
						_, err := io.WriteString(w, text)
						return err
					})
				}
				if !keep {
					ours = ""
				}
				results <- result{k, written{tmp: tmp, ours: ours, conflict: conflict}, err}
			}
		}()
	}
	go func() {
		defer close(work)
		for k := range batch {
			select {
			case work <- k:
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
				firstErr = fmt.Errorf("export %s: %w", jobs[batch[r.k]].rel, r.err)
				cancel()
			}
			continue
		}
		out[r.k] = r.w
		if firstErr == nil {
			tick()
		}
	}
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	if firstErr != nil {
		for _, o := range out {
			if o.tmp != "" {
				os.Remove(o.tmp)
			}
		}
		return nil, firstErr
	}
	return out, nil
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
