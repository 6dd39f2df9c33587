package annotate

import (
	"slices"
	"strconv"
	"strings"
)

// nerCache keeps, for one text and goroutine, what classify has learnt of
// the text's words and tags, so that most of a token's features cost no
// look-up in the weightTable: a word's lower case, shape and the sum of
// its own features (as classifyByKeys's per-word scores), and the weights
// of the features of few values: those of a tag ("pos", "prevpos",
// "nextpos", "pos+prevtag"), of the label before ("prevtag",
// "shape+prevtag"), and four of the word's own ("bias", "en-wordlist",
// "shape", "wordlen"). The features of many values ("prefix3", "suffix3",
// "word", "word.lower", "nextword", "prevword", "word+nextpos") are looked
// up by key as before: most are met once or twice in a text, and a memo of
// them costs more than it saves (branch perf22b measured one).
//
// A kept feature's weights are a vector over the labels, zero where the
// feature has no weight, and all features are added in classifyByKeys's
// order: adding zero changes no float64, and a feature's weights are added
// one per label either way (loadMaxent checks that no feature lists a
// label twice), so the scores are classifyByKeys's float64s, bit for bit,
// and so are the labels. TestNerCacheLabelsAreByKeysLabels checks it on
// every gold and unannotated text.
type nerCache struct {
	m       *maxent
	buf     []byte
	words   map[string]*nerWord
	tagOf   map[string]int
	tags    []*nerTag   // tags[0] is "None", before the first token and after the last
	prevtag [][]float64 // by history
	shape   [][]float64 // "shape+prevtag", by shape × history
	start   [2][]float64
	shapes  [][]float64 // "shape", by shape
	lengths map[int][]float64
}

// nerWord is what the cache knows of a word.
type nerWord struct {
	lower string
	shape int       // in nerShapes
	own   []float64 // nil until the word is classified
}

// nerTag is what the cache knows of a part of speech; a nil vector is not
// yet looked up, an empty one has no weights.
type nerTag struct {
	tag, lower            string
	pos, prevpos, nextpos []float64
	withPrev              [][]float64 // "pos+prevtag", by history
}

// nerShapes are proseShape's answers, and "None" for the shape before the
// second token.
var nerShapes = []string{"None", "number", "other", "punct", "downcase", "upcase", "mixedcase"}

// noWeights is the vector of a feature the model lacks.
var noWeights = []float64{}

// newNerCache returns an empty cache, or nil when m's weights cannot be
// kept as vectors.
func (m *maxent) newNerCache() *nerCache {
	if !m.onceEach {
		return nil
	}
	nh := len(m.histories)
	c := &nerCache{
		m:       m,
		words:   make(map[string]*nerWord),
		tagOf:   make(map[string]int),
		prevtag: make([][]float64, nh),
		shape:   make([][]float64, len(nerShapes)*nh),
		shapes:  make([][]float64, len(nerShapes)),
		lengths: make(map[int][]float64),
	}
	c.tags = []*nerTag{{tag: "None", lower: "None", withPrev: make([][]float64, nh)}}
	return c
}

// key writes the feature's key to c.buf, its parts joined as
// classifyByKeys joins them.
func (c *nerCache) key(feature string, parts ...string) []byte {
	c.buf = append(append(c.buf[:0], feature...), '-')
	for i, p := range parts {
		if i > 0 {
			c.buf = append(c.buf, '+')
		}
		c.buf = append(c.buf, p...)
	}
	return c.buf
}

// vector returns the weights of a feature, by label.
func (c *nerCache) vector(feature string, parts ...string) []float64 {
	v := make([]float64, len(c.m.labels))
	c.m.index.add(v, nil, c.key(feature, parts...))
	if !slices.ContainsFunc(v, func(f float64) bool { return f != 0 }) {
		return noWeights
	}
	return v
}

func (c *nerCache) word(text string) *nerWord {
	if w, ok := c.words[text]; ok {
		return w
	}
	w := &nerWord{lower: strings.ToLower(text), shape: slices.Index(nerShapes, proseShape(text))}
	c.words[text] = w
	return w
}

func (c *nerCache) tag(tag string) *nerTag {
	if i, ok := c.tagOf[tag]; ok {
		return c.tags[i]
	}
	t := &nerTag{tag: tag, lower: strings.ToLower(tag), withPrev: make([][]float64, len(c.m.histories))}
	c.tagOf[tag] = len(c.tags)
	c.tags = append(c.tags, t)
	return t
}

