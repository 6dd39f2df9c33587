package clip

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// FromContent makes an article of a body another tool already extracted:
// the HTML content of a read-it-later export (Wallabag, Omnivore). The HTML
// is taken as the article as it stands, with no readability pass, which
// would drop short articles and cost time on a whole library. pageURL, if
// not empty, is the article's address; links are resolved against it. The
// article has no title unless the caller sets one. ErrEmptyInput is returned
// when the content holds no text.
func FromContent(content []byte, pageURL string) (*Article, error) {
	if len(bytes.TrimSpace(content)) == 0 {
		return nil, fmt.Errorf("content: %w", ErrEmptyInput)
	}
	var base *url.URL
	if pageURL != "" {
		u, err := url.Parse(strings.TrimSpace(pageURL))
		if err != nil {
			return nil, fmt.Errorf("content: page URL %q: %w", truncate(pageURL, 60), ErrInvalidURL)
		}
		base = u
	}
	root, err := html.Parse(bytes.NewReader(content))
	if err != nil {
		return nil, fmt.Errorf("content: parse HTML: %w", err)
	}
	d := buildDocument(root, base)
	if strings.TrimSpace(d.Text()) == "" {
		return nil, fmt.Errorf("content: %w", ErrEmptyInput)
	}
	a := &Article{Document: d, Raw: string(content)}
	if base != nil {
		a.URL = base.String()
	}
	a.Excerpt = firstParagraph(d, 300)
	return a, nil
}
