package clip

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
)

// The public article-extraction benchmark's development half lives outside
// the repository; tests that need it skip when it is missing.
const aebDir = "../../shared/corpus/aeb-dev"

var (
	aebPred     = flag.String("aebpred", "", "write Margin's predictions for the AEB corpus to this JSON `file`")
	aebWorst    = flag.Int("aebworst", 0, "log the N worst AEB pages")
	aebBaseline = flag.Bool("aebbaseline", false, "score go-readability's own text instead of Margin's")
)

// aebTokens matches words the way Python's \w+ does with re.UNICODE.
var aebTokens = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// aebShingles counts the 4-gram shingles of text's word tokens. A text with
// fewer than four tokens has one shingle of all its tokens (none if empty),
// as in score.py.
func aebShingles(text string) map[string]int {
	toks := aebTokens.FindAllString(text, -1)
	const n = 4
	out := map[string]int{}
	count := max(1, len(toks)-n+1)
	for i := range count {
		end := min(i+n, len(toks))
		if i >= end {
			continue
		}
		out[strings.Join(toks[i:end], "\x00")]++
	}
	return out
}

// aebPage is one page's normalised true positives, false positives and
// false negatives.
type aebPage struct{ tp, fp, fn float64 }

// aebScorePage compares a prediction with the truth for one page.
func aebScorePage(truth, pred string) aebPage {
	t, p := aebShingles(truth), aebShingles(pred)
	var tp, fp, fn float64
	for k, a := range t {
		b := p[k]
		tp += float64(min(a, b))
		fn += float64(max(0, a-b))
	}
	for k, b := range p {
		a := t[k]
		fp += float64(max(0, b-a))
	}
	s := tp + fp + fn
	if s == 0 {
		return aebPage{}
	}
	return aebPage{tp / s, fp / s, fn / s}
}

func (r aebPage) precision() float64 {
	if r.fp == 0 && r.fn == 0 {
		return 1
	}
	if r.tp == 0 && r.fp == 0 {
		return 0
	}
	return r.tp / (r.tp + r.fp)
}

func (r aebPage) recall() float64 {
	if r.fp == 0 && r.fn == 0 {
		return 1
	}
	if r.tp == 0 && r.fn == 0 {
		return 0
	}
	return r.tp / (r.tp + r.fn)
}

