package library

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"margin/annotate"
)

func TestTagSpan(t *testing.T) {
	const text = "Washington said so. Washington DC agreed. In Washington, Wash. DC, they met."
	tests := []struct {
		name        string
		tag         func(c int64, known annotate.Entity) Tag
		wantName    string
		wantType    annotate.EntityType
		wantCreated bool
		wantAliases []string
		wantSpans   []string // the quotes of the mentions added, in text order
	}{
		{
			name:     "a span of a new name creates its entity",
			tag:      func(c int64, _ annotate.Entity) Tag { return tagAt(c, text, "Wash. DC", 0, annotate.Place) },
			wantName: "Wash. DC", wantType: annotate.Place, wantCreated: true,
			wantSpans: []string{"Wash. DC"},
		},
		{
			name:     "a span of a known name of that type is a mention of it",
			tag:      func(c int64, _ annotate.Entity) Tag { return tagAt(c, text, "Washington", 1, annotate.Person) },
			wantName: "Washington", wantType: annotate.Person,
			wantSpans: []string{"Washington"},
		},
		{
			name:     "a known name of another type is a new entity",
			tag:      func(c int64, _ annotate.Entity) Tag { return tagAt(c, text, "Washington", 2, annotate.Place) },
			wantName: "Washington", wantType: annotate.Place, wantCreated: true,
			wantSpans: []string{"Washington"},
		},
		{
			name: "all mentions tags every occurrence",
			tag: func(c int64, _ annotate.Entity) Tag {
				tg := tagAt(c, text, "Washington", 0, annotate.Person)
				tg.All = true
				return tg
			},
			wantName: "Washington", wantType: annotate.Person,
			wantSpans: []string{"Washington", "Washington", "Washington"},
		},
		{
			name: "all mentions of an existing entity adds the span as an alias",
			tag: func(c int64, known annotate.Entity) Tag {
				tg := tagAt(c, text, "Wash. DC", 0, "")
				tg.EntityID, tg.All = known.ID, true
				return tg
			},
			wantName: "Washington", wantType: annotate.Person, wantAliases: []string{"Wash. DC"},
			wantSpans: []string{"Washington", "Washington", "Washington", "Wash. DC"},
		},
		{
			name: "a type is matched in lower case",
			tag: func(c int64, _ annotate.Entity) Tag {
				return tagAt(c, text, "Washington", 1, " Person ")
			},
			wantName: "Washington", wantType: annotate.Person,
			wantSpans: []string{"Washington"},
		},
		{
			name: "a name without a type finds the entity by name or alias",
			tag: func(c int64, _ annotate.Entity) Tag {
				tg := tagAt(c, text, "Washington", 0, "")
				return tg
			},
			wantName: "Washington", wantType: annotate.Person,
			wantSpans: []string{"Washington"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			l := openTest(t)
			c := mustAdd(t, l, article("W", "https://example.com/w", text))
			known := mustEntity(t, l, "Washington", annotate.Person)
			before := state(t, l)
			res, err := l.TagSpan(ctx, tt.tag(c, known))
			if err != nil {
				t.Fatal(err)
			}
			if res.Entity.Name != tt.wantName || res.Entity.Type != tt.wantType || res.Created != tt.wantCreated {
				t.Errorf("entity %q (%s), created %v; want %q (%s), created %v",
					res.Entity.Name, res.Entity.Type, res.Created, tt.wantName, tt.wantType, tt.wantCreated)
			}
			if !equalStrings(res.Entity.Aliases, tt.wantAliases) {
				t.Errorf("aliases %q, want %q", res.Entity.Aliases, tt.wantAliases)
			}
			var spans []string
			for _, m := range res.Mentions {
				spans = append(spans, m.Selector.Exact)
				if m.Status != annotate.Confirmed || m.EntityID != res.Entity.ID {
					t.Errorf("mention %+v is not a confirmed mention of the entity", m)
				}
			}
			if !equalStrings(spans, tt.wantSpans) {
				t.Errorf("mentions %q, want %q", spans, tt.wantSpans)
			}
			label, ok, err := l.Undo(ctx)
			if err != nil || !ok {
				t.Fatalf("Undo: %v, %v", ok, err)
			}
			if got := state(t, l); got != before {
				t.Errorf("one Undo (%q) did not take the whole tag back:\n%s\nwant\n%s", label, got, before)
			}
			if _, ok, _ := l.CanUndo(ctx); !ok {
				t.Error("the undo took back more than the tag: the entity made before it is gone from the history")
			}
		})
	}
}

