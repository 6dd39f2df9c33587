package clip

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/net/html"
)

// testPicture returns a PNG of the given size and colour.
func testPicture(t testing.TB, w, h int, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// picturePage is an article whose pictures use the ways sites mark them
// up, with the failures a clip must survive.
const picturePage = `<!DOCTYPE html><html><head><title>Floods reach the old town</title></head><body>
<header><img class="site-logo" src="/img/logo.png" alt="The Paper"></header>
<article>
<h1>Floods reach the old town</h1>
<p>The river rose through the night and by morning the water stood a metre deep in the market square, where traders had moved their stock to upper floors.</p>
<figure><img src="/img/square-400.png" srcset="/img/square-400.png 400w, /img/square-1600.png 1600w, /img/square-1200.png 1200w" alt="The square"><figcaption>The market square at dawn.</figcaption></figure>
<p>Emergency crews worked from boats to reach residents who had stayed behind, and the mayor said the town hall would open as a shelter for anyone who needed one.</p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy.png" loading="lazy" alt="Boats"></p>
<p>By noon the rain had eased, though forecasters warned that a second band of storms could arrive before the weekend and push the river higher still.</p>
<figure><picture><source type="image/avif" srcset="/img/wide.avif 1600w"><source srcset="/img/wide-1600.png 1600w, /img/wide-800.png 800w"><img src="/img/wide-fallback.png" alt="The bridge"></picture><figcaption>The old bridge, closed since Tuesday.</figcaption></figure>
<p>Engineers inspected the old bridge and closed it to traffic, saying the pillars had been struck by debris carried down from the hills overnight.</p>
<p><img class="lazyload" data-srcset="/img/dsrcset-640.png 640w, /img/dsrcset-1280.png 1280w" alt="Sandbags"></p>
<p>Volunteers filled sandbags in the car park of the school, and the council said it would deliver them to every street on the lower side of the river.</p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazy" alt=""><noscript><img src="/img/noscript.png" alt="The school"></noscript></p>
<p>Insurers said it was too early to estimate the cost, but shop owners in the square described losing most of what they had kept on the ground floor.</p>
<p><img src="/img/huge.png" alt="Aerial view"> <img src="/img/missing.png" alt="Missing"> <img src="/img/fake.jpg" alt="Fake"> <img src="/img/loop.jpg" alt="Loop"></p>
<p>The weather service said rainfall in the catchment had been the highest for the month since records began, more than twice the usual amount.</p>
<p><img src="/img/copy.png" alt="The square again"> <img src="/img/square-1600.png" alt="The square once more"></p>
<p>Residents were told to boil drinking water until further notice, and schools in the lower town will stay closed for the rest of the week.</p>
<p><img src="/px.gif" width="1" height="1" alt=""><img class="author-avatar" src="/img/reporter.png" alt="The reporter"><a class="share-twitter" href="/share"><img src="/img/tw.png" alt="Share"></a><img src="/img/share-facebook.png" alt="Facebook"></p>
</article></body></html>`

// pictureServer serves picturePage and its pictures, counting requests
// that carried credentials.
func pictureServer(t *testing.T) (*httptest.Server, map[string][]byte, *atomic.Int32) {
	t.Helper()
	pics := map[string][]byte{
		"/img/square-1600.png":    testPicture(t, 160, 90, color.RGBA{200, 40, 40, 255}),
		"/img/lazy.png":           testPicture(t, 120, 80, color.RGBA{40, 200, 40, 255}),
		"/img/wide-1600.png":      testPicture(t, 200, 60, color.RGBA{40, 40, 200, 255}),
		"/img/dsrcset-1280.png":   testPicture(t, 128, 96, color.RGBA{200, 200, 40, 255}),
		"/img/noscript.png":       testPicture(t, 100, 100, color.RGBA{40, 200, 200, 255}),
		"/img/huge.png":           bytes.Repeat([]byte{0x89, 'P', 'N', 'G'}, 40<<10),
		"/img/fake.jpg":           []byte("<!DOCTYPE html><html><body><p>Sign in to see this picture</p></body></html>"),
		"/img/copy.png":           testPicture(t, 160, 90, color.RGBA{200, 40, 40, 255}),
		"/img/square-400.png":     testPicture(t, 40, 30, color.RGBA{1, 2, 3, 255}),
		"/img/square-1200.png":    testPicture(t, 120, 90, color.RGBA{1, 2, 30, 255}),
		"/img/wide-fallback.png":  testPicture(t, 100, 30, color.RGBA{4, 5, 6, 255}),
		"/img/wide-800.png":       testPicture(t, 100, 30, color.RGBA{4, 5, 6, 255}),
		"/img/dsrcset-640.png":    testPicture(t, 64, 48, color.RGBA{7, 8, 9, 255}),
		"/img/logo.png":           testPicture(t, 100, 100, color.RGBA{9, 9, 9, 255}),
		"/img/reporter.png":       testPicture(t, 100, 100, color.RGBA{9, 9, 9, 255}),
		"/img/tw.png":             testPicture(t, 100, 100, color.RGBA{9, 9, 9, 255}),
		"/img/share-facebook.png": testPicture(t, 100, 100, color.RGBA{9, 9, 9, 255}),
		"/px.gif":                 testPicture(t, 1, 1, color.RGBA{0, 0, 0, 0}),
	}
	var withCredentials atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, picturePage)
	})
	mux.HandleFunc("/img/loop.jpg", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/img/loop.jpg?again", http.StatusFound)
	})
	for path, data := range pics {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "" || r.Header.Get("Cookie") != "" {
				withCredentials.Add(1)
			}
			if strings.HasSuffix(path, ".jpg") {
				w.Header().Set("Content-Type", "image/jpeg")
			}
			w.Write(data)
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, pics, &withCredentials
}

