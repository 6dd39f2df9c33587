package annotate

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// Scoring is by exact span and type, so a name suggested one word too
// long or too short costs a false suggestion and a missed mention at once.
// A boundary error is such a pair: a false suggestion overlapping a gold
// mention that was missed, with another span (the same span with another
// type is a typing error, not counted here). boundaryClass sorts them into
// the classes of issue 16, so that a rule's effect on a whole class can be
// measured (TestEntityGoldBoundaries).

// boundaryError is one false suggestion and the missed gold mentions it
// overlaps, or one missed mention and the false suggestions inside it.
type boundaryError struct {
	class string
	got   []span // the false suggestions
	want  []span // the missed gold mentions
}

// boundaryErrors pairs the false suggestions of a text with the missed
// gold mentions they overlap and classifies each group.
func boundaryErrors(text string, got, want []span) []boundaryError {
	runes := []rune(text)
	toks := tokenize(runes)
	overlaps := func(x, y span) bool { return x.start < y.end && y.start < x.end }
	var out []boundaryError
	usedGot := map[span]bool{}
	// A missed mention with two false suggestions or more inside it is a
	// name broken in parts ("U.S. Securities" + "Exchange Commission").
	for _, w := range want {
		var parts []span
		for _, g := range got {
			if overlaps(g, w) && !(g.start == w.start && g.end == w.end) {
				parts = append(parts, g)
			}
		}
		if len(parts) < 2 {
			continue
		}
		sort.Slice(parts, func(i, j int) bool { return parts[i].start < parts[j].start })
		merged := false
		for _, g := range parts {
			merged = merged || wantInside(g, want, w)
			usedGot[g] = true
		}
		class := "a name broken in parts"
		if strings.ContainsRune(string(runes[w.start:w.end]), '\n') {
			class = "a name broken at a line break"
		} else if merged {
			class = "a name broken and merged with another"
		}
		out = append(out, boundaryError{class: class, got: parts, want: []span{w}})
	}
	for _, g := range got {
		if usedGot[g] {
			continue
		}
		var ws []span
		for _, w := range want {
			if overlaps(g, w) && !(g.start == w.start && g.end == w.end) {
				ws = append(ws, w)
			}
		}
		if len(ws) == 0 {
			continue
		}
		sort.Slice(ws, func(i, j int) bool { return ws[i].start < ws[j].start })
		out = append(out, boundaryError{class: boundaryClass(runes, toks, g, ws), got: []span{g}, want: ws})
	}
	return out
}

// wantInside reports whether g also covers a gold mention other than w.
func wantInside(g span, want []span, w span) bool {
	for _, o := range want {
		if o != w && g.start < o.end && o.start < g.end {
			return true
		}
	}
	return false
}

// citationLine matches a line of a reference list: "et al.", a DOI, or a
// year, a volume and its pages ("2015; 28: 685-690").
var citationLine = regexp.MustCompile(`et al\.|doi[:.]|DOI|\b(19|20)\d\d[;,] ?\d+ ?[:(]`)

// boundaryClass names the class of one false suggestion g against the
// missed gold mentions ws it overlaps.
func boundaryClass(runes []rune, toks []token, g span, ws []span) string {
	lineStart, lineEnd := g.start, g.end
	for lineStart > 0 && runes[lineStart-1] != '\n' {
		lineStart--
	}
	for lineEnd < len(runes) && runes[lineEnd] != '\n' {
		lineEnd++
	}
	if citationLine.MatchString(string(runes[lineStart:lineEnd])) {
		return "a citation"
	}
	if len(ws) > 1 {
		joiner := strings.TrimSpace(string(runes[ws[0].end:ws[1].start]))
		switch {
		case strings.ContainsRune(string(runes[ws[0].end:ws[1].start]), '\n'):
			joiner = "a line break"
		case joiner == "" && ws[0].end < ws[1].start:
			joiner = "a space"
		case joiner == "" || isApostrophe(joiner) || joiner == "'s" || joiner == "’s":
			joiner = "a possessive or nothing"
		case joiner == "," || joiner == "&" || joiner == "of" || joiner == "for" || joiner == "and" || joiner == "at" || joiner == "on":
		default:
			joiner = "other words"
		}
		return "two names merged across " + joiner
	}
	w := ws[0]
	if strings.ContainsRune(string(runes[g.start:g.end]), '\n') || strings.ContainsRune(string(runes[w.start:w.end]), '\n') {
		return "a line break"
	}
	var classes []string
	if g.start != w.start {
		lo, hi, verb := g.start, w.start, "swallowed"
		if w.start < g.start {
			lo, hi, verb = w.start, g.start, "missing"
		}
		classes = append(classes, edgeClass(runes, toks, lo, hi, true)+" "+verb)
	}
	if g.end != w.end {
		lo, hi, verb := w.end, g.end, "swallowed"
		if g.end < w.end {
			lo, hi, verb = g.end, w.end, "missing"
		}
		classes = append(classes, edgeClass(runes, toks, lo, hi, false)+" "+verb)
	}
	return strings.Join(classes, "; ")
}