func TestTagSpanRefuses(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	const text = "Kyiv is the capital."
	c := mustAdd(t, l, article("K", "https://example.com/k", text))
	for _, tt := range []struct {
		name string
		tag  Tag
		want error
	}{
		{"a new name without a type", tagAt(c, text, "Kyiv", 0, ""), ErrNoType},
		{"a span outside the text", Tag{ClippingID: c, Start: 0, End: 400, Type: annotate.Place}, ErrInvalid},
		{"a missing clipping", Tag{ClippingID: 999, Start: 0, End: 4, Type: annotate.Place}, ErrNotFound},
		{"a missing entity", Tag{ClippingID: c, Start: 0, End: 4, EntityID: 999}, ErrNotFound},
	} {
		t.Run(tt.name+" leaves nothing", func(t *testing.T) {
			before := state(t, l)
			if _, err := l.TagSpan(ctx, tt.tag); !errors.Is(err, tt.want) {
				t.Errorf("TagSpan: %v, want %v", err, tt.want)
			}
			if got := state(t, l); got != before {
				t.Errorf("a refused tag changed the library")
			}
		})
	}
}

func TestLoadReadsEverythingAttached(t *testing.T) {
	f := newHistoryFixture(t)
	ctx := context.Background()
	if _, err := f.l.Suggest(ctx, f.clipping); err != nil {
		t.Fatal(err)
	}
	a, err := f.l.Load(ctx, f.clipping)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := f.l.Get(ctx, f.clipping)
	hs, _ := f.l.Highlights(ctx, f.clipping)
	ms, _ := f.l.Mentions(ctx, f.clipping)
	if a.Title != c.Title || a.Note != "first note" || !equalStrings(a.Tags, c.Tags) {
		t.Errorf("clipping %q note %q tags %q; want %q, %q, %q", a.Title, a.Note, a.Tags, c.Title, "first note", c.Tags)
	}
	if len(a.Highlights) != len(hs) || len(a.Highlights) != 1 || a.Highlights[0] != hs[0] {
		t.Errorf("highlights %+v, want %+v", a.Highlights, hs)
	}
	if len(a.Mentions) != len(ms) {
		t.Fatalf("%d mentions, want %d", len(a.Mentions), len(ms))
	}
	for _, m := range a.Mentions {
		want, err := f.l.Entity(ctx, m.EntityID)
		if err != nil {
			t.Fatal(err)
		}
		got := a.Entities[m.EntityID]
		if got.Name != want.Name || got.Type != want.Type || !equalStrings(got.Aliases, want.Aliases) {
			t.Errorf("entity %d is %+v, want %+v", m.EntityID, got, want)
		}
	}
	if got := a.Entities[f.paris.ID].Aliases; !equalStrings(got, []string{"Paname"}) {
		t.Errorf("Paris's aliases %q, want Paname", got)
	}
	if n := len(a.Confirmed()); n != 2 {
		t.Errorf("%d confirmed mentions, want 2", n)
	}
	if _, err := f.l.Load(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Load(999): %v, want ErrNotFound", err)
	}

	t.Run("LoadConfirmed reads the confirmed mentions and their entities only", func(t *testing.T) {
		if len(a.Mentions) == len(a.Confirmed()) {
			t.Fatalf("the fixture has no suggestions to leave out: %+v", a.Mentions)
		}
		conf, err := f.l.LoadConfirmed(ctx, f.clipping)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(conf.Mentions, a.Confirmed()) {
			t.Errorf("mentions %+v, want the confirmed %+v", conf.Mentions, a.Confirmed())
		}
		want := map[int64]annotate.Entity{}
		for _, m := range a.Confirmed() {
			want[m.EntityID] = a.Entities[m.EntityID]
		}
		if !reflect.DeepEqual(conf.Entities, want) {
			t.Errorf("entities %+v, want %+v", conf.Entities, want)
		}
		if conf.Title != a.Title || len(conf.Highlights) != len(a.Highlights) {
			t.Errorf("the rest differs from Load's: %q, %d highlights", conf.Title, len(conf.Highlights))
		}
	})
}

// tagAt is a tag of the n-th (from 0) occurrence of quote in text.
func tagAt(c int64, text, quote string, n int, typ annotate.EntityType) Tag {
	s := span(text, quote, n)
	return Tag{ClippingID: c, Start: s.Start, End: s.End, Type: typ}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTagSentence(t *testing.T) {
	kyiv := annotate.Entity{Name: "Kyiv", Type: annotate.Place}
	two := []annotate.Mention{{}, {}}
	for _, tt := range []struct {
		res  TagResult
		want string
	}{
		{TagResult{Entity: kyiv, Mentions: two, All: true}, "Tagged 2 mentions of Kyiv (Place)."},
		{TagResult{Entity: kyiv, Mentions: two[:1]}, "Tagged 1 mention of Kyiv (Place)."},
		{TagResult{Entity: kyiv, All: true}, "Every mention of Kyiv (Place) was tagged already."},
		{TagResult{Entity: kyiv}, "That mention of Kyiv (Place) was tagged already."},
	} {
		if got := tt.res.Sentence(); got != tt.want {
			t.Errorf("Sentence() = %q, want %q", got, tt.want)
		}
	}
}
