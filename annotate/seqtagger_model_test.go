package annotate

import (
	"strings"
	"unicode/utf8"
)

// The sequence tagger (issue 16's eighteenth round, branch ner23s) finds
// names token by token, apart from the rules: an averaged perceptron that
// gives each token a BIO tag over the six built-in types ("B-person",
// "I-person", ..., "O"), left to right, reading the two tags it gave
// before. It learns from the gold mentions of the pages the learned steps
// are trained on (trainingTune), by go test -run TestSeqTaggerFile
// ./annotate/ -update (seqtagger_train_test.go), which writes its weights
// to data/seqtagger.weights in the span classifier's layout ("MSQ1"). Its
// features are the word's own (lower case, shape, affixes, sentence start, what opens
// before it), the words, shapes and part-of-speech tags around it
// (prose's tagger, as recognise gives them), and what Margin's lists say
// of it (given names, towns and places, the organisation lexicon, English
// words, titles, the word classes of the rules); never what a rule made
// of it.
//
// Suggest does not run it. Measured out of fold (seqtagger_study_test.go,
// docs/entities.md, eighteenth round), neither of its uses carried: its
// names where Suggest suggests nothing were right about one time in ten,
// and its type as evidence for the type classifier lowered the check
// halves' F1 once the suggestions scoring under 0.3 are left out. It
// and its weights are in the tests only (seqtagger_train_test.go embeds
// them), so that the binary does not carry them; wiring it means moving
// this file and that embed out of the tests. Tagging 5,000 words takes about 17 ms on one core
// (BenchmarkSeqTagger5000Words), too much to add to Suggest as it is.

// seqTypes are the types the tagger tags, in the order of its tags: tag
// 0 is "O", tag 1+2k is "B-" of seqTypes[k] and tag 2+2k its "I-".
var seqTypes = []EntityType{Person, Place, Organization, Other, Work, Event}

// seqTagCount is the number of the tagger's tags.
var seqTagCount = 1 + 2*len(seqTypes)

// seqTagName returns the name of tag t ("O", "B-person", "I-place").
func seqTagName(t int) string {
	if t == 0 {
		return "O"
	}
	if t%2 == 1 {
		return "B-" + string(seqTypes[(t-1)/2])
	}
	return "I-" + string(seqTypes[(t-1)/2])
}

// seqWord is what the tagger reads of a token once, before tagging.
type seqWord struct {
	lower, shape string
}

// seqWords returns each token's lower case and shape.
func seqWords(toks []token) []seqWord {
	out := make([]seqWord, len(toks))
	for i, t := range toks {
		out[i] = seqWord{strings.ToLower(t.text), wordShape(t.text)}
	}
	return out
}

// seqListMarks returns, for each token, the names of Margin's lists that
// hold a run of capitalised tokens it begins ("B-") or continues ("I-"):
// the longest such run of up to four tokens for each list, so that "New
// York" is marked as a place although neither word is one.
func seqListMarks(runes []rune, toks []token) [][]string {
	marks := make([][]string, len(toks))
	lists := []struct {
		name string
		has  func(string) bool
	}{{"place", places.has}, {"town", towns.has}, {"org", orgs.has}, {"state", states.has}}
	for i, t := range toks {
		if !t.word || !t.upper {
			continue
		}
		for _, l := range lists {
			for n := min(4, len(toks)-i); n >= 1; n-- {
				last := toks[i+n-1]
				if !last.word || (n > 1 && !last.upper && !seqJoinWords[last.text]) {
					continue
				}
				if l.has(string(runes[t.start:last.end])) {
					marks[i] = append(marks[i], "B-"+l.name)
					for k := i + 1; k < i+n; k++ {
						marks[k] = append(marks[k], "I-"+l.name)
					}
					break
				}
			}
		}
	}
	return marks
}

// seqJoinWords are the lower-case words a listed name may hold ("Bank of
// America", "Trinidad and Tobago").
var seqJoinWords = setOf("of", "and", "the", "de", "for", "on")

// seqOpeners are the tokens after which a name is often quoted or
// introduced: quotes, brackets, a colon, a dash.
var seqOpeners = setOf(`"`, "“", "‘", "'", "(", "[", ":", "—", "–", "-")

// seqHasher fingerprints features as fingerprint2 does, its parts read as
// one string with a separator between them, without building it.
type seqHasher uint64

func seqHash(prefix string) seqHasher {
	h := uint64(14695981039346656037)
	for i := 0; i < len(prefix); i++ {
		h ^= uint64(prefix[i])
		h *= 1099511628211
	}
	return seqHasher(h)
}

func (h seqHasher) with(v string) seqHasher {
	x := uint64(h)
	for i := 0; i < len(v); i++ {
		x ^= uint64(v[i])
		x *= 1099511628211
	}
	return seqHasher(x)
}

func (h seqHasher) and(v string) seqHasher { return h.with("|").with(v) }

