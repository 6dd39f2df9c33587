package annotate

import (
	"slices"
	"sort"
)

// Issue 16's sixteenth round (branch ner21u) measured a weak suggestion
// for the capitalised phrases the rules see and then leave (leftSpans): a
// phrase a rule left untyped, a name resolve dropped, and a capitalised
// phrase no rule kept at all, typed by a learned source where it is sure
// enough (docs/entities.md, "sixteenth round"; fallback21_test.go). On the
// study halves only one class held, and it is what Suggest adds: a name a
// phrase rule typed and resolve dropped (a lone word only the recogniser
// calls a person, naming nobody named in full: "Kohli", "Freud",
// "Herobrine"), where the span classifier (spanmodel.go), trained on open
// corpora, calls it a name and the type classifier (typemodel.go) gives
// the same type as its likeliest. Both sources are learned and wrong in
// their own ways; where they agree on a name the rules dropped and the
// span classifier leads by droppedNameLead, it was right 13 times of 15
// on the study halves and 9 of 14 on the check halves. The suggestion is
// weak: its score is held below ConfidentScore, so "Accept all" never
// takes it. The untyped phrases and the phrases no rule kept stay
// unsuggested: no source typed them well enough.

// ruleUncovered names a capitalised phrase that no rule typed, offered to
// the type classifier so that it may read what it names (the classifier
// learns from such phrases too, typemodel_test.go).
const ruleUncovered = "a capitalised phrase no rule typed"

// ruleDroppedAgreed names the weak suggestions of a name resolve dropped
// that both learned sources type alike.
const ruleDroppedAgreed = "a dropped name both learned sources type"

// droppedNameScore is the most a weak suggestion of a dropped name
// scores: below ConfidentScore, so that it is never accepted with the
// confident ones.
const droppedNameScore = 0.6

// droppedNameLead is how far the span classifier's score of a dropped
// name's type must lead every other class's, no name included, for the
// weak suggestion: chosen on the study halves from 0, 2, ..., 12 (6: 13
// right of 15 there; 0: 15 of 22).
const droppedNameLead = 6

// weakDroppedNames sets whether Suggest adds the names resolve dropped
// that both learned sources type alike. Studies turn it off to read the
// rules alone.
var weakDroppedNames = true

// leftSource says how the rules left a span.
type leftSource int

const (
	// leftUntyped: a phrase rule kept the span without a type, and
	// resolve found none for it.
	leftUntyped leftSource = iota
	// leftDropped: a phrase rule typed the span and resolve dropped it.
	leftDropped
	// leftPhrase: a capitalised phrase no rule kept any part of.
	leftPhrase
)

// leftSpan is a span the rules saw and left, with how they left it.
type leftSpan struct {
	candidate
	source leftSource
	// ruled: resolve dropped the span for a reason a rule reads: one
	// word before a capitalised word that continues the name
	// (leadsLongerName: "Amazon" of "Amazon Music Unlimited"), part of a
	// longer name, or a law's kind word alone (lawKindAlone: "The Bill
	// would require").
	ruled bool
}

// findNamesAndLeft proposes names from capitalised phrases, types them
// with the gazetteer, cue words and the recogniser's labels, and then
// makes the document consistent: a name keeps one type throughout, and a
// surname alone is the person named in full. It also returns the spans
// its rules saw and left (leftSpans; with phrases, the capitalised phrases
// no rule kept too).
func findNamesAndLeft(runes []rune, toks []token, labels, tags []string, phrases bool) (cands []candidate, left []leftSpan) {
	f := typedNames(runes, toks, labels, tags)
	seen := slices.Clone(f.cands)
	cands = f.dropSentenceInitialThe(f.resolve())
	return cands, f.leftSpans(seen, cands, phrases)
}

