// Package benchdata generates the realistic libraries Margin's benchmarks
// run on, deterministically, and caches them in the temporary directory so
// that the library's and the app's benchmarks share them between runs.
package benchdata

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"margin/clip"
	"margin/library"
)

// version names the cached libraries; change it whenever the generator or
// the schema changes (a library is migrated when opened, and a cache of
// an older schema opened by a newer Margin is of no use to the older).
const version = "v6-merged"

// Corpus generates realistic articles deterministically: about 800 words
// each in 8 to 12 paragraphs, drawn with a Zipf distribution from a
// vocabulary of common English words and made-up rarer ones, with names,
// sites and tags.
type Corpus struct {
	rng   *rand.Rand
	zipf  *rand.Zipf
	vocab []string
	names []string
	sites []string
	tags  []string
}

// Tags are the tags the corpus gives its articles.
func (c *Corpus) Tags() []string { return c.tags }

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

// NewCorpus returns the corpus drawn from seed: the same seed, the same
// articles and queries.
func NewCorpus(seed uint64) *Corpus {
	rng := rand.New(rand.NewPCG(seed, 42))
	c := &Corpus{rng: rng}
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

func (c *Corpus) word() string { return c.vocab[c.zipf.Uint64()] }

// functionWords is how many of the most frequent words are words like
// "the" and "of", which people do not search for.
const functionWords = 60

// searchWord draws a word a person might search for: frequent, but not a
// function word.
func (c *Corpus) searchWord() string {
	for {
		if i := c.zipf.Uint64(); i >= functionWords {
			return c.vocab[i]
		}
	}
}

func (c *Corpus) sentence() string {
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

// Article returns the i-th article (the corpus must be used in order).
func (c *Corpus) Article(i int) *clip.Article {
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

// Queries returns n varied searches a person might type over the corpus.
func (c *Corpus) Queries(n int) []library.Filter {
	var out []library.Filter
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
			out = append(out, library.Filter{Query: c.searchWord(), Tag: c.tags[c.rng.IntN(len(c.tags))], Limit: 50})
			continue
		case 9:
			out = append(out, library.Filter{Query: c.searchWord() + " " + c.vocab[300+c.rng.IntN(3000)], Site: c.sites[c.rng.IntN(len(c.sites))], Limit: 50})
			continue
		}
		out = append(out, library.Filter{Query: q, Limit: 50})
	}
	return out
}

// Library returns the directory of a library of n generated clippings
// (Corpus 1's first n articles, each with one of its tags), built on the
// first call and cached in the temporary directory.
func Library(tb testing.TB, n int) string {
	tb.Helper()
	ctx := context.Background()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("margin-bench-%s-%d", version, n))
	if l, err := library.Open(ctx, dir); err == nil {
		got, err := l.Count(ctx, library.Filter{})
		l.Close()
		if err == nil && got == n {
			return dir
		}
	}
	os.RemoveAll(dir)
	tmp := dir + ".building"
	os.RemoveAll(tmp)
	start := time.Now()
	l, err := library.Open(ctx, tmp)
	if err != nil {
		tb.Fatal(err)
	}
	c := NewCorpus(1)
	const batch = 5000
	for i := 0; i < n; i += batch {
		items := make([]library.Import, 0, batch)
		for j := i; j < min(i+batch, n); j++ {
			items = append(items, library.Import{Article: c.Article(j), Tags: []string{c.tags[j%len(c.tags)]}})
		}
		if _, err := l.AddMany(ctx, items); err != nil {
			tb.Fatal(err)
		}
	}
	// A library in use is tidied daily (AutoBackup optimizes it).
	if err := l.Optimize(ctx); err != nil {
		tb.Fatal(err)
	}
	if err := l.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("built a library of %d clippings in %s", n, time.Since(start).Round(time.Second))
	return dir
}

// LongArticle returns an article of about size bytes of text, the
// paragraphs of the corpus's next articles one after another: a long page
// of realistic vocabulary for measuring what one huge clipping costs.
func (c *Corpus) LongArticle(size int) *clip.Article {
	a := c.Article(0)
	a.Title = "A very long dispatch"
	a.URL += "/long"
	a.SourceRef = a.URL
	var raw strings.Builder
	raw.WriteString(a.Raw)
	n := len(a.Text())
	for i := 1; n < size; i++ {
		next := c.Article(i)
		for _, b := range next.Document.Blocks {
			a.Document.Blocks = append(a.Document.Blocks, b)
			n += len(b.Text) + 2
		}
		raw.WriteString(next.Raw)
	}
	a.Raw = raw.String()
	return a
}
