package library

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"margin/clip"
)

// benchVersion names the generated benchmark libraries cached in the
// temporary directory; change it whenever the generator or the schema
// changes.
const benchVersion = "v2"

// corpus generates realistic articles deterministically: about 800 words
// each in 8 to 12 paragraphs, drawn with a Zipf distribution from a
// vocabulary of common English words and made-up rarer ones, with names,
// sites and tags.
type corpus struct {
	rng   *rand.Rand
	zipf  *rand.Zipf
	vocab []string
	names []string
	sites []string
	tags  []string
}

var commonWords = strings.Fields(`the of and to a in is that for it as was with be by on not he this are or his
from at which but have an they you were her she there been one all we their has would when if so no will
more can out up who them what some said its about into than other time new could people two first after
government year years week city state country minister president police court council election vote
party report market prices water river flood rain climate energy health hospital school children women
men workers company bank money budget tax war peace army border talks deal agreement crisis protest law
university research study science data internet phone digital music film book art museum football team
match season coach player village town region north south east west europe africa asia america ocean
island mountain forest farm food coffee tea bread wine oil gas power coal solar wind storm heat drought
fire smoke air train road bridge airport ship port trade export import price inflation jobs strike union
court judge trial prison crime murder fraud investigation journalist newspaper editor letter speech`)

func newCorpus(seed uint64) *corpus {
	rng := rand.New(rand.NewPCG(seed, 42))
	c := &corpus{rng: rng}
	c.vocab = append(c.vocab, commonWords...)
	syll := strings.Fields("ka ri to mel an sor vin da lu pe tra gon el mi ber os ven char ti na qua zel fo rum ist ling ton ville burg")
	for len(c.vocab) < 8000 {
		n := 2 + rng.IntN(3)
		var w strings.Builder
		for range n {
			w.WriteString(syll[rng.IntN(len(syll))])
		}
		c.vocab = append(c.vocab, w.String())
	}
	c.zipf = rand.NewZipf(rng, 1.1, 2, uint64(len(c.vocab)-1))
	first := strings.Fields("Ana Ben Chloé Dmitri Elif Farid Grace Hiro Inés Jonas Kofi Lena Marek Nadia Omar Priya Quentin Rosa Sven Tariq")
	last := strings.Fields("Pérez Okafor Müller Tanaka Novak Haddad Silva Kowalski Dubois Nguyen Jensen Rossi Moreau Ivanova Costa")
	for _, f := range first {
		for _, l := range last {
			c.names = append(c.names, f+" "+l)
		}
	}
	for i := range 60 {
		c.sites = append(c.sites, fmt.Sprintf("%s %s", strings.ToUpper(c.vocab[200+i][:1])+c.vocab[200+i][1:], []string{"Times", "Post", "Herald", "News", "Daily"}[i%5]))
	}
	c.tags = strings.Fields("politics climate economy science culture sport health europe africa asia longread archive todo")
	return c
}

func (c *corpus) word() string { return c.vocab[c.zipf.Uint64()] }

// functionWords is how many of the most frequent words are words like
// "the" and "of", which people do not search for.
const functionWords = 60

// searchWord draws a word a person might search for: frequent, but not a
// function word.
func (c *corpus) searchWord() string {
	for {
		if i := c.zipf.Uint64(); i >= functionWords {
			return c.vocab[i]
		}
	}
}

func (c *corpus) sentence() string {
	n := 8 + c.rng.IntN(18)
	w := make([]string, n)
	for i := range w {
		w[i] = c.word()
		if c.rng.IntN(200) == 0 {
			w[i] = c.names[c.rng.IntN(len(c.names))]
		}
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}

// article returns the i-th article (the corpus must be used in order).
func (c *corpus) article(i int) *clip.Article {
	a := &clip.Article{
		Byline:    c.names[c.rng.IntN(len(c.names))],
		SiteName:  c.sites[c.rng.IntN(len(c.sites))],
		Published: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(c.rng.IntN(10*365*24)) * time.Hour),
		Language:  "en",
		Source:    clip.SourceURL,
		Document:  clip.Document{Version: clip.DocumentVersion},
	}
	title := strings.TrimSuffix(c.sentence(), ".")
	if f := strings.Fields(title); len(f) > 9 {
		title = strings.Join(f[:9], " ")
	}
	a.Title = title
	a.URL = fmt.Sprintf("https://%s.example/%d/%s", strings.ToLower(strings.Fields(a.SiteName)[0]), i, strings.ReplaceAll(strings.ToLower(title), " ", "-"))
	a.SourceRef = a.URL
	var raw strings.Builder
	raw.WriteString("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>")
	words, paras := 0, 8+c.rng.IntN(5)
	for p := range paras {
		var sb strings.Builder
		for words < (p+1)*800/paras {
			s := c.sentence()
			words += strings.Count(s, " ") + 1
			if sb.Len() > 0 {
				sb.WriteString(" ")
			}
			sb.WriteString(s)
		}
		a.Document.Blocks = append(a.Document.Blocks, clip.Block{Kind: clip.BlockParagraph, Text: sb.String()})
		raw.WriteString("<p>" + sb.String() + "</p>\n")
	}
	raw.WriteString("</article></body></html>")
	a.Raw = raw.String()
	a.Excerpt = a.Document.Blocks[0].Text[:min(200, len(a.Document.Blocks[0].Text))]
	return a
}

