package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"margin/annotate"
	"margin/export"
	"margin/library"
)

func init() {
	commands["graph"] = command{
		summary: "write the map of which entities appear with which, for Gephi, Cytoscape or a spreadsheet",
		usage:   "graph [--entity NAME] [--type T] [--tag T] [--site S] [--search Q] [--since D] [--until D] [--unit paragraph|clipping] [--links N] --format graphml|gexf|csv|json [--out PATH]",
		run:     runGraph,
	}
}

// runGraph writes the entity map the flags select: links between entities
// mentioned in the same paragraph (or clipping), with the shared counts and
// the first and last dates on each.
func runGraph(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("graph")
	entity := fs.String("entity", "", "map around the entity of this `name` or alias")
	var types []string
	fs.Func("type", "show entities of this `type` only ("+typeChoices()+"); repeat for several", func(s string) error {
		for _, t := range strings.Split(s, ",") {
			if t = strings.TrimSpace(t); t != "" {
				types = append(types, t)
			}
		}
		return nil
	})
	tag := fs.String("tag", "", "clippings with this `tag` only")
	site := fs.String("site", "", "clippings from this `site` only")
	search := fs.String("search", "", "clippings matching this `search` only")
	since := fs.String("since", "", "clippings dated from this `date` (YYYY-MM-DD, YYYY-MM or YYYY)")
	until := fs.String("until", "", "clippings dated before this `date`")
	unit := fs.String("unit", "paragraph", "what two entities share to be linked: `paragraph` or clipping")
	links := fs.Int("links", 0, fmt.Sprintf("keep the `N` strongest links (default %d, -1 for all)", library.DefaultMapLinks))
	format := fs.String("format", "", "graphml, gexf, csv or json")
	out := fs.String("out", "-", "`path` of the file to write, or - for standard output")
	force := fs.Bool("force", false, "write over a file that is already there")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("graph takes no arguments, only flags")
	}
	if *format == "" {
		return usagef("give a --format: graphml, gexf, csv or json")
	}
	gf, err := export.ParseGraphFormat(*format)
	if err != nil {
		return usagef("%s", strings.TrimPrefix(err.Error(), library.ErrInvalid.Error()+": "))
	}
	f := library.MapFilter{Tag: *tag, Site: *site, Query: *search, Limit: *links}
	if f.Unit, err = library.ParseUnit(*unit); err != nil {
		return usagef("--unit is paragraph or clipping, not %q", *unit)
	}
	for _, t := range types {
		f.Types = append(f.Types, annotate.EntityType(strings.ToLower(string(annotate.CanonicalType(strings.TrimSpace(t))))))
	}
	if f.Since, err = parseDay(*since); err != nil {
		return usagef("--since: %v", err)
	}
	if f.Until, err = parseDay(*until); err != nil {
		return usagef("--until: %v", err)
	}
	if *out != "-" && !*force {
		if _, err := os.Stat(*out); err == nil {
			return fmt.Errorf("%s is already there: give --force to write over it, or another --out", *out)
		}
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		if *entity != "" {
			e, err := l.FindEntity(ctx, *entity)
			if errors.Is(err, library.ErrNotFound) {
				return fmt.Errorf("there is no entity named %q", *entity)
			}
			if err != nil {
				return err
			}
			f.Entity = e.ID
		}
		m, err := l.Map(ctx, f)
		if err != nil {
			return err
		}
		write := func(w io.Writer) error { return export.WriteGraph(w, m, gf) }
		if *out == "-" {
			return write(env.Stdout)
		}
		if err := export.WriteFileAtomic(*out, write); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "margin graph: %d entities and %s written to %s\n",
			len(m.Nodes), countNoun(len(m.Links), "link"), *out)
		return nil
	})
}

// parseDay reads a date as YYYY-MM-DD, YYYY-MM or YYYY, in UTC; "" is the
// zero time.
func parseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date: write YYYY-MM-DD, YYYY-MM or YYYY", s)
}
