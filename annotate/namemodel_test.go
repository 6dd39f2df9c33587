package annotate

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

// A learned decision per name (issue 16, fourteenth round, branch ner19j).
// resolve gives a name one type throughout a clipping, so a wrong type is
// wrong at every mention: on fresh news the rules' mistakes come by names,
// not by mentions. This step looks at each distinct name of a clipping
// once, with what all its mentions say (the rules that typed them and
// with what type, the recogniser's labels, list hits, the cue classes of
// the words around them, its shape, how many mentions, whether a longer
// name holds it, what kind of text the clipping is), and a multinomial
// logistic regression gives the probability of each type and of "no
// name". Where it is sure of another type than the rules', every mention
// of the name takes it; where it is sure the name is none, every mention
// goes. Its features are classes of evidence, never a name's words.
// namemodel_test.go trains it and measures it by cross-validation on the
// fresh half of the tune part (docs/entities.md, the fourteenth round).

// ruleRetypedByName names the rule of a mention the step retyped.
const ruleRetypedByName = "retyped with its name's other mentions"

// nameModel is a trained per-name classifier: a weight per feature and
// class, and the probabilities from which it drops or retypes a name (a
// value above 1 turns that action off).
type nameModel struct {
	Classes      []EntityType
	Weights      map[string][]float64
	Drop, Retype float64
	// mention holds the weights of the mentions' shares of a feature
	// ("m:" and the feature), by the feature's own name (indexMentions).
	mention map[string][]float64
}

// indexMentions fills m.mention from m.Weights.
func (m *nameModel) indexMentions() {
	m.mention = map[string][]float64{}
	for f, w := range m.Weights {
		if rest, ok := strings.CutPrefix(f, "m:"); ok {
			m.mention[rest] = w
		}
	}
}

// nameGroup is one distinct name of a clipping: the candidates that
// write it (by their text), and the type most of them have.
type nameGroup struct {
	text     string
	mentions []int
	typ      EntityType
}

// groupNames groups cands by the text of their spans, in order of first
// mention; a group's type is the one most of its mentions have (ties go
// to the first mention's).
func groupNames(runes []rune, cands []candidate) []nameGroup {
	index := map[string]int{}
	var out []nameGroup
	for i, c := range cands {
		text := strings.Join(strings.Fields(string(runes[c.start:c.end])), " ")
		k, ok := index[text]
		if !ok {
			k = len(out)
			index[text] = k
			out = append(out, nameGroup{text: text})
		}
		out[k].mentions = append(out[k].mentions, i)
	}
	for k := range out {
		g := &out[k]
		votes := map[EntityType]int{}
		best := cands[g.mentions[0]].typ
		for _, i := range g.mentions {
			t := cands[i].typ
			votes[t]++
			if votes[t] > votes[best] {
				best = t
			}
		}
		g.typ = best
	}
	return out
}

// countBucket writes a count of mentions as a class: 1, 2, 3-5 or 6+.
func countBucket(n int) string {
	switch {
	case n <= 1:
		return "1"
	case n == 2:
		return "2"
	case n <= 5:
		return "3-5"
	}
	return "6+"
}

// shareBucket writes a share as a class: none, low, some or high.
func shareBucket(x float64) string {
	switch {
	case x == 0:
		return "none"
	case x < 0.1:
		return "low"
	case x < 0.3:
		return "some"
	}
	return "high"
}

// docShares adds the share of a clipping's names the rules gave each
// type as features. The embedded classifier goes without them: with them
// it learns a page's mix of types, which carries over to no other page
// (namemodel_test.go turns them on to measure that).
var docShares = false

// docKindFeatures describe the kind of text a clipping is: a sports
// report, the share of its words that name a kind of product or device,
// and the share of its names the rules gave each type.
func docKindFeatures(toks []token, cands []candidate) map[string]float64 {
	fs := map[string]float64{}
	if isSportsReport(toks) {
		fs["doc-sports"] = 1
	}
	words, product := 0, 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		words++
		// A word for a kind of product is read in lower case only ("the
		// app"): capitalised, it starts a sentence or a name.
		if !t.upper && productKindWord[t.text] {
			product++
		}
	}
	if words > 0 {
		per1000 := 1000 * float64(product) / float64(words)
		switch {
		case per1000 >= 8:
			fs["doc-products=high"] = 1
		case per1000 >= 3:
			fs["doc-products=some"] = 1
		default:
			fs["doc-products=low"] = 1
		}
	}
	if docShares {
		byType := map[EntityType]int{}
		for _, c := range cands {
			byType[c.typ]++
		}
		for _, t := range EntityTypes {
			fs["doc-share-"+string(t)+"="+shareBucket(ratioOf(byType[t], len(cands)))] = 1
		}
	}
	return fs
}

// productKindWord holds every word for a kind of product, device,
// vehicle, craft or programme (kindWords), in either number.
var productKindWord = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range kindWords {
		if k.one != "" {
			m[k.one] = true
		}
		if k.many != "" {
			m[k.many] = true
		}
	}
	return m
}()

