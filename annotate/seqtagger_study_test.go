package annotate

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
)

// seqStudy is what the studies of the sequence tagger read: for every
// page of the tune part but set J, the tagger's names (out of fold on the
// training pages: four folds by page, the tagger trained on three and
// run on the fourth; trained on all the training pages elsewhere) and
// Suggest's suggestions.
type seqStudy struct {
	tune     []goldDoc
	training map[string]bool
	found    map[string][]seqFound
	made     map[string][]Suggestion
	docs     map[string]*seqDoc
}

// seqStudyFolds is how many folds of pages the studies hold out in turn.
const seqStudyFolds = 4

// newSeqStudy tags and suggests every page of the tune part but set J.
func newSeqStudy(t *testing.T) *seqStudy {
	t.Helper()
	if loadModel() == nil {
		t.Fatal("the recogniser cannot be loaded")
	}
	tune := tuneWithoutUnseen(loadGold(t, tunePart))
	train := trainingTune(tune)
	s := &seqStudy{tune: tune, training: map[string]bool{}, found: map[string][]seqFound{},
		made: map[string][]Suggestion{}, docs: map[string]*seqDoc{}}
	for _, d := range tune {
		s.docs[d.Name] = seqDocOf(d)
		s.made[d.Name] = Suggest(d.Text, nil)
	}
	folds := seqFolds(train, seqStudyFolds)
	for k, fold := range folds {
		var rest []*seqDoc
		for j, f := range folds {
			if j != k {
				rest = append(rest, seqDocsOf(f)...)
			}
		}
		m := seqModelOf(t, trainSeqTagger(rest, shippedSeqSettings))
		for _, d := range fold {
			s.training[d.Name] = true
			s.found[d.Name] = seqFoundOf(m, s.docs[d.Name])
		}
	}
	full := seqModelOf(t, trainSeqTagger(seqDocsOf(train), shippedSeqSettings))
	for _, d := range tune {
		if !s.training[d.Name] {
			s.found[d.Name] = seqFoundOf(full, s.docs[d.Name])
		}
	}
	return s
}

