//go:build unix

package app

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"margin/capture"
	"margin/library"
)

func TestTheWindowIsBuiltWithoutWaitingForTheCapturePort(t *testing.T) {
	a := test.NewTempApp(t)
	lib, err := library.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	// The token file is a pipe: reading it waits until the test writes
	// the token, as a slow disk would.
	pipe := filepath.Join(lib.Dir(), capture.TokenFile)
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipe: %v", err)
	}
	token := strings.Repeat("a1", 16)
	built := make(chan struct{})
	waited := make(chan bool, 1)
	go func() {
		select {
		case <-built:
			waited <- false
		// Long enough that a window built under load is not taken for
		// one that waited: the pipe never opens without the writer.
		case <-time.After(30 * time.Second):
			waited <- true
		}
		f, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		_, _ = f.WriteString(token + "\n")
		_ = f.Close()
	}()
	w := newMainWindow(a, lib, newTestTasks())
	close(built)
	t.Cleanup(func() {
		w.wait()
		w.cancel()
		lib.Close()
	})
	if <-waited {
		t.Fatal("the window was built only after the capture port had read its token")
	}
	waitUntil(t, w, "the capture port listens", func() bool { return w.capture.listening() != 0 })
	if w.capture.Token() != token {
		t.Errorf("token %q, want the one in the library folder", w.capture.Token())
	}
}

// slowTokenWindow is a window whose library keeps its capture token file
// as a named pipe: reading the token waits until the test writes it, as
// on a slow disk, so the window's first start is under way for as long as
// the test wants.
type slowTokenWindow struct {
	*mainWindow
	pipe  string
	token string
}

// newSlowTokenLibrary opens a library of its own whose token file is a
// named pipe, or skips the test where there are none. Each window on it
// reads the pipe when it starts.
func newSlowTokenLibrary(t *testing.T) *library.Library {
	t.Helper()
	lib, err := library.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	if err := syscall.Mkfifo(filepath.Join(lib.Dir(), capture.TokenFile), 0o600); err != nil {
		t.Skipf("no named pipe: %v", err)
	}
	return lib
}

// newSlowTokenWindow builds a window of a on lib, from newSlowTokenLibrary.
// The window is not waited for: its first start is reading the pipe.
func newSlowTokenWindow(t *testing.T, a fyne.App, lib *library.Library) *slowTokenWindow {
	t.Helper()
	w := &slowTokenWindow{mainWindow: newMainWindow(a, lib, newTestTasks()),
		pipe: filepath.Join(lib.Dir(), capture.TokenFile), token: capture.NewToken()}
	t.Cleanup(func() {
		w.wait()
		w.cancel()
	})
	return w
}

// writeToken writes the token into the pipe once a start reads it, giving
// up with an error after ten seconds. It may be called from any goroutine.
func (w *slowTokenWindow) writeToken(t *testing.T) {
	for end := time.Now().Add(10 * time.Second); ; time.Sleep(2 * time.Millisecond) {
		// Opening the pipe to write without waiting fails while nothing
		// reads it.
		f, err := os.OpenFile(w.pipe, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			_, err = f.WriteString(w.token + "\n")
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				t.Errorf("write the token: %v", err)
			}
			return
		}
		if time.Now().After(end) {
			t.Errorf("no start read the token in ten seconds: %v", err)
			return
		}
	}
}

// startsFinished waits, for at most ten seconds, until the start asked
// for last has finished. A start overtaken gives up without reading the
// token, so none is left waiting for the pipe; a start held back by
// captureStartPause may still be under way.
func (w *slowTokenWindow) startsFinished(t *testing.T) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); w.capture.isStarting(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("the capture port is still starting after ten seconds: %s", w.capture.status())
		}
	}
}

