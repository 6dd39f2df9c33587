package annotate

import (
	"strings"
	"testing"
)

// TestListFilterKeepsEveryLine checks that no line of a list is ever
// filtered out, and that has still answers exactly whether a name is a
// line: for every line, and for names near the lines that are not.
func TestListFilterKeepsEveryLine(t *testing.T) {
	for name, data := range map[string]string{
		"towns": townsData, "features": featuresData, "first names": firstNamesData, "US given names": usGivenNamesData,
		"world given names": worldGivenNamesData, "English words": englishWordsData, "organisations": orgNamesData,
		"institutions": institutionsData, "surname words": surnameWordsData, "holidays": holidaysData, "events": eventsData,
	} {
		t.Run(name, func(t *testing.T) {
			list, f := sortedList{data: data}, filterOf(data)
			lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
			set := setOf(lines...)
			admitted, others := 0, 0
			for _, line := range lines {
				if !f.mayHave(line) {
					t.Fatalf("%q is a line, and the filter rejects it", line)
				}
				if line != "" && !list.has(line) {
					t.Errorf("has(%q) = false for a line", line)
				}
				for _, other := range []string{line + "x", strings.ToUpper(line), line[:len(line)/2], "The " + line} {
					if set[other] {
						continue
					}
					others++
					if f.mayHave(other) {
						admitted++
					}
					if list.has(other) {
						t.Errorf("has(%q) = true, not a line", other)
					}
				}
			}
			// The filter is worth its search only if it rejects most names
			// that are in no line.
			rate := float64(admitted) / float64(max(others, 1))
			if rate > 0.1 {
				t.Errorf("the filter admits %.1f%% of %d names in no line", 100*rate, others)
			}
			t.Logf("%d lines; the filter admits %.1f%% of %d names in no line", len(lines), 100*rate, others)
		})
	}
}
