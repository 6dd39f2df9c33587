package annotate

import (
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
)

// halfFigures are a half's aggregates: its counts by exact span and type,
// and how well the suggestions' scores say which are right.
type halfFigures struct {
	all              counts
	confident, right int // confident suggestions, and those right
	n                int // suggestions
	brier, logLoss   float64
	auc              float64 // the chance a right suggestion scores above a wrong one
}

// figuresOf scores docs' suggestions against their gold in one pass:
// F1's counts as goldScore counts them, the confident suggestions'
// precision, and the scores' Brier score and log loss (a suggestion is
// right where its span and type are gold's).
func figuresOf(docs []goldDoc) halfFigures {
	var h halfFigures
	var rightScores, wrongScores []float64
	for _, d := range docs {
		want := goldSpans(d)
		got := map[spanKey]float64{}
		for _, s := range Suggest(d.Text, nil) {
			k := spanKey{s.Selector.Start, s.Selector.End, s.Type}
			got[k] = max(got[k], s.Score)
		}
		for k, p := range got {
			y := 0.0
			if want[k] {
				h.all.tp++
				y = 1
			} else {
				h.all.fp++
			}
			h.n++
			if y == 1 {
				rightScores = append(rightScores, p)
			} else {
				wrongScores = append(wrongScores, p)
			}
			if p >= ConfidentScore {
				h.confident++
				h.right += int(y)
			}
			h.brier += (p - y) * (p - y)
			q := min(max(p, 1e-4), 1-1e-4)
			h.logLoss -= y*math.Log(q) + (1-y)*math.Log(1-q)
		}
		for k := range want {
			if _, ok := got[k]; !ok {
				h.all.fn++
			}
		}
	}
	if h.n > 0 {
		h.brier /= float64(h.n)
		h.logLoss /= float64(h.n)
	}
	slices.Sort(wrongScores)
	pairs := 0.0
	for _, r := range rightScores {
		below, _ := slices.BinarySearch(wrongScores, r)
		tied := below
		for tied < len(wrongScores) && wrongScores[tied] == r {
			tied++
		}
		pairs += float64(below) + float64(tied-below)/2
	}
	if len(rightScores) > 0 && len(wrongScores) > 0 {
		h.auc = pairs / float64(len(rightScores)*len(wrongScores))
	}
	return h
}

// TestLearnedHalvesFigures logs, for each study and check half, the halves
// together and the tune part without set J (-v), aggregates only, never a
// mistake: F1 to four places, the confident suggestions' precision and
// share, and the Brier score, log loss and AUC of the suggestions' scores.
// Issue 16's seventeenth round (branch ner22m) read the learned steps'
// changes by it.
func TestLearnedHalvesFigures(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	halves := studyAndCheckHalves(tune)
	// The tune part without set J, which nobody scores but the merger.
	halves = append(halves, namedHalf{"tune-J", tuneWithoutUnseen(tune)})
	for _, h := range halves {
		f := figuresOf(h.docs)
		t.Logf("figure %-6s F1 %.4f (tp %d fp %d fn %d) confident P %.4f share %.4f brier %.4f logloss %.4f auc %.4f",
			h.name, f.all.f1(), f.all.tp, f.all.fp, f.all.fn, ratio(f.right, f.confident), ratio(f.confident, f.n), f.brier, f.logLoss, f.auc)
	}
}

// typeFoldsByPage sorts docs by name (in place) and puts each page's type
// examples in one of k folds, every kth page (page i in fold i%k): the
// folds the studies below hold out in turn.
func typeFoldsByPage(docs []goldDoc, k int) [][]typeExample {
	slices.SortFunc(docs, func(a, b goldDoc) int { return strings.Compare(a.Name, b.Name) })
	folds := make([][]typeExample, k)
	for i, d := range docs {
		folds[i%k] = append(folds[i%k], typeExamples([]goldDoc{d})...)
	}
	return folds
}

// heldOutPages returns the pages of docs (sorted as typeFoldsByPage sorts
// them) in fold held of k: every kth page.
func heldOutPages(docs []goldDoc, k, held int) []goldDoc {
	var out []goldDoc
	for i, d := range docs {
		if i%k == held {
			out = append(out, d)
		}
	}
	return out
}

// trainWithoutFold trains the type classifier with s on every fold but
// the one held out.
func trainWithoutFold(folds [][]typeExample, held int, s typeSettings) *typeModel {
	var train []typeExample
	for i, f := range folds {
		if i != held {
			train = append(train, f...)
		}
	}
	return trainTypeModel(train, s)
}

// TestTypeModelRegularisationCV chooses the type classifier's L2 weight
// by cross-validation over the pages it is trained on (trainingTune):
// four folds of pages (sorted by name, every fourth), each held out in
// turn, and the held-out examples' mean log loss of their gold class
// (-v; a study). No check half is read.
func TestTypeModelRegularisationCV(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	const k = 4
	folds := typeFoldsByPage(trainingTune(loadGold(t, tunePart)), k)
	for _, l2 := range []float64{0.0003, 0.001, 0.003, 0.01, 0.02, 0.03, 0.05, 0.1} {
		s := shippedTypeSettings
		s.l2 = l2
		loss, _, n := heldOutFit(folds, s)
		t.Logf("l2 %g: held-out log loss %.4f over %d examples", l2, loss, n)
	}
}

