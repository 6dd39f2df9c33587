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

func loadGold(t testing.TB) []goldDoc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "gold", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	var docs []goldDoc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var d goldDoc
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		docs = append(docs, d)
	}
	return docs
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
		for _, s := range Suggest(d.Text, nil) {
			got[key{s.Selector.Start, s.Selector.End, s.Type}] = true
		}
		for k := range got {
			c := byType[k.typ]
			if want[k] {
				c.tp++
			} else {
				c.fp++
				mistakes = append(mistakes, fmt.Sprintf("%s: false %s %q at %d", d.Key[:8], k.typ, string([]rune(d.Text)[k.start:k.end]), k.start))
			}
			byType[k.typ] = c
		}
		for k := range want {
			if !got[k] {
				c := byType[k.typ]
				c.fn++
				byType[k.typ] = c
				mistakes = append(mistakes, fmt.Sprintf("%s: missed %s %q at %d", d.Key[:8], k.typ, string([]rune(d.Text)[k.start:k.end]), k.start))
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
	for _, d := range loadGold(t) {
		runes := []rune(d.Text)
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
				t.Errorf("%s: entity %+v does not match its text", d.Key, e)
			}
		}
	}
}

// TestEntityGoldFloor keeps the recogniser from regressing: persons and
// places must stay above a floor of exact-match F1 on the gold set.
func TestEntityGoldFloor(t *testing.T) {
	byType, overall, mistakes := goldScore(loadGold(t))
	for _, m := range mistakes {
		t.Log(m)
	}
	for _, typ := range []EntityType{Person, Place, Organization, Event, Other} {
		c := byType[typ]
		t.Logf("%-12s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", typ, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn)
	}
	t.Logf("overall      P %.3f R %.3f F1 %.3f", overall.precision(), overall.recall(), overall.f1())
	for _, d := range loadGold(t) {
		byType, overall, _ := goldScore([]goldDoc{d})
		t.Logf("%s: person F1 %.3f, place F1 %.3f, organization F1 %.3f, overall F1 %.3f",
			d.Key[:8], byType[Person].f1(), byType[Place].f1(), byType[Organization].f1(), overall.f1())
	}
	for _, typ := range []EntityType{Person, Place} {
		if f := byType[typ].f1(); f < 0.8 {
			t.Errorf("%s F1 = %.3f, want >= 0.8", typ, f)
		}
	}
}

// BenchmarkEntityGold reports the gold-set scores (exact span and type).
func BenchmarkEntityGold(b *testing.B) {
	docs := loadGold(b)
	loadModel()
	var byType map[EntityType]counts
	var overall counts
	for b.Loop() {
		byType, overall, _ = goldScore(docs)
	}
	b.ReportMetric(overall.f1(), "entity_f1:ratio")
	b.ReportMetric(overall.precision(), "entity_precision:ratio")
	b.ReportMetric(overall.recall(), "entity_recall:ratio")
	b.ReportMetric(byType[Person].f1(), "entity_person_f1:ratio")
	b.ReportMetric(byType[Person].precision(), "entity_person_precision:ratio")
	b.ReportMetric(byType[Person].recall(), "entity_person_recall:ratio")
	b.ReportMetric(byType[Place].f1(), "entity_place_f1:ratio")
	b.ReportMetric(byType[Place].precision(), "entity_place_precision:ratio")
	b.ReportMetric(byType[Place].recall(), "entity_place_recall:ratio")
	b.ReportMetric(byType[Organization].f1(), "entity_org_f1:ratio")
}

// article5000 builds a deterministic article of about 5,000 words from the
// gold texts, paragraph by paragraph in turn.
func article5000(tb testing.TB) string {
	var paras []string
	for _, d := range loadGold(tb) {
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
