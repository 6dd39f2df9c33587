package annotate

import (
	"strings"
	"unicode"
)

// One name, one type in a clipping (issue 16). resolve gives each name the
// type most of its mentions were given, and a mention typed by the words
// around it keeps its own ("in Pittsburgh" a place, "Pittsburgh beat" a
// team). What a mention says of itself is not all of a kind, though: a
// gazetteer or a given name only guesses from how a name is written, the
// same guess at every mention, while the words around one mention
// ("an analyst at Smith Barney", "Mr. Dinkins said") read that mention.
// contextTypes gathers what the mentions' contexts say of each name (the
// context rules, and the rules that read a thing or an index by the words
// around it), so that a guess gives way to it (readByContext); where no
// context read a name, a guess follows what lists said of most of its
// mentions (listMajorities). orgMentionsAgain and personsTitledElsewhere
// then find mentions no phrase rule typed, from what the clipping says of
// the name elsewhere.

// weakGuessRules type a name by its form alone, with less to go on than a
// list of well-known names: a given name leading it, capitals, camel case,
// the lexicon's companies, a place's name leading a longer one, the
// recogniser's label. A reading of another mention's context outweighs
// them.
var weakGuessRules = setOf("a person by a first name", "an acronym", ruleAcronymWithoutContext, "a company written in camel case", ruleLexiconOrganization,
	"the recogniser's label", "a place or acronym before a name")

// listGuessRules type a name because a list of well-known names holds it
// ("Amazon", "Georgia"). Only a context rule measured as reliable as the
// list outweighs them: "in Apple" is no town.
var listGuessRules = setOf("a place in the gazetteer", ruleGazetteerOrganization, ruleInstitution)

// reliableContext is the precision a context rule must have measured on
// the tune part (ruleConfidence) to outweigh a list of well-known names.
const reliableContext = 0.9

// reliableNaming is the precision a context rule must have measured to
// type the other mentions of a word the text capitalises as a name
// (commonWord): "Heart, the rock band" (an organisation by the words
// around it, 0.89 on the tune part) types the band's every mention.
const reliableNaming = 0.85

// contextReading is what the context rules said of a name's mentions: the
// one type they agree on, the least reliable of them, how many mentions
// they read, how many of those only as a source ("according to X": it
// says what the name does, not what it is), and how many mentions
// guesses gave another type.
type contextReading struct {
	typ     EntityType
	worst   float64
	n       int
	sources int
	guessed int
}

// contextWeight is how many guesses from a name's form a mention read by
// its context outweighs: one misread context ("Martin, NL president" read
// as a town and its state) does not turn ten mentions of an acronym.
const contextWeight = 3

// contextTypes returns, for each name some mention of which a context
// rule typed, the type those mentions agree on; a name whose contexts
// disagree ("in Pittsburgh", "Pittsburgh beat") is left out.
func (f *finder) contextTypes() map[string]contextReading {
	out := map[string]contextReading{}
	clash := map[string]bool{}
	for _, c := range f.cands {
		if !c.firm || c.typ == "" || !contextRules[c.rule] && !thingRulesByContext[c.rule] && c.rule != ruleIndexAlone {
			continue
		}
		r := contextReading{typ: c.typ, worst: confidence(c.rule), n: 1}
		if c.rule == ruleSourceOrWorkplace {
			r.sources = 1
		}
		if prev, ok := out[c.name]; ok {
			if prev.typ != c.typ {
				clash[c.name] = true
			}
			r.worst, r.n, r.sources = min(r.worst, prev.worst), prev.n+1, prev.sources+r.sources
		}
		out[c.name] = r
	}
	for name := range clash {
		delete(out, name)
	}
	for _, c := range f.cands {
		if r, ok := out[c.name]; ok && c.firm && c.typ != "" && c.typ != r.typ && (weakGuessRules[c.rule] || listGuessRules[c.rule]) {
			r.guessed++
			out[c.name] = r
		}
	}
	return out
}

// listMajorities returns, for each name that lists of well-known names
// typed at three mentions or more, the type of three in four of those
// mentions or more ("Amazon" the company, though the river's name is
// listed too), where no context rule typed any mention of it.
func (f *finder) listMajorities(ctx map[string]contextReading) map[string]EntityType {
	counts := map[string]map[EntityType]int{}
	for _, c := range f.cands {
		if !c.firm || c.typ == "" || !listGuessRules[c.rule] {
			continue
		}
		if _, ok := ctx[c.name]; ok {
			continue
		}
		if counts[c.name] == nil {
			counts[c.name] = map[EntityType]int{}
		}
		counts[c.name][c.typ]++
	}
	out := map[string]EntityType{}
	for name, byType := range counts {
		all, best, top := 0, EntityType(""), 0
		for typ, n := range byType {
			all += n
			if n > top || n == top && typ < best {
				best, top = typ, n
			}
		}
		if top >= 3 && 4*top >= 3*all {
			out[name] = best
		}
	}
	return out
}

