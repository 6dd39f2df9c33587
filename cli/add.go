package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"margin/clip"
	"margin/library"
)

func init() {
	commands["add"] = command{
		summary: "clip a web page, an HTML or text file, or standard input into the library",
		usage:   "add [--url BASE] [--timeout DURATION] URL|FILE|-",
		run:     runAdd,
	}
}

// runAdd clips one page into the library and prints the clipping's ID. A
// page already in the library is not added again: its ID is printed and
// stderr says so. Entity suggestions are made for a new clipping, but their
// failure does not fail the add.
func runAdd(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("add")
	base := fs.String("url", "", "`URL` a FILE or standard input was saved from")
	timeout := fs.Duration("timeout", clip.DefaultTimeout, "how long to wait for a web page")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("give one URL, FILE or - for standard input")
	}
	if *base != "" {
		if k, _, err := clip.Detect(*base); err != nil || k != clip.KindURL {
			return usagef("--url %q is not an http(s) URL", *base)
		}
	}
	if *timeout <= 0 {
		return usagef("--timeout must be positive")
	}
	opts := clip.DefaultOptions()
	opts.Timeout = *timeout

	a, err := clipInput(ctx, env, pos[0], *base, opts)
	if err != nil {
		return err
	}

	l, err := openLibrary(ctx, env)
	if err != nil {
		return err
	}
	defer l.Close()
	id, existed, err := l.Add(ctx, a)
	if err != nil {
		return err
	}
	// The ID is printed only once the clipping is committed, so a script
	// (or the crash test) may rely on it.
	fmt.Fprintln(env.Stdout, id)
	if existed {
		fmt.Fprintf(env.Stderr, "margin add: already in the library as %d\n", id)
		return nil
	}
	if _, err := l.Suggest(ctx, id); err != nil && ctx.Err() == nil {
		fmt.Fprintf(env.Stderr, "margin add: warning: no entity suggestions: %s\n", oneLine(err))
	}
	return nil
}

// clipInput turns the argument of add into an article: standard input for
// "-", an existing file, or else a URL.
func clipInput(ctx context.Context, env *Env, arg, base string, opts clip.Options) (*clip.Article, error) {
	if arg == "-" {
		data, err := io.ReadAll(io.LimitReader(env.Stdin, opts.MaxBytes+1))
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		return extractBytes(data, base, "standard input", opts)
	}
	if st, err := os.Stat(arg); err == nil {
		if st.IsDir() {
			return nil, fmt.Errorf("%s is a directory", arg)
		}
		data, err := readFileLimited(arg, opts.MaxBytes)
		if err != nil {
			return nil, err
		}
		a, err := extractBytes(data, base, arg, opts)
		if err != nil {
			return nil, err
		}
		if a.Source == clip.SourceHTML {
			a.Source = clip.SourceFile
		}
		a.SourceRef = arg
		return a, nil
	}
	kind, _, err := clip.Detect(arg)
	if err != nil {
		return nil, errors.New(clip.Message(err))
	}
	if kind != clip.KindURL {
		return nil, fmt.Errorf("%s: no such file, and not a web address", arg)
	}
	if base != "" {
		return nil, usagef("--url is for a FILE or standard input, not a URL")
	}
	a, err := clip.Clip(ctx, arg, opts)
	if err != nil {
		return nil, errors.New(clip.Message(err))
	}
	return a, nil
}

// extractBytes extracts the article in HTML or copied text read from name.
func extractBytes(data []byte, base, name string, opts clip.Options) (*clip.Article, error) {
	if int64(len(data)) > opts.MaxBytes {
		return nil, fmt.Errorf("%s: %s", name, clip.Message(clip.ErrTooLarge))
	}
	// A photo or a PDF given by mistake would otherwise be decoded as
	// some legacy encoding and filed as a page of gibberish.
	if mt := http.DetectContentType(data); !strings.HasPrefix(mt, "text/") {
		mt, _, _ = strings.Cut(mt, ";")
		return nil, fmt.Errorf("%s is not HTML or text (it looks like %s)", name, mt)
	}
	a, err := clip.ExtractAny(data, base)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, clip.Message(err))
	}
	return a, nil
}

// readFileLimited reads at most limit+1 bytes of a file, so that a huge file
// is refused without reading it all.
func readFileLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	return data, nil
}

// withLibrary opens the library, runs fn on it and closes it.
func withLibrary(ctx context.Context, env *Env, fn func(l *library.Library) error) error {
	l, err := openLibrary(ctx, env)
	if err != nil {
		return err
	}
	defer l.Close()
	return fn(l)
}

// formatDate shows a time as a date, or "" for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