// additions returns the tagger's names in d over which no suggestion of
// Suggest lies, whose margin is at least least.
func (s *seqStudy) additions(d goldDoc, least float32) []seqFound {
	var out []seqFound
	for _, f := range s.found[d.Name] {
		if f.margin < least {
			continue
		}
		if slices.ContainsFunc(s.made[d.Name], func(g Suggestion) bool {
			return g.Selector.Start < f.key.end && f.key.start < g.Selector.End
		}) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// withAdditions is Suggest's suggestions for d and the tagger's names
// additions gives, as weak suggestions.
func (s *seqStudy) withAdditions(d goldDoc, least float32) []Suggestion {
	return s.withAdded(d, least, func(int, seqFound) bool { return true })
}

// withAdded is Suggest's suggestions for d and, as weak suggestions, the
// tagger's names additions gives that keep takes (i is a name's index
// among them).
func (s *seqStudy) withAdded(d goldDoc, least float32, keep func(i int, f seqFound) bool) []Suggestion {
	out := slices.Clone(s.made[d.Name])
	for i, f := range s.additions(d, least) {
		if keep(i, f) {
			out = append(out, Suggestion{Selector: Selector{Start: f.key.start, End: f.key.end}, Type: f.key.typ, Score: 0.5})
		}
	}
	return out
}

// trainingDocs returns the training pages of the study, in the tune
// part's order.
func (s *seqStudy) trainingDocs() []goldDoc {
	var out []goldDoc
	for _, d := range s.tune {
		if s.training[d.Name] {
			out = append(out, d)
		}
	}
	return out
}

// logTrainingBase logs and returns the counts of Suggest alone on the
// training pages, the figure every addition is measured against.
func (s *seqStudy) logTrainingBase(t *testing.T, trainDocs []goldDoc) counts {
	t.Helper()
	_, base, _ := goldScoreWith(trainDocs, func(d goldDoc) []Suggestion { return s.made[d.Name] })
	t.Logf("training pages out of fold without additions: F1 %.4f (tp %d fp %d fn %d)", base.f1(), base.tp, base.fp, base.fn)
	return base
}

// isGold reports whether d has a mention at f's span of f's type.
func isGold(d goldDoc, k seqGoldKey) bool {
	return slices.ContainsFunc(d.Entities, func(e goldEntity) bool { return e.Start == k.start && e.End == k.end && e.Type == k.typ })
}

// TestSeqTaggerAddStudy measures the tagger's names where Suggest
// suggests nothing, added as weak suggestions (-v; a study): the
// tagger's own scores out of fold, the additions' precision by margin on
// the training pages out of fold, the margin chosen there, and each
// half's F1 without and with the additions (out of fold on the training
// pages, half B among them; the tagger trained on all of them on the
// fresh sets' check halves). It logs the additions of the study halves
// only.
func TestSeqTaggerAddStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	s := newSeqStudy(t)
	// The tagger alone, out of fold on the training pages.
	trainDocs := s.trainingDocs()
	var own counts
	for _, d := range trainDocs {
		own.add(seqScoreNames(s.docs[d.Name], s.found[d.Name]))
	}
	t.Logf("the tagger alone, out of fold on the training pages: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)",
		own.precision(), own.recall(), own.f1(), own.tp, own.fp, own.fn)
	// The additions on the training pages, by margin.
	type add struct {
		margin float32
		right  bool
		typ    EntityType
	}
	var adds []add
	for _, d := range trainDocs {
		for _, f := range s.additions(d, -1) {
			adds = append(adds, add{f.margin, isGold(d, f.key), f.key.typ})
		}
	}
	sort.Slice(adds, func(i, j int) bool { return adds[i].margin > adds[j].margin })
	byType := map[EntityType]counts{}
	for _, a := range adds {
		c := byType[a.typ]
		if a.right {
			c.tp++
		} else {
			c.fp++
		}
		byType[a.typ] = c
	}
	for _, typ := range seqTypes {
		c := byType[typ]
		t.Logf("additions of %-12s on the training pages: %d of %d right", typ, c.tp, c.tp+c.fp)
	}
	// Thresholds: the margins at each tenth of the additions.
	var grid []float32
	for q := 0; q < 10; q++ {
		if len(adds) > 0 {
			grid = append(grid, adds[len(adds)*q/10].margin)
		}
	}
	grid = append(grid, 0, 1e9)
	slices.Sort(grid)
	grid = slices.Compact(grid)
	best, bestF := float32(1e9), -1.0
	for _, g := range grid {
		right, all := 0, 0
		for _, a := range adds {
			if a.margin >= g {
				all++
				if a.right {
					right++
				}
			}
		}
		_, c, _ := goldScoreWith(trainDocs, func(d goldDoc) []Suggestion { return s.withAdditions(d, g) })
		t.Logf("margin >= %8.3f: %4d additions, %4d right; training pages out of fold F1 %.4f (tp %d fp %d fn %d)", g, all, right, c.f1(), c.tp, c.fp, c.fn)
		if c.f1() > bestF {
			best, bestF = g, c.f1()
		}
	}
	t.Logf("chosen margin %.3f (training pages out of fold F1 %.4f)", best, bestF)
	for _, h := range studyAndCheckHalves(s.tune) {
		_, without, _ := goldScoreWith(h.docs, func(d goldDoc) []Suggestion { return s.made[d.Name] })
		_, with, _ := goldScoreWith(h.docs, func(d goldDoc) []Suggestion { return s.withAdditions(d, best) })
		t.Logf("half %-5s F1 %.4f → %.4f (P %.4f → %.4f, R %.4f → %.4f; tp %d fp %d fn %d → tp %d fp %d fn %d)", h.name,
			without.f1(), with.f1(), without.precision(), with.precision(), without.recall(), with.recall(),
			without.tp, without.fp, without.fn, with.tp, with.fp, with.fn)
	}
	// The additions of the study halves at any margin, to read.
	for _, d := range docsOf(namedStudyHalves(s.tune)) {
		for _, f := range s.additions(d, 0) {
			mark := "wrong"
			if isGold(d, f.key) {
				mark = "right"
			}
			t.Logf("%s: %s %s %.2f %s", d.Name, mark, f.key.typ, f.margin, markedSpan(s.docs[d.Name].runes, f.key.start, f.key.end, 30))
		}
	}
}

// spanAgrees reports whether the span classifier's best class for f,
// no name included, is the tagger's type, and by how much it leads.
func (s *seqStudy) spanAgrees(d goldDoc, f seqFound) (bool, float32) {
	sd := s.docs[d.Name]
	words := tokenWords(sd.toks)
	sc := spanClassifier().scores(candidateSpan(sd.toks, words, f.a, f.b),
		spanHitsOf(string(sd.runes[f.key.start:f.key.end]), sd.toks[f.a].text, sd.toks[f.b-1].text))
	best, lead := bestClass(sc, 0)
	return best == f.key.typ, lead
}

// TestSeqTaggerAddAgreedStudy is TestSeqTaggerAddStudy's additions kept
// only where the span classifier (spanmodel.go, trained on open corpora)
// gives the tagger's type as its best class, no name included, leading
// by at least a lead chosen out of fold on the training pages (-v; a
// study; aggregates of the check halves only).
func TestSeqTaggerAddAgreedStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	s := newSeqStudy(t)
	keep := func(d goldDoc, least, lead float32) []Suggestion {
		return s.withAdded(d, least, func(_ int, f seqFound) bool {
			ok, l := s.spanAgrees(d, f)
			return ok && l >= lead
		})
	}
	trainDocs := s.trainingDocs()
	base := s.logTrainingBase(t, trainDocs)
	bestM, bestL, bestF := float32(1e9), float32(0), base.f1()
	for _, m := range []float32{0, 5, 10, 20} {
		for _, l := range []float32{0, 3, 6, 10} {
			_, c, _ := goldScoreWith(trainDocs, func(d goldDoc) []Suggestion { return keep(d, m, l) })
			t.Logf("margin >= %2g, span lead >= %2g: training pages out of fold F1 %.4f (tp %d fp %d fn %d; %d added, %d right)", m, l, c.f1(), c.tp, c.fp, c.fn,
				c.tp+c.fp-base.tp-base.fp, c.tp-base.tp)
			if c.f1() > bestF {
				bestM, bestL, bestF = m, l, c.f1()
			}
		}
	}
	t.Logf("chosen: margin >= %g, span lead >= %g (training pages out of fold F1 %.4f)", bestM, bestL, bestF)
	// The check halves at the chosen setting and at the loosest, to show
	// what the training pages' choice leaves.
	for _, set := range [][2]float32{{bestM, bestL}, {0, 0}} {
		for _, h := range studyAndCheckHalves(s.tune) {
			_, without, _ := goldScoreWith(h.docs, func(d goldDoc) []Suggestion { return s.made[d.Name] })
			_, with, _ := goldScoreWith(h.docs, func(d goldDoc) []Suggestion { return keep(d, set[0], set[1]) })
			t.Logf("margin >= %g, lead >= %g: half %-5s F1 %.4f → %.4f (tp %d fp %d fn %d → tp %d fp %d fn %d)", set[0], set[1], h.name,
				without.f1(), with.f1(), without.tp, without.fp, without.fn, with.tp, with.fp, with.fn)
		}
	}
}

