package clip

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

var (
	// rxTicker matches a news ticker line: many headlines joined by bars.
	rxTicker = lazyCompile(`^[^|]{8,}(?:\s\|\s[^|]{8,}){3,}$`)
	// rxBylineStart matches how a byline line starts.
	rxBylineStart = lazyCompile(`(?i)^(?:by|written by|posted by|reported by)\s+\S|^[|@•]\s*\S`)
)

// ExtractText makes an article of text copied from a browser page: it finds
// the title and the byline and date line under it, keeps the body
// paragraphs, and drops what surrounds them (navigation, share buttons, news
// tickers, captions above the title, appeals after the article).
func ExtractText(text string) (*Article, error) {
	if err := checkSize(len(text)); err != nil {
		return nil, fmt.Errorf("extract text: %w", err)
	}
	if err := checkBinary([]byte(text[:min(len(text), 512)])); err != nil {
		return nil, fmt.Errorf("extract text: %w", err)
	}
	if err := checkParagraphs(text); err != nil {
		return nil, fmt.Errorf("extract text: %w", err)
	}
	text = strings.TrimPrefix(text, "\ufeff")
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = normalizeSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("extract text: %w", ErrEmptyInput)
	}

	a := &Article{Source: SourceText, Raw: text}
	start := 0
	if ti, bi := findTitle(lines); ti >= 0 {
		a.Title = lines[ti]
		start = ti + 1
		if bi > ti {
			a.Byline = cleanByline(lines[bi])
			a.Published = dateInByline(lines[bi])
			start = bi + 1
		}
	}
	var blocks []Block
	for _, l := range lines[start:] {
		if isChromeLine(l) {
			continue
		}
		blocks = append(blocks, Block{Kind: BlockParagraph, Text: l})
	}
	blocks = cleanBlocks(blocks, a)
	if len(blocks) == 0 {
		return nil, fmt.Errorf("extract text: %w", ErrNotArticle)
	}
	a.Document = Document{Version: DocumentVersion, Blocks: blocks}
	a.Excerpt = firstParagraph(a.Document, 300)
	return a, nil
}

// findTitle returns the index of the title line and of the byline line
// under it (-1 when there is none). The title is the line just above the
// first byline or date line that has a title-like line above it; without
// one, it is the first title-like line followed by a paragraph.
func findTitle(lines []string) (title, byline int) {
	for i := 1; i < len(lines) && i < 80; i++ {
		if isBylineLine(lines[i]) && isTitleLine(lines[i-1]) {
			return i - 1, i
		}
	}
	for i := 0; i+1 < len(lines) && i < 40; i++ {
		if isTitleLine(lines[i]) && isParagraphLine(lines[i+1]) {
			return i, -1
		}
	}
	return -1, -1
}

// isBylineLine reports whether a line names an author or a date and
// little else.
func isBylineLine(l string) bool {
	w := countWords(l)
	if w == 0 || w > 20 {
		return false
	}
	return rxBylineStart.MatchString(l) || !dateInByline(l).IsZero()
}

// isTitleLine reports whether a line reads as a headline: a few words, no
// final full stop, and not chrome.
func isTitleLine(l string) bool {
	w := countWords(l)
	if w < 3 || w > 30 || isChromeLine(l) {
		return false
	}
	if strings.HasSuffix(l, ".") && !strings.HasSuffix(l, "...") {
		return false
	}
	return !isDateText(l) && !rxCredit.MatchString(l)
}

// isParagraphLine reports whether a line reads as a body paragraph.
func isParagraphLine(l string) bool {
	return countWords(l) >= 12 && !isChromeLine(l)
}

// isChromeLine reports whether a copied line is page chrome: a ticker, a
// share or follow label, a lone date.
func isChromeLine(l string) bool {
	if rxTicker.MatchString(l) {
		return true
	}
	if m := matchRule(Block{Kind: BlockParagraph, Text: l}); m != nil && !m.endsArticle {
		return true
	}
	w := countWords(l)
	return w <= 8 && isDateText(l)
}
