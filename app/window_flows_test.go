package app

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/library"
)

// escape presses Escape with nothing focused, as on a dialog without an
// entry, or in the focused entry.
func escape(w *mainWindow) {
	if f := w.win.Canvas().Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		return
	}
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

func TestEscapeClosesDialogs(t *testing.T) {
	t.Run("the help dialog closes with Escape", func(t *testing.T) {
		w := newTestWindow(t)
		w.ShowHelp()
		if n := len(w.win.Canvas().Overlays().List()); n != 1 {
			t.Fatalf("%d overlays after F1, want the help dialog", n)
		}
		escape(w)
		if n := len(w.win.Canvas().Overlays().List()); n != 0 || len(w.dialogs) != 0 {
			t.Errorf("after Escape: %d overlays, %d dialogs", n, len(w.dialogs))
		}
	})
	t.Run("Escape in the new-clipping dialog's text area cancels it", func(t *testing.T) {
		w := newTestWindow(t)
		w.ShowNewClip()
		if w.win.Canvas().Focused() != w.newClip.input {
			t.Fatal("the input does not have the focus")
		}
		escape(w)
		if w.newClip != nil || len(w.win.Canvas().Overlays().List()) != 0 {
			t.Errorf("the new-clipping dialog is still open")
		}
	})
	t.Run("Escape closes the top dialog only", func(t *testing.T) {
		w := newTestWindow(t)
		w.ShowExport()
		w.ShowHelp()
		escape(w)
		if n := len(w.dialogs); n != 1 {
			t.Errorf("%d dialogs open, want the export dialog", n)
		}
		if !hasDialogText(w, "Save to") {
			t.Errorf("the export dialog closed with the help")
		}
	})
}

func TestHelpListsTheShortcuts(t *testing.T) {
	w := newTestWindow(t)
	w.ShowHelp()
	for _, s := range []string{"Ctrl+N", "New clipping from a link, HTML or text", "Ctrl+E", "Ctrl+Z", "Escape", "Tag as person, organisation, place, event"} {
		if !hasDialogText(w, s) {
			t.Errorf("the help does not show %q", s)
		}
	}
}

func TestEnterInTheSearchBoxOpensTheFirstResult(t *testing.T) {
	w := newTestWindow(t)
	addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport", "Airport strike ends")
	w.list.reloadKeepPosition()
	w.wait()
	test.Type(w.list.search, "strike")
	w.list.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	w.wait()
	if w.current == nil || w.current.Title != "Airport strike ends" {
		t.Fatalf("open = %+v, want the first result", w.current)
	}
	// A search with no result leaves the clipping open.
	w.list.search.SetText("nothing like this")
	w.list.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	w.wait()
	if w.current == nil || w.current.Title != "Airport strike ends" {
		t.Errorf("after an empty search, open = %+v", w.current)
	}
}

func TestLinksOpenInTheBrowser(t *testing.T) {
	w := newTestWindow(t)
	var opened []string
	w.openURL = func(u *url.URL) error { opened = append(opened, u.String()); return nil }
	ids := addArticles(t, w.lib, "Harbour plans divide the city")
	w.OpenClipping(ids[0])
	w.wait()

	// The source link, in the Details tab, clicked on its text.
	w.panel.tabs.SelectIndex(2)
	test.TapAt(w.panel.link, fyne.NewPos(20, 14))
	w.OpenLink("/world/ports?page=2")
	w.OpenLink("javascript:alert(1)")
	w.OpenLink("file:///etc/passwd")
	want := []string{"https://news.example/0", "https://news.example/world/ports?page=2"}
	if len(opened) != len(want) || opened[0] != want[0] || opened[1] != want[1] {
		t.Errorf("opened %q, want %q", opened, want)
	}
	if w.reader.OnLinkTapped == nil {
		t.Errorf("links in the article are not wired to the browser")
	}
}

func TestDroppingOnTheWindowClipsIt(t *testing.T) {
	t.Run("a link", func(t *testing.T) {
		w := newTestWindow(t)
		srv := winServer(t)
		u, err := storage.ParseURI(srv.URL + "/a/1")
		if err != nil {
			t.Fatal(err)
		}
		w.dropped(fyne.Position{}, []fyne.URI{u})
		w.wait()
		if w.current == nil || w.current.Title != "Harbour plans divide the city" {
			t.Fatalf("open = %+v, want the dropped page", w.current)
		}
	})
	t.Run("a saved page", func(t *testing.T) {
		w := newTestWindow(t)
		path := filepath.Join(t.TempDir(), "port.html")
		if err := os.WriteFile(path, []byte(winArticle("Council delays the port vote", "Elena Ruiz")), 0o644); err != nil {
			t.Fatal(err)
		}
		w.dropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(path)})
		w.wait()
		if w.current == nil || w.current.Title != "Council delays the port vote" {
			t.Fatalf("open = %+v, want the dropped file", w.current)
		}
	})
}

