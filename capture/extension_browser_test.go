package capture

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// TestExtensionInChromium loads the WebExtension in extension/ into
// headless Chromium, opens a page Chromium takes for a public site (where
// the bookmarklet cannot reach the port, see TestBookmarkletFromPublicPage),
// selects a sentence and runs the extension's clip, as its toolbar box and
// shortcut do, in its service worker: the page is filed with the highlight
// and the tag.
func TestExtensionInChromium(t *testing.T) {
	ext, err := filepath.Abs(filepath.Join("..", "extension"))
	if err != nil {
		t.Fatal(err)
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, renderedPage)
	}))
	defer site.Close()
	sitePort := site.Listener.Addr().(*net.TCPAddr).Port
	ctx := browser(t,
		chromedp.Flag("load-extension", ext),
		chromedp.Flag("disable-extensions-except", ext),
		chromedp.Flag("disable-features", "DisableLoadExtensionCommandLineSwitch"),
		chromedp.Flag("ip-address-space-overrides", fmt.Sprintf("127.0.0.1:%d=public", sitePort)),
	)
	clipped := make(chan Result, 1)
	s, l := startServer(t, Config{OnClip: func(r Result) { clipped <- r }})

	const selected = "the sun and the moon pull at right angles"
	err = chromedp.Do(ctx,
		chromedp.Navigate(site.URL+"/tides"),
		chromedp.WaitVisible(chromedp.ID("rendered")),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(function(){
			var p = document.querySelectorAll('article p')[1], t = p.firstChild, i = t.data.indexOf(%q);
			var r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + %d);
			var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
		})()`, selected, len(selected))),
	)
	if err != nil {
		t.Fatal(err)
	}

	// The extension's service worker.
	var worker target.ID
	for deadline := time.Now().Add(15 * time.Second); worker == "" && time.Now().Before(deadline); {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ti := range infos {
			if ti.Type == "service_worker" && strings.HasPrefix(ti.URL, "chrome-extension://") {
				worker = ti.TargetID
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	if worker == "" {
		t.Skip("this Chromium did not load the unpacked extension from the command line")
	}
	wctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(worker))
	defer cancel()
	type outcome struct {
		OK      bool   `json:"ok"`
		Message string `json:"message"`
	}
	// What the toolbar box does on "Clip this page", after the person
	// pasted the port and token in the options.
	out, err := chromedp.Run(wctx, chromedp.Evaluate[outcome](fmt.Sprintf(`(async () => {
		await chrome.storage.local.set({port: %d, token: %q});
		const [tab] = (await chrome.tabs.query({})).filter((t) => t.url.startsWith(%q));
		return await clipTab(tab.id, "from the extension");
	})()`, s.Port(), testToken, site.URL), chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run the extension's clip: %v", err)
	}
	t.Logf("the extension said %q", out.Message)
	if !out.OK {
		t.Fatalf("the extension failed: %q", out.Message)
	}
	var r Result
	select {
	case r = <-clipped:
	case <-time.After(5 * time.Second):
		t.Fatal("nothing filed")
	}
	c, _ := l.Get(context.Background(), r.ID)
	hs, _ := l.Highlights(context.Background(), r.ID)
	if len(hs) != 1 || hs[0].Selector.Exact != selected || hs[0].Orphaned || len(c.Tags) != 1 || c.Tags[0] != "from the extension" ||
		!strings.Contains(c.Text(), "Written by the page itself") {
		t.Errorf("tags %q, highlights %+v, text %q", c.Tags, hs, c.Text())
	}

	// With the port closed, the extension says how to start Margin.
	s.Close()
	out, err = chromedp.Run(wctx, chromedp.Evaluate[outcome](fmt.Sprintf(`(async () => {
		const [tab] = (await chrome.tabs.query({})).filter((t) => t.url.startsWith(%q));
		return await clipTab(tab.id, "");
	})()`, site.URL), chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if out.OK || !strings.Contains(out.Message, "margin serve") {
		t.Errorf("with the port closed the extension said %q", out.Message)
	}
}
