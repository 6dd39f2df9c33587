package annotate

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// This file measures a learned step on top of the rules (issue 16,
// fourteenth round, branch ner19d): the classifier of typemodel.go, trained
// where the rules were not written (the fresh half of the tune part,
// freshHalf: pages annotated at first sight and never studied for rules),
// optionally with the rest of the tune part's candidates, drops or retypes
// a candidate of the rules, or adds a capitalised phrase no rule typed,
// only where it is sure. It is scored by cross-validation by article over
// the fresh half, the thresholds chosen inside the training folds (an
// inner cross-validation over them), never on the held-out fold.
//
// It did not earn its place in Suggest: out of fold it loses a little
// with every way of training it, and in sample it gains much, so what it
// learns of the fresh pages is theirs, not a class of unseen news
// (docs/entities.md, "a learned step trained on the fresh half"). The
// measurement stays, to be run again as the fresh half grows.
//
// Every article's candidates and features are computed once
// (prepareStepDocs); the folds then train and score from them without
// running the recogniser again. Suggest, with no known entity, suggests
// exactly the typed candidates of findNames, so the counts here are
// goldScore's (TestStepDocsScoreAsGold checks it).

// stepDoc is one gold article as the step sees it: findNames' candidates,
// then the capitalised phrases no candidate overlaps (ruleUncovered), their
// features and their gold classes, and the gold mentions.
type stepDoc struct {
	name    string
	cands   []candidate
	feats   [][]string   // candidateFeatures'
	both    [][]string   // candidateFeatures' and stepFeatures'
	classes []EntityType // the gold type of exactly the candidate's span, or noEntity
	gold    map[spanKey]bool
}

// prepareStepDocs reads each article's candidates and features.
func prepareStepDocs(docs []goldDoc) []stepDoc {
	out := make([]stepDoc, 0, len(docs))
	for _, d := range docs {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		cands := withUncovered(runes, toks, findNames(runes, toks, labels, tags))
		sd := stepDoc{name: d.Name, cands: cands, feats: candidateFeatures(runes, toks, labels, cands), gold: goldSpans(d)}
		span := goldTypes(d)
		for i, more := range stepFeatures(runes, toks, cands) {
			sd.both = append(sd.both, append(append([]string(nil), sd.feats[i]...), more...))
		}
		for _, c := range cands {
			cls, ok := span[[2]int{c.start, c.end}]
			if !ok {
				cls = noEntity
			}
			sd.classes = append(sd.classes, cls)
		}
		out = append(out, sd)
	}
	return out
}

// stepThresholds are the probabilities from which the step drops a
// candidate (the classifier's most likely class is noEntity), retypes it
// (another type), or adds an uncovered phrase. Above 1, the action is off.
type stepThresholds struct{ drop, retype, add float64 }

func (t stepThresholds) String() string {
	f := func(v float64) string {
		if v > 1 {
			return "off"
		}
		return fmt.Sprintf("%.2f", v)
	}
	return "drop " + f(t.drop) + " retype " + f(t.retype) + " add " + f(t.add)
}

// decide is the step for one candidate with the classifier's probabilities
// p over classes: the type it is suggested with, or "" when it is not.
func decide(c candidate, p []float64, classes []EntityType, th stepThresholds) EntityType {
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	cls := classes[best]
	if c.rule == ruleUncovered {
		if cls != noEntity && p[best] >= th.add {
			return cls
		}
		return ""
	}
	switch {
	case cls == c.typ:
	case cls == noEntity:
		if p[best] >= th.drop {
			return ""
		}
	case p[best] >= th.retype:
		return cls
	}
	return c.typ
}

// suggested is what the step suggests on d, from the probabilities of
// each candidate (nil: the rules alone).
func (d stepDoc) suggested(probs [][]float64, classes []EntityType, th stepThresholds) map[spanKey]bool {
	out := map[spanKey]bool{}
	for i, c := range d.cands {
		typ := c.typ
		if probs != nil {
			typ = decide(c, probs[i], classes, th)
		} else if c.rule == ruleUncovered {
			typ = ""
		}
		if typ != "" {
			out[spanKey{c.start, c.end, typ}] = true
		}
	}
	return out
}

// stepCounts compares what the rules and a step on top of them (this
// file's per candidate, namemodel_test.go's per name) suggest on an
// article with its gold: their counts, and the gold mentions the step
// finds that the rules missed (fixed) or loses (broken).
type stepCounts struct {
	rules, step   counts
	fixed, broken int
}

func (s *stepCounts) add(o stepCounts) {
	s.rules.add(o.rules)
	s.step.add(o.step)
	s.fixed += o.fixed
	s.broken += o.broken
}

func countAgainst(got, gold map[spanKey]bool) counts {
	var c counts
	for k := range got {
		if gold[k] {
			c.tp++
		} else {
			c.fp++
		}
	}
	c.fn = len(gold) - c.tp
	return c
}

