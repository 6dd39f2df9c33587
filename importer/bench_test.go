package importer

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"margin/library"
)

// wallabagExport generates a Wallabag JSON export of n entries, each with
// an HTML body of a few paragraphs and two annotations: one quoting the
// body, one whose quote the body no longer holds (an orphan).
func wallabagExport(n int) []byte {
	rng := rand.New(rand.NewSource(1))
	words := strings.Fields(`tide moon sea harbour sailor almanac current shore wave storm river delta
		estuary marsh gull fisher net boat keel mast sail wind rope anchor chart compass lighthouse
		coast cliff sand dune reef island strait channel bay gulf ocean depth fathom swell spray`)
	sentence := func() string {
		var sb strings.Builder
		k := 8 + rng.Intn(12)
		for i := range k {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[rng.Intn(len(words))])
		}
		return sb.String()
	}
	type annotation struct {
		Quote     string `json:"quote"`
		Text      string `json:"text"`
		CreatedAt string `json:"created_at"`
	}
	type entry struct {
		Title       string       `json:"title"`
		URL         string       `json:"url"`
		Content     string       `json:"content"`
		Tags        []string     `json:"tags"`
		Annotations []annotation `json:"annotations"`
		IsArchived  int          `json:"is_archived"`
	}
	entries := make([]entry, n)
	for i := range entries {
		var body strings.Builder
		var quote string
		for p := range 5 {
			s1, s2, s3 := sentence(), sentence(), sentence()
			if p == 2 {
				quote = s2
			}
			fmt.Fprintf(&body, "<p>%s. %s, entry%d. %s.</p>", s1, s2, i, s3)
		}
		entries[i] = entry{
			Title:   fmt.Sprintf("Tide report %d", i),
			URL:     fmt.Sprintf("https://news.example/%d", i),
			Content: body.String(),
			Tags:    []string{[]string{"sea", "weather", "shipping"}[i%3]},
			Annotations: []annotation{
				{Quote: quote, Text: fmt.Sprintf("note%d on the quote", i), CreatedAt: "2024-03-01T10:00:00+0100"},
				{Quote: "a sentence the site has since removed " + fmt.Sprint(i), Text: "kept as an orphan", CreatedAt: "2024-03-01T10:00:00+0100"},
			},
		}
	}
	b, _ := json.Marshal(entries)
	return b
}

// BenchmarkImport10k files a Wallabag export of 10,000 entries with their
// HTML and 20,000 annotations, anchored and searchable, with no network;
// it reports the time as import_10k (the issue asks for under 60 s).
func BenchmarkImport10k(b *testing.B) {
	data := wallabagExport(10000)
	for range b.N {
		b.StopTimer()
		ctx := context.Background()
		l, err := library.Open(ctx, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		res, err := Data(ctx, l, "wallabag.json", data, Options{})
		if err != nil {
			b.Fatal(err)
		}
		elapsed := time.Since(start)
		b.StopTimer()
		if res.Added != 10000 || res.Highlights != 20000 || res.Orphans != 10000 {
			b.Fatalf("result = %+v", res)
		}
		for _, q := range []string{"entry4242", "note9999"} {
			if list, err := l.List(ctx, library.Filter{Query: q}); err != nil || len(list) != 1 {
				b.Fatalf("search %q found %d (%v)", q, len(list), err)
			}
		}
		l.Close()
		b.ReportMetric(elapsed.Seconds(), "import_10k:s")
		b.ReportMetric(float64(len(data))/(1<<20), "import_10k_file:MB")
	}
}
