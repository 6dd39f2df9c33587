package annotate

import (
	"strings"
	"testing"
)

// TestMissedPersonsStudy logs, for each person of the gold set that the
// rules miss or mistype on FA and GA (the studied halves of the fresh
// sets), the recogniser's labels of its words, the candidates the phrase
// rules gave over it and the final ones (-v; a study, it asserts nothing).
func TestMissedPersonsStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	fa, _ := freshHalves(tune)
	ga, _ := secondFreshHalves(tune)
	ha, _ := tuneHalves(studiedTune(tune))
	for _, d := range append(append(fa, ga...), ha...) {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		final := findNames(runes, toks, labels, tags)
		pre := typedNames(runes, toks, labels, tags).cands
		for _, e := range d.Entities {
			if e.Type != Person {
				continue
			}
			hit := false
			var over []string
			for _, c := range final {
				if c.start == e.Start && c.end == e.End && c.typ == Person {
					hit = true
				}
				if c.start < e.End && e.Start < c.end {
					over = append(over, c.name+"/"+string(c.typ)+"/"+c.rule)
				}
			}
			if hit {
				continue
			}
			var before []string
			for _, c := range pre {
				if c.start < e.End && e.Start < c.end {
					before = append(before, c.name+"/"+string(c.typ)+"/"+c.rule)
				}
			}
			over = append(over, "| before: "+strings.Join(before, "; "))
			var lab []string
			for i, tk := range toks {
				if tk.start < e.End && e.Start < tk.end {
					lab = append(lab, tk.text+":"+labels[i])
				}
			}
			t.Logf("%s %q [%s] final: %s", d.Name, e.Text, strings.Join(lab, " "), strings.Join(over, "; "))
		}
	}
}

// TestWholeTuneStudy logs the scores of the whole tune part, the fresh
// sets included (-v; aggregates only).
func TestWholeTuneStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	byType, overall, _ := goldScore(loadGold(t, tunePart))
	logGoldFigures(t, "whole tune part", byType, overall)
}
