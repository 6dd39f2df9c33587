package export

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"margin/annotate"
)

// annoContext is the JSON-LD context of the W3C Web Annotation model.
const annoContext = "http://www.w3.org/ns/anno.jsonld"

// annoCollection is a W3C AnnotationCollection with its one page inline.
type annoCollection struct {
	Context string   `json:"@context"`
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Label   string   `json:"label"`
	Total   int      `json:"total"`
	First   annoPage `json:"first"`
}

type annoPage struct {
	ID         string       `json:"id"`
	Type       string       `json:"type"`
	StartIndex int          `json:"startIndex"`
	Items      []annotation `json:"items"`
}

type annotation struct {
	ID         string     `json:"id"`
	Type       string     `json:"type"`
	Motivation string     `json:"motivation"`
	Created    string     `json:"created,omitempty"`
	Modified   string     `json:"modified,omitempty"`
	Body       []annoBody `json:"body,omitempty"`
	Target     annoTarget `json:"target"`
}

type annoBody struct {
	Type    string `json:"type"`
	Value   string `json:"value"`
	Format  string `json:"format,omitempty"`
	Purpose string `json:"purpose"`
}

type annoTarget struct {
	Source      string         `json:"source"`
	Title       string         `json:"dc:title,omitempty"`
	StylesClass string         `json:"styleClass,omitempty"`
	Selector    []annoSelector `json:"selector,omitempty"`
	// Extraction is "uncertain" when the clipping's text is the page's
	// best readable text because no article was found on it.
	Extraction string `json:"margin:extraction,omitempty"`
}

// annoSelector is a TextQuoteSelector or a TextPositionSelector.
type annoSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// WebAnnotations writes the items' highlights and confirmed mentions as one
// W3C Web Annotation collection (JSON-LD), which Hypothesis-style tools
// read. Each annotation targets the clipping's address with a
// TextQuoteSelector and, when it is anchored, a TextPositionSelector whose
// offsets count Unicode code points into the clipping's canonical text, as
// the model asks. A highlight is "highlighting" (or "commenting" when it has
// a note, which is its body) and carries its colour as a styleClass; a
// mention is "identifying", its body the entity's name, with the entity's
// type as a "classifying" body. A clipping's tags and note are one
// annotation on the whole page, "tagging" bodies and a "commenting" one.
// The target of each annotation on a clipping whose extraction was
// uncertain says so ("margin:extraction": "uncertain").
//
// The collection and its page have the ids the model requires: URNs made
// from the library and the clippings exported, so exporting the same
// clippings again gives the same ids.
func WebAnnotations(w io.Writer, items []*Item) error {
	id := collectionID(items)
	coll := annoCollection{
		Context: annoContext,
		ID:      id,
		Type:    "AnnotationCollection",
		Label:   "Margin annotations",
		First:   annoPage{ID: id + ":page:1", Type: "AnnotationPage", Items: []annotation{}},
	}
	if len(items) == 1 {
		coll.Label = "Margin annotations on " + items[0].Clipping.Title
	}
	for _, it := range items {
		coll.First.Items = append(coll.First.Items, annotations(it)...)
	}
	coll.Total = len(coll.First.Items)
	return writeJSON(w, coll)
}

// collectionID names a collection by the library and clippings it holds.
func collectionID(items []*Item) string {
	h := sha256.New()
	for _, it := range items {
		fmt.Fprintf(h, "%s/%d\n", it.Library, it.Clipping.ID)
	}
	return "urn:margin:collection:" + hex.EncodeToString(h.Sum(nil)[:12])
}

func annotations(it *Item) []annotation {
	c := it.Clipping
	text := it.text()
	source := sourceURL(it)
	if source == "" {
		source = fmt.Sprintf("urn:margin:clipping:%d", c.ID)
	}
	extraction := ""
	if c.Uncertain {
		extraction = ExtractionUncertain
	}
	var out []annotation
	for _, h := range it.sortedHighlights() {
		a := annotation{
			ID:         fmt.Sprintf("urn:margin:highlight:%d", h.ID),
			Type:       "Annotation",
			Motivation: "highlighting",
			Created:    timestamp(h.Created),
			Modified:   timestamp(h.Updated),
			Target:     annoTarget{Source: source, Title: c.Title, StylesClass: string(h.Color), Selector: selectors(h.Selector, anchored(h, text.Len()), text), Extraction: extraction},
		}
		if h.Note != "" {
			a.Motivation = "commenting"
			a.Body = []annoBody{{Type: "TextualBody", Value: h.Note, Format: "text/plain", Purpose: "commenting"}}
		}
		out = append(out, a)
	}
	if len(c.Tags) > 0 || strings.TrimSpace(c.Note) != "" {
		a := annotation{
			ID:         fmt.Sprintf("urn:margin:clipping:%d", c.ID),
			Type:       "Annotation",
			Motivation: "tagging",
			Created:    timestamp(c.Added),
			Modified:   timestamp(c.Updated),
			Target:     annoTarget{Source: source, Title: c.Title, Extraction: extraction},
		}
		for _, t := range c.Tags {
			a.Body = append(a.Body, annoBody{Type: "TextualBody", Value: t, Purpose: "tagging"})
		}
		if strings.TrimSpace(c.Note) != "" {
			if len(c.Tags) == 0 {
				a.Motivation = "commenting"
			}
			a.Body = append(a.Body, annoBody{Type: "TextualBody", Value: c.Note, Format: "text/plain", Purpose: "commenting"})
		}
		out = append(out, a)
	}
	for _, m := range it.confirmedMentions(text.Len()) {
		e := it.Entities[m.EntityID]
		out = append(out, annotation{
			ID:         fmt.Sprintf("urn:margin:mention:%d", m.ID),
			Type:       "Annotation",
			Motivation: "identifying",
			Created:    timestamp(m.Created),
			Body: []annoBody{
				{Type: "TextualBody", Value: e.Name, Purpose: "identifying"},
				{Type: "TextualBody", Value: string(e.Type), Purpose: "classifying"},
			},
			Target: annoTarget{Source: source, Title: c.Title, Selector: selectors(m.Selector, true, text), Extraction: extraction},
		})
	}
	return out
}

// selectors returns the quote selector, taking the quote from the text when
// the position is known so the two always agree, and the position selector
// when it is.
func selectors(s annotate.Selector, positioned bool, text *runeText) []annoSelector {
	q := annoSelector{Type: "TextQuoteSelector", Exact: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix}
	if !positioned {
		return []annoSelector{q}
	}
	start, end := s.Start, s.End
	q.Exact = text.Slice(start, end)
	return []annoSelector{q, {Type: "TextPositionSelector", Start: &start, End: &end}}
}

func timestamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// writeJSON writes v as indented JSON without escaping <, > and &, which
// are common in quotes.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