// heldOutFit trains the type classifier with s on all folds but one, in
// turn, and returns the held-out examples' mean log loss of their gold
// class (each probability at least 1e-4), the share of them whose gold
// class is the likeliest, and their number.
func heldOutFit(folds [][]typeExample, s typeSettings) (logLoss, bestRight float64, n int) {
	loss, right := 0.0, 0
	for held := range folds {
		m := trainWithoutFold(folds, held, s)
		for _, e := range folds[held] {
			p := m.probabilities(e.features)
			q := 1e-4
			if i := slices.Index(m.Classes, e.class); i >= 0 {
				q = max(p[i], 1e-4)
				if slices.Max(p) == p[i] {
					right++
				}
			}
			loss -= math.Log(q)
			n++
		}
	}
	return loss / float64(n), ratio(right, n), n
}

// leftVariant is a way to suggest a left span weakly: the type it gives
// the span, or "".
type leftVariant struct {
	name string
	pick func(leftSpan, leftView) EntityType
}

// droppedVariants are the fallback's variants TestFallbackOutOfFold
// measures: the shipped one (droppedNames: dropped, both sources agree,
// the span classifier leads by droppedNameLead) and wider ones.
func droppedVariants() []leftVariant {
	var out []leftVariant
	agreedDropped := func(lead float32, minP float64) func(leftSpan, leftView) EntityType {
		return func(l leftSpan, v leftView) EntityType {
			if l.source != leftDropped || l.ruled || v.spanLead < lead || v.modelTypeP < minP {
				return ""
			}
			return v.agreedType()
		}
	}
	for _, lead := range []float32{0, 2, 4, 6, 8, 12} {
		out = append(out, leftVariant{fmt.Sprintf("dropped, agreed, lead >= %g", lead), agreedDropped(lead, 0)})
	}
	for _, p := range []float64{0.3, 0.5, 0.7} {
		out = append(out, leftVariant{fmt.Sprintf("dropped, agreed, lead >= 0, scorer p >= %g", p), agreedDropped(0, p)})
	}
	for _, lead := range []float32{6, 10, 14} {
		out = append(out, leftVariant{fmt.Sprintf("dropped, span classifier alone, lead >= %g", lead), func(l leftSpan, v leftView) EntityType {
			if l.source != leftDropped || l.ruled || v.spanBest == noEntity || v.spanLead < lead {
				return ""
			}
			return v.spanType
		}})
	}
	for _, p := range []float64{0.4, 0.5, 0.6, 0.7} {
		out = append(out, leftVariant{fmt.Sprintf("dropped, scorer alone, p >= %g", p), func(l leftSpan, v leftView) EntityType {
			if l.source != leftDropped || l.ruled || v.modelTypeP < p {
				return ""
			}
			return v.modelType
		}})
	}
	for _, lead := range []float32{6, 12} {
		out = append(out, leftVariant{fmt.Sprintf("untyped, agreed, lead >= %g", lead), func(l leftSpan, v leftView) EntityType {
			if l.source != leftUntyped || v.spanLead < lead {
				return ""
			}
			return v.agreedType()
		}})
	}
	return out
}

// TestFallbackOutOfFold measures the weak fallback's variants
// (droppedVariants) on the study halves with the type classifier out of
// its training: the pages of trainingTune in four folds (as
// TestTypeModelRegularisationCV), each study page read with the
// classifier trained on the other three folds, since the shipped one is
// trained on the study halves (-v; aggregates per variant, never a check
// half).
func TestFallbackOutOfFold(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	docs := trainingTune(tune)
	const k = 4
	folds := typeFoldsByPage(docs, k)
	study := map[string]string{}
	var halves []string
	for _, h := range namedStudyHalves(tune) {
		halves = append(halves, h.name)
		for _, d := range h.docs {
			study[d.Name] = h.name
		}
	}
	defer func(old func() *typeModel) { typeClassifier = old }(typeClassifier)
	type tally struct{ tp, fp int }
	byHalf := map[string]map[string]tally{}
	base := map[string]counts{}
	variants := droppedVariants()
	for held := range k {
		m := trainWithoutFold(folds, held, shippedTypeSettings)
		typeClassifier = func() *typeModel { return m }
		var heldDocs []goldDoc
		for i, d := range docs {
			if i%k == held && study[d.Name] != "" {
				heldDocs = append(heldDocs, d)
			}
		}
		for _, ld := range prepareLeftDocs(heldDocs) {
			half := study[ld.name]
			c, b := base[half], ld.baseCounts()
			base[half] = counts{tp: c.tp + b.tp, fp: c.fp + b.fp, fn: c.fn + b.fn}
			for _, v := range variants {
				tp, fp := ld.addedBy(v.pick)
				if byHalf[v.name] == nil {
					byHalf[v.name] = map[string]tally{}
				}
				x := byHalf[v.name][half]
				byHalf[v.name][half] = tally{x.tp + tp, x.fp + fp}
			}
		}
	}
	var all counts
	for _, c := range base {
		all = counts{tp: all.tp + c.tp, fp: all.fp + c.fp, fn: all.fn + c.fn}
	}
	t.Logf("the rules without weak names on the study halves: F1 %.4f", f1Of(all))
	for _, v := range variants {
		var tp, fp int
		var parts []string
		for _, h := range halves {
			x := byHalf[v.name][h]
			tp, fp = tp+x.tp, fp+x.fp
			parts = append(parts, fmt.Sprintf("%s %d(%d)", h, x.tp+x.fp, x.tp))
		}
		t.Logf("%-50s added %3d right %3d precision %.2f study F1 %.4f | %s", v.name, tp+fp, tp, ratio(tp, tp+fp), f1Of(withAdded(all, tp, fp)), strings.Join(parts, " "))
	}
}