func TestEntityCardListsTheOtherClippings(t *testing.T) {
	w := newTestWindow(t)
	ctx := context.Background()
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	e, err := w.lib.CreateEntity(ctx, annotate.Entity{Name: "Valparaiso", Type: annotate.Place})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if _, err := w.lib.TagAll(ctx, id, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	w.OpenClipping(ids[0])
	w.wait()
	w.ShowEntityCard(openMention(t, w, e.ID))
	w.wait()
	if !hasDialogText(w, "Storm closes the airport") {
		t.Errorf("the card does not list the other clipping")
	}
	if hasDialogText(w, "Harbour plans divide the city") {
		t.Errorf("the card lists the open clipping among the others")
	}
}

func TestEntityCardShowsTheNewestAndCountsTheRest(t *testing.T) {
	w := newTestWindow(t)
	ctx := context.Background()
	var titles []string
	for i := range 12 {
		titles = append(titles, fmt.Sprintf("Harbour report %c", 'A'+i))
	}
	ids := addArticles(t, w.lib, titles...)
	e, err := w.lib.CreateEntity(ctx, annotate.Entity{Name: "Valparaiso", Type: annotate.Place})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if _, err := w.lib.TagAll(ctx, id, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	// The newest is open: the card lists the eight next newest of the
	// eleven others and counts the three older ones.
	w.OpenClipping(ids[11])
	w.wait()
	w.ShowEntityCard(openMention(t, w, e.ID))
	w.wait()
	for i, title := range titles {
		if shown, want := hasDialogText(w, title), i >= 3 && i < 11; shown != want {
			t.Errorf("%q on the card: %v, want %v", title, shown, want)
		}
	}
	if !hasDialogText(w, "and 3 more") {
		t.Errorf("the card does not say how many more clippings mention the entity")
	}
}

func TestWindowRemembersItsSize(t *testing.T) {
	a := test.NewTempApp(t)
	lib, err := library.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	w := newMainWindow(a, lib, newTestTasks())
	w.wait()
	w.win.Resize(fyne.NewSize(900, 640))
	w.close()
	s := loadSettings(a.Preferences())
	if s.Width != 900 || s.Height != 640 {
		t.Errorf("remembered %vx%v, want 900x640", s.Width, s.Height)
	}
}

func TestCountsAreWrittenWithThousands(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{1, "1 clipping"}, {7, "7 clippings"}, {999, "999 clippings"}, {1000, "1,000 clippings"}, {50000, "50,000 clippings"}, {1234567, "1,234,567 clippings"}} {
		if got := plural(c.n, "clipping"); got != c.want {
			t.Errorf("plural(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

// listRows are the list's rows on screen.
func listRows(w *mainWindow) []*listRow {
	var rows []*listRow
	for _, o := range test.LaidOutObjects(w.list.list) {
		if r, ok := o.(*listRow); ok && r.Visible() {
			rows = append(rows, r)
		}
	}
	return rows
}

// ctrlClick clicks a row with Ctrl held, as the desktop driver delivers it:
// the button goes down, then the tap.
func ctrlClick(r *listRow) {
	r.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShortcutDefault})
	r.Tapped(&fyne.PointEvent{})
}

func TestPickedClippingsExportTogether(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport", "Airport strike ends")
	w.list.reloadKeepPosition()
	w.wait()
	rows := listRows(w)
	if len(rows) < 3 {
		t.Fatalf("%d rows on screen", len(rows))
	}
	// Newest first: rows 0 and 2 are the strike and the harbour.
	ctrlClick(rows[0])
	ctrlClick(rows[2])
	if w.current != nil {
		t.Errorf("Ctrl+click opened %q", w.current.Title)
	}
	if got := w.list.picked; len(got) != 2 || got[0] != ids[2] || got[1] != ids[0] {
		t.Fatalf("picked %v, want %v and %v", got, ids[2], ids[0])
	}
	if !rows[0].tick.Visible() || rows[1].tick.Visible() {
		t.Errorf("the ticks do not show the picked rows")
	}
	if w.list.count.Text != "3 clippings  ·  2 picked" {
		t.Errorf("count = %q", w.list.count.Text)
	}

	// A plain click still opens.
	test.Tap(rows[1])
	w.wait()
	if w.current == nil || w.current.Title != "Storm closes the airport" {
		t.Fatalf("a click opened %+v", w.current)
	}

	d := w.newExportDialog()
	if d.scope.Selected != "The 2 clippings you picked" {
		t.Errorf("the export dialog offers %q first", d.scope.Selected)
	}
	dir := filepath.Join(t.TempDir(), "notes")
	d.dest.SetText(dir)
	test.Tap(d.run)
	w.wait()
	if n := len(markdownFiles(t, dir)); n != 2 {
		t.Fatalf("wrote %d notes (%s)", n, d.status.Text)
	}
	for _, name := range []string{"Airport strike ends.md", "Harbour plans divide the city.md"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}

	// Ctrl+click again drops a clipping.
	ctrlClick(rows[0])
	if len(w.list.picked) != 1 || rows[0].tick.Visible() {
		t.Errorf("after unpicking: %v", w.list.picked)
	}
}

func TestQuittingSavesTheNoteBeingTyped(t *testing.T) {
	a := test.NewTempApp(t)
	lib, err := library.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	ids := addArticles(t, lib, "Harbour plans divide the city")
	w := newMainWindow(a, lib, newTestTasks())
	w.OpenClipping(ids[0])
	w.wait()
	w.panel.tabs.SelectIndex(2)
	test.Type(w.panel.note, "Ask the port authority.")
	var quit *fyne.MenuItem
	for _, m := range w.menu.main.Items {
		for _, it := range m.Items {
			if it.IsQuit {
				quit = it
			}
		}
	}
	if quit == nil {
		t.Fatal("no Quit in the menu")
	}
	quit.Action()
	w.wait()
	c, err := lib.Get(context.Background(), ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if c.Note != "Ask the port authority." {
		t.Errorf("note after quitting = %q", c.Note)
	}
}

func TestAnEmptyListSaysWhy(t *testing.T) {
	w := newTestWindow(t)
	if !w.list.empty.Visible() || !strings.Contains(w.list.empty.Text, "library is empty") {
		t.Errorf("an empty library shows %q (visible %v)", w.list.empty.Text, w.list.empty.Visible())
	}
	addArticles(t, w.lib, "Harbour plans divide the city")
	w.list.reloadKeepPosition()
	w.wait()
	if w.list.empty.Visible() {
		t.Errorf("the hint shows over a list with a clipping")
	}
	test.Type(w.list.search, "volcano")
	w.wait()
	if !w.list.empty.Visible() || !strings.Contains(w.list.empty.Text, "No clipping matches") {
		t.Errorf("a search without results shows %q (visible %v)", w.list.empty.Text, w.list.empty.Visible())
	}
}

// richText is the text of rich text segments, with bold runs between *.
func richText(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		t := s.(*widget.TextSegment)
		if t.Style.TextStyle.Bold {
			b.WriteString("*" + t.Text + "*")
		} else {
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

func TestSearchResultsShowWhereTheyMatch(t *testing.T) {
	w := newTestWindow(t)
	addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	w.list.reloadKeepPosition()
	w.wait()
	rows := listRows(w)
	if len(rows) != 2 {
		t.Fatalf("%d rows on screen, want 2", len(rows))
	}
	plain := rows[0].MinSize().Height
	for _, r := range rows {
		if r.snippet.Visible() {
			t.Errorf("row %q shows a snippet without a search", r.title.Text)
		}
	}

	test.Type(w.list.search, "storm")
	w.wait()
	rows = listRows(w)
	if len(rows) != 1 {
		t.Fatalf("%d rows on screen, want 1", len(rows))
	}
	r := rows[0]
	if !r.snippet.Visible() {
		t.Fatal("a search's row shows no snippet")
	}
	if got := richText(r.snippet.Segments); !strings.Contains(strings.ToLower(got), "*storm*") {
		t.Errorf("snippet = %q, want the match in bold", got)
	}
	if h := r.Size().Height; h <= plain {
		t.Errorf("a search's row is %v high, no higher than a plain one (%v): the snippet is cut off", h, plain)
	}
	if y := r.snippet.Position().Y; y+r.snippet.Size().Height > r.Size().Height+1 {
		t.Errorf("snippet ends at %v, below its row (%v)", y+r.snippet.Size().Height, r.Size().Height)
	}

	w.list.search.SetText("")
	w.wait()
	for _, r := range listRows(w) {
		if r.snippet.Visible() {
			t.Errorf("row %q still shows a snippet after the search was cleared", r.title.Text)
		}
		if h := r.Size().Height; h != plain {
			t.Errorf("row %q is %v high after the search, want %v", r.title.Text, h, plain)
		}
	}
}

func TestSnippetsStartNearTheirFirstMatch(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the «storm» closed", "the *storm* closed"},
		{"one two three four five six «storm» and «rain»…", "…three four five six *storm* and *rain*…"},
		{"no match at all", "no match at all"},
		{"«open» without an end «tail", "*open* without an end *tail*"},
		{"", " "},
	} {
		if got := richText(snippetSegments(tc.in)); got != tc.want {
			t.Errorf("snippetSegments(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// openMention is a mention of entityID in the open clipping.
func openMention(tb testing.TB, w *mainWindow, entityID int64) annotate.Mention {
	tb.Helper()
	for _, x := range w.mentions {
		if x.EntityID == entityID {
			return x
		}
	}
	tb.Fatalf("the open clipping has no mention of entity %d in %+v", entityID, w.mentions)
	return annotate.Mention{}
}
