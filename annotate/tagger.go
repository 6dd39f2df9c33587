package annotate

import (
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"strings"
	"sync"
)

// perceptron is prose's averaged-perceptron part-of-speech tagger, run
// from prose's own weights but indexed by feature (see weightTable): prose
// builds a map of feature strings per token and walks a map of maps, which
// made tagging most of Suggest's time. TestTaggerMatchesProse checks that
// the tags are prose's own.
type perceptron struct {
	classes     []string
	tagMap      map[string]string
	index       weights
	thousandths []int32   // the weights' palette in thousandths (see tagCache), or nil
	tagCaches   sync.Pool // of *tagCache, emptied
}

// loadPerceptron reads the tagger's weights from the binary (see
// weightTable) and prose's table of words with a fixed tag.
func loadPerceptron() (*perceptron, error) {
	t, err := parseWeightTable(taggerWeights)
	if err != nil {
		return nil, fmt.Errorf("load the tagger's weights: %w", err)
	}
	p := &perceptron{classes: t.names, index: t, thousandths: thousandthsOf(t)}
	if err := decodeAsset("model/AveragedPerceptron/tags.gob", &p.tagMap); err != nil {
		return nil, err
	}
	return p, nil
}

// These are prose's special cases for tokens it does not tag by model. The
// link and e-mail patterns are github.com/mingrammer/commonregex's, which
// prose uses.
var (
	tagNone  = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	tagKeep  = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
	tagLink  = regexp.MustCompile(`(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`)
	tagEmail = regexp.MustCompile(`(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`)
)

// emoticons are tagged SYM, as prose does.
var emoticons = setOf("(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)", "(╯°□°）╯︵┻━┻",
	"-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()", ":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X",
	":-]", ":-o", ":-p", ":-x", ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o", ":o)", "=(",
	"=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:", "^___^", "o_0", "o_O", "o_o", "v_v", "xD",
	"xDD", "¯\\(ツ)/¯")

// tag returns the part of speech of each word, as prose's tagger would.
func (p *perceptron) tag(words []string) []string {
	c := p.newTagCache()
	defer p.releaseTagCache(c)
	return p.tagWith(words, c)
}

// tagWith is tag, keeping in cache (which may be nil) the sums of the
// weights of the words it meets, for the next words and blocks of the text.
func (p *perceptron) tagWith(words []string, cache *tagCache) []string {
	out := make([]string, len(words))
	ctx := taggerContext(words)
	scores := make([]float64, len(p.classes))
	present := make([]bool, len(p.classes))
	var buf []byte
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case emoticons[w]:
			tag = "SYM"
		case (strings.Contains(w, ".") && tagLink.MatchString(w)) || (strings.Contains(w, "@") && tagEmail.MatchString(w)) || strings.HasPrefix(w, "@"):
			tag = "NN"
		case w != "" && (w[0] == '0' || w[0] == '*') && tagNone.MatchString(w):
			tag = "-NONE-"
		case strings.HasPrefix(w, "-") && tagKeep.MatchString(w):
			tag = w
		default:
			if t, ok := p.tagMap[w]; ok {
				tag = t
				break
			}
			best, sure := -1, false
			if cache != nil {
				best, sure = cache.best(ctx, i+2, w, p1, p2)
			}
			if !sure {
				buf = p.score(ctx, i+2, w, p1, p2, scores, present, buf)
				best = -1
				for k := range scores {
					if present[k] && (best < 0 || scores[k] > scores[best]) {
						best = k
					}
				}
			}
			if best >= 0 {
				tag = p.classes[best]
			}
		}
		out[i] = tag
		p2, p1 = p1, tag
	}
	return out
}

// taggerContext returns the words as the tagger reads them around each
// word: normalised, with two sentinels each side (word i at i+2).
func taggerContext(words []string) []string {
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = taggerNormalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	return ctx
}

