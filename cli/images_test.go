package cli_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pngPicture returns a w×h PNG of one colour.
func pngPicture(t *testing.T, w, h int, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pictureSite serves two articles that share a picture, and a picture
// that is missing until the test puts it there.
func pictureSite(t *testing.T) (*httptest.Server, map[string][]byte) {
	t.Helper()
	pics := map[string][]byte{
		"/img/flood.png":  pngPicture(t, 160, 90, color.RGBA{200, 40, 40, 255}),
		"/img/bridge.png": pngPicture(t, 120, 80, color.RGBA{40, 40, 200, 255}),
	}
	page := func(title, extra string) string {
		return `<html><head><title>` + title + `</title></head><body><article><h1>` + title + `</h1>
<p>The river rose through the night and by morning the water stood a metre deep in the market square, where traders had moved their stock to upper floors.</p>
<figure><img src="/img/flood.png" alt="The square under water"><figcaption>The market square at dawn.</figcaption></figure>
<p>Emergency crews worked from boats to reach residents who had stayed behind, and the mayor said the town hall would open as a shelter for anyone who needed one.</p>
` + extra + `
<p>By noon the rain had eased, though forecasters warned that a second band of storms could arrive before the weekend and push the river higher still.</p>
</article></body></html>`
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/one", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page("Floods reach the old town", `<p><img data-src="/img/bridge.png" loading="lazy" alt="The bridge"></p><p><img src="/img/later.png" alt="Later"></p>`))
	})
	mux.HandleFunc("/two", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page("The river falls again", "<p>A day later the water had fallen by half a metre and the first traders were back in the square, sweeping mud from their doorways.</p>"))
	})
	mux.HandleFunc("/img/", func(w http.ResponseWriter, r *http.Request) {
		data, ok := pics[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, pics
}

var markdownImage = regexp.MustCompile(`!\[[^\]]*\]\(([^)]+)\)`)

func TestPicturesFromClipToVault(t *testing.T) {
	srv, pics := pictureSite(t)
	dir := t.TempDir()
	add := ok(t, dir, "add", srv.URL+"/one")
	one := strings.TrimSpace(add.stdout)
	if !strings.Contains(add.stderr, "1 of 3 pictures could not be fetched") {
		t.Errorf("add does not say a picture is missing: %q", add.stderr)
	}
	two := strings.TrimSpace(ok(t, dir, "add", srv.URL+"/two").stdout)

	vault := t.TempDir()
	ok(t, dir, "export", one, two, "--out", vault)
	notes, _ := filepath.Glob(filepath.Join(vault, "*.md"))
	if len(notes) != 2 {
		t.Fatalf("%d notes in the vault (clippings %s and %s)", len(notes), one, two)
	}
	served := map[string]bool{}
	for _, note := range notes {
		md, err := os.ReadFile(note)
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(`\]\(attachments/[0-9a-f]{16}\.png\)\n\*The market square at dawn\.\*`).Match(md) {
			t.Errorf("%s does not keep the caption under its picture:\n%s", filepath.Base(note), md)
		}
		for _, m := range markdownImage.FindAllStringSubmatch(string(md), -1) {
			link := m[1]
			if strings.HasPrefix(link, "http") {
				if !strings.HasSuffix(link, "/img/later.png") {
					t.Errorf("%s links %s where it was, not a file beside it", filepath.Base(note), link)
				}
				continue
			}
			p, _ := url.PathUnescape(link)
			got, err := os.ReadFile(filepath.Join(filepath.Dir(note), filepath.FromSlash(p)))
			if err != nil {
				t.Errorf("%s links %s, which does not resolve: %v", filepath.Base(note), link, err)
				continue
			}
			found := false
			for path, data := range pics {
				if bytes.Equal(got, data) {
					served[path], found = true, true
				}
			}
			if !found {
				t.Errorf("%s: %s is not byte-identical to a served picture", filepath.Base(note), link)
			}
		}
	}
	if len(served) != 2 {
		t.Errorf("the notes link %d of the 2 served pictures", len(served))
	}
	files := func() []string {
		f, _ := filepath.Glob(filepath.Join(vault, "attachments", "*"))
		return f
	}
	if n := len(files()); n != 2 {
		t.Errorf("%d files in attachments for 2 distinct pictures shown 3 times: %v", n, files())
	}

	t.Run("a second export adds no copies", func(t *testing.T) {
		before := files()
		r := ok(t, dir, "export", one, two, "--out", vault)
		if after := files(); len(after) != len(before) {
			t.Errorf("attachments went from %d to %d files", len(before), len(after))
		}
		if strings.Contains(r.stderr, "picture") {
			t.Errorf("the second export wrote pictures: %q", r.stderr)
		}
	})

	t.Run("--no-images writes no pictures", func(t *testing.T) {
		other := t.TempDir()
		ok(t, dir, "export", one, "--no-images", "--out", filepath.Join(other, "note.md"))
		if f, _ := filepath.Glob(filepath.Join(other, "attachments", "*")); len(f) != 0 {
			t.Errorf("pictures written: %v", f)
		}
	})

	t.Run("an attachments folder outside the notes is refused", func(t *testing.T) {
		fails(t, dir, 2, "", "export", one, "--attachments", "../elsewhere", "--out", vault)
	})

	t.Run("the HTML snapshot inlines the pictures", func(t *testing.T) {
		r := ok(t, dir, "export", one, "--format", "html")
		for _, path := range []string{"/img/flood.png", "/img/bridge.png"} {
			if !strings.Contains(r.stdout, "data:image/png;base64,") {
				t.Errorf("no inlined picture for %s", path)
			}
		}
		if strings.Contains(r.stdout, `src="http`) {
			t.Errorf("the snapshot loads something from the network")
		}
		if !strings.Contains(r.stdout, "<figcaption>The market square at dawn.</figcaption>") {
			t.Errorf("the caption is not with its picture")
		}
	})

	t.Run("margin images fetches the picture that arrived since", func(t *testing.T) {
		r := ok(t, dir, "images", one)
		if !strings.Contains(r.stdout, "could not be fetched") || !strings.Contains(r.stdout, "missing ") {
			t.Errorf("images output %q", r.stdout)
		}
		pics["/img/later.png"] = pngPicture(t, 100, 100, color.RGBA{40, 200, 40, 255})
		r = ok(t, dir, "images", one)
		if strings.TrimSpace(r.stdout) != "Fetched 1 picture." {
			t.Errorf("images output %q", r.stdout)
		}
		r = ok(t, dir, "images", one)
		if !strings.Contains(r.stdout, "already kept") {
			t.Errorf("images output %q", r.stdout)
		}
	})
}