// aebScore averages precision over the pages with something predicted or
// matched and recall over the pages with something true, and returns the
// means and their F1, as score.py does.
func aebScore(rows []aebPage) (p, r, f1 float64) {
	var np, nr int
	for _, x := range rows {
		if x.tp+x.fp > 0 {
			p += x.precision()
			np++
		}
		if x.tp+x.fn > 0 {
			r += x.recall()
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// aebCorpus is the benchmark's pages and ground truth.
type aebCorpus struct {
	keys  []string
	html  map[string][]byte
	truth map[string]aebTruth
}

type aebTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// loadAEB reads the corpus, or returns nil when it is not there.
func loadAEB(tb testing.TB) *aebCorpus {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(aebDir, "ground-truth.json"))
	if err != nil {
		return nil
	}
	c := &aebCorpus{html: map[string][]byte{}}
	if err := json.Unmarshal(raw, &c.truth); err != nil {
		tb.Fatalf("ground truth: %v", err)
	}
	for k := range c.truth {
		b, err := readGzip(filepath.Join(aebDir, "html", k+".html.gz"))
		if err != nil {
			tb.Fatalf("page %s: %v", k, err)
		}
		c.keys = append(c.keys, k)
		c.html[k] = b
	}
	sort.Strings(c.keys)
	return c
}

// readGzip returns the decompressed content of a .gz file.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// aebRun extracts every page with extract and scores the canonical texts.
func aebRun(c *aebCorpus, extract func(page []byte, url string) string) (rows []aebPage, preds map[string]string) {
	preds = map[string]string{}
	for _, k := range c.keys {
		text := extract(c.html[k], c.truth[k].URL)
		preds[k] = text
		rows = append(rows, aebScorePage(c.truth[k].ArticleBody, text))
	}
	return rows, preds
}

// marginText is Margin's canonical text for a page, or "" when extraction
// fails.
func marginText(page []byte, url string) string {
	a, err := Extract(page, url)
	if err != nil {
		return ""
	}
	return a.Text()
}

func TestAEBScorerAgreesWithHandComputedCases(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        aebPage
	}{
		{"identical texts are all true positives", "a b c d e", "a b c d e", aebPage{1, 0, 0}},
		{"an empty prediction is all false negatives", "a b c d e", "", aebPage{0, 0, 1}},
		// truth shingles: abcd, bcde; pred: abcd, bcdx, cdxy -> tp 1, fp 2, fn 1.
		{"a partly wrong prediction counts each shingle once", "a b c d e", "a b c d x y", aebPage{0.25, 0.5, 0.25}},
		{"short texts are one shingle of all their tokens", "hello world", "hello, world!", aebPage{1, 0, 0}},
		{"both empty scores nothing", "", "", aebPage{0, 0, 0}},
		{"repeated shingles count with multiplicity", "a b c d a b c d", "a b c d", aebPage{0.2, 0, 0.8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := aebScorePage(tt.truth, tt.pred)
			if !near(got.tp, tt.want.tp) || !near(got.fp, tt.want.fp) || !near(got.fn, tt.want.fn) {
				t.Errorf("aebScorePage = %+v, want %+v", got, tt.want)
			}
		})
	}
	t.Run("means skip pages without predictions for precision", func(t *testing.T) {
		p, r, f := aebScore([]aebPage{{1, 0, 0}, {0, 0, 1}})
		if !near(p, 1) || !near(r, 0.5) || !near(f, 2*0.5/1.5) {
			t.Errorf("aebScore = %v %v %v, want 1 0.5 0.667", p, r, f)
		}
	})
}

func near(a, b float64) bool { d := a - b; return d < 1e-9 && d > -1e-9 }

func TestAEBCorpusQuality(t *testing.T) {
	c := loadAEB(t)
	if c == nil {
		t.Skip("AEB corpus not found at " + aebDir)
	}
	extract, who := marginText, "Margin"
	if *aebBaseline {
		extract, who = readabilityText, "go-readability alone"
	}
	rows, preds := aebRun(c, extract)
	p, r, f := aebScore(rows)
	t.Logf("%s, AEB dev: precision %.4f recall %.4f F1 %.4f", who, p, r, f)
	if *aebWorst > 0 {
		idx := make([]int, len(rows))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return rows[idx[a]].tp < rows[idx[b]].tp })
		for _, i := range idx[:min(*aebWorst, len(idx))] {
			x := rows[i]
			t.Logf("worst %s tp=%.2f fp=%.2f fn=%.2f %s", c.keys[i][:12], x.tp, x.fp, x.fn, c.truth[c.keys[i]].URL)
		}
	}
	if *aebPred != "" {
		out := map[string]map[string]string{}
		for k, v := range preds {
			out[k] = map[string]string{"articleBody": v}
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*aebPred, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !*aebBaseline && (f < aebMinF1 || p < aebMinPR || r < aebMinPR) {
		t.Errorf("AEB dev F1 %.4f precision %.4f recall %.4f, want F1 >= %.3f and both >= %.3f", f, p, r, aebMinF1, aebMinPR)
	}
}

// The quality Margin must keep on the AEB development half.
const (
	aebMinF1 = 0.977
	aebMinPR = 0.96
)

// readabilityText is go-readability's own plain text for a page, the
// baseline Margin is measured against.
func readabilityText(page []byte, pageURL string) string {
	u, _ := url.Parse(pageURL)
	p := readability.NewParser()
	a, err := p.Parse(bytes.NewReader(page), u)
	if err != nil || a.Node == nil {
		return ""
	}
	var sb strings.Builder
	if err := a.RenderText(&sb); err != nil {
		return ""
	}
	return sb.String()
}