// seqScorerFigures are a half's figures for the scorer study: F1 of all
// suggestions, F1 of those scoring at least seqDropUnder, and the log
// loss of the scores (a suggestion is right where its span and type are
// gold's).
type seqScorerFigures struct {
	all, kept counts
	logLoss   float64
	n         int
}

// seqDropUnder is the score under which the lead's drop leaves a
// suggestion out.
const seqDropUnder = 0.3

// seqScorerFiguresOf scores made, each page's suggestions, on docs.
func seqScorerFiguresOf(docs []goldDoc, made map[string][]Suggestion) seqScorerFigures {
	var f seqScorerFigures
	for _, d := range docs {
		want := goldSpans(d)
		got := map[spanKey]float64{}
		for _, s := range made[d.Name] {
			k := spanKey{s.Selector.Start, s.Selector.End, s.Type}
			got[k] = max(got[k], s.Score)
		}
		keptRight := 0
		for k, p := range got {
			y := 0.0
			if want[k] {
				y = 1
				f.all.tp++
			} else {
				f.all.fp++
			}
			if p >= seqDropUnder {
				if y == 1 {
					f.kept.tp++
					keptRight++
				} else {
					f.kept.fp++
				}
			}
			q := min(max(p, 1e-4), 1-1e-4)
			f.logLoss -= y*math.Log(q) + (1-y)*math.Log(1-q)
			f.n++
		}
		for k := range want {
			if _, ok := got[k]; !ok {
				f.all.fn++
			}
		}
		f.kept.fn += len(want) - keptRight
	}
	if f.n > 0 {
		f.logLoss /= float64(f.n)
	}
	return f
}

// spansByText returns the tagger's names of each tune article, by its
// text, as seqFeatureSpans gives them to the type classifier.
func (s *seqStudy) spansByText() map[string][]seqSpan {
	out := map[string][]seqSpan{}
	for _, d := range s.tune {
		var spans []seqSpan
		for _, f := range s.found[d.Name] {
			spans = append(spans, f.seqSpan)
		}
		out[d.Text] = spans
	}
	return out
}

