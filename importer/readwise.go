package importer

import (
	"errors"
	"fmt"
	"strings"
)

// parseReadwise reads Readwise's CSV export (Highlight, Book Title, Book
// Author, Amazon Book ID, Note, Color, Tags, Location Type, Location,
// Highlighted at, Document tags), and the CSV of its bulk import (Highlight,
// Title, Author, URL, Note, Location, Date). Rows of the same title, author
// and URL are one entry; the highlights' tags and the document tags become
// the clipping's tags.
func parseReadwise(data []byte) ([]Entry, error) {
	rows, err := readCSV(data)
	if err != nil {
		return nil, malformed(Readwise, "", err)
	}
	if len(rows) == 0 {
		return nil, malformed(Readwise, "", errors.New("the file is empty"))
	}
	col := columns(rows[0])
	if _, ok := col["highlight"]; !ok {
		return nil, malformed(Readwise, "line 1", errors.New(`no "Highlight" column`))
	}
	first := func(r []string, names ...string) string {
		for _, n := range names {
			if v := strings.TrimSpace(field(r, col, n)); v != "" {
				return v
			}
		}
		return ""
	}
	type key struct{ title, author, url string }
	index := map[key]int{}
	var out []Entry
	for i, r := range rows[1:] {
		line := fmt.Sprintf("line %d", i+2)
		quote := strings.TrimSpace(field(r, col, "highlight"))
		k := key{first(r, "book title", "title"), first(r, "book author", "author"), first(r, "url", "source url")}
		if quote == "" {
			return nil, malformed(Readwise, line, errors.New("the highlight is empty"))
		}
		if k.title == "" && k.url == "" {
			return nil, malformed(Readwise, line, errors.New("the highlight has no title and no URL"))
		}
		if k.url != "" {
			if err := checkWebURL(k.url); err != nil {
				return nil, malformed(Readwise, line, err)
			}
		}
		created, err := parseTime(first(r, "highlighted at", "date"))
		if err != nil {
			return nil, malformed(Readwise, line, err)
		}
		j, ok := index[k]
		if !ok {
			j = len(out)
			index[k] = j
			out = append(out, Entry{URL: k.url, Title: k.title, Byline: k.author})
		}
		e := &out[j]
		if !created.IsZero() && (e.Added.IsZero() || created.Before(e.Added)) {
			e.Added = created
		}
		e.Highlights = append(e.Highlights, Highlight{
			Quote: quote, Start: -1, Note: strings.TrimSpace(field(r, col, "note")),
			Color: colorOf(field(r, col, "color")), Created: created,
		})
		for _, t := range append(splitTags(field(r, col, "tags"), ","), splitTags(field(r, col, "document tags"), ",")...) {
			if !containsFold(e.Tags, t) {
				e.Tags = append(e.Tags, t)
			}
		}
	}
	return out, nil
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
