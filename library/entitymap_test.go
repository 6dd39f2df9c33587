package library

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"margin/annotate"
)

// counts is a link's shared paragraphs and clippings.
type counts struct{ paragraphs, clippings int }

// mapCounts returns every link of the whole library as "A–B" (names in
// order) with its counts, as the co-occurrence table keeps them.
func mapCounts(t *testing.T, l *Library) map[string]counts {
	t.Helper()
	m, err := l.Map(context.Background(), MapFilter{Unit: UnitClipping, Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	// The library's totals and the grouping of the clippings' rows (which a
	// filter on dates uses) must agree.
	grouped, err := l.Map(context.Background(), MapFilter{Unit: UnitClipping, Limit: -1, Since: time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.Links, grouped.Links) || m.Total != grouped.Total {
		t.Errorf("the totals kept differ from the clippings' counts:\n totals  %+v\n grouped %+v", m.Links, grouped.Links)
	}
	names := map[int64]string{}
	for _, n := range m.Nodes {
		names[n.ID] = n.Name
	}
	out := map[string]counts{}
	for _, k := range m.Links {
		out[pairName(names[k.A], names[k.B])] = counts{k.Paragraphs, k.Clippings}
	}
	return out
}

func pairName(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "–" + b
}

// recount counts the links afresh from the confirmed mentions, the way
// the triggers should have kept them.
func recount(t *testing.T, l *Library) map[string]counts {
	t.Helper()
	ctx := context.Background()
	ids, err := l.List(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]counts{}
	for _, s := range ids {
		a, err := l.Load(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		paras := paragraphSpans(a.Clipping.Text())
		inPara := map[int]map[string]bool{}
		inClip := map[string]bool{}
		for _, m := range a.Mentions {
			if m.Status != annotate.Confirmed || m.Orphaned {
				continue
			}
			name := a.Entities[m.EntityID].Name
			inClip[name] = true
			for i, p := range paras {
				if m.Selector.Start >= p[0] && m.Selector.Start <= p[1] {
					if inPara[i] == nil {
						inPara[i] = map[string]bool{}
					}
					inPara[i][name] = true
					break
				}
			}
		}
		for x := range inClip {
			for y := range inClip {
				if x >= y {
					continue
				}
				c := out[pairName(x, y)]
				c.clippings++
				for _, names := range inPara {
					if names[x] && names[y] {
						c.paragraphs++
					}
				}
				out[pairName(x, y)] = c
			}
		}
	}
	return out
}

// mapLibrary is the hand-worked library of the tests: two clippings, the
// first of three paragraphs, the second of two.
type mapLibrary struct {
	l                            *Library
	c1, c2                       int64
	putin, macron, scholz, paris annotate.Entity
	text1, text2                 string
	macronP1                     annotate.Mention
}

func newMapLibrary(t *testing.T) *mapLibrary {
	t.Helper()
	ml := &mapLibrary{l: openTest(t)}
	p1 := []string{"Putin met Macron in Paris.", "Macron later spoke to Scholz.", "Putin and Scholz did not meet. Putin left."}
	p2 := []string{"Scholz visited Paris.", "Putin was not there."}
	ml.text1, ml.text2 = strings.Join(p1, "\n\n"), strings.Join(p2, "\n\n")
	a1 := article("One", "https://example.com/1", p1...)
	a1.Published = time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)
	a2 := article("Two", "https://example.org/2", p2...)
	a2.SiteName = "Other Site"
	a2.Published = time.Date(2024, 5, 20, 12, 0, 0, 0, time.UTC)
	ml.c1, ml.c2 = mustAdd(t, ml.l, a1), mustAdd(t, ml.l, a2)
	ml.putin = mustEntity(t, ml.l, "Putin", annotate.Person)
	ml.macron = mustEntity(t, ml.l, "Macron", annotate.Person)
	ml.scholz = mustEntity(t, ml.l, "Scholz", annotate.Person)
	ml.paris = mustEntity(t, ml.l, "Paris", annotate.Place)
	for _, m := range []struct {
		c    int64
		text string
		e    annotate.Entity
		n    int
	}{
		{ml.c1, ml.text1, ml.putin, 0}, {ml.c1, ml.text1, ml.macron, 0}, {ml.c1, ml.text1, ml.paris, 0},
		{ml.c1, ml.text1, ml.macron, 1}, {ml.c1, ml.text1, ml.scholz, 0},
		{ml.c1, ml.text1, ml.putin, 1}, {ml.c1, ml.text1, ml.scholz, 1}, {ml.c1, ml.text1, ml.putin, 2},
		{ml.c2, ml.text2, ml.scholz, 0}, {ml.c2, ml.text2, ml.paris, 0}, {ml.c2, ml.text2, ml.putin, 0},
	} {
		got := mustMention(t, ml.l, m.c, m.e.ID, span(m.text, m.e.Name, m.n))
		if m.e.ID == ml.macron.ID && m.n == 1 {
			ml.macronP1 = got
		}
	}
	return ml
}

// handWorked is the links of the library newMapLibrary makes, counted by
// hand: {shared paragraphs, shared clippings}.
var handWorked = map[string]counts{
	"Macron–Putin":  {1, 1}, // clipping 1, paragraph 1
	"Paris–Putin":   {1, 2}, // paragraph 1 of clipping 1; clipping 2 apart
	"Macron–Paris":  {1, 1},
	"Macron–Scholz": {1, 1}, // clipping 1, paragraph 2
	"Putin–Scholz":  {1, 2}, // clipping 1, paragraph 3; clipping 2 apart
	"Paris–Scholz":  {1, 2}, // clipping 1 apart; clipping 2, paragraph 1
}

func withCounts(base map[string]counts, changes map[string]counts) map[string]counts {
	out := map[string]counts{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range changes {
		if v == (counts{}) {
			delete(out, k)
		} else {
			out[k] = v
		}
	}
	return out
}

func TestCooccurrenceCountsFollowEveryEdit(t *testing.T) {
	ctx := context.Background()
	ml := newMapLibrary(t)
	l := ml.l
	check := func(t *testing.T, want map[string]counts) {
		t.Helper()
		got := mapCounts(t, l)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("counts kept:\n got  %v\n want %v", got, want)
		}
		if fresh := recount(t, l); !reflect.DeepEqual(got, fresh) {
			t.Errorf("counts kept differ from a recount:\n kept    %v\n recount %v", got, fresh)
		}
	}
	undo := func(t *testing.T) {
		t.Helper()
		if _, ok, err := l.Undo(ctx); err != nil || !ok {
			t.Fatalf("Undo: %v %v", ok, err)
		}
	}
	redo := func(t *testing.T) {
		t.Helper()
		if _, ok, err := l.Redo(ctx); err != nil || !ok {
			t.Fatalf("Redo: %v %v", ok, err)
		}
	}
	t.Run("the hand-worked counts are kept as mentions are confirmed", func(t *testing.T) {
		check(t, handWorked)
	})
	noMacronP1 := withCounts(handWorked, map[string]counts{"Macron–Scholz": {0, 1}})
	t.Run("deleting a mention takes its paragraph from its links, not its clipping", func(t *testing.T) {
		if err := l.DeleteMentions(ctx, ml.macronP1.ID); err != nil {
			t.Fatal(err)
		}
		check(t, noMacronP1)
	})
	t.Run("undo puts the paragraph back and redo takes it again", func(t *testing.T) {
		undo(t)
		check(t, handWorked)
		redo(t)
		check(t, noMacronP1)
		undo(t)
		check(t, handWorked)
	})
	t.Run("a mention turned back into a suggestion no longer counts", func(t *testing.T) {
		if err := l.SetMentionStatus(ctx, annotate.Suggested, ml.macronP1.ID); err != nil {
			t.Fatal(err)
		}
		check(t, noMacronP1)
		if err := l.SetMentionStatus(ctx, annotate.Confirmed, ml.macronP1.ID); err != nil {
			t.Fatal(err)
		}
		check(t, handWorked)
	})
	t.Run("merging two entities adds up their links, and undo parts them again", func(t *testing.T) {
		vlad := mustEntity(t, l, "Vladimir Putin", annotate.Person)
		// "Putin" in the second paragraph of clipping 2 moves to the
		// duplicate entity: Putin loses clipping 2, Vladimir Putin has it.
		ms, err := l.Mentions(ctx, ml.c2)
		if err != nil {
			t.Fatal(err)
		}
		var moved annotate.Mention
		for _, m := range ms {
			if m.EntityID == ml.putin.ID {
				moved = m
			}
		}
		if err := l.DeleteMentions(ctx, moved.ID); err != nil {
			t.Fatal(err)
		}
		mustMention(t, l, ml.c2, vlad.ID, moved.Selector)
		split := withCounts(handWorked, map[string]counts{
			"Paris–Putin": {1, 1}, "Putin–Scholz": {1, 1},
			"Paris–Vladimir Putin": {0, 1}, "Scholz–Vladimir Putin": {0, 1},
		})
		check(t, split)
		if err := l.MergeEntities(ctx, ml.putin.ID, vlad.ID); err != nil {
			t.Fatal(err)
		}
		check(t, handWorked)
		undo(t)
		check(t, split)
		redo(t)
		check(t, handWorked)
	})
	t.Run("deleting an entity takes its links, and undo restores them", func(t *testing.T) {
		if err := l.DeleteEntity(ctx, ml.macron.ID); err != nil {
			t.Fatal(err)
		}
		check(t, withCounts(handWorked, map[string]counts{"Macron–Putin": {}, "Macron–Paris": {}, "Macron–Scholz": {}}))
		undo(t)
		check(t, handWorked)
	})
	t.Run("a mention in another paragraph adds a paragraph to its links", func(t *testing.T) {
		// Tagging Macron again in the third paragraph of clipping 1 adds
		// a paragraph with Putin and Scholz.
		mustMention(t, l, ml.c1, ml.macron.ID, annotate.Selector{Start: span(ml.text1, "left", 0).Start, End: span(ml.text1, "left", 0).End})
		check(t, withCounts(handWorked, map[string]counts{"Macron–Putin": {2, 1}, "Macron–Scholz": {2, 1}}))
		undo(t)
		check(t, handWorked)
	})
	t.Run("re-extracting a clipping whose paragraphs changed moves the mentions' paragraphs", func(t *testing.T) {
		// The first two paragraphs of clipping 1 become one: Macron and
		// Scholz now share it with Putin and Paris.
		a := article("One", "https://example.com/1", "Putin met Macron in Paris. Macron later spoke to Scholz.", "Putin and Scholz did not meet. Putin left.")
		a.Published = time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)
		if _, err := l.Reextract(ctx, ml.c1, a); err != nil {
			t.Fatal(err)
		}
		check(t, withCounts(handWorked, map[string]counts{"Paris–Scholz": {2, 2}, "Putin–Scholz": {2, 2}}))
	})
	t.Run("deleting a clipping takes its links", func(t *testing.T) {
		if err := l.Delete(ctx, ml.c2); err != nil {
			t.Fatal(err)
		}
		check(t, withCounts(handWorked, map[string]counts{"Paris–Putin": {1, 1}, "Putin–Scholz": {2, 1}, "Paris–Scholz": {1, 1}}))
	})
}

func TestMigrationFillsCountsFromExistingMentions(t *testing.T) {
	ctx := context.Background()
	ml := newMapLibrary(t)
	l := ml.l
	// Empty the kept counts, then run migration 5's fill again, as opening
	// an older library does.
	if _, err := l.db.ExecContext(ctx, `DELETE FROM mention_paragraphs; DELETE FROM cooccur`); err != nil {
		t.Fatal(err)
	}
	// The migration that made the counts is found by what it creates,
	// since later migrations follow it.
	var fill string
	for _, m := range migrations {
		if strings.Contains(m, "CREATE TABLE mention_paragraphs") {
			fill = m[strings.LastIndex(m, "INSERT INTO mention_paragraphs"):]
		}
	}
	if _, err := l.db.ExecContext(ctx, fill); err != nil {
		t.Fatal(err)
	}
	if got := mapCounts(t, l); !reflect.DeepEqual(got, handWorked) {
		t.Errorf("counts after the migration's fill:\n got  %v\n want %v", got, handWorked)
	}
}

func TestMapFilters(t *testing.T) {
	ctx := context.Background()
	ml := newMapLibrary(t)
	l := ml.l
	if err := l.AddTags(ctx, ml.c2, "europe"); err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{ml.putin.ID: "Putin", ml.macron.ID: "Macron", ml.scholz.ID: "Scholz", ml.paris.ID: "Paris"}
	tests := []struct {
		name string
		f    MapFilter
		want []string // links, strongest first, as "A–B count"
	}{
		{"the whole library by paragraphs", MapFilter{},
			[]string{"Putin–Macron 1", "Putin–Scholz 1", "Putin–Paris 1", "Macron–Scholz 1", "Macron–Paris 1", "Scholz–Paris 1"}},
		{"the whole library by clippings puts links in two clippings first", MapFilter{Unit: UnitClipping},
			[]string{"Putin–Scholz 2", "Putin–Paris 2", "Scholz–Paris 2", "Putin–Macron 1", "Macron–Scholz 1", "Macron–Paris 1"}},
		{"one entity's links", MapFilter{Entity: ml.scholz.ID, Unit: UnitClipping},
			[]string{"Putin–Scholz 2", "Scholz–Paris 2", "Macron–Scholz 1"}},
		{"persons only", MapFilter{Types: []annotate.EntityType{annotate.Person}},
			[]string{"Putin–Macron 1", "Putin–Scholz 1", "Macron–Scholz 1"}},
		{"a tag", MapFilter{Tag: "Europe", Unit: UnitClipping},
			[]string{"Putin–Scholz 1", "Putin–Paris 1", "Scholz–Paris 1"}},
		{"a site", MapFilter{Site: "other site"},
			[]string{"Scholz–Paris 1"}},
		{"a date range", MapFilter{Since: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), Unit: UnitClipping},
			[]string{"Putin–Macron 1", "Putin–Scholz 1", "Putin–Paris 1", "Macron–Scholz 1", "Macron–Paris 1", "Scholz–Paris 1"}},
		{"a search", MapFilter{Query: "visited"},
			[]string{"Scholz–Paris 1"}},
		{"the strongest link only", MapFilter{Unit: UnitClipping, Limit: 1},
			[]string{"Putin–Scholz 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := l.Map(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, k := range m.Links {
				got = append(got, fmt.Sprintf("%s–%s %d", names[k.A], names[k.B], k.Count))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("links %v, want %v", got, tt.want)
			}
			for _, k := range m.Links {
				found := 0
				for _, n := range m.Nodes {
					if n.ID == k.A || n.ID == k.B {
						found++
					}
				}
				if found != 2 {
					t.Errorf("link %v has %d of its entities among the nodes", k, found)
				}
			}
		})
	}
	t.Run("a link's first and last dates are its clippings'", func(t *testing.T) {
		m, err := l.Map(ctx, MapFilter{Entity: ml.scholz.ID, Unit: UnitClipping, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		k := m.Links[0]
		if !k.First.Equal(time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)) || !k.Last.Equal(time.Date(2024, 5, 20, 12, 0, 0, 0, time.UTC)) {
			t.Errorf("first %v, last %v", k.First, k.Last)
		}
	})
	t.Run("nodes are sized by clippings in the filter", func(t *testing.T) {
		m, err := l.Map(ctx, MapFilter{Entity: ml.putin.ID, Unit: UnitClipping})
		if err != nil {
			t.Fatal(err)
		}
		if m.Nodes[0].ID != ml.putin.ID || m.Nodes[0].Clippings != 2 || m.Nodes[0].Mentions != 4 {
			t.Errorf("first node %+v, want Putin in 2 clippings with 4 mentions", m.Nodes[0])
		}
	})
}

func TestPassages(t *testing.T) {
	ctx := context.Background()
	ml := newMapLibrary(t)
	l := ml.l
	t.Run("by paragraph, the paragraphs holding both", func(t *testing.T) {
		ps, total, err := l.Passages(ctx, ml.scholz.ID, ml.putin.ID, MapFilter{})
		if err != nil {
			t.Fatal(err)
		}
		want := "Putin and Scholz did not meet. Putin left."
		if total != 1 || len(ps) != 1 || ps[0].Quote != want || !ps[0].Together || ps[0].ClippingID != ml.c1 {
			t.Fatalf("passages %+v (total %d), want one: %q", ps, total, want)
		}
		if got := string([]rune(ml.text1)[ps[0].Start:ps[0].End]); got != want {
			t.Errorf("the passage's offsets cover %q", got)
		}
		if ps[0].Title != "One" || ps[0].Site != "Example News" || ps[0].Date.Year() != 2024 {
			t.Errorf("passage %+v", ps[0])
		}
	})
	t.Run("by clipping, a clipping without a shared paragraph shows each name's", func(t *testing.T) {
		ps, total, err := l.Passages(ctx, ml.putin.ID, ml.scholz.ID, MapFilter{Unit: UnitClipping})
		if err != nil {
			t.Fatal(err)
		}
		if total != 2 || len(ps) != 2 {
			t.Fatalf("passages %+v (total %d), want 2", ps, total)
		}
		if ps[0].ClippingID != ml.c2 || ps[0].Quote != "Scholz visited Paris. […] Putin was not there." || ps[0].Together {
			t.Errorf("latest passage %+v", ps[0])
		}
	})
	t.Run("a long paragraph is quoted around the names", func(t *testing.T) {
		long := strings.Repeat("word ", 200) + "Kyiv and Lviv " + strings.Repeat("more ", 200)
		c := mustAdd(t, l, article("Long", "https://example.com/long", long))
		kyiv := mustEntity(t, l, "Kyiv", annotate.Place)
		lviv := mustEntity(t, l, "Lviv", annotate.Place)
		mustMention(t, l, c, kyiv.ID, span(long, "Kyiv", 0))
		mustMention(t, l, c, lviv.ID, span(long, "Lviv", 0))
		ps, _, err := l.Passages(ctx, kyiv.ID, lviv.ID, MapFilter{})
		if err != nil || len(ps) != 1 {
			t.Fatalf("passages %+v, %v", ps, err)
		}
		q := ps[0].Quote
		if !strings.Contains(q, "Kyiv and Lviv") || !strings.HasPrefix(q, "…") || !strings.HasSuffix(q, "…") || len([]rune(q)) > maxQuote+20 {
			t.Errorf("quote %q", q)
		}
	})
}

func TestMentionsOverTime(t *testing.T) {
	ctx := context.Background()
	ml := newMapLibrary(t)
	got, err := ml.l.MentionsOverTime(ctx, []int64{ml.putin.ID, ml.paris.ID}, Month, MapFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var s []string
	for _, c := range got {
		s = append(s, fmt.Sprintf("%s %d %d", c.Start.Format("2006-01-02"), c.EntityID, c.Mentions))
	}
	sort.Strings(s)
	want := []string{
		fmt.Sprintf("2024-03-01 %d 3", ml.putin.ID), fmt.Sprintf("2024-03-01 %d 1", ml.paris.ID),
		fmt.Sprintf("2024-05-01 %d 1", ml.putin.ID), fmt.Sprintf("2024-05-01 %d 1", ml.paris.ID),
	}
	sort.Strings(want)
	if !reflect.DeepEqual(s, want) {
		t.Errorf("mentions per month %v, want %v", s, want)
	}
	weeks, err := ml.l.MentionsOverTime(ctx, []int64{ml.putin.ID}, Week, MapFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(weeks) != 2 || weeks[0].Start.Weekday() != time.Monday || !weeks[0].Start.Equal(time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("weeks %+v", weeks)
	}
}
