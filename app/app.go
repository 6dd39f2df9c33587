// Package app is Margin's desktop app: the main window with the library,
// the reader and the side panel, and its dialogs. It calls clip, library,
// annotate and export; it holds no SQL and parses no HTML.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"margin/annotate"
	"margin/assets"
	"margin/library"
)

// ErrNoDisplay is returned by Run where there is no display to open the
// window on (a server, a terminal over ssh without X forwarding).
var ErrNoDisplay = errors.New("there is no display to open Margin's window on; run a command instead (see 'margin help')")

// Run opens the main window on the library in dir and returns when it is
// closed. The library location set in the preferences replaces the default
// library, but not one named on the command line or by MARGIN_LIBRARY.
func Run(dir string) (err error) {
	if err := checkDisplay(); err != nil {
		return err
	}
	profileMemory()
	if err := movePreferences(oldID, appID); err != nil {
		slog.Warn("keep the preferences of the earlier app ID", "err", err)
	}
	prepareTheme(appID)
	a := fyneapp.NewWithID(appID)
	a.SetIcon(assets.Icon)
	s := loadSettings(a.Preferences())
	a.Settings().SetTheme(themeFor(s.Theme))
	if s.LibraryDir != "" && isDefaultDir(dir) {
		dir = s.LibraryDir
	}
	annotate.Warm()
	ctx, cancel := context.WithCancel(context.Background())
	lib, err := library.Open(ctx, dir)
	if err != nil {
		cancel()
		return fmt.Errorf("open the library: %w", err)
	}
	// The automatic backup stops and is waited for before the library
	// closes, however the window ends.
	var backup sync.WaitGroup
	defer func() {
		cancel()
		backup.Wait()
		lib.Close()
	}()
	t := newTasks()
	releaseWhenIdle(t, idleRelease, func() { releaseMemory(lib) })
	w, err := newWindowOrError(a, lib, t)
	if err != nil {
		return err
	}
	backup.Add(1)
	go func() {
		defer backup.Done()
		if err := lib.AutoBackup(ctx); err != nil && ctx.Err() == nil {
			slog.Warn("automatic backup", "err", err)
		}
		// Optimizing and copying the library were the window's busiest
		// minute; what they needed is given back.
		releaseMemory(lib)
	}()
	w.ShowAndRun()
	return nil
}

// newWindowOrError makes the main window, turning the graphics driver's
// panic when it cannot open one (no display it can use) into ErrNoDisplay.
func newWindowOrError(a fyne.App, lib *library.Library, t *tasks) (w *mainWindow, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w (%v)", ErrNoDisplay, r)
		}
	}()
	askNoDepthBuffer()
	return newMainWindow(a, lib, t), nil
}

// checkDisplay refuses to start the window on Linux and the BSDs when no
// display is named, before anything is opened: the graphics driver would
// panic.
func checkDisplay() error {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "android":
		return nil
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return ErrNoDisplay
	}
	return nil
}

// isDefaultDir reports whether dir is the default library's directory.
func isDefaultDir(dir string) bool {
	d, err := library.DefaultDir()
	return err == nil && filepath.Clean(d) == filepath.Clean(dir)
}
