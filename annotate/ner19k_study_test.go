package annotate

import (
	"os"
	"testing"
)

// TestPersonMistakesStudy logs every person candidate of FA (or half A of
// the tune part with NER_HALF=A) that is not a gold person of that span,
// with the rule that made it and its context (-v; a study).
func TestPersonMistakesStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	docs, _ := freshHalves(tune)
	if os.Getenv("NER_HALF") == "A" {
		docs, _ = tuneHalves(tune)
	}
	typ := Person
	if os.Getenv("NER_TYPE") != "" {
		typ = EntityType(os.Getenv("NER_TYPE"))
	}
	for _, d := range docs {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		gold := goldSpans(d)
		for _, c := range findNames(runes, toks, labels, tags) {
			if c.typ != typ || gold[spanKey{c.start, c.end, c.typ}] {
				continue
			}
			what := "no entity"
			for _, e := range d.Entities {
				if e.Start < c.end && c.start < e.End {
					what = string(e.Type) + " " + e.Text
				}
			}
			ctx := markedSpan(runes, c.start, c.end, 40)
			t.Logf("%s | %q | %s | gold: %s | %s", d.Name, string(runes[c.start:c.end]), c.rule, what, ctx)
		}
	}
}

// TestFirstNameFeaturesStudy logs, for each "a person by a first name"
// candidate of the studied tune part and of FA, its given name's lists,
// whether its words are English words, the recogniser's label and whether
// it is right (-v; a study).
func TestFirstNameFeaturesStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	fa, _ := freshHalves(tune)
	rule := os.Getenv("NER_RULE")
	if rule == "" {
		rule = "a person by a first name"
	}
	for _, part := range []struct {
		name string
		docs []goldDoc
	}{{"studied", studiedTune(tune)}, {"FA", fa}} {
		for _, d := range part.docs {
			runes := []rune(d.Text)
			toks := tokenize(runes)
			labels, tags := recognise(d.Text, runes, toks)
			f := finder{runes: runes, toks: toks, labels: labels, tags: tags, lowerWords: lowerWordsOf(toks)}
			gold := goldTypes(d)
			for _, c := range findNames(runes, toks, labels, tags) {
				if c.rule != rule {
					continue
				}
				a, b := -1, -1
				for i, tk := range toks {
					if tk.start == c.start {
						a = i
					}
					if tk.end == c.end {
						b = i + 1
					}
				}
				if a < 0 || b < 0 {
					continue
				}
				first, last := toks[a].text, toks[b-1].text
				right := gold[[2]int{c.start, c.end}] == c.typ
				yn := func(v bool) string {
					if v {
						return "y"
					}
					return "-"
				}
				t.Logf("%s\t%v\t%q\tfirst[en%s us%s wo%s eng%s basic%s start%s]\tlast[eng%s basic%s]\trec=%s\tgold=%s\t%s", part.name, right, c.name,
					yn(firstNames.english.has(first)), yn(firstNames.us.has(first)), yn(firstNames.world.has(first)), yn(isEnglishWord(first)), yn(isBasicWord(first)), yn(toks[a].sentStart),
					yn(isEnglishWord(last)), yn(isBasicWord(last)), f.recognised(a, b), gold[[2]int{c.start, c.end}], d.Name)
			}
		}
	}
}

// TestSurnameSourceStudy tallies the surnames spread from a person named
// in full by the rule that typed the full name, right and wrong, on the
// studied tune part and FA (-v; a study).
func TestSurnameSourceStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	fa, _ := freshHalves(tune)
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
			src := map[string]string{}
			for _, c := range cands {
				if c.typ == Person && c.words >= 2 && c.rule != ruleSurname {
					if _, ok := src[c.name]; !ok {
						src[c.name] = c.rule
					}
				}
			}
			for _, c := range cands {
				if c.rule != ruleSurname || c.words != 1 {
					continue
				}
				k := src[c.name]
				n := tally[k]
				if gold[[2]int{c.start, c.end}] == Person {
					n[0]++
				} else {
					n[1]++
					if part.name == "FA" || os.Getenv("NER_SHOW") == "1" {
						t.Logf("%s wrong: %q of %q (%s) gold %s", part.name, string(runes[c.start:c.end]), c.name, k, gold[[2]int{c.start, c.end}])
					}
				}
				tally[k] = n
			}
		}
		for k, n := range tally {
			t.Logf("%s source %-45q right %d wrong %d", part.name, k, n[0], n[1])
		}
	}
}
