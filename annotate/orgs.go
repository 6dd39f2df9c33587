package annotate

import (
	_ "embed"
	"strings"
	"unicode"
)

// This file holds the lexicon of organisations and the two rules that use
// what it knows: a name it lists is an organisation where nothing stronger
// says otherwise, and an acronym it does not list is no organisation where
// the text uses it as a common noun.
//
// The lexicon (data/org-names.txt, see data/README.md) is 28,404 names of
// companies (makers, chains of shops and restaurants, companies listed on
// NASDAQ and the NYSE), utilities, transit authorities, sports teams, bands
// and agencies from openly licensed lists,
// with their legal forms taken off ("Garmin Ltd." is "Garmin"). Like the
// towns, it is weak evidence: a company may share its name with a person
// or a town, so the rule that reads it comes after the rules that read the
// words around a mention (titles, cue words, "in", sports results) and
// before those that only guess (a word starting a sentence, the
// recogniser's label). Names that are English words or given names on
// their own ("Target", "Momentum", "Tesla") are not in it, since they
// would make every capitalised "Target" a company.

//go:embed data/org-names.txt
var orgNamesData string

// orgNames is the lexicon, searched by halving as the towns are.
var orgNames = sortedList{data: orgNamesData}

//go:embed data/institutions.txt
var institutionsData string

// institutions are the organisations WordNet 3.0 names (data/institutions.txt,
// see data/README.md): agencies and departments, parties, unions,
// alliances, armed forces and services, central banks, international
// bodies, armed groups, bands, universities and colleges ("Haganah",
// "Fannie Mae", "Ivy League", "Eton College"). A single word of it is a
// name WordNet gives no other sense, so the list is read two ways: as part
// of the lexicon (inOrgLexicon), and as the gazetteer where the name can
// name nothing else here either (unambiguousInstitution).
var institutions = sortedList{data: institutionsData}

// umlautSpelled writes German umlauts as they are spelled without them
// ("Müller" as "Mueller"), as companies register their names abroad.
var umlautSpelled = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss")

// inOrgLexicon reports whether name is an organisation of the lexicon, as
// written, without its accents, or with its umlauts spelled out.
func inOrgLexicon(name string) bool {
	if orgNames.has(name) || institutions.has(name) {
		return true
	}
	if !strings.ContainsFunc(name, func(r rune) bool { return r > unicode.MaxASCII }) {
		return false
	}
	return orgNames.has(foldAccents(name)) || orgNames.has(umlautSpelled.Replace(name))
}

// Rule names of this file, for their confidence.
const (
	ruleInstitution         = "an institution WordNet names"
	ruleLexiconOrganization = "an organisation in the lexicon"
	ruleAcronymCommonNoun   = "an acronym used as a common noun"
)

// lexiconOrganization: a name of the lexicon of organisations ("Garmin",
// "Green Bay Packers", "Geutebrück"), or one of its branches named by
// a place ("Logitech Europe"), that no earlier rule typed from
// its context is an organisation, unless it could as well be a person or
// a place here: a person's full name or the surname of one named before,
// a given name, a common East Asian family name or an English word
// alone, a well-known place, or a town after "in".
func lexiconOrganization(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 5 {
		return false
	}
	name := f.text(a, b)
	if !inOrgLexicon(name) && !f.regionalUnit(a, b) || places.has(name) || states.has(name) || demonyms.has(name) {
		return false
	}
	if f.fullPersonName(a, b) && (b-a == 1 || !orgNames.has(name) || f.personContext(a, b)) || f.surnameSoFar(name) {
		return false
	}
	if b-a == 1 && (firstNames.has(name) || familyNameFirst[name] || isBasicWord(name) || f.isCommonWord(name)) {
		return false
	}
	if towns.has(name) && placePrepositions[f.word(a-1)] && f.lowerWord(a-1) {
		return false // "a plant in Nokia"
	}
	if f.word(b) == "," && companySuffixes[f.word(b+1)] && f.phraseEnd(b+1) == b+2 && !joiners[f.word(b+2)] {
		// Its legal form is part of the name as written ("Garmin, Ltd.
		// said"), unless it leads a phrase of its own ("Garmin, Ltd. CEO
		// Cliff Pemble", "Garmin, Ltd. and Logitech"), which the other
		// rules read.
		b += 2
	}
	f.add(a, b, Organization, false)
	return true
}

