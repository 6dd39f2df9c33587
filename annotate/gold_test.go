package annotate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// goldDoc is one hand-annotated article of testdata/gold: the text and
// every entity mention in it (see testdata/gold/README.md for the rules
// the annotation follows).
type goldDoc struct {
	Name     string       `json:"-"` // the file's name without .json
	Part     string       `json:"-"` // "tune" or "test", from split.txt
	Half     string       `json:"-"` // "A", "F" or "G" where split.txt puts a tune article in half A, the fresh half or the second fresh set
	Key      string       `json:"key"`
	URL      string       `json:"url"`
	Text     string       `json:"text"`
	Entities []goldEntity `json:"entities"`
}

type goldEntity struct {
	Text  string     `json:"text"`
	Type  EntityType `json:"type"`
	Start int        `json:"start"`
	End   int        `json:"end"`
}

// The parts of the gold set (testdata/gold/split.txt).
const (
	tunePart = "tune"
	testPart = "test"
)

// freshHalf names the tune articles added in issue 16's fourteenth round
// to be annotated at first sight and then never studied for rules: they
// are in neither study half (tuneHalves), so no rule is written or kept by
// their mistakes; their figure (TestEntityGoldFresh) is what the rules do
// on news they were not written against, and what they get wrong there is
// the training data of anything learned on top of the rules.
const freshHalf = "F"

// freshPart names the fresh half in BenchmarkEntityGold's figures.
const freshPart = "fresh"

// secondFresh names the tune articles added in issue 16's fifteenth round
// (newspaper's test pages), annotated at first sight like the fresh half
// and kept apart from it: they were in no study half, no rule was written
// by their mistakes, and the scorer and the rules' confidences were
// measured without them (until the set was split into GA and GB, and GA
// joined trainingTune in issue 16's seventeenth round). Their figure (TestEntityGoldSecondFresh,
// entity_*_fresh_g) is the rules' on pages nobody had read when the
// fresh half was studied.
const secondFresh = "G"

// secondFreshPart names the second fresh set in BenchmarkEntityGold's
// figures.
const secondFreshPart = "fresh_g"

// thirdFresh names the tune articles added at the end of issue 16's
// fifteenth round (more of newspaper's test pages), annotated at first
// sight and kept for the next round to check on: no study read them,
// their mistakes were printed nowhere, and the scorer and the confidences
// were measured without them (TestEntityGoldThirdFresh, entity_*_fresh_h)
// until the set was split into HA and HB (thirdFreshHalves) and HA joined
// trainingTune.
const thirdFresh = "H"

// thirdFreshPart names the third fresh set in BenchmarkEntityGold's
// figures.
const thirdFreshPart = "fresh_h"

// fourthFresh names the tune articles added in issue 16's sixteenth round
// (more of newspaper's test pages), annotated at first sight and scored
// once as they stood, then kept as a check nobody studied for that round:
// no study read them, and the scorer and the confidences are measured
// without them (TestEntityGoldFourthFresh, entity_*_fresh_i). In the
// seventeenth round the set was scored once more and split into IA, to
// study, and IB, to check (fourthFreshHalves), and IA joined the pages
// the scorer and the confidences are trained on (trainingTune).
const fourthFresh = "I"

// fourthFreshPart names the fourth fresh set in BenchmarkEntityGold's
// figures.
const fourthFreshPart = "fresh_i"

// fifthFresh names the tune articles added in issue 16's seventeenth
// round (goose3's test pages), annotated at first sight and kept as the
// round's check nobody studies: no study reads them, their mistakes are
// printed nowhere, and the scorer and the confidences are measured without
// them (TestEntityGoldFifthFresh, entity_*_fresh_j).
const fifthFresh = "J"

// fifthFreshPart names the fifth fresh set in BenchmarkEntityGold's
// figures.
const fifthFreshPart = "fresh_j"

// freshSets are the halves split.txt names for the tune articles read at
// first sight, the fresh half and the later fresh sets, in the order they
// were added.
var freshSets = []string{freshHalf, secondFresh, thirdFresh, fourthFresh, fifthFresh}

// tuneWithoutUnseen is the tune part without the fresh set nobody
// studies (fifthFresh, J): what a study may score as "the tune part",
// since J's figures are the merger's alone.
func tuneWithoutUnseen(tune []goldDoc) []goldDoc {
	return slices.DeleteFunc(slices.Clone(tune), func(d goldDoc) bool { return d.Half == fifthFresh })
}

// readAtFirstSight reports whether d is in the fresh half or a later
// fresh set: articles whose mistakes no rule is written by.
func readAtFirstSight(d goldDoc) bool {
	return slices.Contains(freshSets, d.Half)
}

