package annotate

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestEntityGoldStudyBoundaries logs the boundary errors of every study
// half (FA, GA, HA and half A: boundaryErrors, a false suggestion and the
// missed gold mentions it overlaps with other bounds) by class, with their
// count, to study the rules of issue 16's sixteenth round on bounds
// (ner21b). It never reads a check half. A study: it asserts nothing and
// runs only with -v.
func TestEntityGoldStudyBoundaries(t *testing.T) {
	study := studyHalvesOnly(t)
	errs, names, texts := goldBoundaryErrors(study)
	byClass := map[string]int{}
	var lines []string
	falses, misses := 0, 0
	for i, e := range errs {
		byClass[e.class]++
		falses += len(e.got)
		misses += len(e.want)
		runes := []rune(texts[i])
		show := func(ss []span) string {
			var q []string
			for _, s := range ss {
				q = append(q, fmt.Sprintf("%q", string(runes[s.start:s.end])))
			}
			return strings.Join(q, " + ")
		}
		lines = append(lines, fmt.Sprintf("%s: %s: suggested %s, gold %s", e.class, names[i], show(e.got), show(e.want)))
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
	var classes []string
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, c := range classes {
		t.Logf("study %3d  %s", byClass[c], c)
	}
	t.Logf("study: %d boundary errors (%d false suggestions, %d missed mentions)", len(errs), falses, misses)
}
