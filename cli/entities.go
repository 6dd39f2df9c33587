package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"margin/annotate"
	"margin/library"
)

func init() {
	commands["tag"] = command{
		summary: "tag a quote in a clipping as a mention of an entity",
		usage:   "tag ID --quote TEXT --type TYPE [--name NAME] [--all] [--nth N]",
		run:     runTag,
	}
	commands["suggest"] = command{
		summary: "suggest the entities a clipping mentions, for accept or reject",
		usage:   "suggest [--json] ID",
		run:     runSuggest,
	}
	commands["accept"] = command{
		summary: "accept suggested mentions",
		usage:   "accept ID MENTION...|--all [--confident] [--entity NAME]",
		run:     func(ctx context.Context, env *Env, args []string) error { return runDecide(ctx, env, args, true) },
	}
	commands["reject"] = command{
		summary: "reject suggested mentions, so they are not suggested again",
		usage:   "reject ID MENTION...|--all [--entity NAME]",
		run:     func(ctx context.Context, env *Env, args []string) error { return runDecide(ctx, env, args, false) },
	}
	commands["forget"] = command{
		summary: "forget that a text was rejected as a name, so it may be suggested again",
		usage:   "forget TEXT",
		run:     runForget,
	}
	commands["entities"] = command{
		summary: "list the entities in the library with how often they are mentioned",
		usage:   "entities [--type TYPE] [--json]",
		run:     runEntities,
	}
}

// runTag tags the nth occurrence of a quote (and, with --all, every
// occurrence of the entity's name and aliases) as a confirmed mention of an
// entity: an existing one with that name or alias, or a new one. The
// library does it as one edit, which one 'margin undo' takes back.
func runTag(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("tag")
	quote := fs.String("quote", "", "the `text` that mentions the entity, exactly as in the clipping")
	typ := fs.String("type", "", "entity `type`: "+typeChoices()+" or your own")
	name := fs.String("name", "", "the entity's `name` if not the quote")
	all := fs.Bool("all", false, "tag every occurrence of the entity's name and aliases, the quote becoming an alias")
	nth := fs.Int("nth", 1, "tag the `N`th occurrence of the quote")
	id, err := parseClippingArgs(fs, args)
	if err != nil {
		return err
	}
	if strings.TrimSpace(*quote) == "" {
		return usagef("--quote is required")
	}
	if *nth < 1 {
		return usagef("--nth counts from 1")
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
		res, err := l.TagSpan(ctx, library.Tag{
			ClippingID: id, Start: start, End: end,
			Name: *name, Type: annotate.EntityType(*typ), All: *all,
		})
		if errors.Is(err, library.ErrNoType) {
			return usagef("there is no entity %q yet: give its --type to create it", firstNonEmpty(*name, *quote))
		}
		if err != nil {
			return err
		}
		if res.Created {
			fmt.Fprintf(env.Stderr, "margin tag: new entity %d %q (%s)\n", res.Entity.ID, res.Entity.Name, res.Entity.Type)
		}
		for _, m := range res.Mentions {
			fmt.Fprintln(env.Stdout, m.ID)
		}
		fmt.Fprintf(env.Stderr, "margin tag: %s\n", res.Sentence())
		return nil
	})
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.Join(strings.Fields(x), " ")
		}
	}
	return ""
}

// runSuggest runs the entity recogniser over a clipping and lists its
// pending suggestions with their mention IDs, for accept and reject.
func runSuggest(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("suggest")
	asJSON := fs.Bool("json", false, "print a JSON array")
	id, err := parseClippingArgs(fs, args)
	if err != nil {
		return err
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		ms, err := l.Suggest(ctx, id)
		if err != nil {
			return notFound(err, id)
		}
		return printMentions(ctx, env.Stdout, l, ms, *asJSON)
	})
}

