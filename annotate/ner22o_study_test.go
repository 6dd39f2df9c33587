package annotate

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestOrgMistakesStudy logs, on the study halves only (FA, GA, HA, IA and
// half A), every mistake that touches an organisation, by half: a gold
// organisation with no suggestion of its bounds and type (with what was
// suggested over it and the rule that typed that, or the rules that
// settled a phrase over it), and a suggested organisation that is no gold
// organisation of its bounds (with the gold name there) (-v; a study, it
// asserts nothing).
func TestOrgMistakesStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	type settled struct{ rule, phrase string }
	var trace []settled
	traceRules = func(rule, phrase string) { trace = append(trace, settled{rule, phrase}) }
	defer func() { traceRules = nil }()
	for _, h := range namedStudyHalves(loadGold(t, tunePart)) {
		for _, d := range h.docs {
			runes := []rune(d.Text)
			toks := tokenize(runes)
			labels, tags := recognise(d.Text, runes, toks)
			final := findNames(runes, toks, labels, tags)
			trace = nil
			sugg := Suggest(d.Text, nil)
			around := func(s, e int) string { return markedSpan(runes, s, e, 80) }
			ruleAt := func(s, e int) string {
				for _, c := range final {
					if c.start == s && c.end == e {
						return c.rule
					}
				}
				return "?"
			}
			for _, e := range d.Entities {
				if e.Type != Organization {
					continue
				}
				var over []string
				exact := false
				for _, s := range sugg {
					if s.Selector.Start == e.Start && s.Selector.End == e.End && s.Type == Organization {
						exact = true
					}
					if s.Selector.Start < e.End && e.Start < s.Selector.End {
						over = append(over, fmt.Sprintf("%q/%s<%s>%.2f", s.Name, s.Type, ruleAt(s.Selector.Start, s.Selector.End), s.Score))
					}
				}
				if exact {
					continue
				}
				var by []string
				if len(over) == 0 {
					for _, s := range trace {
						if strings.Contains(s.phrase, e.Text) || strings.Contains(e.Text, s.phrase) {
							by = append(by, s.phrase+"<"+s.rule+">")
						}
					}
				}
				kind := "MISSED"
				if len(over) > 0 {
					kind = "WRONG"
				}
				t.Logf("%s %s %s %q got [%s] {%s} :: %s", h.name, kind, d.Name, e.Text, strings.Join(over, " "), strings.Join(slices.Compact(by), " "), around(e.Start, e.End))
			}
			for _, s := range sugg {
				if s.Type != Organization {
					continue
				}
				var gold []string
				exact := false
				for _, e := range d.Entities {
					if s.Selector.Start == e.Start && s.Selector.End == e.End && e.Type == Organization {
						exact = true
					}
					if s.Selector.Start < e.End && e.Start < s.Selector.End {
						gold = append(gold, fmt.Sprintf("%q/%s", e.Text, e.Type))
					}
				}
				if exact {
					continue
				}
				kind := "FALSE"
				if len(gold) > 0 {
					kind = "ASORG"
				}
				t.Logf("%s %s %s %q rule=%q score=%.2f gold [%s] :: %s", h.name, kind, d.Name, s.Name, ruleAt(s.Selector.Start, s.Selector.End), s.Score, strings.Join(gold, " "), around(s.Selector.Start, s.Selector.End))
			}
		}
	}
}

// rulesToStudy returns the rules named in $NER22O_RULES (separated by
// "|"); it skips t unless run with -v and that set.
func rulesToStudy(t *testing.T) map[string]bool {
	t.Helper()
	rules := os.Getenv("NER22O_RULES")
	if !testing.Verbose() || rules == "" {
		t.Skip("a study: run with -v and NER22O_RULES")
	}
	want := map[string]bool{}
	for _, r := range strings.Split(rules, "|") {
		want[r] = true
	}
	return want
}

// TestRuleCasesStudy logs, on the study halves only, each name the rules
// in $NER22O_RULES (separated by "|") settle, with the gold's names over
// it (-v; a study).
func TestRuleCasesStudy(t *testing.T) {
	want := rulesToStudy(t)
	for _, h := range namedStudyHalves(loadGold(t, tunePart)) {
		for _, d := range h.docs {
			runes := []rune(d.Text)
			toks := tokenize(runes)
			labels, tags := recognise(d.Text, runes, toks)
			for _, c := range findNames(runes, toks, labels, tags) {
				if !want[c.rule] {
					continue
				}
				var gold []string
				ok := "FP"
				for _, e := range d.Entities {
					if e.Start < c.end && c.start < e.End {
						gold = append(gold, fmt.Sprintf("%q/%s", e.Text, e.Type))
						if e.Start == c.start && e.End == c.end && e.Type == c.typ {
							ok = "TP"
						}
					}
				}
				a, b := max(0, c.start-60), min(len(runes), c.end+60)
				t.Logf("%s %s %s %s %q/%s gold [%s] :: %s", ok, h.name, d.Name, c.rule, string(runes[c.start:c.end]), c.typ, strings.Join(gold, " "), strings.ReplaceAll(string(runes[a:b]), "\n", " / "))
			}
		}
	}
}

// TestSportsReportStudy logs, for each page of the study halves, whether
// it reads as a sports report and the sports words it holds (-v; a study).
func TestSportsReportStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	for _, h := range namedStudyHalves(loadGold(t, tunePart)) {
		for _, d := range h.docs {
			toks := tokenize([]rune(d.Text))
			var words []string
			for _, tk := range toks {
				if tk.word && !tk.upper && sportsWords[tk.text] {
					words = append(words, tk.text)
				}
			}
			if len(words) > 0 {
				t.Logf("%s %s sports=%v %d %v", h.name, d.Name, isSportsReport(toks), len(words), words)
			}
		}
	}
}

// TestSettledByStudy logs, on the study halves only, each phrase the rules
// in $NER22O_RULES (separated by "|") settle, with the gold's names of the
// same text or inside it and what Suggest gives for that text (-v; a
// study).
func TestSettledByStudy(t *testing.T) {
	want := rulesToStudy(t)
	defer func() { traceRules = nil }()
	for _, h := range namedStudyHalves(loadGold(t, tunePart)) {
		for _, d := range h.docs {
			var hits []string
			traceRules = func(rule, phrase string) {
				if want[rule] {
					hits = append(hits, rule+"\x00"+phrase)
				}
			}
			sugg := Suggest(d.Text, nil)
			traceRules = nil
			for _, hit := range slices.Compact(hits) {
				rule, phrase, _ := strings.Cut(hit, "\x00")
				var gold, got []string
				for _, e := range d.Entities {
					if strings.Contains(phrase, e.Text) || strings.Contains(e.Text, phrase) {
						gold = append(gold, fmt.Sprintf("%q/%s", e.Text, e.Type))
					}
				}
				for _, s := range sugg {
					if strings.Contains(phrase, s.Name) || strings.Contains(s.Name, phrase) {
						got = append(got, fmt.Sprintf("%q/%s", s.Name, s.Type))
					}
				}
				t.Logf("%s %s <%s> %q gold [%s] got [%s]", h.name, d.Name, rule, phrase, strings.Join(slices.Compact(gold), " "), strings.Join(slices.Compact(got), " "))
			}
		}
	}
}
