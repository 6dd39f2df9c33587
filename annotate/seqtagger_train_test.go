package annotate

import (
	"bytes"
	_ "embed"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// The sequence tagger's training (seqtagger.go): the gold mentions of the
// pages the learned steps are trained on (trainingTune), read as BIO tags
// of Margin's tokens, and an averaged perceptron that reads the tags it
// gave before (as it does when it tags), so that it learns from its own
// mistakes of history.

// seqWeightsData are the tagger's weights TestSeqTaggerFile writes,
// embedded by the tests alone while Suggest does not run the tagger
// (seqtagger.go).
//
//go:embed data/seqtagger.weights
var seqWeightsData string

// seqDoc is a gold page as the tagger reads it: its tokens, prose's
// part-of-speech tags, the fingerprints of each token's features that do
// not depend on the tags before it, and each token's gold tag.
type seqDoc struct {
	doc    goldDoc
	runes  []rune
	toks   []token
	tags   []string
	words  []seqWord
	static [][]uint64
	gold   []int
}

// seqDocCache keeps the pages read once per test binary: prose's tags
// take most of the time.
var seqDocCache sync.Map

// seqDocOf reads a gold page for the tagger. A mention whose bounds are
// not a token's is left untagged (its tokens are "O").
func seqDocOf(d goldDoc) *seqDoc {
	if v, ok := seqDocCache.Load(d.Name); ok {
		return v.(*seqDoc)
	}
	runes := []rune(d.Text)
	toks := tokenize(runes)
	_, tags := recognise(d.Text, runes, toks)
	s := &seqDoc{doc: d, runes: runes, toks: toks, tags: tags, words: seqWords(toks), gold: make([]int, len(toks))}
	marks := seqListMarks(runes, toks)
	s.static = make([][]uint64, len(toks))
	for i := range toks {
		seqTokenFeatures(toks, s.words, tags, marks, i, func(f uint64) { s.static[i] = append(s.static[i], f) })
	}
	for _, e := range d.Entities {
		a := slices.IndexFunc(toks, func(t token) bool { return t.start == e.Start })
		b := slices.IndexFunc(toks, func(t token) bool { return t.end == e.End })
		k := slices.Index(seqTypes, e.Type)
		if a < 0 || b < a || k < 0 {
			continue
		}
		s.gold[a] = 1 + 2*k
		for i := a + 1; i <= b; i++ {
			s.gold[i] = 2 + 2*k
		}
	}
	seqDocCache.Store(d.Name, s)
	return s
}

// seqTrainSettings are a training's choices.
type seqTrainSettings struct {
	epochs   int
	minCount int
	// corpora adds the open corpora's sentences (seqCorpusDocs) to the
	// training pages.
	corpora bool
}

// shippedSeqSettings train data/seqtagger.weights.
var shippedSeqSettings = seqTrainSettings{epochs: 10, minCount: 2}

// trainSeqTagger trains the tagger on docs and returns its weights in
// the layout of data/seqtagger.weights.
func trainSeqTagger(docs []*seqDoc, s seqTrainSettings) []byte {
	p := newPerceptron(seqTagCount)
	seen := map[uint64]int{}
	for _, d := range docs {
		for _, fs := range d.static {
			for _, f := range fs {
				seen[f]++
			}
		}
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(23))
	sc := make([]float64, seqTagCount)
	var feats []uint64
	for e := 0; e < s.epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			d := docs[di]
			prev2, prev := 0, 0
			for i := range d.toks {
				p.step++
				feats = append(feats[:0], d.static[i]...)
				seqHistoryFeatures(prev2, prev, d.words[i], func(f uint64) {
					feats = append(feats, f)
					seen[f]++
				})
				clear(sc)
				for _, f := range feats {
					for c, v := range p.w[f] {
						sc[c] += v
					}
				}
				guess := -1
				for t := range sc {
					if seqAllowed(prev, t) && (guess < 0 || sc[t] > sc[guess]) {
						guess = t
					}
				}
				if want := d.gold[i]; guess != want {
					for _, f := range feats {
						p.update(f, want, 1)
						p.update(f, guess, -1)
					}
				}
				prev2, prev = prev, guess
			}
		}
	}
	// seen counts the history features once per epoch; a feature is kept
	// where it was read at least minCount times in all.
	return encodeWeightTable(p.averaged(), seen, s.minCount, "MSQ1", seqTagCount)
}

// seqDocsOf reads docs for the tagger.
func seqDocsOf(docs []goldDoc) []*seqDoc {
	out := make([]*seqDoc, len(docs))
	for i, d := range docs {
		out[i] = seqDocOf(d)
	}
	return out
}

// buildSeqTagger trains the tagger on the training pages of the tune part.
func buildSeqTagger(t testing.TB) []byte {
	t.Helper()
	if loadModel() == nil {
		t.Fatal("the recogniser cannot be loaded")
	}
	return trainSeqTagger(seqDocsOf(trainingTune(loadGold(t, tunePart))), shippedSeqSettings)
}

