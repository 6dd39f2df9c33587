package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/library"
)

// suggestAt stores a suggestion of a new entity called name, of type typ,
// at the first occurrence of name in the clipping, with score.
func suggestAt(t *testing.T, lib *library.Library, id int64, name string, typ annotate.EntityType, score float64) annotate.Mention {
	t.Helper()
	ctx := context.Background()
	c, err := lib.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	e, err := lib.CreateEntity(ctx, annotate.Entity{Name: name, Type: typ})
	if err != nil {
		t.Fatal(err)
	}
	start := runeIndex(c.Text(), name)
	m, err := lib.AddMention(ctx, annotate.Mention{
		ClippingID: id, EntityID: e.ID, Status: annotate.Suggested, Score: score,
		Selector: annotate.Selector{Start: start, End: start + len([]rune(name))},
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// panelTexts are the texts of the labels and buttons in the entities tab,
// in order, each with the object showing it.
func panelTexts(w *mainWindow) ([]string, map[string]fyne.CanvasObject) {
	var texts []string
	objs := map[string]fyne.CanvasObject{}
	for _, row := range w.panel.entBox.Objects {
		for _, o := range test.LaidOutObjects(row) {
			var s string
			switch x := o.(type) {
			case *widget.Label:
				s = x.Text
			case *widget.Button:
				s = x.Text
			case *quietText:
				s = x.Text
			default:
				continue
			}
			if s != "" {
				texts = append(texts, s)
				objs[s] = o
			}
		}
	}
	return texts, objs
}

func TestThePanelShowsWeakSuggestionsApartAndAcceptsOnlyConfidentOnes(t *testing.T) {
	w := newTestWindow(t)
	id := addArticleBy(t, w.lib, "Harbour plans divide the city", "Maria Lopez")
	sure := suggestAt(t, w.lib, id, "Maria Lopez", annotate.Person, 0.95)
	weak := suggestAt(t, w.lib, id, "Pacific Shipping Group", annotate.Organization, 0.5)
	w.list.reloadKeepPosition()
	w.OpenClipping(id)
	w.wait()

	texts, objs := panelTexts(w)
	joined := strings.Join(texts, " | ")
	order := []string{"Suggested", "Maria Lopez", "Less sure", "Pacific Shipping Group"}
	at := -1
	for _, want := range order {
		i := strings.Index(joined[at+1:], want)
		if i < 0 {
			t.Fatalf("the panel does not show %q after the previous group; it shows %s", want, joined)
		}
		at += 1 + i
	}
	if l, ok := objs["Pacific Shipping Group"].(*widget.Label); !ok || l.Importance != widget.LowImportance {
		t.Errorf("the weak suggestion is not dimmed")
	}
	if l, ok := objs["Maria Lopez"].(*widget.Label); !ok || l.Importance == widget.LowImportance {
		t.Errorf("the confident suggestion is dimmed")
	}
	button, ok := objs["Accept 1 confident"].(*widget.Button)
	if !ok {
		t.Fatalf("no button says it accepts the one confident suggestion; the panel shows %s", joined)
	}
	if _, ok := objs["Accept all"]; ok {
		t.Errorf("the panel still offers to accept all")
	}

	test.Tap(button)
	w.wait()
	checkOnlyConfidentAccepted(t, w, id, sure, weak)
	texts, objs = panelTexts(w)
	if _, ok := objs["Less sure  1"]; !ok {
		t.Errorf("after accepting, the weak suggestion is no longer offered apart: %q", texts)
	}
	for _, s := range texts {
		if strings.HasPrefix(s, "Accept ") {
			t.Errorf("with no confident suggestion left the panel still shows %q", s)
		}
	}
}

func TestANameWithConfidentAndWeakMentionsIsListedOnceWithTheConfident(t *testing.T) {
	w := newTestWindow(t)
	id := addArticleBy(t, w.lib, "Harbour plans divide the city", "Maria Lopez")
	sure := suggestAt(t, w.lib, id, "Maria Lopez", annotate.Person, 0.95)
	c, err := w.lib.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	text := c.Text()
	second := runeIndex(text, "Maria Lopez told")
	weak, err := w.lib.AddMention(context.Background(), annotate.Mention{
		ClippingID: id, EntityID: sure.EntityID, Status: annotate.Suggested, Score: 0.5,
		Selector: annotate.Selector{Start: second, End: second + len([]rune("Maria Lopez"))},
	})
	if err != nil {
		t.Fatal(err)
	}
	w.list.reloadKeepPosition()
	w.OpenClipping(id)
	w.wait()

	texts, objs := panelTexts(w)
	joined := strings.Join(texts, " | ")
	if n := strings.Count(joined, "Maria Lopez"); n != 1 {
		t.Errorf("the name is listed %d times, want once: %s", n, joined)
	}
	if strings.Contains(joined, "Less sure") {
		t.Errorf("a name with a confident mention is listed apart as less sure: %s", joined)
	}
	if !strings.Contains(joined, "Person ×2") {
		t.Errorf("the name's row does not count both its mentions: %s", joined)
	}
	button, ok := objs["Accept 1 confident"].(*widget.Button)
	if !ok {
		t.Fatalf("no button accepts the one confident entity; the panel shows %s", joined)
	}
	test.Tap(button)
	w.wait()
	checkOnlyConfidentAccepted(t, w, id, sure, weak)
	// What is left pending of the name is weak: now it is listed apart.
	if texts, objs := panelTexts(w); objs["Less sure  1"] == nil {
		t.Errorf("after accepting, the name's weak mention is not offered apart: %s", strings.Join(texts, " | "))
	}
}

// checkOnlyConfidentAccepted checks, after "Accept N confident", that the
// confident suggestion sure is confirmed and the weak one still pending.
func checkOnlyConfidentAccepted(t *testing.T, w *mainWindow, id int64, sure, weak annotate.Mention) {
	t.Helper()
	ms, err := w.lib.Mentions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		switch m.ID {
		case sure.ID:
			if m.Status != annotate.Confirmed {
				t.Errorf("the confident suggestion is %s, want confirmed", m.Status)
			}
		case weak.ID:
			if m.Status != annotate.Suggested {
				t.Errorf("the weak suggestion is %s, want still suggested", m.Status)
			}
		}
	}
}
