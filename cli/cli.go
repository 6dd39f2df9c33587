// Package cli is Margin's command line: the same library as the GUI, for
// scripts. It is a thin layer over clip, library, annotate and export.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"

	"margin/export"
	"margin/library"
)

// Env is what a command runs with: its streams, the library location and
// the GUI to open when no subcommand is given.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// GUI opens the desktop app on the library in dir. main wires it, so
	// that this package does not depend on the GUI.
	GUI func(dir string) error
	// LibraryDir is set from --library, MARGIN_LIBRARY or the default.
	LibraryDir string
}

// command is one subcommand: a one-line summary, its usage and what it does.
type command struct {
	summary string
	usage   string
	run     func(ctx context.Context, env *Env, args []string) error
}

// commands lists the subcommands by name. Each lives in a file of its own.
var commands = map[string]command{}

// usageError is an error in how a command was called; it exits with 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// Run runs Margin with the arguments after the program name and returns the
// exit status: 0 on success, 1 on failure, 2 on bad usage.
func Run(ctx context.Context, args []string, env *Env) int {
	fs := flag.NewFlagSet("margin", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	libDir := fs.String("library", "", "library `dir`ectory (default $MARGIN_LIBRARY or the user data directory)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(env.Stdout)
			return 0
		}
		fmt.Fprintf(env.Stderr, "margin: %v\n", err)
		return 2
	}
	dir, err := resolveLibraryDir(*libDir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "margin: %v\n", err)
		return 1
	}
	env.LibraryDir = dir
	rest := fs.Args()
	if len(rest) == 0 {
		if env.GUI == nil {
			printUsage(env.Stderr)
			return 2
		}
		if err := env.GUI(dir); err != nil {
			fmt.Fprintf(env.Stderr, "margin: %v\n", err)
			return 1
		}
		return 0
	}
	name := rest[0]
	if name == "help" || name == "-h" || name == "--help" {
		printUsage(env.Stdout)
		return 0
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(env.Stderr, "margin: unknown command %q (see 'margin help')\n", name)
		return 2
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// A command holds one clipping or one page at a time; a soft
		// limit makes the collector keep its heap near what it holds
		// instead of letting it grow to twice that.
		debug.SetMemoryLimit(commandMemoryLimit)
	}
	if err := cmd.run(ctx, env, rest[1:]); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(env.Stderr, "margin %s: %v\nusage: margin %s\n", name, err, cmd.usage)
			return 2
		}
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(env.Stdout, "usage: margin %s\n", cmd.usage)
			return 0
		}
		if errors.Is(err, errSilent) {
			return 1
		}
		fmt.Fprintf(env.Stderr, "margin %s: %s\n", name, message(err))
		return 1
	}
	return 0
}

// errSilent ends a command with exit status 1 when it has already said why
// on standard error.
var errSilent = errors.New("failed, as said")

// commandMemoryLimit is the soft memory limit of a subcommand.
const commandMemoryLimit = 128 << 20

// resolveLibraryDir applies --library, then MARGIN_LIBRARY, then the default.
func resolveLibraryDir(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, checkPath(flagValue)
	}
	if env := os.Getenv("MARGIN_LIBRARY"); env != "" {
		return env, checkPath(env)
	}
	return library.DefaultDir()
}

// checkPath refuses, on Windows, a path to write to with a file or folder
// named as a device (NUL, CON, COM1...): Windows would fail the write with
// a message that does not say why ("Bad device type"), or write to the
// device.
func checkPath(path string) error { return checkPathFor(runtime.GOOS, path) }

// checkPathFor is checkPath for the operating system goos.
func checkPathFor(goos, path string) error {
	if goos != "windows" {
		return nil
	}
	for _, el := range strings.FieldsFunc(path, func(r rune) bool { return r == '\\' || r == '/' }) {
		if export.IsDeviceName(el) {
			return fmt.Errorf("%s: Windows keeps the name %q for a device; choose another name", path, el)
		}
	}
	return nil
}

// oneLine keeps an error message on one line for the terminal.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// message is the one line a failed command prints: the error, and for the
// library's sentinel errors what the person can do about it.
func message(err error) string {
	hints := []struct {
		err  error
		hint string
	}{
		{library.ErrNewerVersion, "Update Margin to open it; the file was left untouched."},
		{library.ErrBadBackup, "Nothing was restored; choose another backup (Margin keeps its automatic ones in the library's backups folder)."},
		{library.ErrNoLibrary, "Check the --library folder; 'margin add' starts a library."},
		{library.ErrNotLibrary, "The file was left untouched; use another --library folder, or 'margin restore' a backup into an empty one."},
		{library.ErrReadOnly, "Check the folder's permissions, or choose another with --library."},
		{library.ErrDiskFull, "Nothing was saved; free some space and try again."},
		{library.ErrExists, "Restore into an empty --library folder."},
	}
	msg := oneLine(err)
	for _, h := range hints {
		if errors.Is(err, h.err) {
			return strings.TrimSuffix(msg, ".") + ". " + h.hint
		}
	}
	return msg
}

// parseID reads a positive integer ID of the given kind ("clipping",
// "mention"), or returns a usage error.
func parseID(s, kind string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("%q is not a %s ID", s, kind)
	}
	return id, nil
}

// parseClippingArgs parses args and the one clipping ID they must name.
func parseClippingArgs(fs *flag.FlagSet, args []string) (int64, error) {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return 0, err
	}
	if len(pos) != 1 {
		return 0, usagef("give one clipping ID")
	}
	return parseID(pos[0], "clipping")
}

// writeJSON writes v as indented JSON, without escaping <, > and &.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// notFound turns the library's ErrNotFound for a clipping into a short
// sentence naming it, keeping other errors.
func notFound(err error, id int64) error {
	if errors.Is(err, library.ErrNotFound) {
		return fmt.Errorf("no clipping %d in the library: %w", id, library.ErrNotFound)
	}
	return err
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: margin [--library DIR] [COMMAND [ARGS]]")
	fmt.Fprintln(w, "With no command, margin opens the desktop app.")
	fmt.Fprintln(w, "\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-11s %s\n", n, commands[n].summary)
	}
}

// newFlags returns a flag set for a subcommand whose errors come back to Run
// as usage errors instead of being printed by the flag package.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses a subcommand's flags, allowing flags after positional
// arguments as people type them ("margin show 3 --json").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// openLibrary opens the library the command runs on.
func openLibrary(ctx context.Context, env *Env) (*library.Library, error) {
	return library.Open(ctx, env.LibraryDir)
}

// withLibraryRead opens the library for reading, runs fn on it and closes
// it. It creates no library where there is none (a mistyped --library
// folder) and does not wait for another process's write.
func withLibraryRead(ctx context.Context, env *Env, fn func(l *library.Library) error) error {
	l, err := library.OpenReadOnly(ctx, env.LibraryDir)
	if err != nil {
		return err
	}
	defer l.Close()
	return fn(l)
}
