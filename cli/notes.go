package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"margin/library"
)

func init() {
	commands["label"] = command{
		summary: "add tags to a clipping, or remove them with --remove",
		usage:   "label [--remove] ID TAG...",
		run:     runLabel,
	}
	commands["note"] = command{
		summary: "set a clipping's note (\"\" clears it, - reads standard input)",
		usage:   "note ID TEXT|-",
		run:     runNote,
	}
	commands["undo"] = command{
		summary: "undo the latest annotation edit",
		usage:   "undo",
		run:     func(ctx context.Context, env *Env, args []string) error { return runTravel(ctx, env, args, true) },
	}
	commands["redo"] = command{
		summary: "redo the annotation edit undone last",
		usage:   "redo",
		run:     func(ctx context.Context, env *Env, args []string) error { return runTravel(ctx, env, args, false) },
	}
}

// runLabel tags a clipping (or untags it) and prints its tags.
func runLabel(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("label")
	remove := fs.Bool("remove", false, "remove the tags instead")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return usagef("give a clipping ID and at least one tag")
	}
	id, err := parseID(pos[0], "clipping")
	if err != nil {
		return err
	}
	tags := pos[1:]
	for _, t := range tags {
		if strings.TrimSpace(t) == "" {
			return usagef("a tag cannot be empty")
		}
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		change := l.AddTags
		if *remove {
			change = l.RemoveTags
		}
		if err := change(ctx, id, tags...); err != nil {
			return notFound(err, id)
		}
		c, err := l.Get(ctx, id)
		if err != nil {
			return notFound(err, id)
		}
		fmt.Fprintln(env.Stdout, strings.Join(c.Tags, ", "))
		return nil
	})
}

// runNote sets a clipping's note from the arguments or standard input.
func runNote(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("note")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return usagef("give a clipping ID and the note (\"\" to clear it)")
	}
	id, err := parseID(pos[0], "clipping")
	if err != nil {
		return err
	}
	note := strings.Join(pos[1:], " ")
	if note == "-" {
		// One byte past the cap is enough for the library to refuse
		// the note whole rather than keep its first part.
		data, err := io.ReadAll(io.LimitReader(env.Stdin, library.MaxNoteBytes+1))
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
		note = string(data)
	}
	note = strings.TrimSpace(note)
	return withLibrary(ctx, env, func(l *library.Library) error {
		if err := l.SetNote(ctx, id, note); err != nil {
			return notFound(err, id)
		}
		fmt.Fprintln(env.Stdout, id)
		return nil
	})
}

// runTravel undoes or redoes one edit and says which.
func runTravel(ctx context.Context, env *Env, args []string, undo bool) error {
	name := "redo"
	if undo {
		name = "undo"
	}
	fs := newFlags(name)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("%s takes no arguments", name)
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		travel, past := l.Redo, "redid"
		if undo {
			travel, past = l.Undo, "undid"
		}
		label, ok, err := travel(ctx)
		if err != nil {
			return err
		}
		if !ok {
			fmt.Fprintf(env.Stderr, "margin %s: nothing to %s\n", name, name)
			return nil
		}
		fmt.Fprintf(env.Stdout, "%s %s\n", past, label)
		return nil
	})
}