// personContext reports whether the words around toks[a:b] say it is a
// person: a title or a role before it ("Chief Executive Wells Fargo",
// "banker Morgan Stanley"), a role in apposition after it (hasRole), a verb
// of speech right after it ("Jenny Craig said") or a personal pronoun
// later in its sentence ("Charles Schwab, who founded ... his firm").
// Without such words a whole name of the lexicon of organisations led by
// a given name ("Wells Fargo", "Morgan Stanley") is the organisation.
func (f *finder) personContext(a, b int) bool {
	if f.hasRole(a, b) || a > 0 && titles[f.word(a-1)] {
		return true
	}
	if f.lowerWord(b) && speechVerbs[f.word(b)] {
		return true
	}
	for k := b; k < len(f.toks) && k < b+12 && !f.toks[k].sentStart; k++ {
		if f.lowerWord(k) && personalPronouns[f.word(k)] {
			return true
		}
	}
	return false
}

// institutionOfWordNet: a name of WordNet's organisations that can name
// nothing else (unambiguousInstitution) is an organisation wherever no
// earlier rule read it from its context, as the gazetteer's names are
// ("Haganah fighters", "the Ivy League", "Fannie Mae said"); not a
// surname of a person the text named before.
func institutionOfWordNet(f *finder, p *phraseSpan) bool {
	name := f.text(p.a, p.b)
	if p.descriptor || !unambiguousInstitution(name) || f.surnameSoFar(name) {
		return false
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// unambiguousInstitution reports whether name is one of WordNet's
// organisations (institutions) that no other list of Margin gives another
// reading: no place, town, named feature or nationality, and, for a single
// word, no English word and no given name. A name of two words or more
// led by a given name is kept ("Fannie Mae"): WordNet lists it as the
// organisation only.
func unambiguousInstitution(name string) bool {
	if !institutions.has(name) || places.has(name) || towns.has(name) || demonyms.has(name) {
		return false
	}
	if strings.Contains(name, " ") {
		return true
	}
	return !isEnglishWord(name) && !firstNames.has(name) && !isBasicWord(name)
}

// lexiconJoins reports whether the "on", "for" or "and" at toks[j] is
// inside a name of the lexicon of organisations that the capitalised run
// toks[i:j] begins ("Transport for London", "National Trust for Scotland",
// "Department of Trade and Industry"), with or without a "The" before it:
// the rules join such words only after a word of an organisation
// ("Institute", "Council"), and the lexicon knows the names that have
// none.
func lexiconJoins(toks []token, i, j int) bool {
	if !orgConnectors[toks[j].text] {
		return false
	}
	k := j + 1
	if k < len(toks) && toks[k].text == "the" {
		k++
	}
	m := k
	for m < len(toks) && m-i <= 6 && toks[m].word && toks[m].upper && !toks[m].sentStart {
		m++
	}
	for e := m; e > k; e-- {
		if inOrgLexicon(tokenText(toks[i:e])) || toks[i].text == "The" && i+1 < j && inOrgLexicon(tokenText(toks[i+1:e])) {
			return true
		}
	}
	return false
}

// joiners join two names into one phrase.
var joiners = setOf("and", "&", "of")

// regionalUnit reports whether toks[a:b] is a name of the lexicon followed
// by a well-known place, as companies name their branches ("Beckhoff
// North America", "Logitech Europe").
func (f *finder) regionalUnit(a, b int) bool {
	for k := a + 1; k < b && k <= a+3; k++ {
		if places.has(f.text(k, b)) && inOrgLexicon(f.text(a, k)) && !firstNames.has(f.text(a, k)) {
			return true
		}
	}
	return false
}

// lexiconOrganizationAfterTitle adds toks[a:b], which follows a title, as
// an organisation when it is a name of two words or more of the lexicon,
// or a branch of one, and no person's full name: the title is that of its
// head ("Rob Goldman, President Logitech Europe, said"). A single word
// after a title is a surname ("Mr. Basler").
func (f *finder) lexiconOrganizationAfterTitle(a, b int) bool {
	if b-a < 2 || f.fullPersonName(a, b) || !inOrgLexicon(f.text(a, b)) && !f.regionalUnit(a, b) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// acronymCommonNoun: an acronym that no list of organisations holds is no
// organisation where the text uses it as a common noun:
//   - defined by words in lower case whose initials it is, anywhere in the
//     text ("hypersensitivity pneumonitis (HP)", "real-time bidding, or
//     RTB"): then none of its mentions is one;
//   - after "a" or "an" as the head of its phrase ("an ICT", "a GPCR
//     binds"), or after a form of "be" ("the car could be AWD");
//   - after an adjective or a noun in lower case ("healthcare ICT", "the
//     European WLTP cycle"), which no organisation's name takes, but for
//     the few that do ("former", "rival");
//   - after a number, as a unit ("3,000 RPM");
//   - after a slash and a common acronym or word ("VR/AR");
//   - listed with words in lower case ("HVAC and text entry").
//
// The last five are weak: an acronym the text uses as a name elsewhere
// (the subject of a verb, "VW says"; a possessive, "VW's engineers";
// defined by capitalised words, "National Security Council (NSC)") keeps
// it, and so does one before a person's role ("an anonymous NSC aide").
// Such a mention is kept only as a surname, as common words are.
func acronymCommonNoun(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || !isAcronym(f.toks[p.a]) {
		return false
	}
	w := f.toks[p.a].text
	if orgs.has(w) || places.has(w) || inOrgLexicon(w) || fullNames[w] != "" {
		return false
	}
	use := f.acronymUse(w)
	if !use.lowerDefined && (use.asName || !f.acronymAsNoun(p.a)) {
		return false
	}
	f.addSurnameOnly(p.a, p.b)
	return true
}

// acronymUse is what the whole text says of an acronym.
type acronymUse struct {
	lowerDefined bool // defined by words in lower case
	asName       bool // used as a name somewhere
}

// acronymAsNoun reports whether the words around toks[i], an acronym, use
// it as a common noun (see acronymCommonNoun).
func (f *finder) acronymAsNoun(i int) bool {
	prev, next := f.word(i-1), f.word(i+1)
	if f.lowerWord(i+1) && (roleNouns[next] || jobNouns[next] || staffNouns[next]) {
		return false // "another top NSC aide"
	}
	nextNoun := f.lowerWord(i+1) && strings.HasPrefix(f.tags[i+1], "NN")
	if f.toks[i].sentStart {
		prev = "" // the word before ends another sentence: "in 2019. FTC said"
	}
	switch {
	case (prev == "a" || prev == "an" || copulas[prev]) && !nextNoun:
		return true
	case prev != "" && f.lowerWord(i-1) && nounModifierTags[f.tags[i-1]] && !orgModifiers[prev]:
		return true
	case prev != "" && unicode.IsDigit([]rune(prev)[0]) && f.toks[i-1].end < f.toks[i].start:
		return true
	case prev == "/" && f.toks[i-1].end == f.toks[i].start && (commonAcronyms[f.word(i-2)] || f.lowerWord(i-2)):
		return true
	case (next == "and" || next == "or" || next == ",") && f.lowerWord(i+2) && unicode.IsLetter([]rune(f.word(i + 2))[0]) &&
		nounModifierTags[f.tagAt(i+2)] && !otherWords[f.word(i+2)]:
		return true
	}
	return false
}

// copulas are the forms of "be", after which an acronym is what something
// is, not who acts.
var copulas = setOf("be", "is", "are", "was", "were", "been", "being")

// staffNouns are the people of an organisation, written after its name
// ("NSC aide", "FBI agents").
var staffNouns = setOf("aide", "aides", "staffer", "staffers", "leaker", "insider", "insiders", "agent", "agents",
	"officials", "members", "employees", "workers", "officers", "soldiers", "troops", "lawmakers", "leaders")

// nounModifierTags are the parts of speech of a word that makes the word
// after it a common noun: adjectives and nouns.
var nounModifierTags = setOf("JJ", "JJR", "JJS", "NN", "NNS")

// orgModifiers are the adjectives and nouns in lower case written before
// an organisation's name ("former KGB officer", "rival AMD").
var orgModifiers = setOf("former", "rival", "fellow", "parent", "sister", "local", "federal", "embattled",
	"defunct", "now-defunct", "state-run", "state-owned", "giant", "chipmaker", "carmaker", "automaker",
	"broadcaster", "regulator", "watchdog", "lender", "insurer", "retailer", "airline", "group", "agency", "firm",
	"company", "union", "party", "network", "newspaper", "daily", "outlet", "channel", "club", "team", "side",
	// Articles of other languages, which an English tagger reads as
	// adjectives or nouns ("der CDU", "da NASCAR").
	"der", "die", "das", "des", "dem", "den", "el", "los", "las", "la", "le", "les", "da", "do", "di", "del",
	"della", "de", "du", "het", "een")

// otherWords start a list's next item that may be an organisation ("the
// FBI and other agencies").
var otherWords = setOf("other", "several", "many", "some", "local", "federal", "state", "foreign", "rival")

// verbTags are the parts of speech of a verb whose subject a name is
// ("VW says", "NATO has").
var verbTags = setOf("VBZ", "VBD", "VBP", "MD")

// acronymUse reads, once for the text, how it uses acronym: defined by
// words in lower case whose initials it is, written before it in brackets
// or after "or" ("hypersensitivity pneumonitis (HP)", "real-time bidding,
// or RTB"), or used as a name (see acronymCommonNoun).
func (f *finder) acronymUse(acronym string) acronymUse {
	if got, ok := f.acronyms[acronym]; ok {
		return got
	}
	if f.acronyms == nil {
		f.acronyms = map[string]acronymUse{}
	}
	var use acronymUse
	for _, i := range f.mentionsOf(acronym) {
		// A common noun is the subject of a verb too, after its article
		// or adjective ("a GPCR binds"); a name stands alone.
		modified := f.lowerWord(i-1) && (nounModifierTags[f.tagAt(i-1)] || f.word(i-1) == "a" || f.word(i-1) == "an")
		if next := f.word(i + 1); (f.toks[i].sentStart && f.lowerWord(i+1) || verbTags[f.tagAt(i+1)]) && !modified ||
			isApostrophe(next) && f.word(i+2) == "s" {
			use.asName = true
		}
		if f.word(i+1) == "(" && f.initialsAfter(i+2, acronym) {
			// "FIRE (financial independence, retire early)": spelled out
			// after it in lower case.
			use.lowerDefined = true
		}
		k := i - 1
		switch {
		case f.word(k) == "(":
			k--
		case f.word(k) == "or" && f.word(k-1) == ",":
			k -= 2
		case f.word(k) == "or":
			k--
		default:
			continue
		}
		if isClosingQuote(f.word(k)) {
			k-- // "personally identifiable information" (PII): a term in quotation marks (ner21o)
		}
		switch f.initialsBefore(k, acronym) {
		case initialsLower:
			use.lowerDefined = true
		case initialsUpper:
			use.asName = true
		}
	}
	f.acronyms[acronym] = use
	return use
}

// initialsAfter reports whether the words from toks[k] to a closing
// bracket, all in lower case and maybe parted by commas or hyphens, have
// the letters of acronym as their initials, in order ("financial
// independence, retire early" for FIRE).
func (f *finder) initialsAfter(k int, acronym string) bool {
	var initials []rune
	for j := k; j < len(f.toks); j++ {
		switch w := f.toks[j].text; {
		case w == ")":
			return len(initials) > 1 && string(initials) == strings.ToLower(acronym)
		case w == ",":
		case !f.toks[j].word || f.toks[j].upper:
			return false
		default:
			for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' }) {
				initials = append(initials, []rune(part)[0])
			}
		}
		if len(initials) > len([]rune(acronym)) {
			return false
		}
	}
	return false
}

// tagAt returns the part of speech of toks[i], or "" outside the text.
func (f *finder) tagAt(i int) string {
	if i < 0 || i >= len(f.tags) {
		return ""
	}
	return f.tags[i]
}

// The answers of initialsBefore.
const (
	initialsNone  = iota
	initialsLower // words in lower case: a common noun's
	initialsUpper // capitalised words: a name's
)

// initialsBefore reports whether the words ending at toks[k] (split at
// hyphens: "real-time bidding" is r, t, b) have the letters of acronym as
// their initials, in order, and whether they are in lower case or
// capitalised ("National Security Council"); "of", "and" and "the" count
// in a name only if the acronym has their letter.
func (f *finder) initialsBefore(k int, acronym string) int {
	letters := []rune(strings.ToLower(acronym))
	n := len(letters)
	var initials []rune
	upper, lower := 0, 0
	for j := k; j >= 0 && len(initials) < n; j-- {
		if !f.toks[j].word {
			return initialsNone
		}
		parts := strings.FieldsFunc(f.toks[j].text, func(r rune) bool { return r == '-' })
		for q := len(parts) - 1; q >= 0 && len(initials) < n; q-- {
			initials = append([]rune{unicode.ToLower([]rune(parts[q])[0])}, initials...)
		}
		switch {
		case f.toks[j].upper && f.toks[j].sentStart && j < k && isEnglishWord(strings.ToLower(f.toks[j].text)):
			// Capitalised only as a sentence's first word ("Binge eating
			// disorder (BED)"): it counts for neither.
		case f.toks[j].upper:
			upper++
		default:
			lower++
		}
		if len(initials) < n && connectors[f.word(j-1)] && initials[0] != letters[n-len(initials)-1] {
			j-- // "Federal Bureau of Investigation"
		}
	}
	if string(initials) != string(letters) {
		return initialsNone
	}
	switch {
	case lower > 0 && upper == 0:
		return initialsLower
	case upper > 0 && lower == 0:
		return initialsUpper
	}
	return initialsNone
}

// ruleAcronymWithoutContext names an acronym typed an organisation by its
// form alone: no list holds it and no mention uses it as a name
// (acronymNamed). On the studied tune part such guesses hold; on unseen
// pages they are terms as often ("8GB of RAM", "limited VHS releases",
// "personally identifiable information" (PII)), so they score apart.
const ruleAcronymWithoutContext = "an acronym no list or context names"

// namePrepositions, before a word, make it a name where no noun in lower
// case follows it ("told TMZ", "at NASA", "by IBM").
var namePrepositions = setOf("at", "by", "from", "with", "to", "told", "tell", "tells", "join", "joined", "joins")

// acronymNamed reports whether a list holds acronym or the text uses it as
// a name at one of its mentions at least: the subject of a verb or a
// possessive (acronymUse), after "the" ("the ACLU", "the EPA cycle"),
// after a preposition or verb of telling that takes a name ("at NASA",
// "told TMZ", not "with AA batteries"), or listed next to a capitalised
// name ("Frost & Sullivan, CTIA and Ernst & Young", "GE and Ascom"), or
// before a title or a role ("HHS Secretary", "NSC aide").
func (f *finder) acronymNamed(acronym string) bool {
	if got, ok := f.acronymNames[acronym]; ok {
		return got
	}
	if f.acronymNames == nil {
		f.acronymNames = map[string]bool{}
	}
	named := f.readAcronymNamed(acronym)
	f.acronymNames[acronym] = named
	return named
}

// readAcronymNamed reads acronymNamed's answer from the text.
func (f *finder) readAcronymNamed(acronym string) bool {
	if orgs.has(acronym) || places.has(acronym) || states.has(acronym) || inOrgLexicon(acronym) || fullNames[acronym] != "" ||
		f.acronymUse(acronym).asName {
		return true
	}
	for _, i := range f.mentionsOf(acronym) {
		t := f.toks[i]
		prev := strings.ToLower(f.word(i - 1))
		if t.sentStart {
			prev = ""
		}
		nextNoun := f.lowerWord(i+1) && strings.HasPrefix(f.tagAt(i+1), "NN")
		next := f.word(i + 1)
		switch {
		case titles[next] || roleNouns[next] || jobNouns[next] || staffNouns[next]:
			return true // "QZR Secretary Ann Wu", "the assistant QZR secretary", "QZR officials"
		case prev == "the" && !f.modelNumberAfter(i):
			return true // not "the GTX 1060", a model by its number
		case namePrepositions[prev] && !nextNoun:
			return true
		case (prev == "," || prev == "and" || prev == "&") && f.listedName(i-2):
			return true
		case (f.word(i+1) == "," || f.word(i+1) == "and" || f.word(i+1) == "&") && f.listedName(i+2):
			return true
		}
	}
	return false
}

// listedName reports whether toks[k] is a capitalised word inside a
// sentence that is no acronym: a name in a list ("Whole Foods and QFC").
func (f *finder) listedName(k int) bool {
	if k >= 0 && k < len(f.toks) && isApostrophe(f.word(k)) {
		k-- // "Kellogg’s, NBC"
	}
	if k > 0 && k < len(f.toks) && f.word(k) == "s" && isApostrophe(f.word(k-1)) {
		k -= 2
	}
	return f.upperWord(k) && !f.toks[k].allCaps && !f.toks[k].sentStart
}

// ruleDegreeAfterName names degreeAfterName.
const ruleDegreeAfterName = "a degree after a person's name"

// degreeAfterName: capitals after a person's full name and a comma, ending
// the phrase, are the person's degree or credential ("Karen Quillan, MD,
// PhD, said", "Ann Varrow, RN."), no organisation or state: they are not
// suggested.
func degreeAfterName(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || !isAcronym(f.toks[p.a]) || len(f.toks[p.a].text) > 4 || f.word(p.a-1) != "," || !f.upperWord(p.a-2) {
		return false
	}
	if next := f.word(p.b); next != "," && next != "." && next != ")" && next != "" && !f.toks[p.b].sentStart {
		return false
	}
	k := p.a - 2
	if !f.fullPersonName(f.capitalsRunStart(k), k+1) {
		return false
	}
	f.addSurnameOnly(p.a, p.b)
	return true
}

// modelNumberAfter reports whether a number or a code with digits follows
// toks[i] ("the RTX 2060", "the FT 30-share index"): the capitals name a
// series or an index there.
func (f *finder) modelNumberAfter(i int) bool {
	next := f.word(i + 1)
	return next != "" && unicode.IsDigit([]rune(next)[0])
}
