package clip

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// buildDocument turns readable HTML into Margin's document model. Inline
// content becomes the text of the enclosing block, with whitespace collapsed
// to single spaces and trimmed; a <br> becomes a line break. Images found
// inside a block follow that block. URLs are made absolute against base.
func buildDocument(root *html.Node, base *url.URL) Document {
	b := docBuilder{base: base, figureImage: -1}
	if root != nil {
		b.visit(root, blockContext{kind: BlockParagraph})
		b.flush()
	}
	return Document{Version: DocumentVersion, Blocks: b.blocks}
}

// blockContext is what the enclosing elements make of the text inside.
type blockContext struct {
	kind    BlockKind
	level   int
	ordered bool
	pre     bool
	depth   int // list nesting depth, 0 outside lists
}

// openSpan is an inline style whose end is not yet known.
type openSpan struct {
	kind  SpanKind
	start int
	href  string
}

// docBuilder accumulates blocks and the inline text of the current block.
type docBuilder struct {
	base   *url.URL
	blocks []Block

	cur          strings.Builder
	curRunes     int
	curCtx       blockContext
	spans        []Span
	pendingSpace bool
	images       []Block
	// open holds the inline styles being written; a style that spans
	// several blocks is cut into one span per block.
	open []openSpan
	// figure is the depth of <figure> elements being written, and
	// figureImage the index of the last image block written in it.
	figureImage int
	inFigure    int
	// skipChrome leaves out the parts of a whole page that are never
	// the article, for reading a page without readability.
	skipChrome bool
}

// skipped lists elements whose content is never part of an article's text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: false, atom.Button: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Iframe: true, atom.Video: true, atom.Audio: true,
	atom.Canvas: true, atom.Object: true, atom.Embed: true, atom.Head: true, atom.Form: false,
	atom.Nav: false, atom.Source: true, atom.Track: true, atom.Map: true,
}

// blockLevel lists elements that start a new block.
var blockLevel = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tr: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Caption: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Fieldset: true, atom.Form: true, atom.Center: true, atom.Picture: false,
}

func (b *docBuilder) visit(n *html.Node, ctx blockContext) {
	switch n.Type {
	case html.TextNode:
		b.writeText(n.Data, ctx)
		return
	case html.DocumentNode:
		b.children(n, ctx)
		return
	case html.ElementNode:
	default:
		return
	}
	if skipped[n.DataAtom] || hiddenElement(n) || hoverElement(n) {
		return
	}
	if b.skipChrome && chromeElement(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		b.lineBreak(ctx)
		return
	case atom.Img:
		b.image(n)
		return
	case atom.Hr:
		b.flush()
		return
	case atom.A:
		b.inline(n, ctx, SpanLink, b.resolve(attr(n, "href")))
		return
	case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
		b.inline(n, ctx, SpanEmphasis, "")
		return
	case atom.Strong, atom.B:
		b.inline(n, ctx, SpanStrong, "")
		return
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		b.inline(n, ctx, SpanCode, "")
		return
	}
	if !blockLevel[n.DataAtom] && n.DataAtom != 0 {
		b.children(n, ctx)
		return
	}
	if n.DataAtom == 0 {
		// Unknown (custom) elements: treat as inline containers.
		b.children(n, ctx)
		return
	}

	inner := ctx
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		inner.kind = BlockHeading
		inner.level = int(n.Data[1] - '0')
	case atom.Blockquote:
		if ctx.kind != BlockPre {
			inner.kind = BlockQuote
		}
	case atom.Ul, atom.Ol:
		inner.ordered = n.DataAtom == atom.Ol
		inner.depth = ctx.depth + 1
	case atom.Li:
		inner.kind = BlockListItem
		inner.level = max(ctx.depth-1, 0)
	case atom.Dt, atom.Dd:
		if ctx.kind == BlockParagraph {
			inner.kind = BlockParagraph
		}
	case atom.Pre:
		inner.kind = BlockPre
		inner.pre = true
	case atom.Figcaption, atom.Caption:
		inner.kind = BlockCaption
	}
	b.flush()
	switch n.DataAtom {
	case atom.Tr:
		b.tableRow(n, inner)
	case atom.Figure:
		saved := b.figureImage
		b.figureImage = -1
		b.inFigure++
		b.children(n, inner)
		b.flush()
		b.inFigure--
		b.figureImage = saved
		return
	case atom.Figcaption:
		if b.figureImage >= 0 && b.figureImage < len(b.blocks) {
			b.caption(n, inner)
			return
		}
		b.children(n, inner)
	default:
		b.children(n, inner)
	}
	b.flush()
}

