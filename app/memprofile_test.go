package app

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The heap profiles are a tool for measuring: only a binary built with
// -tags memprofile reads MARGIN_MEMPROFILE, and only when the window runs
// (Run calls profileMemory), not in an init that every command of that
// binary would run.
func TestOnlyTheMemprofileBuildReadsMarginMemprofile(t *testing.T) {
	for _, c := range []struct {
		name  string
		tags  []string
		reads bool
	}{
		{"the binary people run does not", nil, false},
		{"a binary built with the memprofile tag does", []string{"memprofile"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := build.Default
			ctx.BuildTags = c.tags
			pkg, err := ctx.ImportDir(".", 0)
			if err != nil {
				t.Fatal(err)
			}
			var readers []string
			for _, f := range pkg.GoFiles {
				b, err := os.ReadFile(filepath.Join(pkg.Dir, f))
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(string(b), `"MARGIN_MEMPROFILE"`) {
					readers = append(readers, f)
					if strings.Contains(string(b), "func init()") {
						t.Errorf("%s reads MARGIN_MEMPROFILE in an init, which every command runs", f)
					}
				}
			}
			if (len(readers) > 0) != c.reads {
				t.Errorf("files reading MARGIN_MEMPROFILE: %v", readers)
			}
			run, err := os.ReadFile(filepath.Join(pkg.Dir, "app.go"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(run), "\tprofileMemory()\n") {
				t.Error("Run does not start the memory profile")
			}
		})
	}
}