// compare scores the rules and the step on d.
func (d stepDoc) compare(probs [][]float64, classes []EntityType, th stepThresholds) stepCounts {
	rules, step := d.suggested(nil, nil, th), d.suggested(probs, classes, th)
	out := stepCounts{rules: countAgainst(rules, d.gold), step: countAgainst(step, d.gold)}
	for k := range d.gold {
		switch {
		case step[k] && !rules[k]:
			out.fixed++
		case rules[k] && !step[k]:
			out.broken++
		}
	}
	return out
}

// trainWeighted is trainTypeModel with a weight per example (nil: 1
// each), over features indexed once, so that the many trainings of a
// nested cross-validation stay fast. With every weight 1 it trains the
// same model (TestTrainWeightedIsTrainTypeModel).
func trainWeighted(examples []typeExample, weights []float64, s typeSettings) *typeModel {
	classSet := map[EntityType]bool{noEntity: true}
	for _, e := range examples {
		classSet[e.class] = true
	}
	var classes []EntityType
	for c := range classSet {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool { return classes[i] < classes[j] })
	index := map[EntityType]int{}
	for i, c := range classes {
		index[c] = i
	}
	ids := map[string]int{}
	var names []string
	feats := make([][]int, len(examples))
	for i, e := range examples {
		for _, f := range e.features {
			id, ok := ids[f]
			if !ok {
				id = len(names)
				ids[f] = id
				names = append(names, f)
			}
			feats[i] = append(feats[i], id)
		}
	}
	nc := len(classes)
	w := make([]float64, len(names)*nc)
	p := make([]float64, nc)
	for epoch := 0; epoch < s.epochs; epoch++ {
		step := s.rate / (1 + float64(epoch)/4)
		for i, e := range examples {
			for k := range p {
				p[k] = 0
			}
			for _, f := range feats[i] {
				for k := 0; k < nc; k++ {
					p[k] += w[f*nc+k]
				}
			}
			softmax(p)
			st := step
			if weights != nil {
				st *= weights[i]
			}
			want := index[e.class]
			for _, f := range feats[i] {
				for k := 0; k < nc; k++ {
					g := p[k]
					if k == want {
						g--
					}
					w[f*nc+k] -= st * (g + s.l2*w[f*nc+k])
				}
			}
		}
	}
	m := &typeModel{Classes: classes, Weights: make(map[string][]float64, len(names))}
	for id, f := range names {
		m.Weights[f] = w[id*nc : (id+1)*nc : (id+1)*nc]
	}
	return m
}

// stepTrainer trains the step's classifier on the candidates of some
// target articles (each example of weight targetWeight) and, optionally,
// of other articles (weight 1).
type stepTrainer struct {
	name         string
	extra        []stepDoc // other articles' candidates, always in training
	targetWeight float64
	settings     typeSettings
	stepFeatures bool // read stepFeatures too
	// perName averages the probabilities of the mentions of one name of
	// one type in an article, so that the step decides once per name.
	perName bool
}

func (tr stepTrainer) features(d stepDoc) [][]string {
	if tr.stepFeatures {
		return d.both
	}
	return d.feats
}

func (tr stepTrainer) examplesOf(docs []stepDoc) []typeExample {
	var out []typeExample
	for _, d := range docs {
		fs := tr.features(d)
		for i, c := range d.cands {
			out = append(out, typeExample{features: fs[i], class: d.classes[i], rule: c.rule})
		}
	}
	return out
}

func (tr stepTrainer) train(target []stepDoc) *typeModel {
	ex := tr.examplesOf(target)
	weights := make([]float64, len(ex))
	for i := range weights {
		weights[i] = tr.targetWeight
	}
	more := tr.examplesOf(tr.extra)
	ex = append(ex, more...)
	for range more {
		weights = append(weights, 1)
	}
	return trainWeighted(ex, weights, tr.settings)
}

func (tr stepTrainer) probabilitiesOf(m *typeModel, d stepDoc) [][]float64 {
	fs := tr.features(d)
	out := make([][]float64, len(d.cands))
	for i := range d.cands {
		out[i] = m.probabilities(fs[i])
	}
	if tr.perName {
		out = averagePerName(d.cands, out)
	}
	return out
}

// averagePerName gives each candidate the mean probabilities of the
// candidates of its name and type.
func averagePerName(cands []candidate, probs [][]float64) [][]float64 {
	type key struct {
		name string
		typ  EntityType
	}
	sum := map[key][]float64{}
	n := map[key]int{}
	for i, c := range cands {
		k := key{c.name, c.typ}
		if sum[k] == nil {
			sum[k] = make([]float64, len(probs[i]))
		}
		for j, v := range probs[i] {
			sum[k][j] += v
		}
		n[k]++
	}
	out := make([][]float64, len(cands))
	for i, c := range cands {
		k := key{c.name, c.typ}
		out[i] = make([]float64, len(sum[k]))
		for j, v := range sum[k] {
			out[i][j] = v / float64(n[k])
		}
	}
	return out
}

// stepGrid are the thresholds the inner cross-validation chooses from.
func stepGrid() []stepThresholds {
	levels := []float64{0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2}
	var out []stepThresholds
	for _, d := range levels {
		for _, r := range levels {
			for _, a := range levels {
				out = append(out, stepThresholds{d, r, a})
			}
		}
	}
	return out
}