func ratioOf(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// nameFeatures describes each name of groups: the share of its mentions
// that have each feature of candidateFeatures, and features of the name
// and of the clipping as a whole.
func nameFeatures(runes []rune, toks []token, labels []string, cands []candidate, groups []nameGroup) []map[string]float64 {
	perMention, out := nameFeaturesApart(runes, toks, labels, cands, groups)
	for k, g := range groups {
		n := float64(len(g.mentions))
		for _, i := range g.mentions {
			for _, f := range perMention[i] {
				if f != "bias" {
					out[k]["m:"+f] += 1 / n
				}
			}
		}
	}
	return out
}

// nameFeaturesApart returns the features of each mention
// (candidateFeatures) and those of each name as a whole, apart: apply
// adds up the mentions' weights without writing their shares out.
func nameFeaturesApart(runes []rune, toks []token, labels []string, cands []candidate, groups []nameGroup) (perMention [][]string, names []map[string]float64) {
	perMention = candidateFeatures(runes, toks, labels, cands)
	doc := docKindFeatures(toks, cands)
	lower := lowerWordsOf(toks)
	// The names each word is part of, so that a name's longer and
	// shorter names are found without comparing every pair.
	byWord := map[string][]int{}
	for j, o := range groups {
		seen := map[string]bool{}
		for _, w := range strings.Fields(o.text) {
			if !seen[w] {
				seen[w] = true
				byWord[w] = append(byWord[w], j)
			}
		}
	}
	out := make([]map[string]float64, len(groups))
	for k, g := range groups {
		fs := make(map[string]float64, 32)
		fs["bias"] = 1
		cur := string(g.typ)
		if cur == "" {
			cur = "none"
		}
		bucket := countBucket(len(g.mentions))
		words := strings.Count(g.text, " ") + 1
		fs["n="+bucket] = 1
		fs["cur="+cur] = 1
		fs["cur+n="+cur+"+"+bucket] = 1
		fs["cur+words="+cur+"+"+itoaCap(words, 3)] = 1
		types := map[EntityType]bool{}
		for _, i := range g.mentions {
			types[cands[i].typ] = true
		}
		if len(types) > 1 {
			fs["mixed-types"] = 1
		}
		if words == 1 && lower[strings.ToLower(g.text)] {
			fs["written-lower-elsewhere"] = 1
			fs["written-lower-elsewhere+cur="+cur] = 1
		}
		// A longer name of the clipping that holds this one as whole
		// words, and a shorter one this one holds, with their types; and
		// how many more mentions this one has than the longer one it
		// stands for (a surname named once in full and then dozens of
		// times alone may be no person's).
		fuller := -1
		first, _, _ := strings.Cut(g.text, " ")
		for _, j := range byWord[first] {
			if o := groups[j]; j != k && len(o.text) > len(g.text) && holdsWords(o.text, g.text) && (fuller < 0 || len(o.mentions) > len(groups[fuller].mentions)) {
				fuller = j
			}
		}
		if fuller >= 0 {
			o := groups[fuller]
			fs["longer-rule="+cands[o.mentions[0]].rule] = 1
			switch r := float64(len(g.mentions)) / float64(len(o.mentions)); {
			case r >= 10:
				fs["alone/longer=10+"] = 1
				fs["alone/longer=10++cur="+cur] = 1
			case r >= 3:
				fs["alone/longer=3+"] = 1
				fs["alone/longer=3++cur="+cur] = 1
			}
		}
		near := map[int]bool{}
		for _, w := range strings.Fields(g.text) {
			for _, j := range byWord[w] {
				near[j] = true
			}
		}
		for j := range near {
			o := groups[j]
			if j == k || o.typ == "" {
				continue
			}
			switch {
			case len(o.text) > len(g.text) && holdsWords(o.text, g.text):
				fs["inside="+string(o.typ)] = 1
				fs["inside+cur="+string(o.typ)+"+"+cur] = 1
				if strings.HasSuffix(o.text, " "+g.text) {
					fs["last-words-of="+string(o.typ)] = 1
				}
				if strings.HasPrefix(o.text, g.text+" ") {
					fs["first-words-of="+string(o.typ)] = 1
				}
			case len(o.text) < len(g.text) && holdsWords(g.text, o.text):
				fs["holds="+string(o.typ)] = 1
			}
		}
		for f, v := range doc {
			fs[f] = v
			fs[f+"+cur="+cur] = v
		}
		out[k] = fs
	}
	return perMention, out
}

// holdsWords reports whether long holds short as whole words.
func holdsWords(long, short string) bool {
	for i := 0; ; {
		j := strings.Index(long[i:], short)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(short)
		if (at == 0 || long[at-1] == ' ') && (end == len(long) || long[end] == ' ') {
			return true
		}
		i = at + 1
	}
}

// decide returns what the classifier makes of a name now of type cur
// whose classes have probabilities p: its new type, or noEntity to drop
// it, and whether it changes anything.
func (m *nameModel) decide(p []float64, cur EntityType) (EntityType, bool) {
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	cls := m.Classes[best]
	switch {
	case cls == cur:
		return cur, false
	case cls == noEntity:
		return noEntity, p[best] >= m.Drop
	}
	return cls, p[best] >= m.Retype
}

// apply retypes or drops every mention of the names the classifier is
// sure about.
func (m *nameModel) apply(runes []rune, toks []token, labels []string, cands []candidate) []candidate {
	if m == nil || len(cands) == 0 {
		return cands
	}
	if m.mention == nil {
		m.indexMentions()
	}
	groups := groupNames(runes, cands)
	perMention, names := nameFeaturesApart(runes, toks, labels, cands, groups)
	drop := make([]bool, len(cands))
	changed := false
	p := make([]float64, len(m.Classes))
	for k, g := range groups {
		for c := range p {
			p[c] = 0
		}
		for _, f := range sortedFeatureNames(names[k]) {
			for c, w := range m.Weights[f] {
				p[c] += w * names[k][f]
			}
		}
		// Each mention's features count as their share of the name's
		// mentions (nameFeatures).
		share := 1 / float64(len(g.mentions))
		for _, i := range g.mentions {
			for _, f := range perMention[i] {
				if f == "bias" {
					continue
				}
				for c, w := range m.mention[f] {
					p[c] += w * share
				}
			}
		}
		softmax(p)
		cls, ok := m.decide(p, g.typ)
		if !ok {
			continue
		}
		changed = true
		for _, i := range g.mentions {
			if cls == noEntity {
				drop[i] = true
				continue
			}
			c := &cands[i]
			if c.typ != cls {
				c.typ, c.rule, c.firm, c.surnameOnly = cls, ruleRetypedByName, true, false
			}
		}
	}
	if !changed {
		return cands
	}
	out := cands[:0]
	for i, c := range cands {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// sortedFeatureNames returns the names of fs in order, so that a sum over
// them is the same on every run.
func sortedFeatureNames(fs map[string]float64) []string {
	names := make([]string, 0, len(fs))
	for f := range fs {
		names = append(names, f)
	}
	sort.Strings(names)
	return names
}

// The experiment of the per-name classifier (namemodel.go): its training,
// and its cross-validation by page on the fresh half of the tune part
// (freshHalf), the pages whose mistakes no rule was written by.

// nameDoc is a gold article read once by the rules: its candidates, its
// names and their features, and the gold type of each span.
type nameDoc struct {
	doc    goldDoc
	cands  []candidate
	groups []nameGroup
	feats  [][]weightedFeature
	gold   map[[2]int]EntityType
	labels []EntityType // the gold class of each name
}

// weightedFeature is one feature of a name and its value.
type weightedFeature struct {
	name  string
	value float64
}

// readNameDocs runs the rules over docs once and keeps what the
// classifier needs.
func readNameDocs(docs []goldDoc) []nameDoc {
	out := make([]nameDoc, 0, len(docs))
	for _, d := range docs {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		cands := findNames(runes, toks, labels, tags)
		groups := groupNames(runes, cands)
		nd := nameDoc{doc: d, cands: cands, groups: groups, gold: goldTypes(d)}
		for _, fs := range nameFeatures(runes, toks, labels, cands, groups) {
			var list []weightedFeature
			for _, f := range sortedFeatureNames(fs) {
				list = append(list, weightedFeature{f, fs[f]})
			}
			nd.feats = append(nd.feats, list)
		}
		for _, g := range groups {
			nd.labels = append(nd.labels, nameLabel(nd, g))
		}
		out = append(out, nd)
	}
	return out
}

// nameLabel is a name's gold class: the gold type most of its mentions
// have at exactly their span, or noEntity (ties go to the rules' type,
// then to the first in order).
func nameLabel(nd nameDoc, g nameGroup) EntityType {
	votes := map[EntityType]int{}
	for _, i := range g.mentions {
		c := nd.cands[i]
		t, ok := nd.gold[[2]int{c.start, c.end}]
		if !ok {
			t = noEntity
		}
		votes[t]++
	}
	best, top := EntityType(""), -1
	for _, t := range append([]EntityType{g.typ, noEntity}, EntityTypes...) {
		if votes[t] > top {
			best, top = t, votes[t]
		}
	}
	return best
}

// nameSettings are the training settings: epochs, rate, L2, the weight of
// a name of the studied tune part against one of the fresh half, and
// whether a name weighs by the square root of its mentions.
type nameSettings struct {
	epochs     int
	rate, l2   float64
	tuneWeight float64
	byMentions bool
	// docShares sets namemodel.go's docShares.
	docShares bool
}

func (s nameSettings) String() string {
	return fmt.Sprintf("epochs %d rate %g l2 %g tune weight %g by mentions %v doc shares %v", s.epochs, s.rate, s.l2, s.tuneWeight, s.byMentions, s.docShares)
}

// nameExample is a name's features, gold class and weight in training.
type nameExample struct {
	feats  []weightedFeature
	class  EntityType
	weight float64
}

// nameExamples are the names of docs as training examples, each of
// weight w (times the square root of its mentions if byMentions).
func nameExamples(docs []nameDoc, w float64, byMentions bool) []nameExample {
	var out []nameExample
	for _, nd := range docs {
		for k, g := range nd.groups {
			weight := w
			if byMentions {
				weight *= math.Sqrt(float64(len(g.mentions)))
			}
			out = append(out, nameExample{feats: nd.feats[k], class: nd.labels[k], weight: weight})
		}
	}
	return out
}

// trainNameModel fits the classifier by stochastic gradient descent on the
// weighted log loss with L2, examples in a fixed order.
func trainNameModel(examples []nameExample, s nameSettings) *nameModel {
	m := &nameModel{Classes: append([]EntityType{noEntity}, EntityTypes...), Weights: map[string][]float64{}, Drop: 2, Retype: 2}
	sort.Slice(m.Classes, func(i, j int) bool { return m.Classes[i] < m.Classes[j] })
	index := map[EntityType]int{}
	for i, c := range m.Classes {
		index[c] = i
	}
	for _, e := range examples {
		for _, f := range e.feats {
			if m.Weights[f.name] == nil {
				m.Weights[f.name] = make([]float64, len(m.Classes))
			}
		}
	}
	p := make([]float64, len(m.Classes))
	for epoch := 0; epoch < s.epochs; epoch++ {
		step := s.rate / (1 + float64(epoch)/4)
		for _, e := range examples {
			for k := range p {
				p[k] = 0
			}
			for _, f := range e.feats {
				for k, w := range m.Weights[f.name] {
					p[k] += w * f.value
				}
			}
			softmax(p)
			want := index[e.class]
			for _, f := range e.feats {
				w := m.Weights[f.name]
				for k := range w {
					g := p[k]
					if k == want {
						g--
					}
					w[k] -= step * (e.weight*g*f.value + s.l2*w[k])
				}
			}
		}
	}
	return m
}

// effectOf scores a doc with each name given decided[k] (its rules' type
// where nothing changes; noEntity drops it).
func effectOf(nd nameDoc, decided []EntityType) stepCounts {
	var e stepCounts
	golds := len(nd.gold)
	for k, g := range nd.groups {
		for _, i := range g.mentions {
			c := nd.cands[i]
			want, inGold := nd.gold[[2]int{c.start, c.end}]
			rightBefore := inGold && want == c.typ
			after := decided[k]
			if c.typ != g.typ && after == g.typ {
				after = c.typ // unchanged: a mention keeps its own type
			}
			// A wrong suggestion dropped is fixed too.
			rightAfter := inGold && want == after || after == noEntity && !rightBefore
			if rightBefore {
				e.rules.tp++
			} else {
				e.rules.fp++
			}
			if after != noEntity {
				if inGold && want == after {
					e.step.tp++
				} else {
					e.step.fp++
				}
			}
			switch {
			case rightAfter && !rightBefore:
				e.fixed++
			case rightBefore && !rightAfter:
				e.broken++
			}
		}
	}
	e.rules.fn = golds - e.rules.tp
	e.step.fn = golds - e.step.tp
	return e
}

// rulesDecisions are the rules' own types of a doc's names.
func rulesDecisions(nd nameDoc) []EntityType {
	out := make([]EntityType, len(nd.groups))
	for k, g := range nd.groups {
		out[k] = g.typ
	}
	return out
}

// namePrediction is the classifier's best class for one name and its
// probability.
type namePrediction struct {
	cls EntityType
	p   float64
}

// predictNames returns the classifier's prediction for every name of docs.
func predictNames(m *nameModel, docs []nameDoc) [][]namePrediction {
	out := make([][]namePrediction, len(docs))
	for d, nd := range docs {
		for k := range nd.groups {
			// The features in their sorted order, so that the sums, and
			// so the thresholds chosen, are the same on every run.
			p := make([]float64, len(m.Classes))
			for _, f := range nd.feats[k] {
				for c, w := range m.Weights[f.name] {
					p[c] += w * f.value
				}
			}
			softmax(p)
			best := 0
			for i := range p {
				if p[i] > p[best] {
					best = i
				}
			}
			out[d] = append(out[d], namePrediction{m.Classes[best], p[best]})
		}
	}
	return out
}

// decisionsAt turns predictions into decisions at thresholds drop and
// retype.
func decisionsAt(nd nameDoc, preds []namePrediction, drop, retype float64) []EntityType {
	out := rulesDecisions(nd)
	for k, g := range nd.groups {
		p := preds[k]
		switch {
		case p.cls == g.typ:
		case p.cls == noEntity && p.p >= drop:
			out[k] = noEntity
		case p.cls != noEntity && p.p >= retype:
			out[k] = p.cls
		}
	}
	return out
}

// thresholdGrid are the probabilities tried for dropping and retyping (2:
// never).
var thresholdGrid = []float64{0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2}

// chooseThresholds picks, from out-of-fold predictions on parts of the
// gold set, the thresholds of the grid that raise F1 the most, summed
// over the parts' gains (ties: the stricter).
func chooseThresholds(parts [][]nameDoc, preds [][][]namePrediction) (drop, retype, best float64) {
	best = math.Inf(-1)
	for _, dr := range thresholdGrid {
		for _, rt := range thresholdGrid {
			gain := 0.0
			for p, docs := range parts {
				var sum stepCounts
				for d, nd := range docs {
					sum.add(effectOf(nd, decisionsAt(nd, preds[p][d], dr, rt)))
				}
				gain += sum.step.f1() - sum.rules.f1()
			}
			if gain > best+1e-9 || gain > best-1e-9 && dr+rt > drop+retype {
				best, drop, retype = gain, dr, rt
			}
		}
	}
	return drop, retype, best
}

// pageFolds splits docs into k folds by page, keeping together the pages
// that share a name other than a person's (as groupedHalves does), unless
// the gold of other articles (elsewhere) names it too: a name as common as
// "Congress" would join most pages into one fold. Groups
// are dealt, largest first, to the fold with the fewest gold mentions.
func pageFolds(docs []nameDoc, elsewhere map[string]bool, k int) [][]nameDoc {
	sorted := append([]nameDoc(nil), docs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].doc.Name < sorted[j].doc.Name })
	parent := make([]int, len(sorted))
	for i := range parent {
		parent[i] = i
	}
	root := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	in := map[string][]int{}
	for i, nd := range sorted {
		seen := map[string]bool{}
		for _, e := range nd.doc.Entities {
			if e.Type == Person || len([]rune(e.Text)) < 4 || seen[e.Text] {
				continue
			}
			seen[e.Text] = true
			in[e.Text] = append(in[e.Text], i)
		}
	}
	for name, docsOf := range in {
		if len(docsOf) < 2 || len(docsOf) > 3 || elsewhere[name] {
			continue
		}
		for _, i := range docsOf[1:] {
			parent[root(i)] = root(docsOf[0])
		}
	}
	groups := map[int][]nameDoc{}
	var roots []int
	for i := range sorted {
		r := root(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], sorted[i])
	}
	size := func(g []nameDoc) int {
		n := 0
		for _, nd := range g {
			n += len(nd.doc.Entities)
		}
		return n
	}
	sort.SliceStable(roots, func(i, j int) bool { return size(groups[roots[i]]) > size(groups[roots[j]]) })
	folds := make([][]nameDoc, k)
	for _, r := range roots {
		small := 0
		for f := range folds {
			if size(folds[f]) < size(folds[small]) {
				small = f
			}
		}
		folds[small] = append(folds[small], groups[r]...)
	}
	return folds
}

