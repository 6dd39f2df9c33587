package annotate

import (
	"math"
	"sort"
	"strings"
	"testing"
)

// This file holds an experiment that did not earn its place in Suggest: a
// re-typing step, a small multinomial logistic classifier over features of
// a candidate name that describe classes, not strings (the rule that typed
// it, the recogniser's label, gazetteer hits, the class of cue words
// around it, its shape, the types the same text has elsewhere in the
// clipping). For a candidate it says which type it is, or that it is no
// name at all, with a probability; the candidate is retyped or dropped
// only when the classifier is sure. Trained on the tune part only and
// scored by leave-one-article-out (BenchmarkRetypeCrossValidated), it buys
// nothing over the rules (docs/entities.md), so Suggest runs without it;
// the benchmark keeps the measurement repeatable for the next attempt.

// noEntity is the classifier's class for a candidate that is no name of
// any type, or not the name's whole span.
const noEntity EntityType = "-"

// retypeModel is a trained classifier: a weight per feature and class.
type retypeModel struct {
	Classes []EntityType         `json:"classes"`
	Weights map[string][]float64 `json:"weights"`
	// Drop and Retype are the probabilities from which a candidate is
	// dropped (classed noEntity) or given another type.
	Drop   float64 `json:"drop"`
	Retype float64 `json:"retype"`
	// Only, when set, limits the step to the candidates of this rule.
	Only string `json:"only"`
}

// retypeExample is a candidate's features and its gold class.
type retypeExample struct {
	features []string
	class    EntityType
	rule     string
}

// candidateFeatures describes each candidate of a text as a list of
// feature strings.
func candidateFeatures(runes []rune, toks []token, labels []string, cands []candidate) [][]string {
	// The token at each rune offset, to find a candidate's tokens.
	tokAt := make(map[int]int, len(toks))
	tokEnd := make(map[int]int, len(toks))
	for i, t := range toks {
		tokAt[t.start] = i
		tokEnd[t.end] = i
	}
	// The types each text has among the candidates, and the types of the
	// longer candidates a single word is part of ("Wild" in "Minnesota
	// Wild"), for document-level consistency.
	typesOf := map[string]map[EntityType]int{}
	partOf := map[string]map[EntityType]int{}
	for _, c := range cands {
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
	for ci, c := range cands {
		a, okA := tokAt[c.start]
		b, okB := tokEnd[c.end]
		text := string(runes[c.start:c.end])
		fs := []string{"bias", "rule=" + c.rule, "type=" + string(c.typ), "rule+type=" + c.rule + "+" + string(c.typ)}
		if c.firm {
			fs = append(fs, "firm")
		}
		if c.surnameOnly {
			fs = append(fs, "surname-only")
		}
		if c.afterThe {
			fs = append(fs, "after-the")
		}
		if c.modifier {
			fs = append(fs, "modifier")
		}
		fs = append(fs, "words="+itoaCap(c.words, 4))
		if places.has(text) {
			fs = append(fs, "gaz-place")
		}
		if towns.has(text) {
			fs = append(fs, "gaz-town")
		}
		if orgs.has(text) {
			fs = append(fs, "gaz-org")
		}
		if states.has(text) {
			fs = append(fs, "gaz-state")
		}
		if demonyms.has(text) {
			fs = append(fs, "gaz-demonym")
		}
		if isAllCaps(text) {
			fs = append(fs, "all-caps")
		}
		if n := len(typesOf[text]); n > 1 {
			fs = append(fs, "doc-types-differ")
		}
		if c.words == 1 {
			for t, n := range partOf[text] {
				if n > 0 {
					fs = append(fs, "doc-part-of="+string(t), "doc-part-of="+string(t)+"+type="+string(c.typ))
				}
			}
		}
		if okA && okB && a <= b {
			first, last := toks[a], toks[b]
			fs = append(fs, "label-first="+bareLabel(labels[a]), "label-last="+bareLabel(labels[b]),
				"label-first+type="+bareLabel(labels[a])+"+"+string(c.typ))
			if first.sentStart {
				fs = append(fs, "sentence-start", "sentence-start+words="+itoaCap(c.words, 2))
			}
			if firstNames.has(first.text) {
				fs = append(fs, "first-name")
			}
			fs = append(fs, wordClasses("first", first.text)...)
			fs = append(fs, wordClasses("last", last.text)...)
			if a > 0 {
				fs = append(fs, contextClasses("prev", toks[a-1].text)...)
			} else {
				fs = append(fs, "prev=START")
			}
			if b+1 < len(toks) {
				fs = append(fs, contextClasses("next", toks[b+1].text)...)
				if b+2 < len(toks) && isApostrophe(toks[b+1].text) {
					fs = append(fs, "next=possessive")
				}
			} else {
				fs = append(fs, "next=END")
			}
		}
		out[ci] = fs
	}
	return out
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
	if stopwords[titleCase(lw)] || lw == "said" || lw == "says" || len(w) == 1 && !isLetter(w) {
		out = append(out, pos+"="+lw)
	}
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
		if w != "" && strings.ToUpper(w[:1]) == w[:1] && isLetter(w[:1]) {
			out = append(out, pos+"=Capitalised")
		} else {
			out = append(out, pos+"=other")
		}
	}
	return out
}