// outOfFold holds, for each article, the probabilities a classifier not
// trained on its fold gives its candidates.
type outOfFold struct {
	docs    []stepDoc
	probs   [][][]float64
	classes []EntityType
}

// crossProbabilities trains, for each fold, on the target articles of the
// other folds (and the trainer's extra articles) and returns every
// article's out-of-fold probabilities. The classes are the same in every
// fold (noEntity and the six types, where the training data has them all).
func crossProbabilities(docs []stepDoc, folds [][]int, tr stepTrainer) outOfFold {
	out := outOfFold{docs: docs, probs: make([][][]float64, len(docs))}
	for fi := range folds {
		var train []stepDoc
		for fj, f := range folds {
			if fj == fi {
				continue
			}
			for _, i := range f {
				train = append(train, docs[i])
			}
		}
		m := tr.train(train)
		if out.classes == nil {
			out.classes = m.Classes
		}
		for _, i := range folds[fi] {
			out.probs[i] = alignProbabilities(m, out.classes, tr.probabilitiesOf(m, docs[i]))
		}
	}
	return out
}

// alignProbabilities puts probabilities over m's classes in the order of
// classes (a class m lacks gets 0).
func alignProbabilities(m *typeModel, classes []EntityType, probs [][]float64) [][]float64 {
	if fmt.Sprint(m.Classes) == fmt.Sprint(classes) {
		return probs
	}
	out := make([][]float64, len(probs))
	for i, p := range probs {
		q := make([]float64, len(classes))
		for k, c := range m.Classes {
			for j, d := range classes {
				if c == d {
					q[j] = p[k]
				}
			}
		}
		out[i] = q
	}
	return out
}

// bestThresholds chooses, on out-of-fold probabilities, the thresholds of
// the grid whose summed F1 is highest; a tie goes to the step that
// changes less (the higher thresholds).
func bestThresholds(oof outOfFold) (stepThresholds, stepCounts) {
	var best stepThresholds
	var bestCounts stepCounts
	bestF1 := -1.0
	for _, th := range stepGrid() {
		var sum stepCounts
		for i, d := range oof.docs {
			sum.add(d.compare(oof.probs[i], oof.classes, th))
		}
		f := sum.step.f1()
		if f > bestF1+1e-9 || math.Abs(f-bestF1) <= 1e-9 && th.drop+th.retype+th.add > best.drop+best.retype+best.add {
			best, bestCounts, bestF1 = th, sum, f
		}
	}
	return best, bestCounts
}

// stepFold is one held-out fold of the nested cross-validation.
type stepFold struct {
	docs       []string
	thresholds stepThresholds
	stepCounts
	// inner is the F1 the chosen thresholds gave out of fold on the
	// training folds, to choose between trainers there too.
	inner float64
}

// nestedCrossValidation scores the step on each fold of docs, trained on
// the other folds (and the trainer's extra articles), with thresholds
// chosen by a cross-validation over those other folds alone.
func nestedCrossValidation(docs []stepDoc, folds [][]int, tr stepTrainer) []stepFold {
	var out []stepFold
	for fi := range folds {
		var trainDocs []stepDoc
		var inner [][]int
		for fj, f := range folds {
			if fj == fi {
				continue
			}
			var idx []int
			for _, i := range f {
				idx = append(idx, len(trainDocs))
				trainDocs = append(trainDocs, docs[i])
			}
			inner = append(inner, idx)
		}
		th, in := bestThresholds(crossProbabilities(trainDocs, inner, tr))
		m := tr.train(trainDocs)
		f := stepFold{thresholds: th, inner: in.step.f1()}
		for _, i := range folds[fi] {
			f.docs = append(f.docs, docs[i].name)
			f.add(docs[i].compare(tr.probabilitiesOf(m, docs[i]), m.Classes, th))
		}
		out = append(out, f)
	}
	return out
}

