package cli

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"margin/annotate"
	"margin/library"
)

func init() {
	commands["highlight"] = command{
		summary: "highlight a quote in a clipping's text",
		usage:   "highlight ID --quote TEXT [--nth N] [--color " + colorChoices() + "] [--note TEXT]",
		run:     runHighlight,
	}
	commands["highlights"] = command{
		summary: "list a clipping's highlights",
		usage:   "highlights [--json] ID",
		run:     runHighlights,
	}
}

// findQuote returns the rune span of the nth (from 1) occurrence of quote
// in text, matched as annotate.FindQuote matches, or an error saying how
// often it occurs.
func findQuote(text, quote string, nth int, id int64) (start, end int, err error) {
	if quote == "" {
		return 0, 0, usagef("--quote is empty")
	}
	spans, err := annotate.FindQuote(text, quote)
	if err != nil {
		return 0, 0, fmt.Errorf("%w; nothing was highlighted", err)
	}
	if len(spans) == 0 {
		return 0, 0, fmt.Errorf("%q is not in the text of clipping %d (see 'margin show --text %d')", quote, id, id)
	}
	if nth > len(spans) {
		return 0, 0, fmt.Errorf("%q occurs %s in clipping %d, so there is no occurrence %d", quote, times(len(spans)), id, nth)
	}
	return spans[nth-1][0], spans[nth-1][1], nil
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}

// clippingText returns a clipping's canonical text, or a not-found error
// naming the clipping.
func clippingText(ctx context.Context, l *library.Library, id int64) (string, error) {
	c, err := l.Get(ctx, id)
	if err != nil {
		return "", notFound(err, id)
	}
	return c.Text(), nil
}

// runHighlight highlights the nth occurrence of a quote and prints the new
// highlight's ID.
func runHighlight(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("highlight")
	quote := fs.String("quote", "", "the `text` to highlight, exactly as in the clipping")
	nth := fs.Int("nth", 1, "highlight the `N`th occurrence of the quote")
	color := fs.String("color", string(annotate.Yellow), "highlight `colour`")
	note := fs.String("note", "", "a `note` on the highlight")
	id, err := parseClippingArgs(fs, args)
	if err != nil {
		return err
	}
	if *quote == "" {
		return usagef("--quote is required")
	}
	if *nth < 1 {
		return usagef("--nth counts from 1")
	}
	if !slices.Contains(annotate.Colors, annotate.Color(*color)) {
		return usagef("unknown colour %q (want one of %s)", *color, strings.ReplaceAll(colorChoices(), "|", ", "))
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		text, err := clippingText(ctx, l, id)
		if err != nil {
			return err
		}
		start, end, err := findQuote(text, *quote, *nth, id)
		if err != nil {
			return err
		}
		h, err := l.AddHighlight(ctx, annotate.Highlight{
			ClippingID: id,
			Selector:   annotate.Selector{Start: start, End: end},
			Color:      annotate.Color(*color),
			Note:       *note,
		})
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, h.ID)
		return nil
	})
}

// runHighlights lists a clipping's highlights in text order.
func runHighlights(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("highlights")
	asJSON := fs.Bool("json", false, "print a JSON array")
	id, err := parseClippingArgs(fs, args)
	if err != nil {
		return err
	}
	return withLibraryRead(ctx, env, func(l *library.Library) error {
		if err := l.CheckClipping(ctx, id); err != nil {
			return notFound(err, id)
		}
		hs, err := l.Highlights(ctx, id)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(env.Stdout, hs)
		}
		changes, err := l.Changes(ctx, id)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		for _, h := range hs {
			where := fmt.Sprintf("%d-%d", h.Selector.Start, h.Selector.End)
			if h.Orphaned {
				where = "orphaned"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%q\n", h.ID, h.Color, where, h.Selector.Exact)
			if h.Note != "" {
				fmt.Fprintf(tw, "\t\t\tnote: %s\n", strings.Join(strings.Fields(h.Note), " "))
			}
			for _, c := range changes {
				if c.Kind == "highlight" && c.AnnotationID == h.ID {
					fmt.Fprintf(tw, "\t\t\t%s\n", strings.Join(strings.Fields(c.Sentence()), " "))
				}
			}
		}
		return tw.Flush()
	})
}
