package annotate

import (
	"fmt"
	"sort"
	"testing"
)

// spanVerdict is what the rules, prose's recogniser and the span
// classifier say of one candidate the rules suggest, beside the gold.
type spanVerdict struct {
	rule                string
	gold, rules, prose  EntityType // noEntity where there is none
	model, modelTyped   EntityType // the classifier's class, and its best type other than no name
	margin, typedMargin float32
}

// spanVerdicts runs the rules over docs and gives each candidate they
// type the three readings.
func spanVerdicts(docs []goldDoc, m *spanModel) []spanVerdict {
	var out []spanVerdict
	for _, d := range docs {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		words := tokenWords(toks)
		gold := goldTypes(d)
		for _, c := range findNames(runes, toks, labels, tags) {
			if c.typ == "" {
				continue
			}
			a := sort.Search(len(toks), func(i int) bool { return toks[i].start >= c.start })
			b := sort.Search(len(toks), func(i int) bool { return toks[i].end >= c.end })
			if a >= len(toks) || b >= len(toks) || toks[a].start != c.start || toks[b].end != c.end {
				continue
			}
			v := spanVerdict{rule: c.rule, gold: gold[[2]int{c.start, c.end}], rules: c.typ}
			if v.gold == "" {
				v.gold = noEntity
			}
			f := finder{labels: labels}
			v.prose = f.recognised(a, b+1)
			if v.prose == "" {
				v.prose = noEntity
			}
			sc := m.scores(candidateSpan(runes, toks, words, a, b+1))
			v.model, v.margin = bestOf(sc, 0)
			v.modelTyped, v.typedMargin = bestOf(sc, 1)
			out = append(out, v)
		}
	}
	return out
}

// bestOf returns the best class of scores from index from on, and its
// margin over the next.
func bestOf(sc []float32, from int) (EntityType, float32) {
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

// TestSpanModelAgreement measures, before any wiring, how often the span
// classifier's type for a candidate the rules suggest is the gold's,
// against prose's label and the rules' type, on FA and half A (the halves
// to study); and where the rules and it disagree, who is right, by
// class. A study: run with -v.
func TestSpanModelAgreement(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	m := spanClassifier()
	if m == nil || m.n == 0 {
		t.Skip("no span classifier")
	}
	tune := loadGold(t, tunePart)
	fa, _ := freshHalves(tune)
	ha, _ := tuneHalves(tune)
	for _, h := range []struct {
		name string
		docs []goldDoc
	}{{"FA", fa}, {"half A", ha}} {
		vs := spanVerdicts(h.docs, m)
		logSpanAgreement(t, h.name, vs)
	}
}

func logSpanAgreement(t *testing.T, name string, vs []spanVerdict) {
	var all, named, none int
	var rulesRight, proseRight, modelRight, proseNamed, modelNamed, typedNamed, proseNone, modelNone int
	type cls struct{ rules, model EntityType }
	type tally struct{ rulesRight, modelRight, neither int }
	dis := map[cls]*tally{}
	recog := struct{ n, rules, prose, model, typed int }{}
	for _, v := range vs {
		all++
		if v.rules == v.gold {
			rulesRight++
		}
		if v.prose == v.gold {
			proseRight++
		}
		if v.model == v.gold {
			modelRight++
		}
		if v.gold == noEntity {
			none++
			if v.prose == noEntity {
				proseNone++
			}
			if v.model == noEntity {
				modelNone++
			}
		} else {
			named++
			if v.prose == v.gold {
				proseNamed++
			}
			if v.model == v.gold {
				modelNamed++
			}
			if v.modelTyped == v.gold {
				typedNamed++
			}
		}
		if v.rule == "the recogniser's label" {
			recog.n++
			if v.rules == v.gold {
				recog.rules++
			}
			if v.prose == v.gold {
				recog.prose++
			}
			if v.model == v.gold {
				recog.model++
			}
			if v.modelTyped == v.gold {
				recog.typed++
			}
		}
		if v.modelTyped != v.rules {
			k := cls{v.rules, v.modelTyped}
			if dis[k] == nil {
				dis[k] = &tally{}
			}
			switch v.gold {
			case v.rules:
				dis[k].rulesRight++
			case v.modelTyped:
				dis[k].modelRight++
			default:
				dis[k].neither++
			}
		}
	}
	t.Logf("%s: %d candidates the rules type; %d are gold names at that span, %d are not", name, all, named, none)
	t.Logf("  all candidates right (no name counts): rules %d, prose %d, classifier %d", rulesRight, proseRight, modelRight)
	t.Logf("  gold names, type right: rules %d, prose %d, classifier %d, classifier's best type %d (of %d)", rulesRight, proseNamed, modelNamed, typedNamed, named)
	t.Logf("  not names, said no name: prose %d, classifier %d (of %d)", proseNone, modelNone, none)
	t.Logf("  rule \"the recogniser's label\": %d candidates; right: rules %d, prose %d, classifier %d, classifier's best type %d",
		recog.n, recog.rules, recog.prose, recog.model, recog.typed)
	var keys []cls
	for k := range dis {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := dis[keys[i]], dis[keys[j]]
		return a.rulesRight+a.modelRight+a.neither > b.rulesRight+b.modelRight+b.neither
	})
	t.Logf("  where the classifier's best type differs from the rules' (rules → classifier: rules right / classifier right / neither):")
	sum := tally{}
	for _, k := range keys {
		d := dis[k]
		sum.rulesRight += d.rulesRight
		sum.modelRight += d.modelRight
		sum.neither += d.neither
		t.Logf("    %-12s → %-12s %3d / %3d / %3d", k.rules, k.model, d.rulesRight, d.modelRight, d.neither)
	}
	t.Logf("    all: %d / %d / %d", sum.rulesRight, sum.modelRight, sum.neither)
	// By the classifier's margin: where it disagrees with the rules, how
	// sure it is and who is right.
	buckets := []float32{0, 2, 5, 10, 20}
	for i, lo := range buckets {
		var r, mdl, n int
		for _, v := range vs {
			hi := float32(1e9)
			if i+1 < len(buckets) {
				hi = buckets[i+1]
			}
			if v.modelTyped == v.rules || v.typedMargin < lo || v.typedMargin >= hi {
				continue
			}
			switch v.gold {
			case v.rules:
				r++
			case v.modelTyped:
				mdl++
			default:
				n++
			}
		}
		t.Logf("    margin %s: %d / %d / %d", fmt.Sprint(lo, "+"), r, mdl, n)
	}
}
