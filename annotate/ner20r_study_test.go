package annotate

import (
	"os"
	"strings"
	"testing"
)

// TestFullNameFeaturesStudy tallies, for each person named in full by
// NER_RULE (default "a person by a first name") on the studied tune part
// and FA, features of the name and of its clipping, right and wrong, and
// logs the cases of half A and FA; half B's, a half that checks rules, are
// only counted (-v; a study).
func TestFullNameFeaturesStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	fa, _ := freshHalves(tune)
	_, hb := tuneHalves(tune)
	checkHalf := map[string]bool{}
	for _, d := range hb {
		checkHalf[d.Name] = true
	}
	rule := os.Getenv("NER_RULE")
	if rule == "" {
		rule = "a person by a first name"
	}
	for _, part := range []struct {
		name string
		docs []goldDoc
	}{{"studied", studiedTune(tune)}, {"FA", fa}} {
		tally := map[string][2]int{}
		for _, d := range part.docs {
			runes := []rune(d.Text)
			toks := tokenize(runes)
			labels, tags := recognise(d.Text, runes, toks)
			gold := goldTypes(d)
			cands := findNames(runes, toks, labels, tags)
			full := map[string]int{}
			for _, c := range cands {
				if c.typ == Person && c.words >= 2 {
					full[c.name]++
				}
			}
			lowerText := strings.ToLower(d.Text)
			pron := strings.Count(lowerText, " he ") + strings.Count(lowerText, " she ") + strings.Count(lowerText, " his ") + strings.Count(lowerText, " her ")
			for _, c := range cands {
				if c.rule != rule || c.typ != Person || c.words < 2 {
					continue
				}
				ws := strings.Fields(c.name)
				last := ws[len(ws)-1]
				first := ws[0]
				alone := 0
				for i, tk := range toks {
					if tk.text == last && (i == 0 || toks[i-1].text != ws[len(ws)-2]) {
						alone++
					}
				}
				right := gold[[2]int{c.start, c.end}] == Person
				plural := strings.HasSuffix(last, "s") && isEnglishWord(strings.TrimSuffix(last, "s"))
				feat := []string{}
				if full[c.name] >= 2 && alone == 0 {
					feat = append(feat, "repeatedNoSurname")
				}
				if isEnglishWord(last) {
					feat = append(feat, "lastEng")
				}
				if plural {
					feat = append(feat, "lastPlural")
				}
				if isEnglishWord(first) {
					feat = append(feat, "firstEng")
				}
				if pron == 0 {
					feat = append(feat, "noPronoun")
				}
				k := strings.Join(feat, ",")
				n := tally[k]
				if right {
					n[0]++
				} else {
					n[1]++
				}
				tally[k] = n
				if (!right || os.Getenv("NER_SHOW") == "1") && !checkHalf[d.Name] {
					t.Logf("%s %v %q full=%d alone=%d pron=%d [%s] %s", part.name, right, c.name, full[c.name], alone, pron, k, d.Name)
				}
			}
		}
		for k, n := range tally {
			t.Logf("%s %-50s right %d wrong %d", part.name, k, n[0], n[1])
		}
	}
}
