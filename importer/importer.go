// Package importer brings a person's library from the tools they are
// leaving into Margin: Pocket's export (CSV, and the older HTML), Omnivore's
// export archive, Readwise's CSV, Wallabag's JSON, Hypothesis's annotations
// and a browser's bookmarks file. Each format is read by a real parser
// (encoding/csv, encoding/json, archive/zip, x/net/html); highlights are
// anchored to the clipped text by quote and context, tags and notes kept.
// A file is filed in one transaction: all of it or, on any error, nothing.
package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

// Kind names an export format.
type Kind string

// The formats Margin imports.
const (
	PocketCSV  Kind = "pocket-csv"
	PocketHTML Kind = "pocket-html"
	Omnivore   Kind = "omnivore"
	Readwise   Kind = "readwise"
	Wallabag   Kind = "wallabag"
	Hypothesis Kind = "hypothesis"
	Bookmarks  Kind = "bookmarks"
)

// Format describes one export format: its name for a person and where its
// layout is documented.
type Format struct {
	Kind       Kind
	Name       string
	Documented string
	parse      func(data []byte) ([]Entry, error)
}

// Formats lists the formats in the order the window offers them.
var Formats = []Format{
	{PocketCSV, "Pocket (CSV)", "Pocket's export help: a zip of CSV files, columns title, url, time_added, cursor, tags (separated by |), status", parsePocketCSV},
	{PocketHTML, "Pocket (HTML, before 2025)", "ril_export.html: <h1>Unread</h1> and <h1>Read Archive</h1>, each an <ul> of <a href time_added tags>", parsePocketHTML},
	{Omnivore, "Omnivore export (zip)", "docs.omnivore.app/using/exporting.html: metadata_N_to_M.json, content/SLUG.html, highlights/SLUG.md", parseOmnivore},
	{Readwise, "Readwise (CSV)", "Readwise's export to CSV: Highlight, Book Title, Book Author, Amazon Book ID, Note, Color, Tags, Location Type, Location, Highlighted at, Document tags", parseReadwise},
	{Wallabag, "Wallabag (JSON)", "wallabag's JSON export, read by its own wallabag v2 importer: entries with content and annotations in the AnnotatorJS format", parseWallabag},
	{Hypothesis, "Hypothesis (JSON)", "h.readthedocs.io API: annotations with uri, text, tags and target[].selector (TextQuoteSelector, TextPositionSelector)", parseHypothesis},
	{Bookmarks, "Browser bookmarks (HTML)", "the Netscape bookmark file format (learn.microsoft.com, 'Netscape Bookmark File Format'): <DT><A HREF ADD_DATE TAGS> inside <DL>, folders as <H3>", parseBookmarks},
}

// FormatOf returns the format of a kind.
func FormatOf(k Kind) (Format, bool) {
	for _, f := range Formats {
		if f.Kind == k {
			return f, true
		}
	}
	return Format{}, false
}

// Errors the window and the command line recognise.
var (
	// ErrMalformed is a file that is not a valid export of its kind.
	ErrMalformed = errors.New("the file is not a valid export")
	// ErrUnknownKind is a file whose kind could not be told.
	ErrUnknownKind = errors.New("the file is none of the exports Margin reads")
	// ErrTooLarge is a file over MaxFileBytes.
	ErrTooLarge = errors.New("the file is too large to import")
)

// MaxFileBytes bounds the size of a file to import (an archive's content
// counts unpacked), so that a wrong file cannot exhaust memory.
const MaxFileBytes = 2 << 30

// malformed is the error for a file that fails to parse as kind: where
// says where (a line, an entry), err what is wrong.
func malformed(k Kind, where string, err error) error {
	if where != "" {
		return fmt.Errorf("%w of %s: %s: %v", ErrMalformed, kindNames[k], where, err)
	}
	return fmt.Errorf("%w of %s: %v", ErrMalformed, kindNames[k], err)
}

// kindNames names the kinds in errors (Formats cannot be used there: its
// parsers return those errors).
var kindNames = map[Kind]string{
	PocketCSV: "Pocket (CSV)", PocketHTML: "Pocket (HTML)", Omnivore: "Omnivore", Readwise: "Readwise (CSV)",
	Wallabag: "Wallabag (JSON)", Hypothesis: "Hypothesis (JSON)", Bookmarks: "browser bookmarks",
}