func TestClipFetchesPictures(t *testing.T) {
	srv, pics, creds := pictureServer(t)
	opts := DefaultOptions()
	opts.MaxImageBytes = 64 << 10
	var progress atomic.Int32
	opts.OnImage = func(done, total int) { progress.Add(1) }
	a, err := ClipInput(context.Background(), Input{Text: srv.URL + "/article"}, opts)
	if err != nil {
		t.Fatalf("the clip failed: %v", err)
	}
	byPath := map[string]Image{}
	for _, im := range a.Images {
		byPath[strings.TrimPrefix(im.Src, srv.URL)] = im
	}
	kept := []string{"/img/square-1200.png", "/img/square-1600.png", "/img/lazy.png", "/img/wide-1600.png", "/img/dsrcset-1280.png", "/img/noscript.png", "/img/copy.png"}
	for _, p := range kept {
		t.Run("keeps "+p, func(t *testing.T) {
			im, ok := byPath[p]
			if !ok {
				t.Fatalf("no picture fetched from %s; fetched %v", p, keys(byPath))
			}
			if im.Err != "" || !bytes.Equal(im.Data, pics[p]) || im.MIME != "image/png" || im.Width == 0 {
				t.Errorf("picture %s: err %q, mime %q, %d×%d, %d bytes (served %d)", p, im.Err, im.MIME, im.Width, im.Height, len(im.Data), len(pics[p]))
			}
		})
	}
	noted := map[string]string{
		"/img/huge.png":    "too large",
		"/img/missing.png": "404",
		"/img/fake.jpg":    "not a picture",
		"/img/loop.jpg":    "redirect",
	}
	for p, why := range noted {
		t.Run("notes "+p, func(t *testing.T) {
			im, ok := byPath[p]
			if !ok {
				t.Fatalf("no note for %s", p)
			}
			if im.Data != nil || !strings.Contains(strings.ToLower(im.Err), why) {
				t.Errorf("picture %s: err %q, %d bytes; want a note saying %q", p, im.Err, len(im.Data), why)
			}
		})
	}
	t.Run("leaves out furniture, smaller srcset candidates and undecodable formats", func(t *testing.T) {
		for _, p := range []string{"/px.gif", "/img/reporter.png", "/img/tw.png", "/img/share-facebook.png", "/img/logo.png",
			"/img/square-400.png", "/img/wide.avif", "/img/wide-800.png", "/img/dsrcset-640.png"} {
			if _, ok := byPath[p]; ok {
				t.Errorf("%s was fetched", p)
			}
		}
	})
	t.Run("fetches each address once and reports progress", func(t *testing.T) {
		if len(a.Images) != len(kept)+len(noted) {
			t.Errorf("%d pictures, want %d: %v", len(a.Images), len(kept)+len(noted), keys(byPath))
		}
		if int(progress.Load()) != len(a.Images) {
			t.Errorf("progress told %d times for %d pictures", progress.Load(), len(a.Images))
		}
	})
	t.Run("keeps the figure's caption with its picture", func(t *testing.T) {
		var caps []string
		for _, b := range a.Document.Blocks {
			if b.Kind == BlockImage && b.Caption != "" {
				caps = append(caps, b.Caption)
			}
		}
		if strings.Join(caps, "|") != "The market square at dawn.|The old bridge, closed since Tuesday." {
			t.Errorf("captions %q", caps)
		}
	})
	if creds.Load() != 0 {
		t.Errorf("%d picture requests carried credentials", creds.Load())
	}
}

