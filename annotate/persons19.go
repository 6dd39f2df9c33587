package annotate

import "strings"

// Persons that are not (issue 16, fourteenth round, branch ner19k). On
// pages nobody tuned the rules for, the person rules lose the precision
// they have on the tune part, and a false person named in full costs more
// than one mistake: its last word alone is then the person at every
// mention ("See Facebook's own description", then Facebook forty times).
// These rules take from the person rules the names whose form says they
// are no person's.

const (
	ruleGivenNameWord      = "a rare given name that is a word, before words"
	ruleCommonWordBeforeID = "a common word before a listed name"
)

// givenNameWordBeforeWords: "Canyon Trail Guide", "Legend Tips", "Harbor
// Browser": a phrase led by a word that only one of the lists of given
// names holds and that is an English word, all of whose other words are
// English words and no given names, is a title, a product or a heading,
// not a person: a person's surname is seldom a word of the dictionary
// after a given name that is one too ("Zephyr Teachout" holds a word no
// dictionary has), and the given names both lists hold ("John Knoll",
// "Mark Wood") are left to the rule of first names. It is left untyped,
// to take the type of its other mentions, if any.
func givenNameWordBeforeWords(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b-p.a < 2 || !rareGivenNameWord(f.toks[p.a].text) {
		return false
	}
	for _, t := range f.toks[p.a+1 : p.b] {
		if !t.word || !t.upper || t.allCaps || firstNames.has(t.text) || !(isEnglishWord(t.text) || isBasicWord(t.text)) {
			return false
		}
	}
	f.add(p.a, p.b, "", false)
	return true
}

// rareGivenNameWord reports whether w is a given name that one list of
// given names holds and the other not (the English list of Moby's, or the
// American one of names given to 500 babies or more), and an English word
// too: "Legend", "Canyon", "Fan". The names both lists hold ("Mark",
// "John", "Pearl") are given names first.
func rareGivenNameWord(w string) bool {
	if !firstNames.has(w) || !(isEnglishWord(w) || isBasicWord(w)) {
		return false
	}
	return firstNames.english.has(w) != firstNames.us.has(w)
}

// commonWordBeforeListedName: "(See Zorblybook's own page.)", "Read
// Quillco's terms": a basic English word that starts a sentence and that
// the text never writes capitalised inside one, before a name the lexicon
// of organisations or the gazetteer of places lists, is a verb or an
// adverb capitalised for its place, even where a list of given names
// holds it ("See", "Will"): it is cut off, and the name is passed on. A
// person's given name before a surname is no company's or place's listed
// name ("Mark Quillby").
func commonWordBeforeListedName(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 2 || !t[p.a].sentStart || !isBasicWord(t[p.a].text) || f.capitalisedMidSentence(t[p.a].text) {
		return false
	}
	rest := f.text(p.a+1, p.b)
	if !inOrgLexicon(rest) && !places.has(rest) {
		return false
	}
	p.a++
	return false
}

// namesOfOneBrand: "Quillo Atmos" and "the Quillo Vista", then "Quillo
// features": a name the recogniser alone calls a person, led by a word
// that is no given name, no family name written first and no particle,
// is a brand's product or service where a rule typed the brand, alone or
// leading a longer name, as no person and no place ("Quillo features",
// "the Quillo One X console"); an untyped mention of the word alone says
// nothing ("Kanae’s Review" of "Kanae Nakamine"). It is left untyped, and its
// last word is no surname ("Atmos support"). It runs first in resolve,
// before surnames are spread.
func (f *finder) namesOfOneBrand() {
	brands := map[string]bool{}
	for _, c := range f.cands {
		first, _, _ := strings.Cut(c.name, " ")
		if c.firm && c.typ != "" && c.typ != Person && c.typ != Place {
			brands[first] = true
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ != Person || c.rule != "the recogniser's label" || c.words != 2 {
			continue
		}
		first, _, _ := strings.Cut(c.name, " ")
		if !brands[first] || firstNames.has(first) || familyNameFirst[first] || isInitials(first) ||
			connectors[strings.ToLower(first)] || titles[first] || titleModifiers[first] {
			continue
		}
		c.typ, c.rule = "", ruleNamesOfOneBrand
	}
}

// ruleNamesOfOneBrand names the names namesOfOneBrand leaves untyped.
const ruleNamesOfOneBrand = "a brand's product the recogniser calls a person"

// hyphenatedTitles are the titles of two words written with a hyphen, as
// British and Australian papers write them ("Attorney-General",
// "Director-General", "Vice-Chairman", "Deputy-Governor"): a title's
// modifier, or an office that leads such titles, joined to a title that
// ends them. They are titles as the two words are.
func hyphenatedTitles() []string {
	var out []string
	for m := range withWords(titleModifiers, hyphenTitleLeads...) {
		if strings.Contains(m, "-") {
			continue
		}
		for _, t := range hyphenTitleEnds {
			if m != t {
				out = append(out, m+"-"+t)
			}
		}
	}
	return out
}

// hyphenTitleLeads lead a title joined by a hyphen besides the titles'
// modifiers ("Solicitor-General", "Governor-General"); hyphenTitleEnds end
// one.
var (
	hyphenTitleLeads = []string{"Solicitor", "Director", "Governor", "Inspector", "Auditor", "Surgeon", "Postmaster",
		"Comptroller", "Adjutant", "Judge", "Advocate", "Vice"}
	hyphenTitleEnds = []string{"General", "President", "Chancellor", "Chairman", "Chairwoman", "Minister", "Secretary",
		"Director", "Governor", "Admiral", "Marshal", "Commissioner", "Consul", "Premier", "Speaker", "Mayor"}
)

func init() {
	for _, t := range hyphenatedTitles() {
		titles[t] = true
	}
}

const ruleAgencyInCredit = "an agency after a slash in a credit"

// agencyAfterSlash: "(Ann Quill/AFP/Quillstock Images)", "Photo: Bo
// Varrow/The Brelford Times": in a photo's credit, the names after a
// slash written against the name before it are the agencies and papers
// the photographer works for, not persons: a name of two words or more
// there, no person's full name and no place ("Israel/Palestine"), is an
// organisation, whatever the recogniser reads.
func agencyAfterSlash(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	s := a
	if s > 0 && t[s-1].text == "The" {
		s-- // "/The Brelford Times"
	}
	if p.descriptor || b-a < 2 || s < 2 || t[s-1].text != "/" || t[s-1].start != t[s-2].end || t[s].start != t[s-1].end ||
		!t[s-2].word || !t[s-2].upper {
		return false
	}
	whole := f.text(a, b)
	if f.fullPersonName(a, b) || places.has(whole) || towns.has(whole) || f.recognised(a, b) == Place {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}