// Entry is one article as an export gives it: a URL, perhaps the article's
// body, and what the person added.
type Entry struct {
	URL       string
	Title     string
	Byline    string
	Published time.Time
	// Added is when the person saved it in the other tool.
	Added time.Time
	// Content is the article's body as HTML, when the export holds it.
	Content    []byte
	Tags       []string
	Note       string
	Highlights []Highlight
}

// Highlight is a highlight as an export gives it: the quote, with the text
// around it when known, and the person's note.
type Highlight struct {
	Quote   string
	Prefix  string
	Suffix  string
	Start   int // where in the text the quote was, a hint (rune offset), or -1
	Note    string
	Color   annotate.Color
	Created time.Time
}

// Options says how to import.
type Options struct {
	// Kind is the file's format; empty means detect it.
	Kind Kind
	// Fetch queues the articles that came with no body (only a URL) to be
	// fetched; FetchQueued fetches them.
	Fetch bool
	// Progress, if set, is called as entries are prepared.
	Progress func(Progress)
}

// Progress is how far an import or a fetch has got.
type Progress struct {
	Phase string // "reading", "preparing", "filing", "fetching"
	Done  int
	Total int
}

// Result is what an import did.
type Result struct {
	Kind Kind `json:"kind"`
	library.ImportResult
	Entries int `json:"entries"` // entries in the file
}

// File imports the export at path into lib. See Data.
func File(ctx context.Context, lib *library.Library, path string, opts Options) (Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{}, fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return Result{}, fmt.Errorf("import %s: %w", filepath.Base(path), err)
	}
	if len(data) > MaxFileBytes {
		return Result{}, fmt.Errorf("import %s: %w (more than %d bytes)", filepath.Base(path), ErrTooLarge, MaxFileBytes)
	}
	return Data(ctx, lib, filepath.Base(path), data, opts)
}

// Data imports an export's bytes (name is the file's name, a hint for
// detection) into lib: it detects the format unless opts.Kind says it,
// parses the whole file, and files every entry in one transaction. A
// malformed file is refused with an error wrapping ErrMalformed that says
// where, and nothing is filed; so is a cancelled import.
func Data(ctx context.Context, lib *library.Library, name string, data []byte, opts Options) (Result, error) {
	report := func(p Progress) {
		if opts.Progress != nil {
			opts.Progress(p)
		}
	}
	kind := opts.Kind
	if kind == "" {
		var err error
		if kind, err = Detect(name, data); err != nil {
			return Result{}, err
		}
	}
	f, ok := FormatOf(kind)
	if !ok {
		return Result{}, fmt.Errorf("%w: unknown kind %q", ErrUnknownKind, kind)
	}
	report(Progress{Phase: "reading"})
	entries, err := f.parse(data)
	if err != nil {
		return Result{}, err
	}
	items, err := Prepare(ctx, entries, opts.Fetch, func(done int) {
		report(Progress{Phase: "preparing", Done: done, Total: len(entries)})
	})
	if err != nil {
		return Result{}, err
	}
	report(Progress{Phase: "filing", Done: 0, Total: len(items)})
	res, err := lib.AddImports(ctx, items, func(done int) {
		report(Progress{Phase: "filing", Done: done, Total: len(items)})
	})
	if err != nil {
		return Result{}, err
	}
	return Result{Kind: kind, ImportResult: res, Entries: len(entries)}, nil
}

