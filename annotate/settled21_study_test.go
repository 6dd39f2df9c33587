package annotate

import (
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// This file measures, on the study halves only, the phrases each phrase
// rule settles that end with no suggestion over them, and how many of
// them the gold set names, by type (docs/entities.md, sixteenth round,
// second wave, branch ner21x). It also holds the one class tried and left
// out, a name left untyped in a list with a typed name (coordinatedNames):
// right 3 times of 3 on the study halves, it added only wrong names on the
// check halves (GB, FB) and on unannotated news, so Suggest does not run
// it; TestListedNamesBeforeAfter reads it through retypeCandidates.

// settleRecord is one phrase a rule settled, in runes.
type settleRecord struct {
	rule       string
	start, end int
	split      bool // a rule inside it settled a part: not the rule that decided
	// The words around it, and the tag of the word after, for studying cues.
	before2, before, after, afterTag, after2 string
	sentStart                                bool
}

// recordSettles runs fn with every phrase rule wrapped to record what it
// settles, and returns the records.
func recordSettles(fn func()) []settleRecord {
	var recs []settleRecord
	saved := phraseRules
	var stack []int
	wrapped := make([]phraseRule, len(saved))
	for i, r := range saved {
		r := r
		wrapped[i] = phraseRule{name: r.name, apply: func(f *finder, p *phraseSpan) bool {
			a, b := p.a, p.b
			if a >= b {
				return r.apply(f, p)
			}
			recs = append(recs, settleRecord{rule: r.name})
			me := len(recs) - 1
			if len(stack) > 0 {
				recs[stack[len(stack)-1]].split = true
			}
			stack = append(stack, me)
			ok := r.apply(f, p)
			stack = stack[:len(stack)-1]
			if !ok {
				// A rule that passes the phrase on is no settle; its
				// nested records (none, as a rule passing on splits
				// nothing) stay.
				recs = append(recs[:me], recs[me+1:]...)
				return false
			}
			r := &recs[me]
			r.start, r.end = f.toks[a].start, f.toks[b-1].end
			r.before2, r.before, r.after, r.after2 = f.word(a-2), f.word(a-1), f.word(b), f.word(b+1)
			if b < len(f.tags) {
				r.afterTag = f.tags[b]
			}
			r.sentStart = f.toks[a].sentStart
			return true
		}}
	}
	phraseRules = wrapped
	defer func() { phraseRules = saved }()
	fn()
	return recs
}

// TestSettledStudy lists, per phrase rule, the phrases it settled that no
// suggestion overlaps, and the gold names among them by type: exactly at
// the phrase, or inside it. Study halves only (-v).
func TestSettledStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	type row struct {
		settled, exact, inside int
		byType                 map[EntityType]int
		examples               []string
	}
	rows := map[string]*row{}
	coord := map[string]int{}
	show := os.Getenv("NER21X_RULE")
	var dump *os.File
	if p := os.Getenv("NER21X_DUMP"); p != "" {
		var err error
		if dump, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer dump.Close()
	}
	for _, h := range namedStudyHalves(tune) {
		for _, d := range h.docs {
			var sugg []Suggestion
			recs := recordSettles(func() { sugg = Suggest(d.Text, nil) })
			types := goldTypes(d)
			runes := []rune(d.Text)
			for _, r := range recs {
				if r.split {
					continue
				}
				covered := false
				for _, s := range sugg {
					if s.Selector.Start < r.end && r.start < s.Selector.End {
						covered = true
						break
					}
				}
				if covered {
					continue
				}
				w := rows[r.rule]
				if w == nil {
					w = &row{byType: map[EntityType]int{}}
					rows[r.rule] = w
				}
				w.settled++
				gold := ""
				if g, ok := types[[2]int{r.start, r.end}]; ok {
					w.exact++
					w.byType[g]++
					gold = string(g)
				} else {
					for k, g := range types {
						if k[0] >= r.start && k[1] <= r.end {
							w.inside++
							gold = "inside " + string(g)
							break
						}
					}
				}
				if nt := coordinatedType(runes, sugg, r.start, r.end); nt != "" {
					coord[r.rule+" | neighbour "+string(nt)+" | gold "+gold]++
					if show == "coord" {
						lo, hi := max(0, r.start-40), min(len(runes), r.end+40)
						t.Logf("coord %s %s %q neighbour %s gold %q | %s", r.rule, d.Name, string(runes[r.start:r.end]), nt, gold, strings.ReplaceAll(string(runes[lo:hi]), "\n", " "))
					}
				}
				if dump != nil {
					fmt.Fprintf(dump, "%s\t%s\t%s\t%q\t%s\t%s\t%s\t%s\t%s\t%s\t%v\n", r.rule, h.name, d.Name, string(runes[r.start:r.end]), gold, r.before2, r.before, r.after, r.afterTag, r.after2, r.sentStart)
				}
				if show == r.rule || show == "every" || show == "all" && gold != "" {
					lo, hi := max(0, r.start-40), min(len(runes), r.end+40)
					ctx := strings.ReplaceAll(string(runes[lo:hi]), "\n", " ")
					w.examples = append(w.examples, fmt.Sprintf("%s %s %q gold %q | %s", h.name, d.Name, string(runes[r.start:r.end]), gold, ctx))
				}
			}
		}
	}
	names := make([]string, 0, len(rows))
	for k := range rows {
		names = append(names, k)
	}
	// By how much each rule settled, then by name: rows is a map, and the
	// log reads the same on every run.
	sort.Slice(names, func(i, j int) bool {
		if a, b := rows[names[i]].settled, rows[names[j]].settled; a != b {
			return a > b
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		w := rows[n]
		t.Logf("| %s | %d | %d (%s) | %d |", n, w.settled, w.exact, typeCounts(w.byType), w.inside)
	}
	for _, k := range slices.Sorted(maps.Keys(coord)) {
		t.Logf("coordinated: %s: %d", k, coord[k])
	}
	var pat *regexp.Regexp
	if p := os.Getenv("NER21X_MATCH"); p != "" {
		var err error
		if pat, err = regexp.Compile(p); err != nil {
			t.Fatalf("NER21X_MATCH: %v", err)
		}
	}
	for _, n := range names {
		for _, e := range rows[n].examples {
			if pat == nil || pat.MatchString(e) {
				t.Logf("%s: %s", n, e)
			}
		}
	}
}

func typeCounts(m map[EntityType]int) string {
	var parts []string
	for _, t := range EntityTypes {
		if m[t] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", t, m[t]))
		}
	}
	return strings.Join(parts, ", ")
}

// coordinatedType is the type of a suggestion joined to runes[start:end]
// by "and", "or", a comma or "instead of", before or after it, or "".
func coordinatedType(runes []rune, sugg []Suggestion, start, end int) EntityType {
	joins := []string{" and ", " or ", ", ", ", and ", ", or ", " instead of ", " nor ", " & "}
	for _, s := range sugg {
		var between string
		switch {
		case s.Selector.End <= start && start-s.Selector.End <= 12:
			between = string(runes[s.Selector.End:start])
		case s.Selector.Start >= end && s.Selector.Start-end <= 12:
			between = string(runes[end:s.Selector.Start])
		default:
			continue
		}
		for _, j := range joins {
			if between == j {
				return s.Type
			}
		}
	}
	return ""
}

// listedNames sets whether the study step listedNamesStep runs.
var listedNames bool

// listedNamesStep is coordinatedNames as a step after the rules, for
// retypeCandidates: it reads the rules' left spans again.
func listedNamesStep(runes []rune, toks []token, labels []string, cands []candidate) []candidate {
	if !listedNames {
		return cands
	}
	_, tags := recognise(string(runes), runes, toks)
	_, left := findNamesAndLeft(runes, toks, labels, tags, false)
	f := &finder{runes: runes, toks: toks, labels: labels, tags: tags}
	out, _ := f.coordinatedNames(cands, left)
	return out
}

// TestListedNamesBeforeAfter gives every half's figures without and with
// coordinatedNames, and lists what it adds on the study halves only (-v).
func TestListedNamesBeforeAfter(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	// studyAndCheckHalves gives the study halves first; only those list
	// what coordinatedNames adds.
	studied := len(namedStudyHalves(tune))
	retypeCandidates = listedNamesStep
	defer func() { retypeCandidates, listedNames = nil, false }()
	for i, h := range append(studyAndCheckHalves(tune), namedHalf{"tune", tuneWithoutUnseen(tune)}) {
		listedNames = false
		_, before, _ := goldScore(h.docs)
		listedNames = true
		_, after, _ := goldScore(h.docs)
		t.Logf("%s: %.4f (tp %d fp %d fn %d) -> %.4f (tp %d fp %d fn %d)", h.name, before.f1(), before.tp, before.fp, before.fn, after.f1(), after.tp, after.fp, after.fn)
		if i >= studied {
			continue
		}
		for _, d := range h.docs {
			runes := []rune(d.Text)
			toks := tokenize(runes)
			labels, tags := recognise(d.Text, runes, toks)
			base, left := findNamesAndLeft(runes, toks, labels, tags, false)
			f := &finder{runes: runes, toks: toks, labels: labels, tags: tags}
			cands, _ := f.coordinatedNames(base, left)
			gold := goldSpans(d)
			for _, c := range cands {
				if c.rule == ruleCoordinatedName {
					for _, l := range left {
						if l.start == c.start {
							c.name += " (" + l.rule + ")"
						}
					}
					lo, hi := max(0, c.start-40), min(len(runes), c.end+40)
					t.Logf("  %s %s: %s %q right %v | %s", h.name, d.Name, c.typ, c.name, gold[spanKey{c.start, c.end, c.typ}], strings.ReplaceAll(string(runes[lo:hi]), "\n", " "))
				}
			}
		}
	}
}

// TestListedNamesOnNews lists what coordinatedNames adds on unannotated
// news (-v), to be read.
func TestListedNamesOnNews(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	n := 0
	for _, x := range unannotatedTexts(t) {
		runes := []rune(x.Text)
		toks := tokenize(runes)
		labels, tags := recognise(x.Text, runes, toks)
		base, left := findNamesAndLeft(runes, toks, labels, tags, false)
		f := &finder{runes: runes, toks: toks, labels: labels, tags: tags}
		cands, _ := f.coordinatedNames(base, left)
		for _, c := range cands {
			if c.rule != ruleCoordinatedName {
				continue
			}
			n++
			lo, hi := max(0, c.start-50), min(len(runes), c.end+50)
			t.Logf("%s: %s %q | %s", x.Name, c.typ, c.name, strings.ReplaceAll(string(runes[lo:hi]), "\n", " "))
		}
	}
	t.Logf("%d names typed by their list", n)
}

// Names the rules settle as nothing (issue 16, sixteenth round, second
// wave, branch ner21x; docs/entities.md). Some phrase rules settle a
// phrase without a type: "a place nobody lists" (one to three words only
// the recogniser calls a place, which no gazetteer holds: "Tumblr",
// "Pelco"), "the recogniser's label" where it gives none or a type
// resolve drops, "a person led by a common word". Untyped, such a phrase
// takes the type of its other mentions, and is dropped where it has none.
// TestSettledStudy measures, per rule, how often what it settles is a gold
// name. Where a phrase so left stands in a list with a name the rules
// typed an organisation or a place ("bought Snapchat instead of Tumblr",
// "the Panthers and United Slaves", "Nha Trang and Hoi An"), the list
// says what it is: its items are names of one kind.

// ruleCoordinatedName names the names typed by the name they are listed
// with.
const ruleCoordinatedName = "a name left untyped, listed with a typed name"

// listableRules are the rules whose untyped or dropped phrases a list
// may type: those that settle a lone name by its form. A phrase of common
// words ("a person led by a common word": "Group President", "The Empire
// Strikes Back") or a common word ("Here", "May") is more often a title,
// a heading or a word of the sentence.
var listableRules = setOf("a place nobody lists", "the recogniser's label")

// coordinationJoins are the words that join two items of one list. A
// comma alone is none: it also sets off a clause ("In Whole Quux, Prime
// operates"), an apposition or a place's region ("the Bronx, Quuxtech's
// home").
var coordinationJoins = [][]string{{"and"}, {"or"}, {"nor"}, {"instead", "of"}, {",", "and"}, {",", "or"}, {"&"}}

// coordinatedNames types the spans the rules left untyped or dropped
// (leftSpans) that a list joins to a name typed an organisation or a
// place, with that name's type, and returns the names with them (in text
// order) and the left spans without them. A span so typed is of one to
// three capitalised words, none a people's name ("American and NATO
// spending"), and starts no sentence.
func (f *finder) coordinatedNames(cands []candidate, left []leftSpan) ([]candidate, []leftSpan) {
	if len(left) == 0 {
		return cands, left
	}
	byStart := make(map[int]int, len(cands))
	byEnd := make(map[int]int, len(cands))
	for i, c := range cands {
		byStart[c.start] = i
		byEnd[c.end] = i
	}
	var added []candidate
	kept := left[:0:0]
	for _, l := range left {
		if l.source == leftPhrase || l.source == leftDropped && l.ruled || !listableRules[l.rule] {
			kept = append(kept, l)
			continue
		}
		a, b := f.tokenSpan(l.start, l.end)
		typ := EntityType("")
		if a >= 0 && f.leftNameForm(a, b) {
			typ = f.listedType(a, b, cands, byStart, byEnd)
		}
		if typ == "" {
			kept = append(kept, l)
			continue
		}
		c := l.candidate
		c.typ, c.rule, c.firm, c.name = typ, ruleCoordinatedName, false, l.name
		added = append(added, c)
	}
	if len(added) == 0 {
		return cands, left
	}
	out := append(slices.Clip(cands), added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out, kept
}

// tokenSpan returns the tokens [a, b) that cover runes [start, end)
// exactly, or -1, -1.
func (f *finder) tokenSpan(start, end int) (int, int) {
	a := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= start })
	if a >= len(f.toks) || f.toks[a].start != start {
		return -1, -1
	}
	for b := a; b < len(f.toks); b++ {
		if f.toks[b].end == end {
			return a, b + 1
		}
		if f.toks[b].end > end {
			break
		}
	}
	return -1, -1
}

