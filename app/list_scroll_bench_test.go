package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"margin/internal/benchdata"
)

// BenchmarkListScroll100k scrolls the library list over 100,000 clippings
// frame by frame, at 60 frames a second, and times each frame: the scroll
// handled by the real list widget (its rows laid out and filled from the
// pages in hand, a page asked for when a row's is missing), the UI updates
// that arrived since the frame before (pages read in the background), and
// the list rendered by the test driver's software painter. The list is in
// a window of its own, of the size the main window gives it at 1280x800:
// the software painter draws the whole window every frame, where the real
// driver draws what changed. Three ways of scrolling: the wheel or touchpad
// flicked down from the top, 150 pixels a frame (two and a half rows);
// the scroll bar dragged from the top to the bottom in two seconds, a new
// page every frame; the wheel up from the bottom.
func BenchmarkListScroll100k(b *testing.B) {
	dir := benchdata.Library(b, 100000)
	a := test.NewApp()
	defer a.Quit()
	w, lib := openBenchWindow(b, a, dir)
	defer lib.Close()
	size := w.list.content.Size()
	w.cancel()
	w.wait()
	w.win.Close()

	t := newTestTasks()
	defer t.cancel()
	l := newLibraryList(lib, t, func(int64) {})
	win := test.NewWindow(l.content)
	defer win.Close()
	win.Resize(size)
	l.start()
	t.wait()
	c := win.Canvas()
	c.Capture()
	if l.total != 100000 {
		b.Fatalf("the list holds %d rows", l.total)
	}
	list := l.list
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(list).Add(fyne.NewPos(list.Size().Width/2, list.Size().Height/2))
	const step, interval = 150, time.Second / 60
	var frames, cpu, work, workCPU []time.Duration
	blank := 0
	next := time.Now()
	frame := func(scroll func()) {
		if d := time.Until(next); d > 0 {
			time.Sleep(d)
		}
		next = time.Now().Add(interval)
		c0 := cpuTime()
		start := time.Now()
		scroll()
		t.runQueued()
		work, workCPU = append(work, time.Since(start)), append(workCPU, cpuTime()-c0)
		c.Capture()
		frames, cpu = append(frames, time.Since(start)), append(cpu, cpuTime()-c0)
		if blankRows(l) > 0 {
			blank++
		}
	}
	b.ResetTimer()
	for range 300 {
		frame(func() { test.Scroll(c, at, 0, -step) })
	}
	wheel := blank
	if end := list.GetScrollOffset(); end < 300*step*0.9 {
		b.Fatalf("scrolled to %v, want about %v", end, 300*step)
	}
	// The list's whole height, less a screen.
	bottom := float32(l.total)*(l.newRow().MinSize().Height+theme.Padding()) - list.Size().Height
	for i := range 120 {
		frame(func() { list.ScrollToOffset(bottom * float32(i+1) / 120) })
	}
	if last := list.GetScrollOffset(); last < bottom*0.99 {
		b.Fatalf("dragged to %v, want %v", last, bottom)
	}
	drag := blank - wheel
	for range 120 {
		frame(func() { test.Scroll(c, at, 0, step) })
	}
	b.StopTimer()
	b.Logf("frames with rows waiting for their page: %d of 300 scrolling down, %d of 120 dragging the bar, %d of 120 scrolling up",
		wheel, drag, blank-wheel-drag)
	t.wait()
	b.ReportMetric(msPercentile(frames, 0.5), "list_scroll_100k_frame_median:ms")
	b.ReportMetric(msPercentile(frames, 0.95), "list_scroll_100k_frame_p95:ms")
	b.ReportMetric(msPercentile(frames, 1), "list_scroll_100k_frame_max:ms")
	b.ReportMetric(msPercentile(cpu, 0.5), "list_scroll_100k_frame_cpu_median:ms")
	b.ReportMetric(msPercentile(cpu, 0.95), "list_scroll_100k_frame_cpu_p95:ms")
	b.ReportMetric(msPercentile(work, 0.5), "list_scroll_100k_work_median:ms")
	b.ReportMetric(msPercentile(work, 0.95), "list_scroll_100k_work_p95:ms")
	b.ReportMetric(msPercentile(work, 1), "list_scroll_100k_work_max:ms")
	b.ReportMetric(msPercentile(workCPU, 0.5), "list_scroll_100k_work_cpu_median:ms")
	b.ReportMetric(msPercentile(workCPU, 0.95), "list_scroll_100k_work_cpu_p95:ms")
}

// blankRows counts the list's rows on screen still waiting for their
// page, from the scroll offset and the rows' height.
func blankRows(l *libraryList) int {
	row := l.newRow().MinSize().Height + theme.Padding()
	first := int(l.list.GetScrollOffset() / row)
	last := min(int((l.list.GetScrollOffset()+l.list.Size().Height)/row), l.total-1)
	n := 0
	for id := first; id <= last; id++ {
		if _, ok := l.summary(id); !ok {
			n++
		}
	}
	return n
}
