package annotate

import (
	_ "embed"
	"errors"
	"log/slog"
	"math"
	"strings"
	"sync"
)

// The span classifier (issue 16's fifteenth round, branch ner20x) types a
// candidate name from its words and the words around it. Unlike the type
// classifier of typemodel.go, which learns from Margin's own gold set and
// reads classes of evidence only, it learns from thousands of names of
// openly licensed annotated corpora (data/README.md: wikigold, the Broad
// Twitter Corpus, WNUT 2017 and the parts of re3d whose sources allow it),
// so it knows names and the words around them that no gold article holds.
// It is an averaged perceptron over six classes (no name, person, place,
// organisation, other, work), trained by go test -run TestSpanModelFile
// ./annotate/ -update (spanmodel_train_test.go), and it runs on a
// candidate's span only, not on every token.
//
// It is read only as features of the type classifier (spanClassFeatures,
// typemodel.go): measured against the gold (spanmodel_study_test.go), its
// type for the names the rules type is right far more often than prose's
// label and far less often than the rules', and where it disagrees with
// the rules they are right about thirty times as often as it; as the
// label of the rule "the recogniser's label", or to drop names, it lost
// (docs/entities.md, issue 16's fifteenth round).

//go:embed data/spans.weights
var spanWeightsData string

// spanClasses are the span classifier's classes, in the order of its
// weights.
var spanClasses = []EntityType{noEntity, Person, Place, Organization, Other, Work}

// spanModel is the span classifier's weights, read in place. The layout,
// integers little-endian:
//
//	"MSP1"
//	nfeat, nclasses  uint32
//	scale            float32 bits (a weight is its int16 times scale)
//	nfeat × uint64   fingerprints of the features, increasing
//	nfeat × nclasses × int16  the weights
type spanModel struct {
	data     string
	n, k     int
	scale    float32
	keysAt   int
	weightAt int
	// bucket[i] is the first feature whose fingerprint's top
	// spanBucketBits bits are i or more, so that a look-up halves a few
	// fingerprints, not all of them (16 KB).
	bucket []uint32
}

// spanBucketBits is how many top bits of a fingerprint index its bucket.
const spanBucketBits = 12

// spanClassifier returns the embedded span classifier, parsed on first
// use, or nil if its weights cannot be read.
var spanClassifier = sync.OnceValue(func() *spanModel {
	m, err := parseSpanModel(spanWeightsData)
	if err != nil {
		slog.Error("annotate: the span classifier's weights cannot be read", "err", err)
		return nil
	}
	return m
})

// parseSpanModel checks a weights file's header, sizes, scale and the
// order of its fingerprints, which add's binary search relies on.
func parseSpanModel(data string) (*spanModel, error) {
	return parseFeatureTable(data, "MSP1", len(spanClasses), "span model")
}

// parseFeatureTable reads a table of fingerprinted features and their
// int16 weights for k classes in spanModel's layout, under the header
// magic; name says which model it is in errors. The sequence tagger
// (seqtagger.go) keeps its weights the same way.
func parseFeatureTable(data, magic string, k int, name string) (*spanModel, error) {
	if len(data) < 16 || data[:4] != magic {
		return nil, errors.New("not a " + name + " (" + magic + ")")
	}
	n, nk := u32(data, 4), u32(data, 8)
	if nk != uint32(k) {
		return nil, errors.New("the " + name + "'s classes are not its table's")
	}
	// The count is checked against the file's length before it is
	// multiplied, so that no count overflows int (as it may where int is
	// 32 bits) into a size that matches.
	perFeature := uint64(8 + 2*nk)
	if uint64(n) > uint64(len(data)-16)/perFeature || uint64(len(data)-16) != uint64(n)*perFeature {
		return nil, errors.New("the " + name + "'s size does not match its header")
	}
	m := &spanModel{data: data, n: int(n), k: int(nk), scale: math.Float32frombits(u32(data, 12))}
	if s := float64(m.scale); math.IsNaN(s) || math.IsInf(s, 0) {
		return nil, errors.New("the " + name + "'s scale is not a number")
	}
	m.keysAt = 16
	m.weightAt = m.keysAt + 8*m.n
	for i := 1; i < m.n; i++ {
		if m.key(i-1) >= m.key(i) {
			return nil, errors.New("the " + name + "'s fingerprints are not in increasing order")
		}
	}
	m.bucket = make([]uint32, 1<<spanBucketBits+1)
	i := 0
	for b := range m.bucket {
		for i < m.n && m.key(i)>>(64-spanBucketBits) < uint64(b) {
			i++
		}
		m.bucket[b] = uint32(i)
	}
	return m, nil
}