// trainAndChoose trains on fresh (the fresh half's training folds) and
// tune (the studied tune part, weighted), and returns the model trained on
// all of it with the thresholds chosen out of fold: in inner folds, each
// fresh fold with a share of the studied tune part held out in turn, the
// thresholds that raise F1 the most, summed over the two parts' gains, so
// that a threshold fit for fresh pages does not break the names the rules
// get right on the pages they were written on.
func trainAndChoose(fresh [][]nameDoc, tune []nameDoc, s nameSettings) *nameModel {
	m, _ := trainAndChooseGain(fresh, tune, s)
	return m
}

// trainAndChooseGain is trainAndChoose, and also returns the gain the
// thresholds chosen gave in the inner folds.
func trainAndChooseGain(fresh [][]nameDoc, tune []nameDoc, s nameSettings) (*nameModel, float64) {
	tuneFolds := make([][]nameDoc, len(fresh))
	for i, nd := range tune {
		tuneFolds[i%len(fresh)] = append(tuneFolds[i%len(fresh)], nd)
	}
	examples := func(docs []nameDoc, tune bool) []nameExample {
		if !tune {
			return nameExamples(docs, 1, s.byMentions)
		}
		if s.tuneWeight == 0 {
			return nil
		}
		return nameExamples(docs, s.tuneWeight, s.byMentions)
	}
	var heldFresh, heldTune []nameDoc
	var predsFresh, predsTune [][]namePrediction
	for i := range fresh {
		var ex []nameExample
		for j := range fresh {
			if j != i {
				ex = append(ex, examples(fresh[j], false)...)
				ex = append(ex, examples(tuneFolds[j], true)...)
			}
		}
		m := trainNameModel(ex, s)
		heldFresh = append(heldFresh, fresh[i]...)
		predsFresh = append(predsFresh, predictNames(m, fresh[i])...)
		heldTune = append(heldTune, tuneFolds[i]...)
		predsTune = append(predsTune, predictNames(m, tuneFolds[i])...)
	}
	drop, retype, gain := chooseThresholds([][]nameDoc{heldFresh, heldTune}, [][][]namePrediction{predsFresh, predsTune})
	if forcedThresholds != nil {
		drop, retype = forcedThresholds[0], forcedThresholds[1]
	}
	var ex []nameExample
	for j := range fresh {
		ex = append(ex, examples(fresh[j], false)...)
		ex = append(ex, examples(tuneFolds[j], true)...)
	}
	m := trainNameModel(ex, s)
	m.Drop, m.Retype = drop, retype
	return m, gain
}

