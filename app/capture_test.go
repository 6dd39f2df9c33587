package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"margin/capture"
)

// Test windows listen for the browser on a free port each, never on the
// port a person's Margin uses.
func init() { defaultCapturePort = 0 }

// sendPage posts a page to the window's capture port as the bookmarklet
// does, and returns the HTTP status.
func sendPage(t *testing.T, port int, token string, p capture.Page) int {
	t.Helper()
	body, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, fmt.Sprintf("http://127.0.0.1:%d/clip", port), bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	return statusOf(t, req, token)
}

// ping asks the capture server on port whether Margin runs, as the
// extension's Test does, and returns the HTTP status.
func ping(t *testing.T, port int, token string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("http://127.0.0.1:%d/ping", port), nil)
	if err != nil {
		t.Fatal(err)
	}
	return statusOf(t, req, token)
}

// statusOf sends req to the capture port with the token and returns the
// HTTP status.
func statusOf(t *testing.T, req *http.Request, token string) int {
	t.Helper()
	req.Header.Set(capture.TokenHeader, token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// waitUntil runs the window's UI updates until cond holds, for at most
// ten seconds: the capture port tells the window after answering the
// browser, so the update may come a moment after the request.
func waitUntil(t *testing.T, w *mainWindow, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		w.wait()
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting until %s", what)
}

// tapDialogButton taps the button labelled label in the dialogs shown.
func tapDialogButton(t *testing.T, w *mainWindow, label string) {
	t.Helper()
	for _, o := range w.win.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if b, ok := obj.(*widget.Button); ok && b.Text == label {
				test.Tap(b)
				return
			}
		}
	}
	t.Fatalf("no button %q in the dialogs shown", label)
}

func TestTheBrowserClipsIntoTheOpenWindow(t *testing.T) {
	w := newTestWindow(t)
	port := w.capture.listening()
	if port == 0 {
		t.Fatalf("the window is not listening: %s", w.capture.status())
	}
	token := w.capture.Token()
	if b, err := os.ReadFile(filepath.Join(w.lib.Dir(), capture.TokenFile)); err != nil || strings.TrimSpace(string(b)) != token {
		t.Fatalf("the token is not the one kept in the library folder (%q, %v)", b, err)
	}
	page := capture.Page{URL: "https://news.example/harbour", HTML: winArticle("Harbour plans divide the city", "Maria Lopez"),
		Selection: "The proposal, drafted by the Pacific Shipping Group, would double the number of berths."}

	if code := sendPage(t, port, strings.Repeat("0", len(token)), page); code != http.StatusUnauthorized {
		t.Errorf("a page with a wrong token got %d, want 401", code)
	}
	if code := sendPage(t, port, token, page); code != http.StatusOK {
		t.Fatalf("the page got %d, want 200", code)
	}
	waitUntil(t, w, "the clipping is open", func() bool { return w.current != nil })
	if w.current.Title != "Harbour plans divide the city" {
		t.Errorf("open = %q, want the page sent", w.current.Title)
	}
	if got := listTitles(w); !slices.Equal(got, []string{"Harbour plans divide the city"}) {
		t.Errorf("list = %q, want the page sent and only it", got)
	}
	if len(w.highlights) != 1 || w.highlights[0].Orphaned {
		t.Errorf("highlights = %+v, want the selection", w.highlights)
	}
	if w.list.openID != w.current.ID {
		t.Errorf("the list does not select the clipping sent")
	}

	// Quitting stops the port.
	w.close()
	if _, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), time.Second); err == nil {
		t.Errorf("the capture port is still open after the window closed")
	}
}

func TestATakenPortIsSaidInPreferences(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	taken := ln.Addr().(*net.TCPAddr).Port

	w := newTestWindow(t)
	w.capture.start(w.capture.want(taken, false))
	w.wait()
	f := w.preferencesForm()
	s := f.capture
	if w.capture.listening() != 0 || !strings.Contains(s.status.Text, fmt.Sprintf("Not listening: port %d is taken", taken)) {
		t.Fatalf("status = %q, want the taken port said", s.status.Text)
	}
	if strings.Count(s.status.Text, ". ") != 0 || !strings.HasSuffix(s.status.Text, ".") {
		t.Errorf("status %q is not one sentence", s.status.Text)
	}

	t.Run("a port that is no port is refused with a sentence", func(t *testing.T) {
		for _, bad := range []string{"70000", "0", "port", "-3", ""} {
			s.port.SetText(bad)
			s.applyPort()
			w.wait()
			if !strings.Contains(s.status.Text, "is not a port: give a whole number from 1 to 65535") {
				t.Errorf("%q: status = %q", bad, s.status.Text)
			}
			if w.prefs.CapturePort != 0 {
				t.Errorf("%q was kept as the port: %d", bad, w.prefs.CapturePort)
			}
		}
	})
	t.Run("another port starts the server again", func(t *testing.T) {
		free := freePort(t)
		s.port.SetText(strconv.Itoa(free))
		test.Tap(s.apply)
		w.wait()
		if got := w.capture.listening(); got != free {
			t.Fatalf("listening on %d, want %d (%s)", got, free, s.status.Text)
		}
		if s.status.Text != fmt.Sprintf("Listening on 127.0.0.1:%d for the bookmarklet and the browser extension.", free) {
			t.Errorf("status = %q", s.status.Text)
		}
		if !strings.Contains(s.bookmarklet.Text, "P="+strconv.Itoa(free)) {
			t.Errorf("the bookmarklet does not use the new port")
		}
		if loadSettings(w.app.Preferences()).CapturePort != free {
			t.Errorf("the port is not kept in the preferences")
		}
	})
}

