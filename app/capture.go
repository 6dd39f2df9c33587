package app

import (
	"context"
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

// captureStartPause, when set, is called as each start begins, with its
// number. Tests set it to hold a start back, so the starts run in an
// order a busy machine may run them in; it is nil otherwise.
var captureStartPause func(seq uint64)

// captureService is the window's capture port: the capture server filing
// the browser's pages into the library while the window is open, started
// again when the port or the token changes.
//
// A start is asked for on the UI goroutine (want), which numbers it and
// keeps the port wanted, and runs off it (start). Starts run one at a time
// and only the one asked for last listens: one overtaken gives up, or
// closes the server it opened, so the port the person chose last is the
// one listened on whatever order the goroutines run in. The state lock is
// never held while the token file is read or a socket opened, so the UI
// goroutine (status, listening, bookmarklet) never waits for them.
type captureService struct {
	lib    *library.Library
	onClip func(capture.Result)
	// started is told, on the start's goroutine, when the start asked for
	// last has finished, listening or not.
	started func()

	// starts runs one start at a time, so that a start overtaken has
	// closed its socket before the next one opens the same port.
	starts sync.Mutex

	mu  sync.Mutex
	srv *capture.Server // nil when not listening
	// port is the port wanted: the one the start asked for last listens on.
	port int
	// seq numbers the starts asked for; a start whose number is no longer
	// seq has been overtaken.
	seq uint64
	// starting is set while the start asked for last has not finished.
	starting bool
	// newToken is set when a start asked for a new token and none has
	// been made since; the next start to run makes it.
	newToken bool
	// token is the one in the library folder; only a start changes it.
	token string
	err   error // why it is not listening
	// stopped is set when the window closes; a start still under way then
	// does not listen.
	stopped bool
}

// newCaptureService is the capture port of the window on lib; onClip is
// told of every page filed, on the request's goroutine, and started of
// every start asked for last that has finished, on the start's goroutine.
func newCaptureService(lib *library.Library, onClip func(capture.Result), started func()) *captureService {
	return &captureService{lib: lib, onClip: onClip, started: started}
}

// want asks for a start on port, with a new token first when newToken,
// and returns its number for start. It is called on the UI goroutine, so
// that the order of the person's changes is the order of the numbers.
func (c *captureService) want(port int, newToken bool) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	c.port = port
	c.newToken = c.newToken || newToken
	c.starting = !c.stopped
	return c.seq
}

// start runs the start numbered seq: it stops the server running, makes
// a new token if one was asked for (reading the one in the library folder
// the first time), and listens on the port wanted. It gives up if a later
// start was asked for meanwhile, which then does the work. A port that is
// taken (by 'margin serve', say) is no error for the window: the service
// is then not listening, and status says why. The error returned is one
// making a new token, after which it listens with the old one. It reads
// and writes the token file and opens a socket, so it runs off the UI
// goroutine.
func (c *captureService) start(seq uint64) error {
	if captureStartPause != nil {
		captureStartPause(seq)
	}
	c.starts.Lock()
	defer c.starts.Unlock()

	c.mu.Lock()
	if seq != c.seq || c.stopped {
		c.mu.Unlock()
		return nil
	}
	old := c.srv
	c.srv = nil
	port, token, newToken := c.port, c.token, c.newToken
	c.newToken = false
	c.mu.Unlock()
	if old != nil {
		_ = old.Close()
	}

	var tokenErr, err error
	if newToken {
		if t, e := capture.ResetToken(c.lib.Dir()); e == nil {
			token = t
		} else {
			tokenErr = e
		}
	}
	if token == "" {
		token, err = capture.LoadToken(c.lib.Dir())
	}
	var srv *capture.Server
	if err == nil {
		srv, err = c.listen(port, token)
	}

	c.mu.Lock()
	if token != "" {
		c.token = token
	}
	lost := seq != c.seq || c.stopped
	if !lost {
		c.srv, c.err, c.starting = srv, err, false
	}
	c.mu.Unlock()
	if lost {
		if srv != nil {
			_ = srv.Close()
		}
		return tokenErr
	}
	if err != nil {
		slog.Warn("capture port", "port", port, "err", err)
	}
	if c.started != nil {
		c.started()
	}
	return tokenErr
}

