package clip

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Extract finds the readable article in an HTML page (a whole document or a
// fragment) and returns it with its metadata. pageURL, if not empty, is the
// page's address: links and images are resolved against it. The HTML should
// be UTF-8; other encodings are detected from a byte order mark or a <meta>
// declaration when the bytes are not valid UTF-8. ErrNotArticle is returned
// when the page holds no readable text.
func Extract(page []byte, pageURL string) (*Article, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, fmt.Errorf("extract: %w", ErrEmptyInput)
	}
	if err := checkSize(len(page)); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	if err := checkBinary(page); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	if err := checkElements(page); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	if !utf8.Valid(page) || bytes.HasPrefix(page, []byte("\xfe\xff")) || bytes.HasPrefix(page, []byte("\xff\xfe")) {
		decoded, err := toUTF8(page, "")
		if err != nil {
			return nil, fmt.Errorf("extract: decode: %w", err)
		}
		page = decoded
	}
	var base *url.URL
	if pageURL != "" {
		u, err := url.Parse(strings.TrimSpace(pageURL))
		if err != nil {
			return nil, fmt.Errorf("extract: page URL %q: %w", truncate(pageURL, 60), ErrInvalidURL)
		}
		base = u
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		// The parser's only failure on bytes in memory is a page nested
		// deeper than it goes.
		return nil, fmt.Errorf("extract: %w (%v)", &LimitError{What: "nested elements", Limit: MaxDepth}, err)
	}
	return extractTree(doc, base)
}

// extractTree extracts the article from a parsed page. The tree is changed.
func extractTree(doc *html.Node, base *url.URL) (*Article, error) {
	meta := readMeta(doc)
	if base == nil {
		base = baseFromMeta(meta)
	}
	// The page is read as a whole before readability changes the tree.
	reading := readPage(doc)
	page := base
	base = documentBase(doc, page)
	parser := readability.NewParser()
	// Classes are kept so that the document builder can recognise tooltips.
	parser.KeepClasses = true
	ra, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		// Readability gave up (a page too large for it, say); the page's
		// own reading may still find its text.
		slog.Debug("readability failed", "err", err)
		ra = readability.Article{}
	}
	a := &Article{}
	if page != nil {
		a.URL = page.String()
	}
	// The site and title are the page's, not those of a <base> that
	// points at a CDN.
	metaBase := page
	if metaBase == nil {
		metaBase = base
	}
	fillMetadata(a, ra, meta, metaBase)
	d := buildDocument(ra.Node, base)
	d.Blocks = extendWithPage(d.Blocks, reading)
	if a.Title == "" {
		// A fragment has no <title>: its first heading is the title.
		for _, b := range d.Blocks {
			if b.HasText() {
				if b.Kind == BlockHeading {
					a.Title = b.Text
				}
				break
			}
		}
	}
	d.Blocks = cleanBlocks(dropLeadingTitle(d.Blocks, a.Title), a)
	if meta.ld.body != "" {
		d.Blocks = crossCheck(d.Blocks, meta.ld.body)
	}
	mainFound := strings.TrimSpace(d.Text()) != ""
	if !mainFound && meta.ld.body != "" {
		d.Blocks = ldBodyBlocks(meta.ld.body)
		mainFound = len(d.Blocks) > 0
	}
	d.Blocks = chooseBlocks(d.Blocks, mainFound, reading, a)
	a.Document = d
	if strings.TrimSpace(a.Document.Text()) == "" {
		return nil, fmt.Errorf("extract: %w", ErrNotArticle)
	}
	a.StripUserinfo()
	if a.Excerpt == "" {
		a.Excerpt = firstParagraph(a.Document, 300)
	}
	return a, nil
}

// chooseBlocks returns readability's cleaned blocks, or the page's own good
// blocks when those are the better article (see preferPage). When
// readability found nothing, the page's blocks are its best guess and the
// article is marked Uncertain.
func chooseBlocks(ours []Block, mainFound bool, page pageCandidate, a *Article) []Block {
	if !preferPage(ours, page) {
		return ours
	}
	a.Uncertain = !mainFound
	return cleanBlocks(dropLeadingTitle(page.blocks, a.Title), a)
}

// baseFromMeta returns the page's own idea of its address, for pages
// extracted without a URL.
func baseFromMeta(m pageMeta) *url.URL {
	for _, s := range []string{m.canonical, m.meta["og:url"]} {
		if u, err := checkURL(s); err == nil {
			return u
		}
	}
	return nil
}

// ldBodyBlocks turns the plain articleBody of JSON-LD into paragraphs, one
// per non-empty line.
func ldBodyBlocks(body string) []Block {
	var out []Block
	body = html.UnescapeString(html2text(body))
	for _, line := range strings.Split(body, "\n") {
		if t := normalizeSpace(line); t != "" {
			out = append(out, Block{Kind: BlockParagraph, Text: t})
		}
	}
	return out
}

// firstParagraph returns the text of the first paragraph, cut to at most n
// runes at a word boundary.
func firstParagraph(d Document, n int) string {
	for _, b := range d.Blocks {
		if b.Kind != BlockParagraph || utf8.RuneCountInString(b.Text) < 40 {
			continue
		}
		t := strings.ReplaceAll(b.Text, "\n", " ")
		if utf8.RuneCountInString(t) <= n {
			return t
		}
		r := []rune(t)[:n]
		if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
			return string(r)[:i] + "…"
		}
		return string(r) + "…"
	}
	return ""
}

// dropLeadingTitle removes a first heading that repeats the title, which
// readers show separately.
func dropLeadingTitle(blocks []Block, title string) []Block {
	for i, b := range blocks {
		if !b.HasText() {
			continue
		}
		if b.Kind == BlockHeading && title != "" && sameText(b.Text, title) {
			return append(blocks[:i:i], blocks[i+1:]...)
		}
		return blocks
	}
	return blocks
}

// sameText compares two strings ignoring case, punctuation and spacing.
func sameText(a, b string) bool {
	return foldText(a) == foldText(b)
}

// foldText keeps the lower-cased letters and digits of s.
func foldText(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