// nameCrossValidation runs k-fold cross-validation by page on the fresh
// half: for each fold, the model is trained (and its thresholds chosen in
// inner folds) on the other folds and the studied tune part, and applied to
// the fold held out. It returns each fold's effect and thresholds, and
// what changed.
func nameCrossValidation(folds [][]nameDoc, tune []nameDoc, settings ...nameSettings) (effects []stepCounts, thresholds [][2]float64, changes []string) {
	for i := range folds {
		var train [][]nameDoc
		for j, f := range folds {
			if j != i {
				train = append(train, f)
			}
		}
		// With several settings, the one whose thresholds gained most in
		// the inner folds (the first of equals), so that choosing a
		// setting is part of what is measured.
		var m *nameModel
		best := math.Inf(-1)
		for _, s := range settings {
			one, gain := trainAndChooseGain(train, tune, s)
			if gain > best+1e-9 {
				m, best = one, gain
				if len(settings) > 1 {
					changes = append(changes, fmt.Sprintf("fold %d: setting %s (inner gain %.4f)", i, s, gain))
				}
			}
		}
		var e stepCounts
		for d, preds := range predictNames(m, folds[i]) {
			nd := folds[i][d]
			decided := decisionsAt(nd, preds, m.Drop, m.Retype)
			e.add(effectOf(nd, decided))
			for k, g := range nd.groups {
				if os.Getenv("NER_NAME_MISSES") == "1" && decided[k] == g.typ && nd.labels[k] != g.typ && len(g.mentions) >= 3 {
					changes = append(changes, fmt.Sprintf("fold %d %s: kept %q %s (%d mentions, gold %s): predicted %s p %.2f",
						i, nd.doc.Name, g.text, g.typ, len(g.mentions), nd.labels[k], preds[k].cls, preds[k].p))
				}
				if decided[k] != g.typ {
					one := effectOf(nameDoc{cands: nd.cands, groups: []nameGroup{g}, gold: nd.gold}, []EntityType{decided[k]})
					changes = append(changes, fmt.Sprintf("fold %d %s: %q %s -> %s (p %.2f, gold %s): %d fixed, %d broken",
						i, nd.doc.Name, g.text, g.typ, decided[k], preds[k].p, nd.labels[k], one.fixed, one.broken))
				}
			}
		}
		effects = append(effects, e)
		thresholds = append(thresholds, [2]float64{m.Drop, m.Retype})
	}
	return effects, thresholds, changes
}