// groupedFolds splits docs into k folds by article, keeping together the
// articles that name the same thing other than a person (a name of four
// letters or more in the gold of two or three of them, and of no more than
// three articles of the whole tune part: "United States" links nothing,
// nor does a name the gazetteers of places or organisations hold, which no
// classifier has to learn), as groupedHalves does: groups in order of
// size, each into the fold with the fewest gold mentions so far.
func groupedFolds(docs []goldDoc, k int, all []goldDoc) [][]int {
	df := map[string]int{}
	for _, d := range all {
		seen := map[string]bool{}
		for _, e := range d.Entities {
			if !seen[e.Text] {
				seen[e.Text] = true
				df[e.Text]++
			}
		}
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return docs[order[i]].Name < docs[order[j]].Name })
	group := make([]int, len(docs))
	for i := range group {
		group[i] = i
	}
	root := func(i int) int {
		for group[i] != i {
			i = group[i]
		}
		return i
	}
	in := map[string]map[int]bool{}
	for _, i := range order {
		for _, e := range docs[i].Entities {
			if e.Type == Person || len([]rune(e.Text)) < 4 {
				continue
			}
			if in[e.Text] == nil {
				in[e.Text] = map[int]bool{}
			}
			in[e.Text][i] = true
		}
	}
	var names []string
	for n := range in {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		docsOf := in[n]
		if len(docsOf) < 2 || len(docsOf) > 3 || df[n] > 3 || places.has(n) || orgs.has(n) {
			continue
		}
		first := -1
		for _, i := range order {
			if !docsOf[i] {
				continue
			}
			if first < 0 {
				first = i
				continue
			}
			group[root(i)] = root(first)
		}
	}
	members := map[int][]int{}
	var roots []int
	for _, i := range order {
		r := root(i)
		if members[r] == nil {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	size := func(r int) int {
		n := 0
		for _, i := range members[r] {
			n += len(docs[i].Entities)
		}
		return n
	}
	sort.SliceStable(roots, func(i, j int) bool { return size(roots[i]) > size(roots[j]) })
	folds := make([][]int, k)
	load := make([]int, k)
	for _, r := range roots {
		f := 0
		for j := range folds {
			if load[j] < load[f] {
				f = j
			}
		}
		folds[f] = append(folds[f], members[r]...)
		load[f] += size(r)
	}
	var out [][]int
	for _, f := range folds {
		if len(f) > 0 {
			sort.Ints(f)
			out = append(out, f)
		}
	}
	return out
}

// stepTarget returns the articles the step is cross-validated on and the
// other tune articles: the fresh half, or, with NER_STEP_TARGET=standin
// (before the fresh half existed), the 14 first-sight pages of half A.
func stepTarget(t testing.TB) (target, other []goldDoc, name string) {
	want := freshHalf
	name = "fresh half"
	if os.Getenv("NER_STEP_TARGET") == "standin" {
		want, name = "A", "first-sight pages of half A (stand-in)"
	}
	for _, d := range loadGold(t, tunePart) {
		if d.Half == want {
			target = append(target, d)
		} else if !readAtFirstSight(d) {
			other = append(other, d)
		}
	}
	return target, other, name
}

// studyStepTarget is stepTarget for a study of the step: it skips t
// unless run with -v, or where the target has fewer than four articles to
// cross-validate over.
func studyStepTarget(t *testing.T) (target, other []goldDoc, name string) {
	t.Helper()
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	target, other, name = stepTarget(t)
	if len(target) < 4 {
		t.Skipf("%d articles in the %s", len(target), name)
	}
	return target, other, name
}

// TestStepDocsScoreAsGold checks that scoring from prepareStepDocs'
// candidates counts what goldScore counts, on a few tune articles.
func TestStepDocsScoreAsGold(t *testing.T) {
	docs := loadGold(t, tunePart)
	sort.Slice(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	docs = docs[:6]
	// The step reads the rules' names, without the weak suggestions of
	// the names they dropped (fallback21.go).
	weakDroppedNames = false
	defer func() { weakDroppedNames = true }()
	_, want, _ := goldScore(docs)
	var got counts
	for _, d := range prepareStepDocs(docs) {
		c := d.compare(nil, nil, stepThresholds{2, 2, 2})
		got.add(c.rules)
	}
	if got != want {
		t.Errorf("counts from the candidates %+v, goldScore %+v", got, want)
	}
}

// TestTrainWeightedIsTrainTypeModel checks that trainWeighted with every
// weight 1 trains the model trainTypeModel trains.
func TestTrainWeightedIsTrainTypeModel(t *testing.T) {
	ex := []typeExample{
		{features: []string{"bias", "a", "b"}, class: Person},
		{features: []string{"bias", "b", "c"}, class: Place},
		{features: []string{"bias", "a", "c", "c"}, class: noEntity},
		{features: []string{"bias", "d"}, class: Organization},
	}
	s := typeSettings{epochs: 5, rate: 0.1, l2: 0.001}
	want, got := trainTypeModel(ex, s), trainWeighted(ex, nil, s)
	if fmt.Sprint(want.Classes) != fmt.Sprint(got.Classes) {
		t.Fatalf("classes %v, want %v", got.Classes, want.Classes)
	}
	for f, w := range want.Weights {
		for k := range w {
			if math.Abs(got.Weights[f][k]-w[k]) > 1e-12 {
				t.Fatalf("feature %q: %v, want %v", f, got.Weights[f], w)
			}
		}
	}
}

// TestStepCrossValidation logs the nested cross-validation of the step
// over the fresh half (aggregates per fold and summed; no mistake), for
// each way of training it (-v; NER_STEP_TARGET=standin runs it on the
// first-sight pages of half A instead; NER_STEP_ONLY names one trainer).
func TestStepCrossValidation(t *testing.T) {
	target, other, name := studyStepTarget(t)
	k := 6
	if len(target) < 12 {
		k = 4
	}
	folds := groupedFolds(target, k, loadGold(t, tunePart))
	docs := prepareStepDocs(target)
	tune := prepareStepDocs(other)
	var drop, retype, addable, span, fp, fn int
	for _, d := range docs {
		for i, c := range d.cands {
			switch {
			case c.rule == ruleUncovered:
				if d.classes[i] != noEntity {
					addable++
				}
			case d.gold[spanKey{c.start, c.end, c.typ}]:
			case d.classes[i] == noEntity:
				drop++
			default:
				retype++
			}
		}
		c := d.compare(nil, nil, stepThresholds{2, 2, 2})
		fp += c.rules.fp
		fn += c.rules.fn
	}
	span = fn - retype - addable
	// How the mendable mistakes spread over the articles: a mistake's
	// class is its rule, the type the rules gave and its gold class (an
	// uncovered phrase's: its gold class). A learner can only learn a
	// class it meets on other articles than the one it is tested on.
	pages := map[string]map[string]bool{}
	count := map[string]int{}
	for _, d := range docs {
		for i, c := range d.cands {
			if d.gold[spanKey{c.start, c.end, c.typ}] || c.rule == ruleUncovered && d.classes[i] == noEntity {
				continue
			}
			k := c.rule + "|" + string(c.typ) + "|" + string(d.classes[i])
			if pages[k] == nil {
				pages[k] = map[string]bool{}
			}
			pages[k][d.name] = true
			count[k]++
		}
	}
	var one, two, more, inOne, inTwo, inMore int
	for k, ps := range pages {
		switch {
		case len(ps) == 1:
			one++
			inOne += count[k]
		case len(ps) == 2:
			two++
			inTwo += count[k]
		default:
			more++
			inMore += count[k]
		}
	}
	t.Logf("%s: the mendable mistakes fall in %d classes (rule, type, gold class): %d on one article only (%d mistakes), %d on two (%d), %d on three or more (%d)",
		name, len(pages), one, inOne, two, inTwo, more, inMore)
	t.Logf("%s: %d articles in %d folds; the rules' mistakes: %d false (%d no name at all: a drop would mend them; %d of another type: a retype would), %d missed (%d uncovered phrases: an addition would mend them; %d of other spans: the step cannot)",
		name, len(docs), len(folds), fp, drop, retype, fn, addable, span)
	s := shippedTypeSettings
	// selected is, for each fold, the trainer whose thresholds did best
	// out of fold on the training folds: the choice of trainer made inside
	// them too.
	selected := make([]stepFold, len(folds))
	selectedName := make([]string, len(folds))
	for _, tr := range stepTrainers(tune, s) {
		if only := os.Getenv("NER_STEP_ONLY"); only != "" && tr.name != only {
			continue
		}
		var sum stepCounts
		for fi, f := range nestedCrossValidation(docs, folds, tr) {
			if selectedName[fi] == "" || f.inner > selected[fi].inner+1e-9 {
				selected[fi], selectedName[fi] = f, tr.name
			}
			t.Logf("%s | fold %d (%d articles) %s | rules F1 %.4f (tp %d fp %d fn %d) step F1 %.4f (tp %d fp %d fn %d) | fixed %d broken %d",
				tr.name, fi+1, len(f.docs), f.thresholds, f.rules.f1(), f.rules.tp, f.rules.fp, f.rules.fn,
				f.step.f1(), f.step.tp, f.step.fp, f.step.fn, f.fixed, f.broken)
			sum.add(f.stepCounts)
		}
		t.Logf("%s | %s summed | rules F1 %.4f (P %.3f R %.3f) step F1 %.4f (P %.3f R %.3f) | fixed %d broken %d",
			tr.name, name, sum.rules.f1(), sum.rules.precision(), sum.rules.recall(),
			sum.step.f1(), sum.step.precision(), sum.step.recall(), sum.fixed, sum.broken)
		// In sample, for scale: trained on every target article, the
		// thresholds chosen on them too. What the features can tell apart
		// at all, not what carries over.
		m := tr.train(docs)
		in := outOfFold{docs: docs, classes: m.Classes}
		for _, d := range docs {
			in.probs = append(in.probs, tr.probabilitiesOf(m, d))
		}
		th, c := bestThresholds(in)
		t.Logf("%s | in sample (%s) | step F1 %.4f (P %.3f R %.3f) | fixed %d broken %d",
			tr.name, th, c.step.f1(), c.step.precision(), c.step.recall(), c.fixed, c.broken)
	}
	var sum stepCounts
	for fi, f := range selected {
		t.Logf("trainer chosen inside | fold %d: %s, %s (inner F1 %.4f) | rules F1 %.4f step F1 %.4f | fixed %d broken %d",
			fi+1, selectedName[fi], f.thresholds, f.inner, f.rules.f1(), f.step.f1(), f.fixed, f.broken)
		sum.add(f.stepCounts)
	}
	t.Logf("trainer chosen inside | %s summed | rules F1 %.4f (P %.3f R %.3f) step F1 %.4f (P %.3f R %.3f) | fixed %d broken %d",
		name, sum.rules.f1(), sum.rules.precision(), sum.rules.recall(),
		sum.step.f1(), sum.step.precision(), sum.step.recall(), sum.fixed, sum.broken)
}

// stepTrainers are the ways of training the step that
// TestStepCrossValidation compares: on the target's training folds alone,
// and with the other tune articles, the target's examples weighing 1, 3
// or 10.
func stepTrainers(tune []stepDoc, s typeSettings) []stepTrainer {
	var out []stepTrainer
	for _, more := range []bool{false, true} {
		suffix := ""
		if more {
			suffix = ", step features"
		}
		out = append(out,
			stepTrainer{name: "target alone" + suffix, targetWeight: 1, settings: s, stepFeatures: more},
			stepTrainer{name: "with tune, weight 1" + suffix, extra: tune, targetWeight: 1, settings: s, stepFeatures: more},
			stepTrainer{name: "with tune, weight 3" + suffix, extra: tune, targetWeight: 3, settings: s, stepFeatures: more},
			stepTrainer{name: "with tune, weight 10" + suffix, extra: tune, targetWeight: 10, settings: s, stepFeatures: more},
			stepTrainer{name: "with tune, weight 3, per name" + suffix, extra: tune, targetWeight: 3, settings: s, stepFeatures: more, perName: true},
			stepTrainer{name: "with tune, weight 10, per name" + suffix, extra: tune, targetWeight: 10, settings: s, stepFeatures: more, perName: true},
		)
	}
	smooth := s
	smooth.l2 = 0.01
	out = append(out,
		stepTrainer{name: "target alone, step features, l2 0.01", targetWeight: 1, settings: smooth, stepFeatures: true},
		stepTrainer{name: "with tune, weight 3, step features, l2 0.01", extra: tune, targetWeight: 3, settings: smooth, stepFeatures: true},
	)
	smoother := s
	smoother.l2 = 0.05
	out = append(out,
		stepTrainer{name: "target alone, step features, l2 0.05", targetWeight: 1, settings: smoother, stepFeatures: true},
		stepTrainer{name: "with tune, weight 3, step features, l2 0.05", extra: tune, targetWeight: 3, settings: smoother, stepFeatures: true},
	)
	return out
}

// TestStepOutOfFold logs, for each candidate of the target articles that
// the rules get wrong, and each uncovered phrase that is a name, the
// out-of-fold probability the step gives its gold class and the class it
// likes best, to see what the classifier learns (-v, with
// NER_STEP_SHOW=1). It shows nothing of the fresh half, whose half FB
// checks the rules.
func TestStepOutOfFold(t *testing.T) {
	if !testing.Verbose() || os.Getenv("NER_STEP_SHOW") != "1" {
		t.Skip("a study: run with -v and NER_STEP_SHOW=1")
	}
	target, other, name := stepTarget(t)
	if name == "fresh half" {
		t.Skip("the fresh half's cases are not shown: its half FB checks the rules")
	}
	docs := prepareStepDocs(target)
	tr := stepTrainer{extra: prepareStepDocs(other), targetWeight: 3, settings: shippedTypeSettings, stepFeatures: os.Getenv("NER_STEP_MORE") == "1"}
	oof := crossProbabilities(docs, groupedFolds(target, 6, loadGold(t, tunePart)), tr)
	for i, d := range docs {
		for j, c := range d.cands {
			right := d.gold[spanKey{c.start, c.end, c.typ}]
			if right || c.rule == ruleUncovered && d.classes[j] == noEntity {
				continue
			}
			p := oof.probs[i][j]
			best := 0
			for k := range p {
				if p[k] > p[best] {
					best = k
				}
			}
			pGold := 0.0
			for k, cls := range oof.classes {
				if cls == d.classes[j] {
					pGold = p[k]
				}
			}
			t.Logf("%s: %q as %q by %q, gold %q: p(gold) %.2f, best %q %.2f", d.name, c.name, c.typ, c.rule, d.classes[j], pGold, oof.classes[best], p[best])
		}
	}
}

// stepSettingsFor returns the trainer TestStepTuneHalves and
// TestStepRanking measure: with the other tune articles, the target's
// examples weighing NER_STEP_WEIGHT (3 unless set), with stepFeatures if
// NER_STEP_MORE=1.
func stepTrainerFromEnv(extra []stepDoc) stepTrainer {
	w := 3.0
	if v := os.Getenv("NER_STEP_WEIGHT"); v != "" {
		fmt.Sscan(v, &w)
	}
	return stepTrainer{name: fmt.Sprintf("with tune, weight %g", w), extra: extra, targetWeight: w,
		settings: shippedTypeSettings, stepFeatures: os.Getenv("NER_STEP_MORE") == "1", perName: os.Getenv("NER_STEP_PER_NAME") == "1"}
}

// TestStepTuneHalves checks the step on the two halves of the tune part
// (tuneHalves): trained on the target articles and one half, with the
// thresholds a cross-validation over the target articles chooses, it
// scores the other half against the rules alone (-v).
func TestStepTuneHalves(t *testing.T) {
	target, _, name := studyStepTarget(t)
	a, b := tuneHalves(loadGold(t, tunePart))
	if name != "fresh half" {
		// The stand-in is half A's first-sight pages: keep them out of A.
		var rest []goldDoc
		for _, d := range a {
			if d.Half != "A" {
				rest = append(rest, d)
			}
		}
		a = rest
	}
	docs := prepareStepDocs(target)
	folds := groupedFolds(target, 6, loadGold(t, tunePart))
	halves := [2][]stepDoc{prepareStepDocs(a), prepareStepDocs(b)}
	for i, half := range []string{"B (trained with A)", "A (trained with B)"} {
		tr := stepTrainerFromEnv(halves[i])
		th, _ := bestThresholds(crossProbabilities(docs, folds, tr))
		m := tr.train(docs)
		var sum stepCounts
		for _, d := range halves[1-i] {
			sum.add(d.compare(tr.probabilitiesOf(m, d), m.Classes, th))
		}
		t.Logf("%s, %s | half %s: %s | rules F1 %.4f (tp %d fp %d fn %d) step F1 %.4f (tp %d fp %d fn %d) | fixed %d broken %d",
			name, tr.name, half, th, sum.rules.f1(), sum.rules.tp, sum.rules.fp, sum.rules.fn,
			sum.step.f1(), sum.step.tp, sum.step.fp, sum.step.fn, sum.fixed, sum.broken)
	}
}

// TestStepRanking asks, out of fold on the target articles, whether the
// step's probability of a suggestion's type ranks the suggestions better
// than today's Score (the classifier of typemodel.go trained on the tune
// part without the target articles, so that it is out of sample there
// too): the precision of the confident suggestions at the share today's
// Score takes from ConfidentScore, and the share and precision the step's
// own p >= ConfidentScore takes (-v).
func TestStepRanking(t *testing.T) {
	target, other, name := studyStepTarget(t)
	docs := prepareStepDocs(target)
	tune := prepareStepDocs(other)
	today := stepTrainer{settings: shippedTypeSettings, targetWeight: 1}.train(tune)
	type scored struct {
		today, step float64
		right       bool
	}
	// atTodaysShare counts the suggestions today's Score makes confident
	// (n) and the right ones among them, and the right ones among the n the
	// step ranks highest (it sorts l by the step's probability).
	atTodaysShare := func(l []scored) (n, todayRight, stepRight int) {
		for _, x := range l {
			if x.today >= ConfidentScore {
				n++
				if x.right {
					todayRight++
				}
			}
		}
		sort.SliceStable(l, func(i, j int) bool { return l[i].step > l[j].step })
		for _, x := range l[:n] {
			if x.right {
				stepRight++
			}
		}
		return n, todayRight, stepRight
	}
	folds := groupedFolds(target, 6, loadGold(t, tunePart))
	foldOf := make([]int, len(docs))
	for fi, f := range folds {
		for _, i := range f {
			foldOf[i] = fi
		}
	}
	for _, tr := range []stepTrainer{stepTrainerFromEnv(tune), {name: "target alone", targetWeight: 1, settings: shippedTypeSettings}} {
		oof := crossProbabilities(docs, folds, tr)
		var list []scored
		byFold := make([][]scored, len(folds))
		for i, d := range docs {
			for j, c := range d.cands {
				if c.rule == ruleUncovered {
					continue
				}
				x := scored{today: today.score(d.feats[j], c.typ), right: d.gold[spanKey{c.start, c.end, c.typ}]}
				for k, cls := range oof.classes {
					if cls == c.typ {
						x.step = oof.probs[i][j][k]
					}
				}
				list = append(list, x)
				byFold[foldOf[i]] = append(byFold[foldOf[i]], x)
			}
		}
		// Per fold, at that fold's own share: does the step rank better in
		// most folds, or in one?
		for fi, l := range byFold {
			n, todayRight, stepRight := atTodaysShare(l)
			t.Logf("%s, fold %d: %d suggestions, %d confident by today's Score: right %d; the step's top %d: right %d", tr.name, fi+1, len(l), n, todayRight, n, stepRight)
		}
		n, todayRight, stepRight := atTodaysShare(list)
		ownN, ownRight, right := 0, 0, 0
		for _, x := range list {
			if x.right {
				right++
			}
			if x.step >= ConfidentScore {
				ownN++
				if x.right {
					ownRight++
				}
			}
		}
		t.Logf("%s, %s: %d suggestions, %d right (%.3f) | today's Score >= %.2f: %d (share %.3f), precision %.3f | the step's top %d: precision %.3f | the step's p >= %.2f: %d (share %.3f), precision %.3f",
			name, tr.name, len(list), right, ratio(right, len(list)), ConfidentScore, n, ratio(n, len(list)), ratio(todayRight, n),
			n, ratio(stepRight, n), ConfidentScore, ownN, ratio(ownN, len(list)), ratio(ownRight, ownN))
	}
}

// stepFeatures are features of each candidate that the learned step on
// top of the rules reads besides candidateFeatures' (issue 16, fourteenth
// round): classes of evidence about the clipping, not strings. They are
// the measured precision of the rule that typed it, in tenths; how many
// times the clipping names it, and whether always at a sentence's start;
// whether its first or last word is written in lower case elsewhere in the
// clipping (an ordinary word there); the function word or punctuation just
// before and after it (a closed class: "the", "of", "in", a comma, a
// bracket).
func stepFeatures(runes []rune, toks []token, cands []candidate) [][]string {
	lower := lowerWordsOf(toks)
	tokAt := map[int]int{}
	for i, t := range toks {
		tokAt[t.start] = i
	}
	type seen struct{ n, inside int }
	mentions := map[string]*seen{}
	for _, c := range cands {
		if c.typ == "" {
			continue
		}
		s := string(runes[c.start:c.end])
		m := mentions[s]
		if m == nil {
			m = &seen{}
			mentions[s] = m
		}
		m.n++
		if i, ok := tokAt[c.start]; ok && !toks[i].sentStart {
			m.inside++
		}
	}
	out := make([][]string, len(cands))
	for ci, c := range cands {
		typ := string(c.typ)
		if typ == "" {
			typ = "none"
		}
		conf := int(confidence(c.rule) * 10)
		fs := []string{"rule-conf=" + itoaCap(conf, 9), "rule-conf+type=" + itoaCap(conf, 9) + "+" + typ}
		s := string(runes[c.start:c.end])
		if m := mentions[s]; m != nil {
			fs = append(fs, "mentions="+itoaCap(m.n, 3), "mentions+type="+itoaCap(m.n, 3)+"+"+typ)
			if m.inside == 0 {
				fs = append(fs, "only-at-sentence-start", "only-at-sentence-start+type="+typ)
			}
		} else {
			fs = append(fs, "mentions=0")
		}
		words := strings.Fields(s)
		if len(words) > 0 {
			if lower[strings.ToLower(words[0])] {
				fs = append(fs, "first-lower-elsewhere", "first-lower-elsewhere+type="+typ)
			}
			if len(words) > 1 && lower[strings.ToLower(words[len(words)-1])] {
				fs = append(fs, "last-lower-elsewhere", "last-lower-elsewhere+type="+typ)
			}
		}
		a, ok := tokAt[c.start]
		if ok {
			if a > 0 {
				fs = append(fs, closedClass("prev", toks[a-1].text, typ)...)
			}
			b := a
			for b+1 < len(toks) && toks[b+1].start < c.end {
				b++
			}
			if b+1 < len(toks) {
				fs = append(fs, closedClass("next", toks[b+1].text, typ)...)
			}
		}
		out[ci] = fs
	}
	return out
}

// closedClass names a word next to a candidate when it is a function word
// or a mark of punctuation (a closed class, so naming it memorises no
// name), alone and with the candidate's type.
func closedClass(pos, w, typ string) []string {
	if w == "" {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(w)
	var f string
	switch {
	case utf8.RuneCountInString(w) == 1 && (unicode.IsPunct(r) || unicode.IsSymbol(r)):
		f = pos + "-mark=" + w
	case r < utf8.RuneSelf && stopwords[strings.ToUpper(w[:1])+strings.ToLower(w[1:])]:
		f = pos + "-fn=" + strings.ToLower(w)
	default:
		return nil
	}
	return []string{f, f + "+type=" + typ}
}

// A word next to a candidate is named only when it is a function word or
// a mark, whatever its case; any other word, a name above all, is not.
func TestClosedClassNamesOnlyFunctionWordsAndMarks(t *testing.T) {
	for _, c := range []struct {
		w    string
		want []string
	}{
		{"the", []string{"prev-fn=the", "prev-fn=the+type=person"}},
		{"The", []string{"prev-fn=the", "prev-fn=the+type=person"}},
		{",", []string{"prev-mark=,", "prev-mark=,+type=person"}},
		{"(", []string{"prev-mark=(", "prev-mark=(+type=person"}},
		{"Zorbly", nil},
		{"said", nil},
		{"Émile", nil},
		{"", nil},
	} {
		if got := closedClass("prev", c.w, "person"); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("closedClass(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// stepFeatures counts a name's mentions in the clipping and tells a name
// only ever met at a sentence's start.
func TestStepFeaturesReadTheClipping(t *testing.T) {
	text := "Zorbly said on Monday that it would hire. Analysts at Zorbly agreed. Quillan fell."
	runes := []rune(text)
	toks := tokenize(runes)
	at := func(s string, from int) candidate {
		i := strings.Index(text[from:], s) + from
		start := len([]rune(text[:i]))
		return candidate{start: start, end: start + len([]rune(s)), name: s, typ: Organization, words: 1, rule: "test"}
	}
	cands := []candidate{at("Zorbly", 0), at("Zorbly", 10), at("Quillan", 0)}
	fs := stepFeatures(runes, toks, cands)
	has := func(i int, f string) bool {
		for _, x := range fs[i] {
			if x == f {
				return true
			}
		}
		return false
	}
	if !has(0, "mentions=2") || !has(1, "mentions=2") || has(0, "only-at-sentence-start") {
		t.Errorf("Zorbly, twice and once inside a sentence: %v", fs[0])
	}
	if !has(2, "mentions=1") || !has(2, "only-at-sentence-start") {
		t.Errorf("Quillan, once at a sentence's start: %v", fs[2])
	}
	if !has(1, "prev-fn=at") {
		t.Errorf("the second Zorbly follows \"at\": %v", fs[1])
	}
}
