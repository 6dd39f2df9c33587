package app

import (
	"context"
	"sync/atomic"

	"fyne.io/fyne/v2"
)

// tasks runs the window's library work off the UI goroutine and hands its
// results back to the UI goroutine. The window and its views share one;
// a view gets it instead of the whole window.
type tasks struct {
	ctx    context.Context
	cancel context.CancelFunc
	// ui runs a function on the UI goroutine: fyne.Do, or in tests a queue
	// the test's goroutine runs (see newTestTasks).
	ui func(func())
	// idle, when set, is called each time the last piece of work in flight
	// finishes.
	idle    func()
	pending atomic.Int64
	// fail shows an error to the person; the window sets it.
	fail func(error)
}

// newTasks is the tasks of a window on the real driver.
func newTasks() *tasks {
	t := &tasks{ui: fyne.Do}
	t.ctx, t.cancel = context.WithCancel(context.Background())
	return t
}

// background runs fn off the UI goroutine with the window's context.
func (t *tasks) background(fn func(ctx context.Context)) {
	t.hold()
	go func() {
		defer t.release()
		fn(t.ctx)
	}()
}

// hold counts work that is about to start (a timer's) as in flight.
func (t *tasks) hold() { t.pending.Add(1) }

// release counts a piece of work as finished.
func (t *tasks) release() {
	if t.pending.Add(-1) == 0 && t.idle != nil {
		t.idle()
	}
}

// do runs fn on the UI goroutine. It may be called from any goroutine.
func (t *tasks) do(fn func()) { t.ui(fn) }

// showError shows err to the person. It may be called from any goroutine.
func (t *tasks) showError(err error) {
	if t.fail != nil {
		t.fail(err)
	}
}