// loadGold reads the gold articles of part ("tune", "test", or "" for
// all of them).
func loadGold(t testing.TB, part string) []goldDoc {
	t.Helper()
	split, halves := goldSplit(t)
	paths, err := filepath.Glob(filepath.Join("testdata", "gold", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	var docs []goldDoc
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".json")
		if split[name] == "" {
			t.Fatalf("%s is in neither part of testdata/gold/split.txt", name)
		}
		if part != "" && split[name] != part {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var d goldDoc
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		d.Name, d.Part, d.Half = name, split[name], halves[name]
		docs = append(docs, d)
	}
	return docs
}

// goldSplit reads testdata/gold/split.txt: the part of each article, and
// the half of the tune part a line names in a third field: articles added
// to be studied at first sight go to half A, leaving half B as it was;
// articles added to be read at first sight and never studied by a rule go
// to the fresh half F (freshHalf), and later ones read the same way to the
// second fresh set G (secondFresh).
func goldSplit(t testing.TB) (split, halves map[string]string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "gold", "split.txt"))
	if err != nil {
		t.Fatal(err)
	}
	split, halves = map[string]string{}, map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || len(f) > 3 || strings.HasPrefix(line, "#") {
			continue
		}
		if f[1] != tunePart && f[1] != testPart {
			t.Fatalf("split.txt: %q is in part %q", f[0], f[1])
		}
		split[f[0]] = f[1]
		if len(f) == 3 {
			if f[1] != tunePart || (f[2] != "A" && !slices.Contains(freshSets, f[2])) {
				t.Fatalf("split.txt: %q names half %q of part %q; only tune articles go to half A, F, G, H, I or J", f[0], f[2], f[1])
			}
			halves[f[0]] = f[2]
		}
	}
	return split, halves
}

// counts are true positives, false positives and false negatives.
type counts struct{ tp, fp, fn int }

// add adds o's counts to c.
func (c *counts) add(o counts) {
	c.tp += o.tp
	c.fp += o.fp
	c.fn += o.fn
}

func (c counts) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c counts) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c counts) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// goldScore compares Suggest with the gold set by exact span and type, per
// type and overall (micro-averaged), and lists the mistakes.
func goldScore(docs []goldDoc) (byType map[EntityType]counts, overall counts, mistakes []string) {
	return goldScoreWith(docs, func(d goldDoc) []Suggestion { return Suggest(d.Text, nil) })
}

// goldScoreWith scores the suggestions suggest makes for each document.
func goldScoreWith(docs []goldDoc, suggest func(goldDoc) []Suggestion) (byType map[EntityType]counts, overall counts, mistakes []string) {
	byType = map[EntityType]counts{}
	for _, d := range docs {
		type key struct {
			start, end int
			typ        EntityType
		}
		want := map[key]bool{}
		for _, e := range d.Entities {
			want[key{e.Start, e.End, e.Type}] = true
		}
		got := map[key]bool{}
		for _, s := range suggest(d) {
			got[key{s.Selector.Start, s.Selector.End, s.Type}] = true
		}
		for k := range got {
			c := byType[k.typ]
			if want[k] {
				c.tp++
			} else {
				c.fp++
				mistakes = append(mistakes, fmt.Sprintf("%s: false %s %q at %d", d.Name, k.typ, string([]rune(d.Text)[k.start:k.end]), k.start))
			}
			byType[k.typ] = c
		}
		for k := range want {
			if !got[k] {
				c := byType[k.typ]
				c.fn++
				byType[k.typ] = c
				mistakes = append(mistakes, fmt.Sprintf("%s: missed %s %q at %d", d.Name, k.typ, string([]rune(d.Text)[k.start:k.end]), k.start))
			}
		}
	}
	for _, c := range byType {
		overall.add(c)
	}
	sort.Strings(mistakes)
	return byType, overall, mistakes
}

func TestGoldSpansMatchText(t *testing.T) {
	for _, d := range loadGold(t, "") {
		runes := []rune(d.Text)
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
				t.Errorf("%s: entity %+v does not match its text", d.Key, e)
			}
		}
	}
}

// TestEntityGoldFloor keeps the recogniser from regressing: persons and
// places must stay above a floor of exact-match F1 on the studied tune
// articles (studiedTune: half A and half B). Half A's mistakes are
// logged, to study; half B's, which checks the rules, the fresh sets' and
// the test part's are not (BenchmarkEntityGold prints their scores only).
func TestEntityGoldFloor(t *testing.T) {
	docs := studiedTune(loadGold(t, tunePart))
	byType, overall, mistakes := goldScore(docs)
	halfA, _ := tuneHalves(docs)
	inA := map[string]bool{}
	for _, d := range halfA {
		inA[d.Name] = true
	}
	for _, m := range mistakes {
		if name, _, _ := strings.Cut(m, ": "); inA[name] {
			t.Log(m)
		}
	}
	for _, typ := range EntityTypes {
		c := byType[typ]
		t.Logf("%-12s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", typ, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn)
	}
	t.Logf("overall      P %.3f R %.3f F1 %.3f", overall.precision(), overall.recall(), overall.f1())
	for _, d := range docs {
		byType, overall, _ := goldScore([]goldDoc{d})
		t.Logf("%-26s person F1 %.3f, place F1 %.3f, organization F1 %.3f, overall F1 %.3f",
			d.Name, byType[Person].f1(), byType[Place].f1(), byType[Organization].f1(), overall.f1())
	}
	for _, typ := range []EntityType{Person, Place} {
		if f := byType[typ].f1(); f < goldFloor {
			t.Errorf("%s F1 = %.3f, want >= %.2f", typ, f, goldFloor)
		}
	}
}

