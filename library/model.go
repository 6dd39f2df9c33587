// Package library is Margin's local store: a SQLite database holding
// clippings, their annotations and the entities they mention, with full-text
// search. It knows nothing of widgets or HTML.
package library

import (
	"errors"
	"time"

	"margin/annotate"
	"margin/clip"
)

// Errors the GUI and CLI recognise and show as one clear sentence.
var (
	ErrNotFound     = errors.New("no such item in the library")
	ErrNewerVersion = errors.New("the library was written by a newer version of Margin")
	ErrNotLibrary   = errors.New("the file is not a Margin library")
	ErrNoLibrary    = errors.New("there is no Margin library")
	ErrBadBackup    = errors.New("the file is not an intact Margin backup")
	ErrReadOnly     = errors.New("the library's folder cannot be written to")
	ErrDiskFull     = errors.New("the disk is full")
	ErrExists       = errors.New("a library already exists there")
	ErrInvalid      = errors.New("invalid input")
	ErrEntityExists = errors.New("an entity with that name and type already exists")
)

// Clipping is an article filed in the library with what the person added to
// it of their own.
type Clipping struct {
	ID int64 `json:"id"`
	clip.Article
	Added       time.Time `json:"added"`
	Updated     time.Time `json:"updated"`
	Note        string    `json:"note,omitempty"`
	Tags        []string  `json:"tags,omitempty"`
	ContentHash string    `json:"content_hash"`
}

// Summary is what a list of clippings shows of each one.
type Summary struct {
	ID             int64     `json:"id"`
	Title          string    `json:"title"`
	Byline         string    `json:"byline,omitempty"`
	SiteName       string    `json:"site,omitempty"`
	URL            string    `json:"url,omitempty"`
	Published      time.Time `json:"published,omitzero"`
	Added          time.Time `json:"added"`
	HighlightCount int       `json:"highlights"`
	Snippet        string    `json:"snippet,omitempty"` // set by searches: the matching text, matches between « and »
	// Versions counts the versions of the article (1 until a check for
	// changes finds it edited); LastChange says what the last edit changed.
	// EditLine puts them in words.
	Versions   int    `json:"versions"`
	LastChange string `json:"last_change,omitempty"`
}

// Sort orders a list of clippings.
type Sort string

// The orders a list can be sorted in.
const (
	SortAdded     Sort = "added"     // newest first
	SortPublished Sort = "published" // newest first, undated last
	SortTitle     Sort = "title"     // A to Z
	// SortRelevance puts a search's best matches first (bm25, a title
	// match worth most); without a search it is SortAdded. It is also
	// what the zero Sort does. A broad search over a large library ranks
	// its newest matches first (see listRanked); a search for one prefix
	// of one or two letters alone lists its matches newest first, by the
	// order they came into the library, unranked (see shortPrefix).
	SortRelevance Sort = "relevance"
)

// Filter selects clippings. The zero Filter selects them all, newest first.
// A non-empty Query is a full-text search (ranked by relevance unless Sort
// says otherwise); Tag, Entity (a name or alias) and Site narrow the set.
type Filter struct {
	Query string
	// Typing says the person is typing Query: its last word, unless a
	// space or a quote ends the query, matches every word it begins, as if
	// it ended in *, so that a search shows results from the first letter.
	Typing bool
	Tag    string
	Entity string
	Site   string
	Sort   Sort
	// AllVersions searches every version of each article, not only the
	// latest (see Library.Versions).
	AllVersions bool
	Limit       int // 0 means no limit
	Offset      int
}

// EntityStat is an entity with how often the library mentions it.
type EntityStat struct {
	annotate.Entity
	Mentions  int `json:"mentions"`  // confirmed mentions
	Clippings int `json:"clippings"` // clippings with a confirmed mention
}

// TagCount is a tag with the number of clippings that carry it.
type TagCount struct {
	Tag   string `json:"tag"`
	Count int    `json:"count"`
}