// listen opens a capture server on port accepting token.
func (c *captureService) listen(port int, token string) (*capture.Server, error) {
	srv, err := capture.New(c.lib, capture.Config{Port: port, Token: token, OnClip: c.onClip})
	if err != nil {
		return nil, err
	}
	if err := srv.Start(); err != nil {
		return nil, err
	}
	return srv, nil
}

// stop stops listening for good, letting a page being filed finish.
func (c *captureService) stop() {
	c.mu.Lock()
	c.stopped, c.starting = true, false
	srv := c.srv
	c.srv = nil
	c.mu.Unlock()
	if srv != nil {
		_ = srv.Close()
	}
}

// wanted is the port the start asked for last listens on.
func (c *captureService) wanted() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.port
}

// isStarting reports whether the start asked for last is under way.
func (c *captureService) isStarting() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.starting
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
	c.mu.Lock()
	defer c.mu.Unlock()
	port := c.port
	if c.srv != nil {
		port = c.srv.Port()
	}
	if c.token == "" {
		return ""
	}
	return capture.Bookmarklet(port, c.token, "")
}

// status is one sentence saying whether the browser can reach the window.
func (c *captureService) status() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.starting:
		return fmt.Sprintf("Starting to listen on 127.0.0.1:%d…", c.port)
	case c.srv != nil:
		return fmt.Sprintf("Listening on 127.0.0.1:%d for the bookmarklet and the browser extension.", c.srv.Port())
	case c.err != nil:
		return "Not listening: " + c.err.Error() + "."
	}
	return "Not listening."
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

// listenOn asks the capture port to listen on port, with a new token
// first when newToken, and starts it in the background, so the window does
// not wait for the token file and the socket. It runs on the UI goroutine;
// when the start asked for last finishes, captureStarted shows how it
// ended.
func (w *mainWindow) listenOn(port int, newToken bool) {
	seq := w.capture.want(port, newToken)
	w.background(func(context.Context) {
		if err := w.capture.start(seq); err != nil {
			w.showError(err)
		}
	})
}

// captureStarted shows in Preferences, if they are open, how the start of
// the capture port ended. It may be called from any goroutine.
func (w *mainWindow) captureStarted() {
	w.do(func() {
		if s := w.capturePrefs; s != nil {
			s.update()
		}
	})
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

// newCaptureSection builds the section, showing the service's state. It
// is the section a finished start updates from then on, until the window
// forgets it (closing Preferences) or builds another.
func (w *mainWindow) newCaptureSection() *captureSection {
	s := &captureSection{w: w}
	w.capturePrefs = s
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

// update shows the service's state. Listen waits while a start is under
// way; a Copy button whose text changed says "Copy" again.
func (s *captureSection) update() {
	c := s.w.capture
	starting := c.isStarting()
	s.status.SetText(c.status())
	switch {
	case starting:
		s.status.Importance = widget.LowImportance
	case c.listening() != 0:
		s.status.Importance = widget.MediumImportance
	default:
		s.status.Importance = widget.WarningImportance
	}
	s.status.Refresh()
	if starting {
		s.apply.Disable()
	} else {
		s.apply.Enable()
	}
	if b := c.bookmarklet(); b != s.bookmarklet.Text {
		s.bookmarklet.SetText(b)
		s.copyLink.SetText("Copy")
	}
	if t := c.Token(); t != s.token.Text {
		s.token.SetText(t)
		s.copyToken.SetText("Copy")
	}
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
	w.listenOn(port, false)
	s.update()
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

// makeNewToken makes a new token and listens with it, on the port wanted.
func (s *captureSection) makeNewToken() {
	s.w.listenOn(s.w.capture.wanted(), true)
	s.update()
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
