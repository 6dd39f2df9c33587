package app

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/assets"
	"margin/clip"
	"margin/export"
	"margin/library"
)

// winArticle is a news page the test server serves.
func winArticle(title, name string) string {
	return `<!doctype html><html lang="en"><head><title>` + title + ` | Harbour News</title>
<meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>` + title + `</h1><p class="byline">By Ana Torres</p>
<p>Rain fell on the harbour as ` + name + ` walked to the council meeting in Valparaiso, where the port authority was expected to announce its plans for the coming decade.</p>
<p>The proposal, drafted by the Pacific Shipping Group, would double the number of berths. Critics say the cost is too high and the timeline unrealistic, and several councillors have asked for an independent review before any vote.</p>
<p>` + name + ` told reporters that the city could not wait another decade. "The ships are already here," she said, pointing at the cranes that line the water from the old customs house to the fish market.</p>
<p>The vote is set for March, after a month of public consultation in which residents of the hill neighbourhoods will be asked what the new traffic would mean for them.</p>
</article><footer>© Harbour News</footer></body></html>`
}

// winServer serves articles at /a/<n>.
func winServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/a/1":
			fmt.Fprint(rw, winArticle("Harbour plans divide the city", "Maria Lopez"))
		case "/a/2":
			fmt.Fprint(rw, winArticle("Council delays the port vote", "Elena Ruiz"))
		default:
			http.NotFound(rw, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// newTestWindow opens a window on a new library in a temporary folder.
func newTestWindow(t *testing.T) *mainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	lib, err := library.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	w := newMainWindow(a, lib, newTestTasks())
	w.win.Resize(fyne.NewSize(1200, 800))
	w.Show()
	t.Cleanup(func() {
		w.wait()
		w.cancel()
		lib.Close()
	})
	w.wait()
	return w
}

// addThroughDialog clips input as a person would: the new-clip dialog,
// typing, Add.
func addThroughDialog(t *testing.T, w *mainWindow, input string) {
	t.Helper()
	w.ShowNewClip()
	d := w.newClip
	if d == nil {
		t.Fatal("the new-clipping dialog did not open")
	}
	d.input.SetText("")
	test.Type(d.input, input)
	test.Tap(d.add)
	w.wait()
	if d.status.Visible() && d.status.Text != "" {
		t.Fatalf("clipping %q failed: %s", input, d.status.Text)
	}
}

// listTitles are the titles the library list shows.
func listTitles(w *mainWindow) []string {
	var out []string
	for _, s := range w.list.items() {
		out = append(out, s.Title)
	}
	return out
}

func TestAddClippingThroughTheDialogOpensIt(t *testing.T) {
	w := newTestWindow(t)
	srv := winServer(t)
	addThroughDialog(t, w, srv.URL+"/a/1")

	if w.current == nil || w.current.Title != "Harbour plans divide the city" {
		t.Fatalf("open clipping = %+v, want the new one", w.current)
	}
	if got := w.win.Title(); got != "Margin — Harbour plans divide the city" {
		t.Errorf("window title = %q", got)
	}
	if !strings.Contains(w.reader.Text(), "Valparaiso") {
		t.Errorf("the reader does not show the article")
	}
	if got := listTitles(w); len(got) != 1 || got[0] != "Harbour plans divide the city" {
		t.Errorf("list = %q", got)
	}
	if w.newClip != nil {
		t.Errorf("the dialog is still open")
	}
	// Suggestions ran in the background and reached the panel.
	var suggested int
	for _, m := range w.mentions {
		if m.Status == annotate.Suggested {
			suggested++
		}
	}
	if suggested == 0 {
		t.Errorf("no suggestions after adding")
	}
}

func TestAddingADuplicateOffersToOpenIt(t *testing.T) {
	w := newTestWindow(t)
	srv := winServer(t)
	addThroughDialog(t, w, srv.URL+"/a/1")
	addThroughDialog(t, w, srv.URL+"/a/2")
	if w.current.Title != "Council delays the port vote" {
		t.Fatalf("open = %q", w.current.Title)
	}
	addThroughDialog(t, w, srv.URL+"/a/1")
	if n := w.list.total; n != 2 {
		t.Errorf("list has %d clippings after a duplicate, want 2", n)
	}
	if w.current.Title != "Council delays the port vote" {
		t.Errorf("a duplicate opened without asking")
	}
	if !hasDialogText(w, "is already in your library") {
		t.Errorf("no dialog offered the existing clipping")
	}
}

