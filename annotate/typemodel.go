package annotate

import (
	_ "embed"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A suggestion's score comes from a statistical classifier trained on the
// tune part of the gold set (issue 16, ninth round): a multinomial logistic
// regression over features of a candidate name that describe classes of
// evidence, not strings (the rule that typed it, the recogniser's label,
// gazetteer hits, the cue classes and shapes of the words around it,
// ordinary English words in it, the types the same text has elsewhere in
// the clipping; since issue 16's fifteenth round also the class the span
// classifier of spanmodel.go gives it, learned from openly licensed
// corpora). Its probability of the candidate's own type is the
// suggestion's Score: out of fold it ranks suggestions better than the
// precision of the rule that typed them (docs/entities.md, ninth round).
// It changes no suggestion's span or type; used to drop, retype or add
// names it bought nothing out of fold (typemodel_test.go keeps that
// experiment).

//go:embed data/types.weights
var typeWeightsData string

// typeClassifier returns the embedded classifier, parsed on first use, or
// nil if it cannot be read (then scores come from the rules).
var typeClassifier = sync.OnceValue(func() *typeModel {
	m, err := parseTypeModel(typeWeightsData)
	if err != nil {
		slog.Error("annotate: the type classifier's weights cannot be read", "err", err)
		return nil
	}
	return m
})

// candidateScores returns the score of each candidate: the classifier's
// probability of its type, or, without a classifier, its rule's
// measured precision.
func candidateScores(runes []rune, toks []token, labels []string, cands []candidate) []float64 {
	out := make([]float64, len(cands))
	m := typeClassifier()
	if m == nil {
		for i, c := range cands {
			out[i] = confidence(c.rule)
		}
		return out
	}
	for i, fs := range candidateFeatures(runes, toks, labels, cands) {
		out[i] = m.score(fs, cands[i].typ)
	}
	return out
}

// score is the classifier's probability that a candidate with features fs
// is a name of type typ.
func (m *typeModel) score(fs []string, typ EntityType) float64 {
	p := m.probabilities(fs)
	for k, c := range m.Classes {
		if c == typ {
			return p[k]
		}
	}
	return 0
}

// The weights file (data/types.weights, written by go test -run
// TestTypeModelFile ./annotate/ -update) is text: comment lines starting
// with "#", a line "classes" and the class names, then a line per feature: its name, a tab, and one weight
// per class.

// parseTypeModel reads a weights file.
func parseTypeModel(data string) (*typeModel, error) {
	m := &typeModel{Weights: map[string][]float64{}}
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, rest, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: no tab", n+1)
		}
		fields := strings.Fields(rest)
		switch {
		case name == "classes" && m.Classes == nil:
			for _, f := range fields {
				m.Classes = append(m.Classes, EntityType(f))
			}
		default:
			if len(fields) != len(m.Classes) {
				return nil, fmt.Errorf("line %d: %d weights for %d classes", n+1, len(fields), len(m.Classes))
			}
			w := make([]float64, len(fields))
			for k, f := range fields {
				v, err := strconv.ParseFloat(f, 64)
				if err != nil {
					return nil, fmt.Errorf("line %d: %w", n+1, err)
				}
				w[k] = v
			}
			m.Weights[name] = w
		}
	}
	if len(m.Classes) == 0 {
		return nil, fmt.Errorf("no classes")
	}
	return m, nil
}

// noEntity is the classifier's class for a candidate that is no name of
// any type, or not the name's whole span.
const noEntity EntityType = "-"

// typeModel is a trained classifier: a weight per feature and class.
type typeModel struct {
	Classes []EntityType
	Weights map[string][]float64
}

// identityFeatures adds the lower-cased words around a name, and its last
// word, as features of their own. The embedded classifier goes without
// them: with them, cross-validation gains only where the two halves of the
// tune part share names (docs/entities.md, ninth round), which is
// memorising, not generalising. The experiment of typemodel_test.go
// turns them on.
var identityFeatures = false

// spanClassFeatures adds what the span classifier (spanmodel.go) says of
// a candidate: its class, its best type beside the rules', and whether
// they agree, by its margin.
var spanClassFeatures = true