// goldFloor is the lowest person and place F1 on the tune part that
// TestEntityGoldFloor accepts.
const goldFloor = 0.9

// studiedTune returns the tune articles rules may be studied on: all but
// the fresh half and the second fresh set.
func studiedTune(docs []goldDoc) []goldDoc {
	var kept []goldDoc
	for _, d := range docs {
		if !readAtFirstSight(d) {
			kept = append(kept, d)
		}
	}
	return kept
}

// trainingTune returns the tune articles every learned step is trained
// and measured on: the type classifier (TestTypeModelFile) and the rules'
// confidences (TestRuleConfidence). It is studiedTune (half A and half B)
// and, since issue 16's seventeenth round (branch ner22m), the fresh
// sets' study halves FA, GA, HA and IA: the rules are studied on those
// anyway, and their pages (readability's and newspaper's test pages,
// news of many outlets) are the most like the unseen news the
// suggestions are judged on. The fresh sets' check halves (FB, GB, HB,
// IB), set J and the test part stay out, so that the check halves still
// measure the learned steps out of their training.
func trainingTune(docs []goldDoc) []goldDoc {
	study, _ := studyHalves(docs)
	return slices.Concat(studiedTune(docs), slices.DeleteFunc(study, func(d goldDoc) bool { return !readAtFirstSight(d) }))
}

// freshTune returns the tune articles of the fresh half.
func freshTune(docs []goldDoc) []goldDoc {
	return tuneOfHalf(docs, freshHalf)
}

// secondFreshTune returns the tune articles of the second fresh set.
func secondFreshTune(docs []goldDoc) []goldDoc {
	return tuneOfHalf(docs, secondFresh)
}

// tuneOfHalf returns the articles split.txt puts in half.
func tuneOfHalf(docs []goldDoc, half string) []goldDoc {
	var kept []goldDoc
	for _, d := range docs {
		if d.Half == half {
			kept = append(kept, d)
		}
	}
	return kept
}

// BenchmarkEntityGold reports the gold-set scores (exact span and type) of
// the tune part, of its fresh half and each later fresh set alone
// (entity_*_fresh, entity_*_fresh_g to _j: pages read at first sight) and
// of the held-out test part, overall and per type.
func BenchmarkEntityGold(b *testing.B) {
	tune := loadGold(b, tunePart)
	parts := []namedHalf{{tunePart, tune}, {freshPart, freshTune(tune)}, {secondFreshPart, secondFreshTune(tune)},
		{thirdFreshPart, tuneOfHalf(tune, thirdFresh)}, {fourthFreshPart, tuneOfHalf(tune, fourthFresh)}, {fifthFreshPart, tuneOfHalf(tune, fifthFresh)},
		{testPart, loadGold(b, testPart)}}
	loadModel()
	for b.Loop() {
		// Each article's suggestions are made once: the fresh sets are
		// parts of the tune part, and both figures read the same ones.
		made := map[string][]Suggestion{}
		suggest := func(d goldDoc) []Suggestion {
			s, ok := made[d.Name]
			if !ok {
				s = Suggest(d.Text, nil)
				made[d.Name] = s
			}
			return s
		}
		for _, p := range parts {
			part, docs := p.name, p.docs
			if len(docs) == 0 {
				continue
			}
			byType, overall, _ := goldScoreWith(docs, suggest)
			b.ReportMetric(overall.f1(), "entity_f1_"+part+":ratio")
			b.ReportMetric(overall.precision(), "entity_precision_"+part+":ratio")
			b.ReportMetric(overall.recall(), "entity_recall_"+part+":ratio")
			b.ReportMetric(byType[Person].f1(), "entity_person_f1_"+part+":ratio")
			b.ReportMetric(byType[Place].f1(), "entity_place_f1_"+part+":ratio")
			b.ReportMetric(byType[Organization].f1(), "entity_org_f1_"+part+":ratio")
			precision, share := confidentPrecision(docs, suggest)
			b.ReportMetric(precision, "entity_confident_precision_"+part+":ratio")
			b.ReportMetric(share, "entity_confident_share_"+part+":ratio")
		}
	}
}

// confidentPrecision returns the precision of the confident suggestions
// suggest makes on docs and their share of all suggestions.
func confidentPrecision(docs []goldDoc, suggest func(goldDoc) []Suggestion) (precision, share float64) {
	var right, confident, all int
	for _, d := range docs {
		type key struct {
			start, end int
			typ        EntityType
		}
		want := map[key]bool{}
		for _, e := range d.Entities {
			want[key{e.Start, e.End, e.Type}] = true
		}
		for _, s := range suggest(d) {
			all++
			if !Confident(s) {
				continue
			}
			confident++
			if want[key{s.Selector.Start, s.Selector.End, s.Type}] {
				right++
			}
		}
	}
	return ratio(right, confident), ratio(confident, all)
}

