//go:build unix

package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

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
