package export

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"margin/annotate"
	"margin/clip"
)

// htmlStyle is the snapshot's whole style sheet: a readable column, and
// pictures scaled to it.
const htmlStyle = `body{max-width:42em;margin:2em auto;padding:0 1em;font:18px/1.6 Georgia,serif;color:#222;background:#fff}
h1,h2,h3,h4,h5,h6{font-family:sans-serif;line-height:1.25}
figure{margin:1.5em 0}img{max-width:100%;height:auto;display:block}
figcaption,.meta{font:14px/1.4 sans-serif;color:#555}
blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em;color:#444}
pre{overflow-x:auto;background:#f5f5f5;padding:.5em}
.missing{border:1px dashed #999;padding:1em;font:14px sans-serif;color:#555}
@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#ddd}figcaption,.meta{color:#aaa}pre{background:#2a2a2a}}`

// HTML writes the items as one self-contained web page, for archiving:
// each article with its highlights marked and its kept pictures inlined as
// data: addresses, so the page needs no network and no other file. A
// picture the library does not hold is shown as a box with its caption and
// a link to where it was. Pictures come from the items' ImageData (see
// LoadImages).
func HTML(w io.Writer, items []*Item) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	title := "Margin export"
	if len(items) == 1 {
		title = orUntitled(items[0].Clipping.Title)
	}
	fmt.Fprintf(bw, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>%s</title>\n<style>%s\n%s</style>\n</head><body>\n",
		html.EscapeString(title), htmlStyle, markStyles())
	for _, it := range items {
		writeHTMLArticle(bw, it)
	}
	bw.WriteString("</body></html>\n")
	return bw.Flush()
}

// markStyles gives each highlight colour its class, from the colours the
// window paints.
func markStyles() string {
	var sb strings.Builder
	for _, c := range annotate.Colors {
		info, ok := annotate.DescribeColor(c)
		if !ok {
			continue
		}
		fmt.Fprintf(&sb, "mark.%s{background:rgba(%d,%d,%d,%.2f)}\n", markClass(c), info.Light.R, info.Light.G, info.Light.B, float64(info.Light.A)/255)
	}
	return sb.String()
}

func writeHTMLArticle(w *bufio.Writer, it *Item) {
	c := it.Clipping
	w.WriteString("<article>\n<h1>")
	w.WriteString(html.EscapeString(orUntitled(c.Title)))
	w.WriteString("</h1>\n<p class=\"meta\">")
	var meta []string
	for _, s := range []string{c.Byline, c.SiteName} {
		if s != "" {
			meta = append(meta, html.EscapeString(s))
		}
	}
	if !c.Published.IsZero() {
		meta = append(meta, c.Published.Format("2 January 2006"))
	}
	if c.URL != "" {
		meta = append(meta, fmt.Sprintf("<a href=\"%s\">%s</a>", html.EscapeString(c.URL), html.EscapeString(c.URL)))
	}
	w.WriteString(strings.Join(meta, " · "))
	w.WriteString("</p>\n")

	doc := c.Document
	offs := doc.BlockOffsets()
	highlights := it.sortedHighlights()
	listOpen := ""
	for i, b := range doc.Blocks {
		tag := ""
		if b.Kind == clip.BlockListItem {
			tag = "ul"
			if b.Ordered {
				tag = "ol"
			}
		}
		if listOpen != tag {
			if listOpen != "" {
				fmt.Fprintf(w, "</%s>\n", listOpen)
			}
			if tag != "" {
				fmt.Fprintf(w, "<%s>\n", tag)
			}
			listOpen = tag
		}
		switch b.Kind {
		case clip.BlockImage:
			writeHTMLImage(w, it, b)
			continue
		case clip.BlockHeading:
			tag = fmt.Sprintf("h%d", min(max(b.Level+1, 2), 6))
		case clip.BlockQuote:
			tag = "blockquote"
		case clip.BlockPre:
			tag = "pre"
		case clip.BlockListItem:
			tag = "li"
		case clip.BlockCaption:
			tag = "figcaption"
		default:
			tag = "p"
		}
		if !b.HasText() {
			continue
		}
		fmt.Fprintf(w, "<%s>", tag)
		writeHTMLInline(w, b, offs[i], highlights)
		fmt.Fprintf(w, "</%s>\n", tag)
	}
	if listOpen != "" {
		fmt.Fprintf(w, "</%s>\n", listOpen)
	}
	if c.Note != "" {
		w.WriteString("<h2>Note</h2>\n<p>")
		w.WriteString(strings.ReplaceAll(html.EscapeString(c.Note), "\n", "<br>"))
		w.WriteString("</p>\n")
	}
	w.WriteString("</article>\n")
}

