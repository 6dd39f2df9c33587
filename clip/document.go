package clip

import (
	"strings"
	"unicode/utf8"
)

// DocumentVersion is the version of the document model that this package
// writes. Annotations are rune offsets into a document's canonical text, so
// any change to how that text is derived must bump this number.
const DocumentVersion = 1

// BlockKind names the kind of a block in a Document.
type BlockKind string

// The kinds of block a Document holds.
const (
	BlockHeading   BlockKind = "heading"
	BlockParagraph BlockKind = "paragraph"
	BlockQuote     BlockKind = "quote"
	BlockListItem  BlockKind = "list_item"
	BlockPre       BlockKind = "pre"
	BlockCaption   BlockKind = "caption"
	BlockImage     BlockKind = "image"
)

// SpanKind names an inline style over part of a block's text.
type SpanKind string

// The kinds of inline span a Block carries.
const (
	SpanEmphasis SpanKind = "em"
	SpanStrong   SpanKind = "strong"
	SpanCode     SpanKind = "code"
	SpanLink     SpanKind = "link"
)

// Span is an inline style over the runes [Start, End) of its block's Text.
type Span struct {
	Kind  SpanKind `json:"kind"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Href  string   `json:"href,omitempty"`
}

// Block is one unit of an article's body, in reading order.
//
// Level is the heading level (1 to 6) for headings and the nesting depth
// (0 for a top-level item) for list items. An image block has Src and Alt and
// no Text; it takes no part in the canonical text. A figure's caption is
// the Caption of its image; BlockCaption is left for captions that belong to
// no image (a table's caption).
type Block struct {
	Kind    BlockKind `json:"kind"`
	Level   int       `json:"level,omitempty"`
	Ordered bool      `json:"ordered,omitempty"`
	Text    string    `json:"text,omitempty"`
	Spans   []Span    `json:"spans,omitempty"`
	Src     string    `json:"src,omitempty"`
	Alt     string    `json:"alt,omitempty"`
	// Caption is an image's figure caption. Like Alt it is shown with the
	// image and takes no part in the canonical text.
	Caption string `json:"caption,omitempty"`
}

// Document is Margin's model of an article body: the single source for the
// reader, annotations and export.
type Document struct {
	Version int     `json:"version"`
	Blocks  []Block `json:"blocks"`
}

// blockSeparator joins the text of consecutive blocks in the canonical text.
const blockSeparator = "\n\n"

// HasText reports whether the block contributes to the canonical text.
func (b Block) HasText() bool { return b.Text != "" }

// Text returns the canonical plain text of the document: the text of every
// block that has text, joined by blank lines. Annotation offsets are rune
// offsets into this string.
func (d Document) Text() string {
	// Sized first: a builder grown by doubling makes about twice the
	// text in copies, 40 MB more for a long page.
	n := 0
	for _, b := range d.Blocks {
		if b.HasText() {
			n += len(blockSeparator) + len(b.Text)
		}
	}
	var sb strings.Builder
	sb.Grow(n)
	first := true
	for _, b := range d.Blocks {
		if !b.HasText() {
			continue
		}
		if !first {
			sb.WriteString(blockSeparator)
		}
		first = false
		sb.WriteString(b.Text)
	}
	return sb.String()
}

// BlockOffsets returns, for each block, the rune offset in Text() at which the
// block's text starts, or -1 for a block with no text.
func (d Document) BlockOffsets() []int {
	offs := make([]int, len(d.Blocks))
	pos := 0
	first := true
	for i, b := range d.Blocks {
		if !b.HasText() {
			offs[i] = -1
			continue
		}
		if !first {
			pos += utf8.RuneCountInString(blockSeparator)
		}
		first = false
		offs[i] = pos
		pos += utf8.RuneCountInString(b.Text)
	}
	return offs
}