// TestSeqTaggerScorerStudy gives the type classifier the tagger's type
// for each candidate as features (seqClassFeaturesOf): the classifier is
// trained on the training pages with the names of a tagger that did not
// see each page (four folds by page), and run on the other pages with
// the tagger trained on all the training pages. It logs each half's F1,
// F1 without the suggestions scoring under seqDropUnder, and log loss,
// with the classifier retrained without the features and with them (-v;
// a study; aggregates only).
func TestSeqTaggerScorerStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	s := newSeqStudy(t)
	spansByText := s.spansByText()
	withSeq := func(runes []rune, toks []token) []seqSpan { return spansByText[string(runes)] }
	defer func(old func() *typeModel) { typeClassifier = old }(typeClassifier)
	defer func(old func([]rune, []token) []seqSpan) { seqFeatureSpans = old }(seqFeatureSpans)
	train := trainingTune(s.tune)
	figures := map[string]map[string]seqScorerFigures{}
	for _, v := range []struct {
		name  string
		spans func([]rune, []token) []seqSpan
	}{{"without", nil}, {"with", withSeq}} {
		seqFeatureSpans = v.spans
		m := trainTypeModel(typeExamples(train), shippedTypeSettings)
		typeClassifier = func() *typeModel { return m }
		made := map[string][]Suggestion{}
		for _, d := range s.tune {
			made[d.Name] = Suggest(d.Text, nil)
		}
		figures[v.name] = map[string]seqScorerFigures{}
		for _, h := range studyAndCheckHalves(s.tune) {
			figures[v.name][h.name] = seqScorerFiguresOf(h.docs, made)
		}
	}
	for _, h := range studyAndCheckHalves(s.tune) {
		a, b := figures["without"][h.name], figures["with"][h.name]
		t.Logf("half %-5s F1 %.4f → %.4f; F1 kept (score >= %.1f) %.4f → %.4f; log loss %.4f → %.4f", h.name,
			a.all.f1(), b.all.f1(), seqDropUnder, a.kept.f1(), b.kept.f1(), a.logLoss, b.logLoss)
	}
}

// TestSeqTaggerSettingsStudy measures the tagger alone with each of a few
// training settings, out of fold on the training pages (four folds by
// page; -v; a study, no check half read): how its settings were chosen.
func TestSeqTaggerSettingsStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	if loadModel() == nil {
		t.Fatal("the recogniser cannot be loaded")
	}
	folds := seqFolds(trainingTune(loadGold(t, tunePart)), seqStudyFolds)
	corpora := seqCorpusDocs(t)
	for _, set := range []seqTrainSettings{{5, 2, false}, {10, 1, false}, {10, 2, false}, {10, 3, false}, {20, 2, false}, {10, 2, true}} {
		var c counts
		byType := map[EntityType]counts{}
		for k, fold := range folds {
			var rest []*seqDoc
			for j, f := range folds {
				if j != k {
					rest = append(rest, seqDocsOf(f)...)
				}
			}
			if set.corpora {
				rest = append(rest, corpora...)
			}
			m := seqModelOf(t, trainSeqTagger(rest, set))
			for _, d := range seqDocsOf(fold) {
				found := seqFoundOf(m, d)
				c.add(seqScoreNames(d, found))
				for _, typ := range seqTypes {
					var of []seqFound
					for _, f := range found {
						if f.key.typ == typ {
							of = append(of, f)
						}
					}
					one := *d
					one.doc.Entities = slices.DeleteFunc(slices.Clone(d.doc.Entities), func(e goldEntity) bool { return e.Type != typ })
					x := byType[typ]
					x.add(seqScoreNames(&one, of))
					byType[typ] = x
				}
			}
		}
		var parts []string
		for _, typ := range seqTypes {
			parts = append(parts, fmt.Sprintf("%s %.3f", typ, byType[typ].f1()))
		}
		t.Logf("epochs %2d, min count %d, corpora %v: P %.3f R %.3f F1 %.3f | %s", set.epochs, set.minCount, set.corpora, c.precision(), c.recall(), c.f1(), strings.Join(parts, ", "))
	}
}