// leftNameForm reports whether toks[a:b] has a listed name's form: one to
// three capitalised words, none a people's name, not starting a sentence,
// with no capitalised word or possessive next to it.
func (f *finder) leftNameForm(a, b int) bool {
	if b-a > 3 || f.toks[a].sentStart {
		return false
	}
	before := a > 0 && f.toks[a-1].upper || f.word(a-1) == "s" && isApostrophe(f.word(a-2))
	after := b < len(f.toks) && f.toks[b].upper || isApostrophe(f.word(b))
	if before || after {
		// Part of a longer name ("St. Quux's Cathedral and Westminster
		// Abbey"), or a possessive ("the Bronx, Quuxtech's home").
		return false
	}
	for _, t := range f.toks[a:b] {
		if !t.word || !t.upper || demonyms.has(t.text) || demonyms.has(strings.TrimSuffix(t.text, "s")) {
			return false
		}
	}
	return true
}

// listedType returns the type of the name a list joins to toks[a:b], just
// before or after it (by coordinationJoins, where a comma alone is no
// join), where that name is an organisation or a place.
func (f *finder) listedType(a, b int, cands []candidate, byStart, byEnd map[int]int) EntityType {
	joins := func(from int, words []string) bool {
		for k, w := range words {
			if !strings.EqualFold(f.word(from+k), w) {
				return false
			}
		}
		return true
	}
	listable := func(c candidate) EntityType {
		switch {
		case c.typ == Place && (c.firm || places.has(c.name) || towns.has(c.name)):
			return Place
		case c.typ == Organization && (c.firm || orgs.has(c.name)):
			return Organization
		}
		return ""
	}
	for _, j := range coordinationJoins {
		// The typed name before: "Snapchat instead of Tumblr".
		if from := a - len(j); from > 0 && joins(from, j) {
			if i, ok := byEnd[f.toks[from-1].end]; ok {
				if t := listable(cands[i]); t != "" {
					return t
				}
			}
		}
		// The typed name after: "the Panthers and United Slaves".
		if b+len(j) < len(f.toks) && joins(b, j) {
			if i, ok := byStart[f.toks[b+len(j)].start]; ok {
				if t := listable(cands[i]); t != "" {
					return t
				}
			}
		}
	}
	return ""
}