// readByContext returns the type the contexts of c's name's other
// mentions give it where c's own type is only a guess from its form that
// they outweigh (each context counting as contextWeight guesses); where no context read the name, a guess follows what the
// lists said of most of its mentions (lists); else c's type.
func readByContext(c candidate, ctx map[string]contextReading, lists map[string]EntityType) EntityType {
	r, ok := ctx[c.name]
	if !ok {
		if t := lists[c.name]; t != "" && c.typ != "" && (weakGuessRules[c.rule] || listGuessRules[c.rule]) {
			return t
		}
		return c.typ
	}
	if r.typ == c.typ || c.typ == "" || contextWeight*r.n < r.guessed {
		return c.typ
	}
	switch {
	case weakGuessRules[c.rule]:
		return r.typ
	case listGuessRules[c.rule] && r.worst >= reliableContext && !(c.typ == Place && r.typ == Organization):
		// A place's name a context reads as its team ("Serbia takes on
		// Japan") is the team at its other mentions only where
		// teamsEverywhere says so: "Uchiyama of Japan" is the place.
		return r.typ
	}
	return c.typ
}

// ruleOrganizationAgain names the mentions orgMentionsAgain adds.
const ruleOrganizationAgain = "an organisation's mention no phrase held"

// namingRules type an organisation by its name's own words or by a list:
// its name written in full again is that organisation. (A rule reading
// the words around one mention may read them wrongly, "a specialist in
// East Asian economies": that mention alone is then wrong.)
var namingRules = setOf("an organisation by its cue words", ruleGazetteerOrganization, ruleInstitution, "a news outlet by what it reports")

// orgMentionsAgain adds the mentions of an organisation that no phrase
// held, written as the text wrote it where the evidence is strongest:
//   - a company named with its legal form ("Lorillard Inc.", "Fujitsu
//     Ltd."): the name without the form, written again alone ("Neither
//     Lorillard nor", "New York-based Alleghany", "Fujitsu President
//     Takuma Yamamoto"), and its first word where one word for its trade
//     follows ("Quorvex" of "Quorvex Pharmaceuticals Inc.");
//   - an organisation that its cue words, a list or what it reports named
//     (namingRules), in full ("Visit Business Insider's homepage");
//   - a company named by a possessive ("Rally's lost 5%", then "three
//     Rally's directors").
//
// A form is left alone where it could be read otherwise: a well-known
// place or, of two words or more, a town ("New York", "Palm Beach");
// and of one word, an English word or one the text writes in lower case
// or a given name (not a possessive's word: "Rally's"), a word of a
// person's name found, a word starting names of organisations ("National",
// "First"), capitals. A form of two words or more is distinctive though
// its words are English ("Eastern Edison", "First Union"). A mention must
// stand alone: no capitalised word after it but a title ("Fujitsu
// President"), none before it but a sentence's first word or a hyphenated
// adjective ("New York-based"), no hyphen after it ("Cray-3"), not on a
// line in capitals.
func (f *finder) orgMentionsAgain(out []candidate) []candidate {
	var forms []string
	seen := map[string]bool{}
	addForm := func(form string) {
		if seen[form] || form == "" {
			return
		}
		seen[form] = true
		first := form
		if k := strings.IndexByte(form, ' '); k > 0 {
			first = form[:k]
		}
		bare, _ := cutPossessive(first)
		if places.has(form) || towns.has(form) && first != form || stopwords[bare] || isAllCaps(bare) || len([]rune(bare)) < 3 {
			return
		}
		// A name made of a possessive ("Rally's", "Wendy's") is
		// distinctive though its word is English or a given name: the
		// possessive of a person would be followed by what is theirs,
		// and the text names no such person (personNamed).
		possessive := bare != first
		if first == form && (places.has(bare) || !possessive && (isEnglishWord(strings.ToLower(bare)) || f.lowerWords[strings.ToLower(bare)] || firstNames.has(bare)) ||
			orgFirstWords[bare] || titles[bare] || demonyms.has(bare) || f.personNamed(bare)) {
			return
		}
		forms = append(forms, form)
	}
	for _, c := range out {
		if c.typ != Organization || !c.firm || c.words < 2 && c.rule != "a company named by a possessive" {
			continue
		}
		fields := strings.Fields(string(f.runes[c.start:c.end]))
		if c.rule == "a company named by a possessive" && len(fields) == 1 {
			addForm(fields[0]) // "Moody's warned", then "a Moody's vice president"
			continue
		}
		name, ok := legalFormStem(strings.Join(fields, " "))
		if !ok {
			if namingRules[c.rule] && !strings.ContainsAny(c.name, "\n") {
				addForm(strings.Join(fields, " "))
			}
			continue
		}
		stem := strings.Fields(name)
		if len(stem) == 0 {
			continue
		}
		addForm(name)
		if len(stem) == 1 || len(stem) == 2 && orgLastWords[stem[1]] {
			addForm(stem[0])
		}
	}
	if len(forms) == 0 {
		return out
	}
	formRunes := make([][]rune, len(forms))
	for k, form := range forms {
		formRunes[k] = []rune(form)
	}
	covered := f.coveredRunes(out)
	for i, t := range f.toks {
		if !t.word || !t.upper || covered[t.start] || f.shouting(i) || inWebAddress(f.toks, i) {
			continue
		}
		for k, form := range formRunes {
			end := t.start + len(form)
			if end > len(f.runes) || !runesAre(f.runes[t.start:end], form) || covered[end-1] {
				continue
			}
			j := i
			for j+1 < len(f.toks) && f.toks[j+1].start < end {
				j++
			}
			if f.toks[j].end != end {
				continue // a word goes on: "Lorillards"
			}
			if end < len(f.runes) && (f.runes[end] == '-' || f.runes[end] == '‐') {
				continue // "Cray-3", "NIH-appointed"
			}
			if n := j + 1; n < len(f.toks) && f.toks[n].word && f.toks[n].upper && !titles[f.toks[n].text] && f.toks[n].start == f.toks[j].end+1 {
				continue // "Lorillard Tobacco"
			}
			if i > 0 {
				p := f.toks[i-1]
				hyphenated := strings.ContainsAny(p.text, "-‐") && unicode.IsLower([]rune(p.text)[len([]rune(p.text))-1])
				if p.word && p.upper && !hyphenated && !(f.firstWord(i-1) && (f.isCommonWord(p.text) || isBasicWord(p.text) || isEnglishWord(strings.ToLower(p.text))) && !firstNames.has(p.text)) {
					continue
				}
			}
			out = append(out, candidate{start: t.start, end: end, name: forms[k], typ: Organization, firm: true, words: strings.Count(forms[k], " ") + 1, rule: ruleOrganizationAgain})
			for k := t.start; k < end; k++ {
				covered[k] = true
			}
			break
		}
	}
	return out
}

