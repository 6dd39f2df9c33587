package annotate

import (
	"sort"
	"strings"
	"testing"
	"unicode"
)

// consistencyCounts tallies, over articles, how the suggestions keep one
// name to one type (issue 16: "one name, one type in a clipping") and
// how they find a name's later short forms.
type consistencyCounts struct {
	// repeated: gold names (exact surface, one type in gold) written twice
	// or more in an article; split: those whose mentions the suggestions
	// do not all get right, nor all miss (some right, some missed or
	// mistyped); wrongAll: those no mention of which is right.
	repeated, split, wrongAll int
	// multiTyped: surfaces the suggestions give two types or more in an
	// article, and of those, goldMixed: the gold gives two types as well
	// ("in Pittsburgh" and "Pittsburgh beat").
	multiTyped, goldMixed int
	// short forms by kind: right, missed (no suggestion at the span),
	// mistyped (the span suggested with another type), overlapped (a
	// suggestion crosses the span).
	short map[string]*[4]int
}

// shortFormKind returns the kind of short form the gold mention m is of
// an earlier gold mention in the article of the same type, or "".
func shortFormKind(m goldEntity, earlier []goldEntity) string {
	if strings.Contains(m.Text, " ") {
		return ""
	}
	for _, e := range earlier {
		if e.Type != m.Type || e.Start >= m.Start || e.Text == m.Text {
			continue
		}
		words := strings.FieldsFunc(e.Text, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
		if len(words) < 2 {
			continue
		}
		var initials []rune
		for _, w := range words {
			if r := []rune(w)[0]; unicode.IsUpper(r) {
				initials = append(initials, r)
			}
		}
		kind := string(m.Type)
		switch {
		case m.Text == words[len(words)-1]:
			return kind + " last word"
		case m.Text == words[0]:
			return kind + " first word"
		case isAllCaps(m.Text) && len(initials) > 1 && m.Text == string(initials):
			return kind + " acronym"
		}
		for _, w := range words[1 : len(words)-1] {
			if w == m.Text {
				return kind + " inner word"
			}
		}
	}
	return ""
}

func studyConsistency(d goldDoc, sugs []Suggestion, n *consistencyCounts, logf func(string, ...any)) {
	runes := []rune(d.Text)
	type span struct{ start, end int }
	got := map[span]EntityType{}
	cover := make([]bool, len(runes)+1)
	for _, s := range sugs {
		got[span{s.Selector.Start, s.Selector.End}] = s.Type
		for k := s.Selector.Start; k < s.Selector.End; k++ {
			cover[k] = true
		}
	}
	state := func(e goldEntity) int {
		t, ok := got[span{e.Start, e.End}]
		switch {
		case ok && t == e.Type:
			return 0
		case ok:
			return 2
		}
		for k := e.Start; k < e.End; k++ {
			if cover[k] {
				return 3
			}
		}
		return 1
	}
	states := []string{"right", "missed", "mistyped", "overlapped"}
	bySurface := map[string][]goldEntity{}
	for _, e := range d.Entities {
		bySurface[e.Text] = append(bySurface[e.Text], e)
	}
	names := make([]string, 0, len(bySurface))
	for k := range bySurface {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		es := bySurface[name]
		types := map[EntityType]bool{}
		for _, e := range es {
			types[e.Type] = true
		}
		if len(es) < 2 || len(types) > 1 {
			continue
		}
		n.repeated++
		var right int
		var desc []string
		for _, e := range es {
			st := state(e)
			if st == 0 {
				right++
			}
			desc = append(desc, states[st])
		}
		switch {
		case right == 0:
			n.wrongAll++
			logf("%s: %s %q never right (%s)", d.Name, es[0].Type, name, strings.Join(desc, ", "))
		case right < len(es):
			n.split++
			logf("%s: %s %q split (%s)", d.Name, es[0].Type, name, strings.Join(desc, ", "))
		}
	}
	// Surfaces the suggestions give two types.
	sugTypes := map[string]map[EntityType]bool{}
	for _, s := range sugs {
		text := string(runes[s.Selector.Start:s.Selector.End])
		if sugTypes[text] == nil {
			sugTypes[text] = map[EntityType]bool{}
		}
		sugTypes[text][s.Type] = true
	}
	goldTypes := map[string]map[EntityType]bool{}
	for _, e := range d.Entities {
		if goldTypes[e.Text] == nil {
			goldTypes[e.Text] = map[EntityType]bool{}
		}
		goldTypes[e.Text][e.Type] = true
	}
	for text, ts := range sugTypes {
		if len(ts) < 2 {
			continue
		}
		n.multiTyped++
		if len(goldTypes[text]) > 1 {
			n.goldMixed++
		}
		var list []string
		for t := range ts {
			list = append(list, string(t))
		}
		sort.Strings(list)
		logf("%s: %q suggested as %s (gold %d types)", d.Name, text, strings.Join(list, ", "), len(goldTypes[text]))
	}
	// Short forms.
	ents := append([]goldEntity(nil), d.Entities...)
	sort.Slice(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
	for i, e := range ents {
		kind := shortFormKind(e, ents[:i])
		if kind == "" {
			continue
		}
		if n.short == nil {
			n.short = map[string]*[4]int{}
		}
		if n.short[kind] == nil {
			n.short[kind] = &[4]int{}
		}
		st := state(e)
		n.short[kind][st]++
		if st != 0 {
			logf("%s: short form (%s) %q at %d %s", d.Name, kind, e.Text, e.Start, states[st])
		}
	}
}

// TestEntityConsistencyStudy logs how the suggestions keep a name to one
// type within an article and find its short forms, on both halves of the
// tune part (tuneHalves), with the cases of half A only. It asserts
// nothing, so it runs only with -v.
func TestEntityConsistencyStudy(t *testing.T) {
	studyTuneHalves(t, func(half string, docs []goldDoc) {
		var n consistencyCounts
		logf := func(string, ...any) {}
		if half == "A" {
			logf = t.Logf
		}
		for _, d := range docs {
			studyConsistency(d, Suggest(d.Text, nil), &n, logf)
		}
		t.Logf("half %s: %d names written twice or more; %d split, %d never right; %d surfaces suggested with two types (%d with two in gold)",
			half, n.repeated, n.split, n.wrongAll, n.multiTyped, n.goldMixed)
		var kinds []string
		for k := range n.short {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		for _, k := range kinds {
			c := n.short[k]
			t.Logf("half %s short form %-24s right %d, missed %d, mistyped %d, overlapped %d", half, k, c[0], c[1], c[2], c[3])
		}
	})
}
