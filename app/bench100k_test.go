package app

import (
	"fmt"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"margin/internal/benchdata"
)

// BenchmarkStartup100k measures the time from opening a library of
// 100,000 clippings to the first frame of the main window with the list's
// first page in it, as BenchmarkStartup50k does, but without waiting for
// the work that follows the first frame in the background (counting the
// tags and sites for the filters): the frame is rendered as soon as the
// first page is in the list.
func BenchmarkStartup100k(b *testing.B) {
	dir := benchdata.Library(b, 100000)
	b.ResetTimer()
	var times []time.Duration
	for range 5 {
		a := test.NewApp()
		start := time.Now()
		w, lib := openBenchWindow(b, a, dir)
		times = append(times, time.Since(start))
		if len(w.list.items()) == 0 {
			b.Fatalf("the list shows no clippings")
		}
		w.cancel()
		w.wait()
		lib.Close()
		a.Quit()
	}
	b.StopTimer()
	b.ReportMetric(msPercentile(times, 0.5), "startup_100k_first_frame:ms")
}

// queryKinds names the kinds of search benchdata.Corpus.Queries makes, in
// its order.
var queryKinds = []string{"frequent word", "frequent word", "rarer word", "two words", "phrase",
	"prefix", "word without another", "name", "word and tag", "words and site"}

// BenchmarkSearchList100k is BenchmarkSearchList over 100,000 clippings,
// best match first, with the slowest search of each kind logged.
func BenchmarkSearchList100k(b *testing.B) {
	dir := benchdata.Library(b, 100000)
	a := test.NewApp()
	defer a.Quit()
	w, lib := openBenchWindow(b, a, dir)
	defer lib.Close()
	defer w.cancel()
	w.list.search.OnChanged = nil
	queries := benchdata.NewCorpus(4).Queries(110)
	for _, f := range queries[:10] {
		w.list.search.SetText(f.Query)
		w.list.searchNow()
		w.wait()
	}
	b.ResetTimer()
	var shown, cpu []time.Duration
	slowest := map[string]string{}
	for i, f := range queries[10:] {
		if i%2 == 0 {
			w.list.search.SetText("")
			w.list.searchNow()
			w.wait()
		}
		d, c := timeSearchCPU(b, w, f.Query)
		shown, cpu = append(shown, d), append(cpu, c)
		kind := queryKinds[i%len(queryKinds)]
		if s := slowest[kind]; s == "" || d > parseMs(s) {
			slowest[kind] = fmt.Sprintf("%.1f ms %q", float64(d)/1e6, f.Query)
		}
	}
	b.StopTimer()
	logSlowest(b, slowest)
	b.ReportMetric(msPercentile(shown, 0.5), "search_list_100k_median:ms")
	b.ReportMetric(msPercentile(shown, 0.95), "search_list_100k_p95:ms")
	b.ReportMetric(msPercentile(cpu, 0.5), "search_list_100k_cpu_median:ms")
	b.ReportMetric(msPercentile(cpu, 0.95), "search_list_100k_cpu_p95:ms")
}

// BenchmarkSearchAsYouType100k measures a search as the person types it
// over 100,000 clippings: after every keystroke from the first letter, the
// time from the search starting to its first page in the list. The word
// being typed matches the words it begins ("ele" finds "election"); a
// space ends it.
func BenchmarkSearchAsYouType100k(b *testing.B) {
	dir := benchdata.Library(b, 100000)
	a := test.NewApp()
	defer a.Quit()
	w, lib := openBenchWindow(b, a, dir)
	defer lib.Close()
	defer w.cancel()
	w.list.search.OnChanged = nil
	var typed []string
	for _, f := range benchdata.NewCorpus(5).Queries(40) {
		if f.Tag == "" && f.Site == "" {
			typed = append(typed, f.Query)
		}
	}
	b.ResetTimer()
	var keystrokes, cpu []time.Duration
	slowest := map[string]string{}
	for _, q := range typed[:20] {
		w.list.search.SetText("")
		w.list.searchNow()
		w.wait()
		for i := range q {
			if i+1 < len(q) && (q[i+1]&0xC0) == 0x80 {
				continue // inside a letter
			}
			text := q[:i+1]
			d, c := timeSearchCPU(b, w, text)
			keystrokes, cpu = append(keystrokes, d), append(cpu, c)
			kind := fmt.Sprintf("%d letters", min(len(text), 6))
			if s := slowest[kind]; s == "" || d > parseMs(s) {
				slowest[kind] = fmt.Sprintf("%.1f ms %q", float64(d)/1e6, text)
			}
		}
	}
	b.StopTimer()
	logSlowest(b, slowest)
	b.Logf("%d keystrokes", len(keystrokes))
	b.ReportMetric(msPercentile(keystrokes, 0.5), "search_as_you_type_100k_median:ms")
	b.ReportMetric(msPercentile(keystrokes, 0.95), "search_as_you_type_100k_p95:ms")
	b.ReportMetric(msPercentile(cpu, 0.95), "search_as_you_type_100k_cpu_p95:ms")
}

// timeSearchCPU searches for query as the search box does when typing
// pauses and returns the time until the first page is in the list, and
// the processor time the process used until then, which other work on the
// machine changes less than the time.
func timeSearchCPU(b *testing.B, w *mainWindow, query string) (time.Duration, time.Duration) {
	var firstPage time.Time
	var cpu time.Duration
	c0 := cpuTime()
	pageShown := w.list.firstPageShown()
	w.tasks.observe(func() {
		if firstPage.IsZero() && pageShown() {
			firstPage, cpu = time.Now(), cpuTime()-c0
		}
	})
	start := time.Now()
	w.list.search.SetText(query)
	w.list.searchNow()
	w.wait()
	w.tasks.observe(nil)
	if strings.TrimSpace(query) != w.list.filter.Query {
		b.Fatalf("the list shows %q, not %q", w.list.filter.Query, query)
	}
	if firstPage.IsZero() {
		return time.Since(start), cpuTime() - c0
	}
	return firstPage.Sub(start), cpu
}

// cpuTime is the processor time the process has used.
func cpuTime() time.Duration {
	var r syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r)
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}

func parseMs(s string) time.Duration {
	var ms float64
	fmt.Sscanf(s, "%f", &ms)
	return time.Duration(ms * 1e6)
}

func logSlowest(b *testing.B, slowest map[string]string) {
	kinds := make([]string, 0, len(slowest))
	for k := range slowest {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		b.Logf("slowest %s: %s", k, slowest[k])
	}
}
