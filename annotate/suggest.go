package annotate

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Suggestion is a span of text that Margin thinks names an entity, for the
// person to confirm or reject. EntityID is the known entity it belongs to,
// or 0 for a new one; Name is the entity's name, which may differ from the
// text ("Trump" suggested as "Donald Trump").
//
// Score, from 0 to 1, is how sure Margin is: for a name the recogniser
// found, a classifier's probability that it is a name of that type, learned
// from the tune part of the gold set (typemodel.go); for a known entity,
// knownConfidence (see Confident).
type Suggestion struct {
	Selector Selector
	Name     string
	Type     EntityType
	EntityID int64
	Score    float64
}

// Learned is what the person taught Margin across the library: the
// entities they know (confirmed, retyped, named), suggested wherever their
// names occur with their types, and the texts they rejected as names,
// never suggested again unless they name a known entity.
type Learned struct {
	Known    []Entity
	Rejected []string
}

// Suggest finds the entities text mentions. Every occurrence of a known
// entity's name or alias is suggested as that entity (EntityID set). Other
// names are found by the recogniser together with Margin's rules: a
// capitalised-phrase finder proposes names, titles ("President", "Dr.") and
// nationalities ("Russian") are cut off, possessive 's is left out, a
// gazetteer types well-known places, cue words type organisations and
// events, and a surname alone ("Trump") is the person named in full earlier
// ("Donald Trump"). Suggestions are in text order and do not overlap.
//
// The first call waits for the recogniser to load (see Warm).
//
// A text longer than segmentBytes is read a segment at a time, cut at
// blank lines, so that the memory it takes is bounded whatever its length:
// the recogniser keeps several words' worth of data for every character.
// A surname then finds its full name only within the same segment.
func Suggest(text string, known []Entity) []Suggestion {
	return SuggestLearned(text, Learned{Known: known})
}

// SuggestLearned is Suggest with what the person taught: the known
// entities, and the names they rejected, which the recogniser no longer
// suggests.
func SuggestLearned(text string, learned Learned) []Suggestion {
	var out []Suggestion
	SuggestEach(text, learned, func(s []Suggestion) error {
		out = append(out, s...)
		return nil
	})
	return out
}

// SuggestEach is Suggest a segment at a time: fn gets the suggestions of
// each segment in turn, in text order and with offsets in the whole text,
// so that a caller may store them before the next segment is read and hold
// no more than a segment's. It stops at the first error fn returns.
func SuggestEach(text string, learned Learned, fn func([]Suggestion) error) error {
	if len(text) <= segmentBytes {
		return fn(suggest(text, learned))
	}
	for off, runeOff := 0, 0; off < len(text); {
		seg := text[off : off+segmentEnd(text[off:], segmentBytes)]
		out := suggest(seg, learned)
		for i := range out {
			s := &out[i]
			sel := &s.Selector
			// The context of a span near the segment's edges runs on into
			// its neighbours.
			if n := utf8.RuneCountInString(sel.Prefix); n < ContextRunes && sel.Start == n {
				sel.Prefix = lastRunes(text[:off], ContextRunes-n) + sel.Prefix
			}
			if n := utf8.RuneCountInString(sel.Suffix); n < ContextRunes {
				sel.Suffix += firstRunes(text[off+len(seg):], ContextRunes-n)
			}
			sel.Start += runeOff
			sel.End += runeOff
		}
		if err := fn(out); err != nil {
			return err
		}
		off += len(seg)
		runeOff += utf8.RuneCountInString(seg)
	}
	return nil
}

// segmentBytes is how much text Suggest reads at once: about 35 MB of
// memory, and far more than a long article. Tests make it smaller.
var segmentBytes = 1 << 20

