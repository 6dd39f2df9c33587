package app

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// appID is the app's identifier, as in FyneApp.toml: a reverse-DNS name whose
// last part is the app's name, as the freedesktop specification asks of a
// desktop entry's file name (app.margin.Margin.desktop). Fyne keeps the
// preferences under it.
const appID = "app.margin.Margin"

// oldID is the identifier Margin had before, when its desktop entry came
// out named app.margin.desktop.desktop.
const oldID = "app.margin.desktop"

// fyneStorageDir is where Fyne keeps the preferences of the app with the
// given ID: fyne/<id> in the user configuration directory, as Fyne's
// desktop drivers place it on Linux and the BSDs.
func fyneStorageDir(id string) (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "fyne", id), nil
}

// movePreferences keeps the person's preferences across the change of ID:
// when Fyne's folder for the old ID exists and the new one does not, it is
// renamed. It must run before the app is created, which reads them. A
// failure leaves both folders as they were; the app then starts with
// default preferences.
func movePreferences(from, to string) error {
	oldDir, err := fyneStorageDir(from)
	if err != nil {
		return err
	}
	newDir, err := fyneStorageDir(to)
	if err != nil {
		return err
	}
	if _, err := os.Lstat(newDir); !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if fi, err := os.Lstat(oldDir); err != nil || !fi.IsDir() {
		return nil
	}
	return os.Rename(oldDir, newDir)
}
