package library_test

import (
	"context"
	"fmt"
	"slices"
	"syscall"
	"testing"
	"time"

	"margin/clip"
	"margin/internal/benchdata"
	"margin/library"
)

// openBench opens the cached generated library of n clippings.
func openBench(b *testing.B, n int) *library.Library {
	b.Helper()
	l, err := library.Open(context.Background(), benchdata.Library(b, n))
	if err != nil {
		b.Fatal(err)
	}
	return l
}

// percentile returns the p-th percentile of durations, in milliseconds.
func percentile(d []time.Duration, p float64) float64 {
	s := slices.Clone(d)
	slices.Sort(s)
	i := int(float64(len(s)-1) * p)
	return float64(s[i]) / float64(time.Millisecond)
}

func BenchmarkAdd10k(b *testing.B) {
	ctx := context.Background()
	c := benchdata.NewCorpus(1)
	articles := make([]*clip.Article, 10000)
	for i := range articles {
		articles[i] = c.Article(i)
	}
	l, err := library.Open(ctx, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	b.ResetTimer()
	c0, start := cpuTime(), time.Now()
	for _, a := range articles {
		if _, existed, err := l.Add(ctx, a); err != nil || existed {
			b.Fatalf("Add: %v, existed %v", err, existed)
		}
	}
	total, cpu := time.Since(start), cpuTime()-c0
	b.StopTimer()
	b.ReportMetric(total.Seconds(), "add_10k:s")
	b.ReportMetric(cpu.Seconds(), "add_10k_cpu:s")
	b.ReportMetric(float64(total)/float64(time.Millisecond)/float64(len(articles)), "add_per_clipping:ms")
}

func BenchmarkSearch10k(b *testing.B) {
	ctx := context.Background()
	l := openBench(b, 10000)
	defer l.Close()
	queries := benchdata.NewCorpus(2).Queries(200)
	// One pass to warm the page cache, as a person's second search would.
	for _, f := range queries[:20] {
		l.List(ctx, f)
	}
	b.ResetTimer()
	times := make([]time.Duration, len(queries))
	cpu := make([]time.Duration, len(queries))
	for i, f := range queries {
		c0, start := cpuTime(), time.Now()
		if _, err := l.List(ctx, f); err != nil {
			b.Fatalf("List(%+v): %v", f, err)
		}
		times[i], cpu[i] = time.Since(start), cpuTime()-c0
	}
	b.StopTimer()
	b.ReportMetric(percentile(times, 0.5), "search_median:ms")
	b.ReportMetric(percentile(times, 0.95), "search_p95:ms")
	b.ReportMetric(percentile(cpu, 0.95), "search_cpu_p95:ms")
}

func BenchmarkList50k(b *testing.B) {
	ctx := context.Background()
	dir := benchdata.Library(b, 50000)
	b.ResetTimer()
	var opens []time.Duration
	for range 5 {
		start := time.Now()
		l, err := library.Open(ctx, dir)
		if err != nil {
			b.Fatal(err)
		}
		if page, err := l.List(ctx, library.Filter{Limit: 100}); err != nil || len(page) != 100 {
			b.Fatalf("List: %d, %v", len(page), err)
		}
		if _, err := l.Count(ctx, library.Filter{}); err != nil {
			b.Fatal(err)
		}
		opens = append(opens, time.Since(start))
		l.Close()
	}
	l, err := library.Open(ctx, dir)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	var searches []time.Duration
	for _, f := range benchdata.NewCorpus(3).Queries(40) {
		f.Limit = 200
		start := time.Now()
		if _, err := l.List(ctx, f); err != nil {
			b.Fatal(err)
		}
		searches = append(searches, time.Since(start))
	}
	b.StopTimer()
	b.ReportMetric(percentile(opens, 0.5), "list_first_page_50k:ms")
	b.ReportMetric(percentile(searches, 0.5), "search_50k_first_page:ms")
}

// BenchmarkSearch100k times the searches of every kind the corpus makes
// over 100,000 clippings, first page of 50, best match first. Besides the
// time, it reports the processor time a search takes (the process's user
// and system time), which other work on the machine changes less.
func BenchmarkSearch100k(b *testing.B) {
	ctx := context.Background()
	l := openBench(b, 100000)
	defer l.Close()
	queries := benchdata.NewCorpus(4).Queries(200)
	for _, f := range queries[:20] {
		l.List(ctx, f)
	}
	b.ResetTimer()
	times := make([]time.Duration, len(queries))
	cpu := make([]time.Duration, len(queries))
	for i, f := range queries {
		c0, start := cpuTime(), time.Now()
		if _, err := l.List(ctx, f); err != nil {
			b.Fatalf("List(%+v): %v", f, err)
		}
		times[i], cpu[i] = time.Since(start), cpuTime()-c0
		b.Logf("%6.1f ms (processor %5.1f ms) %q tag %q site %q", float64(times[i])/1e6, float64(cpu[i])/1e6, f.Query, f.Tag, f.Site)
	}
	b.StopTimer()
	b.ReportMetric(percentile(times, 0.5), "search_100k_median:ms")
	b.ReportMetric(percentile(times, 0.95), "search_100k_p95:ms")
	b.ReportMetric(percentile(cpu, 0.5), "search_100k_cpu_median:ms")
	b.ReportMetric(percentile(cpu, 0.95), "search_100k_cpu_p95:ms")
}

// cpuTime is the processor time the process has used.
func cpuTime() time.Duration {
	var r syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r)
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}

// BenchmarkAddLongPage adds a 3 MB article of realistic vocabulary to a
// library and reports the longest write transaction it took, the time
// other writers wait for (add_longest_tx_3mb, with the processor time
// spent in it, add_longest_tx_3mb_cpu), and the whole Add (add_3mb).
func BenchmarkAddLongPage(b *testing.B) {
	ctx := context.Background()
	var longest, longestCPU, adds []time.Duration
	for range 3 {
		a := benchdata.NewCorpus(7).LongArticle(3 << 20)
		l, err := library.Open(ctx, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		var most, mostCPU time.Duration
		var start time.Time
		var startCPU time.Duration
		var ops []string
		stop := library.ObserveTransactions(func(op string, done bool) {
			if !done {
				start, startCPU = time.Now(), cpuTime()
				return
			}
			took, cpu := time.Since(start), cpuTime()-startCPU
			if took > most {
				most, mostCPU = took, cpu
			}
			ops = append(ops, fmt.Sprintf("%s %v (cpu %v)", op, took.Round(time.Millisecond), cpu.Round(time.Millisecond)))
		})
		t0 := time.Now()
		if _, _, err := l.Add(ctx, a); err != nil {
			b.Fatal(err)
		}
		adds = append(adds, time.Since(t0))
		stop()
		longest, longestCPU = append(longest, most), append(longestCPU, mostCPU)
		b.Logf("transactions: %v", ops)
		l.Close()
	}
	b.ReportMetric(percentile(longest, 0.5), "add_longest_tx_3mb:ms")
	b.ReportMetric(percentile(longestCPU, 0.5), "add_longest_tx_3mb_cpu:ms")
	b.ReportMetric(percentile(adds, 0.5), "add_3mb:ms")
}
