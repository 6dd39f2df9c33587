package app

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
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
	before := len(w.dialogs)
	w.OpenPicture(srv.URL + "/port.png")
	w.wait()
	if len(w.dialogs) != before+1 {
		t.Errorf("opening the picture showed %d dialogs", len(w.dialogs)-before)
	}
}
