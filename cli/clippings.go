package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"margin/annotate"
	"margin/library"
)

func init() {
	commands["ls"] = command{
		summary: "list the clippings in the library",
		usage:   "ls [--json] [--tag T] [--entity NAME] [--site S] [--sort added|published|title] [--limit N]",
		run:     runList,
	}
	commands["search"] = command{
		summary: "search the clippings' text, titles and notes",
		usage:   "search [--json] [--limit N] QUERY",
		run:     runSearch,
	}
	commands["show"] = command{
		summary: "print a clipping with its metadata, tags and note",
		usage:   "show [--json|--text] ID",
		run:     runShow,
	}
	commands["rm"] = command{
		summary: "delete clippings and their annotations",
		usage:   "rm ID...",
		run:     runRemove,
	}
}

// runList lists clippings, newest first unless --sort says otherwise.
func runList(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("ls")
	asJSON := fs.Bool("json", false, "print a JSON array")
	tag := fs.String("tag", "", "only clippings with this `tag`")
	entity := fs.String("entity", "", "only clippings mentioning this entity (`name` or alias)")
	site := fs.String("site", "", "only clippings from this `site`")
	sort := fs.String("sort", string(library.SortAdded), "order: added, published or title")
	limit := fs.Int("limit", 0, "list at most `N` clippings")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	s := library.Sort(*sort)
	if s != library.SortAdded && s != library.SortPublished && s != library.SortTitle {
		return usagef("unknown --sort %q (want added, published or title)", *sort)
	}
	if *limit < 0 {
		return usagef("--limit must not be negative")
	}
	f := library.Filter{Tag: *tag, Entity: *entity, Site: *site, Sort: s, Limit: *limit}
	return withLibraryRead(ctx, env, func(l *library.Library) error {
		list, err := l.List(ctx, f)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(env.Stdout, list)
		}
		printSummaries(env.Stdout, list, false)
		return nil
	})
}

// runSearch runs a full-text search and prints the matches with snippets.
func runSearch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("search")
	asJSON := fs.Bool("json", false, "print a JSON array")
	limit := fs.Int("limit", 0, "show at most `N` matches")
	allVersions := fs.Bool("all-versions", false, "search every version of each article, not only the latest")
	flags, words := splitQueryArgs(fs, args)
	pos, err := parseFlags(fs, flags)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(append(pos, words...), " "))
	if query == "" {
		return usagef("no query given")
	}
	if *limit < 0 {
		return usagef("--limit must not be negative")
	}
	return withLibraryRead(ctx, env, func(l *library.Library) error {
		f := library.Filter{Query: query, Limit: *limit, AllVersions: *allVersions}
		list, err := l.List(ctx, f)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(env.Stdout, list)
		}
		if len(list) == 0 {
			fmt.Fprintln(env.Stderr, "margin search: no matches")
			return nil
		}
		printSummaries(env.Stdout, list, true)
		if *limit > 0 && len(list) == *limit {
			return printShownOf(ctx, env, l, f, len(list))
		}
		return nil
	})
}

// searchCountCap is how far margin search counts the matches a --limit
// leaves out, as the window's list does.
const searchCountCap = 1000

// printShownOf says on stderr how many of a search's matches a --limit
// showed, when it left some out: "20 of 1,234 matches shown", or "of more
// than 1,000" past searchCountCap.
func printShownOf(ctx context.Context, env *Env, l *library.Library, f library.Filter, shown int) error {
	n, more, err := l.CountUpTo(ctx, f, searchCountCap)
	if err != nil || n <= shown && !more {
		return err
	}
	of := library.Thousands(n)
	if more {
		of = "more than " + of
	}
	fmt.Fprintf(env.Stderr, "margin search: %d of %s matches shown (--limit)\n", shown, of)
	return nil
}

// splitQueryArgs separates a search's flags from the words of its query, in
// which a word may start with a dash ("-ceasefire" leaves out clippings
// with the word): only the flags fs defines are flags, and "--" ends them.
func splitQueryArgs(fs *flag.FlagSet, args []string) (flags, words []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return flags, append(words, args[i+1:]...)
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fs.Lookup(name)
		if !strings.HasPrefix(a, "-") || a == "-" || (f == nil && name != "h" && name != "help") {
			words = append(words, a)
			continue
		}
		flags = append(flags, a)
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); f != nil && !hasValue && !(ok && b.IsBoolFlag()) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, words
}

// printSummaries prints one line per clipping: ID, date added, highlights,
// title and site; with snippets, the matching text indented below.
func printSummaries(w io.Writer, list []library.Summary, snippets bool) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, s := range list {
		title := s.Title
		if title == "" {
			title = "(untitled)"
		}
		if s.SiteName != "" {
			title += " — " + s.SiteName
		}
		hl := ""
		if s.HighlightCount > 0 {
			hl = fmt.Sprintf("%d✎", s.HighlightCount)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", s.ID, formatDate(s.Added), hl, title)
		if e := s.EditLine(); e != "" {
			fmt.Fprintf(tw, "\t\t\t%s\n", e)
		}
		if snippets && s.Snippet != "" {
			fmt.Fprintf(tw, "\t\t\t%s\n", strings.Join(strings.Fields(s.Snippet), " "))
		}
	}
	tw.Flush()
}

