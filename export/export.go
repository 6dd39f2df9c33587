// Package export turns clippings and what the person marked in them into
// files other tools read: Markdown notes for Obsidian or Logseq vaults, W3C
// Web Annotation JSON, CSL-JSON and BibTeX for citation managers, and CSV of
// entity mentions for spreadsheets.
//
// Every format is built from an Item, which holds a clipping with its
// highlights, mentions and entities, so the formatting code can be used and
// tested without a library. Load fills an Item from the library.
package export

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"unicode/utf8"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

// Item is one clipping with everything that is exported with it.
//
// Highlights and Mentions may be in any order; Entities maps the EntityID of
// every mention to its entity. Only confirmed, non-orphaned mentions are
// exported.
type Item struct {
	Clipping   *library.Clipping
	Highlights []annotate.Highlight
	Mentions   []annotate.Mention
	Entities   map[int64]annotate.Entity
	// CiteKey is the clipping's citation key, stored in the library; when
	// empty, exports derive one (citekey.go).
	CiteKey string
	// Library is the id of the library the clipping is from, which a note
	// names so that another library's export never takes it.
	Library string
	// Images are the clipping's kept pictures; ImageData their bytes by
	// hash (LoadImages), ImageLinks the relative address a note links each
	// by, by source address (WriteAttachments). See images.go.
	Images     []library.Image
	ImageData  map[string][]byte
	ImageLinks map[string]string
	// Changes are the highlights and mentions whose passage changed or
	// vanished in a later version of the article (library.Load).
	Changes []library.AnnotationChange
}

// Format names an export format.
type Format string

// The export formats.
const (
	FormatMarkdown Format = "md"     // one Markdown note per clipping
	FormatJSON     Format = "json"   // W3C Web Annotation collection
	FormatCSL      Format = "csl"    // CSL-JSON, for Zotero and other citation managers
	FormatBibTeX   Format = "bibtex" // BibTeX entries
	FormatCSV      Format = "csv"    // entity mentions, one a row
	// FormatCSVExcel is FormatCSV for Excel: a byte order mark and formulas
	// guarded, with a column saying where (see CSVExcel).
	FormatCSVExcel Format = "csv-excel"
	FormatHTML     Format = "html" // a self-contained page to archive, pictures inlined
)

// Formats lists the formats in the order a menu shows them.
var Formats = []Format{FormatMarkdown, FormatJSON, FormatCSL, FormatBibTeX, FormatCSV, FormatCSVExcel, FormatHTML}

// Errors the GUI and CLI recognise.
var (
	// ErrUnknownFormat is returned for a Format or option value this
	// package does not know.
	ErrUnknownFormat = errors.New("unknown export format or option")
	// ErrOneNote is returned when Markdown for several clippings is asked
	// for as one stream: Markdown is one note per clipping, written to a
	// folder with WriteFolder.
	ErrOneNote = errors.New("Markdown export writes one note per clipping; export several to a folder")
)

// Ext returns the file name extension for the format, with its dot.
func (f Format) Ext() string {
	switch f {
	case FormatMarkdown:
		return ".md"
	case FormatJSON:
		return ".jsonld"
	case FormatCSL:
		return ".csl.json"
	case FormatBibTeX:
		return ".bib"
	case FormatCSV, FormatCSVExcel:
		return ".csv"
	case FormatHTML:
		return ".html"
	}
	return ""
}

// Write writes items to w in format f. Markdown takes exactly one item (see
// ErrOneNote); opts apply to Markdown only.
func Write(w io.Writer, items []*Item, f Format, opts MarkdownOptions) error {
	switch f {
	case FormatMarkdown:
		if len(items) != 1 {
			return ErrOneNote
		}
		return Markdown(w, items[0], opts)
	case FormatJSON:
		return WebAnnotations(w, items)
	case FormatCSL:
		return CSL(w, items)
	case FormatBibTeX:
		return BibTeX(w, items)
	case FormatCSV:
		return CSV(w, items)
	case FormatCSVExcel:
		return CSVExcel(w, items)
	case FormatHTML:
		return HTML(w, items)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, f)
}

// text returns the clipping's canonical text, addressed by rune offsets.
func (it *Item) text() *runeText { return &runeText{doc: it.Clipping.Document, n: -1} }

