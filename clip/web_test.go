package clip

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The trafilatura evaluation corpus's development half lives outside the
// repository, like the AEB corpus; tests that need it skip when it is missing.
const webDir = "../../shared/corpus/trafilatura-dev"

var (
	webWorst    = flag.Int("webworst", 0, "log the N worst pages of the web corpus")
	webBaseline = flag.Bool("webbaseline", false, "score go-readability's own text on the web corpus instead of Margin's")
	webAll      = flag.Bool("weball", false, "score every page of the web corpus, not the sample make test runs")
	webPred     = flag.String("webpred", "", "write Margin's predictions for the web corpus to this JSONL `file`, as margin extract --json does")
)

// webPage is one page of the web corpus: snippets its main text must hold
// and boilerplate it must not.
type webPage struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
	URL     string   `json:"-"`
	html    []byte
}

// loadWeb reads the corpus's pages (every step-th in file order), or
// returns nil when it is not there.
func loadWeb(tb testing.TB, step int) []webPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(webDir, "evaldata.json"))
	if err != nil {
		return nil
	}
	var ev map[string]webPage
	if err := json.Unmarshal(raw, &ev); err != nil {
		tb.Fatalf("evaldata: %v", err)
	}
	urls := make([]string, 0, len(ev))
	for u := range ev {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	var pages []webPage
	for i, u := range urls {
		if i%step != 0 {
			continue
		}
		p := ev[u]
		p.URL = u
		b, err := readGzip(filepath.Join(webDir, "html", p.File+".gz"))
		if err != nil {
			tb.Fatalf("page %s: %v", p.File, err)
		}
		p.html = b
		pages = append(pages, p)
	}
	return pages
}

// rxSpaces matches what Python counts as white space.
var rxSpaces = regexp.MustCompile(`[\s\v\x{1c}-\x{1f}\x{85}\p{Z}]+`)

// webNorm collapses white space as score.py does.
func webNorm(s string) string { return strings.TrimSpace(rxSpaces.ReplaceAllString(s, " ")) }

// webResult is one page's counts of snippets found and kept.
type webResult struct {
	file        string
	tp, fp, fn  int
	missing     int // "with" snippets missing
	keptWithout int // "without" snippets kept
}

// webScorePage counts the snippets of a page found in the text.
func webScorePage(p webPage, text string) webResult {
	out := webNorm(text)
	r := webResult{file: p.File}
	for _, w := range p.With {
		if out != "" && strings.Contains(out, webNorm(w)) {
			r.tp++
		} else {
			r.fn++
		}
	}
	for _, w := range p.Without {
		if out != "" && strings.Contains(out, webNorm(w)) {
			r.fp++
		}
	}
	r.missing, r.keptWithout = r.fn, r.fp
	return r
}

// webScore returns the micro-averaged precision, recall and F1 over all
// snippets, as score.py does.
func webScore(rows []webResult) (p, r, f1 float64) {
	var tp, fp, fn int
	for _, x := range rows {
		tp, fp, fn = tp+x.tp, fp+x.fp, fn+x.fn
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// webRun extracts every page with extract and scores the texts.
func webRun(pages []webPage, extract func(page []byte, url string) string) (rows []webResult, texts []string) {
	for _, p := range pages {
		// The corpus's keys are not always addresses; extraction then
		// goes without a base, as a saved file does.
		u := p.URL
		if !strings.HasPrefix(u, "http") {
			u = ""
		}
		text := extract(p.html, u)
		texts = append(texts, text)
		rows = append(rows, webScorePage(p, text))
	}
	return rows, texts
}

func TestWebScorerCountsSnippets(t *testing.T) {
	p := webPage{With: []string{"the main  text", "missing part"}, Without: []string{"Read more", "Share"}}
	got := webScorePage(p, "Intro.\nThe main text is here. the main\ntext again. Read more")
	if got.tp != 1 || got.fn != 1 || got.fp != 1 {
		t.Errorf("webScorePage = %+v, want 1 found, 1 missing, 1 boilerplate kept", got)
	}
	if got := webScorePage(p, ""); got.tp != 0 || got.fn != 2 || got.fp != 0 {
		t.Errorf("an empty text: %+v, want every snippet missing and nothing kept", got)
	}
	pr, rc, f := webScore([]webResult{{tp: 3, fp: 1, fn: 1}, {tp: 1, fn: 3}})
	if !near(pr, 0.8) || !near(rc, 0.5) || !near(f, 2*0.8*0.5/1.3) {
		t.Errorf("webScore = %v %v %v, want 0.8 0.5 0.615", pr, rc, f)
	}
}

// webSampleStep is the share of the web corpus make test scores: every
// fifth page keeps the test quick while still covering every kind of page.
const webSampleStep = 5

// The quality Margin must keep on the web corpus's sample.
const (
	webMinF1 = 0.93
	webMinPR = 0.92
)

func TestWebCorpusQuality(t *testing.T) {
	step := webSampleStep
	if *webAll || *webPred != "" {
		step = 1
	}
	pages := loadWeb(t, step)
	if pages == nil {
		t.Skip("web corpus not found at " + webDir)
	}
	extract, who := marginText, "Margin"
	if *webBaseline {
		extract, who = readabilityText, "go-readability alone"
	}
	rows, texts := webRun(pages, extract)
	p, r, f := webScore(rows)
	t.Logf("%s, web corpus (%d pages): precision %.4f recall %.4f F1 %.4f", who, len(pages), p, r, f)
	if *webWorst > 0 {
		idx := make([]int, len(rows))
		for i := range idx {
			idx[i] = i
		}
		// As score.py orders them: most snippets missing or kept first.
		bad := func(x webResult) int { return -x.fn - x.fp }
		sort.SliceStable(idx, func(a, b int) bool { return bad(rows[idx[a]]) < bad(rows[idx[b]]) })
		for _, i := range idx[:min(*webWorst, len(idx))] {
			x := rows[i]
			t.Logf("worst %s: %d missing, %d boilerplate kept (%s)", x.file, x.missing, x.keptWithout, pages[i].URL)
		}
	}
	if *webPred != "" {
		f, err := os.Create(*webPred)
		if err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(f)
		enc.SetEscapeHTML(false)
		for i, p := range pages {
			if err := enc.Encode(map[string]string{"file": p.File, "text": texts[i]}); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if !*webBaseline && (f < webMinF1 || p < webMinPR || r < webMinPR) {
		t.Errorf("web corpus F1 %.4f precision %.4f recall %.4f, want F1 >= %.2f and both >= %.2f", f, p, r, webMinF1, webMinPR)
	}
}

var webDump = flag.String("webdump", "", "log the blocks Margin extracts from this web corpus `file`")

func TestWebDump(t *testing.T) {
	if *webDump == "" {
		t.Skip("no -webdump file")
	}
	b, err := readGzip(filepath.Join(webDir, "html", *webDump+".gz"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(b, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, bl := range a.Document.Blocks {
		if bl.HasText() {
			t.Logf("%-9s w=%-3d link=%.2f %s", bl.Kind, countWords(bl.Text), linkCoverage(bl), truncate(bl.Text, 110))
		}
	}
}