// caption attaches a figure's caption to the figure's image: a caption
// describes the picture and is shown with it, not read as article text.
func (b *docBuilder) caption(n *html.Node, ctx blockContext) {
	saved := b.blocks
	savedImage := b.figureImage
	b.blocks = nil
	b.figureImage = -1
	b.children(n, ctx)
	b.flush()
	var parts []string
	for _, blk := range b.blocks {
		if blk.HasText() {
			parts = append(parts, blk.Text)
		}
	}
	b.blocks = saved
	b.figureImage = savedImage
	if len(parts) == 0 {
		return
	}
	img := &b.blocks[b.figureImage]
	img.Caption = strings.TrimSpace(strings.Join(append([]string{img.Caption}, parts...), " "))
}

func (b *docBuilder) children(n *html.Node, ctx blockContext) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.visit(c, ctx)
	}
}

// tableRow writes a table row as one block, its cells separated by " | ".
func (b *docBuilder) tableRow(tr *html.Node, ctx blockContext) {
	first := true
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
			continue
		}
		if !first && b.curRunes > 0 {
			b.pendingSpace = false
			b.writeRaw(" | ", ctx)
		}
		first = false
		b.children(c, ctx)
	}
}

// inline visits the children of an inline element and records its span.
// An element that wraps blocks (a link around a teaser's heading and text)
// gives a span in each of them.
func (b *docBuilder) inline(n *html.Node, ctx blockContext, kind SpanKind, href string) {
	if (ctx.pre && kind != SpanLink) || (kind == SpanLink && href == "") {
		b.children(n, ctx)
		return
	}
	start := b.curRunes
	if b.pendingSpace && b.curRunes > 0 {
		start++
	}
	b.open = append(b.open, openSpan{kind: kind, start: start, href: href})
	depth := len(b.open)
	b.children(n, ctx)
	s := b.open[depth-1]
	b.open = b.open[:depth-1]
	if b.curRunes > s.start {
		b.spans = append(b.spans, Span{Kind: kind, Start: s.start, End: b.curRunes, Href: href})
	}
}

// writeText appends a text node to the current block.
func (b *docBuilder) writeText(s string, ctx blockContext) {
	// The text is kept as written, in whatever normal form the page used:
	// quotes are matched after normalising both sides (annotate.FindQuote).
	if b.cur.Len() == 0 {
		b.curCtx = ctx
	}
	if ctx.pre {
		for _, r := range s {
			if r == '\r' || ignorable(r) {
				continue
			}
			b.cur.WriteRune(r)
			b.curRunes++
		}
		return
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b.pendingSpace = true
		case ignorable(r):
		default:
			if b.pendingSpace && b.curRunes > 0 && !b.endsWithNewline() {
				b.cur.WriteByte(' ')
				b.curRunes++
			}
			b.pendingSpace = false
			b.cur.WriteRune(r)
			b.curRunes++
		}
	}
}

// writeRaw appends s as is.
func (b *docBuilder) writeRaw(s string, ctx blockContext) {
	if b.cur.Len() == 0 {
		b.curCtx = ctx
	}
	b.cur.WriteString(s)
	b.curRunes += utf8.RuneCountInString(s)
}

// endsWithNewline reports whether the current text ends with a line break.
func (b *docBuilder) endsWithNewline() bool {
	s := b.cur.String()
	return len(s) > 0 && s[len(s)-1] == '\n'
}

// lineBreak writes a <br>: a newline inside the block, never leading and
// never doubled.
func (b *docBuilder) lineBreak(ctx blockContext) {
	if ctx.pre {
		b.writeRaw("\n", ctx)
		return
	}
	if b.curRunes == 0 || b.endsWithNewline() {
		return
	}
	b.pendingSpace = false
	b.writeRaw("\n", ctx)
}

// image records an image, placed after the block being written.
func (b *docBuilder) image(n *html.Node) {
	src := imageSource(n)
	if src == "" {
		return
	}
	img := Block{Kind: BlockImage, Src: b.resolve(src), Alt: normalizeSpace(attr(n, "alt"))}
	if b.curRunes == 0 {
		b.blocks = append(b.blocks, img)
		if b.inFigure > 0 {
			b.figureImage = len(b.blocks) - 1
		}
		return
	}
	b.images = append(b.images, img)
}