// edgeClass names what lies in runes[lo:hi], the words one span has and
// the other lacks at its front (front) or its end.
func edgeClass(runes []rune, toks []token, lo, hi int, front bool) string {
	diff := strings.TrimSpace(string(runes[lo:hi]))
	words := strings.Fields(diff)
	switch {
	case strings.ContainsAny(diff, "\"“”‘()[]<>") || strings.ContainsAny(string(runes[max(lo-1, 0):min(hi+1, len(runes))]), "\"“”()[]"):
		return "a quotation mark or bracket"
	case strings.HasPrefix(diff, "-") || strings.HasSuffix(diff, "-") || lo > 0 && runes[lo-1] == '-' || hi < len(runes) && runes[hi] == '-':
		return "a hyphenated part"
	case front && (diff == "The" || diff == "the"):
		return "a leading The"
	case front && len(words) > 0 && (titles[words[len(words)-1]] || titleModifiers[words[0]]):
		return "a title or role"
	case front && sentenceStartAt(toks, lo):
		return "a sentence-initial word"
	case front:
		return "leading words"
	case len(words) > 0 && legalForms[words[len(words)-1]]:
		return "a legal form"
	case len(words) > 0 && strings.IndexFunc(words[len(words)-1], unicode.IsDigit) >= 0:
		return "a trailing number"
	case isApostrophe(diff) || diff == "'s" || diff == "’s":
		return "a possessive"
	}
	return "trailing words"
}

// sentenceStartAt reports whether the token starting at rune lo starts a
// sentence.
func sentenceStartAt(toks []token, lo int) bool {
	for _, t := range toks {
		if t.start == lo {
			return t.sentStart
		}
	}
	return false
}

// goldBoundaryErrors runs Suggest on docs and returns their boundary
// errors, with the article's name.
func goldBoundaryErrors(docs []goldDoc) (errs []boundaryError, names []string, texts []string) {
	for _, d := range docs {
		want := map[span]EntityType{}
		for _, e := range d.Entities {
			want[span{e.Start, e.End}] = e.Type
		}
		got := map[span]EntityType{}
		for _, s := range Suggest(d.Text, nil) {
			got[span{s.Selector.Start, s.Selector.End}] = s.Type
		}
		var falses, misses []span
		for sp, typ := range got {
			if want[sp] != typ {
				falses = append(falses, sp)
			}
		}
		for sp, typ := range want {
			if got[sp] != typ {
				misses = append(misses, sp)
			}
		}
		sort.Slice(falses, func(i, j int) bool { return falses[i].start < falses[j].start })
		sort.Slice(misses, func(i, j int) bool { return misses[i].start < misses[j].start })
		for _, e := range boundaryErrors(d.Text, falses, misses) {
			errs = append(errs, e)
			names = append(names, d.Name)
			texts = append(texts, d.Text)
		}
	}
	return errs, names, texts
}

