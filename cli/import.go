package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"margin/importer"
)

func init() {
	commands["import"] = command{
		summary: "import a Pocket, Omnivore, Readwise, Wallabag, Hypothesis or bookmarks export",
		usage:   "import [--from KIND] [--fetch] [--json] FILE | import --fetch | import --failed",
		run:     runImport,
	}
}

// runImport files an export in the library, all of it or nothing. With
// --fetch the entries that came with only a URL are fetched afterwards, a
// few at a time; with --fetch and no FILE the queue left by an earlier run
// (stopped, or failed pages) is fetched. --failed lists the pages whose
// fetch failed.
func runImport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("import")
	from := fs.String("from", "", "the file's `kind`: "+kindList()+" (default: detected)")
	fetch := fs.Bool("fetch", false, "fetch the pages of entries that came with only a URL")
	failed := fs.Bool("failed", false, "list the pages whose fetch failed")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *from != "" {
		if _, ok := importer.FormatOf(importer.Kind(*from)); !ok {
			return usagef("--from %q is none of %s", *from, kindList())
		}
	}
	switch {
	case *failed && len(pos) == 0:
	case len(pos) == 1:
	case len(pos) == 0 && *fetch:
	default:
		return usagef("give one FILE, or --fetch or --failed alone")
	}
	l, err := openLibrary(ctx, env)
	if err != nil {
		return err
	}
	defer l.Close()

	if *failed {
		list, err := l.PendingFetches(ctx, true, 0)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(env.Stdout, list)
		}
		for _, p := range list {
			fmt.Fprintf(env.Stdout, "%d\t%s\t%s\n", p.ClippingID, p.URL, p.Error)
		}
		return nil
	}
	var out struct {
		*importer.Result `json:"import,omitempty"`
		Fetch            *importer.FetchResult `json:"fetch,omitempty"`
	}
	if len(pos) == 1 {
		res, err := importer.File(ctx, l, pos[0], importer.Options{Kind: importer.Kind(*from), Fetch: *fetch})
		if err != nil {
			if errors.Is(err, importer.ErrMalformed) {
				return fmt.Errorf("%w; nothing was imported", err)
			}
			if errors.Is(err, importer.ErrUnknownKind) {
				return fmt.Errorf("%w; say which with --from", err)
			}
			return err
		}
		out.Result = &res
		if !*asJSON {
			fmt.Fprintf(env.Stdout, "%s: %d entries, %d new clippings, %d already in the library, %d highlights (%d orphaned), %d tags",
				res.Kind, res.Entries, res.Added, res.Existing, res.Highlights, res.Orphans, res.Tags)
			if res.Queued > 0 {
				fmt.Fprintf(env.Stdout, ", %d pages to fetch", res.Queued)
			}
			fmt.Fprintln(env.Stdout)
		}
	}
	if *fetch {
		fr, err := importer.FetchQueued(ctx, l, importer.FetchOptions{
			Progress: func(p importer.Progress) {
				if !*asJSON {
					fmt.Fprintf(env.Stderr, "\rfetched %d of %d", p.Done, p.Total)
				}
			},
		})
		if !*asJSON && fr.Fetched+fr.Failed > 0 {
			fmt.Fprintln(env.Stderr)
		}
		if err != nil {
			return fmt.Errorf("fetch: %w (run 'margin import --fetch' to go on)", err)
		}
		out.Fetch = &fr
		if !*asJSON {
			fmt.Fprintf(env.Stdout, "fetched %d pages", fr.Fetched)
			if fr.Failed > 0 {
				fmt.Fprintf(env.Stdout, ", %d failed (see 'margin import --failed')", fr.Failed)
			}
			fmt.Fprintln(env.Stdout)
		}
	}
	if *asJSON {
		return writeJSON(env.Stdout, out)
	}
	return nil
}

// kindList names the kinds --from accepts.
func kindList() string {
	var names []string
	for _, f := range importer.Formats {
		names = append(names, string(f.Kind))
	}
	return strings.Join(names, ", ")
}
