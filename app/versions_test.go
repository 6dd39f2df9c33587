package app

import (
	"context"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// labelTexts are the texts of the labels under o.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	switch x := o.(type) {
	case *widget.Label:
		out = append(out, x.Text)
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, labelTexts(c)...)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		for _, c := range r.Objects() {
			out = append(out, labelTexts(c)...)
		}
	}
	return out
}

func TestCheckForChangesMarksTheHighlightAndShowsTheDifference(t *testing.T) {
	var (
		mu    sync.Mutex
		title = "Harbour plans divide the city"
		quote = "The port authority said it could not wait any longer for the council to decide on the new harbour."
	)
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(rw, `<html><head><title>%s</title></head><body><article><h1>%s</h1>
<p>Residents of Valparaiso met on Monday to discuss the plans for the harbour, which would double the size of the container port by 2030.</p>
<p>%s</p>
<p>Fishermen said the new quay would take away the beach where they land their boats, and asked for a second public hearing.</p>
</article></body></html>`, title, title, quote)
	}))
	defer srv.Close()
	w := newTestWindow(t)
	addThroughDialog(t, w, srv.URL+"/a")
	text := w.reader.Text()
	passage := "could not wait any longer"
	i := strings.Index(text, passage)
	start := len([]rune(text[:i]))
	w.AddHighlight(start, start+len([]rune(passage)), "")
	w.wait()

	mu.Lock()
	title = "Port and council at odds over harbour"
	quote = "The port authority said it could not wait any more for the council to decide on the new harbour."
	mu.Unlock()
	w.CheckForChanges()
	w.wait()

	if w.current == nil || w.current.Title != "Port and council at odds over harbour" {
		t.Fatalf("the window does not show the new version: %+v", w.current)
	}
	if !strings.Contains(w.reader.Text(), "wait any more") {
		t.Errorf("the reader shows the old text")
	}
	if items := w.list.items(); len(items) != 1 || !strings.Contains(summaryMeta(items[0]), "edited once; last: headline changed") {
		t.Errorf("the list does not say the clipping was edited: %+v", items)
	}
	found := false
	for _, s := range labelTexts(w.panel.hlBox) {
		if strings.Contains(s, "“could not wait any longer” (seen") && strings.Contains(s, "now reads “could not wait any more”") {
			found = true
		}
	}
	if !found {
		t.Errorf("the highlight's card does not say its passage changed: %q", labelTexts(w.panel.hlBox))
	}

	test.Type(w.list.search, "longer")
	w.wait()
	if n := len(w.list.items()); n != 0 {
		t.Errorf("a search of the latest versions found the old wording (%d)", n)
	}
	w.menu.allVersions.Action()
	w.wait()
	if n := len(w.list.items()); n != 1 || !w.menu.allVersions.Checked {
		t.Errorf("a search of every version found %d clippings, want 1", n)
	}
	w.menu.allVersions.Action()
	w.list.search.SetText("")
	w.wait()

	vs, err := w.lib.Versions(context.Background(), w.current.ID)
	if err != nil || len(vs) != 2 {
		t.Fatalf("versions = %v, %v", vs, err)
	}
	v := newVersionsView(w.lib, w.tasks, vs)
	w.wait()
	if want := "Headline changed; 1 paragraph changed"; !strings.HasPrefix(v.summary.Text, want) {
		t.Errorf("summary = %q, want %q…", v.summary.Text, want)
	}
	var inserted, deleted []string
	for _, s := range v.diff.Segments {
		ts, ok := s.(*widget.TextSegment)
		if !ok {
			continue
		}
		switch ts.Style.ColorName {
		case theme.ColorNameSuccess:
			inserted = append(inserted, ts.Text)
		case theme.ColorNameError:
			deleted = append(deleted, ts.Text)
		}
	}
	if fmt.Sprint(inserted) != "[Port and council at odds over harbour more]" || fmt.Sprint(deleted) != "[Harbour plans divide the city longer]" {
		t.Errorf("diff view: inserted %q, deleted %q", inserted, deleted)
	}
	if !strings.Contains(v.reader.Text(), "wait any more") {
		t.Errorf("the versions window's text is not the later version")
	}
	vw := test.NewWindow(v.content)
	defer vw.Close()
	vw.Resize(fyne.NewSize(900, 700))
	if img := vw.Canvas().Capture(); img.Bounds().Dx() == 0 {
		t.Errorf("the versions window draws nothing")
	}
	if p := os.Getenv("MARGIN_VERSIONS_PNG"); p != "" {
		savePNG(t, p+"-diff.png", vw.Canvas().Capture())
		savePNG(t, p+"-window.png", w.win.Canvas().Capture())
	}
}

// savePNG writes an image, to look at a view while working on it.
func savePNG(t *testing.T, path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func TestCheckForChangesCanBeCancelled(t *testing.T) {
	var slow atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if slow.Load() {
			<-r.Context().Done()
			return
		}
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(rw, winArticle("Harbour plans divide the city", "Maria Lopez"))
	}))
	defer srv.Close()
	w := newTestWindow(t)
	addThroughDialog(t, w, srv.URL+"/a")
	slow.Store(true)
	w.CheckForChanges()
	if len(w.dialogs) == 0 {
		t.Fatal("no progress dialog while checking")
	}
	w.dismissDialog() // Escape, as Cancel does
	w.wait()
	if len(w.dialogs) != 0 {
		t.Errorf("%d dialogs left after cancelling (an error shown?)", len(w.dialogs))
	}
	vs, err := w.lib.Versions(context.Background(), w.current.ID)
	if err != nil || len(vs) != 1 {
		t.Errorf("versions after a cancelled check = %d, %v", len(vs), err)
	}
}
