package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/capture"
	"margin/library"
)

// defaultCapturePort is the port the window listens on for the browser
// until the person sets another. Tests set 0, so that each test window
// listens on a free port of its own.
var defaultCapturePort = capture.DefaultPort

// captureService is the window's capture port: the capture server filing
// the browser's pages into the library while the window is open, started
// again when the port or the token changes. It is safe to use from any
// goroutine.
type captureService struct {
	lib    *library.Library
	onClip func(capture.Result)

	mu    sync.Mutex
	srv   *capture.Server // nil when not listening
	port  int             // the port asked for
	token string
	err   error // why it is not listening
	// stopped is set when the window closes; a start still under way then
	// does not listen.
	stopped bool
}

// newCaptureService is the capture port of the window on lib; onClip is
// told of every page filed, on the request's goroutine.
func newCaptureService(lib *library.Library, onClip func(capture.Result)) *captureService {
	return &captureService{lib: lib, onClip: onClip}
}

// start listens on port with the token kept in the library folder,
// stopping the server already running. A port that is taken (by 'margin
// serve', say) is no error for the window: the service is then not
// listening, and status says why. It reads the token file and opens a
// socket, so it runs off the UI goroutine.
func (c *captureService) start(port int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopLocked()
	c.port, c.err = port, nil
	if c.stopped {
		c.err = errors.New("the window is closing")
		return
	}
	if c.token == "" {
		t, err := capture.LoadToken(c.lib.Dir())
		if err != nil {
			c.err = err
			return
		}
		c.token = t
	}
	srv, err := capture.New(c.lib, capture.Config{Port: port, Token: c.token, OnClip: c.onClip})
	if err == nil {
		err = srv.Start()
	}
	if err != nil {
		slog.Warn("capture port", "port", port, "err", err)
		c.err = err
		return
	}
	c.srv = srv
}

// resetToken makes a new token, which stops every bookmarklet holding the
// old one, and listens again with it.
func (c *captureService) resetToken() error {
	t, err := capture.ResetToken(c.lib.Dir())
	if err != nil {
		return err
	}
	c.mu.Lock()
	c.token = t
	port := c.port
	c.mu.Unlock()
	c.start(port)
	return nil
}

// stop stops listening for good, letting a page being filed finish.
func (c *captureService) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopped = true
	c.stopLocked()
}

func (c *captureService) stopLocked() {
	if c.srv != nil {
		_ = c.srv.Close()
		c.srv = nil
	}
}

// listening is the port the service listens on, or 0.
func (c *captureService) listening() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.srv == nil {
		return 0
	}
	return c.srv.Port()
}

// Token is the token the browser side must send.
func (c *captureService) Token() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.token
}

// bookmarklet is the bookmarklet for the port listened on (the port asked
// for when not listening).
func (c *captureService) bookmarklet() string {
	port := c.listening()
	c.mu.Lock()
	defer c.mu.Unlock()
	if port == 0 {
		port = c.port
	}
	if c.token == "" {
		return ""
	}
	return capture.Bookmarklet(port, c.token, "")
}

// status is one sentence saying whether the browser can reach the window.
func (c *captureService) status() string {
	if p := c.listening(); p != 0 {
		return fmt.Sprintf("Listening on 127.0.0.1:%d for the bookmarklet and the browser extension.", p)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.err == nil:
		return "Not listening."
	}
	return "Not listening: " + c.err.Error() + "."
}

// parsePort reads a port typed in Preferences, or says in a sentence why
// it is none.
func parsePort(s string) (int, error) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 65535 {
		return 0, fmt.Errorf("“%s” is not a port: give a whole number from 1 to 65535 (Margin's default is %d)", s, capture.DefaultPort)
	}
	return n, nil
}

// clipped shows a page the browser sent: the list is refreshed and the
// clipping opened. It runs on the capture request's goroutine.
func (w *mainWindow) clipped(r capture.Result) {
	w.do(func() {
		w.list.reloadKeepPosition()
		w.OpenClipping(r.ID)
	})
}

// captureSection is the "Browser capture" part of Preferences: the port,
// whether Margin listens on it, the bookmarklet and the token to copy, and
// New token. Its buttons act at once, not on Save.
type captureSection struct {
	w           *mainWindow
	port        *escapeEntry
	apply       *widget.Button
	status      *widget.Label
	bookmarklet *widget.Label
	copyLink    *widget.Button
	token       *widget.Label
	copyToken   *widget.Button
	newToken    *widget.Button
}

