package importer

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// wallabagEntry is an entry of wallabag's JSON export.
type wallabagEntry struct {
	Title       string               `json:"title"`
	URL         string               `json:"url"`
	GivenURL    string               `json:"given_url"`
	Content     string               `json:"content"`
	PublishedAt string               `json:"published_at"`
	CreatedAt   string               `json:"created_at"`
	PublishedBy []string             `json:"published_by"`
	Tags        []wallabagTag        `json:"tags"`
	Annotations []wallabagAnnotation `json:"annotations"`
}

// wallabagTag is a tag as the export writes it (a string) or as the API
// does (an object with a label).
type wallabagTag string

func (t *wallabagTag) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*t = wallabagTag(s)
		return nil
	}
	var o struct {
		Label string `json:"label"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return errors.New("a tag is neither a string nor an object with a label")
	}
	*t = wallabagTag(o.Label)
	return nil
}

// wallabagAnnotation is an annotation in the AnnotatorJS format: the quote,
// the note (text) and the ranges as XPaths into the content.
type wallabagAnnotation struct {
	Quote     string `json:"quote"`
	Text      string `json:"text"`
	CreatedAt string `json:"created_at"`
}

// parseWallabag reads wallabag's JSON export: an array of entries with
// their HTML content, tags and annotations.
func parseWallabag(data []byte) ([]Entry, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, malformed(Wallabag, "", jsonError(data, err))
	}
	out := make([]Entry, 0, len(raw))
	for i, r := range raw {
		where := fmt.Sprintf("entry %d", i+1)
		var w wallabagEntry
		if err := json.Unmarshal(r, &w); err != nil {
			return nil, malformed(Wallabag, where, jsonError(r, err))
		}
		u := strings.TrimSpace(w.URL)
		if u == "" {
			u = strings.TrimSpace(w.GivenURL)
		}
		if err := checkWebURL(u); err != nil {
			return nil, malformed(Wallabag, where, err)
		}
		e := Entry{URL: u, Title: strings.TrimSpace(w.Title), Byline: strings.Join(w.PublishedBy, ", ")}
		if w.Content != "" {
			e.Content = []byte(w.Content)
		}
		var err error
		if e.Published, err = parseTime(w.PublishedAt); err != nil {
			return nil, malformed(Wallabag, where, fmt.Errorf("published_at: %w", err))
		}
		if e.Added, err = parseTime(w.CreatedAt); err != nil {
			return nil, malformed(Wallabag, where, fmt.Errorf("created_at: %w", err))
		}
		for _, t := range w.Tags {
			e.Tags = append(e.Tags, string(t))
		}
		for j, a := range w.Annotations {
			created, err := parseTime(a.CreatedAt)
			if err != nil {
				return nil, malformed(Wallabag, fmt.Sprintf("%s, annotation %d", where, j+1), err)
			}
			if strings.TrimSpace(a.Quote) == "" {
				// A note on no quote belongs to the whole entry.
				e.Note = strings.TrimSpace(e.Note + "\n" + a.Text)
				continue
			}
			e.Highlights = append(e.Highlights, Highlight{Quote: a.Quote, Start: -1, Note: a.Text, Created: created})
		}
		out = append(out, e)
	}
	return out, nil
}

// jsonError says where in data a JSON error is, by line.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("line %d: %v", lineAt(data, se.Offset), se)
	case errors.As(err, &te):
		return fmt.Errorf("line %d: %s should be %s, not %s", lineAt(data, te.Offset), fieldName(te.Field), te.Type, te.Value)
	}
	return err
}

func fieldName(f string) string {
	if f == "" {
		return "the value"
	}
	return fmt.Sprintf("%q", f)
}

func lineAt(data []byte, off int64) int {
	off = min(off, int64(len(data)))
	return strings.Count(string(data[:off]), "\n") + 1
}