// nameSettingsTried are the settings the cross-validation compares.
var nameSettingsTried = []nameSettings{
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 0.3},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 1},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 3},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 5},
	{epochs: 30, rate: 0.1, l2: 0.01, tuneWeight: 3},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 3, byMentions: true},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 3, docShares: true},
}

// forcedThresholds, when set, replace the thresholds chosen in the inner
// folds (to study what the classifier would change).
var forcedThresholds *[2]float64

// nameFoldCount is how many folds the cross-validation has.
const nameFoldCount = 6

// TestNameModelCrossValidation logs the cross-validation of the per-name
// classifier on the fresh half for each setting: per fold and summed, the
// rules alone against the rules with the step, and the mentions fixed and
// broken (-v; NER_NAME_CHANGES=1 logs every name changed, NER_NAME_FORCE=1
// changes a name from p >= 0.5 whatever the inner folds choose).
func TestNameModelCrossValidation(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a measurement: run with -v")
	}
	defer func(a bool) { docShares = a }(docShares)
	defer func(old func([]rune, []token, []string, []candidate) []candidate) { retypeCandidates = old }(retypeCandidates)
	retypeCandidates = nil
	tune := loadGold(t, tunePart)
	docShares = false
	docSharesRead := false
	fresh := readNameDocs(freshTune(tune))
	studied := readNameDocs(studiedTune(tune))
	var rules stepCounts
	for _, nd := range fresh {
		rules.add(effectOf(nd, rulesDecisions(nd)))
	}
	if _, overall, _ := goldScore(freshTune(tune)); overall != rules.rules {
		t.Fatalf("the names' own scoring %+v differs from goldScore's %+v", rules.rules, overall)
	}
	elsewhere := map[string]bool{}
	for _, nd := range studied {
		for _, e := range nd.doc.Entities {
			elsewhere[e.Text] = true
		}
	}
	folds := pageFolds(fresh, elsewhere, nameFoldCount)
	for i, f := range folds {
		var names []string
		for _, nd := range f {
			names = append(names, nd.doc.Name)
		}
		t.Logf("fold %d: %s", i, strings.Join(names, " "))
	}
	if os.Getenv("NER_NAME_FORCE") == "1" {
		forcedThresholds = &[2]float64{0.5, 0.5}
		defer func() { forcedThresholds = nil }()
	}
	for _, s := range nameSettingsTried {
		docShares = s.docShares
		if s.docShares != docSharesRead {
			// The folds keep their pages; only the features change.
			byName := map[string]int{}
			for i, f := range folds {
				for _, nd := range f {
					byName[nd.doc.Name] = i
				}
			}
			fresh, studied = readNameDocs(freshTune(tune)), readNameDocs(studiedTune(tune))
			folds = make([][]nameDoc, nameFoldCount)
			for _, nd := range fresh {
				folds[byName[nd.doc.Name]] = append(folds[byName[nd.doc.Name]], nd)
			}
			docSharesRead = s.docShares
		}
		effects, thresholds, changes := nameCrossValidation(folds, studied, s)
		logNameCrossValidation(t, s.String(), effects, thresholds, changes)
	}
	// The setting chosen in each fold's inner folds among nestedSettings.
	docShares = false
	fresh, studied = readNameDocs(freshTune(tune)), readNameDocs(studiedTune(tune))
	byName := map[string]int{}
	for i, f := range folds {
		for _, nd := range f {
			byName[nd.doc.Name] = i
		}
	}
	folds = make([][]nameDoc, nameFoldCount)
	for _, nd := range fresh {
		folds[byName[nd.doc.Name]] = append(folds[byName[nd.doc.Name]], nd)
	}
	effects, thresholds, changes := nameCrossValidation(folds, studied, nestedSettings...)
	logNameCrossValidation(t, "nested", effects, thresholds, changes)
}

