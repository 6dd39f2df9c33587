package library

import (
	"context"
	"errors"
	"testing"

	"margin/annotate"
)

func TestAddMention(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	text := "Kyiv is the capital. Kyiv was shelled."
	c := mustAdd(t, l, article("A", "https://example.com/a", text))
	kyiv := mustEntity(t, l, "Kyiv", annotate.Place)
	m := mustMention(t, l, c, kyiv.ID, span(text, "Kyiv", 0))
	if m.Status != annotate.Confirmed || m.Selector.Exact != "Kyiv" || m.Selector.Suffix == "" || m.ID == 0 {
		t.Errorf("AddMention = %+v", m)
	}
	again := mustMention(t, l, c, kyiv.ID, span(text, "Kyiv", 0))
	if again.ID != m.ID {
		t.Errorf("the same mention twice made two: %d, %d", m.ID, again.ID)
	}
	tests := []struct {
		name string
		m    annotate.Mention
		want error
	}{
		{"a missing entity", annotate.Mention{ClippingID: c, EntityID: 999, Selector: annotate.Selector{Start: 0, End: 4}}, ErrNotFound},
		{"a missing clipping", annotate.Mention{ClippingID: 999, EntityID: kyiv.ID, Selector: annotate.Selector{Start: 0, End: 4}}, ErrNotFound},
		{"a span outside the text", annotate.Mention{ClippingID: c, EntityID: kyiv.ID, Selector: annotate.Selector{Start: 0, End: 400}}, ErrInvalid},
		{"an unknown status", annotate.Mention{ClippingID: c, EntityID: kyiv.ID, Selector: annotate.Selector{Start: 0, End: 4}, Status: "maybe"}, ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			if _, err := l.AddMention(ctx, tt.m); !errors.Is(err, tt.want) {
				t.Errorf("AddMention: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestTagAllTagsEveryOccurrenceOnce(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	text := "Volodymyr Zelensky spoke. Zelensky said no. President Zelenskyy left. Zelenskyite is not him."
	c := mustAdd(t, l, article("A", "https://example.com/a", text))
	z := mustEntity(t, l, "Volodymyr Zelensky", annotate.Person, "Zelensky", "Zelenskyy")
	first := mustMention(t, l, c, z.ID, span(text, "Zelensky", 1))
	// A suggestion at one span is confirmed rather than duplicated.
	sug, _ := l.AddMention(ctx, annotate.Mention{ClippingID: c, EntityID: z.ID, Selector: span(text, "Zelenskyy", 0), Status: annotate.Suggested})

	got, err := l.TagAll(ctx, c, z.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Errorf("TagAll returned %d mentions, want 2 (the full name, and the confirmed suggestion): %+v", len(got), got)
	}
	ms, _ := l.Mentions(ctx, c)
	if len(ms) != 3 {
		t.Fatalf("mentions = %+v", ms)
	}
	for _, m := range ms {
		if m.Status != annotate.Confirmed {
			t.Errorf("mention %q is %s", m.Selector.Exact, m.Status)
		}
	}
	if ms[1].ID != first.ID || ms[2].ID != sug.ID {
		t.Errorf("existing mentions were replaced: %+v", ms)
	}
	if again, _ := l.TagAll(ctx, c, z.ID); len(again) != 0 {
		t.Errorf("TagAll again added %+v", again)
	}
}

func TestSetMentionStatusAndDelete(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	text := "Oslo and Bergen."
	c := mustAdd(t, l, article("A", "https://example.com/a", text))
	e := mustEntity(t, l, "Oslo", annotate.Place)
	a := mustMention(t, l, c, e.ID, span(text, "Oslo", 0))
	b := mustMention(t, l, c, e.ID, span(text, "Bergen", 0))
	if err := l.SetMentionStatus(ctx, annotate.Rejected, a.ID, b.ID); err != nil {
		t.Fatal(err)
	}
	ms, _ := l.Mentions(ctx, c)
	if ms[0].Status != annotate.Rejected || ms[1].Status != annotate.Rejected {
		t.Errorf("statuses = %s, %s", ms[0].Status, ms[1].Status)
	}
	if err := l.SetMentionStatus(ctx, annotate.Confirmed, a.ID, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("with a missing id: %v", err)
	}
	if ms, _ := l.Mentions(ctx, c); ms[0].Status != annotate.Rejected {
		t.Error("a failed SetMentionStatus changed a mention")
	}
	if err := l.SetMentionStatus(ctx, "sure", a.ID); !errors.Is(err, ErrInvalid) {
		t.Errorf("an unknown status: %v", err)
	}
	if err := l.DeleteMentions(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if ms, _ := l.Mentions(ctx, c); len(ms) != 1 || ms[0].ID != b.ID {
		t.Errorf("after DeleteMentions: %+v", ms)
	}
}

func TestSuggest(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	text := "Angela Merkel met Emmanuel Macron in Berlin on Tuesday. Merkel said the talks in Berlin went well. " +
		"Later, Macron flew back to Paris."
	c := mustAdd(t, l, article("Summit", "https://example.com/s", text))
	known := mustEntity(t, l, "Emmanuel Macron", annotate.Person, "Macron")

	pending, err := l.Suggest(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) == 0 {
		t.Fatal("no suggestions")
	}
	byText := map[string]annotate.Mention{}
	for _, m := range pending {
		if m.Status != annotate.Suggested {
			t.Errorf("%q is %s", m.Selector.Exact, m.Status)
		}
		byText[m.Selector.Exact] = m
	}
	if m, ok := byText["Macron"]; !ok || m.EntityID != known.ID {
		t.Errorf("Macron was not linked to the known entity: %+v", byText)
	}
	berlin, ok := byText["Berlin"]
	if !ok {
		t.Fatalf("Berlin was not suggested: %+v", byText)
	}
	if e, err := l.Entity(ctx, berlin.EntityID); err != nil || e.Name != "Berlin" {
		t.Errorf("Berlin's entity = %+v, %v", e, err)
	}

	// Running it again adds nothing.
	again, err := l.Suggest(ctx, c)
	if err != nil || len(again) != len(pending) {
		t.Errorf("Suggest again = %d suggestions, %v; want %d", len(again), err, len(pending))
	}

	// Rejected text is never suggested again in this clipping, and a
	// confirmed span is not suggested twice.
	var berlins []int64
	for _, m := range pending {
		if m.Selector.Exact == "Berlin" {
			berlins = append(berlins, m.ID)
		}
	}
	if err := l.SetMentionStatus(ctx, annotate.Rejected, berlins[0]); err != nil {
		t.Fatal(err)
	}
	if err := l.DeleteMentions(ctx, berlins[1:]...); err != nil {
		t.Fatal(err)
	}
	if err := l.SetMentionStatus(ctx, annotate.Confirmed, byText["Macron"].ID); err != nil {
		t.Fatal(err)
	}
	after, err := l.Suggest(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range after {
		if m.Selector.Exact == "Berlin" {
			t.Errorf("rejected text suggested again: %+v", m)
		}
		if m.ID == byText["Macron"].ID {
			t.Errorf("a confirmed mention is listed as pending")
		}
	}
	ms, _ := l.Mentions(ctx, c)
	seen := map[[2]int]bool{}
	for _, m := range ms {
		k := [2]int{m.Selector.Start, m.Selector.End}
		if seen[k] && m.Status != annotate.Rejected {
			t.Errorf("two mentions of the span %q", m.Selector.Exact)
		}
		seen[k] = true
	}
	if _, err := l.Suggest(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Suggest on a missing clipping: %v", err)
	}
}

func TestSuggestRemembersRejectionsAcrossTheLibrary(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	first := mustAdd(t, l, article("One", "https://example.com/1", "Angela Merkel met Emmanuel Macron in Berlin on Tuesday."))
	second := mustAdd(t, l, article("Two", "https://example.com/2", "Officials in Berlin and Paris agreed on Friday."))

	pending, err := l.Suggest(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range pending {
		if m.Score <= 0 || m.Score > 1 {
			t.Errorf("suggestion %q scored %v, want (0, 1]", m.Selector.Exact, m.Score)
		}
		if m.Selector.Exact == "Berlin" {
			if err := l.SetMentionStatus(ctx, annotate.Rejected, m.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	suggested := func() map[string]bool {
		t.Helper()
		ms, err := l.Suggest(ctx, second)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, m := range ms {
			got[m.Selector.Exact] = true
		}
		return got
	}
	if got := suggested(); got["Berlin"] || !got["Paris"] {
		t.Errorf("after rejecting Berlin in another clipping: %v, want Paris and not Berlin", got)
	}
	n, err := l.ForgetRejection(ctx, "Berlin")
	if err != nil || n != 1 {
		t.Fatalf("ForgetRejection = %d, %v; want 1", n, err)
	}
	if names, _ := l.RejectedNames(ctx); len(names) != 0 {
		t.Errorf("rejected names after forgetting: %q", names)
	}
	if got := suggested(); !got["Berlin"] {
		t.Errorf("after forgetting the rejection: %v, want Berlin", got)
	}
	// Forgetting is an edit like others: undone, the rejection is back.
	if label, ok, err := l.Undo(ctx); err != nil || !ok || label != "Forget Rejection" {
		t.Fatalf("Undo = %q, %v, %v", label, ok, err)
	}
	if names, _ := l.RejectedNames(ctx); len(names) != 1 || names[0] != "Berlin" {
		t.Errorf("rejected names after undo: %q", names)
	}
}

func TestDecidePendingTakesWhatThePickChooses(t *testing.T) {
	ctx := context.Background()
	text := "Oslo, Bergen and Tromso."
	suggest := func(t *testing.T, l *Library, c int64, e annotate.Entity, name string, score float64) annotate.Mention {
		t.Helper()
		m, err := l.AddMention(ctx, annotate.Mention{ClippingID: c, EntityID: e.ID, Selector: span(text, name, 0), Status: annotate.Suggested, Score: score})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	type setup struct {
		l                    *Library
		c                    int64
		oslo, bergen, tromso annotate.Mention
	}
	prepare := func(t *testing.T) setup {
		l := openTest(t)
		c := mustAdd(t, l, article("A", "https://example.com/a", text))
		place := mustEntity(t, l, "Oslo", annotate.Place)
		other := mustEntity(t, l, "Tromso", annotate.Place)
		return setup{l, c,
			suggest(t, l, c, place, "Oslo", 0.95),
			suggest(t, l, c, place, "Bergen", 0.4),
			suggest(t, l, c, other, "Tromso", 0.9)}
	}
	statuses := func(t *testing.T, s setup) map[int64]annotate.MentionStatus {
		ms, err := s.l.Mentions(ctx, s.c)
		if err != nil {
			t.Fatal(err)
		}
		out := map[int64]annotate.MentionStatus{}
		for _, m := range ms {
			out[m.ID] = m.Status
		}
		return out
	}

	t.Run("confident only leaves the weak suggestion pending", func(t *testing.T) {
		s := prepare(t)
		n, err := s.l.DecidePending(ctx, s.c, annotate.Confirmed, PendingPick{ConfidentOnly: true})
		if err != nil || n != 2 {
			t.Fatalf("DecidePending = %d, %v; want 2 decided", n, err)
		}
		got := statuses(t, s)
		if got[s.oslo.ID] != annotate.Confirmed || got[s.tromso.ID] != annotate.Confirmed || got[s.bergen.ID] != annotate.Suggested {
			t.Errorf("statuses = %v", got)
		}
		if _, _, err := s.l.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		for id, st := range statuses(t, s) {
			if st != annotate.Suggested {
				t.Errorf("after one undo mention %d is %s, want suggested again", id, st)
			}
		}
	})
	t.Run("one entity's suggestions are rejected together", func(t *testing.T) {
		s := prepare(t)
		n, err := s.l.DecidePending(ctx, s.c, annotate.Rejected, PendingPick{EntityID: s.oslo.EntityID})
		if err != nil || n != 2 {
			t.Fatalf("DecidePending = %d, %v; want 2 decided", n, err)
		}
		got := statuses(t, s)
		if got[s.oslo.ID] != annotate.Rejected || got[s.bergen.ID] != annotate.Rejected || got[s.tromso.ID] != annotate.Suggested {
			t.Errorf("statuses = %v", got)
		}
	})
	t.Run("nothing pending decides nothing", func(t *testing.T) {
		s := prepare(t)
		if _, err := s.l.DecidePending(ctx, s.c, annotate.Confirmed, PendingPick{}); err != nil {
			t.Fatal(err)
		}
		if n, err := s.l.DecidePending(ctx, s.c, annotate.Confirmed, PendingPick{}); err != nil || n != 0 {
			t.Errorf("second DecidePending = %d, %v; want 0", n, err)
		}
	})
	t.Run("a decision other than confirm or reject is refused", func(t *testing.T) {
		s := prepare(t)
		if _, err := s.l.DecidePending(ctx, s.c, annotate.Suggested, PendingPick{}); !errors.Is(err, ErrInvalid) {
			t.Errorf("DecidePending(suggested) = %v, want ErrInvalid", err)
		}
	})
	t.Run("a clipping that is not in the library is an error, not nothing decided", func(t *testing.T) {
		s := prepare(t)
		if n, err := s.l.DecidePending(ctx, s.c+100, annotate.Confirmed, PendingPick{}); !errors.Is(err, ErrNotFound) || n != 0 {
			t.Errorf("DecidePending(missing clipping) = %d, %v; want ErrNotFound", n, err)
		}
		if err := s.l.CheckClipping(ctx, s.c+100); !errors.Is(err, ErrNotFound) {
			t.Errorf("CheckClipping(missing clipping) = %v, want ErrNotFound", err)
		}
		if err := s.l.CheckClipping(ctx, s.c); err != nil {
			t.Errorf("CheckClipping(%d) = %v", s.c, err)
		}
	})
}

func TestSuggestLearnsFromThePersonNotFromItsOwnGuesses(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	c := mustAdd(t, l, article("One", "https://example.com/1", "Angela Merkel met Emmanuel Macron in Berlin on Tuesday."))
	names := func() map[string]bool {
		t.Helper()
		es, err := knownEntities(ctx, l.db)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, e := range es {
			out[e.Name] = true
		}
		return out
	}
	pending, err := l.Suggest(ctx, c)
	if err != nil || len(pending) == 0 {
		t.Fatalf("Suggest = %d suggestions, %v", len(pending), err)
	}
	if got := names(); len(got) != 0 {
		t.Errorf("before any decision the library knows %v, want nothing: undecided suggestions are Margin's guesses", got)
	}
	for _, m := range pending {
		switch m.Selector.Exact {
		case "Angela Merkel":
			err = l.SetMentionStatus(ctx, annotate.Confirmed, m.ID)
		case "Berlin":
			err = l.SetMentionStatus(ctx, annotate.Rejected, m.ID)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	mustEntity(t, l, "Olaf Scholz", annotate.Person)
	got := names()
	if !got["Angela Merkel"] || !got["Olaf Scholz"] {
		t.Errorf("known = %v, want the confirmed Angela Merkel and the person's own Olaf Scholz", got)
	}
	if got["Berlin"] || got["Emmanuel Macron"] {
		t.Errorf("known = %v, want neither the rejected Berlin nor the undecided Emmanuel Macron", got)
	}
}
