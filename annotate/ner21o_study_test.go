package annotate

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOrgsNoOverlapStudy logs, on the study halves only (FA, GA, HA and
// half A), each organisation of the gold set that no suggestion overlaps
// (with the recogniser's labels of its words and the words around it) and
// each organisation suggested where no gold name overlaps (with the rule
// that typed it) (-v; a study, it asserts nothing).
func TestOrgsNoOverlapStudy(t *testing.T) {
	study := studyHalvesOnly(t)
	type settled struct{ rule, phrase string }
	var trace []settled
	traceRules = func(rule, phrase string) { trace = append(trace, settled{rule, phrase}) }
	defer func() { traceRules = nil }()
	for _, d := range study {
		trace = nil
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		final := findNames(runes, toks, labels, tags)
		sugg := Suggest(d.Text, nil)
		around := func(s, e int) string { return markedSpan(runes, s, e, 90) }
		for _, e := range d.Entities {
			if e.Type != Organization {
				continue
			}
			hit := false
			for _, s := range sugg {
				if s.Selector.Start < e.End && e.Start < s.Selector.End {
					hit = true
				}
			}
			if hit {
				continue
			}
			var lab []string
			for i, tk := range toks {
				if tk.start < e.End && e.Start < tk.end {
					lab = append(lab, tk.text+":"+labels[i]+"/"+tags[i])
				}
			}
			var by []string
			for _, s := range trace {
				if strings.Contains(s.phrase, e.Text) || strings.Contains(e.Text, s.phrase) {
					by = append(by, s.phrase+"<"+s.rule+">")
				}
			}
			t.Logf("MISSED %s %q [%s] {%s} :: %s", d.Name, e.Text, strings.Join(lab, " "), strings.Join(slices.Compact(by), " "), around(e.Start, e.End))
		}
		for _, s := range sugg {
			if s.Type != Organization {
				continue
			}
			hit := false
			for _, e := range d.Entities {
				if s.Selector.Start < e.End && e.Start < s.Selector.End {
					hit = true
				}
			}
			if hit {
				continue
			}
			rule := "?"
			for _, c := range final {
				if c.start == s.Selector.Start && c.end == s.Selector.End {
					rule = c.rule
				}
			}
			t.Logf("FALSE %s %q rule=%q score=%.2f :: %s", d.Name, s.Name, rule, s.Score, around(s.Selector.Start, s.Selector.End))
		}
	}
}

// TestOrgRulesStudy logs each rule's counts on the study halves, by the
// rule's name, so that two runs print the same lines (-v; aggregates).
func TestOrgRulesStudy(t *testing.T) {
	study := studyHalvesOnly(t)
	byRule := ruleCounts(study)
	for _, name := range slices.Sorted(maps.Keys(byRule)) {
		c := byRule[name]
		t.Logf("%-60q tp %d fp %d", name, c.tp, c.fp)
	}
}

// TestOrgPatternStudy logs, on the study halves only, each match of the
// pattern in $NER21O_PATTERN (its first group the name) with the gold's
// entity there and the suggestion there (-v; a study).
func TestOrgPatternStudy(t *testing.T) {
	pat := os.Getenv("NER21O_PATTERN")
	if !testing.Verbose() || pat == "" {
		t.Skip("a study: run with -v and NER21O_PATTERN")
	}
	re := regexp.MustCompile(pat)
	study, _ := studyHalves(loadGold(t, tunePart))
	for _, d := range study {
		runes := []rune(d.Text)
		sugg := Suggest(d.Text, nil)
		for _, m := range re.FindAllStringSubmatchIndex(d.Text, -1) {
			s := utf8.RuneCountInString(d.Text[:m[2]])
			e := s + utf8.RuneCountInString(d.Text[m[2]:m[3]])
			gold, got := "-", "-"
			for _, g := range d.Entities {
				if g.Start < e && s < g.End {
					gold = g.Text + "/" + string(g.Type)
				}
			}
			for _, g := range sugg {
				if g.Selector.Start < e && s < g.Selector.End {
					got = g.Name + "/" + string(g.Type)
				}
			}
			a, b := max(0, s-60), min(len(runes), e+60)
			t.Logf("%s gold=%s got=%s :: %s", d.Name, gold, got, strings.ReplaceAll(string(runes[a:b]), "\n", " / "))
		}
	}
}