func TestClipWithoutPictures(t *testing.T) {
	srv, _, _ := pictureServer(t)
	opts := DefaultOptions()
	opts.NoImages = true
	a, err := ClipInput(context.Background(), Input{Text: srv.URL + "/article"}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Images) != 0 {
		t.Errorf("%d pictures fetched with NoImages", len(a.Images))
	}
}

func TestFetchImagesCancelled(t *testing.T) {
	srv, _, _ := pictureServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := Document{Blocks: []Block{{Kind: BlockImage, Src: srv.URL + "/img/lazy.png"}}}
	ims := FetchImages(ctx, d, "", DefaultOptions())
	if len(ims) != 1 || ims[0].Err == "" || ims[0].Data != nil {
		t.Errorf("a cancelled fetch gave %+v", ims)
	}
}

func TestPickSrcset(t *testing.T) {
	for _, tc := range []struct{ name, srcset, want string }{
		{"the smallest candidate wide enough", "a.jpg 400w, b.jpg 1600w, c.jpg 1200w", "c.jpg"},
		{"the largest when none is wide enough", "a.jpg 400w, b.jpg 800w", "b.jpg"},
		{"density 2 for x descriptors", "a.jpg 1x, b.jpg 2x, c.jpg 3x", "b.jpg"},
		{"an address with commas in it", "https://cdn.example/i/w_400,h_300/a.jpg 400w, https://cdn.example/i/w_1600,h_900/a.jpg 1600w", "https://cdn.example/i/w_1600,h_900/a.jpg"},
		{"a single address with no descriptor", "only.jpg", "only.jpg"},
		{"nothing from an empty srcset", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pickSrcset(tc.srcset); got != tc.want {
				t.Errorf("pickSrcset(%q) = %q, want %q", tc.srcset, got, tc.want)
			}
		})
	}
}

func TestDropImageRules(t *testing.T) {
	for _, tc := range []struct {
		name, img string
		drop      bool
	}{
		{"a tracking pixel by its size", `<img src="https://t.example/p.gif" width="1" height="1">`, true},
		{"an icon by its size", `<img src="https://example.com/i.png" width="24" height="24">`, true},
		{"an avatar by its class", `<img class="byline__avatar" src="https://example.com/me.jpg">`, true},
		{"a share button by its file name", `<img src="https://example.com/share-facebook.png">`, true},
		{"a picture in an avatars folder", `<img src="https://example.com/avatars/12.jpg">`, true},
		{"a photograph", `<img src="https://example.com/photos/flood.jpg" width="800" height="600">`, false},
		{"a photograph whose name has a furniture word in a longer name", `<img src="https://example.com/social-housing-estate.jpg">`, false},
		{"a photograph of a new logo", `<img src="https://example.com/new-logo-unveiled.jpg">`, false},
		{"a share button by its class", `<img class="share-icon" src="https://example.com/fb.png">`, true},
		{"a narrow but tall chart", `<img src="https://example.com/chart.png" width="40" height="400">`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := mustParse(t, "<p>"+tc.img+"</p>")
			img := findTag(doc, "img")
			if got := imageSource(img) == ""; got != tc.drop {
				t.Errorf("dropped = %v, want %v", got, tc.drop)
			}
		})
	}
}

