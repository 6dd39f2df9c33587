package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"margin/export"
	"margin/library"
)

func init() {
	commands["export"] = command{
		summary: "export clippings as Markdown notes, Web Annotation JSON, CSL-JSON, BibTeX or CSV",
		usage: "export [ID...|--all|--tag T|--entity NAME] [--format md|json|csl|bibtex|csv|html]\n" +
			"       [--layout full|highlights] [--mark ==|html] [--notes footnotes|callouts]\n" +
			"       [--order article|color] [--cite apa|mla|chicago|none] [--links] [--no-entities]\n" +
			"       [--flavour obsidian|logseq] [--template NAME|FILE] [--excel]\n" +
			"       [--attachments FOLDER] [--no-images] [--out FILE|DIR|-]",
		run: runExport,
	}
}

// runExport exports the chosen clippings. Markdown is one note per
// clipping: a single clipping goes to standard output or a file, several go
// to a folder (--out DIR), updated in place when exported again. The other
// formats write all the clippings to one file or standard output.
func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("export")
	all := fs.Bool("all", false, "export every clipping")
	tag := fs.String("tag", "", "export the clippings with this `tag`")
	entity := fs.String("entity", "", "export the clippings that mention this entity (`name` or alias)")
	format := fs.String("format", string(export.FormatMarkdown), "`format`: md, json, csl, bibtex, csv or html (one page, pictures inlined)")
	d := export.DefaultMarkdownOptions()
	layout := fs.String("layout", string(d.Layout), "Markdown `layout`: full or highlights")
	mark := fs.String("mark", string(d.Mark), "how highlights are marked: == or html (<mark>)")
	notes := fs.String("notes", string(d.Notes), "notes on highlights as footnotes or callouts")
	order := fs.String("order", string(d.Order), "order of the highlights layout: article or color")
	cite := fs.String("cite", string(d.Citation), "citation `style`: apa, mla, chicago or none")
	links := fs.Bool("links", d.EntityLinks, "write entity mentions as [[Entity Name]] links")
	noEntities := fs.Bool("no-entities", !d.EntityAppendix, "leave out the appendix of entities")
	flavour := fs.String("flavour", "", "Markdown `flavour`: obsidian or logseq (default obsidian, or the template's)")
	tmpl := fs.String("template", "", "write Markdown notes with a `template`: obsidian-literature, logseq-page, highlights-list or a text/template file")
	excel := fs.Bool("excel", false, "with --format csv: for Excel, with a byte order mark and formulas guarded (a 'guarded' column names the cells)")
	out := fs.String("out", "-", "`path` to write: a file, a folder (for several Markdown notes) or - for standard output")
	attachments := fs.String("attachments", export.DefaultAttachments, "`folder` beside the notes that Markdown's pictures are written to")
	noImages := fs.Bool("no-images", false, "leave the pictures out: notes link to where they were, HTML shows a box")
	positional, err := parseFlags(fs, args)
	if err != nil {
		return err
	}

	f := export.Format(*format)
	if f.Ext() == "" || f == export.FormatCSVExcel {
		return usagef("unknown format %q (want md, json, csl, bibtex, csv or html)", *format)
	}
	if err := checkAttachments(*attachments); err != nil {
		return err
	}
	if *excel {
		if f != export.FormatCSV {
			return usagef("--excel goes with --format csv")
		}
		f = export.FormatCSVExcel
	}
	opts := export.MarkdownOptions{
		Layout:         export.Layout(*layout),
		Mark:           export.MarkStyle(*mark),
		Notes:          export.NoteStyle(*notes),
		Order:          export.Order(*order),
		Citation:       export.CitationStyle(*cite),
		EntityLinks:    *links,
		EntityAppendix: !*noEntities,
	}
	opts.Flavour = export.Flavour(*flavour)
	if *tmpl != "" {
		t, err := export.LoadTemplate(*tmpl)
		if err != nil {
			return usagef("%v", err)
		}
		opts.Template = t
	}
	if err := opts.Validate(); err != nil {
		return usagef("%v", err)
	}

	var ids []int64
	for _, p := range positional {
		id, err := strconv.ParseInt(p, 10, 64)
		if err != nil || id <= 0 {
			return usagef("%q is not a clipping ID", p)
		}
		ids = append(ids, id)
	}
	filtered := *all || *tag != "" || *entity != ""
	switch {
	case len(ids) > 0 && filtered:
		return usagef("give clipping IDs or --all/--tag/--entity, not both")
	case len(ids) == 0 && !filtered:
		return usagef("no clippings chosen: give IDs, --all, --tag or --entity")
	}

	l, err := library.OpenExisting(ctx, env.LibraryDir)
	if err != nil {
		return err
	}
	defer l.Close()
	if filtered {
		list, err := l.List(ctx, library.Filter{Tag: *tag, Entity: *entity})
		if err != nil {
			return err
		}
		for _, s := range list {
			ids = append(ids, s.ID)
		}
		if len(ids) == 0 {
			return fmt.Errorf("no clippings match")
		}
	}
	items, err := export.LoadAll(ctx, l, ids)
	if err != nil {
		return err
	}
	if !*noImages && (f == export.FormatMarkdown || f == export.FormatHTML) {
		if err := export.LoadImages(ctx, l, items); err != nil {
			return err
		}
		if f == export.FormatMarkdown {
			if err := writePictures(env, items, *out, *attachments); err != nil {
				return err
			}
		}
	}
	return writeExport(ctx, env, l, items, f, opts, *out)
}