// candidateFeatures describes each candidate of a text as a list of
// feature strings.
func candidateFeatures(runes []rune, toks []token, labels []string, cands []candidate) [][]string {
	// A candidate's first and last tokens, found by halving (toks are in
	// text order).
	tokAt := func(start int) (int, bool) {
		i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
		return i, i < len(toks) && toks[i].start == start
	}
	tokEnd := func(end int) (int, bool) {
		i := sort.Search(len(toks), func(i int) bool { return toks[i].end >= end })
		return i, i < len(toks) && toks[i].end == end
	}
	// The types each text has among the candidates, and the types of the
	// longer candidates a single word is part of ("Wild" in "Minnesota
	// Wild"), for document-level consistency.
	typesOf := map[string]map[EntityType]int{}
	partOf := map[string]map[EntityType]int{}
	for _, c := range cands {
		if c.typ == "" {
			continue
		}
		s := string(runes[c.start:c.end])
		if typesOf[s] == nil {
			typesOf[s] = map[EntityType]int{}
		}
		typesOf[s][c.typ]++
		if c.words > 1 {
			for _, w := range strings.Fields(s) {
				if partOf[w] == nil {
					partOf[w] = map[EntityType]int{}
				}
				partOf[w][c.typ]++
			}
		}
	}
	out := make([][]string, len(cands))
	var seqs []seqSpan
	if seqFeatureSpans != nil {
		seqs = seqFeatureSpans(runes, toks)
	}
	var spans *spanModel
	var words []string
	if spanClassFeatures {
		spans = spanClassifier()
		words = tokenWords(toks)
	}
	for ci, c := range cands {
		a, okA := tokAt(c.start)
		b, okB := tokEnd(c.end)
		text := string(runes[c.start:c.end])
		typ := string(c.typ)
		if typ == "" {
			typ = "none"
		}
		fs := []string{"bias", "rule=" + c.rule, "type=" + typ, "rule+type=" + c.rule + "+" + typ}
		if c.firm {
			fs = append(fs, "firm", "firm+type="+typ)
		}
		if c.afterThe {
			fs = append(fs, "after-the")
		}
		if c.modifier {
			fs = append(fs, "modifier")
		}
		fs = append(fs, "words="+itoaCap(c.words, 4), "words+type="+itoaCap(c.words, 3)+"+"+typ)
		var hits spanHits // what the lists say, for the span classifier
		for _, g := range spanLists {
			if g.has(text) {
				fs = append(fs, "gaz-"+g.name, "gaz-"+g.name+"+type="+typ)
				hits.lists = append(hits.lists, g.name)
			}
		}
		if isAllCaps(text) {
			fs = append(fs, "all-caps")
		}
		if others := typesOf[text]; len(others) > 1 {
			fs = append(fs, "doc-types-differ")
		}
		// The types in sorted order, so that a candidate's features (and
		// the float sum of its score) are the same from run to run.
		for _, t := range sortedTypes(typesOf[text]) {
			if t != c.typ {
				fs = append(fs, "doc-also="+string(t))
			}
		}
		if c.words == 1 {
			for _, t := range sortedTypes(partOf[text]) {
				fs = append(fs, "doc-part-of="+string(t), "doc-part-of="+string(t)+"+type="+typ)
			}
		}
		if okA && okB && a <= b {
			first, last := toks[a], toks[b]
			fs = append(fs, "label-first="+bareLabel(labels[a]), "label-last="+bareLabel(labels[b]),
				"label-first+type="+bareLabel(labels[a])+"+"+typ)
			if first.sentStart {
				fs = append(fs, "sentence-start", "sentence-start+words="+itoaCap(c.words, 2), "sentence-start+type="+typ)
			}
			if capitalsLine(toks, a) {
				fs = append(fs, "capitals-line")
			}
			if firstNames.has(first.text) {
				fs = append(fs, "first-name", "first-name+type="+typ)
				hits.firstName = true
			}
			english := 0
			for k := a; k <= b; k++ {
				if toks[k].word && isEnglishWord(toks[k].text) {
					english++
					hits.englishFirst = hits.englishFirst || k == a
					hits.englishLast = hits.englishLast || k == b
				}
			}
			switch {
			case english == 0:
				fs = append(fs, "english=none")
			case english == c.words:
				fs = append(fs, "english=all", "english=all+type="+typ)
			default:
				fs = append(fs, "english=some")
			}
			fs = append(fs, "shape-first="+wordShape(first.text), "shape-last="+wordShape(last.text))
			if identityFeatures {
				fs = append(fs, "last-word="+strings.ToLower(last.text))
			}
			hits.firstClasses = wordClasses("first", first.text)
			hits.lastClasses = wordClasses("last", last.text)
			fs = append(fs, hits.firstClasses...)
			fs = append(fs, hits.lastClasses...)
			if spans != nil {
				fs = append(fs, spanClassFeaturesOf(spans.scores(candidateSpan(toks, words, a, b+1), hits), c.typ)...)
			}
			if seqFeatureSpans != nil {
				fs = append(fs, seqClassFeaturesOf(seqs, a, b+1, c.typ)...)
			}
			if a > 0 {
				prev := toks[a-1].text
				fs = append(fs, contextClasses("prev", prev)...)
				if identityFeatures {
					fs = append(fs, "prev-word="+strings.ToLower(prev), "prev-word+type="+strings.ToLower(prev)+"+"+typ)
				}
				if identityFeatures && a > 1 {
					fs = append(fs, "prev2-word="+strings.ToLower(toks[a-2].text))
				}
			} else {
				fs = append(fs, "prev=START")
			}
			if b+1 < len(toks) {
				next := toks[b+1].text
				fs = append(fs, contextClasses("next", next)...)
				if identityFeatures {
					fs = append(fs, "next-word="+strings.ToLower(next), "next-word+type="+strings.ToLower(next)+"+"+typ)
				}
				if b+2 < len(toks) {
					if identityFeatures {
						fs = append(fs, "next2-word="+strings.ToLower(toks[b+2].text))
					}
					if isApostrophe(next) {
						fs = append(fs, "next=possessive")
					}
				}
			} else {
				fs = append(fs, "next=END")
			}
		}
		out[ci] = fs
	}
	return out
}

