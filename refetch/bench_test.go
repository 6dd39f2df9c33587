package refetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"margin/clip"
	"margin/library"
)

// BenchmarkRefetchUnchanged checks 1,000 unchanged clippings against a
// local server that sends no validators, so each page is fetched, extracted
// and compared in full: the costly path. The time beyond the network is the
// run's time less that of fetching the same pages alone, per clipping
// (refetch_unchanged, ms); the same with ETags answered 304, less the time
// of the same conditional requests alone, is refetch_not_modified.
func BenchmarkRefetchUnchanged(b *testing.B) {
	const n = 1000
	ctx := context.Background()
	pages := make([]string, n)
	for i := range pages {
		s := &site{}
		s.set(fmt.Sprintf("Story %d about the harbour bridge", i), lead, quote,
			fmt.Sprintf("Paragraph %d: %s", i, traffic), shops, extra)
		pages[i] = s.page()
	}
	var etags atomic.Bool // read by the server's goroutines
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/s/"))
		if etags.Load() {
			tag := `"` + strconv.Itoa(i) + `"`
			w.Header().Set("ETag", tag)
			if r.Header.Get("If-None-Match") == tag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pages[i])
	}))
	defer srv.Close()
	lib, err := library.Open(ctx, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	items := make([]library.Import, n)
	for i := range items {
		u := fmt.Sprintf("%s/s/%d", srv.URL, i)
		a, err := clip.Extract([]byte(pages[i]), u)
		if err != nil {
			b.Fatal(err)
		}
		a.Source, a.SourceRef, a.Raw = clip.SourceURL, u, pages[i]
		items[i] = library.Import{Article: a}
	}
	if _, err := lib.AddMany(ctx, items); err != nil {
		b.Fatal(err)
	}
	o := Options{Clip: clip.DefaultOptions(), Hosts: 1, Delay: -1}
	var (
		mu       sync.Mutex
		failures []string // what the failed checks said, to name in a failure
	)
	o.Progress = func(r Result, _, _ int) { // called from any goroutine
		mu.Lock()
		defer mu.Unlock()
		if r.Outcome == Failed && len(failures) < 3 {
			failures = append(failures, r.URL+": "+r.Message)
		}
	}

	network := func() time.Duration {
		start := time.Now()
		for i := range n {
			var v clip.Validators
			if etags.Load() {
				v.ETag = `"` + strconv.Itoa(i) + `"`
			}
			_, err := clip.FetchIfChanged(ctx, fmt.Sprintf("%s/s/%d", srv.URL, i), v, o.Clip)
			if err != nil && !errors.Is(err, clip.ErrNotModified) {
				b.Fatal(err)
			}
		}
		return time.Since(start)
	}
	run := func() time.Duration {
		start := time.Now()
		t, err := Run(ctx, lib, library.CheckFilter{All: true}, o)
		if err != nil {
			b.Fatal(err)
		}
		if t.Checked != n || t.Changed != 0 || t.Failed != 0 {
			b.Fatalf("tally = %+v, want %d unchanged; first failures: %q", t, n, failures)
		}
		return time.Since(start)
	}
	// The machine may be shared: each figure is the least of three
	// rounds, the estimate least disturbed by other work.
	least := func(fn func() time.Duration) time.Duration {
		best := fn()
		for range 2 {
			best = min(best, fn())
		}
		return best
	}
	for b.Loop() {
		etags.Store(false)
		net, full := least(network), least(run)
		b.ReportMetric(float64((full-net).Microseconds())/1000/n, "refetch_unchanged:ms")
		etags.Store(true)
		run() // the first run with ETags records them
		net, full = least(network), least(run)
		b.ReportMetric(float64((full-net).Microseconds())/1000/n, "refetch_not_modified:ms")
	}
}
