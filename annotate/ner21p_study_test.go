package annotate

import (
	"strings"
	"testing"
)

// TestMissedPersonsNoneStudy logs, for each person of the study halves
// (FA, GA, HA and half A; never a check half) that no suggestion touches,
// the words around it, the recogniser's labels of its words and the
// candidates the phrase rules gave over it before resolve (-v; a study,
// it asserts nothing).
func TestMissedPersonsNoneStudy(t *testing.T) {
	study := studyHalvesOnly(t)
	n := 0
	for _, d := range study {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		final := findNames(runes, toks, labels, tags)
		pre := typedNames(runes, toks, labels, tags).cands
		for _, e := range d.Entities {
			if e.Type != Person {
				continue
			}
			touched := false
			for _, c := range final {
				if c.start < e.End && e.Start < c.end {
					touched = true
				}
			}
			if touched {
				continue
			}
			n++
			var before []string
			for _, c := range pre {
				if c.start < e.End && e.Start < c.end {
					before = append(before, c.name+"/"+string(c.typ)+"/"+c.rule)
				}
			}
			var lab []string
			for i, tk := range toks {
				if tk.start < e.End && e.Start < tk.end {
					lab = append(lab, tk.text+":"+labels[i]+":"+tags[i])
				}
			}
			lo, hi := max(0, e.Start-60), min(len(runes), e.End+40)
			ctx := strings.ReplaceAll(string(runes[lo:hi]), "\n", "⏎")
			t.Logf("%s %q [%s] before: %s | …%s…", d.Name, e.Text, strings.Join(lab, " "), strings.Join(before, "; "), ctx)
		}
	}
	t.Logf("%d persons no suggestion touches", n)
}

// TestDroppedLoneWordsStudy logs, on the study halves, each one-word name
// that the phrase rules proposed (not firm) and resolve dropped at every
// mention, with what the gold says of each mention and the words around
// it (-v; a study, it asserts nothing).
func TestDroppedLoneWordsStudy(t *testing.T) {
	study := studyHalvesOnly(t)
	for _, d := range study {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		final := findNames(runes, toks, labels, tags)
		pre := typedNames(runes, toks, labels, tags).cands
		kept := map[string]bool{}
		for _, c := range final {
			kept[string(runes[c.start:c.end])] = true
		}
		gold := goldTypes(d)
		for _, c := range pre {
			if c.words != 1 || c.firm || kept[c.name] {
				continue
			}
			g := gold[[2]int{c.start, c.end}]
			if g == "" {
				g = "-"
			}
			lo, hi := max(0, c.start-50), min(len(runes), c.end+40)
			ctx := strings.ReplaceAll(string(runes[lo:hi]), "\n", "⏎")
			t.Logf("DROP %s %q typ=%s rule=%q gold=%s | …%s…", d.Name, c.name, c.typ, c.rule, g, ctx)
		}
	}
}

// TestStudyHalfNames logs the names of the study halves' articles (-v).
func TestStudyHalfNames(t *testing.T) {
	study := studyHalvesOnly(t)
	for _, d := range study {
		t.Logf("NAME %s", d.Name)
	}
}
