package app

import (
	"path/filepath"
	"strings"
	"testing"

	"margin/library"
)

func TestTheReaderSaysAnExtractionWasUncertain(t *testing.T) {
	w := newTestWindow(t)
	page, err := filepath.Abs(filepath.Join("..", "clip", "testdata", "pages", "no-main-article.html"))
	if err != nil {
		t.Fatal(err)
	}
	addThroughDialog(t, w, page)
	t.Run("a page clipped with no article found shows the notice and its best text", func(t *testing.T) {
		if got := w.reader.Notice(); got != library.UncertainNote {
			t.Errorf("the reader's notice is %q, want %q", got, library.UncertainNote)
		}
		if !strings.Contains(w.reader.Text(), "The parish council meets") {
			t.Errorf("the reader does not show the page's text: %q", w.reader.Text())
		}
		if !strings.Contains(w.panel.meta.Text, uncertainDetail) {
			t.Errorf("the Details tab says %q, without the uncertain extraction", w.panel.meta.Text)
		}
	})
	srv := winServer(t)
	addThroughDialog(t, w, srv.URL+"/a/1")
	t.Run("an article opened after it shows none", func(t *testing.T) {
		if w.current == nil || w.current.Title != "Harbour plans divide the city" {
			t.Fatalf("open clipping = %+v, want the article", w.current)
		}
		if got := w.reader.Notice(); got != "" {
			t.Errorf("the reader's notice is %q, want none", got)
		}
		if strings.Contains(w.panel.meta.Text, uncertainDetail) {
			t.Errorf("the Details tab says the article's extraction was uncertain: %q", w.panel.meta.Text)
		}
	})
}
