package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"

	"margin/annotate"
)

// FrontMatter is the YAML header of a Markdown note, with the properties
// Obsidian documents (docs/export.md lists them): names shared with
// Obsidian Web Clipper's default template where they mean the same
// (source, author, published, created, description, tags), dates as YAML
// dates, and each entity type as a flat list property (people,
// organisations, places...). It is written by the YAML library, so titles
// with colons, quotes or "---" come back as they were.
//
// MarginID and MarginLibrary name the clipping the note was exported from
// and its library; WriteFolder finds the note by them (see vault.go).
type FrontMatter struct {
	Title       string   `yaml:"title"`
	Source      string   `yaml:"source,omitempty"`
	Author      []string `yaml:"author,omitempty"`
	Published   string   `yaml:"published,omitempty"` // YYYY-MM-DD
	Created     string   `yaml:"created,omitempty"`   // YYYY-MM-DD, when clipped
	Site        string   `yaml:"site,omitempty"`
	Description string   `yaml:"description,omitempty"`
	Tags        []string `yaml:"tags,omitempty"` // valid Obsidian tags (ObsidianTag)
	// Entities are the entity list properties in display order.
	Entities []EntityProperty `yaml:"-"`
	CiteKey  string           `yaml:"citekey,omitempty"`
	// Extraction is "uncertain" when no article was found on the page and
	// the note holds the page's best readable text
	// (clip.Article.Uncertain), and empty otherwise.
	Extraction    string `yaml:"extraction,omitempty"`
	Highlights    int    `yaml:"highlights"`
	MarginID      int64  `yaml:"margin_id"`
	MarginLibrary string `yaml:"margin_library,omitempty"`
}

// EntityProperty is a list property of the entities of one type a note
// mentions: "people", "organisations", "places"...
type EntityProperty struct {
	Name   string
	Values []string // names, or "[[Name]]" links with MarkdownOptions.EntityLinks
}

// ErrNoFrontMatter is returned by ReadFrontMatter for a file that does not
// start with a YAML header.
var ErrNoFrontMatter = errors.New("no front matter")

// ExtractionUncertain is the extraction property of a note made from a
// page where no article was found (see FrontMatter.Extraction).
const ExtractionUncertain = "uncertain"

// NewFrontMatter returns the front matter of an item's note.
func NewFrontMatter(it *Item, opts MarkdownOptions) FrontMatter {
	return newFrontMatter(it, it.text().Len(), opts)
}

// propertyNames are the list properties of the built-in entity types.
var propertyNames = map[annotate.EntityType]string{
	annotate.Person:       "people",
	annotate.Organization: "organisations",
	annotate.Place:        "places",
	annotate.Event:        "events",
	annotate.Work:         "works",
	annotate.Other:        "other",
}

// reservedProperties are names an entity type's property may not take.
var reservedProperties = map[string]bool{
	"title": true, "source": true, "author": true, "published": true, "created": true, "site": true,
	"description": true, "tags": true, "aliases": true, "cssclasses": true, "citekey": true,
	"highlights": true, "margin_id": true, "margin_library": true, "extraction": true,
}

// entityProperty names the list property of an entity type: the built-in
// ones as propertyNames says, a person's own type by its name in lower case
// with spaces as underscores ("transit line" -> transit_line).
func entityProperty(t annotate.EntityType) string {
	if n, ok := propertyNames[t]; ok {
		return n
	}
	if t == "" {
		return "other"
	}
	n := strings.ToLower(strings.Join(strings.Fields(string(t)), "_"))
	if reservedProperties[n] {
		n += "_entities"
	}
	return n
}

