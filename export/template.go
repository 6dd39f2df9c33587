package export

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"
)

// Templates: a person's own layout of a note
//
// A template is a Go text/template that writes a note's body from a
// NoteData (every field and function is documented in docs/templates.md).
// Margin still writes the note's properties itself, above the template's
// text, so a note made from a template is found and merged on re-export
// like any other. Three templates are shipped (ShippedTemplates): an
// Obsidian literature note, a Logseq page and a plain list of highlights.

//go:embed templates/*.md.tmpl
var shipped embed.FS

// ErrTemplate wraps a template that does not parse or fails to run.
var ErrTemplate = errors.New("the note template has an error")

// Template is a parsed note template.
type Template struct {
	Name string
	// Flavour is the flavour the template is written for, used when the
	// export does not choose one ("" for any).
	Flavour Flavour
	t       *template.Template
}

// ShippedTemplates names the templates Margin ships, in menu order, with
// the flavour each is for.
var ShippedTemplates = []struct {
	Name    string
	Flavour Flavour
}{
	{"obsidian-literature", FlavourObsidian},
	{"logseq-page", FlavourLogseq},
	{"highlights-list", ""},
}

// LoadTemplate returns the shipped template of that name, or else parses
// the file at path.
func LoadTemplate(nameOrPath string) (*Template, error) {
	for _, s := range ShippedTemplates {
		if s.Name == nameOrPath {
			b, err := shipped.ReadFile("templates/" + s.Name + ".md.tmpl")
			if err != nil {
				return nil, err
			}
			t, err := ParseTemplate(s.Name, string(b))
			if t != nil {
				t.Flavour = s.Flavour
			}
			return t, err
		}
	}
	b, err := os.ReadFile(nameOrPath)
	if err != nil {
		return nil, fmt.Errorf("read the note template: %w", err)
	}
	return ParseTemplate(filepath.Base(nameOrPath), string(b))
}

// ParseTemplate parses a note template's text.
func ParseTemplate(name, text string) (*Template, error) {
	t, err := template.New(name).Funcs(templateFuncs(false)).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTemplate, err)
	}
	return &Template{Name: name, t: t}, nil
}

// NoteData is what a template is executed on: one clipping, with what the
// person marked in it, ready to write. Text fields ending in Markdown are
// escaped for the note's flavour; the others are plain text, which the
// escape function makes safe.
type NoteData struct {
	ID          int64     // the clipping's id in the library
	Library     string    // the library's id
	Title       string    // plain text
	URL         string    // the canonical address, or the one clipped
	Site        string    // the site's name, or its host
	Byline      string    // as the article gives it
	Authors     []string  // the byline's names, "Jane Doe"
	Published   time.Time // zero when unknown
	Clipped     time.Time // when the clipping was added
	Language    string    // a language tag such as "en"
	Description string    // the article's summary, plain text
	Tags        []string  // the person's tags as written
	TagsValid   []string  // the tags made valid Obsidian tags
	CiteKey     string    // the clipping's citation key
	Flavour     string    // "obsidian" or "logseq"
	// CitationMarkdown cites the source in the export's citation style.
	CitationMarkdown string
	// NoteMarkdown is the person's note on the clipping.
	NoteMarkdown string
	// ArticleMarkdown is the whole article with the highlights marked
	// and their notes as footnotes or callouts, as the full layout writes
	// it.
	ArticleMarkdown string
	Highlights      []HighlightData // in article order
	Entities        []EntityGroup   // by type, in display order
}

// HighlightData is one highlight as a template sees it.
type HighlightData struct {
	ID int64
	// Markdown is the highlighted text with the article's styles, its
	// paragraphs separated by blank lines.
	Markdown string
	Exact    string // the highlighted text, plain
	// NoteMarkdown is the person's note on it ("" for none).
	NoteMarkdown string
	Color        string    // yellow, green, blue, pink, purple or the person's own
	Anchored     bool      // false when the text was not found in the article
	Created      time.Time // when it was made
}

// EntityGroup is the entities of one type a clipping mentions.
type EntityGroup struct {
	Type     string       // person, organization, place... or the person's own type
	Property string       // its list property: people, organisations, places...
	Title    string       // its heading: People, Organizations...
	Entities []EntityData // by name
}

// EntityData is one entity a clipping mentions.
type EntityData struct {
	Name     string // plain text
	Link     string // a link to its page in the note's flavour
	Mentions int    // confirmed mentions in this clipping
}