// writeExport writes items to out as the format asks.
func writeExport(ctx context.Context, env *Env, l *library.Library, items []*export.Item, f export.Format, opts export.MarkdownOptions, out string) error {
	toStdout := out == "" || out == "-"
	if err := checkPath(out); !toStdout && err != nil {
		return err
	}
	isDir := false
	if !toStdout {
		if fi, err := os.Stat(out); err == nil && fi.IsDir() {
			isDir = true
		} else if strings.HasSuffix(out, string(filepath.Separator)) || strings.HasSuffix(out, "/") {
			isDir = true
		}
	}
	if f == export.FormatMarkdown && (isDir || len(items) > 1) {
		if toStdout {
			return usagef("%d clippings make %d notes: give --out DIR", len(items), len(items))
		}
		sum, err := export.WriteFolder(ctx, l, out, items, opts, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "exported %s to %s (%d new, %d updated)\n", countNoun(sum.Created+sum.Updated, "note"), out, sum.Created, sum.Updated)
		for _, c := range sum.Conflicts {
			fmt.Fprintln(env.Stdout, c.Message())
		}
		if m := sum.LeftAloneMessage(); m != "" {
			fmt.Fprintln(env.Stdout, m)
		}
		return nil
	}
	if toStdout {
		return export.Write(env.Stdout, items, f, opts)
	}
	path := out
	if isDir {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return err
		}
		path = filepath.Join(out, "margin-export"+f.Ext())
	}
	if err := export.WriteFileAtomic(path, func(w io.Writer) error {
		return export.Write(w, items, f, opts)
	}); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "exported %s to %s\n", countNoun(len(items), "clipping"), path)
	return nil
}

// countNoun says "1 note" or "3 notes".
func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// checkAttachments refuses an attachments folder outside the notes' folder.
func checkAttachments(folder string) error {
	if err := export.CheckAttachments(folder); err != nil {
		return usagef("--attachments: %v", err)
	}
	return nil
}

// writePictures writes the Markdown notes' pictures into the attachments
// folder beside them: in out when it is a folder, beside the note when it
// is a file. A note written to standard output links the pictures where
// they were, having no folder to carry them.
func writePictures(env *Env, items []*export.Item, out, attachments string) error {
	if out == "" || out == "-" {
		return nil
	}
	dir := out
	if fi, err := os.Stat(out); (err != nil || !fi.IsDir()) && len(items) == 1 &&
		!strings.HasSuffix(out, string(filepath.Separator)) && !strings.HasSuffix(out, "/") {
		dir = filepath.Dir(out)
	}
	n, err := export.WriteAttachments(dir, attachments, items)
	if err != nil {
		return err
	}
	if n > 0 {
		fmt.Fprintf(env.Stderr, "margin export: wrote %s to %s\n", countNoun(n, "picture"), filepath.Join(dir, attachments))
	}
	return nil
}
