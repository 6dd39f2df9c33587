package library

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
)

// Library is an open Margin library: a directory holding the SQLite database
// and its backups.
type Library struct {
	db  *sql.DB
	dir string
}

// DefaultDir returns where the library lives when the person names none: the
// platform's user data directory (XDG_DATA_HOME on Linux).
func DefaultDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "margin"), nil
	}
	d, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "margin"), nil
}

// Open opens (creating if needed) the library in dir.
func Open(ctx context.Context, dir string) (*Library, error) {
	panic("library.Open: being written")
}
