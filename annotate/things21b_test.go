package annotate

import (
	"slices"
	"testing"
)

// TestTitlesListedWithWork: the titles listed with a work the text named
// by its kind are works, in a range ("from X to Y, from Z to W") or a
// list joined by "and"; with no known work in the list, with a person or
// a place in it, or a title and its publisher after a comma, nothing is
// typed so. The names are invented.
func TestTitlesListedWithWork(t *testing.T) {
	cases := []struct {
		name, text string
		works      []string // names that must be suggested as works
		not        []string // names that must not be suggested as works
	}{
		{"a range of examples holding a known show",
			"Viewers love sitcoms such as Quill Hill. From The Zorblies to Quill Hill, from Everybody Loves Quux to Everybody Hates Varrow, from Cab to Lantern Row to Moth & Quux, there is a formula.",
			[]string{"The Zorblies", "Everybody Loves Quux", "Everybody Hates Varrow", "Cab", "Lantern Row", "Moth & Quux"}, nil},
		{"a list joined by and holding a known film",
			"The film Quiet Harbour won. Critics loved Quiet Harbour, Moth Hill and Lantern Row.",
			[]string{"Moth Hill", "Lantern Row"}, nil},
		{"a list with no known work",
			"Critics loved Moth Hill, Lantern Row and Quill Bay.",
			nil, []string{"Moth Hill", "Lantern Row", "Quill Bay"}},
		{"a list holding a person named in full",
			"The film Quiet Harbour won. Fans of Quiet Harbour and Ann Varrow came.",
			nil, []string{"Ann Varrow"}},
		{"a list holding a listed place",
			"The film Quiet Harbour won. It played in Quiet Harbour and Paris.",
			nil, []string{"Paris"}},
		{"a title and its publisher after a comma",
			"A chapter from the book entitled Quiet Code, Quuxbooks, came out.",
			[]string{"Quiet Code"}, []string{"Quuxbooks"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var works []string
			for _, s := range Suggest(c.text, nil) {
				if s.Type == Work {
					works = append(works, s.Selector.Exact)
				}
			}
			for _, w := range c.works {
				if !slices.Contains(works, w) {
					t.Errorf("%q not suggested as a work (works %q)", w, works)
				}
			}
			for _, w := range c.not {
				if slices.Contains(works, w) {
					t.Errorf("%q suggested as a work (works %q)", w, works)
				}
			}
		})
	}
}

// TestCeremoniesBeforeNoun: an award whose ceremony is named in the
// plural ("Oscars"), written in the singular before an English noun, is
// the ceremony, an event; before "nomination", after a capitalised word,
// or where the text uses the word as a given name, it is not.
func TestCeremoniesBeforeNoun(t *testing.T) {
	cases := []struct {
		name, text, word string
		want             EntityType
	}{
		{"before winner", "Say what you will about Ann Quill, the Oscar winner was a great guest.", "Oscar", Event},
		{"before a noun after a hyphenated adjective", "Mary Varrow's now-famous Oscar dress was stolen from her room.", "Oscar", Event},
		{"before winning", "The four-time Grammy winning band will tour in June.", "Grammy", Event},
		{"a heading in title case does not make it a name",
			"Quill's $150K Pearl Oscar Dress Stolen\n\nMary Varrow's now-famous Oscar dress was stolen.", "Oscar", Event},
		{"before nomination", "Ann Quill earned an Emmy nomination for the role.", "Emmy", ""},
		{"a given name elsewhere", "Tony Varrow met us. The Tony winner sang.", "Tony", ""},
		{"before a verb", "Tony said the Tony fans were loud.", "Tony", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got EntityType
			for _, s := range Suggest(c.text, nil) {
				if s.Selector.Exact == c.word && s.Type == Event {
					got = Event
				}
			}
			if got != c.want {
				t.Errorf("%q: %q typed %q, want %q", c.text, c.word, got, c.want)
			}
		})
	}
}

// TestAwardCeremoniesSorted checks that the awards ceremoniesBeforeNoun
// reads are in one order on every run, though they come from a map.
func TestAwardCeremoniesSorted(t *testing.T) {
	if len(awardCeremonies) == 0 {
		t.Fatal("no award ceremony read from eventWords")
	}
	if !slices.IsSorted(awardCeremonies) {
		t.Errorf("awardCeremonies %q are not sorted", awardCeremonies)
	}
	if !slices.Contains(awardCeremonies, "Oscar") {
		t.Errorf("awardCeremonies %q lack Oscar", awardCeremonies)
	}
}