func TestListenWhileTheWindowStartsTheCapturePortListensOnThePortApplied(t *testing.T) {
	a := test.NewTempApp(t)
	lib := newSlowTokenLibrary(t)
	t.Cleanup(func() { captureStartPause = nil })
	// Each round races the window's first start against Listen on another
	// port, with the token read before, during or after Listen; in the
	// rounds that hold it back, the window's first start runs only after
	// Listen's start has finished, as on a busy machine it may.
	rounds := []struct {
		name            string
		holdFirstStart  bool
		tokenFirst      bool
		tokenWithListen bool
	}{
		{name: "Listen while the first start reads the token"},
		{name: "Listen once the token is read", tokenFirst: true},
		{name: "Listen as the token is read", tokenWithListen: true},
		{name: "Listen before the first start runs", holdFirstStart: true},
		{name: "Listen before the first start runs, as the token is read", holdFirstStart: true, tokenWithListen: true},
	}
	for i := range 50 {
		r := rounds[i%len(rounds)]
		a.Preferences().RemoveValue(prefCapturePort)
		release := make(chan struct{})
		captureStartPause = nil
		if r.holdFirstStart {
			captureStartPause = func(seq uint64) {
				if seq == 1 {
					select {
					case <-release:
					case <-time.After(10 * time.Second):
					}
				}
			}
		}
		w := newSlowTokenWindow(t, a, lib)
		s := w.preferencesForm().capture
		applied := freePort(t)
		s.port.SetText(strconv.Itoa(applied))
		switch {
		case r.tokenFirst:
			w.writeToken(t)
			s.applyPort()
		case r.tokenWithListen:
			done := make(chan struct{})
			go func() {
				defer close(done)
				w.writeToken(t)
			}()
			s.applyPort()
			<-done
		default:
			s.applyPort()
			w.writeToken(t)
		}
		w.startsFinished(t)
		close(release)
		w.wait()

		if got := w.capture.listening(); got != applied {
			t.Fatalf("round %d (%s): listening on %d, want the port applied, %d (%s)", i, r.name, got, applied, w.capture.status())
		}
		if saved := loadSettings(a.Preferences()).CapturePort; saved != applied {
			t.Fatalf("round %d (%s): Preferences kept %d, want %d", i, r.name, saved, applied)
		}
		if w.capture.Token() != w.token {
			t.Fatalf("round %d (%s): token %q, want the one in the library folder", i, r.name, w.capture.Token())
		}
		want := fmt.Sprintf("Listening on 127.0.0.1:%d for the bookmarklet and the browser extension.", applied)
		if s.status.Text != want || s.apply.Disabled() {
			t.Fatalf("round %d (%s): Preferences say %q (Listen disabled: %v), want %q", i, r.name, s.status.Text, s.apply.Disabled(), want)
		}
		if code := ping(t, applied, w.token); code != http.StatusOK {
			t.Fatalf("round %d (%s): the port applied answered the token with %d", i, r.name, code)
		}
		w.close()
	}
}

func TestPreferencesOpenedWhileTheCapturePortStartsSaySoAndFollowIt(t *testing.T) {
	w := newSlowTokenWindow(t, test.NewTempApp(t), newSlowTokenLibrary(t))
	// The token is written when the test says, or after five seconds if
	// opening Preferences waited for the start.
	release := make(chan struct{})
	waited := make(chan bool, 1)
	go func() {
		select {
		case <-release:
			waited <- false
		case <-time.After(5 * time.Second):
			waited <- true
		}
		w.writeToken(t)
	}()
	w.ShowPreferences()
	s := w.capturePrefs
	status, listenOff, link := s.status.Text, s.apply.Disabled(), s.bookmarklet.Text
	close(release)
	if <-waited {
		t.Fatal("opening Preferences waited for the capture port to start")
	}
	if !strings.HasPrefix(status, "Starting to listen on 127.0.0.1:") || !strings.HasSuffix(status, "…") {
		t.Errorf("Preferences say %q while the port starts, want that it is starting", status)
	}
	if !listenOff || link != "" {
		t.Errorf("while the port starts, Listen disabled = %v, bookmarklet = %q; want Listen disabled and no bookmarklet yet", listenOff, link)
	}

	// The start finishing shows in the Preferences still open.
	w.startsFinished(t)
	w.wait()
	port := w.capture.listening()
	if port == 0 {
		t.Fatalf("the capture port does not listen: %s", w.capture.status())
	}
	if want := fmt.Sprintf("Listening on 127.0.0.1:%d for the bookmarklet and the browser extension.", port); s.status.Text != want {
		t.Errorf("Preferences say %q after the start, want %q", s.status.Text, want)
	}
	if s.apply.Disabled() || s.token.Text != w.token || s.bookmarklet.Text != capture.Bookmarklet(port, w.token, "") {
		t.Errorf("after the start: Listen disabled = %v, token %q, bookmarklet %.60q…; want Listen enabled, the token and its bookmarklet",
			s.apply.Disabled(), s.token.Text, s.bookmarklet.Text)
	}

	// Closed Preferences are no longer updated.
	escape(w.mainWindow)
	if w.capturePrefs != nil {
		t.Errorf("the window still updates the Preferences closed")
	}
}
