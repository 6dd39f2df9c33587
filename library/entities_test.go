package library

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"margin/annotate"
)

// span returns the rune span of the n-th (from 0) occurrence of sub in text.
func span(text, sub string, n int) annotate.Selector {
	i := 0
	for range n + 1 {
		j := strings.Index(text[i:], sub)
		if j < 0 {
			panic("no " + sub)
		}
		i += j + len(sub)
	}
	start := len([]rune(text[:i-len(sub)]))
	return annotate.Selector{Start: start, End: start + len([]rune(sub))}
}

func mustEntity(t *testing.T, l *Library, name string, typ annotate.EntityType, aliases ...string) annotate.Entity {
	t.Helper()
	e, err := l.CreateEntity(context.Background(), annotate.Entity{Name: name, Type: typ, Aliases: aliases})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func mustMention(t *testing.T, l *Library, clippingID, entityID int64, sel annotate.Selector) annotate.Mention {
	t.Helper()
	m, err := l.AddMention(context.Background(), annotate.Mention{ClippingID: clippingID, EntityID: entityID, Selector: sel})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCreateAndFindEntities(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	e := mustEntity(t, l, "  Ana   Pérez ", "", "Pérez", "pérez", "Ana Pérez", "")
	if e.Name != "Ana Pérez" || e.Type != annotate.Other || !reflect.DeepEqual(e.Aliases, []string{"Pérez"}) {
		t.Errorf("CreateEntity = %+v", e)
	}
	again := mustEntity(t, l, "ana pérez", annotate.Other, "A. Pérez")
	if again.ID != e.ID || len(again.Aliases) != 2 {
		t.Errorf("creating the same entity again = %+v, want the first with a new alias", again)
	}
	for _, name := range []string{"Ana Pérez", "ANA PÉREZ", "a. pérez"} {
		if got, err := l.FindEntity(ctx, name); err != nil || got.ID != e.ID {
			t.Errorf("FindEntity(%q) = %+v, %v", name, got, err)
		}
	}
	if _, err := l.FindEntity(ctx, "Nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("FindEntity of an unknown name: %v", err)
	}
	if _, err := l.Entity(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Entity of a missing id: %v", err)
	}
	if _, err := l.CreateEntity(ctx, annotate.Entity{Name: "  "}); !errors.Is(err, ErrInvalid) {
		t.Errorf("an entity without a name: %v", err)
	}
	// The person's own types are fine.
	if e := mustEntity(t, l, "Ana Pérez", "ship"); e.ID == again.ID || e.Type != "ship" {
		t.Errorf("the same name with another type = %+v", e)
	}
}

func TestUpdateEntity(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	e := mustEntity(t, l, "Kyiv", annotate.Place, "Kiev")
	mustEntity(t, l, "Lviv", annotate.Place)
	e.Name, e.Aliases = "Kyiv City", []string{"Kiev", "Kyiv"}
	if err := l.UpdateEntity(ctx, e); err != nil {
		t.Fatal(err)
	}
	got, _ := l.Entity(ctx, e.ID)
	if got.Name != "Kyiv City" || !reflect.DeepEqual(got.Aliases, []string{"Kiev", "Kyiv"}) {
		t.Errorf("after UpdateEntity: %+v", got)
	}
	e.Name = "lviv"
	if err := l.UpdateEntity(ctx, e); !errors.Is(err, ErrEntityExists) {
		t.Errorf("renaming onto another entity: %v", err)
	}
	if err := l.RemoveAliases(ctx, e.ID, "KIEV"); err != nil {
		t.Fatal(err)
	}
	if err := l.AddAliases(ctx, e.ID, "Kijów"); err != nil {
		t.Fatal(err)
	}
	if got, _ := l.Entity(ctx, e.ID); !reflect.DeepEqual(got.Aliases, []string{"Kijów", "Kyiv"}) {
		t.Errorf("aliases = %q", got.Aliases)
	}
}

func TestMergeEntities(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	text := "Donald Trump spoke. Trump left. Mr Trump returned."
	c := mustAdd(t, l, article("A", "https://example.com/a", text))
	keep := mustEntity(t, l, "Donald Trump", annotate.Person)
	drop := mustEntity(t, l, "Trump", annotate.Person, "Mr Trump")
	mustMention(t, l, c, keep.ID, span(text, "Donald Trump", 0))
	mustMention(t, l, c, drop.ID, span(text, "Trump", 1))
	mustMention(t, l, c, drop.ID, span(text, "Donald Trump", 0)) // the same span as keep's
	if err := l.MergeEntities(ctx, keep.ID, drop.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Entity(ctx, drop.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("the dropped entity remains: %v", err)
	}
	got, _ := l.Entity(ctx, keep.ID)
	if !reflect.DeepEqual(got.Aliases, []string{"Mr Trump", "Trump"}) {
		t.Errorf("aliases after merging = %q", got.Aliases)
	}
	ms, _ := l.Mentions(ctx, c)
	if len(ms) != 2 || ms[0].EntityID != keep.ID || ms[1].EntityID != keep.ID {
		t.Errorf("mentions after merging = %+v", ms)
	}
	if err := l.MergeEntities(ctx, keep.ID, keep.ID); !errors.Is(err, ErrInvalid) {
		t.Errorf("merging into itself: %v", err)
	}
	if err := l.MergeEntities(ctx, keep.ID, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("merging a missing entity: %v", err)
	}
}

func TestDeleteEntityDeletesItsMentionsOnly(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	text := "Paris and Lyon."
	c := mustAdd(t, l, article("A", "https://example.com/a", text))
	paris := mustEntity(t, l, "Paris", annotate.Place, "Paname")
	lyon := mustEntity(t, l, "Lyon", annotate.Place)
	mustMention(t, l, c, paris.ID, span(text, "Paris", 0))
	mustMention(t, l, c, lyon.ID, span(text, "Lyon", 0))
	if err := l.DeleteEntity(ctx, paris.ID); err != nil {
		t.Fatal(err)
	}
	ms, _ := l.Mentions(ctx, c)
	if len(ms) != 1 || ms[0].EntityID != lyon.ID {
		t.Errorf("mentions = %+v", ms)
	}
	if _, err := l.FindEntity(ctx, "Paname"); !errors.Is(err, ErrNotFound) {
		t.Errorf("the alias outlived its entity: %v", err)
	}
	if err := l.DeleteEntity(ctx, paris.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
}

func TestEntityIndex(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	t1 := "Merkel met Macron in Berlin. Merkel spoke."
	t2 := "Macron visited Berlin."
	t3 := "Merkel retired."
	c1 := mustAdd(t, l, article("One", "https://example.com/1", t1))
	c2 := mustAdd(t, l, article("Two", "https://example.com/2", t2))
	c3 := mustAdd(t, l, article("Three", "https://example.com/3", t3))
	merkel := mustEntity(t, l, "Angela Merkel", annotate.Person, "Merkel")
	macron := mustEntity(t, l, "Macron", annotate.Person)
	berlin := mustEntity(t, l, "Berlin", annotate.Place)
	mustEntity(t, l, "Nobody", annotate.Person)
	for _, x := range []struct {
		c    int64
		text string
		e    annotate.Entity
	}{{c1, t1, merkel}, {c1, t1, macron}, {c1, t1, berlin}, {c2, t2, macron}, {c2, t2, berlin}, {c3, t3, merkel}} {
		if _, err := l.TagAll(ctx, x.c, x.e.ID); err != nil {
			t.Fatal(err)
		}
	}
	// A suggestion does not count.
	if _, err := l.AddMention(ctx, annotate.Mention{ClippingID: c3, EntityID: berlin.ID, Status: annotate.Suggested, Selector: span(t3, "retired", 0)}); err != nil {
		t.Fatal(err)
	}

	people, err := l.Entities(ctx, annotate.Person)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		name          string
		ments, clipps int
	}
	var got []row
	for _, s := range people {
		got = append(got, row{s.Name, s.Mentions, s.Clippings})
	}
	want := []row{{"Angela Merkel", 3, 2}, {"Macron", 2, 2}, {"Nobody", 0, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Entities(person) = %v, want %v", got, want)
	}
	if all, _ := l.Entities(ctx, ""); len(all) != 4 || all[0].Aliases == nil {
		t.Errorf("Entities(\"\") = %+v", all)
	}
	if s, n, _ := l.ClippingsMentioning(ctx, berlin.ID, 0, 0); len(s) != 2 || n != 2 || s[0].ID != c2 || s[1].ID != c1 {
		t.Errorf("ClippingsMentioning(Berlin) = %v, %d", titles(s), n)
	}
	co, err := l.CoMentioned(ctx, merkel.ID)
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, s := range co {
		got = append(got, row{s.Name, s.Mentions, s.Clippings})
	}
	if want := []row{{"Berlin", 1, 1}, {"Macron", 1, 1}}; !reflect.DeepEqual(got, want) {
		t.Errorf("CoMentioned(Merkel) = %v, want %v", got, want)
	}
}

func TestClippingsMentioningListsTheNewestAndCountsThemAll(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	text := "The harbour board met. The harbour stayed shut."
	var ids []int64
	for i := range 12 {
		ids = append(ids, mustAdd(t, l, article(fmt.Sprintf("Clipping %d", i), fmt.Sprintf("https://example.com/%d", i), text, fmt.Sprintf("Day %d.", i))))
	}
	harbour := mustEntity(t, l, "Harbour", annotate.Place)
	never := mustEntity(t, l, "Nowhere", annotate.Place)
	// Clippings 0 to 9 mention it, clipping 3 twice; clipping 10 only in
	// a suggestion, which does not count; clipping 11 not at all.
	for _, id := range ids[:10] {
		mustMention(t, l, id, harbour.ID, span(text, "harbour", 0))
	}
	mustMention(t, l, ids[3], harbour.ID, span(text, "harbour", 1))
	if _, err := l.AddMention(ctx, annotate.Mention{ClippingID: ids[10], EntityID: harbour.ID, Status: annotate.Suggested, Selector: span(text, "harbour", 0)}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		entity    int64
		except    int64
		limit     int
		want      []int64
		wantTotal int
	}{
		{"the newest few, newest first, and how many in all", harbour.ID, 0, 4, []int64{ids[9], ids[8], ids[7], ids[6]}, 10},
		{"without the clipping open", harbour.ID, ids[9], 4, []int64{ids[8], ids[7], ids[6], ids[5]}, 9},
		{"without an older clipping open", harbour.ID, ids[7], 3, []int64{ids[9], ids[8], ids[6]}, 9},
		{"all of them when no limit is given", harbour.ID, 0, 0, []int64{ids[9], ids[8], ids[7], ids[6], ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]}, 10},
		{"all of them when the limit is above their number", harbour.ID, ids[0], 20, []int64{ids[9], ids[8], ids[7], ids[6], ids[5], ids[4], ids[3], ids[2], ids[1]}, 9},
		{"none for an entity nothing mentions", never.ID, 0, 8, nil, 0},
	} {
		// The same answers whether the clippings are read and sorted or
		// found by walking the added date's index.
		for _, walk := range []int{200, 0} {
			t.Run(fmt.Sprintf("%s (walk above %d)", c.name, walk), func(t *testing.T) {
				defer func(old int) { walkAddedAbove = old }(walkAddedAbove)
				walkAddedAbove = walk
				got, total, err := l.ClippingsMentioning(ctx, c.entity, c.except, c.limit)
				if err != nil {
					t.Fatal(err)
				}
				var gotIDs []int64
				for _, s := range got {
					gotIDs = append(gotIDs, s.ID)
				}
				if !reflect.DeepEqual(gotIDs, c.want) || total != c.wantTotal {
					t.Errorf("ClippingsMentioning = %v, %d; want %v, %d", gotIDs, total, c.want, c.wantTotal)
				}
			})
		}
	}
}