// BenchmarkEntityAfterCorrections replays the person's corrections of the
// tune part (every suggestion confirmed, retyped or rejected as the gold
// says, every missed name tagged) as a library would remember them, then
// scores the suggestions on the test part: entity_f1_after_corrections,
// next to the cold entity_f1_test.
func BenchmarkEntityAfterCorrections(b *testing.B) {
	tune, test := loadGold(b, tunePart), loadGold(b, testPart)
	loadModel()
	var learned Learned
	for b.Loop() {
		learned = replayCorrections(tune)
		_, after, _ := goldScoreWith(test, func(d goldDoc) []Suggestion { return SuggestLearned(d.Text, learned) })
		_, cold, _ := goldScore(test)
		b.ReportMetric(after.f1(), "entity_f1_after_corrections:ratio")
		b.ReportMetric(cold.f1(), "entity_f1_cold:ratio")
	}
	b.ReportMetric(float64(len(learned.Known)), "learned_entities:count")
	b.ReportMetric(float64(len(learned.Rejected)), "learned_rejections:count")
	// Why the two figures differ or not: how many suggestions on the test
	// part name a learned entity, and how many differ from the cold ones
	// (span or type) at all.
	fromLearned, changed := learnedEffect(test, learned)
	b.ReportMetric(float64(fromLearned), "after_corrections_from_learned:count")
	b.ReportMetric(float64(changed), "after_corrections_changed:count")
}

// learnedEffect counts, over docs, the suggestions made with learned that
// name a learned entity, and the suggestions (span and type) found only
// with learned or only without it.
func learnedEffect(docs []goldDoc, learned Learned) (fromLearned, changed int) {
	type key struct {
		start, end int
		typ        EntityType
	}
	for _, d := range docs {
		cold := map[key]bool{}
		for _, s := range Suggest(d.Text, nil) {
			cold[key{s.Selector.Start, s.Selector.End, s.Type}] = true
		}
		for _, s := range SuggestLearned(d.Text, learned) {
			if s.EntityID != 0 {
				fromLearned++
			}
			k := key{s.Selector.Start, s.Selector.End, s.Type}
			if cold[k] {
				delete(cold, k)
			} else {
				changed++
			}
		}
		changed += len(cold)
	}
	return fromLearned, changed
}

// replayCorrections returns what a person correcting the suggestions on
// docs to their gold teaches: the names they confirmed, retyped or tagged
// (one entity per name and type: "Russia" the country and the team) and
// the texts they rejected.
func replayCorrections(docs []goldDoc) Learned {
	var l Learned
	known := map[string]bool{}
	entities := map[string]bool{}
	rejected := map[string]bool{}
	for _, d := range docs {
		gold := map[[2]int]EntityType{}
		for _, e := range d.Entities {
			gold[[2]int{e.Start, e.End}] = e.Type
			known[e.Text] = true
			if k := e.Text + "\x00" + string(e.Type); !entities[k] {
				entities[k] = true
				l.Known = append(l.Known, Entity{ID: int64(len(l.Known) + 1), Name: e.Text, Type: e.Type})
			}
		}
		for _, s := range SuggestLearned(d.Text, l) {
			if _, ok := gold[[2]int{s.Selector.Start, s.Selector.End}]; !ok && !known[s.Selector.Exact] && !rejected[s.Selector.Exact] {
				rejected[s.Selector.Exact] = true
				l.Rejected = append(l.Rejected, s.Selector.Exact)
			}
		}
	}
	return l
}

// article5000 builds a deterministic article of about 5,000 words from the
// gold texts, paragraph by paragraph in turn.
func article5000(tb testing.TB) string {
	var paras []string
	for _, d := range loadGold(tb, "") {
		paras = append(paras, strings.Split(d.Text, "\n\n")...)
	}
	var b strings.Builder
	words := 0
	for i := 0; words < 5000; i++ {
		p := paras[(i*7)%len(paras)]
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
		words += len(strings.Fields(p))
	}
	return b.String()
}

// BenchmarkSuggest5000Words reports the median time Suggest takes on a
// 5,000-word article with the model already loaded.
func BenchmarkSuggest5000Words(b *testing.B) {
	text := article5000(b)
	loadModel()
	Suggest(text, nil)
	var times []time.Duration
	cpuStart, cpuOK := processCPU()
	for b.Loop() {
		for range 10 {
			start := time.Now()
			Suggest(text, nil)
			times = append(times, time.Since(start))
		}
	}
	if cpuEnd, ok := processCPU(); ok && cpuOK {
		// CPU time over all threads, per call: what Suggest costs whatever
		// else the machine is running.
		b.ReportMetric(float64((cpuEnd-cpuStart).Microseconds())/1000/float64(len(times)), "suggest_5000_words_cpu:ms")
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "suggest_5000_words:ms")
	// The fastest run shows the cost when the machine is not shared.
	b.ReportMetric(float64(times[0].Microseconds())/1000, "suggest_5000_words_min:ms")
}

// TestRuleConfidence measures each rule's precision on the tune part
// the learned steps are trained on (trainingTune) and checks that
// ruleConfidence holds it (within 0.03, smoothed as confidence.go says).
// Run with -v to see the table.
func TestRuleConfidence(t *testing.T) {
	measured := ruleCounts(trainingTune(loadGold(t, tunePart)))
	names := make([]string, 0, len(measured))
	for name := range measured {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		c := measured[name]
		n := c.tp + c.fp
		score := float64(c.tp+1) / float64(n+2)
		t.Logf("\t%q: %.2f, // %d of %d", name, score, c.tp, n)
		if n < 5 {
			continue
		}
		if got, ok := ruleConfidence[name]; !ok || got < score-0.03 || got > score+0.03 {
			t.Errorf("ruleConfidence[%q] = %.2f, measured %.2f (%d of %d)", name, got, score, c.tp, n)
		}
	}
}

