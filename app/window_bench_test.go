package app

import (
	"context"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"margin/internal/benchdata"
	"margin/library"
)

// median and p95 of durations, in milliseconds.
func msPercentile(d []time.Duration, p float64) float64 {
	s := slices.Clone(d)
	slices.Sort(s)
	return float64(s[int(float64(len(s)-1)*p)]) / float64(time.Millisecond)
}

// openBenchWindow opens the main window on the library in dir as Run does
// (without the real driver), waits for the list's first page and renders
// the window once: the first frame.
func openBenchWindow(b *testing.B, a fyne.App, dir string) (*mainWindow, *library.Library) {
	lib, err := library.Open(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	w := newMainWindow(a, lib, newTestTasks())
	w.win.Resize(fyne.NewSize(1280, 800))
	w.Show()
	w.wait()
	w.win.Canvas().Capture()
	return w, lib
}

// BenchmarkStartup50k measures the time from opening a library of 50,000
// clippings to the first frame of the main window with the list's first
// page in it: opening the database, building the window, counting and
// fetching the first page off the UI goroutine, laying out and rendering
// (with the test driver's software painter; the real driver's OpenGL
// start-up comes on top, see docs/gui.md for the time to a window under
// Xvfb).
func BenchmarkStartup50k(b *testing.B) {
	dir := benchdata.Library(b, 50000)
	b.ResetTimer()
	var times []time.Duration
	for range 5 {
		a := test.NewApp()
		start := time.Now()
		w, lib := openBenchWindow(b, a, dir)
		times = append(times, time.Since(start))
		if w.list.total != 50000 || len(w.list.items()) == 0 {
			b.Fatalf("the list shows %d of %d clippings", len(w.list.items()), w.list.total)
		}
		w.cancel()
		w.wait()
		lib.Close()
		a.Quit()
	}
	b.StopTimer()
	b.ReportMetric(msPercentile(times, 0.5), "startup_50k_first_frame:ms")
}

// BenchmarkSearchList measures the time from a search starting (the moment
// the search box's typing pause of searchDelay ends) to its first page of
// results shown in the list over 50,000 clippings: fetching the page off
// the UI goroutine and refreshing the list. Apart, the time until the
// count of matches has followed and the window is rendered again. The
// searches run twice: sorted by best match, as a search starts, then by
// newest added, as a person may choose.
func BenchmarkSearchList(b *testing.B) {
	dir := benchdata.Library(b, 50000)
	a := test.NewApp()
	defer a.Quit()
	w, lib := openBenchWindow(b, a, dir)
	defer lib.Close()
	defer w.cancel()
	// The search runs as the typing pause ends; the pause itself is not
	// measured, so the box's typing handler is left out.
	w.list.search.OnChanged = nil
	queries := benchdata.NewCorpus(4).Queries(60)
	// Warm the page cache as a person's first searches would.
	for _, f := range queries[:10] {
		w.list.search.SetText(f.Query)
		w.list.searchNow()
		w.wait()
	}
	measure := func() (shown, rendered []time.Duration) {
		for i, f := range queries[10:] {
			if i%2 == 0 {
				// Every other search starts from the whole library again.
				w.list.search.SetText("")
				w.list.searchNow()
				w.wait()
			}
			var firstPage time.Time
			pageShown := w.list.firstPageShown()
			w.tasks.observe(func() {
				if firstPage.IsZero() && pageShown() {
					firstPage = time.Now()
				}
			})
			start := time.Now()
			w.list.search.SetText(f.Query)
			w.list.searchNow()
			w.wait()
			w.tasks.observe(nil)
			shown = append(shown, firstPage.Sub(start))
			w.win.Canvas().Capture()
			rendered = append(rendered, time.Since(start))
			if w.list.filter.Query != f.Query {
				b.Fatalf("the list shows %q, not %q", w.list.filter.Query, f.Query)
			}
		}
		return shown, rendered
	}
	b.ResetTimer()
	// Searches as they start: best match first.
	shown, rendered := measure()
	// The same searches after the person chose "Newest added" while
	// searching, which later searches keep.
	w.list.sort.SetSelected(sortLabels[library.SortAdded])
	w.wait()
	added, _ := measure()
	if w.list.filter.Sort != library.SortAdded {
		b.Fatalf("the searches were sorted %q", w.list.filter.Sort)
	}
	b.StopTimer()
	b.ReportMetric(msPercentile(shown, 0.5), "search_list_median:ms")
	b.ReportMetric(msPercentile(shown, 0.95), "search_list_p95:ms")
	b.ReportMetric(msPercentile(rendered, 0.5), "search_list_rendered_median:ms")
	b.ReportMetric(msPercentile(added, 0.5), "search_list_newest_median:ms")
	b.ReportMetric(msPercentile(added, 0.95), "search_list_newest_p95:ms")
}