// hasDialogText reports whether an overlay of the window shows s.
func hasDialogText(w *mainWindow, s string) bool {
	for _, o := range w.win.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			switch x := obj.(type) {
			case *widget.Label:
				if strings.Contains(x.Text, s) {
					return true
				}
			case *canvas.Text:
				if strings.Contains(x.Text, s) {
					return true
				}
			}
		}
	}
	return false
}

func TestClippingErrorsAreOneSentence(t *testing.T) {
	w := newTestWindow(t)
	srv := winServer(t)
	w.ShowNewClip()
	d := w.newClip
	test.Type(d.input, srv.URL+"/missing")
	test.Tap(d.add)
	w.wait()
	if !d.status.Visible() || !strings.Contains(d.status.Text, "404") {
		t.Fatalf("status = %q, want the site's error", d.status.Text)
	}
	if strings.Count(d.status.Text, ".") != 1 {
		t.Errorf("status %q is not one sentence", d.status.Text)
	}
	if w.current != nil {
		t.Errorf("a clipping opened after an error")
	}
}

func TestCancelStopsAClipInProgress(t *testing.T) {
	w := newTestWindow(t)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	w.ShowNewClip()
	d := w.newClip
	test.Type(d.input, srv.URL+"/slow")
	test.Tap(d.add)
	if !d.progress.Visible() || !d.add.Disabled() {
		t.Fatal("no progress while clipping")
	}
	test.Tap(d.cancel)
	w.wait()
	if d.status.Text != "Cancelled." {
		t.Errorf("status = %q", d.status.Text)
	}
	if d.add.Disabled() {
		t.Errorf("Add stays disabled after cancelling")
	}
}

