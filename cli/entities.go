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
		usage:   "accept ID MENTION...|--all [--entity NAME]",
		run:     func(ctx context.Context, env *Env, args []string) error { return runDecide(ctx, env, args, true) },
	}
	commands["reject"] = command{
		summary: "reject suggested mentions, so they are not suggested again",
		usage:   "reject ID MENTION...|--all [--entity NAME]",
		run:     func(ctx context.Context, env *Env, args []string) error { return runDecide(ctx, env, args, false) },
	}
	commands["entities"] = command{
		summary: "list the entities in the library with how often they are mentioned",
		usage:   "entities [--type TYPE] [--json]",
		run:     runEntities,
	}
}

// runTag tags the nth occurrence of a quote (or, with --all, every
// occurrence of the entity's name and aliases) as a confirmed mention of an
// entity: an existing one with that name or alias, or a new one. A quote
// other than the name becomes one of the entity's aliases when --all is
// given, so that it is found too.
func runTag(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("tag")
	quote := fs.String("quote", "", "the `text` that mentions the entity, exactly as in the clipping")
	typ := fs.String("type", "", "entity `type`: person, organization, place, event, work, other or your own")
	name := fs.String("name", "", "the entity's `name` if not the quote")
	all := fs.Bool("all", false, "tag every occurrence of the entity's name and aliases")
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
	entityName := strings.Join(strings.Fields(*name), " ")
	if entityName == "" {
		entityName = strings.Join(strings.Fields(*quote), " ")
	}
	entityType := annotate.EntityType(strings.ToLower(string(annotate.CanonicalType(*typ))))
	return withLibrary(ctx, env, func(l *library.Library) error {
		text, err := clippingText(ctx, l, id)
		if err != nil {
			return err
		}
		start, end, err := findQuote(text, *quote, *nth, id)
		if err != nil {
			return err
		}
		e, created, err := findOrCreateEntity(ctx, l, entityName, entityType)
		if err != nil {
			return err
		}
		if created {
			fmt.Fprintf(env.Stderr, "margin tag: new entity %d %q (%s)\n", e.ID, e.Name, e.Type)
		}
		if !*all {
			m, err := l.AddMention(ctx, annotate.Mention{ClippingID: id, EntityID: e.ID, Selector: annotate.Selector{Start: start, End: end}})
			if err != nil {
				return err
			}
			fmt.Fprintln(env.Stdout, m.ID)
			return nil
		}
		if !isNameOf(e, *quote) {
			if err := l.AddAliases(ctx, e.ID, *quote); err != nil {
				return err
			}
		}
		ms, err := l.TagAll(ctx, id, e.ID)
		if err != nil {
			return err
		}
		for _, m := range ms {
			fmt.Fprintln(env.Stdout, m.ID)
		}
		if len(ms) == 0 {
			fmt.Fprintf(env.Stderr, "margin tag: every mention of %q was tagged already\n", e.Name)
		}
		return nil
	})
}

// isNameOf reports whether s is the entity's name or one of its aliases,
// ignoring case and spacing.
func isNameOf(e annotate.Entity, s string) bool {
	key := strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if strings.ToLower(n) == key {
			return true
		}
	}
	return false
}

// findOrCreateEntity returns the entity of that type with that name (or,
// failing that, alias), creating it when there is none. Without a type it
// only finds: an entity of any type with that name or alias.
func findOrCreateEntity(ctx context.Context, l *library.Library, name string, typ annotate.EntityType) (annotate.Entity, bool, error) {
	if typ == "" {
		e, err := l.FindEntity(ctx, name)
		if errors.Is(err, library.ErrNotFound) {
			return e, false, usagef("there is no entity %q yet: give its --type to create it", name)
		}
		return e, false, err
	}
	stats, err := l.Entities(ctx, typ)
	if err != nil {
		return annotate.Entity{}, false, err
	}
	for _, aliases := range []bool{false, true} {
		for _, s := range stats {
			e := s.Entity
			if !aliases {
				e.Aliases = nil
			}
			if isNameOf(e, name) {
				return s.Entity, false, nil
			}
		}
	}
	e, err := l.CreateEntity(ctx, annotate.Entity{Name: name, Type: typ})
	return e, err == nil, err
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
		if _, err := clippingText(ctx, l, id); err != nil {
			return err
		}
		ms, err := l.Mentions(ctx, id)
		if err != nil {
			return err
		}
		var entityID int64
		if *entity != "" {
			e, err := l.FindEntity(ctx, *entity)
			if err != nil {
				if errors.Is(err, library.ErrNotFound) {
					return fmt.Errorf("there is no entity %q", *entity)
				}
				return err
			}
			entityID = e.ID
		}
		ids, err := pickMentions(ms, chosen, entityID, id)
		if err != nil {
			return err
		}
		if len(ids) > 0 {
			if err := l.SetMentionStatus(ctx, status, ids...); err != nil {
				return err
			}
		}
		fmt.Fprintf(env.Stdout, "%sed %d %s\n", verb, len(ids), plural(len(ids), "suggestion"))
		return nil
	})
}

// pickMentions returns the IDs of the chosen mentions, checking they belong
// to the clipping, or every pending suggestion (of entityID, when not 0).
func pickMentions(ms []annotate.Mention, chosen []int64, entityID, clippingID int64) ([]int64, error) {
	byID := map[int64]annotate.Mention{}
	for _, m := range ms {
		byID[m.ID] = m
	}
	if len(chosen) > 0 {
		for _, id := range chosen {
			if _, ok := byID[id]; !ok {
				return nil, fmt.Errorf("mention %d is not in clipping %d (see 'margin suggest %d')", id, clippingID, clippingID)
			}
		}
		return chosen, nil
	}
	var ids []int64
	for _, m := range ms {
		if m.Status == annotate.Suggested && (entityID == 0 || m.EntityID == entityID) {
			ids = append(ids, m.ID)
		}
	}
	return ids, nil
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
	typ := fs.String("type", "", "only entities of this `type`")
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
