// Package app is Margin's desktop app: the main window with the library,
// the reader and the side panel, and its dialogs. It calls clip, library,
// annotate and export; it holds no SQL and parses no HTML.
package app

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"

	fyneapp "fyne.io/fyne/v2/app"

	"margin/annotate"
	"margin/library"
)

// Run opens the main window on the library in dir and returns when it is
// closed. The library location set in the preferences replaces the default
// library, but not one named on the command line or by MARGIN_LIBRARY.
func Run(dir string) error {
	if err := movePreferences(oldID, ID); err != nil {
		slog.Warn("keep the preferences of the earlier app ID", "err", err)
	}
	prepareTheme(ID)
	a := fyneapp.NewWithID(ID)
	s := LoadSettings(a.Preferences())
	a.Settings().SetTheme(themeFor(s.Theme))
	if s.LibraryDir != "" && isDefaultDir(dir) {
		dir = s.LibraryDir
	}
	annotate.Warm()
	ctx := context.Background()
	lib, err := library.Open(ctx, dir)
	if err != nil {
		return fmt.Errorf("open the library: %w", err)
	}
	defer lib.Close()
	go func() {
		if err := lib.AutoBackup(ctx); err != nil {
			slog.Warn("automatic backup", "err", err)
		}
	}()
	w := NewWindow(a, lib)
	w.ShowAndRun()
	return nil
}

// isDefaultDir reports whether dir is the default library's directory.
func isDefaultDir(dir string) bool {
	d, err := library.DefaultDir()
	return err == nil && filepath.Clean(d) == filepath.Clean(dir)
}
