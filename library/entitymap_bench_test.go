package library_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"margin/annotate"
	"margin/internal/benchdata"
	"margin/library"
)

// openMapBench opens the cached map library: 50,000 clippings with about
// 200,000 confirmed mentions of 3,000 entities.
func openMapBench(b *testing.B) *library.Library {
	b.Helper()
	l, err := library.Open(context.Background(), benchdata.MapLibrary(b, 50000, 4))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { l.Close() })
	return l
}

// timeMedian runs fn n times and returns the median duration in
// milliseconds.
func timeMedian(b *testing.B, n int, fn func(i int)) float64 {
	b.Helper()
	d := make([]time.Duration, n)
	for i := range d {
		start := time.Now()
		fn(i)
		d[i] = time.Since(start)
	}
	return percentile(d, 0.5)
}

// mapEntities returns entities of the map library from the most mentioned
// down to rare ones: 1, 2, 4, 8... by rank.
func mapEntities() []int64 {
	var ids []int64
	for id := int64(1); id <= benchdata.MapEntities; id *= 2 {
		ids = append(ids, id)
	}
	return ids
}

// BenchmarkMapEntity50k times the map around one entity (map_entity_50k,
// the median over entities from the most mentioned to rare ones, and
// map_entity_50k_max, the most mentioned one's, with thousands of
// clippings).
func BenchmarkMapEntity50k(b *testing.B) {
	ctx := context.Background()
	l := openMapBench(b)
	ids := mapEntities()
	var worst float64
	med := timeMedian(b, len(ids)*3, func(i int) {
		start := time.Now()
		m, err := l.Map(ctx, library.MapFilter{Entity: ids[i%len(ids)]})
		if err != nil {
			b.Fatal(err)
		}
		if ids[i%len(ids)] == 1 && len(m.Links) == 0 {
			b.Fatal("the most mentioned entity has no links")
		}
		worst = max(worst, float64(time.Since(start))/float64(time.Millisecond))
	})
	b.ReportMetric(med, "map_entity_50k:ms")
	b.ReportMetric(worst, "map_entity_50k_max:ms")
}

// BenchmarkMapLibrary50k times the whole library's strongest links, by
// paragraph and by clipping (map_library_50k, the slower's median), for
// one month as the time strip chooses it (map_library_50k_month), and
// with a filter on types and four years (map_library_50k_filtered).
func BenchmarkMapLibrary50k(b *testing.B) {
	ctx := context.Background()
	l := openMapBench(b)
	run := func(f library.MapFilter) float64 {
		return timeMedian(b, 5, func(int) {
			m, err := l.Map(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			if len(m.Links) != library.DefaultMapLinks {
				b.Fatalf("%d links, want %d", len(m.Links), library.DefaultMapLinks)
			}
		})
	}
	para := run(library.MapFilter{})
	whole := run(library.MapFilter{Unit: library.UnitClipping})
	b.ReportMetric(max(para, whole), "map_library_50k:ms")
	month := timeMedian(b, 5, func(int) {
		if _, err := l.Map(ctx, library.MapFilter{Since: time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2020, 4, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
			b.Fatal(err)
		}
	})
	b.ReportMetric(month, "map_library_50k_month:ms")
	filtered := run(library.MapFilter{Types: []annotate.EntityType{annotate.Person, annotate.Organization},
		Since: time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)})
	b.ReportMetric(filtered, "map_library_50k_filtered:ms")
}

// BenchmarkPassages50k times the drill-down list of a link (passages_50k,
// the median over the strongest links of the whole library, up to 100
// clippings read each).
func BenchmarkPassages50k(b *testing.B) {
	ctx := context.Background()
	l := openMapBench(b)
	m, err := l.Map(ctx, library.MapFilter{Limit: 20})
	if err != nil {
		b.Fatal(err)
	}
	med := timeMedian(b, len(m.Links), func(i int) {
		ps, _, err := l.Passages(ctx, m.Links[i].A, m.Links[i].B, library.MapFilter{})
		if err != nil || len(ps) == 0 {
			b.Fatalf("passages: %d, %v", len(ps), err)
		}
	})
	b.ReportMetric(med, "passages_50k:ms")
}

// BenchmarkConfirmMention50k times what keeping the counts adds to
// confirming a mention (confirm_mention_counts_50k): the same insert of a
// confirmed mention in a clipping that already mentions several entities,
// with the triggers and, in the same transaction, with them dropped; the
// transaction is rolled back so the library is left as it was. It also
// reports a whole AddMention through the library (confirm_mention_50k).
func BenchmarkConfirmMention50k(b *testing.B) {
	ctx := context.Background()
	l := openMapBench(b)
	const n = 200
	whole := timeMedian(b, n, func(i int) {
		m, err := l.AddMention(ctx, annotate.Mention{ClippingID: int64(1 + i*97), EntityID: int64(1 + i%50), Selector: annotate.Selector{Start: 0, End: 3}})
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := l.Undo(ctx); err != nil {
			b.Fatal(err)
		}
		_ = m
	})
	b.ReportMetric(whole, "confirm_mention_50k:ms")

	db, err := sql.Open("sqlite", "file:"+filepath.Join(l.Dir(), "margin.db")+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	insert := func(i int) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mentions (clipping_id, entity_id, start, end, exact, status, created)
			VALUES (?, ?, 0, 3, 'abc', 'confirmed', 0)`, 1+i*97, 1+i%50); err != nil {
			b.Fatal(err)
		}
	}
	with := timeMedian(b, n, insert)
	for _, t := range []string{"mentions_cooccur_insert", "mentions_cooccur_update", "mentions_cooccur_delete"} {
		if _, err := tx.ExecContext(ctx, `DROP TRIGGER `+t); err != nil {
			b.Fatal(err)
		}
	}
	without := timeMedian(b, n, func(i int) { insert(i + n) })
	b.ReportMetric(with-without, "confirm_mention_counts_50k:ms")
}