// nestedSettings are the settings among which each fold of the nested
// cross-validation chooses, in its inner folds.
var nestedSettings = []nameSettings{
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 10},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 5},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 3},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 1},
	{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 0.3},
	{epochs: 30, rate: 0.1, l2: 0.01, tuneWeight: 3},
	{epochs: 30, rate: 0.1, l2: 0.01, tuneWeight: 1},
}

// logNameCrossValidation logs a cross-validation's folds and sums.
func logNameCrossValidation(t *testing.T, s string, effects []stepCounts, thresholds [][2]float64, changes []string) {
	var sum stepCounts
	gains, losses := 0, 0
	for i, e := range effects {
		sum.add(e)
		switch {
		case e.step.f1() > e.rules.f1():
			gains++
		case e.step.f1() < e.rules.f1():
			losses++
		}
		t.Logf("%s | fold %d (drop %.2f retype %.2f): rules F1 %.4f, with the step %.4f; %d fixed, %d broken",
			s, i, thresholds[i][0], thresholds[i][1], e.rules.f1(), e.step.f1(), e.fixed, e.broken)
	}
	t.Logf("%s | summed: rules F1 %.4f (P %.3f R %.3f), with the step %.4f (P %.3f R %.3f); %d fixed, %d broken; gains on %d of %d folds, losses on %d",
		s, sum.rules.f1(), sum.rules.precision(), sum.rules.recall(), sum.step.f1(), sum.step.precision(), sum.step.recall(), sum.fixed, sum.broken, gains, len(effects), losses)
	for _, c := range changes {
		if os.Getenv("NER_NAME_CHANGES") == "1" || strings.Contains(c, "setting") {
			t.Log(c)
		}
	}
}

