package clip

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"

	"golang.org/x/net/html"
)

// Limits on what Margin clips. Past them a page is refused with a sentence
// saying why, instead of taking memory far beyond its size: every element
// of a page becomes a node of the parsed tree, then a block of the
// document, copied by each cleaning step, so a page of millions of tiny
// paragraphs took gigabytes. A long news article has a few thousand
// elements; the longest pages of the web corpus have under 50,000.
const (
	// MaxElements caps the elements of an HTML page.
	MaxElements = 200_000
	// MaxParagraphs caps the paragraphs (non-blank lines) of copied text.
	MaxParagraphs = 100_000
	// MaxDepth is how deeply the HTML parser nests elements.
	MaxDepth = 512
)

// LimitError is the error for a page past one of Margin's limits. It matches
// ErrTooLarge with errors.Is.
type LimitError struct {
	// What is counted: "bytes", "elements", "paragraphs", "nested elements".
	What  string
	Limit int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%v: more than %s %s", ErrTooLarge, thousands(e.Limit), e.What)
}

// Is makes a LimitError match ErrTooLarge.
func (e *LimitError) Is(target error) bool { return target == ErrTooLarge }

// thousands writes n with commas between groups of three digits.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// checkBinary refuses bytes that are plainly not HTML or text (a PDF, an
// image, an archive), whatever a server or a file name said they were; they
// would otherwise be decoded as some legacy encoding and clipped as
// gibberish.
func checkBinary(data []byte) error {
	mt := mediaTypeOf(http.DetectContentType(data))
	if strings.HasPrefix(mt, "text/") {
		return nil
	}
	return &TypeError{ContentType: mt}
}

// checkSize refuses a page larger than the default size cap, whichever way
// it arrived.
func checkSize(n int) error {
	if int64(n) > DefaultMaxBytes {
		return &LimitError{What: "bytes", Limit: DefaultMaxBytes}
	}
	return nil
}

// checkElements refuses an HTML page of more than MaxElements elements,
// counted by the tokenizer before the page is parsed into a tree.
func checkElements(page []byte) error {
	// Every element starts with '<': most pages are far below the limit
	// by this count alone.
	if bytes.Count(page, []byte("<")) <= MaxElements {
		return nil
	}
	z := html.NewTokenizer(bytes.NewReader(page))
	n := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			if n++; n > MaxElements {
				return &LimitError{What: "elements", Limit: MaxElements}
			}
		}
	}
}

// checkParagraphs refuses copied text of more than MaxParagraphs non-blank
// lines, counted before the text is split.
func checkParagraphs(text string) error {
	if strings.Count(text, "\n")+strings.Count(text, "\r") <= MaxParagraphs {
		return nil
	}
	n, blank := 0, true
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n' || c == '\r':
			blank = true
		case blank && c != ' ' && c != '\t':
			blank = false
			if n++; n > MaxParagraphs {
				return &LimitError{What: "paragraphs", Limit: MaxParagraphs}
			}
		}
	}
	return nil
}
