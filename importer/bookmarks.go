package importer

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseBookmarks reads a browser's bookmarks file (the Netscape bookmark
// file format every browser exports): each <A HREF> is an entry, its TAGS
// attribute (comma-separated, from Firefox) and the folder it sits in are
// its tags. Links that are not web pages (place:, javascript:, file:) are
// not articles and are passed over.
func parseBookmarks(data []byte) ([]Entry, error) {
	if !isNetscapeBookmarks("", data) && !bytes.Contains(bytes.ToUpper(data), []byte("<DT>")) {
		return nil, malformed(Bookmarks, "", errors.New("no NETSCAPE-Bookmark-file header and no <DT> entries"))
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, malformed(Bookmarks, "", err)
	}
	var out []Entry
	links := 0
	var bad error
	// The HTML parser nests the loose <DT>s of the format inside each other,
	// so the folder of a link is the nearest <H3> that precedes it in an
	// enclosing <DL>'s parent: found by walking with the folder names.
	var visit func(n *html.Node, folders []string)
	visit = func(n *html.Node, folders []string) {
		var folder string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if bad != nil {
				return
			}
			switch c.DataAtom {
			case atom.H3:
				folder = textOf(c)
				continue
			case atom.Dl:
				inner := folders
				if folder != "" {
					inner = append(append([]string(nil), folders...), folder)
				}
				visit(c, inner)
				continue
			case atom.A:
				links++
				href := strings.TrimSpace(attr(c, "href"))
				if checkWebURL(href) != nil {
					continue
				}
				var added time.Time
				if d := attr(c, "add_date"); d != "" {
					var err error
					if added, err = unixSeconds(d); err != nil {
						bad = malformed(Bookmarks, fmt.Sprintf("link %d", links), fmt.Errorf("ADD_DATE: %w", err))
						return
					}
				}
				tags := splitTags(attr(c, "tags"), ",")
				if len(folders) > 0 {
					tags = append(tags, folders[len(folders)-1])
				}
				out = append(out, Entry{URL: href, Title: textOf(c), Tags: tags, Added: added})
				continue
			}
			visit(c, folders)
		}
	}
	visit(doc, nil)
	if bad != nil {
		return nil, bad
	}
	if links == 0 {
		return nil, malformed(Bookmarks, "", errors.New("no bookmarks in it"))
	}
	return out, nil
}
