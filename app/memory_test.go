package app

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"

	"margin/annotate"
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

// TestFillingThePanelAgainKeepsTheHeap checks that showing a clipping's
// annotations again and again (each clipping opened, each suggestion
// accepted) does not make the heap grow: with the lists in a theme
// override, Fyne parsed the fonts again for each fill, about 6 MB.
func TestFillingThePanelAgainKeepsTheHeap(t *testing.T) {
	w := newTestWindow(t)
	id := addArticleBy(t, w.lib, "Harbour plans divide the city", "Maria Lopez")
	suggestAt(t, w.lib, id, "Maria Lopez", annotate.Person, 0.95)
	w.list.reloadKeepPosition()
	w.OpenClipping(id)
	w.wait()
	heap := func() float64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc) / (1 << 20)
	}
	fill := func() {
		for _, tab := range []*container.TabItem{w.panel.hlTab, w.panel.entTab} {
			w.panel.tabs.Select(tab)
			w.refresh(id)
			w.wait()
			w.win.Canvas().Capture()
		}
	}
	fill()
	before := heap()
	for range 5 {
		fill()
	}
	grown := heap() - before
	t.Logf("the heap grew by %.2f MB over five fills", grown)
	if grown > 3 {
		t.Errorf("the heap grew by %.1f MB over five fills of the panel", grown)
	}
}
