package clip

import (
	"bytes"
	"net/url"
	"path/filepath"
	"slices"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// benchCorpusDir holds the pages BenchmarkExtractCorpus times.
const benchCorpusDir = "../../shared/corpus/aeb-dev/html"

// benchRounds is how many times each page is timed; the median is kept.
const benchRounds = 5

// BenchmarkExtractCorpus times, in the same run and page by page, Margin's
// whole extraction, go-readability alone (parsing the bytes itself) and a
// bare x/net/html parse, and reports the median time per page of each and
// the ratio of Margin's total to go-readability's. It runs once under
// `make bench`, so it loops over the pages itself.
func BenchmarkExtractCorpus(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(benchCorpusDir, "*.html.gz"))
	if len(paths) == 0 {
		b.Skip("corpus not found at " + benchCorpusDir)
	}
	pages := make([][]byte, 0, len(paths))
	for _, p := range paths {
		data, err := readGzip(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	base, _ := url.Parse("https://example.com/article")
	b.ResetTimer()
	for range b.N {
		ext, rd, prs := benchPages(b, pages, base)
		b.ReportMetric(median(ext), "extract_median:ms")
		b.ReportMetric(median(rd), "readability_median:ms")
		b.ReportMetric(median(prs), "parse_median:ms")
		b.ReportMetric(sum(ext)/sum(rd), "extract_vs_readability:ratio")
	}
}

// benchPages returns, for each page, the median milliseconds over
// benchRounds of Margin's extraction, go-readability and a bare parse. The
// three are interleaved so that they share the machine's conditions.
func benchPages(b *testing.B, pages [][]byte, base *url.URL) (ext, rd, prs []float64) {
	for _, page := range pages {
		var te, tr, tp []float64
		for range benchRounds {
			start := time.Now()
			_, _ = Extract(page, base.String())
			te = append(te, ms(time.Since(start)))

			start = time.Now()
			p := readability.NewParser()
			if _, err := p.Parse(bytes.NewReader(page), base); err != nil {
				b.Logf("readability: %v", err)
			}
			tr = append(tr, ms(time.Since(start)))

			start = time.Now()
			if _, err := html.Parse(bytes.NewReader(page)); err != nil {
				b.Fatal(err)
			}
			tp = append(tp, ms(time.Since(start)))
		}
		ext, rd, prs = append(ext, median(te)), append(rd, median(tr)), append(prs, median(tp))
	}
	return ext, rd, prs
}

// BenchmarkExtractWebCorpus times Margin against go-readability as
// BenchmarkExtractCorpus does, on the pages of the web corpus.
func BenchmarkExtractWebCorpus(b *testing.B) {
	pages := loadWeb(b, 1)
	if pages == nil {
		b.Skip("web corpus not found at " + webDir)
	}
	htmls := make([][]byte, len(pages))
	for i, p := range pages {
		htmls[i] = p.html
	}
	base, _ := url.Parse("https://example.com/article")
	b.ResetTimer()
	for range b.N {
		ext, rd, _ := benchPages(b, htmls, base)
		b.ReportMetric(median(ext), "web_extract_median:ms")
		b.ReportMetric(median(rd), "web_readability_median:ms")
		b.ReportMetric(sum(ext)/sum(rd), "web_extract_vs_readability:ratio")
	}
}

// BenchmarkWebCorpus scores Margin on the whole development half of the
// web corpus and reports the corpus's metric.
func BenchmarkWebCorpus(b *testing.B) {
	pages := loadWeb(b, 1)
	if pages == nil {
		b.Skip("web corpus not found at " + webDir)
	}
	b.ResetTimer()
	for range b.N {
		rows, _ := webRun(pages, marginText)
		p, r, f := webScore(rows)
		b.ReportMetric(f, "web_dev_f1:ratio")
		b.ReportMetric(p, "web_dev_precision:ratio")
		b.ReportMetric(r, "web_dev_recall:ratio")
	}
}

// BenchmarkAEBCorpus scores Margin on the AEB development half and reports
// the benchmark's metric.
func BenchmarkAEBCorpus(b *testing.B) {
	c := loadAEB(b)
	if c == nil {
		b.Skip("AEB corpus not found at " + aebDir)
	}
	b.ResetTimer()
	for range b.N {
		rows, _ := aebRun(c, marginText)
		p, r, f := aebScore(rows)
		b.ReportMetric(f, "aeb_dev_f1:ratio")
		b.ReportMetric(p, "aeb_dev_precision:ratio")
		b.ReportMetric(r, "aeb_dev_recall:ratio")
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}
