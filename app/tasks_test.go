package app

import (
	"sync"
)

// Fyne's test driver runs fyne.Do's function at once on the calling
// goroutine, so background work would touch widgets while the test does.
// Instead the windows of the package's tests and benchmarks queue their UI
// updates, and wait runs them on the test's goroutine, as the real driver
// runs them on the UI goroutine.

// testQueues holds the UI queue of each test window's tasks, and
// testObservers what runs after each UI update a test's wait runs.
var testQueues, testObservers sync.Map // *tasks -> chan func(), func()

// observe has fn run after each UI update wait runs, until observe(nil).
func (t *tasks) observe(fn func()) {
	if fn == nil {
		testObservers.Delete(t)
		return
	}
	testObservers.Store(t, fn)
}

// run runs one queued UI update and the observer.
func (t *tasks) run(fn func()) {
	if fn == nil {
		return
	}
	fn()
	if o, ok := testObservers.Load(t); ok {
		o.(func())()
	}
}

// newTestTasks is the tasks of a test window: UI updates wait in a queue
// for wait.
func newTestTasks() *tasks {
	t := newTasks()
	q := make(chan func(), 4096)
	t.ui = func(fn func()) { q <- fn }
	// Wake wait, which may be waiting for the queue.
	t.idle = func() {
		select {
		case q <- nil:
		default:
		}
	}
	testQueues.Store(t, q)
	return t
}

// wait runs the UI updates that background work queues until the work
// started so far, and what it started in turn, has finished.
func (t *tasks) wait() {
	v, _ := testQueues.Load(t)
	q := v.(chan func())
	for {
		if t.pending.Load() == 0 {
			select {
			case fn := <-q:
				t.run(fn)
				continue
			default:
				return
			}
		}
		t.run(<-q)
	}
}

// runQueued runs the UI updates queued so far, without waiting for the
// work in flight, as the real driver runs what fyne.Do queued before it
// draws a frame.
func (t *tasks) runQueued() {
	v, _ := testQueues.Load(t)
	q := v.(chan func())
	for {
		select {
		case fn := <-q:
			t.run(fn)
		default:
			return
		}
	}
}