// score adds up the weights of word w's features at position c of ctx (the
// normalised words with two sentinels each side), after the tags p1 and p2,
// into scores, one per class, marking in present the classes any feature
// named. It returns buf, the scratch space for the features' keys.
func (p *perceptron) score(ctx []string, c int, w, p1, p2 string, scores []float64, present []bool, buf []byte) []byte {
	for k := range scores {
		scores[k], present[k] = 0, false
	}
	feature := func(parts ...string) {
		buf = taggerFeature(buf, parts...)
		p.index.add(scores, present, buf)
	}
	feature("bias")
	feature("i suffix", suffix3(w))
	feature("i pref1", pref1(w))
	feature("i-1 tag", p1)
	feature("i-2 tag", p2)
	feature("i tag+i-2 tag", p1, p2)
	feature("i word", ctx[c])
	feature("i-1 tag+i word", p1, ctx[c])
	feature("i-1 word", ctx[c-1])
	feature("i-1 suffix", suffix3(ctx[c-1]))
	feature("i-2 word", ctx[c-2])
	feature("i+1 word", ctx[c+1])
	feature("i+1 suffix", suffix3(ctx[c+1]))
	feature("i+2 word", ctx[c+2])
	return buf
}

// taggerFeature writes into buf the key of the tagger's feature made of
// parts, as prose writes it: the parts joined by spaces.
func taggerFeature(buf []byte, parts ...string) []byte {
	buf = buf[:0]
	for k, s := range parts {
		if k > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, s...)
	}
	return buf
}

// suffix3 is a word's last three bytes (prose's suffix).
func suffix3(w string) string { return w[len(w)-min(len(w), 3):] }

// pref1 is a word's first byte as prose writes it: converted as a rune,
// not the word's first rune.
func pref1(w string) string {
	if w == "" {
		return ""
	}
	return string(rune(w[0]))
}

// tagCache makes tagging cheaper by what the features are features of.
// score adds fourteen features' weights for every word tagged, and most
// of its time went on finding them and adding them up; ten of the
// fourteen are features of the word or its neighbours alone, and a
// 5,000-word article has about 1,500 distinct words. The cache adds up,
// once per distinct word, the weights of its own features and of the
// features it gives its neighbours, and once per pair of tags before a
// word those of the tags; a word tagged then costs six sums already made
// and one feature looked up ("i-1 tag+i word").
//
// Sums added in another order would not be the same to the last bit, and
// two classes whose scores differ by rounding alone could swap. The
// tagger's weights are prose's rounded to three decimals, so the cache
// adds them as integers, in thousandths (perceptron.thousandths), which is
// exact in any order: where one class's sum is the largest, it is also
// the largest of score's float64 sums, which are within 1e-9 of the exact
// ones while two different sums are at least 0.001 apart. Where two
// classes tie exactly, the word is scored by score, float64 in score's
// order, as before. TestTagCacheTagsAreScoresTags checks the tags are the
// same as without the cache on every gold and unannotated text.
type tagCache struct {
	table       *weightTable
	thousandths []int32                 // the table's palette, in thousandths
	words       map[string]int32        // ownSums' index, by the word tagged, as written
	near        map[string]int32        // nearSums' index, by a neighbour's normalised word
	tags        map[[2]string]sparseSum // by the two tags before
	ownSums     []wordSums
	nearSums    []nearSums
	chunks      [][]int32 // the sums' entries, sumChunk a chunk
	used        int       // the chunk being filled
	chunk       []int32   // chunks[used]
	bias        weightRun
	pref1       [256]weightRun // "i pref1" by a word's first byte
	pref1Found  [256]bool
	dense       [64]int32
	buf         []byte
}

// sparseSum is the sum of some features' weights: the classes any of them
// names (mask), and their sums, one for each class of the mask in order.
// The entries of many sums share one chunk of memory, which is not grown
// (that would copy it) but followed by another when full.
type sparseSum struct {
	mask    uint64
	entries []int32
}

// sumChunk is how many entries a chunk holds: 16 kB, the sums of about
// 200 words.
const sumChunk = 4096

// wordSums are the sums of the features of a word tagged: bias, suffix,
// first byte and normalised word; and "i-1 tag+i word" by the tag before.
type wordSums struct {
	own      sparseSum
	afterTag []tagSum
}

type tagSum struct {
	tag string
	sum sparseSum
}

