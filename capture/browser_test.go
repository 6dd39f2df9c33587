package capture

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"margin/library"
)

// chromium returns the path of a Chromium or Chrome on this machine, or
// skips the test saying how to get one.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine: 'make test' installs Debian's chromium, or apt-get install chromium")
	return ""
}

// browser starts a headless Chromium with a fresh profile, with the flags
// that let it run as root in a container and keep it off the network.
func browser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	opts = append(opts, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// renderedPage is an article whose last paragraph is written by JavaScript,
// so that only the page as rendered holds it.
const renderedPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tides, and why they turn</title></head><body><article>
<h1>Tides, and why they turn</h1>
<p id="first">The tide turns twice a day, pulled by the moon. The sun pulls too, less, and when the two pull together the tides are largest.</p>
<p>Neap tides are the smallest: the sun and the moon pull at right angles, and the sea rises and falls the least in the month.</p>
</article><script>
var p = document.createElement('p');
p.id = 'rendered';
p.textContent = 'Written by the page itself: sailors have known this for as long as there have been sailors, and printed it in almanacs.';
document.querySelector('article').appendChild(p);
</script></body></html>`

// TestBookmarkletInChromium opens a page served on the loopback address in
// headless Chromium, selects a sentence, runs the bookmarklet as a click on
// a javascript: link runs it, and finds the clipping, its highlight and its
// tag in the library; requests without the token, with a foreign Host or
// over the size cap are refused.
func TestBookmarkletInChromium(t *testing.T) {
	ctx := browser(t)
	var mu sync.Mutex
	var seen []string // what reached the capture port: method, and PNA header
	clipped := make(chan Result, 1)
	s, l := startServer(t, Config{
		OnClip: func(r Result) { clipped <- r },
		Trace: func(r *http.Request) {
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, fmt.Sprintf("%s origin=%q pna=%q", r.Method, r.Header.Get("Origin"), r.Header.Get("Access-Control-Request-Private-Network")))
		},
	})
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, renderedPage)
	}))
	defer site.Close()

	const selected = "the sun and the moon pull at right angles"
	bm := Bookmarklet(s.Port(), testToken, "from the browser")
	err := chromedp.Do(ctx,
		chromedp.Navigate(site.URL+"/tides"),
		chromedp.WaitVisible(chromedp.ID("rendered")),
		// Select the sentence as a person would, then run the bookmarklet
		// the way the bookmarks bar does: by following its javascript: link.
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(function(){
			var p = document.querySelectorAll('article p')[1], t = p.firstChild, i = t.data.indexOf(%q);
			var r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + %d);
			var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
			var a = document.createElement('a'); a.href = %q; a.id = 'run-bookmarklet'; a.textContent = 'Margin';
			document.body.appendChild(a);
		})()`, selected, len(selected), bm)),
		chromedp.Click(chromedp.ID("run-bookmarklet")),
		chromedp.WaitVisible(chromedp.ID("margin-clip-toast")),
	)
	var toast string
	if err == nil {
		toast, err = chromedp.Run(ctx, chromedp.Text(chromedp.ID("margin-clip-toast")))
	}
	if err != nil {
		t.Fatalf("browser: %v (capture port saw %q)", err, seen)
	}
	t.Logf("bookmarklet said %q; capture port saw %q", toast, seen)
	var r Result
	select {
	case r = <-clipped:
	case <-time.After(10 * time.Second):
		t.Fatalf("no clipping filed; the page said %q", toast)
	}
	if !strings.HasPrefix(toast, "Clipped to Margin") {
		t.Errorf("the page said %q", toast)
	}
	c, err := l.Get(context.Background(), r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(c.Text(), "Written by the page itself") {
		t.Errorf("the clipping is not the page as rendered: %q", c.Text())
	}
	if c.URL != site.URL+"/tides" || len(c.Tags) != 1 || c.Tags[0] != "from the browser" {
		t.Errorf("url %q, tags %q", c.URL, c.Tags)
	}
	hs, _ := l.Highlights(context.Background(), r.ID)
	if len(hs) != 1 || hs[0].Orphaned || hs[0].Selector.Exact != selected {
		t.Errorf("highlights = %+v", hs)
	}

	// A page's own script without the token is refused, from the browser.
	status, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(`fetch('http://127.0.0.1:%d/clip', {method: 'POST',
		headers: {'Content-Type': 'application/json'}, body: JSON.stringify({url: location.href, html: document.documentElement.outerHTML})})
		.then(function(r){ return r.status; }, function(){ return -1; })`, s.Port()), chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if status != http.StatusUnauthorized && status != -1 {
		t.Errorf("a fetch without the token got %d", status)
	}
	t.Logf("a page's fetch without the token: %d", status)

	// Outside the browser: no token, a foreign Host, over the size cap.
	good := pageJSON(Page{URL: site.URL + "/other", HTML: strings.Replace(renderedPage, "Tides", "Other tides", 2)})
	big := pageJSON(Page{URL: site.URL + "/big", HTML: renderedPage + strings.Repeat("<p>x</p>", MaxBody/8)})
	for _, tt := range []struct {
		name        string
		host, token string
		body        []byte
		want        int
	}{
		{"no token", "", "", good, http.StatusUnauthorized},
		{"foreign Host", fmt.Sprintf("rebound.example:%d", s.Port()), testToken, good, http.StatusMisdirectedRequest},
		{"over the size cap", "", testToken, big, http.StatusRequestEntityTooLarge},
	} {
		if got, _ := post(t, s, tt.host, tt.token, tt.body); got != tt.want {
			t.Errorf("%s: status %d; want %d", tt.name, got, tt.want)
		}
	}
	if n, _ := l.Count(context.Background(), library.Filter{}); n != 1 {
		t.Errorf("library holds %d clippings; want the one the bookmarklet sent", n)
	}
}

