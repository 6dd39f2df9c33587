package cli

import (
	"context"
	"fmt"

	"margin/clip"
	"margin/library"
)

func init() {
	commands["images"] = command{
		summary: "fetch the pictures a clipping is missing (one clipped before pictures were kept, or whose pictures failed)",
		usage:   "images [--timeout DURATION] ID",
		run:     runImages,
	}
}

// runImages fetches a clipping's missing pictures into the library, says
// how many arrived and lists those still missing with the reason.
func runImages(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("images")
	timeout := fs.Duration("timeout", clip.DefaultImageTimeout, "how long to wait for each picture")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("give the clipping's ID")
	}
	id, err := parseID(pos[0], "clipping")
	if err != nil {
		return err
	}
	if *timeout <= 0 {
		return usagef("--timeout must be positive")
	}
	opts := clip.DefaultOptions()
	opts.ImageTimeout = *timeout
	return withLibrary(ctx, env, func(l *library.Library) error {
		res, err := l.FetchImages(ctx, id, opts)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, res.Sentence())
		ims, err := l.Images(ctx, id)
		if err != nil {
			return err
		}
		for _, im := range ims {
			if im.Missing() {
				fmt.Fprintf(env.Stdout, "missing %s: %s\n", im.Src, im.Err)
			}
		}
		return nil
	})
}

// missingPictures counts the pictures of an article that could not be
// fetched.
func missingPictures(a *clip.Article) int {
	n := 0
	for _, im := range a.Images {
		if im.Err != "" {
			n++
		}
	}
	return n
}
