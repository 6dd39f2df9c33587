package app

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// TestReleaseWhenIdle checks that the window gives memory back once its
// library work has stopped for idleRelease, not while work is in flight,
// and once per idle spell.
func TestReleaseWhenIdle(t *testing.T) {
	const idleRelease = 200 * time.Millisecond
	var released atomic.Int32

	tk := newTasks()
	defer tk.cancel()
	releaseWhenIdle(tk, idleRelease, func() { released.Add(1) })
	done := make(chan struct{})
	tk.background(func(context.Context) { <-done })
	time.Sleep(4 * idleRelease)
	if n := released.Load(); n != 0 {
		t.Fatalf("released %d times while work was in flight", n)
	}
	close(done)
	deadline := time.Now().Add(5 * time.Second)
	for released.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := released.Load(); n != 1 {
		t.Fatalf("released %d times after the work ended, want 1", n)
	}
	time.Sleep(4 * idleRelease)
	if n := released.Load(); n != 1 {
		t.Fatalf("released %d times in one idle spell, want 1", n)
	}
	// Work that ends within idleRelease of the next puts the release off.
	for range 3 {
		tk.background(func(context.Context) {})
		time.Sleep(idleRelease / 4)
	}
	if n := released.Load(); n != 1 {
		t.Errorf("released while work kept coming (%d)", n)
	}
}
