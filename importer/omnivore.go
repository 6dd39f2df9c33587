package importer

import (
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
)

// omnivoreItem is an entry of an Omnivore export's metadata_N_to_M.json.
type omnivoreItem struct {
	ID          string          `json:"id"`
	Slug        string          `json:"slug"`
	Title       string          `json:"title"`
	Author      string          `json:"author"`
	URL         string          `json:"url"`
	Labels      []omnivoreLabel `json:"labels"`
	PublishedAt string          `json:"publishedAt"`
	SavedAt     string          `json:"savedAt"`
	// Highlights are in highlights/SLUG.md; some exports also list them here.
	Highlights []struct {
		Quote      string `json:"quote"`
		Annotation string `json:"annotation"`
		Prefix     string `json:"prefix"`
		Suffix     string `json:"suffix"`
		Color      string `json:"color"`
		CreatedAt  string `json:"createdAt"`
	} `json:"highlights"`
}

// omnivoreLabel is a label: a string, or an object with a name.
type omnivoreLabel string

func (l *omnivoreLabel) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*l = omnivoreLabel(s)
		return nil
	}
	var o struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return errors.New("a label is neither a string nor an object with a name")
	}
	*l = omnivoreLabel(o.Name)
	return nil
}

// parseOmnivore reads Omnivore's export archive: the items of every
// metadata_N_to_M.json, with the article in content/SLUG.html and the
// highlights in highlights/SLUG.md. A metadata JSON file alone is read too
// (its items then have only their URLs).
func parseOmnivore(data []byte) ([]Entry, error) {
	files := map[string][]byte{}
	if isZip(data) {
		var err error
		if files, err = readZip(data, Omnivore); err != nil {
			return nil, err
		}
	} else {
		files["metadata_0_to_0.json"] = data
	}
	// The archive may hold everything inside one folder.
	byBase := map[string][]byte{}
	var metas []string
	for name, b := range files {
		rel := name
		if i := strings.Index(name, "content/"); i >= 0 {
			rel = name[i:]
		} else if i := strings.Index(name, "highlights/"); i >= 0 {
			rel = name[i:]
		} else {
			rel = path.Base(name)
		}
		byBase[rel] = b
		if omnivoreMetadata.MatchString(rel) {
			metas = append(metas, rel)
		}
	}
	if len(metas) == 0 {
		return nil, malformed(Omnivore, "", errors.New("no metadata_N_to_M.json in the archive"))
	}
	sort.Slice(metas, func(i, j int) bool { return metaStart(metas[i]) < metaStart(metas[j]) })
	var out []Entry
	for _, m := range metas {
		var items []omnivoreItem
		if err := json.Unmarshal(byBase[m], &items); err != nil {
			return nil, malformed(Omnivore, m, jsonError(byBase[m], err))
		}
		for i, it := range items {
			where := fmt.Sprintf("%s, item %d", m, i+1)
			if err := checkWebURL(it.URL); err != nil {
				return nil, malformed(Omnivore, where, err)
			}
			e := Entry{URL: strings.TrimSpace(it.URL), Title: strings.TrimSpace(it.Title), Byline: strings.TrimSpace(it.Author)}
			var err error
			if e.Published, err = parseTime(it.PublishedAt); err != nil {
				return nil, malformed(Omnivore, where, fmt.Errorf("publishedAt: %w", err))
			}
			if e.Added, err = parseTime(it.SavedAt); err != nil {
				return nil, malformed(Omnivore, where, fmt.Errorf("savedAt: %w", err))
			}
			for _, l := range it.Labels {
				e.Tags = append(e.Tags, string(l))
			}
			if it.Slug != "" {
				e.Content = byBase["content/"+it.Slug+".html"]
				if md, ok := byBase["highlights/"+it.Slug+".md"]; ok {
					hs, labels := omnivoreHighlights(string(md))
					e.Highlights = append(e.Highlights, hs...)
					for _, l := range labels {
						if !containsFold(e.Tags, l) {
							e.Tags = append(e.Tags, l)
						}
					}
				}
			}
			for _, h := range it.Highlights {
				created, err := parseTime(h.CreatedAt)
				if err != nil {
					return nil, malformed(Omnivore, where, err)
				}
				if !hasQuote(e.Highlights, h.Quote) {
					e.Highlights = append(e.Highlights, Highlight{Quote: h.Quote, Prefix: h.Prefix, Suffix: h.Suffix,
						Start: -1, Note: h.Annotation, Color: colorOf(h.Color), Created: created})
				}
			}
			out = append(out, e)
		}
	}
	return out, nil
}

var metaRange = regexp.MustCompile(`metadata_(\d+)_to`)

func metaStart(name string) int {
	n := 0
	if m := metaRange.FindStringSubmatch(name); m != nil {
		fmt.Sscan(m[1], &n)
	}
	return n
}

func hasQuote(hs []Highlight, q string) bool {
	for _, h := range hs {
		if h.Quote == strings.TrimSpace(q) {
			return true
		}
	}
	return false
}

// omnivoreLink is the link back to Omnivore some exports put after a quote.
var omnivoreLink = regexp.MustCompile(`\s*\[[^\]]*\]\(https?://[^)]*omnivore[^)]*\)\s*$`)

// omnivoreHighlights reads an Omnivore highlights file: each highlight is a
// block quote ("> "), followed by its labels ("#label") and its note.
func omnivoreHighlights(md string) (hs []Highlight, labels []string) {
	md = strings.ReplaceAll(md, "\r\n", "\n")
	for _, para := range strings.Split(md, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" || strings.HasPrefix(para, "#") && !isLabels(para) {
			continue
		}
		lines := strings.Split(para, "\n")
		if strings.HasPrefix(lines[0], ">") {
			for i, l := range lines {
				lines[i] = strings.TrimSpace(strings.TrimPrefix(l, ">"))
			}
			q := omnivoreLink.ReplaceAllString(strings.Join(lines, "\n"), "")
			hs = append(hs, Highlight{Quote: strings.TrimSpace(q), Start: -1})
			continue
		}
		if isLabels(para) {
			for _, f := range strings.Fields(para) {
				labels = append(labels, strings.TrimPrefix(f, "#"))
			}
			continue
		}
		if len(hs) > 0 {
			h := &hs[len(hs)-1]
			h.Note = strings.TrimSpace(h.Note + "\n\n" + para)
		}
	}
	return hs, labels
}

// isLabels reports whether a paragraph is a list of #labels.
func isLabels(p string) bool {
	fs := strings.Fields(p)
	for _, f := range fs {
		if len(f) < 2 || f[0] != '#' || f[1] == '#' {
			return false
		}
	}
	return len(fs) > 0
}