// Prepare turns entries into what the library files: an entry with a body
// becomes the article of that body; an entry with only a URL becomes a
// stand-in article (its title, its address and its highlights' quotes),
// queued to be fetched when fetch is set. done, if set, is told how many are
// prepared.
func Prepare(ctx context.Context, entries []Entry, fetch bool, done func(int)) ([]library.Import, error) {
	items := make([]library.Import, 0, len(entries))
	for i, e := range entries {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if done != nil {
				done(i)
			}
		}
		it := library.Import{Tags: e.Tags, Note: e.Note, Added: e.Added}
		var a *clip.Article
		if len(e.Content) > 0 {
			var err error
			a, err = clip.FromContent(e.Content, e.URL)
			if err != nil && !errors.Is(err, clip.ErrEmptyInput) {
				return nil, fmt.Errorf("import: %s: %w", describe(e), err)
			}
			if a != nil {
				a.Source, a.SourceRef = clip.SourceHTML, e.URL
			}
		}
		if a == nil {
			a = standIn(e)
			it.Fetch = fetch && e.URL != ""
		}
		if e.Title != "" {
			a.Title = e.Title
		}
		a.Byline, a.Published = e.Byline, e.Published
		if a.SiteName == "" {
			a.SiteName = siteOf(e.URL)
		}
		it.Article = a
		for _, h := range e.Highlights {
			start := h.Start
			if start < 0 {
				start = 0
			}
			it.Highlights = append(it.Highlights, annotate.Highlight{
				Selector: annotate.Selector{Start: start, Exact: annotate.NormalizeQuote(h.Quote), Prefix: h.Prefix, Suffix: h.Suffix},
				Color:    h.Color, Note: h.Note, Created: h.Created,
			})
		}
		items = append(items, it)
	}
	if done != nil {
		done(len(entries))
	}
	return items, nil
}

// standIn is the article filed for an entry that came without its body: the
// address and the quotes of its highlights, so that the highlights anchor
// and are searchable until the page is fetched (re-extraction anchors them
// again in the real text).
func standIn(e Entry) *clip.Article {
	var blocks []clip.Block
	if e.URL != "" {
		blocks = append(blocks, clip.Block{Kind: clip.BlockParagraph, Text: e.URL,
			Spans: []clip.Span{{Kind: clip.SpanLink, Start: 0, End: len([]rune(e.URL)), Href: e.URL}}})
	} else if e.Title != "" {
		blocks = append(blocks, clip.Block{Kind: clip.BlockParagraph, Text: e.Title})
	}
	for _, h := range e.Highlights {
		for _, para := range strings.Split(annotate.NormalizeQuote(h.Quote), "\n\n") {
			if para != "" {
				blocks = append(blocks, clip.Block{Kind: clip.BlockQuote, Text: para})
			}
		}
	}
	title := e.Title
	if title == "" {
		title = e.URL
	}
	return &clip.Article{
		Title: title, URL: e.URL, Source: clip.SourceURL, SourceRef: e.URL,
		Document: clip.Document{Version: clip.DocumentVersion, Blocks: blocks},
	}
}

// describe names an entry in an error.
func describe(e Entry) string {
	if e.URL != "" {
		return e.URL
	}
	return fmt.Sprintf("%q", e.Title)
}

// siteOf is the host of a URL without "www.".
func siteOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// checkWebURL reports an error unless raw is an absolute http(s) URL.
func checkWebURL(raw string) error {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not a web address", truncate(raw, 80))
	}
	return nil
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// parseTime reads the dates exports write: RFC 3339, PHP's ISO 8601 with a
// zone like +0200, "2006-01-02 15:04:05" and Unix seconds.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05-0700", "2006-01-02 15:04:05-07:00", "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if t, err := unixSeconds(s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date", truncate(s, 40))
}

// unixSeconds reads a Unix time in seconds.
func unixSeconds(s string) (time.Time, error) {
	var n int64
	if _, err := fmt.Sscan(strings.TrimSpace(s), &n); err != nil || n < 0 {
		return time.Time{}, fmt.Errorf("%q is not a time", truncate(s, 40))
	}
	return time.Unix(n, 0).UTC(), nil
}

// colorOf maps another tool's highlight colour to Margin's palette.
func colorOf(s string) annotate.Color {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "green":
		return annotate.Green
	case "blue":
		return annotate.Blue
	case "pink", "red":
		return annotate.Pink
	case "purple":
		return annotate.Purple
	default:
		return annotate.Yellow
	}
}

// splitTags splits a list of tags on sep, trimming each.
func splitTags(s, sep string) []string {
	var out []string
	for _, t := range strings.Split(s, sep) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}