// newCaptureSection builds the section, showing the service's state.
func (w *mainWindow) newCaptureSection() *captureSection {
	s := &captureSection{w: w}
	s.port = w.newDialogEntry(false)
	s.port.SetText(strconv.Itoa(w.prefs.CapturePort))
	s.port.OnSubmitted = func(string) { s.applyPort() }
	s.apply = widget.NewButton("Listen", s.applyPort)
	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	s.bookmarklet = widget.NewLabel("")
	s.bookmarklet.Truncation = fyne.TextTruncateEllipsis
	s.copyLink = widget.NewButtonWithIcon("Copy", theme.ContentCopyIcon(), func() { s.copy(s.copyLink, w.capture.bookmarklet()) })
	s.token = widget.NewLabel("")
	s.token.Truncation = fyne.TextTruncateEllipsis
	s.copyToken = widget.NewButtonWithIcon("Copy", theme.ContentCopyIcon(), func() { s.copy(s.copyToken, w.capture.Token()) })
	s.newToken = widget.NewButton("New Token…", s.askNewToken)
	s.update()
	return s
}

// items are the section's rows of the Preferences form.
func (s *captureSection) items() []*widget.FormItem {
	row := func(main fyne.CanvasObject, buttons ...fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), main)
	}
	return []*widget.FormItem{
		widget.NewFormItem("", sectionLabel("Browser capture")),
		widget.NewFormItem("Port", row(s.port, s.apply)),
		widget.NewFormItem("", s.status),
		widget.NewFormItem("Bookmarklet", row(s.bookmarklet, s.copyLink)),
		widget.NewFormItem("", hint("Copy it, make a new bookmark in the browser and paste it as the bookmark's address; "+
			"Margin cannot drag a link into the browser's bookmarks bar.")),
		widget.NewFormItem("Token", row(s.token, s.copyToken, s.newToken)),
		widget.NewFormItem("", hint("Paste the token into Margin's browser extension. A new token stops every bookmarklet made with the old one.")),
	}
}

// update shows the service's state.
func (s *captureSection) update() {
	c := s.w.capture
	s.status.SetText(c.status())
	if c.listening() != 0 {
		s.status.Importance = widget.MediumImportance
	} else {
		s.status.Importance = widget.WarningImportance
	}
	s.status.Refresh()
	s.bookmarklet.SetText(c.bookmarklet())
	s.token.SetText(c.Token())
}

// applyPort listens on the port typed, refusing one that is no port with a
// sentence, and keeps it in the preferences.
func (s *captureSection) applyPort() {
	port, err := parsePort(s.port.Text)
	if err != nil {
		s.status.Importance = widget.DangerImportance
		s.status.SetText(annotate.Capitalise(err.Error()) + ".")
		return
	}
	w := s.w
	w.prefs.CapturePort = port
	w.prefs.Save()
	s.apply.Disable()
	w.background(func(context.Context) {
		w.capture.start(port)
		w.do(func() {
			s.apply.Enable()
			s.update()
		})
	})
}

// copy puts text on the clipboard and says so on the button.
func (s *captureSection) copy(b *widget.Button, text string) {
	if cb := s.w.app.Clipboard(); cb != nil && text != "" {
		cb.SetContent(text)
		b.SetText("Copied")
	}
}

// askNewToken asks before making a new token: bookmarklets holding the old
// one stop working.
func (s *captureSection) askNewToken() {
	d := dialog.NewConfirm("New token",
		"Make a new token? Bookmarklets made with the old one stop working: copy the bookmarklet again, and paste the new token into the extension.",
		func(ok bool) {
			if ok {
				s.makeNewToken()
			}
		}, s.w.win)
	d.SetConfirmText("Make New Token")
	d.SetConfirmImportance(widget.DangerImportance)
	s.w.showDialog(d, nil)
}

// makeNewToken makes a new token and listens with it.
func (s *captureSection) makeNewToken() {
	w := s.w
	w.background(func(context.Context) {
		if err := w.capture.resetToken(); err != nil {
			w.showError(err)
		}
		w.do(func() {
			s.copyLink.SetText("Copy")
			s.copyToken.SetText("Copy")
			s.update()
		})
	})
}

// saveCapturePort listens on the port typed when Preferences is saved with
// it changed; a port that is none is refused with a sentence.
func (w *mainWindow) saveCapturePort(s *captureSection) {
	if _, err := parsePort(s.port.Text); err != nil {
		w.showDialog(dialog.NewInformation("Browser capture",
			"The port was not changed: "+err.Error()+".", w.win), nil)
		return
	}
	s.applyPort()
}