// TestNameLabels logs, for the fresh half and the studied tune part, how
// many names of each type the rules gave have each gold class (-v).
func TestNameLabels(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	for _, part := range []struct {
		name string
		docs []goldDoc
	}{{"fresh", freshTune(tune)}, {"studied", studiedTune(tune)}} {
		names, mentions := map[string]int{}, map[string]int{}
		for _, nd := range readNameDocs(part.docs) {
			for k, g := range nd.groups {
				key := string(g.typ) + " -> " + string(nd.labels[k])
				names[key]++
				mentions[key] += len(g.mentions)
			}
		}
		for _, k := range sortedFeatureNames(toFloat(names)) {
			t.Logf("%s %-28s names %4d mentions %5d", part.name, k, names[k], mentions[k])
		}
	}
}

func toFloat(m map[string]int) map[string]float64 {
	out := map[string]float64{}
	for k, v := range m {
		out[k] = float64(v)
	}
	return out
}

// bestNameSettings are the settings that did best of nameSettingsTried in
// the cross-validation (chosen by looking at it, so that its figure is
// optimistic; the nested figure is not).
var bestNameSettings = nameSettings{epochs: 30, rate: 0.1, l2: 0.03, tuneWeight: 3}

// freshFolds reads the fresh half and the studied tune part of tune and
// splits the fresh half into folds by page (pageFolds).
func freshFolds(tune []goldDoc, studiedDocs []goldDoc) (folds [][]nameDoc, studied []nameDoc) {
	fresh := readNameDocs(freshTune(tune))
	studied = readNameDocs(studiedDocs)
	elsewhere := map[string]bool{}
	for _, nd := range readNameDocs(studiedTune(tune)) {
		for _, e := range nd.doc.Entities {
			elsewhere[e.Text] = true
		}
	}
	return pageFolds(fresh, elsewhere, nameFoldCount), studied
}

// TestNameModelHalfB logs what the per-name classifier trained on the
// fresh half and half A of the studied tune part (tuneHalves) does to
// half B, which it did not see (-v).
func TestNameModelHalfB(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a measurement: run with -v")
	}
	defer func(old func([]rune, []token, []string, []candidate) []candidate) { retypeCandidates = old }(retypeCandidates)
	tune := loadGold(t, tunePart)
	a, b := tuneHalves(tune)
	retypeCandidates = nil
	_, rulesB, _ := goldScore(b)
	folds, studiedA := freshFolds(tune, a)
	m := trainAndChoose(folds, studiedA, bestNameSettings)
	retypeCandidates = m.apply
	_, afterB, _ := goldScore(b)
	t.Logf("half B, trained on the fresh half and half A (drop %.2f retype %.2f): rules F1 %.4f (P %.3f R %.3f), with the step %.4f (P %.3f R %.3f)",
		m.Drop, m.Retype, rulesB.f1(), rulesB.precision(), rulesB.recall(), afterB.f1(), afterB.precision(), afterB.recall())
}