// spanKey is a mention by its span and type.
type spanKey struct {
	start, end int
	typ        EntityType
}

// goldSpans returns d's gold mentions by span and type.
func goldSpans(d goldDoc) map[spanKey]bool {
	out := make(map[spanKey]bool, len(d.Entities))
	for _, e := range d.Entities {
		out[spanKey{e.Start, e.End, e.Type}] = true
	}
	return out
}

// goldTypes returns the gold type of each of d's mentions by its span.
func goldTypes(d goldDoc) map[[2]int]EntityType {
	out := make(map[[2]int]EntityType, len(d.Entities))
	for _, e := range d.Entities {
		out[[2]int{e.Start, e.End}] = e.Type
	}
	return out
}

// goldVerdict says what gold, d's types by span, says of c: "RIGHT" where
// it agrees, "none" where it names nothing at c's span, else "is" and the
// gold type.
func goldVerdict(gold map[[2]int]EntityType, c candidate) string {
	g, ok := gold[[2]int{c.start, c.end}]
	switch {
	case !ok:
		return "none"
	case g != c.typ:
		return "is " + string(g)
	}
	return "RIGHT"
}

// ruleCounts counts, for each rule, the suggestions it typed on docs that
// were right (tp) and wrong (fp).
func ruleCounts(docs []goldDoc) map[string]counts {
	out := map[string]counts{}
	for _, d := range docs {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		want := goldSpans(d)
		for _, c := range findNames(runes, toks, labels, tags) {
			n := out[c.rule]
			if want[spanKey{c.start, c.end, c.typ}] {
				n.tp++
			} else {
				n.fp++
			}
			out[c.rule] = n
		}
	}
	return out
}

// TestCorrectionsOnTune replays the corrections of the first half of the
// tune part and logs what changes on the second half, to study; learning
// from the person must not make suggestions worse there.
func TestCorrectionsOnTune(t *testing.T) {
	tune := loadGold(t, tunePart)
	first, rest := tune[:len(tune)/2], tune[len(tune)/2:]
	learned := replayCorrections(first)
	_, cold, coldMistakes := goldScore(rest)
	_, after, afterMistakes := goldScoreWith(rest, func(d goldDoc) []Suggestion { return SuggestLearned(d.Text, learned) })
	was := map[string]bool{}
	for _, m := range coldMistakes {
		was[m] = true
	}
	// The second half holds pages read at first sight (the fresh sets):
	// their figures count, their mistakes are printed nowhere.
	unseen := map[string]bool{}
	for _, d := range rest {
		if readAtFirstSight(d) {
			unseen[d.Name] = true
		}
	}
	for _, m := range afterMistakes {
		if name, _, _ := strings.Cut(m, ":"); !was[m] && !unseen[name] {
			t.Logf("new mistake: %s", m)
		}
	}
	fromLearned, changed := learnedEffect(rest, learned)
	t.Logf("second half of tune: cold F1 %.3f, after corrections %.3f; %d suggestions name a learned entity, %d differ from cold",
		cold.f1(), after.f1(), fromLearned, changed)
	if after.f1() < cold.f1() {
		t.Errorf("corrections made suggestions worse: F1 %.3f -> %.3f", cold.f1(), after.f1())
	}
}

// BenchmarkModelMemory reports the heap the recogniser's model holds once
// loaded (ner_model_mb): prose's word lists, and the type classifier of
// the scores; the recogniser's weights are read in place from the binary
// (see weightTable).
func BenchmarkModelMemory(b *testing.B) {
	var held *recogniser
	var heldTypes *typeModel
	var heldSpans *spanModel
	var mb float64
	for b.Loop() {
		held, heldTypes, heldSpans = nil, nil, nil
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		tagger, err := loadPerceptron()
		if err != nil {
			b.Fatal(err)
		}
		ner, err := loadMaxent()
		if err != nil {
			b.Fatal(err)
		}
		held = &recogniser{tagger: tagger, ner: ner}
		// The type classifier of the scores (typemodel.go) is held too.
		types, err := parseTypeModel(typeWeightsData)
		if err != nil {
			b.Fatal(err)
		}
		heldTypes = types
		// And the span classifier its features read (spanmodel.go):
		// its weights are read in place, only its index is on the heap.
		spans, err := parseSpanModel(spanWeightsData)
		if err != nil {
			b.Fatal(err)
		}
		heldSpans = spans
		runtime.GC()
		runtime.ReadMemStats(&after)
		mb = float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
	}
	runtime.KeepAlive(held)
	runtime.KeepAlive(heldTypes)
	runtime.KeepAlive(heldSpans)
	b.ReportMetric(mb, "ner_model_mb:MB")
}

