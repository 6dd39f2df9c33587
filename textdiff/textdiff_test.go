package textdiff

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
)

// sides rebuilds the two texts from spans.
func sides(spans []Span) (a, b string) {
	var sa, sb strings.Builder
	for _, s := range spans {
		if s.Op != Insert {
			sa.WriteString(s.Text)
		}
		if s.Op != Delete {
			sb.WriteString(s.Text)
		}
	}
	return sa.String(), sb.String()
}

func TestCompare(t *testing.T) {
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		a, b    Side
		summary string
		changed []string // the texts of the changed spans, in order
	}{
		{"the same article has no difference",
			Side{Title: "T", Text: "One.\n\nTwo."}, Side{Title: "T", Text: "One.\n\nTwo."}, "", nil},
		{"a word changed is one word deleted and one inserted",
			Side{Text: "The risk any longer, she said.\n\nNext."}, Side{Text: "The risk any more, she said.\n\nNext."},
			"1 paragraph changed", []string{"longer", "more"}},
		{"a paragraph inserted is added",
			Side{Text: "One.\n\nThree."}, Side{Text: "One.\n\nTwo.\n\nThree."}, "1 paragraph added", []string{"Two.\n\n"}},
		{"a paragraph removed is removed",
			Side{Text: "One.\n\nTwo.\n\nThree."}, Side{Text: "One.\n\nThree."}, "1 paragraph removed", []string{"Two.\n\n"}},
		{"headline, byline and date are called out",
			Side{Title: "Old", Byline: "A", Published: day, Text: "x"}, Side{Title: "New", Byline: "B", Published: day.Add(time.Hour), Text: "x"},
			"headline, byline, date changed", nil},
		{"a word is never cut in two",
			Side{Text: "internationalisation"}, Side{Text: "internationalization"}, "1 paragraph changed",
			[]string{"internationalisation", "internationalization"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compare(tt.a, tt.b)
			if got := d.Summary(); got != tt.summary {
				t.Errorf("summary = %q, want %q", got, tt.summary)
			}
			var changed []string
			for _, s := range d.Spans {
				if s.Op != Equal {
					changed = append(changed, s.Text)
				}
			}
			if fmt.Sprint(changed) != fmt.Sprint(tt.changed) {
				t.Errorf("changed spans = %q, want %q", changed, tt.changed)
			}
			if a, b := sides(d.Spans); a != tt.a.Text || b != tt.b.Text {
				t.Errorf("the spans do not give back the texts: %q, %q", a, b)
			}
		})
	}
}

func TestParagraphsMarkOnlyTheChangedOnes(t *testing.T) {
	d := Compare(Side{Text: "One.\n\nTwo words.\n\nThree."}, Side{Text: "One.\n\nTwo new words.\n\nThree."})
	var changed []bool
	for _, p := range d.Paragraphs() {
		changed = append(changed, p.Changed)
	}
	if fmt.Sprint(changed) != "[false true false]" {
		t.Errorf("changed = %v, want only the second", changed)
	}
	one := "The council voted on Tuesday to close the bridge."
	two := "Traffic is expected to rise by a fifth, the department said."
	three := "Shop owners asked for help with their rents."
	added := "A ferry will run every fifteen minutes."
	d = Compare(Side{Text: one + "\n\n" + two + "\n\n" + three}, Side{Text: one + "\n\n" + added + "\n\n" + two})
	var got []string
	for _, p := range d.Paragraphs() {
		var sb strings.Builder
		for _, s := range p.Spans {
			fmt.Fprintf(&sb, "%s:%s ", s.Op, s.Text)
		}
		got = append(got, strings.TrimSpace(sb.String()))
	}
	if want := fmt.Sprint([]string{"equal:" + one, "insert:" + added, "equal:" + two, "delete:" + three}); fmt.Sprint(got) != want {
		t.Errorf("paragraphs = %v, want %s: an added or removed paragraph stands alone", got, want)
	}
}

func TestWordsGiveBackBothTexts(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := range 50 {
		a := article(r, 200)
		b := edit(r, a)
		if ga, gb := sides(Words(a, b)); ga != a || gb != b {
			t.Fatalf("case %d: the spans do not give back the texts", i)
		}
	}
}

// vocabulary is a few hundred made-up words for generated articles.
var vocabulary = func() []string {
	r := rand.New(rand.NewSource(7))
	out := make([]string, 600)
	for i := range out {
		n := 2 + r.Intn(9)
		b := make([]byte, n)
		for j := range b {
			b[j] = byte('a' + r.Intn(26))
		}
		out[i] = string(b)
	}
	return out
}()

// article generates n words in paragraphs of 40 to 120 words.
func article(r *rand.Rand, n int) string {
	var sb strings.Builder
	inPara := 0
	para := 40 + r.Intn(80)
	for i := range n {
		if inPara == para {
			sb.WriteString(".\n\n")
			inPara, para = 0, 40+r.Intn(80)
		} else if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(vocabulary[r.Intn(len(vocabulary))])
		inPara++
	}
	sb.WriteString(".")
	return sb.String()
}

// edit makes a later version of an article: some words changed, a
// paragraph removed and one inserted.
func edit(r *rand.Rand, a string) string {
	paras := strings.Split(a, "\n\n")
	for k := 0; k < 1+len(paras)/10; k++ {
		i := r.Intn(len(paras))
		w := strings.Fields(paras[i])
		w[r.Intn(len(w))] = vocabulary[r.Intn(len(vocabulary))]
		paras[i] = strings.Join(w, " ")
	}
	if len(paras) > 2 {
		i := r.Intn(len(paras))
		paras = append(paras[:i], paras[i+1:]...)
		j := r.Intn(len(paras))
		paras = append(paras[:j], append([]string{article(r, 60)}, paras[j:]...)...)
	}
	return strings.Join(paras, "\n\n")
}

// BenchmarkDiff20k compares two 20,000-word versions of an article (a
// word changed in one paragraph of ten, a paragraph removed and one
// inserted) and reports the median time as diff_20k.
func BenchmarkDiff20k(b *testing.B) {
	r := rand.New(rand.NewSource(3))
	a := article(r, 20000)
	c := edit(r, a)
	var times []time.Duration
	for range 9 {
		start := time.Now()
		d := Compare(Side{Text: a}, Side{Text: c})
		times = append(times, time.Since(start))
		if d.Same() {
			b.Fatal("no difference found")
		}
	}
	for b.Loop() {
		Compare(Side{Text: a}, Side{Text: c})
	}
	b.ReportMetric(float64(median(times).Microseconds())/1000, "diff_20k:ms")
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

// FuzzWords checks that any two texts' word difference gives both back.
func FuzzWords(f *testing.F) {
	f.Add("The risk any longer.", "The risk any more.")
	f.Add("One.\n\nTwo.", "One.\n\nTwo.\n\nThree.")
	f.Add("naïve café", "naive cafe\u0301")
	f.Fuzz(func(t *testing.T, a, b string) {
		d := Compare(Side{Text: a}, Side{Text: b})
		a, b = strings.ToValidUTF8(a, "\uFFFD"), strings.ToValidUTF8(b, "\uFFFD")
		if ga, gb := sides(d.Spans); (ga != a || gb != b) && a != b {
			t.Fatalf("Compare(%q, %q) spans give back %q, %q", a, b, ga, gb)
		}
		_ = d.Summary()
		_ = d.Paragraphs()
	})
}
