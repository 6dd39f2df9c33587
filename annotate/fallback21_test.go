package annotate

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// This file measures a weak suggestion for the spans the rules see and
// leave (fallback21.go; docs/entities.md, sixteenth round, branch ner21u).

// leftDoc is one gold article's names found, the spans the rules left,
// and what the learned sources say of each left span.
type leftDoc struct {
	name  string
	text  []rune
	gold  map[spanKey]bool
	types map[[2]int]EntityType
	cands []candidate
	left  []leftSpan
	views []leftView
}

// leftView is what the learned sources and the recogniser say of one
// left span.
type leftView struct {
	learnedView
	prose EntityType // the recogniser's label over the span
}

// prepareLeftDocs reads each article's names and left spans once.
func prepareLeftDocs(docs []goldDoc) []leftDoc {
	var out []leftDoc
	for _, d := range docs {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		cands, left := findNamesAndLeft(runes, toks, labels, tags, true)
		ld := leftDoc{name: d.Name, text: runes, gold: goldSpans(d), types: goldTypes(d), cands: cands, left: left}
		_, views := scoresAndLeft(runes, toks, labels, cands, left)
		for i, l := range left {
			v := leftView{learnedView: views[i]}
			a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= l.start })
			votes := map[EntityType]int{}
			for k := a; k < len(toks) && toks[k].end <= l.end; k++ {
				if t := entityType(labels[k]); t != "" {
					votes[t]++
				}
			}
			for _, t := range EntityTypes {
				if votes[t] > votes[v.prose] {
					v.prose = t
				}
			}
			ld.views = append(ld.views, v)
		}
		out = append(out, ld)
	}
	return out
}

// baseCounts are the rules' counts on d.
func (d leftDoc) baseCounts() counts {
	got := map[spanKey]bool{}
	for _, c := range d.cands {
		if c.typ != "" {
			got[spanKey{c.start, c.end, c.typ}] = true
		}
	}
	return countAgainst(got, d.gold)
}

// verdict says what the gold says of a left span: "exact" (a name at its
// span), "overlap" (a name with other bounds) or "none".
func (d leftDoc) verdict(l leftSpan) string {
	if _, ok := d.types[[2]int{l.start, l.end}]; ok {
		return "exact"
	}
	for k := range d.types {
		if k[0] < l.end && l.start < k[1] {
			return "overlap"
		}
	}
	return "none"
}

// addedBy returns the counts of what a source adds on d: for each left
// span, the type pick gives it, or "" for none.
func (d leftDoc) addedBy(pick func(leftSpan, leftView) EntityType) (tp, fp int) {
	for i, l := range d.left {
		t := pick(l, d.views[i])
		if t == "" {
			continue
		}
		if d.gold[spanKey{l.start, l.end, t}] {
			tp++
		} else {
			fp++
		}
	}
	return tp, fp
}

// withAdded returns base with tp right and fp wrong suggestions more.
func withAdded(base counts, tp, fp int) counts {
	return counts{tp: base.tp + tp, fp: base.fp + fp, fn: base.fn - tp}
}

func f1Of(c counts) float64 {
	if c.tp == 0 {
		return 0
	}
	p := float64(c.tp) / float64(c.tp+c.fp)
	r := float64(c.tp) / float64(c.tp+c.fn)
	return 2 * p * r / (p + r)
}

var leftSourceNames = map[leftSource]string{leftUntyped: "untyped", leftDropped: "dropped", leftPhrase: "phrase"}

