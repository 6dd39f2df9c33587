package app

import (
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"margin/internal/filepages"
	"margin/library"
)

// idleRelease is how long the window waits without library work before it
// gives memory back to the system.
const idleRelease = 20 * time.Second

// releaseWhenIdle calls release once the window's library work has
// stopped for after (idleRelease), to give memory back to the system: the
// library's idle connections and their page caches are closed, and the Go
// heap's free pages returned (the collector would keep up to twice what is
// live). A window left open
// all day then holds what it shows, not what its busiest minute needed.
// The next search opens a connection again, a millisecond.
func releaseWhenIdle(t *tasks, after time.Duration, release func()) {
	var mu sync.Mutex
	var timer *time.Timer
	fire := func() {
		if t.pending.Load() != 0 {
			return // work started since; its end sets the timer again
		}
		release()
	}
	t.idle = func() {
		mu.Lock()
		defer mu.Unlock()
		if timer == nil {
			timer = time.AfterFunc(after, fire)
		} else {
			timer.Reset(after)
		}
	}
}

// releaseMemory gives back what lib and the Go heap hold and do not use,
// and the pages of the program's file read since the last time: the code
// and tables used at start-up or by the last suggestions, and the fonts
// embedded in the program, which Fyne has parsed into tables of its own.
// What is touched again comes back from the system's file cache.
func releaseMemory(lib *library.Library) {
	lib.ReleaseMemory()
	debug.FreeOSMemory()
	if _, err := filepages.Release(embeddedFonts()...); err != nil {
		slog.Debug("give back the program's pages", "err", err)
	}
}

// embeddedFonts are the bytes of the fonts built into the program, which
// Fyne reads once for each text style and never writes.
func embeddedFonts() [][]byte {
	var out [][]byte
	for _, r := range []fyne.Resource{
		theme.DefaultTextFont(), theme.DefaultTextBoldFont(), theme.DefaultTextItalicFont(),
		theme.DefaultTextBoldItalicFont(), theme.DefaultTextMonospaceFont(), theme.DefaultSymbolFont(),
		theme.DefaultEmojiFont(),
	} {
		if r != nil {
			out = append(out, r.Content())
		}
	}
	return out
}