func isLetter(s string) bool {
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 127) {
			return false
		}
	}
	return s != ""
}

// trainRetype fits the classifier to examples by stochastic gradient
// descent on the log loss with L2 regularisation. The order of examples is
// fixed, so training is deterministic.
func trainRetype(examples []retypeExample, epochs int, rate, l2 float64) *retypeModel {
	classSet := map[EntityType]bool{noEntity: true}
	for _, e := range examples {
		classSet[e.class] = true
	}
	m := &retypeModel{Weights: map[string][]float64{}}
	for c := range classSet {
		m.Classes = append(m.Classes, c)
	}
	sort.Slice(m.Classes, func(i, j int) bool { return m.Classes[i] < m.Classes[j] })
	index := map[EntityType]int{}
	for i, c := range m.Classes {
		index[c] = i
	}
	for _, e := range examples {
		for _, f := range e.features {
			if m.Weights[f] == nil {
				m.Weights[f] = make([]float64, len(m.Classes))
			}
		}
	}
	for epoch := 0; epoch < epochs; epoch++ {
		step := rate / (1 + float64(epoch)/4)
		for _, e := range examples {
			p := m.probabilities(e.features)
			want := index[e.class]
			for _, f := range e.features {
				w := m.Weights[f]
				for k := range w {
					g := p[k]
					if k == want {
						g--
					}
					w[k] -= step * (g + l2*w[k])
				}
			}
		}
	}
	return m
}

// probabilities is the classifier's probability of each class.
func (m *retypeModel) probabilities(features []string) []float64 {
	p := make([]float64, len(m.Classes))
	for _, f := range features {
		for k, w := range m.Weights[f] {
			p[k] += w
		}
	}
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
	return p
}

// apply retypes or drops the candidates the classifier is sure about.
func (m *retypeModel) apply(runes []rune, toks []token, labels []string, cands []candidate) []candidate {
	if m == nil || len(cands) == 0 {
		return cands
	}
	feats := candidateFeatures(runes, toks, labels, cands)
	out := cands[:0:0]
	for i, c := range cands {
		if m.Only != "" && c.rule != m.Only {
			out = append(out, c)
			continue
		}
		p := m.probabilities(feats[i])
		best := 0
		for k := range p {
			if p[k] > p[best] {
				best = k
			}
		}
		switch cls := m.Classes[best]; {
		case cls == c.typ:
		case cls == noEntity:
			if p[best] >= m.Drop {
				continue
			}
		case p[best] >= m.Retype:
			c.typ = cls
			c.rule = ruleRetyped
		}
		out = append(out, c)
	}
	return out
}

// ruleRetyped names the re-typing step as the rule that typed a name, for
// its confidence.
const ruleRetyped = "retyped"

// retypeExamples are the candidates findNames proposes on docs, each with
// its features and its gold class (the gold type of exactly its span, or
// noEntity).
func retypeExamples(docs []goldDoc) [][]retypeExample {
	out := make([][]retypeExample, len(docs))
	for di, d := range docs {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		cands := findNames(runes, toks, labels, tags)
		gold := map[[2]int]EntityType{}
		for _, e := range d.Entities {
			gold[[2]int{e.Start, e.End}] = e.Type
		}
		for i, fs := range candidateFeatures(runes, toks, labels, cands) {
			cls, ok := gold[[2]int{cands[i].start, cands[i].end}]
			if !ok {
				cls = noEntity
			}
			out[di] = append(out[di], retypeExample{features: fs, class: cls, rule: cands[i].rule})
		}
	}
	return out
}