// newFrontMatter is NewFrontMatter for an item whose text is n runes long.
func newFrontMatter(it *Item, n int, opts MarkdownOptions) FrontMatter {
	c := it.Clipping
	fm := FrontMatter{
		Title:         c.Title,
		Source:        sourceURL(it),
		Published:     date(c.Published),
		Created:       date(c.Added),
		Site:          c.SiteName,
		Description:   strings.Join(strings.Fields(c.Excerpt), " "),
		Tags:          ObsidianTags(c.Tags),
		CiteKey:       it.CiteKey,
		Highlights:    len(it.Highlights),
		MarginID:      c.ID,
		MarginLibrary: it.Library,
	}
	if c.Uncertain {
		fm.Extraction = ExtractionUncertain
	}
	for _, nm := range parseByline(c.Byline) {
		fm.Author = append(fm.Author, natural(nm))
	}
	byName := map[string]int{}
	for _, g := range entityGroups(it, it.confirmedMentions(n)) {
		key := entityProperty(g.typ)
		i, ok := byName[key]
		if !ok {
			i = len(fm.Entities)
			byName[key] = i
			fm.Entities = append(fm.Entities, EntityProperty{Name: key})
		}
		for _, e := range g.entities {
			v := strings.Join(strings.Fields(e.Name), " ")
			if opts.EntityLinks && linkable(e.Name) {
				v = wikiLink(entityTarget(e.Name), v)
				if opts.Flavour == FlavourLogseq {
					v = "[[" + entityTarget(e.Name) + "]]"
				}
			}
			fm.Entities[i].Values = append(fm.Entities[i].Values, v)
		}
	}
	return fm
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// ObsidianTags makes each tag a valid Obsidian tag (ObsidianTag), dropping
// those left empty and repeats that differ only in case.
func ObsidianTags(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = ObsidianTag(t)
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	return out
}

// ObsidianTag makes a tag one Obsidian accepts: letters, digits, _ - and /
// (for nested tags), not only digits. Every run of other characters
// (spaces, &, punctuation) becomes one "-", dashes and slashes at the ends
// go, and a tag of only digits gets a leading "_": "programming languages"
// -> programming-languages, "S&P" -> S-P, "#2024" -> _2024.
func ObsidianTag(t string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.TrimLeft(t, "#") {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_' || r == '-' || r == '/' {
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteRune(r)
			continue
		}
		dash = true
	}
	s := strings.Trim(sb.String(), "-/")
	for strings.Contains(s, "//") {
		s = strings.ReplaceAll(s, "//", "/")
	}
	if s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		s = "_" + s
	}
	return s
}

// writeFrontMatter writes the item's front matter between --- lines.
func writeFrontMatter(w io.Writer, it *Item, n int, opts MarkdownOptions) error {
	var buf bytes.Buffer
	buf.WriteString("---\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(frontMatterNode(newFrontMatter(it, n, opts))); err != nil {
		return fmt.Errorf("front matter: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("front matter: %w", err)
	}
	buf.WriteString("---\n\n")
	_, err := w.Write(buf.Bytes())
	return err
}

// frontMatterNode builds the YAML tree of fm by hand rather than from the
// struct, because yaml.v3 encodes a string such as "\n" as a block scalar
// that reads back as "". Strings with line breaks are double-quoted, which
// keeps every value on one line. Dates are written as YAML dates, unquoted,
// as Obsidian's date properties are.
func frontMatterNode(fm FrontMatter) *yaml.Node {
	str := func(s string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
		if strings.ContainsAny(s, "\n\r") || strings.HasPrefix(s, "[[") {
			// "[[Name]]" is quoted as Obsidian writes a link property.
			n.Style = yaml.DoubleQuotedStyle
		}
		return n
	}
	list := func(ss []string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range ss {
			n.Content = append(n.Content, str(s))
		}
		return n
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) { m.Content = append(m.Content, str(key), v) }
	addStr := func(key, v string) {
		if v != "" {
			add(key, str(v))
		}
	}
	addDate := func(key, v string) {
		if v != "" {
			add(key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: v})
		}
	}
	add("title", str(fm.Title))
	addStr("source", fm.Source)
	if len(fm.Author) > 0 {
		add("author", list(fm.Author))
	}
	addDate("published", fm.Published)
	addDate("created", fm.Created)
	addStr("site", fm.Site)
	addStr("description", fm.Description)
	if len(fm.Tags) > 0 {
		add("tags", list(fm.Tags))
	}
	for _, p := range fm.Entities {
		add(p.Name, list(p.Values))
	}
	addStr("citekey", fm.CiteKey)
	addStr("extraction", fm.Extraction)
	add("highlights", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: itoa(fm.Highlights)})
	add("margin_id", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(fm.MarginID, 10)})
	addStr("margin_library", fm.MarginLibrary)
	return m
}

