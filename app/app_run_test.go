package app

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestRunWithoutADisplaySaysSo runs the app where no display is named: it
// returns ErrNoDisplay, a sentence, before opening or creating a library.
func TestRunWithoutADisplaySaysSo(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("there is always a display")
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	dir := filepath.Join(t.TempDir(), "lib")
	if err := Run(dir); !errors.Is(err, ErrNoDisplay) {
		t.Fatalf("Run without a display: %v, want ErrNoDisplay", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Run without a display made the library folder: %v", err)
	}
}
