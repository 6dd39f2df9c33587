package annotate

import (
	"os"
	"strings"
	"testing"
)

// TestLoneOrgsStudy logs, on the study halves only (FA, GA, HA and half
// A), each organisation of the gold set of one or two words that no
// suggestion gives with its bounds and type, with what was suggested over
// it (and the rule that typed it) and the words around it (-v; a study,
// it asserts nothing).
func TestLoneOrgsStudy(t *testing.T) {
	study := studyHalvesOnly(t)
	for _, d := range study {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		final := findNames(runes, toks, labels, tags)
		sugg := Suggest(d.Text, nil)
		for _, e := range d.Entities {
			if e.Type != Organization || len(strings.Fields(e.Text)) > 2 {
				continue
			}
			got, right := "-", false
			for _, s := range sugg {
				if s.Selector.Start < e.End && e.Start < s.Selector.End {
					rule := "?"
					for _, c := range final {
						if c.start == s.Selector.Start && c.end == s.Selector.End {
							rule = c.rule
						}
					}
					got = s.Name + "/" + string(s.Type) + "<" + rule + ">"
					right = right || s.Selector.Start == e.Start && s.Selector.End == e.End && s.Type == Organization
				}
			}
			if right {
				continue
			}
			a, b := max(0, e.Start-80), min(len(runes), e.End+80)
			t.Logf("LONE %s %q got=%s :: %s", d.Name, e.Text, got,
				strings.ReplaceAll(string(runes[a:e.Start])+"[["+e.Text+"]]"+string(runes[e.End:b]), "\n", " / "))
		}
	}
}

// TestProbeStudy logs the names found in NER21C_PROBE's sentences
// (separated by "|"), with the rule that typed each (-v; a study).
func TestProbeStudy(t *testing.T) {
	text := os.Getenv("NER21C_PROBE")
	if !testing.Verbose() || text == "" {
		t.Skip("a study: run with -v and NER21C_PROBE")
	}
	t.Cleanup(func() { traceRules = nil }) // unset even if findNames fails
	for _, s := range strings.Split(text, "|") {
		runes := []rune(s)
		toks := tokenize(runes)
		labels, tags := recognise(s, runes, toks)
		var trace []string
		traceRules = func(rule, phrase string) { trace = append(trace, phrase+"<"+rule+">") }
		final := findNames(runes, toks, labels, tags)
		traceRules = nil
		var out []string
		for _, c := range final {
			out = append(out, c.name+"/"+string(c.typ)+"<"+c.rule+">")
		}
		var sugg []string
		for _, g := range Suggest(s, nil) {
			sugg = append(sugg, g.Name+"/"+string(g.Type))
		}
		t.Logf("%s\n  final: %s\n  suggest: %s\n  trace: %s", s, strings.Join(out, "; "), strings.Join(sugg, "; "), strings.Join(trace, " "))
	}
}
