package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"unicode/utf8"
)

// WriteFileAtomic writes a file by calling write on a temporary file in the
// same directory, syncing it to disk and renaming it over path, so a reader
// (or a vault's sync tool) sees the old file or the new one, never a
// truncated note, even if the export is interrupted. On any error the
// temporary file is removed and path is untouched.
func WriteFileAtomic(path string, write func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := createTemp(dir, base)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := write(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// writeTemp writes a temporary file in dir, named for base, and returns its
// path. It does not sync it: WriteFolder syncs a batch at once.
func writeTemp(dir, base string, write func(w io.Writer) error) (tmp string, err error) {
	f, err := createTemp(dir, base)
	if err != nil {
		return "", err
	}
	// The name is kept apart from the result, which a failed return
	// clears before the deferred removal runs.
	name := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(name)
		}
	}()
	tmp = name
	bw, done := bufferedWriter(f)
	defer done()
	if err := write(bw); err != nil {
		return "", err
	}
	if err := bw.Flush(); err != nil {
		return "", err
	}
	return tmp, f.Close()
}

// noteBufferSize is the size of the buffer a note is written through.
const noteBufferSize = 64 << 10

// noteBuffers keeps the buffers notes are written through: a folder of
// thousands of notes made a new one for each, and allocating and clearing
// them took a tenth of the export's time.
var noteBuffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, noteBufferSize) }}

// bufferedWriter returns a buffered writer to w, and a function to call
// when it is flushed and no longer used. A w that is a large enough
// *bufio.Writer already is used as it is.
func bufferedWriter(w io.Writer) (*bufio.Writer, func()) {
	if bw, ok := w.(*bufio.Writer); ok && bw.Size() >= 32<<10 {
		return bw, func() {}
	}
	bw := noteBuffers.Get().(*bufio.Writer)
	bw.Reset(w)
	return bw, func() {
		bw.Reset(nil)
		noteBuffers.Put(bw)
	}
}

// createTemp creates a new hidden file ".base.RANDOM.tmp" in dir. Unlike
// os.CreateTemp it makes an ordinary file (0644 less the umask), as the note
// it becomes should be, without a chmod per file.
func createTemp(dir, base string) (*os.File, error) {
	// The temporary name is longer than the note's; a long note name is
	// cut so that it stays within the 255 bytes file systems allow.
	if len(base) > maxTempBase {
		ext := filepath.Ext(base)
		cut := maxTempBase - len(ext)
		for cut > 0 && !utf8.RuneStart(base[cut]) {
			cut--
		}
		base = base[:cut] + ext
	}
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("create a temporary file in %s: %w", dir, fs.ErrExist)
}

// maxTempBase bounds the part of a temporary file's name taken from the
// note's: with the dot, the random part and ".tmp" it stays under 255 bytes.
const maxTempBase = 200

// syncEach fsyncs each file.
func syncEach(paths []string) error {
	for _, p := range paths {
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// syncDir flushes a directory's entries (the renames into it) to disk. Not
// every system can open a directory for this, so failing is not an error.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