// tuneHalves splits the tune part once, by name: the articles in sorted
// order, alternately into half A (to study) and half B (to check that a
// change studied on A carries over). Issue 16's eighth round kept a change
// only where it did not lower half B's F1.
//
// An article split.txt puts in half A by name (the pages studied at first
// sight by ner18i) joins half A and is left out of the alternation, so the
// other articles keep the halves they had. An article of the fresh half
// (freshHalf) or of the second fresh set (secondFresh) is in neither.
func tuneHalves(docs []goldDoc) (a, b []goldDoc) {
	var rest []goldDoc
	for _, d := range docs {
		if readAtFirstSight(d) {
			continue
		}
		if d.Half == "A" {
			a = append(a, d)
		} else {
			rest = append(rest, d)
		}
	}
	sa, sb := alternateByName(rest)
	return append(a, sa...), sb
}

// studyTuneHalves runs study on half A of the tune part, then on half B
// (tuneHalves), for a test that logs what it finds: it runs only with -v,
// and study should log cases of half A only.
func studyTuneHalves(t *testing.T, study func(half string, docs []goldDoc)) {
	t.Helper()
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	a, b := tuneHalves(loadGold(t, tunePart))
	study("A", a)
	study("B", b)
}

// studyHalvesOnly is studyHalves' study halves (FA, GA, HA, IA, half A)
// for a study: it skips t unless run with -v.
func studyHalvesOnly(t *testing.T) []goldDoc {
	t.Helper()
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	study, _ := studyHalves(loadGold(t, tunePart))
	return study
}

// TestEntityGoldHalves logs the scores of both halves of the tune part
// (tuneHalves) and the mistakes of half A only, to study. It asserts
// nothing, so it runs only with -v.
func TestEntityGoldHalves(t *testing.T) {
	studyTuneHalves(t, func(half string, docs []goldDoc) {
		byType, overall, mistakes := goldScore(docs)
		if half == "A" {
			for _, m := range mistakes {
				t.Log(m)
			}
		}
		logGoldFigures(t, "half "+half, byType, overall)
	})
}

// TestEntityGoldFirstSight logs the scores of the articles split.txt puts
// in half A by name (whole news pages added to be read at first sight),
// per type, overall and per article, with their mistakes, to study (-v).
func TestEntityGoldFirstSight(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	var docs []goldDoc
	for _, d := range loadGold(t, tunePart) {
		if d.Half == "A" {
			docs = append(docs, d)
		}
	}
	logGoldStudy(t, "first sight", docs, true)
}

// TestEntityGoldFresh logs the scores of the fresh half of the tune part
// (freshHalf: pages annotated at first sight and never studied for rules),
// per type, overall and per article (-v). It never logs their mistakes:
// since the fresh half was split, FA's are TestEntityGoldFreshHalves' and
// FB, which checks the rules, shows none.
func TestEntityGoldFresh(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	docs := freshTune(loadGold(t, tunePart))
	if len(docs) == 0 {
		t.Skip("no article of the fresh half in split.txt")
	}
	logGoldStudy(t, "fresh", docs, false)
}

// TestEntityGoldSecondFresh logs the scores of the second fresh set
// (secondFresh: pages annotated at first sight, kept apart from the fresh
// half), per type, overall and per article (-v). It never logs their
// mistakes; TestEntityGoldSecondFreshHalves logs half GA's.
func TestEntityGoldSecondFresh(t *testing.T) {
	logFreshSet(t, secondFresh, "second fresh")
}

// TestEntityGoldThirdFresh logs the scores of the third fresh set
// (thirdFresh), per type, overall and per article (-v); never its
// mistakes.
func TestEntityGoldThirdFresh(t *testing.T) {
	logFreshSet(t, thirdFresh, "third fresh")
}

// thirdFreshHalves splits the third fresh set once, by name, as
// secondFreshHalves splits the second: HA to study for rules, HB to check
// them. The split was made in issue 16's sixteenth round, after the set
// had been scored once more as it stood (F1 0.747, unchanged since its
// first sight) and before any rule was studied on it.
func thirdFreshHalves(docs []goldDoc) (a, b []goldDoc) {
	return alternateByName(tuneOfHalf(docs, thirdFresh))
}

// TestEntityGoldThirdFreshHalves logs the scores of both halves of the
// third fresh set (thirdFreshHalves) and the mistakes of HA only, to study
// (-v).
func TestEntityGoldThirdFreshHalves(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	ha, hb := thirdFreshHalves(loadGold(t, tunePart))
	if len(ha) == 0 {
		t.Skip("no article of the third fresh set in split.txt")
	}
	logStudyAndCheckHalves(t, "HA", ha, "HB", hb)
}

// TestEntityGoldFourthFresh logs the scores of the fourth fresh set
// (fourthFresh), per type, overall and per article (-v); never its
// mistakes (IA's are TestEntityGoldStudyAndCheck's).
func TestEntityGoldFourthFresh(t *testing.T) {
	logFreshSet(t, fourthFresh, "fourth fresh")
}

// TestEntityGoldFifthFresh logs the scores of the fifth fresh set
// (fifthFresh), per type, overall and per article (-v); never its
// mistakes.
func TestEntityGoldFifthFresh(t *testing.T) {
	logFreshSet(t, fifthFresh, "fifth fresh")
}

