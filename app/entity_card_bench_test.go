package app

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"margin/internal/benchdata"
	"margin/library"
)

// BenchmarkEntityCard10k measures opening the entity card of a name
// confirmed in 10,000 of 50,000 clippings, from the clipping open in the
// reader: from ShowEntityCard to the card laid out over the window (the
// library's calls off the UI goroutine, then the card built and shown),
// and, separately, to the window painted with the card in it by the test
// driver's software painter. Medians of 20 openings, after one that warms
// SQLite's cache; the processor time beside the time, as the machine's
// two cores are shared.
func BenchmarkEntityCard10k(b *testing.B) {
	dir, entityID := benchdata.CardLibrary(b, 50000)
	a := test.NewApp()
	defer a.Quit()
	w, lib := openBenchWindow(b, a, dir)
	defer lib.Close()
	defer w.cancel()
	ctx := context.Background()
	e, err := lib.Entity(ctx, entityID)
	if err != nil {
		b.Fatal(err)
	}
	// The newest clipping that mentions the entity is open, so the card
	// leaves it out of the others.
	sums, err := lib.List(ctx, library.Filter{Entity: e.Name, Sort: library.SortAdded, Limit: 1})
	if err != nil || len(sums) != 1 {
		b.Fatalf("no clipping mentions %s: %v", e.Name, err)
	}
	w.OpenClipping(sums[0].ID)
	w.wait()
	m := openMention(b, w, entityID)
	open := func() (shown, painted, cpu time.Duration) {
		c0 := cpuTime()
		start := time.Now()
		w.ShowEntityCard(m)
		w.wait()
		shown, cpu = time.Since(start), cpuTime()-c0
		w.win.Canvas().Capture()
		painted = time.Since(start)
		if len(w.dialogs) != 1 {
			b.Fatalf("%d dialogs shown, want the card", len(w.dialogs))
		}
		w.dismissDialog()
		w.wait()
		return shown, painted, cpu
	}
	// The two halves apart: the library's calls, and the card built and
	// shown on the UI goroutine from their answers.
	halves := func() (query, card, queryCPU, cardCPU time.Duration) {
		c0 := cpuTime()
		start := time.Now()
		e, err := lib.Entity(ctx, entityID)
		if err != nil {
			b.Fatal(err)
		}
		others, total, err := lib.ClippingsMentioning(ctx, entityID, w.currentID(), cardClippings)
		if err != nil || len(others) != cardClippings || total != benchdata.CardClippings-1 {
			b.Fatalf("ClippingsMentioning = %d clippings of %d, %v", len(others), total, err)
		}
		query, queryCPU = time.Since(start), cpuTime()-c0
		c0 = cpuTime()
		start = time.Now()
		w.entityCard(e, m, others, total)
		card, cardCPU = time.Since(start), cpuTime()-c0
		w.dismissDialog()
		w.wait()
		return query, card, queryCPU, cardCPU
	}
	first, _, _ := open()
	b.ResetTimer()
	var shown, painted, cpu, query, card, queryCPU, cardCPU []time.Duration
	for range 20 {
		s, p, c := open()
		shown, painted, cpu = append(shown, s), append(painted, p), append(cpu, c)
		q, d, qc, dc := halves()
		query, card, queryCPU, cardCPU = append(query, q), append(card, d), append(queryCPU, qc), append(cardCPU, dc)
	}
	b.StopTimer()
	b.ReportMetric(msPercentile(query, 0.5), "entity_card_10k_library:ms")
	b.ReportMetric(msPercentile(card, 0.5), "entity_card_10k_build:ms")
	b.ReportMetric(msPercentile(queryCPU, 0.5), "entity_card_10k_library_cpu:ms")
	b.ReportMetric(msPercentile(cardCPU, 0.5), "entity_card_10k_build_cpu:ms")
	b.ReportMetric(msPercentile(shown, 0.5), "entity_card_10k:ms")
	b.ReportMetric(msPercentile(cpu, 0.5), "entity_card_10k_cpu:ms")
	b.ReportMetric(msPercentile(painted, 0.5), "entity_card_10k_painted:ms")
	b.ReportMetric(float64(first)/float64(time.Millisecond), "entity_card_10k_first:ms")
}