// own is the sum of a word's own features, added in classifyByKeys's
// order.
func (c *nerCache) own(text string, w *nerWord) []float64 {
	if w.own != nil {
		return w.own
	}
	common := 0
	if c.m.words[text] {
		common = 1
	}
	if c.start[common] == nil {
		// 0 + "bias" + "en-wordlist", as classifyByKeys adds them.
		s := make([]float64, len(c.m.labels))
		c.m.index.add(s, nil, c.key("bias", "True"))
		c.m.index.add(s, nil, c.key("en-wordlist", [...]string{"False", "True"}[common]))
		c.start[common] = s
	}
	if c.shapes[w.shape] == nil {
		c.shapes[w.shape] = c.vector("shape", nerShapes[w.shape])
	}
	length, ok := c.lengths[len(text)]
	if !ok {
		length = c.vector("wordlen", strconv.Itoa(len(text)))
		c.lengths[len(text)] = length
	}
	s := slices.Clone(c.start[common])
	c.m.index.add(s, nil, c.key("prefix3", strings.ToLower(text[:min(len(text), 3)])))
	addWeights(s, c.shapes[w.shape])
	c.m.index.add(s, nil, c.key("suffix3", strings.ToLower(text[len(text)-min(len(text), 3):])))
	c.m.index.add(s, nil, c.key("word", text))
	c.m.index.add(s, nil, c.key("word.lower", w.lower))
	addWeights(s, length)
	w.own = s
	return s
}

// addWeights adds a feature's weights, by label, to scores.
func addWeights(scores, v []float64) {
	for k, f := range v {
		scores[k] += f
	}
}

// labels returns the label of each token, the same as classifyByKeys's.
func (c *nerCache) labels(toks []nerToken, skip []bool) []string {
	m := c.m
	n := len(toks)
	out := make([]string, n)
	words := make([]*nerWord, n)
	tags := make([]*nerTag, n)
	for i, t := range toks {
		if skip == nil || !skip[i] || i > 0 && !skip[i-1] || i+1 < n && !skip[i+1] {
			words[i], tags[i] = c.word(t.text), c.tag(t.tag)
		}
	}
	hist := make([]int, n)
	none := len(m.histories) - 1
	scores := make([]float64, len(m.labels))
	for i, tok := range toks {
		if skip != nil && skip[i] {
			out[i] = "O"
			hist[i] = m.historyO
			continue
		}
		w, t := words[i], tags[i]
		copy(scores, c.own(tok.text, w))
		prevword, prevTag, prevShape, h := "None", c.tags[0], 0, none
		if i > 0 {
			prevword, prevTag, h = words[i-1].lower, tags[i-1], hist[i-1]
			if i > 1 {
				prevShape = words[i-1].shape
			}
		}
		nextword, nextTag := "None", c.tags[0]
		if i+1 < n {
			nextword, nextTag = words[i+1].lower, tags[i+1]
		}
		hs := m.histories[h]
		if nextTag.nextpos == nil {
			nextTag.nextpos = c.vector("nextpos", nextTag.lower)
		}
		addWeights(scores, nextTag.nextpos)
		m.index.add(scores, nil, c.key("nextword", nextword))
		if t.pos == nil {
			t.pos = c.vector("pos", t.tag)
		}
		addWeights(scores, t.pos)
		if t.withPrev[h] == nil {
			t.withPrev[h] = c.vector("pos+prevtag", t.tag, hs)
		}
		addWeights(scores, t.withPrev[h])
		if prevTag.prevpos == nil {
			prevTag.prevpos = c.vector("prevpos", prevTag.tag)
		}
		addWeights(scores, prevTag.prevpos)
		if c.prevtag[h] == nil {
			c.prevtag[h] = c.vector("prevtag", hs)
		}
		addWeights(scores, c.prevtag[h])
		m.index.add(scores, nil, c.key("prevword", prevword))
		sh := prevShape*len(m.histories) + h
		if c.shape[sh] == nil {
			c.shape[sh] = c.vector("shape+prevtag", nerShapes[prevShape], hs)
		}
		addWeights(scores, c.shape[sh])
		m.index.add(scores, nil, c.key("word+nextpos", w.lower, nextTag.lower))
		best := 0
		for k := range scores {
			if scores[k] > scores[best] {
				best = k
			}
		}
		out[i] = m.labels[best]
		hist[i] = m.labelHistory[best]
	}
	return out
}