// leftSpans returns the spans the rules saw and left: the candidates of
// the phrase rules (seen) that no name found (cands) overlaps, typed or
// not, and, with withPhrases, the capitalised phrases no candidate of
// either overlaps, their leading words that start no name trimmed as the
// phrase rules trim them ("Meanwhile", "The"). They come in text order;
// none overlaps another.
func (f *finder) leftSpans(seen, cands []candidate, withPhrases bool) []leftSpan {
	taken := make([]bool, len(f.runes)+1)
	mark := func(c candidate) {
		for i := c.start; i < c.end; i++ {
			taken[i] = true
		}
	}
	free := func(start, end int) bool {
		for i := start; i < end; i++ {
			if taken[i] {
				return false
			}
		}
		return true
	}
	for _, c := range cands {
		mark(c)
	}
	var out []leftSpan
	for _, c := range seen {
		if c.start >= c.end || !free(c.start, c.end) {
			continue
		}
		src := leftUntyped
		if c.typ != "" {
			src = leftDropped
		}
		c.name = string(f.runes[c.start:c.end])
		out = append(out, leftSpan{candidate: c, source: src, ruled: src == leftDropped && (f.leadsLongerName(c) || f.lawKindAlone(c))})
		mark(c)
	}
	if withPhrases {
		for _, p := range phrases(f.toks) {
			ps := phraseSpan{a: p[0], b: p[1]}
			trimLeadingNonNames(f, &ps)
			if ps.a >= ps.b {
				continue
			}
			start, end := f.toks[ps.a].start, f.toks[ps.b-1].end
			if !free(f.toks[p[0]].start, end) {
				continue
			}
			out = append(out, leftSpan{candidate: candidate{start: start, end: end, name: string(f.runes[start:end]), words: ps.b - ps.a}, source: leftPhrase})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// droppedOnly returns the left spans droppedNames may suggest: the names
// resolve dropped for no reason a rule reads (none while
// weakDroppedNames is off), so that the learned sources read no other.
func droppedOnly(left []leftSpan) []leftSpan {
	if !weakDroppedNames {
		return nil
	}
	return slices.DeleteFunc(left, func(l leftSpan) bool { return l.source != leftDropped || l.ruled })
}

// learnedView is what the two learned sources say of a span the rules
// left.
type learnedView struct {
	spanBest   EntityType // the span classifier's class, no name included
	spanType   EntityType // its best type
	spanMargin float32    // its best type's score over no name's
	spanLead   float32    // its best type's score over the next class's; below 0 where no name leads
	modelBest  EntityType // the type classifier's class, no name included
	modelP     float64    // its probability
	modelType  EntityType // its likeliest type
	modelTypeP float64
}

// agreedType is the type both sources give v, or "" where the span
// classifier reads no name or the type classifier's likeliest type is
// another.
func (v learnedView) agreedType() EntityType {
	if v.spanBest == noEntity || v.spanType != v.modelType {
		return ""
	}
	return v.spanType
}

// scoresAndLeft returns the score of each candidate (candidateScores) and
// what the learned sources say of each left span, from one pass of the
// type classifier's features over both: a left span is described to it
// as an uncovered phrase, as it learned them. Without a classifier the
// views are empty.
func scoresAndLeft(runes []rune, toks []token, labels []string, cands []candidate, left []leftSpan) ([]float64, []learnedView) {
	m := typeClassifier()
	spans := spanClassifier()
	if m == nil || spans == nil || len(left) == 0 {
		return candidateScores(runes, toks, labels, cands), make([]learnedView, len(left))
	}
	all := slices.Clip(cands)
	for _, l := range left {
		c := l.candidate
		c.typ, c.rule, c.firm = "", ruleUncovered, false
		all = append(all, c)
	}
	feats := candidateFeatures(runes, toks, labels, all)
	scores := make([]float64, len(cands))
	for i := range cands {
		scores[i] = m.score(feats[i], cands[i].typ)
	}
	words := tokenWords(toks)
	views := make([]learnedView, len(left))
	for i, l := range left {
		v := &views[i]
		a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= l.start })
		b := sort.Search(len(toks), func(k int) bool { return toks[k].end >= l.end })
		if a < len(toks) && b < len(toks) && a <= b {
			sc := spans.scores(candidateSpan(toks, words, a, b+1), spanHitsOf(l.name, toks[a].text, toks[b].text))
			v.spanBest, _ = bestClass(sc, 0)
			v.spanType, v.spanLead = bestClass(sc, 1)
			v.spanMargin = sc[slices.Index(spanClasses, v.spanType)] - sc[0]
			v.spanLead = min(v.spanLead, v.spanMargin)
		} else {
			v.spanBest = noEntity
		}
		p := m.probabilities(feats[len(cands)+i])
		for k, c := range m.Classes {
			if v.modelBest == "" || p[k] > v.modelP {
				v.modelBest, v.modelP = c, p[k]
			}
			if c != noEntity && (v.modelType == "" || p[k] > v.modelTypeP) {
				v.modelType, v.modelTypeP = c, p[k]
			}
		}
	}
	return scores, views
}

// droppedNames returns, of the left spans, the names resolve dropped
// that both learned sources type alike, typed so, with their scores held
// below ConfidentScore. A name resolve dropped for a reason a rule reads
// is not: a word that leads a longer capitalised name ("Amazon Music
// Unlimited"; read on unannotated news, the learned sources type the
// part where the name is the whole) or a law's kind word alone ("The
// Bill would require").
func droppedNames(left []leftSpan, views []learnedView) ([]candidate, []float64) {
	var out []candidate
	var scores []float64
	for i, l := range left {
		typ := views[i].agreedType()
		if l.source != leftDropped || l.ruled || typ == "" || views[i].spanLead < droppedNameLead {
			continue
		}
		c := l.candidate
		c.typ, c.rule, c.firm, c.name = typ, ruleDroppedAgreed, false, l.name
		out = append(out, c)
		scores = append(scores, min(views[i].modelTypeP, droppedNameScore))
	}
	return out, scores
}
