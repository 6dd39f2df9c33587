package annotate

import (
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// spanModelFromEnv trains a span classifier in memory with the settings
// NER_SPAN_WITHOUT (corpora left out, by name, comma-separated),
// NER_SPAN_REPEAT ("wikigold=3,re3d=3") and NER_SPAN_EPOCHS, to compare
// trainings in the studies.
func spanModelFromEnv(t *testing.T) *spanModel {
	s := spanTrainSettings{without: map[string]bool{}, repeat: map[string]int{}, epochs: shippedSpanSettings.epochs}
	for _, n := range strings.Split(os.Getenv("NER_SPAN_WITHOUT"), ",") {
		s.without[n] = n != ""
	}
	for _, kv := range strings.Split(os.Getenv("NER_SPAN_REPEAT"), ",") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			s.repeat[k], _ = strconv.Atoi(v)
		}
	}
	if e, err := strconv.Atoi(os.Getenv("NER_SPAN_EPOCHS")); err == nil {
		s.epochs = e
	}
	built, _, sizes := buildSpanModel(t, s)
	t.Logf("trained in memory: %v; %s", s, strings.Join(sizes, "; "))
	m, err := parseSpanModel(string(built))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

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
			ctx := candidateSpan(toks, words, a, b+1)
			sc := m.scores(ctx, spanHitsOf(string(runes[c.start:c.end]), words[a], words[b]))
			v.model, v.margin = bestClass(sc, 0)
			v.modelTyped, v.typedMargin = bestClass(sc, 1)
			out = append(out, v)
		}
	}
	return out
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
	if os.Getenv("NER_SPAN_TRAIN") != "" {
		m = spanModelFromEnv(t)
	}
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

// readingTally counts candidates and how often each reading of them is
// right: the rules', prose's, the classifier's, and the classifier's best
// type other than no name.
type readingTally struct{ n, rules, prose, model, typed int }

func (r *readingTally) add(v spanVerdict) {
	r.n++
	if v.rules == v.gold {
		r.rules++
	}
	if v.prose == v.gold {
		r.prose++
	}
	if v.model == v.gold {
		r.model++
	}
	if v.modelTyped == v.gold {
		r.typed++
	}
}

func logSpanAgreement(t *testing.T, name string, vs []spanVerdict) {
	var all, named, none int
	var rulesRight, proseRight, modelRight, proseNamed, modelNamed, typedNamed, proseNone, modelNone int
	type cls struct{ rules, model EntityType }
	type tally struct{ rulesRight, modelRight, neither int }
	dis := map[cls]*tally{}
	var recog readingTally
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
			recog.add(v)
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
	// By rule, where the rules are wrong most often: how often each
	// reading is right (the gold's type, or no name where the gold has
	// none), to see whether the classifier knows better where a rule is
	// weak.
	byRule := map[string]*readingTally{}
	for _, v := range vs {
		r := byRule[v.rule]
		if r == nil {
			r = &readingTally{}
			byRule[v.rule] = r
		}
		r.add(v)
	}
	var rules []string
	for k := range byRule {
		rules = append(rules, k)
	}
	sort.Slice(rules, func(i, j int) bool {
		a, b := byRule[rules[i]], byRule[rules[j]]
		if a.n-a.rules != b.n-b.rules {
			return a.n-a.rules > b.n-b.rules
		}
		return rules[i] < rules[j]
	})
	t.Logf("  by rule, the rules' mistakes first (candidates: right by rules / prose / classifier):")
	for i, k := range rules {
		if i >= 12 {
			break
		}
		r := byRule[k]
		t.Logf("    %-45q %3d: %3d / %3d / %3d", k, r.n, r.rules, r.prose, r.model)
	}
	// Where it says no name: how many are names the rules typed right,
	// by its margin (what a step that drops them would break and mend).
	t.Logf("  where the classifier says no name (rules right / gold no name / a name of another type), by margin:")
	for i, lo := range buckets {
		var r, none, other int
		for _, v := range vs {
			hi := float32(1e9)
			if i+1 < len(buckets) {
				hi = buckets[i+1]
			}
			if v.model != noEntity || v.margin < lo || v.margin >= hi {
				continue
			}
			switch v.gold {
			case v.rules:
				r++
			case noEntity:
				none++
			default:
				other++
			}
		}
		t.Logf("    margin %s: %d / %d / %d", fmt.Sprint(lo, "+"), r, none, other)
	}
}