// key returns the i-th fingerprint.
func (m *spanModel) key(i int) uint64 {
	return u64(m.data, m.keysAt+8*i)
}

// add adds the weights of the feature with fingerprint f to scores.
func (m *spanModel) add(f uint64, scores []float32) {
	top := f >> (64 - spanBucketBits)
	lo, hi := int(m.bucket[top]), int(m.bucket[top+1])
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if m.key(mid) < f {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == m.n || m.key(lo) != f {
		return
	}
	o := m.weightAt + 2*m.k*lo
	for c := 0; c < m.k; c++ {
		scores[c] += float32(int16(u16(m.data, o+2*c))) * m.scale
	}
}

// spanContext is a candidate's span [a, b) among words, and the bounds
// of its sentence: words before lo or from hi on are outside it.
type spanContext struct {
	words  []string
	a, b   int
	lo, hi int
}

// word returns the i-th word, or a mark for outside the sentence.
func (s spanContext) word(i int) string {
	switch {
	case i < s.lo || i < 0:
		return "<S>"
	case i >= s.hi || i >= len(s.words):
		return "</S>"
	}
	return s.words[i]
}

// spanFeatures calls emit with the fingerprint of each feature of a span.
// The features name words (lower-cased), their shapes, prefixes and
// suffixes, the words around the span, and whether Margin's lists hold
// it: they are the same for the corpora's names as for a clipping's.
func spanFeatures(s spanContext, h spanHits, emit func(uint64)) {
	f := func(prefix, v string) { emit(fingerprint2(prefix, v)) }
	f("b", "")
	n := s.b - s.a
	f("n=", itoaCap(n, 4))
	first, last := s.words[s.a], s.words[s.b-1]
	lf, ll := strings.ToLower(first), strings.ToLower(last)
	f("f=", lf)
	f("l=", ll)
	f("fs=", wordShape(first))
	f("ls=", wordShape(last))
	f("f3=", firstRunes(lf, 3))
	f("l3=", lastRunes(ll, 3))
	f("l2=", lastRunes(ll, 2))
	if n > 1 {
		f("t=", strings.ToLower(strings.Join(s.words[s.a:s.b], " ")))
	}
	for i := s.a + 1; i < s.b-1 && i < s.a+5; i++ {
		f("w=", strings.ToLower(s.words[i]))
	}
	p1, p2, n1, n2 := s.word(s.a-1), s.word(s.a-2), s.word(s.b), s.word(s.b+1)
	f("p1=", strings.ToLower(p1))
	f("p2=", strings.ToLower(p2))
	f("n1=", strings.ToLower(n1))
	f("n2=", strings.ToLower(n2))
	f("p1s=", wordShape(p1))
	f("n1s=", wordShape(n1))
	f("p1+ls=", strings.ToLower(p1)+"|"+wordShape(last))
	f("p1+f=", strings.ToLower(p1)+"|"+lf)
	f("l+n1=", ll+"|"+strings.ToLower(n1))
	if p1 == "<S>" {
		f("ss+n=", itoaCap(n, 3))
		f("ss+f=", lf)
	}
	for _, l := range h.lists {
		f("g=", l)
	}
	if h.firstName {
		f("g=", "first-name")
		if n > 1 {
			f("g=", "first-name+more")
		}
	}
	if h.englishFirst {
		f("g=", "english-first")
	}
	if h.englishLast {
		f("g=", "english-last")
	}
	for _, c := range h.firstClasses {
		if !strings.HasSuffix(c, "-basic-word") {
			f("c=", c)
		}
	}
	for _, c := range h.lastClasses {
		if !strings.HasSuffix(c, "-basic-word") {
			f("c=", c)
		}
	}
}

// spanHits are what Margin's lists say of a span: the gazetteers that
// hold its text, whether its first word is a given name and its first and
// last words English words, and the word lists of its first and last
// words (wordClasses). The type classifier's features read the same, so
// candidateFeatures passes them rather than look them up twice. The class
// "basic-word" is not read: it is a word of prose's model, known only
// while that is loaded.
type spanHits struct {
	lists                     []string
	firstName                 bool
	englishFirst, englishLast bool
	firstClasses, lastClasses []string
}

// spanLists are the gazetteers a span's features name, in order.
var spanLists = []struct {
	name string
	has  func(string) bool
}{{"place", places.has}, {"town", towns.has}, {"org", orgs.has}, {"state", states.has}, {"demonym", demonyms.has}}

// spanHitsOf looks up a span's text and its first and last words in
// Margin's lists.
func spanHitsOf(text, first, last string) spanHits {
	h := spanHits{firstName: firstNames.has(first), englishFirst: isEnglishWord(first), englishLast: isEnglishWord(last),
		firstClasses: wordClasses("first", first), lastClasses: wordClasses("last", last)}
	for _, g := range spanLists {
		if g.has(text) {
			h.lists = append(h.lists, g.name)
		}
	}
	return h
}

// fingerprint2 is FNV-1a (64 bits) of prefix and v, read as one string.
func fingerprint2(prefix, v string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(prefix); i++ {
		h ^= uint64(prefix[i])
		h *= 1099511628211
	}
	for i := 0; i < len(v); i++ {
		h ^= uint64(v[i])
		h *= 1099511628211
	}
	return h
}

// scores returns the span classifier's score of each class for a span.
func (m *spanModel) scores(s spanContext, h spanHits) []float32 {
	out := make([]float32, m.k)
	spanFeatures(s, h, func(f uint64) { m.add(f, out) })
	return out
}

// candidateSpan describes the tokens [a, b) of a clipping for the span
// classifier: its sentence is bounded by the tokens that start
// sentences.
func candidateSpan(toks []token, words []string, a, b int) spanContext {
	s := spanContext{words: words, a: a, b: b, lo: 0, hi: len(toks)}
	for i := a; i >= 0 && i > a-3; i-- {
		if toks[i].sentStart {
			s.lo = i
			break
		}
	}
	for i := b; i < len(toks) && i < b+3; i++ {
		if toks[i].sentStart {
			s.hi = i
			break
		}
	}
	return s
}

// tokenWords returns the text of each token.
func tokenWords(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// spanClassFeaturesOf are the type classifier's features from the span
// classifier's scores of a candidate the rules typed typ.
func spanClassFeaturesOf(sc []float32, typ EntityType) []string {
	best, _ := bestClass(sc, 0)
	typed, margin := bestClass(sc, 1)
	agree := "differs"
	if typed == typ {
		agree = "agrees"
	}
	bucket := "0"
	switch {
	case margin >= 10:
		bucket = "10"
	case margin >= 3:
		bucket = "3"
	}
	return []string{"span=" + string(best), "span=" + string(best) + "+type=" + string(typ),
		"span-typed=" + agree, "span-typed=" + agree + "+margin=" + bucket, "span-typed=" + string(typed) + "+type=" + string(typ)}
}

// bestClass returns the best class of scores from index from on, and its
// margin over the next.
func bestClass(sc []float32, from int) (EntityType, float32) {
	best, second := from, -1
	for c := from + 1; c < len(sc); c++ {
		if sc[c] > sc[best] {
			best, second = c, best
		} else if second < 0 || sc[c] > sc[second] {
			second = c
		}
	}
	return spanClasses[best], sc[best] - sc[second]
}
