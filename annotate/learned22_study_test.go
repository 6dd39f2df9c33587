package annotate

import (
	"math"
	"slices"
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
	withoutJ := slices.DeleteFunc(slices.Clone(tune), func(d goldDoc) bool { return d.Half == fifthFresh })
	halves = append(halves, namedHalf{"tune-J", withoutJ})
	for _, h := range halves {
		f := figuresOf(h.docs)
		t.Logf("figure %-6s F1 %.4f (tp %d fp %d fn %d) confident P %.4f share %.4f brier %.4f logloss %.4f auc %.4f",
			h.name, f.all.f1(), f.all.tp, f.all.fp, f.all.fn, ratio(f.right, f.confident), ratio(f.confident, f.n), f.brier, f.logLoss, f.auc)
	}
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
	docs := trainingTune(loadGold(t, tunePart))
	slices.SortFunc(docs, func(a, b goldDoc) int { return strings.Compare(a.Name, b.Name) })
	const k = 4
	folds := make([][]typeExample, k)
	for i, d := range docs {
		folds[i%k] = append(folds[i%k], typeExamples([]goldDoc{d})...)
	}
	for _, l2 := range []float64{0.0003, 0.001, 0.003, 0.01, 0.02, 0.03, 0.05, 0.1} {
		s := shippedTypeSettings
		s.l2 = l2
		loss, n := 0.0, 0
		for held := range k {
			var train []typeExample
			for i := range k {
				if i != held {
					train = append(train, folds[i]...)
				}
			}
			m := trainTypeModel(train, s)
			for _, e := range folds[held] {
				p := m.probabilities(e.features)
				q := 1e-4
				if i := slices.Index(m.Classes, e.class); i >= 0 {
					q = max(p[i], 1e-4)
				}
				loss -= math.Log(q)
				n++
			}
		}
		t.Logf("l2 %g: held-out log loss %.4f over %d examples", l2, loss/float64(n), n)
	}
}
