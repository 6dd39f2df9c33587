package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// FrontMatter is the YAML header of a Markdown note. It is written by the
// YAML library, so titles with colons, quotes or "---" come back as they
// were. MarginID names the clipping the note was exported from; WriteFolder
// uses it to update a note in place when the clipping is exported again.
type FrontMatter struct {
	Title      string              `yaml:"title"`
	Source     string              `yaml:"source,omitempty"`
	Author     string              `yaml:"author,omitempty"`
	Site       string              `yaml:"site,omitempty"`
	Published  string              `yaml:"published,omitempty"` // YYYY-MM-DD
	Clipped    string              `yaml:"clipped,omitempty"`   // YYYY-MM-DD
	Tags       []string            `yaml:"tags,omitempty"`
	Entities   map[string][]string `yaml:"entities,omitempty"` // entity type -> names
	Highlights int                 `yaml:"highlights"`
	MarginID   int64               `yaml:"margin_id"`
}

// ErrNoFrontMatter is returned by ReadFrontMatter for a file that does not
// start with a YAML header.
var ErrNoFrontMatter = errors.New("no front matter")

// NewFrontMatter returns the front matter of an item's note.
func NewFrontMatter(it *Item) FrontMatter {
	return newFrontMatter(it, len(it.runes()))
}

// newFrontMatter is NewFrontMatter for an item whose text is n runes long.
func newFrontMatter(it *Item, n int) FrontMatter {
	c := it.Clipping
	fm := FrontMatter{
		Title:      c.Title,
		Source:     sourceURL(it),
		Author:     c.Byline,
		Site:       c.SiteName,
		Published:  date(c.Published),
		Clipped:    date(c.Added),
		Tags:       append([]string(nil), c.Tags...),
		Highlights: len(it.Highlights),
		MarginID:   c.ID,
	}
	for _, g := range entityGroups(it, it.confirmedMentions(n)) {
		if fm.Entities == nil {
			fm.Entities = map[string][]string{}
		}
		names := make([]string, 0, len(g.entities))
		for _, e := range g.entities {
			names = append(names, e.Name)
		}
		key := string(g.typ)
		if key == "" {
			key = "other"
		}
		fm.Entities[key] = append(fm.Entities[key], names...)
	}
	for _, names := range fm.Entities {
		sort.Strings(names)
	}
	return fm
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// writeFrontMatter writes the item's front matter between --- lines.
func writeFrontMatter(w io.Writer, it *Item, n int) error {
	var buf bytes.Buffer
	buf.WriteString("---\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(frontMatterNode(newFrontMatter(it, n))); err != nil {
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
// keeps every value on one line.
func frontMatterNode(fm FrontMatter) *yaml.Node {
	str := func(s string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
		if strings.ContainsAny(s, "\n\r") {
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
	add("title", str(fm.Title))
	for _, f := range []struct{ key, value string }{
		{"source", fm.Source}, {"author", fm.Author}, {"site", fm.Site},
		{"published", fm.Published}, {"clipped", fm.Clipped},
	} {
		if f.value != "" {
			add(f.key, str(f.value))
		}
	}
	if len(fm.Tags) > 0 {
		add("tags", list(fm.Tags))
	}
	if len(fm.Entities) > 0 {
		types := make([]string, 0, len(fm.Entities))
		for t := range fm.Entities {
			types = append(types, t)
		}
		sort.Strings(types)
		e := &yaml.Node{Kind: yaml.MappingNode}
		for _, t := range types {
			e.Content = append(e.Content, str(t), list(fm.Entities[t]))
		}
		add("entities", e)
	}
	add("highlights", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: itoa(fm.Highlights)})
	add("margin_id", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(fm.MarginID, 10)})
	return m
}

// ReadFrontMatter reads the YAML header at the start of a Markdown note.
// It reads no further than the header's closing line.
func ReadFrontMatter(r io.Reader) (FrontMatter, error) {
	var fm FrontMatter
	br := bufio.NewReader(r)
	line, err := br.ReadString('\n')
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
