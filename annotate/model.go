// Package annotate models what a person marks in an article: highlights,
// entities and their mentions, anchored to the article's canonical text, and
// the suggestions Margin makes for entities.
package annotate

import (
	"strings"
	"time"
)

// Color is the name of a highlight colour from Margin's palette. Colours are
// names, not RGB values, so the GUI can map them to theme-aware colours.
type Color string

// The highlight palette.
const (
	Yellow Color = "yellow"
	Green  Color = "green"
	Blue   Color = "blue"
	Pink   Color = "pink"
	Purple Color = "purple"
)

// Colors lists the palette in display order (see DescribeColor).
var Colors = paletteColors()

// Selector locates a span of a clipping's canonical text in the two ways of
// the W3C Web Annotation model: by position (TextPositionSelector, rune
// offsets [Start, End)) and by quote (TextQuoteSelector: the exact text with
// some context before and after it).
type Selector struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

// Highlight is a coloured span of a clipping's text with an optional note.
// An orphaned highlight could not be re-anchored after the text changed; it
// keeps its quote and note and is never dropped.
type Highlight struct {
	ID         int64     `json:"id"`
	ClippingID int64     `json:"clipping_id"`
	Selector   Selector  `json:"selector"`
	Color      Color     `json:"color"`
	Note       string    `json:"note,omitempty"`
	Orphaned   bool      `json:"orphaned,omitempty"`
	Created    time.Time `json:"created"`
	Updated    time.Time `json:"updated"`
}

// EntityType is the type of an entity: one of the built-in types below or
// a type the person adds.
type EntityType string

// The built-in entity types.
const (
	Person       EntityType = "person"
	Organization EntityType = "organization"
	Place        EntityType = "place"
	Event        EntityType = "event"
	Work         EntityType = "work"
	Other        EntityType = "other"
)

// EntityTypes lists the built-in types in display order (see DescribeType).
var EntityTypes = builtinTypes()

// typeSpellings are other ways people write a built-in type: British
// spelling and plurals. Each names the built-in type, so that
// "organisation" never becomes a type of its own beside "organization".
var typeSpellings = map[string]EntityType{
	"organisation": Organization, "organisations": Organization, "organizations": Organization,
	"people": Person, "persons": Person, "places": Place, "events": Event, "works": Work, "others": Other,
}

// CanonicalType returns the built-in type t names in any case or spelling
// ("Organisation", "people"), or else t without surrounding space.
func CanonicalType(t string) EntityType {
	t = strings.TrimSpace(t)
	lower := strings.ToLower(t)
	if b, ok := typeSpellings[lower]; ok {
		return b
	}
	for _, b := range EntityTypes {
		if string(b) == lower {
			return b
		}
	}
	return EntityType(t)
}

// Entity is a person, organisation, place or other thing, shared across the
// whole library, with the other names it goes by.
type Entity struct {
	ID      int64      `json:"id"`
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Aliases []string   `json:"aliases,omitempty"`
}

// MentionStatus says whether a mention was confirmed by the person,
// suggested by Margin, or rejected.
type MentionStatus string

// The statuses of a mention.
const (
	Confirmed MentionStatus = "confirmed"
	Suggested MentionStatus = "suggested"
	Rejected  MentionStatus = "rejected"
)

// Mention is a span of one clipping's text that refers to an entity.
// Score is the suggestion's (see Suggestion); a mention the person made
// scores 1.
type Mention struct {
	ID         int64         `json:"id"`
	ClippingID int64         `json:"clipping_id"`
	EntityID   int64         `json:"entity_id"`
	Selector   Selector      `json:"selector"`
	Status     MentionStatus `json:"status"`
	Orphaned   bool          `json:"orphaned,omitempty"`
	Score      float64       `json:"score,omitempty"`
	Created    time.Time     `json:"created"`
}

// Confident reports whether a suggested mention is confident enough to be
// accepted with the others at once ("Accept all confident").
func (m Mention) Confident() bool { return m.Score >= ConfidentScore }