// TestNameModelHalfAChanges logs what the per-name classifier trained on
// the fresh half and half B changes on half A, to study (-v).
func TestNameModelHalfAChanges(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	defer func(old func([]rune, []token, []string, []candidate) []candidate) { retypeCandidates = old }(retypeCandidates)
	retypeCandidates = nil
	tune := loadGold(t, tunePart)
	a, b := tuneHalves(tune)
	folds, studiedB := freshFolds(tune, b)
	m := trainAndChoose(folds, studiedB, bestNameSettings)
	var sum stepCounts
	for d, preds := range predictNames(m, readNameDocs(a)) {
		nd := readNameDocs(a[d : d+1])[0]
		decided := decisionsAt(nd, preds, m.Drop, m.Retype)
		sum.add(effectOf(nd, decided))
		for k, g := range nd.groups {
			if decided[k] != g.typ {
				one := effectOf(nameDoc{cands: nd.cands, groups: []nameGroup{g}, gold: nd.gold}, []EntityType{decided[k]})
				t.Logf("%s: %q %s -> %s (p %.2f, gold %s): %d fixed, %d broken", nd.doc.Name, g.text, g.typ, decided[k], preds[k].p, nd.labels[k], one.fixed, one.broken)
			}
		}
	}
	t.Logf("half A (drop %.2f retype %.2f): rules F1 %.4f, with the step %.4f; %d fixed, %d broken", m.Drop, m.Retype, sum.rules.f1(), sum.step.f1(), sum.fixed, sum.broken)
}

// BenchmarkNameStep5000Words reports what the per-name step would cost
// Suggest on the 5,000-word article of BenchmarkSuggest5000Words: the
// processor time of the step alone on the rules' candidates, per call,
// trained with bestNameSettings.
func BenchmarkNameStep5000Words(b *testing.B) {
	text := article5000(b)
	loadModel()
	runes := []rune(text)
	toks := tokenize(runes)
	labels, tags := recognise(text, runes, toks)
	cands := findNames(runes, toks, labels, tags)
	folds, studied := freshFolds(loadGold(b, tunePart), studiedTune(loadGold(b, tunePart)))
	m := trainAndChoose(folds, studied, bestNameSettings)
	work := make([]candidate, len(cands))
	n := 0
	cpuStart, cpuOK := processCPU()
	for b.Loop() {
		copy(work, cands)
		m.apply(runes, toks, labels, work)
		n++
	}
	if cpuEnd, ok := processCPU(); ok && cpuOK && n > 0 {
		b.ReportMetric(float64((cpuEnd-cpuStart).Microseconds())/1000/float64(n), "name_step_5000_words_cpu:ms")
	}
	b.ReportMetric(float64(len(groupNames(runes, cands))), "names:count")
}

// The step retypes every mention of a name it is sure about, drops every
// mention of one it is sure is no name, and leaves the others as the
// rules typed them.
func TestNameModelApply(t *testing.T) {
	text := "Quillo met Ann Varrow. Quillo said so, and Brelco agreed. Then Quillo left Brelco."
	runes := []rune(text)
	toks := tokenize(runes)
	at := func(word string, nth int) candidate {
		from := 0
		for ; nth >= 0; nth-- {
			i := strings.Index(string(runes[from:]), word)
			if i < 0 {
				t.Fatalf("no %q", word)
			}
			from += len([]rune(string(runes[from:])[:i])) + len([]rune(word))
		}
		start := from - len([]rune(word))
		return candidate{start: start, end: from, name: word, words: strings.Count(word, " ") + 1, rule: "a test's rule"}
	}
	cands := func() []candidate {
		q0, q1, q2 := at("Quillo", 0), at("Quillo", 1), at("Quillo", 2)
		q0.typ, q1.typ, q2.typ = Person, Person, Person
		a := at("Ann Varrow", 0)
		a.typ = Person
		b0, b1 := at("Brelco", 0), at("Brelco", 1)
		b0.typ, b1.typ = Place, Place
		return []candidate{q0, a, q1, b0, q2, b1}
	}
	// A model that reads a name of three mentions as an organisation and
	// one of two as no name, each with probability about 0.95, and has no
	// opinion of a name of one mention.
	model := func(drop, retype float64) *nameModel {
		m := &nameModel{Classes: []EntityType{noEntity, Organization, Person, Place}, Drop: drop, Retype: retype,
			Weights: map[string][]float64{"n=3-5": {0, 4, 0, 0}, "n=2": {4, 0, 0, 0}}}
		m.indexMentions()
		return m
	}
	describe := func(cs []candidate) string {
		var out []string
		for _, c := range cs {
			out = append(out, string(runes[c.start:c.end])+"/"+string(c.typ))
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		name         string
		drop, retype float64
		want         string
	}{
		{"a name sure to be of another type takes it at every mention, and one sure to be none goes", 0.9, 0.9,
			"Quillo/organization Ann Varrow/person Quillo/organization Quillo/organization"},
		{"a name the step is less sure of than its thresholds stays as the rules typed it", 0.99, 0.99,
			"Quillo/person Ann Varrow/person Quillo/person Brelco/place Quillo/person Brelco/place"},
		{"a step that only drops leaves the types", 0.9, 2,
			"Quillo/person Ann Varrow/person Quillo/person Quillo/person"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(model(tc.drop, tc.retype).apply(runes, toks, make([]string, len(toks)), cands()))
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
	var none *nameModel
	if got := describe(none.apply(runes, toks, make([]string, len(toks)), cands())); got != describe(cands()) {
		t.Errorf("without a model: %s", got)
	}
}
