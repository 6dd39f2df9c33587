package app

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"margin/internal/benchdata"
)

// BenchmarkStartup100k is BenchmarkStartup50k over 100,000 clippings.
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
	shown := make([]time.Duration, 0, 100)
	slowest := map[string]string{}
	for i, f := range queries[10:] {
		if i%2 == 0 {
			w.list.search.SetText("")
			w.list.searchNow()
			w.wait()
		}
		d := timeSearch(b, w, f.Query)
		shown = append(shown, d)
		kind := queryKinds[i%len(queryKinds)]
		if s := slowest[kind]; s == "" || d > parseMs(s) {
			slowest[kind] = fmt.Sprintf("%.1f ms %q", float64(d)/1e6, f.Query)
		}
	}
	b.StopTimer()
	logSlowest(b, slowest)
	b.ReportMetric(msPercentile(shown, 0.5), "search_list_100k_median:ms")
	b.ReportMetric(msPercentile(shown, 0.95), "search_list_100k_p95:ms")
}

// BenchmarkSearchAsYouType100k measures a search as the person types it
// over 100,000 clippings: after every keystroke from the first letter, the
// time from the search starting to its first page in the list. The app
// searches the words typed so far (a word is matched whole, so "ele"
// finds the word "ele", not "election").
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
	var keystrokes []time.Duration
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
			if strings.TrimSpace(text) == w.list.filter.Query {
				continue // a space typed: the search is the same
			}
			d := timeSearch(b, w, text)
			keystrokes = append(keystrokes, d)
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
}

// timeSearch searches for query as the search box does when typing pauses
// and returns the time until the first page is in the list.
func timeSearch(b *testing.B, w *Window, query string) time.Duration {
	var firstPage time.Time
	w.list.onShown = func() { firstPage = time.Now() }
	start := time.Now()
	w.list.search.SetText(query)
	w.list.searchNow()
	w.wait()
	w.list.onShown = nil
	if strings.TrimSpace(query) != w.list.filter.Query {
		b.Fatalf("the list shows %q, not %q", w.list.filter.Query, query)
	}
	if firstPage.IsZero() {
		return time.Since(start)
	}
	return firstPage.Sub(start)
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