// writeLogseqProperties writes the front matter as the page properties of
// a Logseq note: "key:: value" lines, lists comma-separated, then a blank
// line. Logseq's parser reads only flat "key: value" lines between ---, so
// YAML lists would be lost there.
func writeLogseqProperties(w *bufio.Writer, fm FrontMatter) {
	prop := func(key string, values ...string) {
		var vs []string
		for _, v := range values {
			if v = strings.Join(strings.Fields(v), " "); v != "" {
				vs = append(vs, v)
			}
		}
		if len(vs) == 0 {
			return
		}
		w.WriteString(key)
		w.WriteString(":: ")
		w.WriteString(strings.Join(vs, ", "))
		w.WriteString("\n")
	}
	prop("title", fm.Title)
	prop("source", fm.Source)
	prop("author", fm.Author...)
	prop("published", fm.Published)
	prop("created", fm.Created)
	prop("site", fm.Site)
	prop("description", fm.Description)
	prop("tags", fm.Tags...)
	for _, p := range fm.Entities {
		prop(p.Name, p.Values...)
	}
	prop("citekey", fm.CiteKey)
	prop("extraction", fm.Extraction)
	prop("highlights", itoa(fm.Highlights))
	prop("margin_id", strconv.FormatInt(fm.MarginID, 10))
	prop("margin_library", fm.MarginLibrary)
	w.WriteString("\n")
}

// ReadFrontMatter reads the YAML header at the start of a Markdown note, or
// the page properties ("key:: value" lines) at the start of a Logseq note.
// It reads no further than the header's closing line.
func ReadFrontMatter(r io.Reader) (FrontMatter, error) {
	var fm FrontMatter
	br := bufio.NewReader(r)
	line, err := br.ReadString('\n')
	if isLogseqProperty(line) {
		return readLogseqProperties(line, br)
	}
	if err != nil || (line != "---\n" && line != "---\r\n") {
		return fm, ErrNoFrontMatter
	}
	var buf bytes.Buffer
	for {
		line, err := br.ReadString('\n')
		if line == "---\n" || line == "---\r\n" || (err == io.EOF && line == "---") {
			break
		}
		if err != nil {
			return fm, ErrNoFrontMatter
		}
		buf.WriteString(line)
		if buf.Len() > 1<<20 {
			return fm, ErrNoFrontMatter
		}
	}
	if err := yaml.Unmarshal(buf.Bytes(), &fm); err != nil {
		return fm, fmt.Errorf("front matter: %w", err)
	}
	return fm, nil
}

// isLogseqProperty reports whether line is a Logseq property, "key:: value".
func isLogseqProperty(line string) bool {
	key, _, ok := strings.Cut(line, ":: ")
	if !ok || key == "" {
		return false
	}
	for _, r := range key {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// readLogseqProperties reads the properties of a Logseq note from its
// first line on, as far as margin_id, margin_library and title.
func readLogseqProperties(line string, br *bufio.Reader) (FrontMatter, error) {
	var fm FrontMatter
	for n := 0; isLogseqProperty(line) && n < 1000; n++ {
		key, value, _ := strings.Cut(strings.TrimRight(line, "\r\n"), ":: ")
		switch key {
		case "title":
			fm.Title = value
		case "margin_id":
			fm.MarginID, _ = strconv.ParseInt(strings.TrimSpace(value), 10, 64)
		case "margin_library":
			fm.MarginLibrary = strings.TrimSpace(value)
		}
		var err error
		if line, err = br.ReadString('\n'); err != nil && line == "" {
			break
		}
	}
	return fm, nil
}