// fourthFreshHalves splits the fourth fresh set once, by name, as
// thirdFreshHalves splits the third: IA to study for rules, IB to check
// them. The split was made in issue 16's seventeenth round, after the set
// had been scored once more as it stood (F1 0.823, its figure at the end of
// the round that annotated it, 0.803 at first sight) and before any rule
// was studied on it.
func fourthFreshHalves(docs []goldDoc) (a, b []goldDoc) {
	return alternateByName(tuneOfHalf(docs, fourthFresh))
}

// halfSplits are the sets split once into a half rules may be studied on
// and a half that checks them, in the order the studies print them: the
// fresh sets F, G, H and I, then the rest of the tune part (tuneHalves).
// A set split later is one more row.
var halfSplits = []struct {
	study, check string
	split        func([]goldDoc) (a, b []goldDoc)
}{
	{"FA", "FB", freshHalves},
	{"GA", "GB", secondFreshHalves},
	{"HA", "HB", thirdFreshHalves},
	{"IA", "IB", fourthFreshHalves},
	{"A", "B", tuneHalves},
}

// namedHalf is a half or part of the gold set and its name in the figures.
type namedHalf struct {
	name string
	docs []goldDoc
}

// namedHalves returns the halves of halfSplits, each named: those rules
// may be studied on (FA, GA, HA, IA, half A) and those that check them
// (FB, GB, HB, IB, half B).
func namedHalves(tune []goldDoc) (study, check []namedHalf) {
	for _, s := range halfSplits {
		a, b := s.split(tune)
		study = append(study, namedHalf{s.study, a})
		check = append(check, namedHalf{s.check, b})
	}
	return study, check
}

// docsOf returns the articles of halves, in their order.
func docsOf(halves []namedHalf) []goldDoc {
	var docs []goldDoc
	for _, h := range halves {
		docs = append(docs, h.docs...)
	}
	return docs
}

// studyHalves returns the halves rules may be studied on (FA, GA, HA, IA
// and half A) and the halves that check them (FB, GB, HB, IB and half B).
func studyHalves(tune []goldDoc) (study, check []goldDoc) {
	s, c := namedHalves(tune)
	return docsOf(s), docsOf(c)
}

// namedStudyHalves returns the halves rules may be studied on, FA, GA,
// HA, IA and half A, in the order the studies print them.
func namedStudyHalves(tune []goldDoc) []namedHalf {
	study, _ := namedHalves(tune)
	return study
}

// studyAndCheckHalves returns, in the order the studies print them, each
// half rules may be studied on (FA, GA, HA, IA, half A), those together
// ("study"), each half that checks them (FB, GB, HB, IB, half B) and those
// together ("check").
func studyAndCheckHalves(tune []goldDoc) []namedHalf {
	study, check := namedHalves(tune)
	return slices.Concat(study, []namedHalf{{"study", docsOf(study)}}, check, []namedHalf{{"check", docsOf(check)}})
}

// TestEntityGoldStudyAndCheck logs, in one run, the mistakes of every
// half that may be studied (FA, GA, HA, IA and half A, sorted by article)
// and the scores of each study and check half, then of the study and the
// check halves together (-v). It never logs a mistake of a check half or
// of the test part.
func TestEntityGoldStudyAndCheck(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	study, _ := studyHalves(tune)
	_, _, mistakes := goldScore(study)
	for _, m := range mistakes {
		t.Log(m)
	}
	for _, h := range studyAndCheckHalves(tune) {
		byType, overall, _ := goldScore(h.docs)
		logGoldFigures(t, "half "+h.name, byType, overall)
	}
}

// secondFreshHalves splits the second fresh set once, by name, as
// freshHalves splits the fresh half: the articles in sorted order,
// alternately into GA (to study for rules) and GB (to check them). The
// split was made after the set's first-sight figure was taken (F1 0.800,
// docs/entities.md) and before any rule was studied on it.
func secondFreshHalves(docs []goldDoc) (a, b []goldDoc) {
	return alternateByName(secondFreshTune(docs))
}

// TestEntityGoldSecondFreshHalves logs the scores of both halves of the
// second fresh set (secondFreshHalves) and the mistakes of GA only, to
// study (-v).
func TestEntityGoldSecondFreshHalves(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	ga, gb := secondFreshHalves(loadGold(t, tunePart))
	if len(ga) == 0 {
		t.Skip("no article of the second fresh set in split.txt")
	}
	logStudyAndCheckHalves(t, "GA", ga, "GB", gb)
}

// logStudyAndCheckHalves logs the mistakes of the half to study and the
// scores of both, never a mistake of the half that checks the rules.
func logStudyAndCheckHalves(t *testing.T, study string, a []goldDoc, check string, b []goldDoc) {
	t.Helper()
	byType, overall, mistakes := goldScore(a)
	for _, m := range mistakes {
		t.Log(m)
	}
	logGoldFigures(t, "half "+study, byType, overall)
	byType, overall, _ = goldScore(b)
	logGoldFigures(t, "half "+check, byType, overall)
}