// nearSums are the sums of the features a word gives the words around
// it, by where it stands (see nearOf), each made when first needed.
type nearSums struct {
	sums [4]sparseSum
	made uint8 // bit p is set once sums[p] is made
}

// newTagCache returns an empty cache for p, or nil when the cache cannot
// be exact: p's weights are not a weightTable of weights in thousandths
// (the maps of the tests), or there are more than 64 classes. Give it
// back with releaseTagCache when the text is tagged: its memory (about a
// megabyte for 5,000 words) then serves the next text, emptied, instead
// of being allocated again, which cost more than the look-ups it saves.
func (p *perceptron) newTagCache() *tagCache {
	t, ok := p.index.(*weightTable)
	if !ok || p.thousandths == nil || len(p.classes) > 64 {
		return nil
	}
	if c, ok := p.tagCaches.Get().(*tagCache); ok {
		c.reset()
		return c
	}
	c := &tagCache{table: t, thousandths: p.thousandths, words: make(map[string]int32, 1024), near: make(map[string]int32, 1024),
		tags: make(map[[2]string]sparseSum, 256), chunks: [][]int32{make([]int32, 0, sumChunk)}}
	c.chunk = c.chunks[0]
	c.bias = c.find("bias")
	return c
}

// releaseTagCache gives c, which may be nil, back for another text.
func (p *perceptron) releaseTagCache(c *tagCache) {
	if c != nil {
		p.tagCaches.Put(c)
	}
}

// reset empties c, keeping its memory. Nothing it held is read again:
// every sum is found through the maps, which are cleared.
func (c *tagCache) reset() {
	clear(c.words)
	clear(c.near)
	clear(c.tags)
	c.ownSums, c.nearSums = c.ownSums[:0], c.nearSums[:0]
	c.used, c.chunk = 0, c.chunks[0][:0]
}

// thousandthsOf returns the palette of t, a table of weightsPalette, as
// integer thousandths, or nil when a weight is not a whole number of
// thousandths (or too large for fourteen of them to add up in an int32).
func thousandthsOf(t *weightTable) []int32 {
	if t.kind != weightsPalette {
		return nil
	}
	out := make([]int32, (t.values-t.pal)/8)
	for i := range out {
		v := math.Float64frombits(u64(t.data, t.pal+8*i))
		k := math.Round(v * 1000)
		if math.Abs(k) > 1e8 || k/1000 != v {
			return nil
		}
		out[i] = int32(k)
	}
	return out
}

// find returns where the weights of the feature made of parts lie.
func (c *tagCache) find(parts ...string) weightRun {
	c.buf = taggerFeature(c.buf, parts...)
	lo, hi := c.table.find(c.buf)
	return weightRun{int32(lo), int32(hi)}
}

// weightRun is where one feature's weights lie in a weightTable, [lo,
// hi), as find returns it.
type weightRun struct{ lo, hi int32 }

// pref1Of returns where the weights of "i pref1" lie for w, kept by w's
// first byte, which is all the feature reads, as the bias is kept: both
// are features of every word.
func (c *tagCache) pref1Of(w string) weightRun {
	if w == "" {
		return c.find("i pref1", "")
	}
	if !c.pref1Found[w[0]] {
		c.pref1[w[0]], c.pref1Found[w[0]] = c.find("i pref1", pref1(w)), true
	}
	return c.pref1[w[0]]
}

// sum adds up the weights of the features whose runs are given, in
// integers, so in any order.
func (c *tagCache) sum(runs ...weightRun) sparseSum {
	var mask uint64
	for _, r := range runs {
		for i := int(r.lo); i < int(r.hi); i++ {
			l := c.table.data[c.table.lab+i]
			c.dense[l] += c.thousandths[u16(c.table.data, c.table.values+2*i)]
			mask |= 1 << l
		}
	}
	n := bits.OnesCount64(mask)
	if cap(c.chunk)-len(c.chunk) < n { // n <= 64 < sumChunk
		c.used++
		if c.used == len(c.chunks) {
			c.chunks = append(c.chunks, make([]int32, 0, sumChunk))
		}
		c.chunk = c.chunks[c.used][:0]
	}
	start := len(c.chunk)
	for m := mask; m != 0; m &= m - 1 {
		l := bits.TrailingZeros64(m)
		c.chunk = append(c.chunk, c.dense[l])
		c.dense[l] = 0
	}
	return sparseSum{mask, c.chunk[start:len(c.chunk):len(c.chunk)]}
}

