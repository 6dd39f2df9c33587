package annotate

import "testing"

// TestTypeMistakesStudy logs every candidate of the study halves (FA, GA,
// HA and half A) whose span is a gold mention's and whose type is not,
// with the rule that typed it, the gold type and its context (-v; a
// study). It never reads a check half.
func TestTypeMistakesStudy(t *testing.T) {
	study := studyHalvesOnly(t)
	for _, d := range study {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		for _, c := range findNames(runes, toks, labels, tags) {
			for _, e := range d.Entities {
				if e.Start != c.start || e.End != c.end || e.Type == c.typ {
					continue
				}
				ctx := markedSpan(runes, c.start, c.end, 60)
				t.Logf("%s | %q | got %s by %q | want %s | %s", d.Name, e.Text, c.typ, c.rule, e.Type, ctx)
			}
		}
	}
}
