package annotate

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestGrepStudy prints, for the regular expression in NER22O2_GREP, every
// match in the study halves' texts (FA, GA, HA, IA, half A) and, with
// NER22O2_POOL set, in the unannotated texts and the pool of
// /tmp/ner20o-pool.jsonl, with sixty characters either side: where a
// class of cue occurs, to study (branch ner22o2).
func TestGrepStudy(t *testing.T) {
	expr := os.Getenv("NER22O2_GREP")
	if expr == "" {
		t.Skip("set NER22O2_GREP to a regular expression")
	}
	re := regexp.MustCompile(expr)
	show := func(name, text string) {
		for _, m := range re.FindAllStringIndex(text, -1) {
			a, b := max(0, m[0]-60), min(len(text), m[1]+60)
			t.Logf("%s :: %s", name, strings.ReplaceAll(text[a:b], "\n", " / "))
		}
	}
	for _, d := range studyHalvesOnly(t) {
		for _, m := range re.FindAllStringSubmatchIndex(d.Text, -1) {
			a, b := max(0, m[0]-60), min(len(d.Text), m[1]+60)
			s, e := m[0], m[1]
			if len(m) >= 4 && m[2] >= 0 {
				s, e = m[2], m[3] // the first group: the name
			}
			rs, re := len([]rune(d.Text[:s])), len([]rune(d.Text[:e]))
			var gold []string
			for _, g := range d.Entities {
				if g.Start < re && g.End > rs {
					gold = append(gold, g.Text+"/"+string(g.Type))
				}
			}
			t.Logf("STUDY %s gold=%v :: %s", d.Name, gold, strings.ReplaceAll(d.Text[a:b], "\n", " / "))
		}
	}
	if os.Getenv("NER22O2_POOL") == "" {
		return
	}
	for _, u := range unannotatedTexts(t) {
		show("UNANN "+u.Name, u.Text)
	}
	if b, err := os.ReadFile("/tmp/ner20o-pool.jsonl"); err == nil {
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var x unannotatedText
			if json.Unmarshal([]byte(line), &x) == nil {
				show("POOL "+x.Name, x.Text)
			}
		}
	}
}
