package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"margin/clip"
	"margin/library"
	"margin/refetch"
	"margin/textdiff"
)

func init() {
	commands["refetch"] = command{
		summary: "check clipped pages for changes; a changed page becomes a new version",
		usage:   "refetch [--json] ID... | refetch [--delay D] [--fresh D] [--json] --tag TAG | --all",
		run:     runRefetch,
	}
	commands["versions"] = command{
		summary: "list the versions of a clipping",
		usage:   "versions [--json] ID",
		run:     runVersions,
	}
	commands["diff"] = command{
		summary: "show what changed between two versions of a clipping",
		usage:   "diff [--json] ID [V1 V2]",
		run:     runDiff,
	}
}

// runRefetch checks clippings for changes: the ones named, or those with a
// tag, or all. A run over many skips those checked within --fresh, so that
// running it again after it was stopped goes on where it stopped.
func runRefetch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("refetch")
	tag := fs.String("tag", "", "check the clippings with this `tag`")
	all := fs.Bool("all", false, "check every clipping clipped from a web address")
	delay := fs.Duration("delay", 2*time.Second, "pause between two requests to one site")
	fresh := fs.Duration("fresh", time.Hour, "with --tag or --all, skip clippings checked within this long")
	asJSON := fs.Bool("json", false, "print one JSON object per clipping")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if (len(pos) > 0) == (*tag != "" || *all) || *tag != "" && *all {
		return usagef("give clipping IDs, or --tag TAG, or --all")
	}
	if *delay < 0 || *fresh < 0 {
		return usagef("--delay and --fresh must not be negative")
	}
	f := library.CheckFilter{Tag: *tag, All: *all}
	if len(pos) == 0 && *fresh > 0 {
		f.CheckedBefore = time.Now().Add(-*fresh)
	}
	for _, p := range pos {
		id, err := parseID(p, "clipping")
		if err != nil {
			return err
		}
		f.IDs = append(f.IDs, id)
	}
	opts := refetch.Options{Clip: clip.DefaultOptions(), Delay: *delay}
	if *delay == 0 {
		opts.Delay = -1 // none: refetch.Options reads 0 as its default
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		if len(f.IDs) > 0 {
			for _, id := range f.IDs {
				r, err := refetch.One(ctx, l, id, opts)
				if err != nil {
					return notFound(err, id)
				}
				if err := printCheck(env, r, *asJSON); err != nil {
					return err
				}
			}
			return nil
		}
		var werr error
		opts.Progress = func(r refetch.Result, done, total int) {
			if err := printCheck(env, r, *asJSON); err != nil && werr == nil {
				werr = err
			}
		}
		tally, err := refetch.Run(ctx, l, f, opts)
		if err != nil {
			return err
		}
		if !*asJSON {
			fmt.Fprintf(env.Stderr, "margin refetch: %d checked, %d changed, %d failed\n", tally.Checked, tally.Changed, tally.Failed)
		}
		return werr
	})
}

// printCheck prints one clipping's check: a line, or a JSON object.
func printCheck(env *Env, r refetch.Result, asJSON bool) error {
	if asJSON {
		return writeJSON(env.Stdout, r)
	}
	switch r.Outcome {
	case refetch.Changed:
		fmt.Fprintf(env.Stdout, "%d\tchanged: version %d (%s)\n", r.ClippingID, r.Version, r.Change)
		for _, c := range r.Changes {
			if c.Vanished {
				fmt.Fprintf(env.Stdout, "\t%s %d removed: “%s”\n", c.Kind, c.AnnotationID, c.Old)
			} else {
				fmt.Fprintf(env.Stdout, "\t%s %d changed: “%s” → “%s”\n", c.Kind, c.AnnotationID, c.Old, c.New)
			}
		}
	case refetch.Failed:
		fmt.Fprintf(env.Stdout, "%d\tfailed: %s\n", r.ClippingID, r.Message)
	default:
		fmt.Fprintf(env.Stdout, "%d\tunchanged\n", r.ClippingID)
	}
	return nil
}

// runVersions lists a clipping's versions, oldest first.
func runVersions(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("versions")
	asJSON := fs.Bool("json", false, "print a JSON array")
	id, err := parseClippingArgs(fs, args)
	if err != nil {
		return err
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		vs, err := l.Versions(ctx, id)
		if err != nil {
			return notFound(err, id)
		}
		if *asJSON {
			return writeJSON(env.Stdout, vs)
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		for _, v := range vs {
			latest := ""
			if v.Latest {
				latest = "latest"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", v.Number, v.Seen.Format("2006-01-02 15:04"), latest, v.Title, v.Change)
		}
		return tw.Flush()
	})
}

// runDiff prints what changed between two versions (by default the one
// before the latest and the latest): headline, byline and date first, then
// the text with deleted words in [-...-] and inserted ones in {+...+}.
func runDiff(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("diff")
	asJSON := fs.Bool("json", false, "print the difference as JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 && len(pos) != 3 {
		return usagef("give a clipping ID, and optionally two version numbers")
	}
	id, err := parseID(pos[0], "clipping")
	if err != nil {
		return err
	}
	var from, to int
	if len(pos) == 3 {
		v1, err1 := parseID(pos[1], "version")
		v2, err2 := parseID(pos[2], "version")
		if err1 != nil || err2 != nil {
			return usagef("versions are numbers: %q %q", pos[1], pos[2])
		}
		from, to = int(v1), int(v2)
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		if from == 0 {
			latest, err := l.Version(ctx, id, 0)
			if err != nil {
				return notFound(err, id)
			}
			if latest.Number == 1 {
				fmt.Fprintf(env.Stderr, "margin diff: clipping %d has one version\n", id)
				return nil
			}
			from, to = latest.Number-1, latest.Number
		}
		a, err := l.Version(ctx, id, from)
		if err != nil {
			return notFound(err, id)
		}
		b, err := l.Version(ctx, id, to)
		if err != nil {
			return notFound(err, id)
		}
		d := textdiff.Compare(a.Side(), b.Side())
		if *asJSON {
			return writeJSON(env.Stdout, struct {
				From int `json:"from"`
				To   int `json:"to"`
				textdiff.Difference
				Summary string `json:"summary"`
			}{from, to, d, d.Summary()})
		}
		printDiff(env.Stdout, a, b, d)
		return nil
	})
}

// printDiff writes a difference for a terminal: the changed fields, the
// summary, then the changed paragraphs only, words marked.
func printDiff(w io.Writer, a, b *library.Version, d textdiff.Difference) {
	fmt.Fprintf(w, "version %d (%s) → version %d (%s)\n", a.Number, a.Seen.Format("2006-01-02 15:04"),
		b.Number, b.Seen.Format("2006-01-02 15:04"))
	if d.Same() {
		fmt.Fprintln(w, "no differences")
		return
	}
	for _, f := range d.Fields {
		fmt.Fprintf(w, "%s: “%s” → “%s”\n", f.Name, f.Old, f.New)
	}
	if s := d.Summary(); s != "" {
		fmt.Fprintln(w, s)
	}
	// The changed paragraphs only, words marked.
	for _, p := range d.Paragraphs() {
		if !p.Changed {
			continue
		}
		var sb strings.Builder
		for _, s := range p.Spans {
			switch s.Op {
			case textdiff.Insert:
				sb.WriteString("{+" + s.Text + "+}")
			case textdiff.Delete:
				sb.WriteString("[-" + s.Text + "-]")
			default:
				sb.WriteString(s.Text)
			}
		}
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(sb.String()))
	}
}
