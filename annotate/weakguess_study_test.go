package annotate

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// weakGuessStudyRules are the rules ner19l studies: guesses that hold on
// the studied tune part and fall on unseen pages.
var weakGuessStudyRules = []string{"the recogniser's label", "an acronym", "a team named in the plural",
	"a company written in camel case", ruleShortOrganization, ruleOneType, ruleThingAgain, "a state after a town", ruleAcronymWithoutContext, ruleOneTypeGuessed}

// TestWeakGuessStudy logs, for the weak guesses, each rule's precision on
// FA, FB, half A and half B, and with NER_WEAK_MISTAKES=1 the wrong
// suggestions of these rules on FA and half A with what the gold says of
// the span (a study, -v; it asserts nothing).
func TestWeakGuessStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	fa, fb := freshHalves(tune)
	ha, hb := tuneHalves(tune)
	parts := []struct {
		name string
		docs []goldDoc
	}{{"FA", fa}, {"FB", fb}, {"A", ha}, {"B", hb}}
	for _, rule := range weakGuessStudyRules {
		line := []string{}
		for _, p := range parts {
			c := ruleCounts(p.docs)[rule]
			line = append(line, p.name+" "+itoa(c.tp)+"/"+itoa(c.tp+c.fp))
		}
		t.Logf("%-40q %s", rule, strings.Join(line, "  "))
	}
	for _, p := range parts {
		byType := map[string]counts{}
		for _, d := range p.docs {
			runes := []rune(d.Text)
			toks := tokenize(runes)
			labels, tags := recognise(d.Text, runes, toks)
			gold := goldSpans(d)
			for _, c := range findNames(runes, toks, labels, tags) {
				if c.rule != "the recogniser's label" {
					continue
				}
				k := string(c.typ)
				if strings.Contains(c.name, " of ") || strings.Contains(c.name, " for ") || strings.Contains(c.name, " and ") {
					k += " connector"
				} else if c.words > 1 {
					k += " long"
				}
				n := byType[k]
				if gold[spanKey{c.start, c.end, c.typ}] {
					n.tp++
				} else {
					n.fp++
				}
				byType[k] = n
			}
		}
		keys := []string{}
		for k := range byType {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		line := []string{}
		for _, k := range keys {
			line = append(line, k+" "+itoa(byType[k].tp)+"/"+itoa(byType[k].tp+byType[k].fp))
		}
		t.Logf("recogniser %s: %s", p.name, strings.Join(line, ", "))
	}
	if os.Getenv("NER_WEAK_MISTAKES") != "1" {
		return
	}
	want := setOf(weakGuessStudyRules...)
	var out []string
	for _, d := range faAndHalfA(tune) {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		gold := goldTypes(d)
		for _, c := range findNames(runes, toks, labels, tags) {
			if !want[c.rule] {
				continue
			}
			verdict := goldVerdict(gold, c)
			if verdict == "RIGHT" && os.Getenv("NER_WEAK_ALL") != "1" {
				continue
			}
			lo, hi := max(c.start-40, 0), min(c.end+40, len(runes))
			ctx := strings.ReplaceAll(string(runes[lo:hi]), "\n", " ")
			lab := ""
			for i, tk := range toks {
				if tk.start >= c.start && tk.end <= c.end {
					lab += labels[i] + "/" + tags[i] + " "
				}
			}
			out = append(out, c.rule+" | "+string(c.typ)+" "+c.name+" | "+lab+"| "+verdict+" | "+d.Half+" "+d.Name+" | "+ctx)
		}
	}
	sort.Strings(out)
	for _, l := range out {
		t.Log(l)
	}
}