// templateFuncs are the functions templates may call (docs/templates.md).
func templateFuncs(logseq bool) template.FuncMap {
	return template.FuncMap{
		// link writes a link to the page of that name.
		"link": func(name string) string {
			if !linkable(name) {
				return renderInline(flatten([]rune(name)), nil, nil, inlineOptions{logseq: logseq})
			}
			return pageLink(entityTarget(name), strings.Join(strings.Fields(name), " "), logseq)
		},
		// escape makes plain text Markdown that reads as the text.
		"escape": func(s string) string {
			return plainParagraphs(s, "", inlineOptions{logseq: logseq})
		},
		// quote writes Markdown as a block quote.
		"quote": func(s string) string { return prefixLines(s, "> ", ">") },
		// indent starts every line after the first with prefix, as a
		// Logseq block's continuation lines need.
		"indent": func(prefix, s string) string {
			return strings.ReplaceAll(s, "\n", "\n"+prefix)
		},
		// oneline joins lines with spaces, hard line breaks too.
		"oneline": func(s string) string {
			return strings.Join(strings.Fields(hardBreaks.Replace(s)), " ")
		},
		// date formats a time with a Go layout, "" for the zero time.
		"date": func(layout string, t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.Format(layout)
		},
		"join":  func(sep string, ss []string) string { return strings.Join(ss, sep) },
		"lower": strings.ToLower,
	}
}

// hardBreaks are the hard line breaks the writer makes.
var hardBreaks = strings.NewReplacer("\\\n", " ", "<br>\n", " ")

// prefixLines prefixes each line of s, blank ones with blank.
func prefixLines(s, prefix, blank string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			lines[i] = blank
		} else {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// execute writes the note's body with the template.
func (t *Template) execute(w *bufio.Writer, m *markdownWriter) error {
	logseq := m.opts.Flavour == FlavourLogseq
	tt, err := t.t.Clone()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrTemplate, err)
	}
	tt.Funcs(templateFuncs(logseq))
	if err := tt.Execute(w, m.noteData()); err != nil {
		return fmt.Errorf("%w: %v", ErrTemplate, err)
	}
	return nil
}

// noteData gathers what a template sees.
func (m *markdownWriter) noteData() NoteData {
	c := m.it.Clipping
	d := NoteData{
		ID:          c.ID,
		Library:     m.it.Library,
		Title:       c.Title,
		URL:         sourceURL(m.it),
		Site:        siteOf(c),
		Byline:      c.Byline,
		Published:   c.Published,
		Clipped:     c.Added,
		Language:    c.Language,
		Description: strings.Join(strings.Fields(c.Excerpt), " "),
		Tags:        append([]string(nil), c.Tags...),
		TagsValid:   ObsidianTags(c.Tags),
		CiteKey:     m.it.CiteKey,
		Flavour:     string(m.opts.Flavour),
	}
	for _, n := range parseByline(c.Byline) {
		d.Authors = append(d.Authors, natural(n))
	}
	if m.opts.Citation != CitationNone {
		d.CitationMarkdown = citeMarkdown(c, m.opts.Citation, m.inl())
	}
	if strings.TrimSpace(c.Note) != "" {
		d.NoteMarkdown = plainParagraphs(c.Note, "", m.inl())
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	m.notes = nil
	m.writeArticle(bw)
	for i, n := range m.notes {
		fmt.Fprintf(bw, "[^%d]: ", i+1)
		bw.WriteString(plainParagraphs(n, "    ", m.inl()))
		bw.WriteString("\n\n")
	}
	bw.Flush()
	d.ArticleMarkdown = strings.TrimRight(buf.String(), "\n")
	for _, h := range m.it.sortedHighlights() {
		hd := HighlightData{
			ID:       h.ID,
			Markdown: strings.Join(m.quoteParts(h), "\n\n"),
			Exact:    h.Selector.Exact,
			Color:    string(h.Color),
			Anchored: anchored(h, m.textLen),
			Created:  h.Created,
		}
		if hd.Anchored {
			hd.Exact = m.text().Slice(h.Selector.Start, h.Selector.End)
		}
		if strings.TrimSpace(h.Note) != "" {
			hd.NoteMarkdown = plainParagraphs(h.Note, "", m.inl())
		}
		d.Highlights = append(d.Highlights, hd)
	}
	for _, g := range entityGroups(m.it, m.mentions) {
		eg := EntityGroup{Type: string(g.typ), Property: entityProperty(g.typ), Title: typeTitle(g.typ)}
		for _, e := range g.entities {
			link := renderInline(flatten([]rune(e.Name)), nil, nil, m.inl())
			if linkable(e.Name) {
				link = pageLink(m.targets[e.ID], strings.Join(strings.Fields(e.Name), " "), m.opts.Flavour == FlavourLogseq)
			}
			eg.Entities = append(eg.Entities, EntityData{Name: e.Name, Link: link, Mentions: g.counts[e.ID]})
		}
		d.Entities = append(d.Entities, eg)
	}
	return d
}
