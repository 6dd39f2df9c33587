package annotate

import (
	_ "embed"
	"fmt"
	"log/slog"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
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

//go:embed data/names.weights
var nameWeightsData string

var (
	nameModelOnce   sync.Once
	nameModelLoaded *nameModel
)

// nameClassifier returns the embedded per-name classifier, parsed on
// first use, or nil if it cannot be read (then the rules' names stand).
func nameClassifier() *nameModel {
	nameModelOnce.Do(func() {
		m, err := parseNameModel(nameWeightsData)
		if err != nil {
			slog.Error("annotate: the per-name classifier's weights cannot be read", "err", err)
			return
		}
		nameModelLoaded = m
	})
	return nameModelLoaded
}

// decideNames is the step suggest runs after the rules: the embedded
// classifier's decision per name. Tests set it to nil to score the rules
// alone.
var decideNames = func(runes []rune, toks []token, labels []string, cands []candidate) []candidate {
	return nameClassifier().apply(runes, toks, labels, cands)
}

// The weights file (data/names.weights, written by go test -run
// TestNameModelFile ./annotate/ -update) is text: comment lines starting
// with "#", a line "thresholds" with the probabilities from which a name
// is dropped and retyped, a line "classes" with the class names, then a
// line per feature: its name, a tab, and one weight per class.

// parseNameModel reads a weights file.
func parseNameModel(data string) (*nameModel, error) {
	m := &nameModel{Weights: map[string][]float64{}, Drop: 2, Retype: 2}
	thresholds := false
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
		case name == "thresholds" && !thresholds:
			if len(fields) != 2 {
				return nil, fmt.Errorf("line %d: %d thresholds, want 2", n+1, len(fields))
			}
			for k, dst := range []*float64{&m.Drop, &m.Retype} {
				v, err := strconv.ParseFloat(fields[k], 64)
				if err != nil {
					return nil, fmt.Errorf("line %d: %w", n+1, err)
				}
				*dst = v
			}
			thresholds = true
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
	if len(m.Classes) == 0 || !thresholds {
		return nil, fmt.Errorf("no classes or no thresholds")
	}
	m.indexMentions()
	return m, nil
}

// ruleRetypedByName names the rule of a mention nameStep retyped.
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

// probabilities is the classifier's probability of each class for a name
// with features fs.
func (m *nameModel) probabilities(fs map[string]float64) []float64 {
	p := make([]float64, len(m.Classes))
	for f, v := range fs {
		for k, w := range m.Weights[f] {
			p[k] += w * v
		}
	}
	normalise(p)
	return p
}

// normalise turns the sums of weights p into probabilities (softmax).
func normalise(p []float64) {
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
		for f, v := range names[k] {
			for c, w := range m.Weights[f] {
				p[c] += w * v
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
		normalise(p)
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