// scoredCandidate is a candidate's score and whether the gold has it.
type scoredCandidate struct {
	p     float64
	right bool
}

// scoreCandidates scores the candidates the rules type on docs with m.
func scoreCandidates(docs []goldDoc, m *typeModel) []scoredCandidate {
	var out []scoredCandidate
	for _, d := range docs {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		cands := findNames(runes, toks, labels, tags)
		want := goldSpans(d)
		for i, fs := range candidateFeatures(runes, toks, labels, cands) {
			c := cands[i]
			if c.typ == "" {
				continue
			}
			out = append(out, scoredCandidate{m.score(fs, c.typ), want[spanKey{c.start, c.end, c.typ}]})
		}
	}
	return out
}

// confidentFigures are the precision and share of the candidates scored
// at ConfidentScore or more, the precision of the top share of them by
// score, and their mean log loss.
func confidentFigures(list []scoredCandidate, share float64) (precision, got, atShare, logLoss float64) {
	right, n := 0, 0
	for _, x := range list {
		p := math.Min(math.Max(x.p, 1e-6), 1-1e-6)
		if x.right {
			logLoss -= math.Log(p)
		} else {
			logLoss -= math.Log(1 - p)
		}
		if x.p >= ConfidentScore {
			n++
			if x.right {
				right++
			}
		}
	}
	sorted := slices.Clone(list)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].p > sorted[j].p })
	k, top := int(share*float64(len(list))+0.5), 0
	for _, x := range sorted[:k] {
		if x.right {
			top++
		}
	}
	return ratio(right, n), ratio(n, len(list)), ratio(top, k), logLoss / float64(len(list))
}

// TestSpanModelScorer measures the span classifier as features of the
// type classifier (typemodel.go): trained on the studied tune part as
// shipped, scored on the fresh halves (out of sample); and trained on one
// half of the studied tune part, scored on the other. It compares the
// confident suggestions' precision and share, the precision of the top
// of the ranking at the share without the features, and the log loss. A
// study: run with -v.
func TestSpanModelScorer(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	defer func(old bool) { spanClassFeatures = old }(spanClassFeatures)
	tune := loadGold(t, tunePart)
	fa, fb := freshHalves(tune)
	ha, hb := tuneHalves(tune)
	studied := studiedTune(tune)
	type run struct {
		name        string
		train, held []goldDoc
	}
	runs := []run{{"FA (trained on the studied tune part)", studied, fa}, {"FB (trained on the studied tune part)", studied, fb},
		{"half A (trained on half B)", hb, ha}, {"half B (trained on half A)", ha, hb}}
	for _, r := range runs {
		var share float64
		for _, on := range []bool{false, true} {
			spanClassFeatures = on
			m := trainTypeModel(typeExamples(r.train), shippedTypeSettings)
			list := scoreCandidates(r.held, m)
			if !on {
				_, share, _, _ = confidentFigures(list, 0)
			}
			prec, got, top, loss := confidentFigures(list, share)
			t.Logf("%s, span features %v: %d candidates; confident precision %.4f at share %.4f; at share %.4f precision %.4f; log loss %.4f",
				r.name, on, len(list), prec, got, share, top, loss)
		}
	}
}

// BenchmarkSpanFeatures5000Words reports what the span classifier adds
// to a suggestion on the 5,000-word article: the processor time of the
// type classifier's features with and without it, per call, and how many
// candidates it read.
func BenchmarkSpanFeatures5000Words(b *testing.B) {
	defer func(old bool) { spanClassFeatures = old }(spanClassFeatures)
	text := article5000(b)
	runes := []rune(text)
	toks := tokenize(runes)
	labels, tags := recognise(text, runes, toks)
	cands := findNames(runes, toks, labels, tags)
	spanClassifier()
	for b.Loop() {
		for _, on := range []bool{false, true} {
			spanClassFeatures = on
			start, ok := processCPU()
			const n = 20
			for range n {
				candidateFeatures(runes, toks, labels, cands)
			}
			if end, ok2 := processCPU(); ok && ok2 {
				name := "features_without_span_cpu:ms"
				if on {
					name = "features_with_span_cpu:ms"
				}
				b.ReportMetric(float64((end-start).Microseconds())/1000/n, name)
			}
		}
	}
	b.ReportMetric(float64(len(cands)), "candidates")
}

