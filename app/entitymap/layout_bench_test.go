package entitymap

import (
	"context"
	"slices"
	"testing"
	"time"

	"margin/internal/benchdata"
	"margin/library"
)

// BenchmarkMapLayout50k times the map as the window shows it on the cached
// library of 50,000 clippings with 200,000 confirmed mentions: the query
// and the layout, for the most mentioned entity and for the whole library
// (map_entity_50k_shown, map_library_50k_shown: query and layout, median of
// 5; map_entity_50k_layout, map_library_50k_layout: the layout alone).
func BenchmarkMapLayout50k(b *testing.B) {
	ctx := context.Background()
	l, err := library.Open(ctx, benchdata.MapLibrary(b, 50000, 4))
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	run := func(f library.MapFilter) (shown, laid float64) {
		var total, lay []time.Duration
		for range 5 {
			start := time.Now()
			m, err := l.Map(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			mid := time.Now()
			if p := Layout(m); len(p) != len(m.Nodes) {
				b.Fatalf("%d of %d nodes placed", len(p), len(m.Nodes))
			}
			total = append(total, time.Since(start))
			lay = append(lay, time.Since(mid))
		}
		return median(total), median(lay)
	}
	shown, laid := run(library.MapFilter{Entity: 1})
	b.ReportMetric(shown, "map_entity_50k_shown:ms")
	b.ReportMetric(laid, "map_entity_50k_layout:ms")
	shown, laid = run(library.MapFilter{})
	b.ReportMetric(shown, "map_library_50k_shown:ms")
	b.ReportMetric(laid, "map_library_50k_layout:ms")
}

func median(d []time.Duration) float64 {
	s := slices.Clone(d)
	slices.Sort(s)
	return float64(s[len(s)/2]) / float64(time.Millisecond)
}