// clippingJSON is what `show --json` prints: the clipping with its text,
// highlights and mentions (with the entities' names).
type clippingJSON struct {
	*library.Clipping
	Text       string               `json:"text"`
	Highlights []annotate.Highlight `json:"highlights"`
	Mentions   []mentionJSON        `json:"mentions"`
	Entities   []annotate.Entity    `json:"entities"`
	Images     []library.Image      `json:"images,omitempty"`
	// Changes are the highlights and mentions whose passage a later
	// version of the article changed or removed.
	Changes []library.AnnotationChange `json:"changes,omitempty"`

	// mentionAt, when set, makes the mentions' elements one at a time as
	// writeClippingJSON writes them, in place of Mentions: of a long page
	// there are a hundred thousand.
	mentions  int
	mentionAt func(i int) any
}

// mentionJSON is a mention with its entity's name and type.
type mentionJSON struct {
	annotate.Mention
	Entity string              `json:"entity"`
	Type   annotate.EntityType `json:"type"`
}

// runShow prints one clipping.
func runShow(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("show")
	asJSON := fs.Bool("json", false, "print the clipping, its highlights and mentions as JSON")
	textOnly := fs.Bool("text", false, "print only the canonical text")
	id, err := parseClippingArgs(fs, args)
	if err != nil {
		return err
	}
	if *asJSON && *textOnly {
		return usagef("--json and --text do not go together")
	}
	return withLibraryRead(ctx, env, func(l *library.Library) error {
		if *asJSON {
			a, err := l.Load(ctx, id)
			if err != nil {
				return notFound(err, id)
			}
			return writeClippingJSON(env.Stdout, annotatedJSON(a))
		}
		c, err := l.Get(ctx, id)
		if err != nil {
			return notFound(err, id)
		}
		if *textOnly {
			fmt.Fprintln(env.Stdout, c.Text())
			return nil
		}
		printClipping(env.Stdout, c)
		return nil
	})
}

// annotatedJSON is what show --json prints of a clipping: its entities in
// the order the text first mentions them. The text and the mentions are
// left for writeClippingJSON to write from the document and the loaded
// mentions, one at a time.
func annotatedJSON(a *library.Annotated) clippingJSON {
	out := clippingJSON{Clipping: a.Clipping, Highlights: a.Highlights, Mentions: []mentionJSON{}, Entities: []annotate.Entity{}, Images: a.Images,
		Changes: a.Changes, mentions: len(a.Mentions)}
	out.mentionAt = func(i int) any {
		m := a.Mentions[i]
		e := a.Entities[m.EntityID]
		return mentionJSON{Mention: m, Entity: e.Name, Type: e.Type}
	}
	seen := map[int64]bool{}
	for _, m := range a.Mentions {
		e := a.Entities[m.EntityID]
		if !seen[e.ID] {
			seen[e.ID] = true
			out.Entities = append(out.Entities, e)
		}
	}
	return out
}

// entityNames returns a function that looks entities up by ID, once each.
func entityNames(ctx context.Context, l *library.Library) func(id int64) (annotate.Entity, error) {
	cache := map[int64]annotate.Entity{}
	return func(id int64) (annotate.Entity, error) {
		if e, ok := cache[id]; ok {
			return e, nil
		}
		e, err := l.Entity(ctx, id)
		if err != nil {
			return e, err
		}
		cache[id] = e
		return e, nil
	}
}

// printClipping writes the title, the metadata, the tags and note, then
// the text.
func printClipping(w io.Writer, c *library.Clipping) {
	title := c.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintln(w, title)
	fmt.Fprintln(w, strings.Repeat("=", max(3, min(len([]rune(title)), 72))))
	meta := []struct{ k, v string }{
		{"ID", fmt.Sprint(c.ID)},
		{"By", c.Byline},
		{"Site", c.SiteName},
		{"Published", formatDate(c.Published)},
		{"URL", c.URL},
		{"Added", c.Added.Format("2006-01-02 15:04")},
		{"Tags", strings.Join(c.Tags, ", ")},
	}
	for _, m := range meta {
		if m.v != "" {
			fmt.Fprintf(w, "%s: %s\n", m.k, m.v)
		}
	}
	if c.Uncertain {
		fmt.Fprintln(w, library.UncertainNote)
	}
	if c.Note != "" {
		fmt.Fprintln(w, "Note:")
		for _, line := range strings.Split(c.Note, "\n") {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.Text())
}

// runRemove deletes clippings.
func runRemove(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("rm")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("give the ID of the clipping to delete")
	}
	var ids []int64
	for _, p := range pos {
		id, err := parseID(p, "clipping")
		if err != nil {
			return err
		}
		ids = append(ids, id)
	}
	return withLibrary(ctx, env, func(l *library.Library) error {
		for _, id := range ids {
			if err := l.Delete(ctx, id); err != nil {
				return notFound(err, id)
			}
			fmt.Fprintf(env.Stdout, "deleted %d\n", id)
		}
		return nil
	})
}