func TestAPortTakenAtStartIsSaidInPreferences(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	taken := ln.Addr().(*net.TCPAddr).Port
	defaultCapturePort = taken
	t.Cleanup(func() { defaultCapturePort = 0 })

	w := newTestWindow(t)
	s := w.preferencesForm().capture
	if w.capture.listening() != 0 || !strings.HasPrefix(s.status.Text, fmt.Sprintf("Not listening: port %d is taken", taken)) ||
		strings.Count(s.status.Text, ". ") != 0 || !strings.HasSuffix(s.status.Text, ".") {
		t.Errorf("status = %q, want the taken port said in a sentence", s.status.Text)
	}
}

// freePort is a loopback port nothing listens on.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func TestPreferencesShowTheBookmarkletAndMakeANewToken(t *testing.T) {
	w := newTestWindow(t)
	w.ShowPreferences()
	for _, s := range []string{"Browser capture", "Bookmarklet", "Token", "cannot drag a link"} {
		if !hasDialogText(w, s) {
			t.Errorf("Preferences do not show %q", s)
		}
	}
	escape(w)

	f := w.preferencesForm()
	s := f.capture
	port, old := w.capture.listening(), w.capture.Token()
	if !strings.HasPrefix(s.bookmarklet.Text, "javascript:") || !strings.Contains(s.bookmarklet.Text, old) ||
		!strings.Contains(s.bookmarklet.Text, "P="+strconv.Itoa(port)+"%2C") {
		t.Errorf("bookmarklet = %.120q…, want one with the port and the token", s.bookmarklet.Text)
	}
	if s.token.Text != old {
		t.Errorf("token shown = %q, want %q", s.token.Text, old)
	}
	test.Tap(s.copyLink)
	if got := w.app.Clipboard().Content(); got != capture.Bookmarklet(port, old, "") {
		t.Errorf("Copy put %.80q… on the clipboard, want the bookmarklet", got)
	}
	test.Tap(s.copyToken)
	if got := w.app.Clipboard().Content(); got != old {
		t.Errorf("Copy put %q on the clipboard, want the token", got)
	}

	// New token asks first; saying no keeps the token.
	test.Tap(s.newToken)
	if !hasDialogText(w, "Bookmarklets made with the old one stop working") {
		t.Fatal("New token does not ask first")
	}
	tapDialogButton(t, w, "No")
	w.wait()
	if w.capture.Token() != old {
		t.Fatal("the token changed without the person's yes")
	}
	test.Tap(s.newToken)
	tapDialogButton(t, w, "Make New Token")
	w.wait()
	fresh := w.capture.Token()
	if fresh == old || s.token.Text != fresh {
		t.Fatalf("token %q after New token (shown %q), was %q", fresh, s.token.Text, old)
	}
	if strings.Contains(s.bookmarklet.Text, old) || !strings.Contains(s.bookmarklet.Text, fresh) {
		t.Errorf("the bookmarklet still holds the old token")
	}
	port = w.capture.listening()
	page := capture.Page{URL: "https://news.example/storm", HTML: winArticle("Storm closes the airport", "Maria Lopez")}
	if code := sendPage(t, port, old, page); code != http.StatusUnauthorized {
		t.Errorf("the old token got %d, want 401", code)
	}
	if code := sendPage(t, port, fresh, page); code != http.StatusOK {
		t.Errorf("the new token got %d, want 200", code)
	}
	if b, _ := os.ReadFile(filepath.Join(w.lib.Dir(), capture.TokenFile)); strings.TrimSpace(string(b)) != fresh {
		t.Errorf("the library folder keeps %q, want the new token", b)
	}
}

func TestSavingPreferencesWithABadPortSaysSo(t *testing.T) {
	w := newTestWindow(t)
	f := w.preferencesForm()
	f.capture.port.SetText("eighty")
	w.applyPreferences(f)
	w.wait()
	if !hasDialogText(w, "The port was not changed: “eighty” is not a port") {
		t.Errorf("saving a bad port does not say so")
	}
	if w.prefs.CapturePort != 0 || w.capture.listening() == 0 {
		t.Errorf("a bad port changed the capture port (%d, listening on %d)", w.prefs.CapturePort, w.capture.listening())
	}
}

func TestANewTokenAskedForIsMadeWhenALaterStartOvertakesIt(t *testing.T) {
	for _, order := range []string{"the later start runs first", "the start asked for first runs first"} {
		t.Run(order, func(t *testing.T) {
			w := newTestWindow(t)
			c := w.capture
			old := c.Token()
			first, later := freePort(t), freePort(t)
			withToken := c.want(first, true)
			other := c.want(later, false)
			starts := []uint64{other, withToken}
			if order != "the later start runs first" {
				starts = []uint64{withToken, other}
			}
			for _, seq := range starts {
				if err := c.start(seq); err != nil {
					t.Fatalf("start %d: %v", seq, err)
				}
			}
			w.wait()

			fresh := c.Token()
			if got := c.listening(); got != later {
				t.Fatalf("listening on %d, want the port asked for last, %d (%s)", got, later, c.status())
			}
			if fresh == old {
				t.Fatal("the new token asked for was not made")
			}
			if b, _ := os.ReadFile(filepath.Join(w.lib.Dir(), capture.TokenFile)); strings.TrimSpace(string(b)) != fresh {
				t.Errorf("the library folder keeps %q, want the token shown, %q", b, fresh)
			}
			if code := ping(t, later, fresh); code != http.StatusOK {
				t.Errorf("the new token got %d, want 200", code)
			}
			if code := ping(t, later, old); code != http.StatusUnauthorized {
				t.Errorf("the old token got %d, want 401", code)
			}
			if _, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(first), time.Second); err == nil {
				t.Errorf("port %d, asked for before, is open", first)
			}
		})
	}
}