// flush ends the current block, if it has text, and the images it held.
func (b *docBuilder) flush() {
	text := b.cur.String()
	ctx := b.curCtx
	b.cur.Reset()
	b.pendingSpace = false
	runes := b.curRunes
	b.curRunes = 0
	spans := b.spans
	b.spans = nil
	for i, o := range b.open {
		if runes > o.start {
			spans = append(spans, Span{Kind: o.kind, Start: o.start, End: runes, Href: o.href})
		}
		b.open[i].start = 0
	}
	// Trailing newlines from a final <br> are not part of the text; spans
	// past the end are clipped by fixSpans.
	if !ctx.pre {
		text = strings.TrimRight(text, "\n ")
	} else {
		text = trimPreText(text)
	}
	if text != "" {
		blk := Block{Kind: ctx.kind, Text: text}
		switch ctx.kind {
		case BlockHeading:
			blk.Level = ctx.level
		case BlockListItem:
			blk.Level = ctx.level
			blk.Ordered = ctx.ordered
		case "":
			blk.Kind = BlockParagraph
		}
		blk.Spans = fixSpans(spans, text)
		b.blocks = append(b.blocks, blk)
	}
	b.blocks = append(b.blocks, b.images...)
	if len(b.images) > 0 && b.inFigure > 0 {
		b.figureImage = len(b.blocks) - 1
	}
	b.images = nil
}

// trimPreText drops blank lines around preformatted text and trailing
// spaces on its lines, keeping its indentation.
func trimPreText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// fixSpans clips spans to the text, trims whitespace at their edges and
// drops empty ones, so that every span covers visible text.
func fixSpans(spans []Span, text string) []Span {
	if len(spans) == 0 {
		return nil
	}
	runes := []rune(text)
	n := len(runes)
	out := spans[:0]
	for _, s := range spans {
		s.Start = min(max(s.Start, 0), n)
		s.End = min(max(s.End, s.Start), n)
		for s.Start < s.End && unicode.IsSpace(runes[s.Start]) {
			s.Start++
		}
		for s.End > s.Start && unicode.IsSpace(runes[s.End-1]) {
			s.End--
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// resolve makes ref absolute against the builder's base URL; only http,
// https and mailto links are kept.
func (b *docBuilder) resolve(ref string) string {
	return resolveURL(b.base, ref)
}

// resolveURL makes ref absolute against base, returning "" for links that
// are not http, https or mailto (javascript: and the like).
func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return u.String()
	case "":
		if strings.HasPrefix(ref, "#") || strings.HasPrefix(ref, "/") {
			return ref
		}
		return u.String()
	}
	return ""
}

// hiddenElement reports whether an element is hidden from readers.
func hiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// hoverElement reports whether an element only shows when the pointer is
// over something (a tooltip, a profile card): its text is not part of the
// sentence it sits in.
func hoverElement(n *html.Node) bool {
	class := attr(n, "class")
	if class == "" {
		return false
	}
	class = strings.ToLower(class)
	for _, w := range []string{"tooltip", "popover", "rollover", "hovercard", "hover-card"} {
		if strings.Contains(class, w) {
			return true
		}
	}
	return false
}

// ignorable reports whether r is an invisible character that only marks
// where a line may break (zero-width spaces, soft hyphens, word joiners,
// byte order marks), or a control character. The zero-width joiner and
// non-joiner are kept: they change the text (Persian "می‌خواهم", the family
// emoji), and a quote copied from the page holds them.
func ignorable(r rune) bool {
	switch r {
	case '\u200b', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return r < 0x20 && r != '\n' && r != '\t'
}

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// normalizeSpace collapses runs of whitespace to one space, drops
// ignorable characters and trims.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if ignorable(r) && r != '\t' && r != '\n' {
			return -1
		}
		return r
	}, s)), " ")
}

// chromeElements are the elements of a page that are never its article.
var chromeElements = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Menu: true, atom.Dialog: true,
	// The parser keeps <noframes> as raw markup, not text.
	atom.Noframes: true,
}

// chromeNames are the words in an element's class or id that say it is
// page chrome: navigation, sidebars, comment sections, share rows.
var chromeNames = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "footer": true,
	"sidebar": true, "breadcrumb": true, "breadcrumbs": true, "cookie": true, "consent": true,
	"share": true, "sharing": true, "social": true, "related": true, "comment": true, "comments": true,
	"respond": true, "replies": true, "disqus": true, "widget": true, "newsletter": true,
}

// chromeElement reports whether an element is navigation, a footer or an
// aside, or is named as chrome by its class or id. The page's outer
// elements are never chrome, whatever their class ("has-sidebar",
// "menu-open").
func chromeElement(n *html.Node) bool {
	if chromeElements[n.DataAtom] {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Form:
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
			if chromeNames[w] {
				return true
			}
		}
	}
	return false
}
