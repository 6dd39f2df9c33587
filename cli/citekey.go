package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"margin/export"
	"margin/library"
)

func init() {
	commands["citekey"] = command{
		summary: "show a clipping's citation key, or set it",
		usage:   "citekey ID [KEY]",
		run:     runCiteKey,
	}
}

// runCiteKey prints a clipping's citation key, given once and kept, or sets
// the one the person chose.
func runCiteKey(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("citekey")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 1 || len(pos) > 2 {
		return usagef("give a clipping ID and, to set it, a key")
	}
	id, err := parseID(pos[0], "clipping")
	if err != nil {
		return err
	}
	// A key that cannot be one is a mistake in the command, found before
	// the library is opened; the window checks it with the same function.
	if len(pos) == 2 {
		if err := library.CheckCiteKey(strings.TrimSpace(pos[1])); err != nil {
			return usagef("%v", err)
		}
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		if len(pos) == 2 {
			err := l.SetCiteKey(ctx, id, pos[1])
			if msg, ok := library.CiteKeyRefused(err); ok {
				return errors.New(msg)
			}
			if err != nil {
				return notFound(err, id)
			}
		}
		key, err := export.CiteKey(ctx, l, id)
		if err != nil {
			return notFound(err, id)
		}
		fmt.Fprintln(env.Stdout, key)
		return nil
	})
}
