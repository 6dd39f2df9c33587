package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// hypothesisAnnotation is an annotation as Hypothesis's API and its export
// write it.
type hypothesisAnnotation struct {
	URI        string   `json:"uri"`
	Text       string   `json:"text"`
	Tags       []string `json:"tags"`
	Created    string   `json:"created"`
	References []string `json:"references"`
	Document   struct {
		Title []string `json:"title"`
	} `json:"document"`
	Target []struct {
		Source   string `json:"source"`
		Selector []struct {
			Type   string `json:"type"`
			Exact  string `json:"exact"`
			Prefix string `json:"prefix"`
			Suffix string `json:"suffix"`
			Start  *int   `json:"start"`
		} `json:"selector"`
	} `json:"target"`
}

// parseHypothesis reads Hypothesis annotations: an array of annotations,
// the export's object with an "annotations" array, or a search result's
// "rows". Annotations of the same page are one entry; a highlight is made of
// the TextQuoteSelector (with the TextPositionSelector's start as a hint),
// a page note or a reply goes to the clipping's note, tags to its tags.
func parseHypothesis(data []byte) ([]Entry, error) {
	var list []json.RawMessage
	t := bytes.TrimSpace(data)
	if len(t) > 0 && t[0] == '{' {
		var wrap struct {
			Annotations []json.RawMessage `json:"annotations"`
			Rows        []json.RawMessage `json:"rows"`
		}
		if err := json.Unmarshal(data, &wrap); err != nil {
			return nil, malformed(Hypothesis, "", jsonError(data, err))
		}
		list = append(wrap.Annotations, wrap.Rows...)
		if list == nil {
			return nil, malformed(Hypothesis, "", errors.New(`no "annotations" or "rows" array`))
		}
	} else if err := json.Unmarshal(data, &list); err != nil {
		return nil, malformed(Hypothesis, "", jsonError(data, err))
	}
	index := map[string]int{}
	var out []Entry
	for i, r := range list {
		where := fmt.Sprintf("annotation %d", i+1)
		var a hypothesisAnnotation
		if err := json.Unmarshal(r, &a); err != nil {
			return nil, malformed(Hypothesis, where, jsonError(r, err))
		}
		u := strings.TrimSpace(a.URI)
		if u == "" && len(a.Target) > 0 {
			u = strings.TrimSpace(a.Target[0].Source)
		}
		if err := checkWebURL(u); err != nil {
			return nil, malformed(Hypothesis, where, err)
		}
		created, err := parseTime(a.Created)
		if err != nil {
			return nil, malformed(Hypothesis, where, err)
		}
		j, ok := index[u]
		if !ok {
			j = len(out)
			index[u] = j
			out = append(out, Entry{URL: u})
		}
		e := &out[j]
		if !created.IsZero() && (e.Added.IsZero() || created.Before(e.Added)) {
			e.Added = created
		}
		if e.Title == "" && len(a.Document.Title) > 0 {
			e.Title = strings.TrimSpace(a.Document.Title[0])
		}
		for _, tag := range a.Tags {
			if !containsFold(e.Tags, tag) {
				e.Tags = append(e.Tags, tag)
			}
		}
		h := Highlight{Start: -1, Note: strings.TrimSpace(a.Text), Created: created}
		for _, tg := range a.Target {
			for _, s := range tg.Selector {
				switch s.Type {
				case "TextQuoteSelector":
					h.Quote, h.Prefix, h.Suffix = s.Exact, s.Prefix, s.Suffix
				case "TextPositionSelector":
					if s.Start != nil {
						h.Start = *s.Start
					}
				}
			}
		}
		if strings.TrimSpace(h.Quote) == "" || len(a.References) > 0 {
			if h.Note != "" {
				e.Note = strings.TrimSpace(e.Note + "\n\n" + h.Note)
			}
			continue
		}
		e.Highlights = append(e.Highlights, h)
	}
	return out, nil
}
