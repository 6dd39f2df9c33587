package app

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"margin/export"
)

func TestAClippedArticleShowsItsPictures(t *testing.T) {
	var pic bytes.Buffer
	if err := png.Encode(&pic, image.NewGray(image.Rect(0, 0, 320, 200))); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a/1":
			page := winArticle("Harbour plans divide the city", "Maria Lopez")
			page = strings.Replace(page, "</article>", `<figure><img src="/port.png" alt="The port"><figcaption>The port at dusk.</figcaption></figure></article>`, 1)
			rw.Header().Set("Content-Type", "text/html")
			fmt.Fprint(rw, page)
		case "/port.png":
			rw.Write(pic.Bytes())
		default:
			http.NotFound(rw, r)
		}
	}))
	defer srv.Close()
	w := newTestWindow(t)
	addThroughDialog(t, w, srv.URL+"/a/1")
	if w.current == nil {
		t.Fatal("the clipping did not open")
	}
	a, err := w.lib.Load(w.ctx, w.current.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Images) != 1 || a.Images[0].Missing() || a.Images[0].Width != 320 {
		t.Fatalf("pictures kept: %+v", a.Images)
	}
	t.Run("the export dialog's HTML page inlines it and a Markdown note links it beside", func(t *testing.T) {
		dir := t.TempDir()
		page := filepath.Join(dir, "story.html")
		if _, err := w.Export(context.Background(), exportRequest{Format: export.FormatHTML, Scope: scopeClipping, Dest: page}, w.currentID(), w.list.filter, nil); err != nil {
			t.Fatal(err)
		}
		if data, _ := os.ReadFile(page); !strings.Contains(string(data), "data:image/png;base64,") {
			t.Error("the HTML page does not inline the picture")
		}
		note := filepath.Join(dir, "story.md")
		if _, err := w.Export(context.Background(), exportRequest{Format: export.FormatMarkdown, Scope: scopeClipping, Dest: note}, w.currentID(), w.list.filter, nil); err != nil {
			t.Fatal(err)
		}
		files, _ := filepath.Glob(filepath.Join(dir, export.DefaultAttachments, "*.png"))
		if len(files) != 1 {
			t.Fatalf("attachments %v", files)
		}
		if got, _ := os.ReadFile(files[0]); !bytes.Equal(got, pic.Bytes()) {
			t.Error("the attachment is not the picture served")
		}
	})
	before := len(w.dialogs)
	w.OpenPicture(srv.URL + "/port.png")
	w.wait()
	if len(w.dialogs) != before+1 {
		t.Errorf("opening the picture showed %d dialogs", len(w.dialogs)-before)
	}
}