// printMentions lists mentions with their entities, as text or JSON.
func printMentions(ctx context.Context, w io.Writer, l *library.Library, ms []annotate.Mention, asJSON bool) error {
	names := entityNames(ctx, l)
	out := []mentionJSON{}
	for _, m := range ms {
		e, err := names(m.EntityID)
		if err != nil {
			return err
		}
		out = append(out, mentionJSON{Mention: m, Entity: e.Name, Type: e.Type})
	}
	if asJSON {
		return writeJSON(w, out)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, m := range out {
		fmt.Fprintf(tw, "%d\t%q\t%s\t%s\n", m.ID, m.Selector.Exact, m.Entity, m.Type)
	}
	return tw.Flush()
}

// runDecide accepts or rejects suggested mentions of a clipping: those
// named, or with --all every pending one (of one entity with --entity).
func runDecide(ctx context.Context, env *Env, args []string, accept bool) error {
	verb, status := "reject", annotate.Rejected
	if accept {
		verb, status = "accept", annotate.Confirmed
	}
	fs := newFlags(verb)
	all := fs.Bool("all", false, verb+" every pending suggestion of the clipping")
	confident := false
	if accept {
		fs.BoolVar(&confident, "confident", false, "with --all, only the confident suggestions (annotate.ConfidentScore)")
	}
	entity := fs.String("entity", "", "only suggestions of this entity (`name` or alias)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("give a clipping ID")
	}
	id, err := parseID(pos[0], "clipping")
	if err != nil {
		return err
	}
	var chosen []int64
	for _, p := range pos[1:] {
		mid, err := parseID(p, "mention")
		if err != nil {
			return err
		}
		chosen = append(chosen, mid)
	}
	switch {
	case len(chosen) > 0 && (*all || *entity != ""):
		return usagef("give mention IDs or --all/--entity, not both")
	case len(chosen) == 0 && !*all && *entity == "":
		return usagef("give the mention IDs to %s (see 'margin suggest %d'), or --all", verb, id)
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		if err := l.CheckClipping(ctx, id); err != nil {
			return notFound(err, id)
		}
		n, err := decide(ctx, l, id, status, chosen, *entity, confident)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%sed %d %s\n", verb, n, plural(n, "suggestion"))
		return nil
	})
}

// decide gives the chosen mentions of a clipping a status or, when none is
// chosen, its pending suggestions (of the named entity, only the confident
// ones) through library.DecidePending, which the side panel also calls.
func decide(ctx context.Context, l *library.Library, id int64, status annotate.MentionStatus, chosen []int64, entity string, confident bool) (int, error) {
	if len(chosen) == 0 {
		pick := library.PendingPick{ConfidentOnly: confident}
		if entity != "" {
			e, err := l.FindEntity(ctx, entity)
			if err != nil {
				if errors.Is(err, library.ErrNotFound) {
					return 0, fmt.Errorf("there is no entity %q", entity)
				}
				return 0, err
			}
			pick.EntityID = e.ID
		}
		return l.DecidePending(ctx, id, status, pick)
	}
	ms, err := l.Mentions(ctx, id)
	if err != nil {
		return 0, err
	}
	if err := checkChosen(ms, chosen, id); err != nil {
		return 0, err
	}
	return len(chosen), l.SetMentionStatus(ctx, status, chosen...)
}

// runForget forgets the person's rejections of a text, in every clipping.
func runForget(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("forget")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || strings.TrimSpace(pos[0]) == "" {
		return usagef("give the text to forget, once")
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		n, err := l.ForgetRejection(ctx, pos[0])
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "forgot %d %s of %q\n", n, plural(n, "rejection"), pos[0])
		return nil
	})
}

// checkChosen checks that the chosen mentions belong to the clipping.
func checkChosen(ms []annotate.Mention, chosen []int64, clippingID int64) error {
	in := map[int64]bool{}
	for _, m := range ms {
		in[m.ID] = true
	}
	for _, id := range chosen {
		if !in[id] {
			return fmt.Errorf("mention %d is not in clipping %d (see 'margin suggest %d')", id, clippingID, clippingID)
		}
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// runEntities lists the entities with their mention and clipping counts.
func runEntities(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("entities")
	typ := fs.String("type", "", "only entities of this `type`: "+typeChoices()+" or your own")
	asJSON := fs.Bool("json", false, "print a JSON array")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	return withLibraryRead(ctx, env, func(l *library.Library) error {
		stats, err := l.Entities(ctx, annotate.EntityType(strings.ToLower(string(annotate.CanonicalType(*typ)))))
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(env.Stdout, stats)
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tTYPE\tMENTIONS\tCLIPPINGS")
		for _, s := range stats {
			name := s.Name
			if len(s.Aliases) > 0 {
				name += " (" + strings.Join(s.Aliases, ", ") + ")"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\n", s.ID, name, s.Type, s.Mentions, s.Clippings)
		}
		return tw.Flush()
	})
}