// writeHTMLImage writes a picture inlined, or a box for a missing one.
func writeHTMLImage(w *bufio.Writer, it *Item, b clip.Block) {
	w.WriteString("<figure>")
	if im, data, ok := it.imageOf(b.Src); ok {
		fmt.Fprintf(w, "<img src=\"data:%s;base64,", html.EscapeString(im.MIME))
		enc := base64.NewEncoder(base64.StdEncoding, w)
		enc.Write(data)
		enc.Close()
		fmt.Fprintf(w, "\" width=\"%d\" height=\"%d\" alt=\"%s\">", im.Width, im.Height, html.EscapeString(b.Alt))
	} else {
		label := b.Alt
		if label == "" {
			label = "Picture"
		}
		fmt.Fprintf(w, "<div class=\"missing\">%s (not kept; <a href=\"%s\">it was here</a>)</div>", html.EscapeString(label), html.EscapeString(b.Src))
	}
	if b.Caption != "" {
		fmt.Fprintf(w, "<figcaption>%s</figcaption>", html.EscapeString(b.Caption))
	}
	w.WriteString("</figure>\n")
}

// htmlMark is an inline element over the runes [start, end) of a block.
type htmlMark struct {
	start, end int
	open       string
	close      string
}

// writeHTMLInline writes a block's text with its inline styles and the
// highlights over it. Elements are closed and reopened at every boundary,
// so overlapping styles and highlights always nest.
func writeHTMLInline(w *bufio.Writer, b clip.Block, off int, highlights []annotate.Highlight) {
	n := utf8.RuneCountInString(b.Text)
	var marks []htmlMark
	for _, s := range b.Spans {
		m := htmlMark{start: s.Start, end: s.End}
		switch s.Kind {
		case clip.SpanEmphasis:
			m.open, m.close = "<em>", "</em>"
		case clip.SpanStrong:
			m.open, m.close = "<strong>", "</strong>"
		case clip.SpanCode:
			m.open, m.close = "<code>", "</code>"
		case clip.SpanLink:
			m.open, m.close = fmt.Sprintf("<a href=\"%s\">", html.EscapeString(s.Href)), "</a>"
		default:
			continue
		}
		marks = append(marks, m)
	}
	for _, h := range highlights {
		if h.Orphaned || off < 0 {
			continue
		}
		s, e := max(h.Selector.Start-off, 0), min(h.Selector.End-off, n)
		if s >= e {
			continue
		}
		title := ""
		if h.Note != "" {
			title = fmt.Sprintf(" title=\"%s\"", html.EscapeString(h.Note))
		}
		marks = append(marks, htmlMark{start: s, end: e, open: fmt.Sprintf("<mark class=\"%s\"%s>", markClass(h.Color), title), close: "</mark>"})
	}
	bounds := []int{0, n}
	for _, m := range marks {
		bounds = append(bounds, max(m.start, 0), min(m.end, n))
	}
	sort.Ints(bounds)
	rs := []rune(b.Text)
	for k := 0; k+1 < len(bounds); k++ {
		from, to := bounds[k], bounds[k+1]
		if from >= to {
			continue
		}
		var active []htmlMark
		for _, m := range marks {
			if m.start <= from && m.end >= to {
				active = append(active, m)
			}
		}
		for _, m := range active {
			w.WriteString(m.open)
		}
		text := html.EscapeString(string(rs[from:to]))
		if b.Kind != clip.BlockPre {
			text = strings.ReplaceAll(text, "\n", "<br>")
		}
		w.WriteString(text)
		for j := len(active) - 1; j >= 0; j-- {
			w.WriteString(active[j].close)
		}
	}
}