// TestEntityGoldBoundaries counts the boundary errors of both halves of
// the tune part by class, and logs half A's (tuneHalves). It is a study:
// it asserts nothing and runs only with -v.
func TestEntityGoldBoundaries(t *testing.T) {
	studyTuneHalves(t, func(half string, docs []goldDoc) {
		errs, names, texts := goldBoundaryErrors(docs)
		byClass := map[string]int{}
		falses, misses := 0, 0
		for i, e := range errs {
			byClass[e.class]++
			falses += len(e.got)
			misses += len(e.want)
			if half == "A" {
				runes := []rune(texts[i])
				show := func(ss []span) string {
					var q []string
					for _, s := range ss {
						q = append(q, fmt.Sprintf("%q", string(runes[s.start:s.end])))
					}
					return strings.Join(q, " + ")
				}
				t.Logf("%s: %s: suggested %s, gold %s", names[i], e.class, show(e.got), show(e.want))
			}
		}
		var classes []string
		for c := range byClass {
			classes = append(classes, c)
		}
		sort.Strings(classes)
		for _, c := range classes {
			t.Logf("half %s  %3d  %s", half, byClass[c], c)
		}
		t.Logf("half %s: %d boundary errors (%d false suggestions, %d missed mentions)", half, len(errs), falses, misses)
	})
}

// TestBoundaryClass checks that boundary errors are told apart by class.
func TestBoundaryClass(t *testing.T) {
	find := func(text, s string) span {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, text)
		}
		start := len([]rune(text[:i]))
		return span{start, start + len([]rune(s))}
	}
	for _, c := range []struct {
		name, text string
		got, want  []string
		class      string
	}{
		{"a title swallowed", "said Goalkeeper Jan Oblak on Sunday.", []string{"Goalkeeper Jan Oblak"}, []string{"Jan Oblak"}, "a title or role swallowed"},
		{"a sentence-initial word swallowed", "Meanwhile Boeing rose.", []string{"Meanwhile Boeing"}, []string{"Boeing"}, "a sentence-initial word swallowed"},
		{"a leading The swallowed", "He said. The Fed cut rates.", []string{"The Fed"}, []string{"Fed"}, "a leading The swallowed"},
		{"a leading The missing", "she told The Hill on Monday.", []string{"Hill"}, []string{"The Hill"}, "a leading The missing"},
		{"two names merged across for", "said Ann Neu, Head of Platform Solutions for Ascom.", []string{"Platform Solutions for Ascom"}, []string{"Platform Solutions", "Ascom"}, "two names merged across for"},
		{"two names merged across and", "with NEC Corp. and Fujitsu Ltd. today", []string{"NEC Corp. and Fujitsu Ltd."}, []string{"NEC Corp.", "Fujitsu Ltd."}, "two names merged across and"},
		{"two names merged with nothing between", "sources at the White House Russia said", []string{"White House Russia"}, []string{"White House", "Russia"}, "two names merged across a space"},
		{"a name broken in parts", "filed with the U.S. Securities and Exchange Commission on", []string{"U.S. Securities", "Exchange Commission"}, []string{"U.S. Securities and Exchange Commission"}, "a name broken in parts"},
		{"a name broken at a line break", "for the New York City\n\nHousing Authority and residents", []string{"New York City", "Housing Authority"}, []string{"New York City\n\nHousing Authority"}, "a name broken at a line break"},
		{"a legal form missing", "shares of Quux Inc. fell", []string{"Quux"}, []string{"Quux Inc."}, "a legal form missing"},
		{"a trailing number missing", "played Red Dead Redemption 2 at home", []string{"Red Dead Redemption"}, []string{"Red Dead Redemption 2"}, "a trailing number missing"},
		{"a hyphenated part", "the Quux-Varrow merger", []string{"Quux-Varrow"}, []string{"Quux"}, "a hyphenated part swallowed"},
		{"a citation", "Ruskin KJ, Hueske-Kraus D. Curr Opin Anaesthesiol. 2015; 28: 685-690.", []string{"Hueske-Kraus D. Curr Opin Anaesthesiol"}, []string{"Hueske-Kraus D"}, "a citation"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got, want []span
			for _, s := range c.got {
				got = append(got, find(c.text, s))
			}
			for _, s := range c.want {
				want = append(want, find(c.text, s))
			}
			errs := boundaryErrors(c.text, got, want)
			if len(errs) != 1 || errs[0].class != c.class {
				t.Errorf("boundary errors %+v, want one of class %q", errs, c.class)
			}
		})
	}
	t.Run("a type error on the same span is no boundary error", func(t *testing.T) {
		text := "the Nations League final"
		s := find(text, "Nations League")
		if errs := boundaryErrors(text, []span{s}, []span{s}); len(errs) != 0 {
			t.Errorf("boundary errors %+v, want none", errs)
		}
	})
}
