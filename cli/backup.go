package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"margin/library"
)

func init() {
	commands["backup"] = command{
		summary: "write a copy of the whole library to a file",
		usage:   "backup FILE|FOLDER",
		run:     runBackup,
	}
	commands["restore"] = command{
		summary: "make a backup the library (into an empty --library folder)",
		usage:   "restore FILE",
		run:     runRestore,
	}
	commands["check"] = command{
		summary: "check the library's database for damage",
		usage:   "check",
		run:     runCheck,
	}
}

// runBackup writes a consistent copy of the library, while it may be in
// use, to a file.
func runBackup(ctx context.Context, env *Env, args []string) error {
	pos, err := parseFlags(newFlags("backup"), args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("give the file to write the backup to")
	}
	if err := checkPath(pos[0]); err != nil {
		return err
	}
	path := pos[0]
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		// A folder is where the person wants the backup: it gets a name
		// of its own there, as the automatic backups have.
		path = filepath.Join(path, "margin-"+time.Now().UTC().Format("20060102T150405")+".db")
	}
	return withLibraryRead(ctx, env, func(l *library.Library) error {
		if err := l.Backup(ctx, path); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "backed up %s to %s\n", l.Dir(), path)
		return nil
	})
}

// runRestore makes a backup file the library in the --library folder,
// which must not hold a library yet; the backup file is only read.
func runRestore(ctx context.Context, env *Env, args []string) error {
	pos, err := parseFlags(newFlags("restore"), args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("give the backup file to restore")
	}
	if err := library.Restore(ctx, pos[0], env.LibraryDir); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "restored %s into %s\n", pos[0], env.LibraryDir)
	return nil
}

// runCheck runs SQLite's integrity check over the library.
func runCheck(ctx context.Context, env *Env, args []string) error {
	pos, err := parseFlags(newFlags("check"), args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("check takes no arguments")
	}
	return withLibraryRead(ctx, env, func(l *library.Library) error {
		if err := l.Check(ctx); err != nil {
			return err
		}
		n, err := l.Count(ctx, library.Filter{})
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "ok: %d %s\n", n, plural(n, "clipping"))
		return nil
	})
}