// logFreshSet logs the scores of the fresh set half of the tune part, per
// type, overall and per article, under name (-v); never its mistakes.
func logFreshSet(t *testing.T, half, name string) {
	t.Helper()
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	docs := tuneOfHalf(loadGold(t, tunePart), half)
	if len(docs) == 0 {
		t.Skipf("no article of the %s set in split.txt", name)
	}
	logGoldStudy(t, name, docs, false)
}

// markedSpan returns runes[s:e] marked "[[...]]" with up to width runes
// of text either side, its line breaks shown as " / ": how a study shows
// a name in its words.
func markedSpan(runes []rune, s, e, width int) string {
	a, b := max(0, s-width), min(len(runes), e+width)
	return strings.ReplaceAll(string(runes[a:s])+"[["+string(runes[s:e])+"]]"+string(runes[e:b]), "\n", " / ")
}

// logGoldStudy logs docs' mistakes (where showMistakes), each article's
// scores, and the scores per type and overall under name.
func logGoldStudy(t *testing.T, name string, docs []goldDoc, showMistakes bool) {
	byType, overall, mistakes := goldScore(docs)
	if showMistakes {
		for _, m := range mistakes {
			t.Log(m)
		}
	}
	logGoldArticles(t, docs)
	logGoldFigures(t, name, byType, overall)
}

// TestRuleConfidenceFresh logs each rule's precision on the studied tune
// articles beside its precision on the fresh half (aggregates per rule:
// how many suggestions it made there and how many were right), sorted by
// how far the fresh figure falls below the studied one: a rule that holds
// on the articles it was written against and not on unseen pages is
// fitted to them. A study (-v); it asserts nothing.
func TestRuleConfidenceFresh(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	studied, fresh := ruleCounts(studiedTune(tune)), ruleCounts(freshTune(tune))
	if len(fresh) == 0 {
		t.Skip("no article of the fresh half in split.txt")
	}
	type row struct {
		name        string
		s, f        counts
		sp, fp, gap float64
	}
	var rows []row
	for name, f := range fresh {
		s := studied[name]
		r := row{name: name, s: s, f: f}
		r.sp = float64(s.tp+1) / float64(s.tp+s.fp+2)
		r.fp = float64(f.tp+1) / float64(f.tp+f.fp+2)
		r.gap = (r.sp - r.fp) * float64(f.tp+f.fp)
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].gap > rows[j].gap })
	for _, r := range rows {
		t.Logf("%-55q studied %.2f (%d of %d)  fresh %.2f (%d of %d)", r.name, r.sp, r.s.tp, r.s.tp+r.s.fp, r.fp, r.f.tp, r.f.tp+r.f.fp)
	}
}

// freshHalves splits the fresh half once, by name, as tuneHalves splits
// the rest of the tune part: the articles in sorted order, alternately
// into FA and FB. After the learned steps of issue 16's fourteenth round
// were measured on the whole fresh half, FA became a half to study for
// rules and FB the half that checks them: a change is kept only where FB
// (and half B of the tune part) does not drop.
func freshHalves(docs []goldDoc) (a, b []goldDoc) {
	return alternateByName(freshTune(docs))
}

// faAndHalfA returns the halves of tune that may be studied for rules:
// FA, then half A.
func faAndHalfA(tune []goldDoc) []goldDoc {
	fa, _ := freshHalves(tune)
	ha, _ := tuneHalves(tune)
	return append(fa, ha...)
}

// alternateByName puts docs, sorted by name, alternately into a and b.
func alternateByName(docs []goldDoc) (a, b []goldDoc) {
	sorted := slices.Clone(docs)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	for i, d := range sorted {
		if i%2 == 0 {
			a = append(a, d)
		} else {
			b = append(b, d)
		}
	}
	return a, b
}

// TestEntityGoldFreshHalves logs the scores of both halves of the fresh
// half (freshHalves) and the mistakes of FA only, to study (-v).
func TestEntityGoldFreshHalves(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	fa, fb := freshHalves(loadGold(t, tunePart))
	if len(fa) == 0 {
		t.Skip("no article of the fresh half in split.txt")
	}
	logStudyAndCheckHalves(t, "FA", fa, "FB", fb)
}

// logGoldFigures logs a part's scores per type and overall, each line led
// by label ("half B overall      P ...").
func logGoldFigures(t *testing.T, label string, byType map[EntityType]counts, overall counts) {
	t.Helper()
	for _, typ := range EntityTypes {
		c := byType[typ]
		t.Logf("%s %-12s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", label, typ, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn)
	}
	t.Logf("%s overall      P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", label, overall.precision(), overall.recall(), overall.f1(), overall.tp, overall.fp, overall.fn)
}

// logGoldArticles logs each article's scores: persons, places and
// organisations, and overall.
func logGoldArticles(t *testing.T, docs []goldDoc) {
	t.Helper()
	for _, d := range docs {
		bt, o, _ := goldScore([]goldDoc{d})
		t.Logf("%-28s person %.2f place %.2f organization %.2f overall %.3f (tp %d fp %d fn %d)", d.Name,
			bt[Person].f1(), bt[Place].f1(), bt[Organization].f1(), o.f1(), o.tp, o.fp, o.fn)
	}
}
