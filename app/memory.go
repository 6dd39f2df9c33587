package app

import (
	"runtime/debug"
	"sync"
	"time"

	"margin/library"
)

// idleRelease is how long the window waits without library work before it
// gives memory back to the system. Tests change it.
var idleRelease = 20 * time.Second

// releaseWhenIdle makes the window give memory back to the system once its
// library work has stopped for idleRelease: the library's idle connections
// and their page caches are closed, and the Go heap's free pages returned
// (the collector would keep up to twice what is live). A window left open
// all day then holds what it shows, not what its busiest minute needed.
// The next search opens a connection again, a millisecond.
func releaseWhenIdle(t *tasks, lib *library.Library) {
	var mu sync.Mutex
	var timer *time.Timer
	fire := func() {
		if t.pending.Load() != 0 {
			return // work started since; its end sets the timer again
		}
		releaseMemory(lib)
	}
	t.idle = func() {
		mu.Lock()
		defer mu.Unlock()
		if timer == nil {
			timer = time.AfterFunc(idleRelease, fire)
		} else {
			timer.Reset(idleRelease)
		}
	}
}

// releaseMemory gives back what lib and the Go heap hold and do not use.
// Tests replace it.
var releaseMemory = func(lib *library.Library) {
	lib.ReleaseMemory()
	debug.FreeOSMemory()
}
