package export

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"
)

// This file renders exported Markdown the way a vault would read it, to
// check what a person sees: goldmark with GFM and footnotes, raw HTML
// passed through, and ==marks== parsed with CommonMark's delimiter rules
// (as Obsidian does) by the small extension below.

var markKind = gast.NewNodeKind("Mark")

type markNode struct{ gast.BaseInline }

func (n *markNode) Kind() gast.NodeKind           { return markKind }
func (n *markNode) Dump(source []byte, level int) { gast.DumpHelper(n, source, level, nil, nil) }

type markDelimiter struct{}

func (markDelimiter) IsDelimiter(b byte) bool { return b == '=' }
func (markDelimiter) CanOpenCloser(o, c *parser.Delimiter) bool {
	return o.Char == c.Char
}
func (markDelimiter) OnMatch(consumes int) gast.Node { return &markNode{} }

type markParser struct{}

func (markParser) Trigger() []byte { return []byte{'='} }
func (markParser) Parse(parent gast.Node, block text.Reader, pc parser.Context) gast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	node := parser.ScanDelimiter(line, before, 2, markDelimiter{})
	if node == nil || node.OriginalLength != 2 || before == '=' {
		return nil
	}
	node.Segment = segment.WithStop(segment.Start + node.OriginalLength)
	block.Advance(node.OriginalLength)
	pc.PushDelimiter(node)
	return node
}
func (markParser) CloseBlock(parent gast.Node, pc parser.Context) {}

type markRenderer struct{}

func (markRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(markKind, func(w util.BufWriter, _ []byte, _ gast.Node, entering bool) (gast.WalkStatus, error) {
		if entering {
			w.WriteString("<mark>")
		} else {
			w.WriteString("</mark>")
		}
		return gast.WalkContinue, nil
	})
}

type markExtension struct{}

func (markExtension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(util.Prioritized(markParser{}, 500)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(markRenderer{}, 500)))
}

var vault = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.Footnote, markExtension{}),
	goldmark.WithRendererOptions(ghtml.WithUnsafe()),
)

// note is an exported Markdown file split into its parts.
type note struct {
	front map[string]any
	body  string
	html  string
	doc   *html.Node
}

// readNote splits off and parses the front matter and renders the body.
func readNote(t testing.TB, md string) note {
	t.Helper()
	if !strings.HasPrefix(md, "---\n") {
		t.Fatalf("no front matter:\n%s", md)
	}
	end := strings.Index(md[4:], "\n---\n")
	if end < 0 {
		t.Fatalf("front matter not closed:\n%s", md)
	}
	n := note{body: md[4+end+5:]}
	if err := yaml.Unmarshal([]byte(md[4:4+end+1]), &n.front); err != nil {
		t.Fatalf("front matter does not parse: %v\n%s", err, md)
	}
	var buf bytes.Buffer
	if err := vault.Convert([]byte(n.body), &buf); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	n.html = buf.String()
	doc, err := html.Parse(strings.NewReader(n.html))
	if err != nil {
		t.Fatalf("html: %v", err)
	}
	n.doc = doc
	return n
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// skipped reports whether an element is Markdown's apparatus rather than
// the article's text: footnote references and the footnotes list.
func skipped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	return n.Data == "sup" && strings.HasPrefix(attr(n, "id"), "fnref") ||
		n.Data == "div" && strings.Contains(attr(n, "class"), "footnotes")
}

// markedText is the rendered text of a note with, for each rune, whether it
// is inside a <mark>. Block elements are separated by newlines.
type markedText struct {
	runes  []rune
	marked []bool
}

func (m *markedText) walk(n *html.Node, inMark bool) {
	if skipped(n) {
		return
	}
	switch n.Type {
	case html.TextNode:
		for _, r := range n.Data {
			m.runes = append(m.runes, r)
			m.marked = append(m.marked, inMark)
		}
	case html.ElementNode:
		if n.Data == "mark" {
			inMark = true
		}
		switch n.Data {
		case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "br":
			m.runes = append(m.runes, '\n')
			m.marked = append(m.marked, false)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.walk(c, inMark)
	}
}

// collapse folds runs of white space to one space, as HTML shows them.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// isMarked reports whether some occurrence of want (white space collapsed)
// in the rendered text has every non-space rune inside a <mark>.
func (m *markedText) isMarked(want string) bool {
	// Collapse the rendered text the same way, keeping the flags.
	var rs []rune
	var fl []bool
	space := true
	for i, r := range m.runes {
		if unicode.IsSpace(r) {
			if !space {
				rs = append(rs, ' ')
				fl = append(fl, true)
			}
			space = true
			continue
		}
		space = false
		rs = append(rs, r)
		fl = append(fl, m.marked[i])
	}
	w := []rune(collapse(want))
	if len(w) == 0 {
		return true
	}
outer:
	for i := 0; i+len(w) <= len(rs); i++ {
		for j, r := range w {
			if rs[i+j] != r || !fl[i+j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// blockTexts returns the collapsed text of every block element of the
// rendered note (a list item without its nested lists).
func blockTexts(n *html.Node) map[string]bool {
	out := map[string]bool{}
	var text func(n *html.Node, sb *strings.Builder)
	text = func(n *html.Node, sb *strings.Builder) {
		if skipped(n) || n.Type == html.ElementNode && (n.Data == "ul" || n.Data == "ol") {
			return
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.Data == "br" {
			sb.WriteString("\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c, sb)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if skipped(n) {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre":
				var sb strings.Builder
				text(n, &sb)
				out[collapse(sb.String())] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// checkMarked fails unless every anchored highlight of it is marked in the
// rendered note, in each block it covers (preformatted blocks cannot be).
func checkMarked(t testing.TB, it *Item, n note) {
	t.Helper()
	var m markedText
	m.walk(n.doc, false)
	doc := it.Clipping.Document
	offs := doc.BlockOffsets()
	text := []rune(doc.Text())
	for _, h := range it.Highlights {
		if !anchored(h, len(text)) {
			continue
		}
		for i, b := range doc.Blocks {
			if offs[i] < 0 || b.Kind == "pre" {
				continue
			}
			rs := []rune(b.Text)
			from := max(h.Selector.Start-offs[i], 0)
			to := min(h.Selector.End-offs[i], len(rs))
			if from >= to {
				continue
			}
			piece := strings.ReplaceAll(string(rs[from:to]), "\x00", "\uFFFD")
			if !m.isMarked(piece) {
				t.Errorf("highlight %d is not marked in block %d: %q\nMarkdown:\n%s\nHTML:\n%s", h.ID, i, piece, n.body, n.html)
			}
		}
	}
}

// textOf returns the text of every element named tag, newline-separated.
func textOf(n *html.Node, tag string) string {
	var sb strings.Builder
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		if skipped(n) {
			return
		}
		if n.Type == html.ElementNode && n.Data == tag {
			in = true
			sb.WriteString("\n")
		}
		if in && n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(n, false)
	return sb.String()
}