// TestSeqTaggerScorerCV measures the type classifier with and without the
// tagger's features (seqClassFeaturesOf) out of fold on the training
// pages alone: four folds by page, each held out in turn, the classifier
// trained on the other three, and the held-out candidates' mean log loss
// of their gold class, as TestTypeModelRegularisationCV measures it. Each
// page's tagger names are those of a tagger trained without its fold (-v;
// a study; no check half read).
func TestSeqTaggerScorerCV(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	s := newSeqStudy(t)
	spansByText := s.spansByText()
	defer func(old func([]rune, []token) []seqSpan) { seqFeatureSpans = old }(seqFeatureSpans)
	for _, v := range []struct {
		name  string
		spans func([]rune, []token) []seqSpan
	}{{"without", nil}, {"with", func(runes []rune, toks []token) []seqSpan { return spansByText[string(runes)] }}} {
		seqFeatureSpans = v.spans
		folds := typeFoldsByPage(trainingTune(s.tune), seqStudyFolds)
		loss, right, n := heldOutFit(folds, shippedTypeSettings)
		t.Logf("%-7s the tagger's features: held-out log loss %.4f, best class right %.4f, over %d candidates", v.name, loss, right, n)
	}
}

// TestSeqTaggerAddScoredStudy is TestSeqTaggerAddStudy's additions
// scored by the type classifier (typemodel.go): each is described to it
// as a capitalised phrase no rule typed (ruleUncovered), among the page's
// rule candidates, and kept where the classifier's likeliest class is
// the tagger's type with at least a probability chosen out of fold on
// the training pages. A training page is read by the classifier trained
// without its fold (the folds of typeFoldsByPage, the tagger's too), any
// other by the embedded one (-v; a study; aggregates of the check halves
// only).
func TestSeqTaggerAddScoredStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	s := newSeqStudy(t)
	train := trainingTune(s.tune)
	typeFolds := typeFoldsByPage(slices.Clone(train), seqStudyFolds)
	models := make([]*typeModel, seqStudyFolds)
	for k := range models {
		models[k] = trainWithoutFold(typeFolds, k, shippedTypeSettings)
	}
	modelOf := map[string]*typeModel{}
	for k, fold := range seqFolds(train, seqStudyFolds) {
		for _, d := range fold {
			modelOf[d.Name] = models[k]
		}
	}
	// p[name][i] is the classifier's probability of the tagger's type for
	// the page's i-th addition (at any margin), or 0 where another class
	// is likelier.
	p := map[string][]float64{}
	for _, d := range s.tune {
		adds := s.additions(d, -1e9)
		if len(adds) == 0 {
			continue
		}
		m := modelOf[d.Name]
		if m == nil {
			m = typeClassifier()
		}
		sd := s.docs[d.Name]
		labels, _ := recognise(d.Text, sd.runes, sd.toks)
		cands := findNames(sd.runes, sd.toks, labels, sd.tags)
		n := len(cands)
		for _, f := range adds {
			words := 0
			for _, tk := range sd.toks[f.a:f.b] {
				if tk.word {
					words++
				}
			}
			cands = append(cands, candidate{start: f.key.start, end: f.key.end, name: string(sd.runes[f.key.start:f.key.end]), rule: ruleUncovered, words: words})
		}
		feats := candidateFeatures(sd.runes, sd.toks, labels, cands)
		for i, f := range adds {
			probs := m.probabilities(feats[n+i])
			best := 0
			for k := range probs {
				if probs[k] > probs[best] {
					best = k
				}
			}
			q := 0.0
			if m.Classes[best] == f.key.typ {
				q = probs[best]
			}
			p[d.Name] = append(p[d.Name], q)
		}
	}
	keep := func(d goldDoc, least float64) []Suggestion {
		return s.withAdded(d, -1e9, func(i int, _ seqFound) bool { return p[d.Name][i] >= least })
	}
	trainDocs := s.trainingDocs()
	base := s.logTrainingBase(t, trainDocs)
	best, bestF := 2.0, base.f1()
	for _, least := range []float64{0.01, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9} {
		_, c, _ := goldScoreWith(trainDocs, func(d goldDoc) []Suggestion { return keep(d, least) })
		t.Logf("classifier p >= %.2f: training pages out of fold F1 %.4f (%d added, %d right)", least, c.f1(), c.tp+c.fp-base.tp-base.fp, c.tp-base.tp)
		if c.f1() > bestF {
			best, bestF = least, c.f1()
		}
	}
	t.Logf("chosen: p >= %.2f (training pages out of fold F1 %.4f)", best, bestF)
	for _, h := range studyAndCheckHalves(s.tune) {
		_, without, _ := goldScoreWith(h.docs, func(d goldDoc) []Suggestion { return s.made[d.Name] })
		_, with, _ := goldScoreWith(h.docs, func(d goldDoc) []Suggestion { return keep(d, best) })
		t.Logf("p >= %.2f: half %-5s F1 %.4f → %.4f (tp %d fp %d fn %d → tp %d fp %d fn %d)", best, h.name,
			without.f1(), with.f1(), without.tp, without.fp, without.fn, with.tp, with.fp, with.fn)
	}
}
