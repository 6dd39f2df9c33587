package annotate

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestPersonPlaceMistakesStudy logs every mistake of the study halves (FA,
// GA, HA, IA and half A) where a person or a place is suggested or missed,
// sorted into classes by what overlaps it: "type" (the same span, another
// type), "bounds" (an overlapping span), "missed" (nothing over it) and
// "false" (nothing under it), with the rule that made the candidate and
// the words around it (-v; a study). It never reads a check half.
func TestPersonPlaceMistakesStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	var lines []string
	for _, h := range namedStudyHalves(tune) {
		for _, d := range h.docs {
			runes := []rune(d.Text)
			toks := tokenize(runes)
			labels, tags := recognise(d.Text, runes, toks)
			rule := map[[2]int]string{}
			for _, c := range findNames(runes, toks, labels, tags) {
				rule[[2]int{c.start, c.end}] = c.rule
			}
			sugs := Suggest(d.Text, nil)
			ctx := func(s, e int) string { return markedSpan(runes, s, e, 60) }
			isPP := func(ty EntityType) bool { return ty == Person || ty == Place }
			for _, g := range d.Entities {
				ok := false
				var over []string
				for _, s := range sugs {
					if s.Selector.Start == g.Start && s.Selector.End == g.End && s.Type == g.Type {
						ok = true
					} else if s.Selector.Start < g.End && g.Start < s.Selector.End {
						over = append(over, fmt.Sprintf("%s %q by %q", s.Type, string(runes[s.Selector.Start:s.Selector.End]), rule[[2]int{s.Selector.Start, s.Selector.End}]))
					}
				}
				if ok {
					continue
				}
				involved := isPP(g.Type)
				for _, s := range sugs {
					if s.Selector.Start < g.End && g.Start < s.Selector.End && isPP(s.Type) {
						involved = true
					}
				}
				if !involved {
					continue
				}
				class := "missed"
				if len(over) > 0 {
					class = "bounds"
					for _, s := range sugs {
						if s.Selector.Start == g.Start && s.Selector.End == g.End {
							class = "type"
						}
					}
				}
				lines = append(lines, fmt.Sprintf("%s\t%s %s\t%s %s %q | got %s | %s", class, g.Type, h.name, d.Name, g.Type, g.Text, strings.Join(over, "; "), ctx(g.Start, g.End)))
			}
			for _, s := range sugs {
				if !isPP(s.Type) {
					continue
				}
				hit := false
				for _, g := range d.Entities {
					if s.Selector.Start < g.End && g.Start < s.Selector.End {
						hit = true
					}
				}
				if hit {
					continue
				}
				lines = append(lines, fmt.Sprintf("false\t%s %s\t%s %s %q by %q (%.2f) | %s", s.Type, h.name, d.Name, s.Type, string(runes[s.Selector.Start:s.Selector.End]), rule[[2]int{s.Selector.Start, s.Selector.End}], s.Score, ctx(s.Selector.Start, s.Selector.End)))
			}
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
}