// ruleTitledElsewhere names the persons personsTitledElsewhere types.
const ruleTitledElsewhere = "a person titled at another mention"

// personsTitledElsewhere types as a person a phrase that
// personLedByCommonWord left untyped ("Fang Lizhi", "Investor Harold
// Simmons": a word of the dictionary leads it) when its first or last word
// is a person's name a title or a role gives at another mention ("Mr.
// Fang", "Mr. Simmons"): the text names that person in full there; not
// where another mention of the phrase is typed, nor where the titled name
// leads words of the dictionary ("Cray Research" of "Mr. Cray"). Words
// that are no given names before one that is, with a word or more after
// it ("Investor Harold Simmons", "House Majority Whip William Gray"), are
// a descriptor in capitals, left out of the name.
func (f *finder) personsTitledElsewhere() {
	titled := map[string]bool{}
	for _, c := range f.cands {
		if c.typ == Person && c.firm && c.words == 1 && (c.rule == "a person after a title" || c.rule == "a person next to a role") {
			titled[c.name] = true
		}
	}
	if len(titled) == 0 {
		return
	}
	typed := map[string]bool{}
	for _, c := range f.cands {
		if c.typ != "" {
			typed[c.name] = true
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ != "" || c.rule != "a person led by a common word" || c.words > 6 || strings.Contains(c.name, "\n") || typed[c.name] {
			continue
		}
		fields := strings.Fields(c.name)
		last := fields[len(fields)-1]
		if !titled[last] && !(titled[fields[0]] && !isEnglishWord(strings.ToLower(last)) && !orgLastWords[last]) {
			continue // "Cray Research" of "Mr. Cray": his company
		}
		// The words before the first given name, when two words or more
		// follow it: "House Majority Whip William Gray".
		g := 0
		for g < len(fields)-2 && !firstNames.has(fields[g]) {
			g++
		}
		if !firstNames.has(fields[g]) {
			g = 0
		}
		if g > 0 {
			k := f.tokenAt(c.start)
			for n := 0; n < g && k+1 < len(f.toks); n++ {
				k++
				for k < len(f.toks) && !f.toks[k].word {
					k++
				}
			}
			if k >= len(f.toks) || f.toks[k].start >= c.end {
				continue
			}
			c.start = f.toks[k].start
			c.name = string(f.runes[c.start:c.end])
			c.words -= g
		}
		c.typ, c.firm, c.rule = Person, true, ruleTitledElsewhere
	}
}

// runesAre reports whether rs spell s, rune for rune.
func runesAre(rs, s []rune) bool {
	if len(rs) != len(s) {
		return false
	}
	for k := range rs {
		if rs[k] != s[k] {
			return false
		}
	}
	return true
}
