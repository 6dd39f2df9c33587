package clip

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// documentBase returns the address a page's relative links and pictures
// are resolved against, as a browser does: the href of its first <base>
// element, itself resolved against the page's address, or else the page's
// address. A <base> that is not http or https is ignored.
func documentBase(doc *html.Node, page *url.URL) *url.URL {
	href, ok := firstBaseHref(doc)
	if !ok {
		return page
	}
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return page
	}
	if page != nil {
		u = page.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return page
	}
	return u
}

// firstBaseHref finds the href of the first <base> element with one.
func firstBaseHref(n *html.Node) (string, bool) {
	if n.Type == html.ElementNode && n.DataAtom == atom.Base {
		if href := attr(n, "href"); href != "" {
			return href, true
		}
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		// <base> belongs in <head>; the parser moves a stray one there.
		return "", false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if href, ok := firstBaseHref(c); ok {
			return href, true
		}
	}
	return "", false
}