// TestLeftSpansStudy measures, on the study halves only, the gold names
// among the spans the rules leave and what the learned sources say of
// them (-v; it asserts nothing about quality).
func TestLeftSpansStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	type leftHalf struct {
		name string
		docs []leftDoc
	}
	var halves []leftHalf
	for _, h := range namedStudyHalves(tune) {
		halves = append(halves, leftHalf{h.name, prepareLeftDocs(h.docs)})
	}
	for _, h := range halves {
		tally := map[string]int{}
		missedNone, missedInLeft := 0, 0
		for _, d := range h.docs {
			for i, l := range d.left {
				v := d.views[i]
				verdict := d.verdict(l)
				key := leftSourceNames[l.source] + " " + verdict
				tally[key]++
				if verdict == "exact" {
					g := d.types[[2]int{l.start, l.end}]
					tally[key+" span-type-right"] += b2i(v.spanType == g)
					tally[key+" model-type-right"] += b2i(v.modelType == g)
					tally[key+" prose-right"] += b2i(v.prose == g)
					tally[key+" gold="+string(g)]++
				}
			}
			// The gold names no name found overlaps, and those of them a
			// left span holds exactly.
			for k := range d.gold {
				hit := false
				for _, c := range d.cands {
					if c.start < k.end && k.start < c.end {
						hit = true
						break
					}
				}
				if hit {
					continue
				}
				missedNone++
				for _, l := range d.left {
					if l.start == k.start && l.end == k.end {
						missedInLeft++
					}
				}
			}
		}
		keys := slices.Sorted(func(yield func(string) bool) {
			for k := range tally {
				if !yield(k) {
					return
				}
			}
		})
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, "%s %d; ", k, tally[k])
		}
		for _, d := range h.docs {
			for i, l := range d.left {
				v := d.views[i]
				if l.source == leftPhrase || l.source == leftUntyped && v.spanLead < 6 && v.modelTypeP < 0.4 {
					continue
				}
				g := d.types[[2]int{l.start, l.end}]
				t.Logf("%s %s: %s %q (%s) gold %q %s | span %s %s lead %.1f over-none %.1f | model %s %.2f type %s %.2f | prose %s",
					h.name, d.name, leftSourceNames[l.source], l.name, l.rule, g, d.verdict(l), v.spanBest, v.spanType, v.spanLead, v.spanMargin,
					v.modelBest, v.modelP, v.modelType, v.modelTypeP, v.prose)
			}
		}
		t.Logf("%s: gold names no name overlaps %d, of them a left span's exactly %d", h.name, missedNone, missedInLeft)
		t.Logf("%s: %s", h.name, b.String())
	}
	// Precision of what each source would add, by its margin, per half
	// and together, with F1 before and after.
	type source struct {
		name string
		pick func(leftSpan, leftView) EntityType
	}
	var sources []source
	for _, src := range []leftSource{-1, leftUntyped, leftDropped, leftPhrase} {
		ok := func(l leftSpan) bool { return src < 0 || l.source == src }
		sn := "all"
		if src >= 0 {
			sn = leftSourceNames[src]
		}
		for _, m := range []float32{0, 2, 4, 6, 8, 10, 12, 15, 20} {
			sources = append(sources, source{fmt.Sprintf("%s span margin %g", sn, m), func(l leftSpan, v leftView) EntityType {
				if ok(l) && v.spanBest != noEntity && v.spanLead >= m {
					return v.spanType
				}
				return ""
			}})
		}
		for _, m := range []float32{-4, -2, 0, 2, 4} {
			sources = append(sources, source{fmt.Sprintf("%s span type over none %g", sn, m), func(l leftSpan, v leftView) EntityType {
				if ok(l) && v.spanMargin >= m {
					return v.spanType
				}
				return ""
			}})
		}
		for _, p := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7} {
			sources = append(sources, source{fmt.Sprintf("%s model p %g", sn, p), func(l leftSpan, v leftView) EntityType {
				if ok(l) && v.modelBest != noEntity && v.modelP >= p {
					return v.modelBest
				}
				return ""
			}})
			sources = append(sources, source{fmt.Sprintf("%s model type p %g", sn, p), func(l leftSpan, v leftView) EntityType {
				if ok(l) && v.modelTypeP >= p {
					return v.modelType
				}
				return ""
			}})
		}
		for _, m := range []float32{0, 2, 4, 6, 8, 10, 12} {
			sources = append(sources, source{fmt.Sprintf("%s agreed, span lead %g", sn, m), func(l leftSpan, v leftView) EntityType {
				if ok(l) && v.agreedType() != "" && v.spanLead >= m {
					return v.agreedType()
				}
				return ""
			}})
		}
		for _, p := range []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7} {
			sources = append(sources, source{fmt.Sprintf("%s agreed, model type p %g", sn, p), func(l leftSpan, v leftView) EntityType {
				if ok(l) && v.agreedType() != "" && v.modelTypeP >= p {
					return v.agreedType()
				}
				return ""
			}})
		}
		sources = append(sources, source{sn + " prose", func(l leftSpan, v leftView) EntityType {
			if ok(l) {
				return v.prose
			}
			return ""
		}}, source{sn + " prose and span agree", func(l leftSpan, v leftView) EntityType {
			if ok(l) && v.prose != "" && v.prose == v.spanType {
				return v.prose
			}
			return ""
		}}, source{sn + " prose and model agree", func(l leftSpan, v leftView) EntityType {
			if ok(l) && v.prose != "" && v.prose == v.modelType {
				return v.prose
			}
			return ""
		}}, source{sn + " span and model agree", func(l leftSpan, v leftView) EntityType {
			if ok(l) && v.spanBest != noEntity && v.spanType == v.modelType {
				return v.spanType
			}
			return ""
		}})
	}
	for _, s := range sources {
		var b strings.Builder
		var all, allBase counts
		allTP, allFP := 0, 0
		for _, h := range halves {
			var base counts
			tp, fp := 0, 0
			for _, d := range h.docs {
				base.add(d.baseCounts())
				x, y := d.addedBy(s.pick)
				tp += x
				fp += y
			}
			allBase.add(base)
			allTP += tp
			allFP += fp
			fmt.Fprintf(&b, " | %s +%d/%d %.4f→%.4f", h.name, tp, tp+fp, f1Of(base), f1Of(withAdded(base, tp, fp)))
		}
		all = withAdded(allBase, allTP, allFP)
		prec := 0.0
		if allTP+allFP > 0 {
			prec = float64(allTP) / float64(allTP+allFP)
		}
		t.Logf("%-40s study +%d/%d (p %.3f) %.4f→%.4f%s", s.name, allTP, allTP+allFP, prec, f1Of(allBase), f1Of(all), b.String())
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestFindNamesAndLeftIsFindNames checks that findNamesAndLeft finds the
// same names when it also gathers the phrases left (as the studies ask)
// as when it does not (as Suggest asks, and findNames), and that no left
// span overlaps a name or another left span.
func TestFindNamesAndLeftIsFindNames(t *testing.T) {
	for _, text := range []string{
		"Meanwhile, Zorbly Quux met Brelco Holdings in Varrowdale. The Quillan Fund said Tuesday it would grow.",
		"Kickoff is at 3 p.m. The Minnesota Wild beat the Quux Stars. Vexlo Dorn of the Brelford Times wrote.",
	} {
		runes := []rune(text)
		toks := tokenize(runes)
		labels, tags := recognise(text, runes, toks)
		want := findNames(runes, toks, labels, tags)
		got, left := findNamesAndLeft(runes, toks, labels, tags, true)
		if !slices.Equal(got, want) {
			t.Errorf("%q: findNamesAndLeft found %v, findNames %v", text, got, want)
		}
		end := -1
		for _, l := range left {
			if l.start < end {
				t.Errorf("%q: left span %q overlaps the one before", text, l.name)
			}
			end = l.end
			for _, c := range got {
				if c.start < l.end && l.start < c.end {
					t.Errorf("%q: left span %q overlaps the name %q", text, l.name, c.name)
				}
			}
		}
	}
}

// TestDroppedNamesOnNews logs what the weak suggestions of dropped names
// add on unannotated news (unannotatedTexts), with the words around each,
// to read (-v; it asserts only that each is weak).
func TestDroppedNamesOnNews(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	n := 0
	for _, x := range unannotatedTexts(t) {
		for _, s := range droppedNameSuggestions(x.Text) {
			if s.Score > droppedNameScore || Confident(s) {
				t.Errorf("%s: %q scored %.2f: a dropped name is always weak", x.Name, s.Selector.Exact, s.Score)
			}
			n++
			t.Logf("%s: %s %q %.2f | …%s[%s]%s…", x.Name, s.Type, s.Selector.Exact, s.Score,
				strings.ReplaceAll(s.Selector.Prefix, "\n", " "), s.Selector.Exact, strings.ReplaceAll(s.Selector.Suffix, "\n", " "))
		}
	}
	t.Logf("%d weak suggestions of dropped names", n)
}

// droppedNameSuggestions returns the weak suggestions of dropped names
// that Suggest makes of text: those it does not make at their span with
// weakDroppedNames off.
func droppedNameSuggestions(text string) []Suggestion {
	weakDroppedNames = false
	without := Suggest(text, nil)
	weakDroppedNames = true
	var out []Suggestion
	for _, s := range Suggest(text, nil) {
		if !slices.ContainsFunc(without, func(o Suggestion) bool {
			return o.Selector.Start == s.Selector.Start && o.Selector.End == s.Selector.End
		}) {
			out = append(out, s)
		}
	}
	return out
}

// TestDroppedNamesBeforeAfter logs, for every study and check half and
// the tune part without set J, F1 without and with the weak suggestions of
// dropped names, and how many of those it adds are right (-v;
// aggregates only, never a mistake).
func TestDroppedNamesBeforeAfter(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	for _, h := range append(studyAndCheckHalves(tune), namedHalf{"tune", tuneWithoutUnseen(tune)}) {
		weakDroppedNames = false
		_, before, _ := goldScore(h.docs)
		weakDroppedNames = true
		_, after, _ := goldScore(h.docs)
		added := after.tp + after.fp - before.tp - before.fp
		t.Logf("%-5s F1 %.4f → %.4f; added %d, right %d", h.name, f1Of(before), f1Of(after), added, after.tp-before.tp)
	}
}

// TestWeakDroppedNames checks what droppedNames adds to Suggest: a lone
// word only the recogniser calls a person, which resolve drops, where
// both learned sources call it a person, and always weak; nothing where
// resolve dropped a word for a reason a rule reads.
func TestWeakDroppedNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the weak suggestions droppedNames adds
	}{
		{"a lone surname before said", "The match ended in a draw. Later, Quillby said the pitch was poor.", []string{"person:Quillby"}},
		{"a lone surname after a comma and before said", "He was held near Varrow Avenue, Wilson said.", []string{"person:Wilson"}},
		{"a lone surname that wrote", "As Quillfeld wrote, dreams matter.", []string{"person:Quillfeld"}},
		{"not a law's kind word alone", "A new Bill would require carriers to keep data. The Bill passed.", nil},
		{"not a word that starts a sentence and names nothing", "Kickoff is at 3 p.m. on Sunday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range droppedNameSuggestions(tt.text) {
				if Confident(s) || s.Score > droppedNameScore {
					t.Errorf("%q scored %.2f: a dropped name is always weak", s.Selector.Exact, s.Score)
				}
				got = append(got, string(s.Type)+":"+s.Selector.Exact)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Suggest(%q) adds %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
