package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"margin/library"
)

// fixture is a file of the importer's test exports.
func fixture(name string) string { return filepath.Join("..", "importer", "testdata", name) }

func TestImportAWallabagExport(t *testing.T) {
	w := newTestWindow(t)
	d := w.importFile(fixture("wallabag.json"))
	w.wait()
	want := "2 clippings imported, 0 already there, 3 annotations (1 not found in the text, kept). " +
		"1 page came with only a link: Margin can fetch it now, or later with 'margin import --fetch'."
	if d.status.Text != want {
		t.Errorf("status = %q, want %q", d.status.Text, want)
	}
	got := listTitles(w)
	slices.Sort(got)
	if !slices.Equal(got, []string{"Große Wörter", "Tides, and why they turn"}) {
		t.Errorf("list = %q, want the export's two articles", got)
	}
	if !d.fetch.Visible() || d.cancel.Text != "Close" {
		t.Errorf("after an export with an article without its text: fetch shown %v, cancel reads %q", d.fetch.Visible(), d.cancel.Text)
	}
	test.Tap(d.cancel)
	if len(w.dialogs) != 0 {
		t.Errorf("Close does not close the import dialog")
	}

	// The same file again adds nothing and says so.
	d = w.importFile(fixture("wallabag.json"))
	w.wait()
	if want := "0 clippings imported, 2 already there, 0 annotations."; !strings.HasPrefix(d.status.Text, want) {
		t.Errorf("second import: status = %q, want %q", d.status.Text, want)
	}
	if n := len(listTitles(w)); n != 2 {
		t.Errorf("the second import left %d clippings in the list", n)
	}
}

func TestImportingAMalformedFileAddsNothing(t *testing.T) {
	w := newTestWindow(t)
	d := w.importFile(fixture("wallabag-bad.json"))
	w.wait()
	if !strings.HasPrefix(d.status.Text, "The file is not a valid export of Wallabag (JSON): line 59:") ||
		!strings.HasSuffix(d.status.Text, "; nothing was imported.") {
		t.Errorf("status = %q, want the importer's sentence", d.status.Text)
	}
	if n, _ := w.lib.Count(context.Background(), library.Filter{}); n != 0 || len(listTitles(w)) != 0 {
		t.Errorf("a malformed file filed %d clippings", n)
	}
	if !w.list.empty.Visible() {
		t.Errorf("the list does not say the library is empty")
	}

	// A file of no kind the importer knows gets a sentence without the
	// command line's --from.
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("just some notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	d = w.importFile(path)
	w.wait()
	if want := "The file is none of the exports Margin reads (notes.txt); nothing was imported."; d.status.Text != want {
		t.Errorf("status = %q, want %q", d.status.Text, want)
	}
}

func TestImportThenFetchThePages(t *testing.T) {
	w := newTestWindow(t)
	srv := winServer(t)
	path := filepath.Join(t.TempDir(), "pocket.csv")
	csv := "title,url,time_added,cursor,tags,status\n" +
		"Harbour," + srv.URL + "/a/1,1728576752,1,port|city,unread\n" +
		"Gone," + srv.URL + "/missing,1728576800,2,,archive\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	d := w.importFile(path)
	w.wait()
	if !strings.HasPrefix(d.status.Text, "2 clippings imported, 0 already there, 0 annotations. 2 pages came with only a link: Margin can fetch them now") {
		t.Fatalf("status = %q", d.status.Text)
	}
	if !d.fetch.Visible() {
		t.Fatal("Fetch the pages now is not offered")
	}
	test.Tap(d.fetch)
	w.wait()
	if want := "Fetched 1 page; 1 could not be fetched and keep their link ('margin import --failed' lists them)."; d.status.Text != want {
		t.Errorf("status = %q, want %q", d.status.Text, want)
	}
	var harbour library.Summary
	for _, s := range w.list.items() {
		if strings.HasPrefix(s.URL, srv.URL+"/a/1") {
			harbour = s
		}
	}
	c, err := w.lib.Get(context.Background(), harbour.ID)
	if err != nil || !strings.Contains(c.Text(), "Pacific Shipping Group") {
		t.Errorf("the fetched page did not replace its stand-in (%v)", err)
	}
}

func TestCancelStopsAnImport(t *testing.T) {
	w := newTestWindow(t)
	// An export big enough that Cancel, tapped at once, comes before its
	// end.
	var b strings.Builder
	b.WriteString("[")
	for i := range 3000 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"is_archived": 0, "title": "Tide table %d", "url": "https://example.org/tides/%d", "content": "<p>The tide turns twice a day at harbour %d, pulled by the moon.</p><p>Neap tides are the smallest.</p>"}`, i, i, i)
	}
	b.WriteString("]")
	path := filepath.Join(t.TempDir(), "wallabag.json")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	d := w.importFile(path)
	test.Tap(d.cancel)
	w.wait()
	if d.status.Text != "Import cancelled; nothing was imported." {
		t.Errorf("status = %q", d.status.Text)
	}
	if n, _ := w.lib.Count(context.Background(), library.Filter{}); n != 0 {
		t.Errorf("a cancelled import filed %d clippings", n)
	}
	if d.cancel.Text != "Close" {
		t.Errorf("after the cancel the button reads %q", d.cancel.Text)
	}
}

func TestTheFileMenuOffersImport(t *testing.T) {
	w := newTestWindow(t)
	var item *fyne.MenuItem
	for _, i := range w.menu.main.Items[0].Items {
		if i.Label == "Import…" {
			item = i
		}
	}
	if item == nil {
		t.Fatal("File has no Import…")
	}
	item.Action()
	if n := len(w.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("Import… shows %d overlays, want the file dialog", n)
	}
}