// TestBookmarkletFromPublicPage runs the bookmarklet on a page Chromium
// takes for a public site (its address space overridden), the case of a
// news site, over http and over https with local network access granted.
// It records what Chromium does: in Chromium 156 headless the fetch to the
// loopback port never leaves the browser in either case (the port sees
// nothing), so the bookmarklet must say so; the extension, whose requests
// are not the page's, is the way from such pages. docs/capture.md has the
// figures.
func bookmarkletFromPublicPage(t *testing.T, tls, allow bool) (toast string, seen []string, filed bool) {
	newServer := httptest.NewServer
	if tls {
		newServer = httptest.NewTLSServer
	}
	site := newServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, renderedPage)
	}))
	defer site.Close()
	sitePort := site.Listener.Addr().(*net.TCPAddr).Port
	ctx := browser(t, chromedp.Flag("ip-address-space-overrides", fmt.Sprintf("127.0.0.1:%d=public", sitePort)), chromedp.Flag("ignore-certificate-errors", true))
	if allow {
		// What the person's "Allow" in the local network access prompt does.
		_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission: &cdpbrowser.PermissionDescriptor{Name: "local-network-access"},
			Setting:    cdpbrowser.PermissionSettingGranted, Origin: site.URL,
		})
		if err != nil {
			t.Fatalf("grant local network access: %v", err)
		}
	}
	var mu sync.Mutex
	clipped := make(chan Result, 1)
	s, _ := startServer(t, Config{
		OnClip: func(r Result) { clipped <- r },
		Trace: func(r *http.Request) {
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, fmt.Sprintf("%s pna=%q", r.Method, r.Header.Get("Access-Control-Request-Private-Network")))
		},
	})
	err := chromedp.Do(ctx,
		chromedp.Navigate(site.URL+"/tides"),
		chromedp.WaitVisible(chromedp.ID("rendered")),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(function(){
			var a = document.createElement('a'); a.href = %q; a.id = 'run-bookmarklet'; a.textContent = 'Margin';
			document.body.appendChild(a);
		})()`, Bookmarklet(s.Port(), testToken, ""))),
		chromedp.Click(chromedp.ID("run-bookmarklet")),
		chromedp.WaitVisible(chromedp.ID("margin-clip-toast")),
	)
	if err == nil {
		toast, err = chromedp.Run(ctx, chromedp.Text(chromedp.ID("margin-clip-toast")))
	}
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	select {
	case <-clipped:
		filed = true
	case <-time.After(3 * time.Second):
	}
	mu.Lock()
	defer mu.Unlock()
	return toast, seen, filed
}

func TestBookmarkletFromPublicPage(t *testing.T) {
	for _, c := range []struct{ tls, allow bool }{{false, false}, {true, true}} {
		toast, seen, filed := bookmarkletFromPublicPage(t, c.tls, c.allow)
		t.Logf("public page, https %v, local network access allowed %v: filed %v; the bookmarklet said %q; the capture port saw %q",
			c.tls, c.allow, filed, toast, seen)
		// Whatever the browser allows, the person is told what happened.
		if !filed && !strings.Contains(toast, "could not be reached") {
			t.Errorf("nothing filed, and the page said %q", toast)
		}
	}
}