// seqTokenFeatures calls emit with the fingerprint of each feature of
// token i that does not depend on the tags before it.
func seqTokenFeatures(toks []token, words []seqWord, tags []string, marks [][]string, i int, emit func(uint64)) {
	f := func(prefix, v string) { emit(uint64(seqHash(prefix).with(v))) }
	t, w := toks[i], words[i]
	word := func(k int) string {
		switch {
		case k < 0:
			return "<S>"
		case k >= len(toks):
			return "</S>"
		}
		return words[k].lower
	}
	shape := func(k int) string {
		switch {
		case k < 0:
			return "<S>"
		case k >= len(toks):
			return "</S>"
		}
		return words[k].shape
	}
	tag := func(k int) string {
		if k < 0 || k >= len(tags) {
			return "-"
		}
		return tags[k]
	}
	f("b", "")
	f("w=", w.lower)
	f("s=", w.shape)
	f("p3=", firstRunes(w.lower, 3))
	f("x3=", lastRunes(w.lower, 3))
	f("x2=", lastRunes(w.lower, 2))
	if utf8.RuneCountInString(w.lower) <= 3 {
		f("short+s=", w.shape)
	}
	if t.sentStart {
		f("ss+s=", w.shape)
		f("ss+w=", w.lower)
	}
	f("w-1=", word(i-1))
	f("w-2=", word(i-2))
	f("w+1=", word(i+1))
	f("w+2=", word(i+2))
	f("s-1=", shape(i-1))
	f("s-2=", shape(i-2))
	f("s+1=", shape(i+1))
	f("s+2=", shape(i+2))
	emit(uint64(seqHash("w-1+s=").with(word(i - 1)).and(w.shape)))
	emit(uint64(seqHash("s+w+1=").with(w.shape).and(word(i + 1))))
	emit(uint64(seqHash("s-1+s+s+1=").with(shape(i - 1)).and(w.shape).and(shape(i + 1))))
	f("pos=", tag(i))
	f("pos-1=", tag(i-1))
	f("pos+1=", tag(i+1))
	emit(uint64(seqHash("pos-1+pos=").with(tag(i - 1)).and(tag(i))))
	emit(uint64(seqHash("pos+pos+1=").with(tag(i)).and(tag(i + 1))))
	if i > 0 && seqOpeners[toks[i-1].text] {
		f("open+s=", w.shape)
	}
	if t.word && t.upper {
		if firstNames.has(t.text) {
			f("g=", "first-name")
		}
		if i > 0 && toks[i-1].upper && firstNames.has(toks[i-1].text) {
			f("g=", "after-first-name")
		}
		if isEnglishWord(t.text) {
			f("g=", "english")
		}
		if demonyms.has(t.text) {
			f("g=", "demonym")
		}
		for _, c := range wordClasses("w", t.text) {
			if !strings.HasSuffix(c, "-basic-word") {
				f("c=", c)
			}
		}
	}
	if i > 0 {
		for _, c := range contextClasses("p", toks[i-1].text) {
			f("c=", c)
		}
	}
	if i+1 < len(toks) {
		for _, c := range contextClasses("n", toks[i+1].text) {
			f("c=", c)
		}
	}
	for _, m := range marks[i] {
		f("l=", m)
		f("l+s=", m+"|"+w.shape)
	}
}

// seqHistoryFeatures calls emit with the features of the two tags before
// a token, alone and with the token's word and shape.
func seqHistoryFeatures(prev2, prev int, w seqWord, emit func(uint64)) {
	p := seqTagName(prev)
	emit(uint64(seqHash("t-1=").with(p)))
	emit(uint64(seqHash("t-2+t-1=").with(seqTagName(prev2)).and(p)))
	emit(uint64(seqHash("t-1+s=").with(p).and(w.shape)))
	emit(uint64(seqHash("t-1+w=").with(p).and(w.lower)))
}

// seqAllowed reports whether tag t may follow tag prev: an "I-" tag only
// continues a name of its type.
func seqAllowed(prev, t int) bool {
	if t == 0 || t%2 == 1 {
		return true
	}
	return prev == t || prev == t-1
}

// seqDecode tags toks left to right with the weights score adds, and
// returns the names found. tags are prose's part-of-speech tags.
func seqDecode(score func(f uint64, sc []float32), runes []rune, toks []token, tags []string) []seqSpan {
	words := seqWords(toks)
	marks := seqListMarks(runes, toks)
	static := make([]float32, seqTagCount)
	sc := make([]float32, seqTagCount)
	addStatic := func(f uint64) { score(f, static) }
	addHistory := func(f uint64) { score(f, sc) }
	var out []seqSpan
	open := -1
	var openMargin float32
	prev2, prev := 0, 0
	closeAt := func(i int) {
		if open >= 0 {
			out = append(out, seqSpan{open, i, seqTypes[(prev-1)/2], openMargin})
			open = -1
		}
	}
	for i := range toks {
		clear(static)
		seqTokenFeatures(toks, words, tags, marks, i, addStatic)
		copy(sc, static)
		seqHistoryFeatures(prev2, prev, words[i], addHistory)
		best, second := -1, -1
		for t := range sc {
			if !seqAllowed(prev, t) {
				continue
			}
			if best < 0 || sc[t] > sc[best] {
				best, second = t, best
			} else if second < 0 || sc[t] > sc[second] {
				second = t
			}
		}
		margin := sc[best] - sc[second]
		switch {
		case best == 0:
			closeAt(i)
		case best%2 == 1:
			closeAt(i)
			open, openMargin = i, margin
		default:
			openMargin = min(openMargin, margin)
		}
		prev2, prev = prev, best
	}
	closeAt(len(toks))
	return out
}