// retypeSettings are the classifier's training settings and thresholds.
type retypeSettings struct {
	epochs       int
	rate, l2     float64
	drop, retype float64
	only         string // train on and retype only this rule's candidates
}

var defaultRetype = retypeSettings{epochs: 30, rate: 0.1, l2: 0.001, drop: 0.8, retype: 0.8}

// crossValidate scores the tune docs by leave-one-article-out: each
// article with the classifier trained on the others.
func crossValidate(docs []goldDoc, examples [][]retypeExample, s retypeSettings) (map[EntityType]counts, counts) {
	defer func(old func([]rune, []token, []string, []candidate) []candidate) { retypeCandidates = old }(retypeCandidates)
	byType := map[EntityType]counts{}
	var overall counts
	for held := range docs {
		var train []retypeExample
		for di, ex := range examples {
			if di == held {
				continue
			}
			for _, e := range ex {
				if s.only == "" || e.rule == s.only {
					train = append(train, e)
				}
			}
		}
		m := trainRetype(train, s.epochs, s.rate, s.l2)
		m.Drop, m.Retype, m.Only = s.drop, s.retype, s.only
		retypeCandidates = m.apply
		bt, o, _ := goldScore(docs[held : held+1])
		for t, c := range bt {
			x := byType[t]
			x.tp, x.fp, x.fn = x.tp+c.tp, x.fp+c.fp, x.fn+c.fn
			byType[t] = x
		}
		overall.tp, overall.fp, overall.fn = overall.tp+o.tp, overall.fp+o.fp, overall.fn+o.fn
	}
	return byType, overall
}

// BenchmarkRetypeCrossValidated measures the re-typing step's leave-one-
// article-out figure on the tune part next to the rules alone: the honest
// estimate of what it would buy on unseen text. It is a measurement, not a
// check (Suggest runs without the step), so it is a benchmark: make bench
// prints retype_cv_f1_rules and retype_cv_f1_best, and -v logs each setting.
func BenchmarkRetypeCrossValidated(b *testing.B) {
	docs := loadGold(b, tunePart)
	examples := retypeExamples(docs)
	defer func(old func([]rune, []token, []string, []candidate) []candidate) { retypeCandidates = old }(retypeCandidates)
	var base, best counts
	for i := 0; i < b.N; i++ {
		retypeCandidates = nil
		var bt map[EntityType]counts
		bt, base, _ = goldScore(docs)
		b.Logf("rules alone:        F1 %.3f (P %.3f R %.3f) person %.3f place %.3f org %.3f", base.f1(), base.precision(), base.recall(), bt[Person].f1(), bt[Place].f1(), bt[Organization].f1())
		best = counts{}
		for _, s := range []retypeSettings{
			defaultRetype,
			{epochs: 30, rate: 0.1, l2: 0.001, drop: 0.9, retype: 0.9},
			{epochs: 30, rate: 0.1, l2: 0.001, drop: 0.7, retype: 0.7},
			{epochs: 30, rate: 0.1, l2: 0.001, drop: 1.1, retype: 0.8},
			{epochs: 30, rate: 0.1, l2: 0.001, drop: 0.8, retype: 1.1},
			{epochs: 30, rate: 0.1, l2: 0.001, drop: 0.6, retype: 0.6, only: "the recogniser's label"},
			{epochs: 30, rate: 0.1, l2: 0.01, drop: 0.5, retype: 0.5, only: "the recogniser's label"},
			{epochs: 30, rate: 0.1, l2: 0.001, drop: 0.8, retype: 0.8, only: "the recogniser's label"},
		} {
			bt, o := crossValidate(docs, examples, s)
			b.Logf("retyped %+v: F1 %.3f (P %.3f R %.3f) person %.3f place %.3f org %.3f", s, o.f1(), o.precision(), o.recall(), bt[Person].f1(), bt[Place].f1(), bt[Organization].f1())
			if o.f1() > best.f1() {
				best = o
			}
		}
	}
	b.ReportMetric(base.f1(), "retype_cv_f1_rules:f1")
	b.ReportMetric(best.f1(), "retype_cv_f1_best:f1")
}
