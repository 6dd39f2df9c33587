package importer

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to detection and to every format's
// parser: none may panic, and each either refuses the bytes with
// ErrMalformed (or ErrTooLarge) or returns entries with web addresses.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		Detect("file", data)
		for _, fm := range Formats {
			entries, err := fm.parse(data)
			if err != nil {
				if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTooLarge) {
					t.Errorf("%s: error %v is not ErrMalformed", fm.Kind, err)
				}
				continue
			}
			for _, e := range entries {
				if e.URL != "" && checkWebURL(e.URL) != nil {
					t.Errorf("%s: entry with URL %q", fm.Kind, e.URL)
				}
			}
		}
	})
}
