package clip

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Clip turns what a person gave (a URL, pasted HTML or copied text) into an
// article: it detects the input, fetches URLs, and extracts. The article's
// Source, SourceRef and Raw say where it came from.
func Clip(ctx context.Context, input string, opts Options) (*Article, error) {
	kind, norm, err := Detect(input)
	if err != nil {
		return nil, fmt.Errorf("clip: %w", err)
	}
	switch kind {
	case KindURL:
		page, err := Fetch(ctx, norm, opts)
		if err != nil {
			return nil, err
		}
		a, err := Extract(page.Body, page.URL)
		if err != nil {
			return nil, fmt.Errorf("clip %s: %w", page.URL, err)
		}
		a.Source, a.SourceRef, a.Raw = SourceURL, WithoutUserinfo(norm), string(page.Body)
		a.ETag, a.LastModified = page.ETag, page.LastModified
		return a, nil
	case KindHTML:
		a, err := Extract([]byte(norm), "")
		if err != nil {
			return nil, fmt.Errorf("clip: %w", err)
		}
		a.Source, a.Raw = SourceHTML, norm
		return a, nil
	default:
		a, err := ExtractText(norm)
		if err != nil {
			return nil, fmt.Errorf("clip: %w", err)
		}
		a.Source = SourceText
		return a, nil
	}
}

// ExtractAny extracts an article from the bytes of a file or a stream: HTML
// (in any encoding it declares) is extracted with Extract against pageURL,
// anything else is treated as copied text. Raw is set to the input as UTF-8.
func ExtractAny(data []byte, pageURL string) (*Article, error) {
	if len(strings.TrimSpace(string(data))) == 0 {
		return nil, ErrEmptyInput
	}
	utf := data
	if !utf8.Valid(utf) {
		decoded, err := toUTF8(data, "")
		if err != nil {
			return nil, fmt.Errorf("decode: %w", err)
		}
		utf = decoded
	}
	if looksLikeHTML(string(utf[:min(len(utf), 4096)])) {
		a, err := Extract(utf, pageURL)
		if err != nil {
			return nil, err
		}
		a.Source, a.Raw = SourceHTML, string(utf)
		return a, nil
	}
	a, err := ExtractText(string(utf))
	if err != nil {
		return nil, err
	}
	if pageURL != "" {
		a.URL = pageURL
	}
	return a, nil
}

// IsInputError reports whether err is the person's input being unusable
// (as opposed to a network or site failure).
func IsInputError(err error) bool {
	for _, s := range []error{ErrEmptyInput, ErrInvalidURL, ErrUnsupportedScheme, ErrNotText, ErrNoSuchFile, ErrFolder, ErrPageURLWithURL, ErrBadGzip} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}