// runeText is a document's canonical text addressed by rune offsets, as
// annotations address it, without converting it to runes: four bytes a
// character, 78 MB for a 19 MB page, held while the note is written. Its
// length is counted from the blocks; the text itself is made only when a
// part of it is asked for (a note without annotations never is), with the
// byte offset of every runeMark-th rune to walk from.
type runeText struct {
	doc   clip.Document
	n     int    // the text's length in runes, -1 until counted
	s     string // the text, once made
	marks []int  // marks[k] is the byte offset of rune k*runeMark, once made
}

// runeMark is how many runes apart runeText keeps a byte offset: a
// position costs at most that many steps, the offsets a 32nd of the text.
const runeMark = 256

// Len returns the text's length in runes.
func (t *runeText) Len() int {
	if t.n < 0 {
		t.n = 0
		first := true
		for _, b := range t.doc.Blocks {
			if !b.HasText() {
				continue
			}
			if !first {
				t.n += 2 // the blank line clip.Document.Text puts between blocks
			}
			first = false
			t.n += utf8.RuneCountInString(b.Text)
		}
	}
	return t.n
}

// make makes the text and its offsets, once.
func (t *runeText) make() {
	if t.marks != nil {
		return
	}
	t.s = t.doc.Text()
	t.marks = make([]int, 0, len(t.s)/runeMark+1)
	// Ranging over a string steps one byte over each invalid one, as
	// converting it to runes makes one rune of it.
	n := 0
	for off := range t.s {
		if n%runeMark == 0 {
			t.marks = append(t.marks, off)
		}
		n++
	}
	t.n = n
}

// offset returns the byte offset of rune r, or the text's length in bytes
// for r at or past its end.
func (t *runeText) offset(r int) int {
	t.make()
	if r >= t.n {
		return len(t.s)
	}
	off := t.marks[r/runeMark]
	for range r % runeMark {
		_, size := utf8.DecodeRuneInString(t.s[off:])
		off += size
	}
	return off
}

// Slice returns the runes [start, end) of the text, which the caller keeps
// within 0 and Len.
func (t *runeText) Slice(start, end int) string {
	i, j := t.offset(start), t.offset(end)
	return t.s[i:j]
}

// confirmedMentions returns the mentions that are exported: confirmed, not
// orphaned, with a known entity and a position inside the text, in text
// order.
func (it *Item) confirmedMentions(textLen int) []annotate.Mention {
	var out []annotate.Mention
	for _, m := range it.Mentions {
		if m.Status != annotate.Confirmed || m.Orphaned {
			continue
		}
		if _, ok := it.Entities[m.EntityID]; !ok {
			continue
		}
		if m.Selector.Start < 0 || m.Selector.End > textLen || m.Selector.Start >= m.Selector.End {
			continue
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Selector.Start != out[j].Selector.Start {
			return out[i].Selector.Start < out[j].Selector.Start
		}
		return out[i].Selector.End > out[j].Selector.End
	})
	return out
}

// sortedHighlights returns the highlights in article order: anchored ones by
// position, orphaned ones after them by creation.
func (it *Item) sortedHighlights() []annotate.Highlight {
	hs := append([]annotate.Highlight(nil), it.Highlights...)
	sort.SliceStable(hs, func(i, j int) bool {
		a, b := hs[i], hs[j]
		if a.Orphaned != b.Orphaned {
			return !a.Orphaned
		}
		if a.Selector.Start != b.Selector.Start {
			return a.Selector.Start < b.Selector.Start
		}
		if a.Selector.End != b.Selector.End {
			return a.Selector.End > b.Selector.End
		}
		return a.ID < b.ID
	})
	return hs
}

// anchored reports whether the highlight can be placed in a text of n runes.
func anchored(h annotate.Highlight, n int) bool {
	return !h.Orphaned && h.Selector.Start >= 0 && h.Selector.End <= n && h.Selector.Start < h.Selector.End
}

// sourceURL returns the address that identifies the clipping's source.
func sourceURL(it *Item) string {
	c := it.Clipping
	// A library of an older Margin may hold a password in an address;
	// it is never exported.
	if c.CanonicalURL != "" {
		return clip.WithoutUserinfo(c.CanonicalURL)
	}
	return clip.WithoutUserinfo(c.URL)
}
