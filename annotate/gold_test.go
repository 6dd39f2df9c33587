package annotate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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

// loadGold reads the gold articles of part ("tune", "test", or "" for
// all of them).
func loadGold(t testing.TB, part string) []goldDoc {
	t.Helper()
	split := goldSplit(t)
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
		d.Name, d.Part = name, split[name]
		docs = append(docs, d)
	}
	return docs
}

// goldSplit reads testdata/gold/split.txt: the part of each article.
func goldSplit(t testing.TB) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "gold", "split.txt"))
	if err != nil {
		t.Fatal(err)
	}
	split := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		if f[1] != tunePart && f[1] != testPart {
			t.Fatalf("split.txt: %q is in part %q", f[0], f[1])
		}
		split[f[0]] = f[1]
	}
	return split
}

// counts are true positives, false positives and false negatives.
type counts struct{ tp, fp, fn int }

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
		overall.tp += c.tp
		overall.fp += c.fp
		overall.fn += c.fn
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
// places must stay above a floor of exact-match F1 on the tune part of the
// gold set. Its mistakes are logged, to study; the test part's are never
// shown (BenchmarkEntityGold prints its scores only).
func TestEntityGoldFloor(t *testing.T) {
	docs := loadGold(t, tunePart)
	byType, overall, mistakes := goldScore(docs)
	for _, m := range mistakes {
		t.Log(m)
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
const goldFloor = 0.75

// BenchmarkEntityGold reports the gold-set scores (exact span and type) of
// the tune part and of the held-out test part, overall and per type.
func BenchmarkEntityGold(b *testing.B) {
	parts := map[string][]goldDoc{tunePart: loadGold(b, tunePart), testPart: loadGold(b, testPart)}
	loadModel()
	for b.Loop() {
		for _, part := range []string{tunePart, testPart} {
			byType, overall, _ := goldScore(parts[part])
			b.ReportMetric(overall.f1(), "entity_f1_"+part+":ratio")
			b.ReportMetric(overall.precision(), "entity_precision_"+part+":ratio")
			b.ReportMetric(overall.recall(), "entity_recall_"+part+":ratio")
			b.ReportMetric(byType[Person].f1(), "entity_person_f1_"+part+":ratio")
			b.ReportMetric(byType[Place].f1(), "entity_place_f1_"+part+":ratio")
			b.ReportMetric(byType[Organization].f1(), "entity_org_f1_"+part+":ratio")
		}
	}
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