// segmentEnd returns where the first segment of text ends: after the last
// blank line within max bytes, or else the last line break, or else the
// last whole rune.
func segmentEnd(text string, max int) int {
	if len(text) <= max {
		return len(text)
	}
	head := text[:max]
	if i := strings.LastIndex(head, "\n\n"); i > 0 {
		return i + 2
	}
	if i := strings.LastIndexByte(head, '\n'); i > 0 {
		return i + 1
	}
	end := max
	for end > 0 && !utf8.RuneStart(text[end]) {
		end--
	}
	if end == 0 {
		return max
	}
	return end
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// retypeCandidates, when set (by a test), may retype or drop the
// candidates findNamesAndLeft proposes, as a trained re-typing step would
// (BenchmarkRetypeCrossValidated).
var retypeCandidates func(runes []rune, toks []token, labels []string, cands []candidate) []candidate

// suggest is SuggestLearned over one segment of text.
func suggest(text string, learned Learned) []Suggestion {
	known := learned.Known
	rejected := make(map[string]bool, len(learned.Rejected))
	for _, r := range learned.Rejected {
		rejected[r] = true
	}
	runes := []rune(text)
	toks := tokenize(runes)
	labels, tags := recognise(text, runes, toks)

	cands, left := findNamesAndLeft(runes, toks, labels, tags, false)
	left = droppedOnly(left)
	if retypeCandidates != nil {
		cands = retypeCandidates(runes, toks, labels, cands)
	}
	var out []Suggestion
	taken := make([]bool, len(runes))
	// Known entities first: they win over anything the recogniser says,
	// except a longer name around them, a mention whose own context says
	// otherwise ("in Pittsburgh" when Pittsburgh is known as a team), and an
	// ordinary word where no name was found ("IN" known as a state).
	lower := lowerWordsOf(toks)
	for _, s := range suggestKnown(text, runes, known, cands) {
		same, found := exactly(cands, s.Selector)
		if found && same.typ != s.Type && contextRules[same.rule] {
			continue
		}
		if found && same.typ == Place && s.Type == Organization && places.has(s.Selector.Exact) {
			// A team known by its country's or city's name ("Russia" in
			// the Davis Cup): outside sports the name is the place.
			continue
		}
		if found && same.typ == Organization && s.Type == Person && orgs.has(s.Selector.Exact) {
			// A person known by a company's name ("Bloomberg"): where the
			// clipping names no such person in full, the name is the
			// company's.
			continue
		}
		if !found && (ambiguousName(s.Selector.Exact, lower) || titleWordAt(toks, s.Selector)) {
			continue
		}
		if c, ok := around(cands, s.Selector); ok {
			if c.typ != Person || s.Type != Person {
				// "China" in "South China Sea" is part of another name.
				continue
			}
			// "Biden" in "Joe Biden" is the known person, named in full.
			s.Selector = newSelectorRunes(runes, c.start, c.end)
			if slices.Contains(taken[c.start:c.end], true) {
				// Another of its known words ("Joe" known as an alias)
				// suggested the full name already.
				continue
			}
		}
		out = append(out, s)
		for i := s.Selector.Start; i < s.Selector.End; i++ {
			taken[i] = true
		}
	}
	scores, views := scoresAndLeft(runes, toks, labels, cands, left) // fallback21.go
	// The names resolve dropped that both learned sources type alike come
	// after the rules' names, as weak suggestions (fallback21.go).
	dropped, droppedScores := droppedNames(left, views)
	cands = append(slices.Clip(cands), dropped...)
	scores = append(scores, droppedScores...)
	for i, c := range cands {
		free := true
		for k := c.start; k < c.end; k++ {
			if taken[k] {
				free = false
				break
			}
		}
		if !free || rejected[string(runes[c.start:c.end])] {
			continue
		}
		out = append(out, Suggestion{Selector: newSelectorRunes(runes, c.start, c.end), Name: FullName(c.name), Type: c.typ, Score: scores[i]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Selector.Start < out[j].Selector.Start })
	return out
}

// titleWordAt reports whether span is one word of a title before a title
// word ("Prime" in "Prime Minister", "Defense" in "Defense Secretary"): a
// name known as something else ("Amazon Prime") is not meant there.
func titleWordAt(toks []token, span Selector) bool {
	for i, t := range toks {
		if t.start == span.Start {
			return t.end == span.End && titleModifiers[t.text] && i+1 < len(toks) && titles[toks[i+1].text]
		}
	}
	return false
}

// exactly returns the recognised name at span.
func exactly(cands []candidate, span Selector) (candidate, bool) {
	for _, c := range cands {
		if c.start == span.Start && c.end == span.End && c.typ != "" {
			return c, true
		}
	}
	return candidate{}, false
}

// ambiguousName reports whether a known name is also an ordinary word or
// code ("IN", "Hope", "Wild"), to be suggested only where it reads as a
// name.
func ambiguousName(name string, lower map[string]bool) bool {
	if strings.ContainsAny(name, " .") {
		return false
	}
	return capsWords[name] || states.has(name) || commonAcronyms[name] || lower[strings.ToLower(name)] || isBasicWord(name)
}

// lowerWordsOf returns the words of toks written in lower case, but not
// those of a web or e-mail address ("www.ascom.com" does not make "Ascom"
// an ordinary word).
func lowerWordsOf(toks []token) map[string]bool {
	lower := make(map[string]bool)
	for i, t := range toks {
		if t.word && !t.upper && !inWebAddress(toks, i) {
			lower[t.text] = true
		}
	}
	return lower
}

// inWebAddress reports whether toks[i] is joined to another word by a dot,
// "@" or "/" with no space between ("ascom" in "www.ascom.com" or
// "info@ascom.com"): part of an address, not a word of the sentence.
func inWebAddress(toks []token, i int) bool {
	joined := func(a, b int) bool {
		return a >= 0 && b < len(toks) && toks[a].end == toks[b].start
	}
	for _, d := range []int{-1, 1} {
		sep, other := i+d, i+2*d
		if sep < 0 || other < 0 || other >= len(toks) {
			continue
		}
		switch toks[sep].text {
		case ".", "@", "/":
		default:
			continue
		}
		if toks[other].word && joined(min(i, other), min(i, other)+1) && joined(max(i, other)-1, max(i, other)) {
			return true
		}
	}
	return false
}

// around returns the recognised name that holds span and is longer.
func around(cands []candidate, span Selector) (candidate, bool) {
	for _, c := range cands {
		if c.start <= span.Start && span.End <= c.end && c.end-c.start > span.End-span.Start {
			return c, true
		}
	}
	return candidate{}, false
}

// suggestKnown suggests every occurrence of the known entities' names and
// aliases.
func suggestKnown(text string, runes []rune, known []Entity, cands []candidate) []Suggestion {
	byName := make(map[string][]*Entity)
	var names []string
	for i := range known {
		e := &known[i]
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			if byName[n] == nil {
				names = append(names, n)
			}
			byName[n] = append(byName[n], e)
		}
	}
	var out []Suggestion
	for _, sp := range findSpans(text, names) {
		es := byName[string(runes[sp.start:sp.end])]
		if len(es) == 0 {
			continue
		}
		if _, found := exactly(cands, Selector{Start: sp.start, End: sp.end}); !found && beforeHyphenatedWord(runes, sp.end) {
			continue // "London-based": an adjective, as the rules read it
		}
		// Two entities of one name ("Russia" the country and the team):
		// the one of the type the rules found here.
		e := es[0]
		if c, ok := exactly(cands, Selector{Start: sp.start, End: sp.end}); ok {
			for _, other := range es {
				if other.Type == c.typ {
					e = other
					break
				}
			}
		}
		out = append(out, Suggestion{Selector: newSelectorRunes(runes, sp.start, sp.end), Name: e.Name, Type: e.Type, EntityID: e.ID, Score: knownConfidence})
	}
	return out
}

// beforeHyphenatedWord reports whether a name ending at end is the first
// part of a hyphenated adjective ("London-based", "Paris-listed"): a
// hyphen and a lower-case letter follow it.
func beforeHyphenatedWord(runes []rune, end int) bool {
	return end+1 < len(runes) && runes[end] == '-' && unicode.IsLower(runes[end+1])
}
