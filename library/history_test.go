package library

import (
	"context"
	"fmt"
	"testing"

	"margin/annotate"
)

// historyFixture is a library with a clipping carrying a note, tags, a
// highlight with a note, and two entities with mentions.
type historyFixture struct {
	l                *Library
	clipping         int64
	text             string
	highlight        annotate.Highlight
	paris, lumiere   annotate.Entity
	mention, another annotate.Mention
}

func newHistoryFixture(t *testing.T) *historyFixture {
	t.Helper()
	ctx := context.Background()
	f := &historyFixture{l: openTest(t), text: "Paris is the Ville Lumière. Paname, they say. Paris again."}
	f.clipping = mustAdd(t, f.l, article("Paris", "https://example.com/p", f.text))
	if err := f.l.SetNote(ctx, f.clipping, "first note"); err != nil {
		t.Fatal(err)
	}
	if err := f.l.AddTags(ctx, f.clipping, "cities", "france"); err != nil {
		t.Fatal(err)
	}
	var err error
	f.highlight, err = f.l.AddHighlight(ctx, annotate.Highlight{ClippingID: f.clipping, Selector: span(f.text, "Ville Lumière", 0), Note: "nickname"})
	if err != nil {
		t.Fatal(err)
	}
	f.paris = mustEntity(t, f.l, "Paris", annotate.Place, "Paname")
	f.lumiere = mustEntity(t, f.l, "Ville Lumière", annotate.Place)
	f.mention = mustMention(t, f.l, f.clipping, f.paris.ID, span(f.text, "Paris", 0))
	f.another = mustMention(t, f.l, f.clipping, f.lumiere.ID, span(f.text, "Ville Lumière", 0))
	return f
}

// state is every annotation row and the full-text notes, without the
// history itself.
func state(t *testing.T, l *Library) string {
	t.Helper()
	d := dump(t, l)
	delete(d, "edits")
	return fmt.Sprint(d)
}

func TestUndoAndRedoEveryKindOfEdit(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		label string
		edit  func(f *historyFixture) error
	}{
		{"adding a highlight", "Highlight", func(f *historyFixture) error {
			_, err := f.l.AddHighlight(ctx, annotate.Highlight{ClippingID: f.clipping, Selector: span(f.text, "Paris again", 0), Color: annotate.Blue, Note: "repeat"})
			return err
		}},
		{"changing a highlight", "Edit Highlight", func(f *historyFixture) error {
			return f.l.UpdateHighlight(ctx, annotate.Highlight{ID: f.highlight.ID, Color: annotate.Purple, Note: "changed"})
		}},
		{"deleting a highlight", "Delete Highlight", func(f *historyFixture) error {
			return f.l.DeleteHighlight(ctx, f.highlight.ID)
		}},
		{"adding a mention", "Tag Entity", func(f *historyFixture) error {
			_, err := f.l.AddMention(ctx, annotate.Mention{ClippingID: f.clipping, EntityID: f.paris.ID, Selector: span(f.text, "Paname", 0)})
			return err
		}},
		{"rejecting a mention", "Reject Mention", func(f *historyFixture) error {
			return f.l.SetMentionStatus(ctx, annotate.Rejected, f.mention.ID, f.another.ID)
		}},
		{"deleting a mention", "Delete Mention", func(f *historyFixture) error {
			return f.l.DeleteMentions(ctx, f.mention.ID)
		}},
		{"tagging all occurrences", "Tag All", func(f *historyFixture) error {
			_, err := f.l.TagAll(ctx, f.clipping, f.paris.ID)
			return err
		}},
		{"creating an entity", "New Entity", func(f *historyFixture) error {
			_, err := f.l.CreateEntity(ctx, annotate.Entity{Name: "France", Type: annotate.Place, Aliases: []string{"Hexagone"}})
			return err
		}},
		{"renaming an entity", "Rename Entity", func(f *historyFixture) error {
			return f.l.UpdateEntity(ctx, annotate.Entity{ID: f.paris.ID, Name: "Paris, France", Type: annotate.Place, Aliases: []string{"Lutèce"}})
		}},
		{"adding an alias", "Add Alias", func(f *historyFixture) error {
			return f.l.AddAliases(ctx, f.paris.ID, "Lutèce")
		}},
		{"removing an alias", "Remove Alias", func(f *historyFixture) error {
			return f.l.RemoveAliases(ctx, f.paris.ID, "paname")
		}},
		{"merging entities", "Merge Entities", func(f *historyFixture) error {
			return f.l.MergeEntities(ctx, f.paris.ID, f.lumiere.ID)
		}},
		{"deleting the clipping", "Delete Clipping", func(f *historyFixture) error {
			return f.l.Delete(ctx, f.clipping)
		}},
		{"deleting an entity", "Delete Entity", func(f *historyFixture) error {
			return f.l.DeleteEntity(ctx, f.paris.ID)
		}},
		{"changing the note", "Note", func(f *historyFixture) error {
			return f.l.SetNote(ctx, f.clipping, "second note")
		}},
		{"adding tags", "Add Tags", func(f *historyFixture) error {
			return f.l.AddTags(ctx, f.clipping, "europe", "capitals")
		}},
		{"removing tags", "Remove Tags", func(f *historyFixture) error {
			return f.l.RemoveTags(ctx, f.clipping, "cities", "France")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is undone and redone", func(t *testing.T) {
			f := newHistoryFixture(t)
			before := state(t, f.l)
			if err := tt.edit(f); err != nil {
				t.Fatal(err)
			}
			after := state(t, f.l)
			if after == before {
				t.Fatal("the edit changed nothing")
			}
			if label, ok, _ := f.l.CanUndo(ctx); !ok || label != tt.label {
				t.Errorf("CanUndo = %q, %v; want %q", label, ok, tt.label)
			}
			label, ok, err := f.l.Undo(ctx)
			if err != nil || !ok || label != tt.label {
				t.Fatalf("Undo = %q, %v, %v; want %q", label, ok, err, tt.label)
			}
			if got := state(t, f.l); got != before {
				t.Errorf("after Undo:\n%s\nwant\n%s", got, before)
			}
			label, ok, err = f.l.Redo(ctx)
			if err != nil || !ok || label != tt.label {
				t.Fatalf("Redo = %q, %v, %v; want %q", label, ok, err, tt.label)
			}
			if got := state(t, f.l); got != after {
				t.Errorf("after Redo:\n%s\nwant\n%s", got, after)
			}
			if _, ok, _ := f.l.Redo(ctx); ok {
				t.Error("Redo twice redid something")
			}
		})
	}
}