// TestSeqTaggerFile checks that data/seqtagger.weights is what the
// training pages train, and writes it with -update.
func TestSeqTaggerFile(t *testing.T) {
	built := buildSeqTagger(t)
	m, err := parseFeatureTable(string(built), "MSQ1", seqTagCount, "sequence tagger")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d features, %d bytes", m.n, len(built))
	path := filepath.FromSlash("data/seqtagger.weights")
	if *updateModel {
		if err := os.WriteFile(path, built, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(built, []byte(seqWeightsData)) {
		t.Fatal("data/seqtagger.weights is not what the training pages train (has a list its features read, or the gold, changed?); run go test -run TestSeqTaggerFile ./annotate/ -update")
	}
}

// seqGoldKey is a mention's span in runes and its type.
type seqGoldKey struct {
	start, end int
	typ        EntityType
}

// seqFoundOf returns the tagger's names in d, in runes, with m's weights.
func seqFoundOf(m *spanModel, d *seqDoc) []seqFound {
	var out []seqFound
	for _, s := range seqDecode(m.add, d.runes, d.toks, d.tags) {
		out = append(out, seqFound{seqGoldKey{d.toks[s.a].start, d.toks[s.b-1].end, s.typ}, s})
	}
	return out
}

// seqFound is a name the tagger found, in runes and in tokens.
type seqFound struct {
	key seqGoldKey
	seqSpan
}

// seqScoreNames counts the tagger's own names against the gold.
func seqScoreNames(d *seqDoc, found []seqFound) counts {
	want := map[seqGoldKey]bool{}
	for _, e := range d.doc.Entities {
		want[seqGoldKey{e.Start, e.End, e.Type}] = true
	}
	var c counts
	for _, f := range found {
		if want[f.key] {
			c.tp++
			delete(want, f.key)
		} else {
			c.fp++
		}
	}
	c.fn = len(want)
	return c
}

// seqModelOf parses weights trainSeqTagger made.
func seqModelOf(t testing.TB, b []byte) *spanModel {
	t.Helper()
	m, err := parseFeatureTable(string(b), "MSQ1", seqTagCount, "sequence tagger")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// seqFolds sorts docs by name and puts page i in fold i%k, as
// typeFoldsByPage does.
func seqFolds(docs []goldDoc, k int) [][]goldDoc {
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b goldDoc) int { return strings.Compare(a.Name, b.Name) })
	folds := make([][]goldDoc, k)
	for i, d := range docs {
		folds[i%k] = append(folds[i%k], d)
	}
	return folds
}

// seqCorpusDocs reads the open corpora the span classifier learns from
// (spanCorpora, data/README.md) as pages for the tagger: their sentences
// joined by spaces, forty to a page, paragraphs apart, each name a
// mention of its page. It skips t where the corpora's mirror is missing.
func seqCorpusDocs(t testing.TB) []*seqDoc {
	t.Helper()
	if _, err := os.Stat(corporaGit()); err != nil {
		t.Skipf("the corpora's mirror %s is not here (NER_CORPORA_GIT)", corporaGit())
	}
	var out []*seqDoc
	for _, c := range spanCorpora {
		tr, he, err := readCorpus(c)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		sents := append(tr, he...)
		for p := 0; p < len(sents); p += 40 {
			var b strings.Builder
			var ents []goldEntity
			at := 0
			for _, s := range sents[p:min(p+40, len(sents))] {
				if b.Len() > 0 {
					b.WriteString("\n\n")
					at += 2
				}
				starts := make([]int, len(s.words)+1)
				for i, w := range s.words {
					if i > 0 {
						b.WriteByte(' ')
						at++
					}
					starts[i] = at
					b.WriteString(w)
					at += utf8.RuneCountInString(w)
				}
				starts[len(s.words)] = at + 1
				for _, n := range s.names {
					ents = append(ents, goldEntity{Type: n.typ, Start: starts[n.a], End: starts[n.b] - 1})
				}
			}
			out = append(out, seqDocOf(goldDoc{Name: fmt.Sprintf("corpus:%s:%d", c.name, p), Text: b.String(), Entities: ents}))
		}
	}
	return out
}

// BenchmarkSeqTagger5000Words measures what the tagger would add to
// Suggest on the 5,000-word article of BenchmarkSuggest5000Words: tagging
// its tokens, given prose's tags (seqtagger_ms, per call).
func BenchmarkSeqTagger5000Words(b *testing.B) {
	text := article5000(b)
	if loadModel() == nil {
		b.Fatal("the recogniser cannot be loaded")
	}
	m, err := parseFeatureTable(seqWeightsData, "MSQ1", seqTagCount, "sequence tagger")
	if err != nil {
		b.Fatal(err)
	}
	runes := []rune(text)
	toks := tokenize(runes)
	_, tags := recognise(text, runes, toks)
	start := time.Now()
	n := 0
	for b.Loop() {
		seqDecode(m.add, runes, toks, tags)
		n++
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(n), "seqtagger:ms")
}