// findElement returns the first element named tag under n, or nil.
func findTag(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findTag(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func keys(m map[string]Image) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestPastedHTMLFetchesPicturesItCanAddress(t *testing.T) {
	srv, pics, _ := pictureServer(t)
	body := `<p>The river rose through the night and by morning the water stood a metre deep in the market square, where traders had moved their stock to upper floors.</p>
<figure><img src="%s" alt="Boats"><figcaption>Boats in the square.</figcaption></figure>
<p>Emergency crews worked from boats to reach residents who had stayed behind, and the mayor said the town hall would open as a shelter for anyone who needed one.</p>`
	for _, tc := range []struct{ name, html string }{
		{"absolute addresses", "<html><body><article>" + fmt.Sprintf(body, srv.URL+"/img/lazy.png") + "</article></body></html>"},
		{"addresses relative to a <base>", `<html><head><base href="` + srv.URL + `/img/"></head><body><article>` + fmt.Sprintf(body, "lazy.png") + "</article></body></html>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ClipInput(context.Background(), Input{Text: tc.html}, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Images) != 1 || !bytes.Equal(a.Images[0].Data, pics["/img/lazy.png"]) {
				t.Errorf("pictures %+v", a.Images)
			}
		})
	}
}

func TestDocumentBase(t *testing.T) {
	page, _ := url.Parse("https://news.example/world/story")
	for _, tc := range []struct{ name, head, want string }{
		{"no <base> keeps the page's address", "", "https://news.example/world/story"},
		{"an absolute <base>", `<base href="https://cdn.example/assets/">`, "https://cdn.example/assets/"},
		{"a relative <base> against the page", `<base href="/static/">`, "https://news.example/static/"},
		{"a <base> that is not http is ignored", `<base href="javascript:alert(1)">`, "https://news.example/world/story"},
		{"a <base> with a target only is ignored", `<base target="_blank">`, "https://news.example/world/story"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := mustParse(t, "<html><head>"+tc.head+"</head><body><p>x</p></body></html>")
			if got := documentBase(doc, page); got.String() != tc.want {
				t.Errorf("documentBase = %s, want %s", got, tc.want)
			}
		})
	}
}

// FuzzPickSrcset checks that any srcset gives one of its own addresses, or
// nothing, without panicking.
func FuzzPickSrcset(f *testing.F) {
	for _, s := range []string{"a.jpg 400w, b.jpg 1600w", "a.jpg 1x,b.jpg 2x", "https://c/w_1,h_2/a.jpg 300w", ",,, ", "a.jpg 12345678901234567890w", "data:x 1x, b 2x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := pickSrcset(s)
		if got != "" && !strings.Contains(s, got) {
			t.Errorf("pickSrcset(%q) = %q, not one of its addresses", s, got)
		}
	})
}

func TestPicturesCarryNoCredentials(t *testing.T) {
	srv, _, creds := pictureServer(t)
	u, _ := url.Parse(srv.URL + "/article")
	u.User = url.UserPassword("reader", "secret")
	a, err := ClipInput(context.Background(), Input{Text: u.String()}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Images) == 0 {
		t.Fatal("no pictures fetched")
	}
	if creds.Load() != 0 {
		t.Errorf("%d picture requests carried the page's credentials", creds.Load())
	}
}

// TestRefusedPicturesKeepTheirConnection checks that pictures refused for
// their status (a missing one's short error page) give their connection
// back to the pool, as refused pages do: a page of many missing pictures
// fetched one after another opens one connection, not one each.
func TestRefusedPicturesKeepTheirConnection(t *testing.T) {
	pic := testPicture(t, 100, 100, color.RGBA{9, 9, 9, 255})
	srv, opened := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/missing") {
			http.Error(w, strings.Repeat("Not found. ", 100), http.StatusNotFound)
			return
		}
		w.Write(pic)
	})
	opts := DefaultOptions().withDefaults()
	client := newClient(opts)
	for i := range 6 {
		path := fmt.Sprintf("/missing/%d.png", i)
		if i%2 == 1 {
			path = fmt.Sprintf("/pic/%d.png", i)
		}
		im := fetchImage(context.Background(), client, srv.URL+path, srv.URL+"/article", opts)
		if missing := strings.HasPrefix(path, "/missing"); missing != (im.Err != "") {
			t.Fatalf("%s: error %q", path, im.Err)
		}
	}
	if got := opened.Load(); got != 1 {
		t.Errorf("6 pictures one after another, 3 of them missing, opened %d connections, want 1", got)
	}
}