// TestSpanModelAsRecogniserLabel scores the halves with the rule "the
// recogniser's label" reading the span classifier's type in place of
// prose's label (its best type; or its class, no name leaving the phrase
// untyped). A study: run with -v.
func TestSpanModelAsRecogniserLabel(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	m := spanClassifier()
	defer func() { recognisedLabelHook = nil }()
	tune := loadGold(t, tunePart)
	fa, fb := freshHalves(tune)
	ha, hb := tuneHalves(tune)
	hook := func(from int) func(f *finder, a, b int) EntityType {
		return func(f *finder, a, b int) EntityType {
			words := tokenWords(f.toks)
			ctx := candidateSpan(f.toks, words, a, b)
			typ, _ := bestClass(m.scores(ctx, spanHitsOf(f.text(a, b), words[a], words[b-1])), from)
			if typ == noEntity {
				return ""
			}
			return typ
		}
	}
	for _, v := range []struct {
		name string
		hook func(f *finder, a, b int) EntityType
	}{{"prose's label", nil}, {"the classifier's best type", hook(1)}, {"the classifier's class", hook(0)},
		{"prose's label, or the classifier's class where prose reads none", func(f *finder, a, b int) EntityType {
			if typ := f.recognised(a, b); typ != "" {
				return typ
			}
			return hook(0)(f, a, b)
		}},
		{"prose's label, or none where the classifier reads none", func(f *finder, a, b int) EntityType {
			if hook(0)(f, a, b) == "" {
				return ""
			}
			return f.recognised(a, b)
		}}} {
		recognisedLabelHook = v.hook
		for _, h := range []struct {
			name string
			docs []goldDoc
		}{{"FA", fa}, {"half A", ha}, {"FB", fb}, {"half B", hb}} {
			_, overall, _ := goldScore(h.docs)
			t.Logf("%s, %s: F1 %.4f (P %.3f, R %.3f)", v.name, h.name, overall.f1(), overall.precision(), overall.recall())
		}
	}
}

// TestSpanModelScorerOnNews reads what the span features change on
// unannotated news (unannotatedTexts): the suggestions that become or stop
// being confident, with their scores without and with them (both
// classifiers trained on the studied tune part, as shipped). A study: run
// with -v; NER_SPAN_SHOW=N logs N of each.
func TestSpanModelScorerOnNews(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	defer func(old bool) { spanClassFeatures = old }(spanClassFeatures)
	studied := studiedTune(loadGold(t, tunePart))
	spanClassFeatures = false
	without := trainTypeModel(typeExamples(studied), shippedTypeSettings)
	spanClassFeatures = true
	with := trainTypeModel(typeExamples(studied), shippedTypeSettings)
	show, _ := strconv.Atoi(os.Getenv("NER_SPAN_SHOW"))
	var all, confBefore, confAfter, up, down int
	var ups, downs []string
	for _, u := range unannotatedTexts(t) {
		runes := []rune(u.Text)
		toks := tokenize(runes)
		labels, tags := recognise(u.Text, runes, toks)
		cands := findNames(runes, toks, labels, tags)
		spanClassFeatures = false
		before := candidateFeatures(runes, toks, labels, cands)
		spanClassFeatures = true
		after := candidateFeatures(runes, toks, labels, cands)
		for i, c := range cands {
			if c.typ == "" {
				continue
			}
			all++
			p0, p1 := without.score(before[i], c.typ), with.score(after[i], c.typ)
			was, is := p0 >= ConfidentScore, p1 >= ConfidentScore
			if was {
				confBefore++
			}
			if is {
				confAfter++
			}
			line := fmt.Sprintf("%s: %q %s (%s) %.2f → %.2f", u.Name, string(runes[c.start:c.end]), c.typ, c.rule, p0, p1)
			switch {
			case is && !was:
				up++
				ups = append(ups, line)
			case was && !is:
				down++
				downs = append(downs, line)
			}
		}
	}
	t.Logf("%d suggestions on unannotated news; confident %d → %d (%d become confident, %d stop being)", all, confBefore, confAfter, up, down)
	for i, l := range ups {
		if i >= show {
			break
		}
		t.Log("up   ", l)
	}
	for i, l := range downs {
		if i >= show {
			break
		}
		t.Log("down ", l)
	}
}
