package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"margin/clip"
	"margin/library"
)

func init() {
	commands["add"] = command{
		summary: "clip a web page, an HTML or text file, or standard input into the library",
		usage:   "add [--url BASE] [--timeout DURATION] [--no-images] URL|FILE|-",
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
	noImages := fs.Bool("no-images", false, "leave the article's pictures unfetched")
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
	opts.NoImages = *noImages

	a, err := clip.ClipInput(ctx, clip.Input{Text: pos[0], Stdin: env.Stdin, PageURL: *base}, opts)
	if errors.Is(err, clip.ErrPageURLWithURL) {
		return usagef("--url is for a FILE or standard input, not a URL")
	}
	if err != nil {
		return errors.New(clip.Message(err))
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
		fmt.Fprintf(env.Stderr, "margin add: %s\n", library.AlreadyAdded(a.Title))
		return nil
	}
	if n := missingPictures(a); n > 0 {
		fmt.Fprintf(env.Stderr, "margin add: %d of %d pictures could not be fetched; 'margin images %d' tries again\n", n, len(a.Images), id)
	}
	if _, err := l.Suggest(ctx, id); err != nil && ctx.Err() == nil {
		fmt.Fprintf(env.Stderr, "margin add: warning: no entity suggestions: %s\n", oneLine(err))
	}
	return nil
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