// capitalsLine reports whether the token at i stands in a line written in
// capitals (a headline or a subhead).
func capitalsLine(toks []token, i int) bool {
	words, caps := 0, 0
	for _, k := range []int{i - 2, i - 1, i, i + 1, i + 2} {
		if k < 0 || k >= len(toks) || !toks[k].word {
			continue
		}
		words++
		if toks[k].allCaps {
			caps++
		}
	}
	return words >= 2 && caps == words
}

// sortedTypes returns the types of m in sorted order.
func sortedTypes(m map[EntityType]int) []EntityType {
	return slices.Sorted(maps.Keys(m))
}

// wordShape is a word's form: X for a capital, x for lower-case letters, 9
// for digits, each run written once ("Xx", "XX", "Xx-Xx", "x9x").
func wordShape(w string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range w {
		s := r
		switch {
		case unicode.IsUpper(r):
			s = 'X'
		case unicode.IsLower(r):
			s = 'x'
		case unicode.IsDigit(r):
			s = '9'
		}
		if s != last || s == 'X' && b.Len() < 2 {
			b.WriteRune(s)
		}
		last = s
		if b.Len() >= 6 {
			break
		}
	}
	return b.String()
}

// bareLabel is a recogniser label without its B-/I- prefix.
func bareLabel(l string) string {
	if i := strings.IndexByte(l, '-'); i == 1 {
		return l[2:]
	}
	if l == "" {
		return "O"
	}
	return l
}

func itoaCap(n, most int) string {
	if n > most {
		n = most
	}
	return string(rune('0' + n))
}

// wordClasses are the classes of Margin's word lists a name's first or last
// word belongs to.
func wordClasses(pos, w string) []string {
	var out []string
	for _, l := range []struct {
		name string
		set  map[string]bool
	}{
		{"org-last", orgLastWords}, {"org-first", orgFirstWords}, {"place-last", placeLastWords},
		{"event-last", eventLastWords}, {"geo", geoWords}, {"venue", venueWords}, {"publication", publicationWords},
		{"place-name", placeNameWords}, {"title", titles}, {"noble", nobleTitles}, {"single-org", singleOrgWords},
		{"not-name", notNames}, {"stopword", stopwords},
	} {
		if l.set[w] {
			out = append(out, pos+"-"+l.name)
		}
	}
	if demonyms.has(w) {
		out = append(out, pos+"-demonym")
	}
	if isBasicWord(w) {
		out = append(out, pos+"-basic-word")
	}
	return out
}

// contextClasses are the classes of the word before or after a name: the
// word itself when it is a function word ("of", "in", "the"), or the cue
// lists it belongs to.
func contextClasses(pos, w string) []string {
	lw := strings.ToLower(w)
	var out []string
	for _, l := range []struct {
		name string
		set  map[string]bool
	}{
		{"org-cue", orgCueNouns}, {"place-cue", placeCueNouns}, {"job", jobNouns}, {"role", roleNouns},
		{"group-cue", groupCueNouns}, {"org-after", orgAfterNouns}, {"title", titles}, {"win", winVerbs},
	} {
		if l.set[lw] || l.set[w] {
			out = append(out, pos+"-"+l.name)
		}
	}
	if len(out) == 0 {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			out = append(out, pos+"=Capitalised")
		} else {
			out = append(out, pos+"=other")
		}
	}
	return out
}

// probabilities is the classifier's probability of each class.
func (m *typeModel) probabilities(features []string) []float64 {
	p := make([]float64, len(m.Classes))
	for _, f := range features {
		for k, w := range m.Weights[f] {
			p[k] += w
		}
	}
	softmax(p)
	return p
}

// softmax turns the sums of weights p, one per class, into probabilities
// in place.
func softmax(p []float64) {
	most := math.Inf(-1)
	for _, v := range p {
		most = math.Max(most, v)
	}
	sum := 0.0
	for k := range p {
		p[k] = math.Exp(p[k] - most)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
}
