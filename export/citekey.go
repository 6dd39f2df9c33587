package export

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"margin/library"
)

// titleStopWords are skipped when a key takes the title's first word.
var titleStopWords = map[string]bool{"a": true, "an": true, "the": true, "on": true, "of": true, "in": true, "to": true, "and": true}

// citeKeys returns a citation key for each item, the same in CSL-JSON and
// BibTeX. An item loaded from the library has its stored key (Item.CiteKey),
// given once and never changed by what else is exported. Others get one
// derived from the clipping: the first author's family name (or the site's
// first word), the year (or "nd") and the title's first significant word,
// in lowercase ASCII, as lastnameYEARfirstword; those whose keys collide get
// a, b, c... in order of clipping ID, so a key does not depend on the order
// items were given in.
func citeKeys(items []*Item) []string {
	keys := make([]string, len(items))
	stored := map[string]bool{}
	for _, it := range items {
		if it.CiteKey != "" {
			stored[it.CiteKey] = true
		}
	}
	groups := map[string][]int{}
	for i, it := range items {
		if it.CiteKey != "" {
			keys[i] = it.CiteKey
			continue
		}
		keys[i] = baseKey(it)
		groups[keys[i]] = append(groups[keys[i]], i)
	}
	for base, idx := range groups {
		ids := map[int64]bool{}
		for _, i := range idx {
			ids[items[i].Clipping.ID] = true
		}
		if len(ids) < 2 && !stored[base] {
			continue
		}
		// Order the distinct clippings by ID; repeats share a key.
		var order []int64
		for id := range ids {
			order = append(order, id)
		}
		sortInt64s(order)
		letter := map[int64]string{}
		n := 0
		for _, id := range order {
			for stored[base+suffixLetters(n)] {
				n++
			}
			letter[id] = suffixLetters(n)
			n++
		}
		for _, i := range idx {
			keys[i] = base + letter[items[i].Clipping.ID]
		}
	}
	return keys
}

// suffixLetters returns a, b, ... z, aa, ab ...
func suffixLetters(n int) string {
	s := ""
	for {
		s = string(rune('a'+n%26)) + s
		n = n/26 - 1
		if n < 0 {
			return s
		}
	}
}

func sortInt64s(s []int64) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func baseKey(it *Item) string {
	c := it.Clipping
	who := ""
	if names := parseByline(c.Byline); len(names) > 0 {
		if names[0].Family != "" {
			f := strings.Fields(names[0].Family)
			who = f[len(f)-1]
		} else {
			who = names[0].Literal
		}
	}
	if keyWord(who) == "" {
		who = siteOf(c)
	}
	year := "nd"
	if !c.Published.IsZero() {
		year = itoa(c.Published.Year())
	}
	first := ""
	for _, w := range strings.Fields(c.Title) {
		k := keyWord(w)
		if k != "" && !titleStopWords[k] {
			first = k
			break
		}
	}
	return firstOr(keyWord(firstWord(who)), "anon") + year + first
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

func firstOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// keyWord reduces a word to lowercase ASCII letters and digits, dropping
// accents ("Ruíz" -> "ruiz").
func keyWord(w string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			sb.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			sb.WriteRune(unicode.ToLower(r))
		case r == 'ß':
			sb.WriteString("ss")
		}
	}
	return sb.String()
}

// CiteKey returns the clipping's citation key, giving it one (stored in the
// library, never changed after) if it has none. A library on a read-only
// disk cannot store one; a clipping without a key there has the one it
// would be given, free of the other clippings' keys, as in its exports
// (Load) and the Details tab (PeekCiteKey).
func CiteKey(ctx context.Context, l *library.Library, id int64) (string, error) {
	base, err := clippingBaseKey(ctx, l, id)
	if err != nil {
		return "", err
	}
	return citeKey(ctx, l, id, base)
}

// citeKey gives the clipping its key from base, or on a read-only disk
// returns the key it would be given.
func citeKey(ctx context.Context, l *library.Library, id int64, base string) (string, error) {
	key, err := l.CiteKey(ctx, id, base)
	if errors.Is(err, library.ErrReadOnly) {
		return l.PeekCiteKey(ctx, id, base)
	}
	return key, err
}

// PeekCiteKey returns the clipping's citation key without storing one: the
// key it has, or the one CiteKey would give it now (library.PeekCiteKey).
// The Details tab shows it, so opening the tab writes nothing.
func PeekCiteKey(ctx context.Context, l *library.Library, id int64) (string, error) {
	base, err := clippingBaseKey(ctx, l, id)
	if err != nil {
		return "", err
	}
	return l.PeekCiteKey(ctx, id, base)
}

// clippingBaseKey is the key a clipping is given from its author, year
// and title, before a letter is added to tell it from another's.
func clippingBaseKey(ctx context.Context, l *library.Library, id int64) (string, error) {
	c, err := l.Get(ctx, id)
	if err != nil {
		return "", fmt.Errorf("citation key of clipping %d: %w", id, err)
	}
	return baseKey(&Item{Clipping: c}), nil
}