// addArticles fills the library directly (not through the window).
func addArticles(t *testing.T, lib *library.Library, titles ...string) []int64 {
	t.Helper()
	var ids []int64
	for i, title := range titles {
		a, err := clip.Extract([]byte(winArticle(title, "Person "+title)), fmt.Sprintf("https://news.example/%d", i))
		if err != nil {
			t.Fatal(err)
		}
		id, _, err := lib.Add(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

func TestSearchAndFilterTheList(t *testing.T) {
	w := newTestWindow(t)
	ctx := context.Background()
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport", "Airport strike ends")
	if err := w.lib.AddTags(ctx, ids[1], "weather"); err != nil {
		t.Fatal(err)
	}
	w.list.reloadKeepPosition()
	w.wait()
	if n := len(listTitles(w)); n != 3 {
		t.Fatalf("list shows %d, want 3", n)
	}

	test.Type(w.list.search, "airport")
	w.wait()
	got := listTitles(w)
	if len(got) != 2 || !strings.Contains(strings.Join(got, "|"), "Airport strike ends") {
		t.Errorf("search airport = %q", got)
	}
	if w.list.count.Text != "2 clippings found" {
		t.Errorf("count = %q", w.list.count.Text)
	}

	w.list.search.SetText("")
	w.wait()
	w.list.tag.SetSelected("weather")
	w.wait()
	if got := listTitles(w); len(got) != 1 || got[0] != "Storm closes the airport" {
		t.Errorf("tag weather = %q", got)
	}
	w.list.tag.SetSelected(anyTag)
	w.list.sort.SetSelected(sortLabels[library.SortTitle])
	w.wait()
	if got := listTitles(w); len(got) != 3 || got[0] != "Airport strike ends" || got[2] != "Storm closes the airport" {
		t.Errorf("by title = %q", got)
	}
}

func TestTypingQuicklyRunsOneSearch(t *testing.T) {
	w := newTestWindow(t)
	addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	w.list.reloadKeepPosition()
	w.wait()
	gen := w.list.gen
	test.Type(w.list.search, "storm")
	w.wait()
	if d := w.list.gen - gen; d != 1 {
		t.Errorf("typing a word ran %d searches, want 1", d)
	}
	if got := listTitles(w); len(got) != 1 || got[0] != "Storm closes the airport" {
		t.Errorf("list = %q", got)
	}
}

func TestSelectingARowOpensTheClipping(t *testing.T) {
	w := newTestWindow(t)
	addArticles(t, w.lib, "First story", "Second story")
	w.list.reloadKeepPosition()
	w.wait()
	w.list.list.Select(1) // newest first: the first story is second
	w.wait()
	if w.current == nil || w.current.Title != "First story" {
		t.Fatalf("open = %+v", w.current)
	}
	if !w.reader.Visible() || w.empty.Visible() {
		t.Errorf("the reader is not shown")
	}
	if w.prefs.LastClipping != w.current.ID {
		t.Errorf("last clipping not remembered")
	}
}

func TestReopensTheLastClipping(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	lib, err := library.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	ids := addArticles(t, lib, "First story", "Second story")
	a.Preferences().SetInt(prefLast, int(ids[0]))
	w := newMainWindow(a, lib, newTestTasks())
	w.wait()
	defer w.cancel()
	if w.current == nil || w.current.ID != ids[0] {
		t.Fatalf("open = %+v, want the last clipping", w.current)
	}
}

func TestAcceptASuggestionInThePanel(t *testing.T) {
	w := newTestWindow(t)
	srv := winServer(t)
	addThroughDialog(t, w, srv.URL+"/a/1")

	var target annotate.Mention
	for _, m := range w.mentions {
		if m.Status == annotate.Suggested && strings.Contains(m.Selector.Exact, "Lopez") {
			target = m
		}
	}
	if target.ID == 0 {
		t.Fatalf("Maria Lopez was not suggested: %+v", w.mentions)
	}
	b := suggestionButton(w, target.EntityID, theme.ConfirmIcon())
	if b == nil {
		t.Fatal("no accept button for the suggestion")
	}
	test.Tap(b)
	w.wait()

	ms, err := w.lib.Mentions(context.Background(), w.current.ID)
	if err != nil {
		t.Fatal(err)
	}
	confirmed := 0
	for _, m := range ms {
		if m.EntityID == target.EntityID {
			if m.Status != annotate.Confirmed {
				t.Errorf("mention %q is %s, want confirmed", m.Selector.Exact, m.Status)
			}
			confirmed++
		}
	}
	if confirmed < 2 {
		t.Errorf("%d mentions confirmed, want both of Maria Lopez's", confirmed)
	}
	if suggestionButton(w, target.EntityID, theme.ConfirmIcon()) != nil {
		t.Errorf("the panel still offers the accepted suggestion")
	}
	if w.menu.undo.Label != "Undo Confirm Mention" {
		t.Errorf("undo menu = %q", w.menu.undo.Label)
	}
}

func TestRejectASuggestion(t *testing.T) {
	w := newTestWindow(t)
	srv := winServer(t)
	addThroughDialog(t, w, srv.URL+"/a/1")
	var target annotate.Mention
	for _, m := range w.mentions {
		if m.Status == annotate.Suggested {
			target = m
			break
		}
	}
	if target.ID == 0 {
		t.Fatal("no suggestion")
	}
	test.Tap(suggestionButton(w, target.EntityID, theme.CancelIcon()))
	w.wait()
	for _, m := range w.mentions {
		if m.EntityID == target.EntityID && m.Status != annotate.Rejected {
			t.Errorf("mention %d is %s", m.ID, m.Status)
		}
	}
}

func TestHighlightThenUndoAndRedo(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city")
	w.list.reloadKeepPosition()
	w.OpenClipping(ids[0])
	w.wait()
	start := strings.Index(w.reader.Text(), "Pacific Shipping Group")
	start = len([]rune(w.reader.Text()[:start]))
	w.reader.Select(start, start+22)
	w.reader.OnHighlight(start, start+22, annotate.Green)
	w.wait()
	if len(w.highlights) != 1 || w.highlights[0].Color != annotate.Green {
		t.Fatalf("highlights = %+v", w.highlights)
	}
	if w.highlights[0].Selector.Exact != "Pacific Shipping Group" {
		t.Errorf("quote = %q", w.highlights[0].Selector.Exact)
	}
	if w.menu.undo.Label != "Undo Highlight" || w.menu.undo.Disabled {
		t.Errorf("undo item = %q (disabled %v)", w.menu.undo.Label, w.menu.undo.Disabled)
	}
	if got := w.list.items()[0].HighlightCount; got != 1 {
		t.Errorf("list row shows %d highlights", got)
	}

	w.Undo()
	w.wait()
	if len(w.highlights) != 0 {
		t.Errorf("after undo: %d highlights", len(w.highlights))
	}
	if w.menu.redo.Label != "Redo Highlight" || w.menu.redo.Disabled {
		t.Errorf("redo item = %q", w.menu.redo.Label)
	}
	w.Redo()
	w.wait()
	if len(w.highlights) != 1 {
		t.Errorf("after redo: %d highlights", len(w.highlights))
	}
}

func TestNoteOnASelectionAndTheClipping(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city")
	w.OpenClipping(ids[0])
	w.wait()
	w.NoteOn(10, 20, "check this")
	w.wait()
	if len(w.highlights) != 1 || w.highlights[0].Note != "check this" || w.highlights[0].Color != annotate.Yellow {
		t.Fatalf("highlights = %+v", w.highlights)
	}
	w.NoteOn(10, 20, "checked")
	w.wait()
	if len(w.highlights) != 1 || w.highlights[0].Note != "checked" {
		t.Errorf("editing the note: %+v", w.highlights)
	}

	w.panel.tabs.SelectIndex(2) // Details, where the note is
	test.Type(w.panel.note, "Follow up in March.")
	w.panel.flush()
	w.wait()
	c, err := w.lib.Get(context.Background(), ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if c.Note != "Follow up in March." {
		t.Errorf("clipping note = %q", c.Note)
	}
}

func TestTagsInThePanel(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city")
	w.OpenClipping(ids[0])
	w.wait()
	test.Type(w.panel.tagEntry, "ports, chile")
	w.panel.tagEntry.OnSubmitted(w.panel.tagEntry.Text)
	w.wait()
	if got := strings.Join(w.current.Tags, ","); got != "chile,ports" {
		t.Fatalf("tags = %q", got)
	}
	w.RemoveTag("chile")
	w.wait()
	if got := strings.Join(w.current.Tags, ","); got != "ports" {
		t.Errorf("tags after removing = %q", got)
	}
	if !containsString(w.list.tag.Options, "ports") {
		t.Errorf("tag filter options = %q", w.list.tag.Options)
	}
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestTagASelectionAsAPerson(t *testing.T) {
	w := newTestWindow(t)
	id := addArticleBy(t, w.lib, "Harbour plans divide the city", "Maria Lopez")
	w.OpenClipping(id)
	w.wait()
	i := runeIndex(w.reader.Text(), "Maria Lopez")
	w.TagSelection(i, i+len("Maria Lopez"), annotate.Person, false)
	w.wait()
	e, err := w.lib.FindEntity(context.Background(), "Maria Lopez")
	if err != nil || e.Type != annotate.Person {
		t.Fatalf("entity = %+v, %v", e, err)
	}
	if n := confirmedOf(w, e.ID); n != 1 {
		t.Errorf("%d confirmed mentions of Maria Lopez, want the one selected: %+v", n, w.mentions)
	}
}

func TestTagAllMentionsIsOneUndoStep(t *testing.T) {
	w := newTestWindow(t)
	ctx := context.Background()
	id := addArticleBy(t, w.lib, "Harbour plans divide the city", "Maria Lopez")
	w.OpenClipping(id)
	w.wait()
	before := annotationState(t, w.lib, id)
	i := runeIndex(w.reader.Text(), "Maria Lopez")
	w.TagSelection(i, i+len("Maria Lopez"), annotate.Person, true)
	w.wait()
	e, err := w.lib.FindEntity(ctx, "Maria Lopez")
	if err != nil || e.Type != annotate.Person {
		t.Fatalf("entity = %+v, %v", e, err)
	}
	if n := confirmedOf(w, e.ID); n != 2 {
		t.Errorf("%d confirmed mentions of Maria Lopez, want both", n)
	}
	if got := w.menu.undo.Label; got != "Undo Tag All Mentions" {
		t.Errorf("the Edit menu says %q", got)
	}
	w.menu.undo.Action() // Ctrl+Z
	w.wait()
	if got := annotationState(t, w.lib, id); got != before {
		t.Errorf("after one undo:\n%s\nwant\n%s", got, before)
	}
	if _, err := w.lib.FindEntity(ctx, "Maria Lopez"); err == nil {
		t.Error("the entity the tag made is still in the library")
	}
	if n := confirmedOf(w, e.ID); n != 0 {
		t.Errorf("the window still shows %d mentions", n)
	}
}

// addArticleBy files a test article naming a person.
func addArticleBy(t *testing.T, lib *library.Library, title, name string) int64 {
	t.Helper()
	a, err := clip.Extract([]byte(winArticle(title, name)), "https://news.example/by")
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := lib.Add(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// runeIndex is the rune offset of the first sub in text.
func runeIndex(text, sub string) int {
	return len([]rune(text[:strings.Index(text, sub)]))
}

// confirmedOf counts the window's confirmed mentions of an entity.
func confirmedOf(w *mainWindow, entityID int64) int {
	n := 0
	for _, m := range w.mentions {
		if m.EntityID == entityID && m.Status == annotate.Confirmed {
			n++
		}
	}
	return n
}

// annotationState is what a clipping carries and the library's entities,
// as the library reads them.
func annotationState(t *testing.T, lib *library.Library, id int64) string {
	t.Helper()
	ctx := context.Background()
	a, err := lib.Load(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	es, err := lib.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("note %q tags %q\nhighlights %+v\nmentions %+v\nentities %+v", a.Note, a.Tags, a.Highlights, a.Mentions, es)
}

func TestExportToAFolder(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	w.OpenClipping(ids[0])
	w.wait()
	dir := filepath.Join(t.TempDir(), "notes")

	d := w.newExportDialog()
	d.format.SetSelected(formatLabel(export.FormatMarkdown))
	d.scope.SetSelected(d.scopeText[scopeAll])
	d.dest.SetText(dir)
	test.Tap(d.run)
	w.wait()
	if got := markdownFiles(t, dir); len(got) != 2 {
		t.Fatalf("wrote %q (status %q)", got, d.status.Text)
	}
	if _, err := os.Stat(filepath.Join(dir, "Harbour plans divide the city.md")); err != nil {
		t.Errorf("no note named for its title: %v", err)
	}
	if !strings.Contains(d.status.Text, "Wrote 2 notes") {
		t.Errorf("summary = %q", d.status.Text)
	}
}

func TestExportWithALogseqTemplate(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	w.OpenClipping(ids[0])
	w.wait()
	dir := filepath.Join(t.TempDir(), "pages")

	d := w.newExportDialog()
	d.format.SetSelected(formatLabel(export.FormatMarkdown))
	d.scope.SetSelected(d.scopeText[scopeAll])
	d.template.SetSelected(templateNames["logseq-page"])
	d.dest.SetText(dir)
	test.Tap(d.run)
	w.wait()
	b, err := os.ReadFile(filepath.Join(dir, "Harbour plans divide the city.md"))
	if err != nil {
		t.Fatalf("%v (status %q)", err, d.status.Text)
	}
	if !strings.HasPrefix(string(b), "title:: Harbour plans divide the city\n") || !strings.Contains(string(b), "- **Highlights**") {
		t.Errorf("the note is not a Logseq page:\n%s", b)
	}
}

func TestExportOneClippingAsBibTeX(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city")
	w.OpenClipping(ids[0])
	w.wait()
	path := filepath.Join(t.TempDir(), "refs.bib")
	res, err := w.Export(context.Background(), exportRequest{Format: export.FormatBibTeX, Scope: scopeClipping, Dest: path},
		w.currentID(), w.list.filter, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "Harbour plans divide the city") {
		t.Errorf("bibtex %q, %v", data, err)
	}
	if res.Summary() != "Wrote "+path+"." {
		t.Errorf("summary %q", res.Summary())
	}
}

func TestDeleteClipping(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	w.OpenClipping(ids[0])
	w.wait()
	w.deleteClipping(ids[0])
	w.wait()
	if w.current != nil || w.win.Title() != "Margin" {
		t.Errorf("the deleted clipping is still open")
	}
	if got := listTitles(w); len(got) != 1 {
		t.Errorf("list = %q", got)
	}
}

func TestThemeChoiceForcesTheVariant(t *testing.T) {
	dark := themeFor(themeDark)
	light := themeFor(themeLight)
	bgDark := dark.Color("background", 0)
	bgLight := light.Color("background", 1)
	if bgDark == bgLight {
		t.Errorf("dark and light themes give the same background")
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	a := test.NewTempApp(t)
	s := loadSettings(a.Preferences())
	s.Theme, s.TextSize, s.HighlightColor = themeDark, 18, annotate.Blue
	s.ExportOptions.Citation = export.CitationMLA
	s.Save()
	got := loadSettings(a.Preferences())
	if got.Theme != themeDark || got.TextSize != 18 || got.HighlightColor != annotate.Blue || got.ExportOptions.Citation != export.CitationMLA {
		t.Errorf("settings = %+v", got)
	}
}

func TestAFullFirstPageIsCountedAfterItIsShown(t *testing.T) {
	w := newTestWindow(t)
	addHarbourReports(t, w, listPageSize+20)
	var shownTotal int
	var shownCount string
	shown := w.list.firstPageShown()
	w.tasks.observe(func() {
		if shownTotal <= 0 && shown() {
			shownTotal, shownCount = w.list.total, w.list.count.Text
		}
	})
	test.Type(w.list.search, "harbour")
	w.wait()
	if shownTotal != listPageSize || shownCount != fmt.Sprintf("%d+ clippings", listPageSize) {
		t.Errorf("with the first page shown: total %d, %q", shownTotal, shownCount)
	}
	if w.list.total != listPageSize+20 || !strings.HasPrefix(w.list.count.Text, fmt.Sprint(listPageSize+20)) {
		t.Errorf("once counted: total %d, %q", w.list.total, w.list.count.Text)
	}
	shownTotal = 0
	shown = w.list.firstPageShown()
	test.Type(w.list.search, " 7")
	w.wait()
	if shownTotal == 0 || w.list.total != shownTotal {
		t.Errorf("a search with fewer matches than a page: shown %d, total %d", shownTotal, w.list.total)
	}
}

// TestABroadSearchIsCountedUpToACap: a search that matches more
// clippings than the list counts says "more than" in the header, and the
// list grows as it is scrolled until its last page comes in short, when
// the count is known.
func TestABroadSearchIsCountedUpToACap(t *testing.T) {
	defer func(c int) { countCap = c }(countCap)
	countCap = 150
	w := newTestWindow(t)
	const n = 3*listPageSize + 20
	addHarbourReports(t, w, n)
	w.list.reload(false)
	w.wait()
	if w.list.total != n || w.list.count.Text != fmt.Sprintf("%d clippings", n) {
		t.Errorf("without a search (counted whole): total %d, %q", w.list.total, w.list.count.Text)
	}
	test.Type(w.list.search, "harbour")
	w.wait()
	if w.list.total != 150 || w.list.count.Text != "more than 150 clippings found" {
		t.Fatalf("a search past the cap: total %d, %q", w.list.total, w.list.count.Text)
	}
	seen := map[int64]bool{}
	for range 10 {
		w.list.list.ScrollToBottom()
		w.wait()
	}
	if w.list.total != n || w.list.count.Text != fmt.Sprintf("%d clippings found", n) {
		t.Errorf("scrolled to the end: total %d, %q", w.list.total, w.list.count.Text)
	}
	for i := range n {
		if s, ok := w.list.summary(i); ok {
			seen[s.ID] = true
		}
	}
	if s, ok := w.list.summary(n - 1); !ok || len(seen) < listPageSize {
		t.Errorf("the last row is not loaded (%v) or rows are missing (%d distinct)", s, len(seen))
	}
	// A narrower search is counted exactly again.
	test.Type(w.list.search, " 7")
	w.wait()
	if w.list.more || strings.HasPrefix(w.list.count.Text, "more") {
		t.Errorf("a search under the cap: %q", w.list.count.Text)
	}
}

// TestSearchShowsBestMatchesFirst: a search is sorted by best match (a
// title match above a mention in the text) whatever order the library was
// browsed in; an order chosen while searching holds for later searches,
// and clearing the search goes back to the browsing order.
func TestSearchShowsBestMatchesFirst(t *testing.T) {
	w := newTestWindow(t)
	for i, a := range [][2]string{{"Storm closes the airport", "Ana Torres"}, {"Harbour plans divide the city", "Storm Jensen"}} {
		art, err := clip.Extract([]byte(winArticle(a[0], a[1])), fmt.Sprintf("https://news.example/%d", i))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := w.lib.Add(context.Background(), art); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Millisecond) // distinct added times
	}
	w.list.reloadKeepPosition()
	w.wait()
	if got := listTitles(w); len(got) != 2 || got[0] != "Harbour plans divide the city" {
		t.Fatalf("browsing, newest first = %q", got)
	}
	if slices.Contains(w.list.sort.Options, sortLabels[library.SortRelevance]) {
		t.Errorf("browsing offers %q", sortLabels[library.SortRelevance])
	}

	test.Type(w.list.search, "storm")
	w.wait()
	if got := listTitles(w); len(got) != 2 || got[0] != "Storm closes the airport" {
		t.Errorf("search, best match first = %q", got)
	}
	if w.list.sort.Selected != sortLabels[library.SortRelevance] {
		t.Errorf("searching, the sort shows %q", w.list.sort.Selected)
	}

	w.list.sort.SetSelected(sortLabels[library.SortAdded])
	w.wait()
	if got := listTitles(w); len(got) != 2 || got[0] != "Harbour plans divide the city" {
		t.Errorf("search, newest first = %q", got)
	}

	w.list.search.SetText("")
	w.wait()
	w.list.sort.SetSelected(sortLabels[library.SortTitle])
	w.wait()
	if got := listTitles(w); len(got) != 2 || got[0] != "Harbour plans divide the city" {
		t.Errorf("browsing by title = %q", got)
	}
	test.Type(w.list.search, "storm")
	w.wait()
	if w.list.sort.Selected != sortLabels[library.SortAdded] || w.list.filter.Sort != library.SortAdded {
		t.Errorf("the next search is sorted %q (%q), want the order chosen while searching", w.list.sort.Selected, w.list.filter.Sort)
	}
	w.list.search.SetText("")
	w.wait()
	if w.list.sort.Selected != sortLabels[library.SortTitle] || w.list.filter.Sort != library.SortTitle {
		t.Errorf("after the search the list is sorted %q (%q), want the browsing order", w.list.sort.Selected, w.list.filter.Sort)
	}
}

func TestTheWindowShowsItsIcon(t *testing.T) {
	// The test driver draws no icons, so the test records the one the
	// window is given.
	a := &iconApp{App: test.NewTempApp(t)}
	lib, err := library.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	w := newMainWindow(a, lib, newTestTasks())
	t.Cleanup(func() {
		w.wait()
		w.cancel()
		lib.Close()
	})
	w.wait()
	if len(a.windows) != 1 || a.windows[0].icon != assets.Icon {
		t.Fatalf("the main window's icon is not Margin's: %+v", a.windows)
	}
	if _, err := png.Decode(bytes.NewReader(assets.Icon.Content())); err != nil {
		t.Errorf("the icon is not a PNG image: %v", err)
	}
}

// iconApp is a test app that records the icons its windows are given.
type iconApp struct {
	fyne.App
	windows []*iconWindow
}

func (a *iconApp) NewWindow(title string) fyne.Window {
	w := &iconWindow{Window: a.App.NewWindow(title)}
	a.windows = append(a.windows, w)
	return w
}

type iconWindow struct {
	fyne.Window
	icon fyne.Resource
}

func (w *iconWindow) SetIcon(r fyne.Resource) {
	w.icon = r
	w.Window.SetIcon(r)
}

// scaledTheme is the app's theme with every size doubled, as at 200%.
type scaledTheme struct{ fyne.Theme }

func (s scaledTheme) Size(n fyne.ThemeSizeName) float32 { return 2 * s.Theme.Size(n) }

func TestTheDetailsTabReadsWithAndWithoutTags(t *testing.T) {
	for _, scale := range []string{"100%", "200%"} {
		for _, tags := range [][]string{nil, {"harbour", "council votes"}} {
			t.Run(fmt.Sprintf("at %s with %d tags", scale, len(tags)), func(t *testing.T) {
				w := newTestWindow(t)
				if scale == "200%" {
					w.app.Settings().SetTheme(scaledTheme{w.app.Settings().Theme()})
				}
				ids := addArticles(t, w.lib, "Harbour plans divide the city")
				if len(tags) > 0 {
					if err := w.lib.AddTags(context.Background(), ids[0], tags...); err != nil {
						t.Fatal(err)
					}
				}
				w.OpenClipping(ids[0])
				w.wait()
				w.panel.tabs.SelectIndex(2)
				w.win.Canvas().Capture()
				// Each thing in the tag row is one line, as wide as its text.
				lineHeight := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height
				var texts []string
				for _, o := range w.panel.tagBox.Objects {
					var text string
					switch x := o.(type) {
					case *quietText:
						text = x.Text
					case *widget.Button:
						text = x.Text
					}
					texts = append(texts, text)
					width := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width
					if o.Size().Width < width || o.Size().Height > 3*lineHeight {
						t.Errorf("%q is drawn %v, for a line %v wide and %v high", text, o.Size(), width, lineHeight)
					}
				}
				want := slices.Sorted(slices.Values(tags))
				if len(want) == 0 {
					want = []string{"No tags yet."}
				}
				if !slices.Equal(texts, want) {
					t.Errorf("the tag row shows %q, want %q", texts, want)
				}
			})
		}
	}
}

// items returns the rows the list has loaded, in order.
func (l *libraryList) items() []library.Summary {
	var out []library.Summary
	for i := 0; i < l.total; i++ {
		s, ok := l.summary(i)
		if !ok {
			break
		}
		out = append(out, s)
	}
	return out
}

// markdownFiles lists the Markdown notes in dir.
func markdownFiles(t *testing.T, dir string) []string {
	t.Helper()
	got, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// suggestionButton is the button with icon in the panel's row suggesting
// an entity, or nil.
func suggestionButton(w *mainWindow, entityID int64, icon fyne.Resource) *widget.Button {
	name := w.entities[entityID].Name
	for _, row := range w.panel.entBox.Objects {
		var named bool
		var button *widget.Button
		for _, o := range test.LaidOutObjects(row) {
			switch x := o.(type) {
			case *widget.Label:
				named = named || x.Text == name
			case *widget.Button:
				if x.Icon == icon && x.Text == "" {
					button = x
				}
			}
		}
		if named && button != nil {
			return button
		}
	}
	return nil
}

// firstPageShown reports, from now on, whether the list has shown the first
// page of a new reload: a reload puts its first page in a new map of pages.
func (l *libraryList) firstPageShown() func() bool {
	before := reflect.ValueOf(l.pages).Pointer()
	return func() bool { return reflect.ValueOf(l.pages).Pointer() != before }
}

func TestScrollingNearThePageEndReadsTheNextPage(t *testing.T) {
	w := newTestWindow(t)
	addHarbourReports(t, w, listPageSize+20)
	w.list.reloadKeepPosition()
	w.wait()
	for _, c := range []struct {
		row  int
		want bool
	}{{10, false}, {listPageSize / 2, false}, {listPageSize - 10, true}} {
		w.list.list.ScrollTo(c.row)
		w.wait()
		if _, got := w.list.pages[1]; got != c.want {
			t.Errorf("with row %d shown, the second page read: %v, want %v", c.row, got, c.want)
		}
	}
	if s, ok := w.list.summary(listPageSize + 5); !ok || !strings.HasPrefix(s.Title, "Harbour report") {
		t.Errorf("row %d before it is shown: %+v, %v", listPageSize+5, s, ok)
	}
}

// TestDraggingTheListReadsOnlyThePageItStopsAt: a drag of the scroll bar
// lands on a new page every frame; the list reads one page at a time, so
// the pages it passes while one is read are never read, and the rows it
// stops at are filled once that one is in.
func TestDraggingTheListReadsOnlyThePageItStopsAt(t *testing.T) {
	w := newTestWindow(t)
	const pages = 12
	addHarbourReports(t, w, pages*listPageSize)
	w.list.reloadKeepPosition()
	w.wait()
	// Frames of a drag, none waiting for the pages read meanwhile.
	for _, page := range []int{3, 5, 7, 9} {
		w.list.list.ScrollTo(page*listPageSize + listPageSize/2)
	}
	w.wait()
	for _, page := range []int{5, 7} {
		if _, read := w.list.pages[page]; read {
			t.Errorf("page %d, passed while page 3 was read, was read", page)
		}
	}
	stop := 9*listPageSize + listPageSize/2
	if _, read := w.list.pages[9]; !read {
		t.Fatal("page 9, where the drag stopped, was not read")
	}
	f := w.list.filter
	f.Offset, f.Limit = stop, 1
	want, err := w.lib.List(context.Background(), f)
	if err != nil || len(want) != 1 {
		t.Fatal(want, err)
	}
	if s, ok := w.list.summary(stop); !ok || s.ID != want[0].ID || s.Title != want[0].Title {
		t.Errorf("row %d, where the drag stopped, shows %+v, %v; want %q", stop, s, ok, want[0].Title)
	}
}

// TestAPageThatCannotBeReadShowsItsErrorOnce: a page whose read fails is
// not asked for again by every row drawn, each opening another error
// dialog; its rows say so, and a reload tries again.
func TestAPageThatCannotBeReadShowsItsErrorOnce(t *testing.T) {
	w := newTestWindow(t)
	addHarbourReports(t, w, 3*listPageSize)
	w.list.reloadKeepPosition()
	w.wait()
	var shown []error
	w.tasks.fail = func(err error) { shown = append(shown, err) }
	// The library's file going away under the list: every read fails.
	w.lib.Close()

	row := 2*listPageSize + listPageSize/2
	w.list.list.ScrollTo(row)
	w.wait()
	for range 3 {
		w.list.list.Refresh()
		if w.list.reading {
			t.Fatal("the rows asked for the page that failed again")
		}
		w.wait()
	}
	if len(shown) != 1 {
		t.Errorf("the error was shown %d times: %v", len(shown), shown)
	}
	r := w.list.newRow().(*listRow)
	w.list.updateRow(row, r)
	if !strings.Contains(r.titleText, "could not be read") {
		t.Errorf("a row of the page that failed says %q", r.titleText)
	}
	if w.list.reading {
		t.Error("drawing a row asked for the page that failed again")
	}

	w.list.reloadKeepPosition()
	if w.list.failed != (time.Time{}) {
		t.Error("a reload does not try the pages again")
	}
	w.wait()
}

// addHarbourReports adds n short clippings titled "Harbour report I" to
// w's library at once.
func addHarbourReports(t *testing.T, w *mainWindow, n int) {
	t.Helper()
	var items []library.Import
	for i := range n {
		a := &clip.Article{Title: fmt.Sprintf("Harbour report %d", i), URL: fmt.Sprintf("https://x.example/%d", i), Source: clip.SourceURL,
			Document: clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{{Kind: clip.BlockParagraph, Text: fmt.Sprintf("The harbour reopened on day %d.", i)}}}}
		items = append(items, library.Import{Article: a})
	}
	if _, err := w.lib.AddMany(context.Background(), items); err != nil {
		t.Fatal(err)
	}
}