func TestHistory(t *testing.T) {
	ctx := context.Background()
	t.Run("undo walks back through several edits and redo forward", func(t *testing.T) {
		f := newHistoryFixture(t)
		s0 := state(t, f.l)
		f.l.SetNote(ctx, f.clipping, "a")
		s1 := state(t, f.l)
		f.l.AddTags(ctx, f.clipping, "b")
		s2 := state(t, f.l)
		f.l.Undo(ctx)
		f.l.Undo(ctx)
		if state(t, f.l) != s0 {
			t.Error("two undos did not return to the start")
		}
		f.l.Redo(ctx)
		if state(t, f.l) != s1 {
			t.Error("redo did not redo the first edit")
		}
		f.l.Redo(ctx)
		if state(t, f.l) != s2 {
			t.Error("redo did not redo the second edit")
		}
	})
	t.Run("a new edit clears what could be redone", func(t *testing.T) {
		f := newHistoryFixture(t)
		f.l.SetNote(ctx, f.clipping, "a")
		f.l.Undo(ctx)
		f.l.AddTags(ctx, f.clipping, "new")
		if _, ok, _ := f.l.CanRedo(ctx); ok {
			t.Error("Redo is still possible")
		}
		if label, _, _ := f.l.CanUndo(ctx); label != "Add Tags" {
			t.Errorf("CanUndo = %q", label)
		}
	})
	t.Run("an edit that changes nothing is not recorded", func(t *testing.T) {
		f := newHistoryFixture(t)
		label, _, _ := f.l.CanUndo(ctx)
		f.l.AddTags(ctx, f.clipping, "cities")
		if l2, _, _ := f.l.CanUndo(ctx); l2 != label {
			t.Errorf("CanUndo = %q, want %q still", l2, label)
		}
	})
	t.Run("with nothing to undo or redo", func(t *testing.T) {
		l := openTest(t)
		if _, ok, err := l.Undo(ctx); ok || err != nil {
			t.Errorf("Undo = %v, %v", ok, err)
		}
		if _, ok, err := l.Redo(ctx); ok || err != nil {
			t.Errorf("Redo = %v, %v", ok, err)
		}
	})
	t.Run("undo after the clipping was deleted brings it back, then undoes the edit before", func(t *testing.T) {
		f := newHistoryFixture(t)
		f.l.MergeEntities(ctx, f.paris.ID, f.lumiere.ID)
		if err := f.l.Delete(ctx, f.clipping); err != nil {
			t.Fatal(err)
		}
		if label, ok, err := f.l.Undo(ctx); !ok || err != nil || label != "Delete Clipping" {
			t.Fatalf("Undo = %q, %v, %v; want the deletion undone", label, ok, err)
		}
		if _, err := f.l.Get(ctx, f.clipping); err != nil {
			t.Fatalf("the clipping is not back: %v", err)
		}
		if _, ok, err := f.l.Undo(ctx); !ok || err != nil {
			t.Fatalf("Undo = %v, %v", ok, err)
		}
		if _, err := f.l.Entity(ctx, f.lumiere.ID); err != nil {
			t.Errorf("the merged entity was not restored: %v", err)
		}
	})
}