// queries returns n varied searches a person might type over the corpus.
func (c *corpus) queries(n int) []Filter {
	var out []Filter
	for i := 0; len(out) < n; i++ {
		var q string
		switch i % 10 {
		case 0, 1:
			q = c.searchWord() // a frequent word
		case 2:
			q = c.vocab[100+c.rng.IntN(len(c.vocab)-100)] // a rarer word
		case 3:
			q = c.searchWord() + " " + c.searchWord()
		case 4:
			s := strings.Fields(strings.ToLower(strings.TrimSuffix(c.sentence(), ".")))
			q = `"` + strings.Join(s[:2], " ") + `"`
		case 5:
			w := c.vocab[functionWords+c.rng.IntN(2000)]
			q = w[:min(len(w), 5)] + "*"
		case 6:
			q = c.searchWord() + " -" + c.searchWord()
		case 7:
			q = c.names[c.rng.IntN(len(c.names))]
		case 8:
			out = append(out, Filter{Query: c.searchWord(), Tag: c.tags[c.rng.IntN(len(c.tags))], Limit: 50})
			continue
		case 9:
			out = append(out, Filter{Query: c.searchWord() + " " + c.vocab[300+c.rng.IntN(3000)], Site: c.sites[c.rng.IntN(len(c.sites))], Limit: 50})
			continue
		}
		out = append(out, Filter{Query: q, Limit: 50})
	}
	return out
}

// benchLibrary opens a library of n generated clippings, cached in the
// temporary directory between runs. The first build writes everything in
// one transaction.
func benchLibrary(b *testing.B, n int) *Library {
	b.Helper()
	ctx := context.Background()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("margin-bench-%s-%d", benchVersion, n))
	if l, err := Open(ctx, dir); err == nil {
		if got, err := l.Count(ctx, Filter{}); err == nil && got == n {
			return l
		}
		l.Close()
	}
	os.RemoveAll(dir)
	tmp := dir + ".building"
	os.RemoveAll(tmp)
	start := time.Now()
	l, err := Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	c := newCorpus(1)
	err = l.write(ctx, "build benchmark library", func(tx *sql.Tx) error {
		for i := range n {
			row, err := newClippingRow(c.article(i))
			if err != nil {
				return err
			}
			id, err := insertClipping(ctx, tx, row)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO tags (clipping_id, tag) VALUES (?, ?)`, id, c.tags[i%len(c.tags)]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := l.db.ExecContext(ctx, `INSERT INTO clippings_fts(clippings_fts) VALUES ('optimize')`); err != nil {
		b.Fatal(err)
	}
	l.Close()
	if err := os.Rename(tmp, dir); err != nil {
		b.Fatal(err)
	}
	b.Logf("built a library of %d clippings in %s", n, time.Since(start).Round(time.Second))
	if l, err = Open(ctx, dir); err != nil {
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
	c := newCorpus(1)
	articles := make([]*clip.Article, 10000)
	for i := range articles {
		articles[i] = c.article(i)
	}
	l, err := Open(ctx, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	b.ResetTimer()
	start := time.Now()
	for _, a := range articles {
		if _, existed, err := l.Add(ctx, a); err != nil || existed {
			b.Fatalf("Add: %v, existed %v", err, existed)
		}
	}
	total := time.Since(start)
	b.StopTimer()
	b.ReportMetric(total.Seconds(), "add_10k:s")
	b.ReportMetric(float64(total)/float64(time.Millisecond)/float64(len(articles)), "add_per_clipping:ms")
}

func BenchmarkSearch10k(b *testing.B) {
	ctx := context.Background()
	l := benchLibrary(b, 10000)
	defer l.Close()
	queries := newCorpus(2).queries(200)
	// One pass to warm the page cache, as a person's second search would.
	for _, f := range queries[:20] {
		l.List(ctx, f)
	}
	b.ResetTimer()
	times := make([]time.Duration, len(queries))
	for i, f := range queries {
		start := time.Now()
		if _, err := l.List(ctx, f); err != nil {
			b.Fatalf("List(%+v): %v", f, err)
		}
		times[i] = time.Since(start)
	}
	b.StopTimer()
	b.ReportMetric(percentile(times, 0.5), "search_median:ms")
	b.ReportMetric(percentile(times, 0.95), "search_p95:ms")
}

func BenchmarkList50k(b *testing.B) {
	ctx := context.Background()
	l := benchLibrary(b, 50000)
	dir := l.Dir()
	l.Close()
	b.ResetTimer()
	var opens []time.Duration
	for range 5 {
		start := time.Now()
		l, err := Open(ctx, dir)
		if err != nil {
			b.Fatal(err)
		}
		if page, err := l.List(ctx, Filter{Limit: 100}); err != nil || len(page) != 100 {
			b.Fatalf("List: %d, %v", len(page), err)
		}
		if _, err := l.Count(ctx, Filter{}); err != nil {
			b.Fatal(err)
		}
		opens = append(opens, time.Since(start))
		l.Close()
	}
	l, err := Open(ctx, dir)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	var searches []time.Duration
	for _, f := range newCorpus(3).queries(40) {
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
