package library

import (
	"context"
	"strings"
	"testing"
	"time"
)

// BenchmarkSaveExportedNotes records 10,000 notes of 10 kB, what an export
// of a whole library to a vault adds to the export's time.
func BenchmarkSaveExportedNotes(b *testing.B) {
	ctx := context.Background()
	l := openTest(b)
	notes := make([]ExportedNote, 10_000)
	body := strings.Repeat("The council voted on the plan, and ==the *new* line== was approved.[^1]\n\n", 140)
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	for i := range notes {
		notes[i] = ExportedNote{ClippingID: int64(i + 1), Path: "note.md", Written: body}
		if _, err := tx.Exec(`INSERT INTO clippings (id, source, doc_version, document, text, content_hash, added, updated)
			VALUES (?, 'text', 1, '{}', '', ?, 0, 0)`, i+1, i); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var elapsed time.Duration
	for range b.N {
		start := time.Now()
		for k := 0; k < len(notes); k += 500 {
			if err := l.SaveExportedNotes(ctx, "/vault", notes[k:k+500]); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(start)
	}
	b.ReportMetric(elapsed.Seconds()/float64(b.N), "export_record_10k:s")
}