// TestSpanLoneNames measures the span classifier on the gold names of one
// word, by half (-v; aggregates only): how many it types right, and how
// many organisations it reads as persons and persons as organisations.
// With NER_SPAN_OLD, a weights file, that classifier is measured beside
// the embedded one.
func TestSpanLoneNames(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	models := []struct {
		name string
		m    *spanModel
	}{{"embedded", spanClassifier()}}
	if p := os.Getenv("NER_SPAN_OLD"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		old, err := parseSpanModel(string(b))
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, struct {
			name string
			m    *spanModel
		}{"old", old})
	}
	for _, h := range studyAndCheckHalves(loadGold(t, tunePart)) {
		for _, md := range models {
			var n, right, orgAsPerson, personAsOrg int
			conf := map[string]int{}
			for _, d := range h.docs {
				runes := []rune(d.Text)
				toks := tokenize(runes)
				words := tokenWords(toks)
				for _, e := range d.Entities {
					a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= e.Start })
					if a >= len(toks) || toks[a].start != e.Start || toks[a].end != e.End || !toks[a].word {
						continue
					}
					sc := md.m.scores(candidateSpan(toks, words, a, a+1), spanHitsOf(e.Text, toks[a].text, toks[a].text))
					typ, _ := bestClass(sc, 1)
					n++
					if typ != e.Type {
						conf[string(e.Type)[:3]+">"+string(typ)[:3]]++
					}
					right += b2i(typ == e.Type)
					orgAsPerson += b2i(e.Type == Organization && typ == Person)
					personAsOrg += b2i(e.Type == Person && typ == Organization)
				}
			}
			t.Logf("lone %-6s %-8s %4d names, type right %.3f, organisations as persons %d, persons as organisations %d; %v", h.name, md.name, n, ratio(right, n), orgAsPerson, personAsOrg, conf)
		}
	}
}

// TestConfidentOutOfFold logs, for the type classifier trained with the
// shipped settings and with the L2 weight of before (0.001), the
// precision and share of the suggestions scoring at least each of a few
// thresholds, out of fold over the pages of trainingTune (four folds as
// TestTypeModelRegularisationCV; -v, a study): what ConfidentScore
// takes where the classifier has not read the page.
func TestConfidentOutOfFold(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	docs := trainingTune(loadGold(t, tunePart))
	const k = 4
	folds := typeFoldsByPage(docs, k)
	for _, l2 := range []float64{shippedTypeSettings.l2, 0.001} {
		s := shippedTypeSettings
		s.l2 = l2
		var list []scoredCandidate
		for held := range k {
			list = append(list, scoreCandidates(heldOutPages(docs, k, held), trainWithoutFold(folds, held, s))...)
		}
		for _, th := range []float64{0.6, 0.7, 0.75, 0.8, 0.85, 0.9} {
			n, right := 0, 0
			for _, x := range list {
				if x.p >= th {
					n++
					right += b2i(x.right)
				}
			}
			t.Logf("l2 %g: score >= %.2f: precision %.4f, share %.4f (%d of %d)", l2, th, ratio(right, n), ratio(n, len(list)), n, len(list))
		}
	}
}

// TestConfidentShareOnNews logs the share of the suggestions on
// unannotated news (unannotatedTexts) that score at least ConfidentScore,
// and a histogram of the scores (-v; a study): what a change of the
// scores does to "Accept all" on pages with no gold.
func TestConfidentShareOnNews(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	n, confident := 0, 0
	bins := make([]int, 10)
	for _, x := range unannotatedTexts(t) {
		for _, s := range Suggest(x.Text, nil) {
			n++
			confident += b2i(Confident(s))
			bins[min(int(s.Score*10), 9)]++
		}
	}
	t.Logf("news: %d suggestions, %d confident (%.4f); by tenth of score %v", n, confident, ratio(confident, n), bins)
}
