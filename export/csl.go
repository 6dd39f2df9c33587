package export

import "io"

// cslItem is one item of CSL-JSON, the format of citeproc and Zotero.
type cslItem struct {
	ID             string    `json:"id"`
	CitationKey    string    `json:"citation-key"` // CSL 1.0.2's field for the key, which Zotero reads
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Author         []cslName `json:"author,omitempty"`
	Issued         *cslDate  `json:"issued,omitempty"`
	Accessed       *cslDate  `json:"accessed,omitempty"`
	URL            string    `json:"URL,omitempty"`
	Language       string    `json:"language,omitempty"`
	Abstract       string    `json:"abstract,omitempty"`
	Keyword        string    `json:"keyword,omitempty"`
	Note           string    `json:"note,omitempty"`
}

type cslName struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Suffix  string `json:"suffix,omitempty"`
	Literal string `json:"literal,omitempty"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// CSL writes the items as a CSL-JSON array, which Zotero and other
// citation managers import. Each is an article-newspaper with the site as
// its container, the byline split into names, the published date as
// issued and the clipping date as accessed; IDs are the citation keys that
// BibTeX uses too.
func CSL(w io.Writer, items []*Item) error {
	keys := citeKeys(items)
	out := make([]cslItem, 0, len(items))
	for i, it := range items {
		c := it.Clipping
		ci := cslItem{
			ID:             keys[i],
			CitationKey:    keys[i],
			Type:           "article-newspaper",
			Title:          c.Title,
			ContainerTitle: siteOf(c),
			URL:            citeURL(c),
			Language:       c.Language,
			Abstract:       c.Excerpt,
		}
		for _, n := range parseByline(c.Byline) {
			ci.Author = append(ci.Author, cslName{Family: n.Family, Given: n.Given, Suffix: n.Suffix, Literal: n.Literal})
		}
		if !c.Published.IsZero() {
			ci.Issued = &cslDate{[][]int{{c.Published.Year(), int(c.Published.Month()), c.Published.Day()}}}
		}
		if !c.Added.IsZero() {
			ci.Accessed = &cslDate{[][]int{{c.Added.Year(), int(c.Added.Month()), c.Added.Day()}}}
		}
		if len(c.Tags) > 0 {
			ci.Keyword = joinTags(c.Tags)
		}
		out = append(out, ci)
	}
	return writeJSON(w, out)
}

func joinTags(tags []string) string {
	s := ""
	for i, t := range tags {
		if i > 0 {
			s += ", "
		}
		s += t
	}
	return s
}