// best returns the class of the word at position i of ctx (w as written),
// after the tags p1 and p2, as score's sums would choose it, and false
// where two classes tie and score must decide.
func (c *tagCache) best(ctx []string, i int, w, p1, p2 string) (int, bool) {
	k, ok := c.words[w]
	if !ok {
		k = int32(len(c.ownSums))
		if len(c.ownSums) < cap(c.ownSums) {
			// A word of an earlier text was here: its list of tags is
			// reused, emptied.
			c.ownSums = c.ownSums[:k+1]
			c.ownSums[k].afterTag = c.ownSums[k].afterTag[:0]
		} else {
			c.ownSums = append(c.ownSums, wordSums{})
		}
		c.ownSums[k].own = c.sum(c.bias, c.find("i suffix", suffix3(w)), c.pref1Of(w), c.find("i word", ctx[i]))
		c.words[w] = k
	}
	own := &c.ownSums[k] // not moved before best returns: only nearOf appends, to nearSums
	tags, ok := c.tags[[2]string{p1, p2}]
	if !ok {
		tags = c.sum(c.find("i-1 tag", p1), c.find("i-2 tag", p2), c.find("i tag+i-2 tag", p1, p2))
		c.tags[[2]string{p1, p2}] = tags
	}
	afterTag, found := sparseSum{}, false
	for _, r := range own.afterTag {
		if r.tag == p1 {
			afterTag, found = r.sum, true
			break
		}
	}
	if !found {
		afterTag = c.sum(c.find("i-1 tag+i word", p1, ctx[i]))
		own.afterTag = append(own.afterTag, tagSum{p1, afterTag})
	}
	var total [64]int32
	var mask uint64
	for _, s := range [...]sparseSum{own.own, tags, afterTag, c.nearOf(ctx[i-1], 0), c.nearOf(ctx[i-2], 1), c.nearOf(ctx[i+1], 2), c.nearOf(ctx[i+2], 3)} {
		mask |= s.mask
		m := s.mask
		for _, e := range s.entries {
			total[bits.TrailingZeros64(m)] += e
			m &= m - 1
		}
	}
	best, tied := -1, false
	for m := mask; m != 0; m &= m - 1 {
		l := bits.TrailingZeros64(m)
		switch {
		case best < 0 || total[l] > total[best]:
			best, tied = l, false
		case total[l] == total[best]:
			tied = true
		}
	}
	return best, best >= 0 && !tied
}

// nearOf returns the sum of the features the normalised word w gives the
// word tagged, by where w stands: 0 just before it ("i-1 word", "i-1
// suffix"), 1 two before, 2 just after ("i+1 word", "i+1 suffix"), 3 two
// after.
func (c *tagCache) nearOf(w string, place int) sparseSum {
	k, ok := c.near[w]
	if !ok {
		k = int32(len(c.nearSums))
		c.nearSums = append(c.nearSums, nearSums{})
		c.near[w] = k
	}
	n := &c.nearSums[k]
	if n.made&(1<<place) == 0 {
		n.made |= 1 << place
		switch place {
		case 0:
			n.sums[0] = c.sum(c.find("i-1 word", w), c.find("i-1 suffix", suffix3(w)))
		case 1:
			n.sums[1] = c.sum(c.find("i-2 word", w))
		case 2:
			n.sums[2] = c.sum(c.find("i+1 word", w), c.find("i+1 suffix", suffix3(w)))
		default:
			n.sums[3] = c.sum(c.find("i+2 word", w))
		}
	}
	return n.sums[place]
}

// taggerNormalize is prose's normalisation of context words.
func taggerNormalize(word string) string {
	if word == "" {
		return word
	}
	first := word[:1]
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	}
	if len(word) == 4 && isInteger(word) {
		return "!YEAR"
	}
	if first[0] >= '0' && first[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isInteger reports whether strconv.Atoi would accept s (short strings
// only: no overflow check).
func isInteger(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
