package annotate

import (
	"strings"
	"unicode"
)

// Rules of issue 16's sixteenth round on organisations that no suggestion
// touched and organisations suggested where there is no name (branch
// ner21o). Each is a class seen on two pages or more of the study halves
// (FA, GA, HA and half A), kept only where the check halves did not drop.

// The names of this round's rules.
const (
	ruleTickerAfterExchange = "a ticker after its exchange"
	rulePartyBeforeNoun     = "a party's name before a noun"
	ruleChamberAlone        = "a chamber named alone"
	ruleOrgBeforeItsHead    = "an organisation before its founder or editor"
	ruleSiteTerms           = "a site's terms"
	ruleNameBeforeParty     = "a name before party"
)

// tickerAfterExchange: a code after a stock exchange and a colon is a
// ticker symbol, which the guidelines annotate as no entity ("Quillco
// Inc. (NYSE: QLCO)", "(TSX:QB)", "(NYSE American: QX)"), even where it
// is a company's well-known acronym ("(NYSE: IBM)"): it is not suggested,
// nor typed by the initials of the name before it.
func tickerAfterExchange(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || p.descriptor || f.word(p.a-1) != ":" || !tickerCode(f.toks[p.a].text) {
		return false
	}
	ex := p.a - 2
	if !stockExchanges[strings.ToUpper(f.word(ex))] && !(f.upperWord(ex) && stockExchanges[strings.ToUpper(f.word(ex-1))]) {
		return false
	}
	return true // settled: nothing
}

// tickerCode reports whether w is written as a ticker symbol: one to six
// capitals, maybe with digits, a dot or a hyphen ("HD", "QX2").
func tickerCode(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '.' || r == '-':
		default:
			return false
		}
	}
	return letters >= 1 && len(w) <= 7
}

// partyBeforeNoun: a party's name just before a noun or a title is an
// adjective, which the guidelines annotate as no entity ("a former
// Conservative chief whip", "the GOP nomination", "Tory MPs", "GOP Sen.
// Ann Wu"); the party named as its members stays an organisation ("the
// only Republican", "the GOP's nominee"), and "party" after it is the
// party's name ("the Conservative party", partyInLowerCase).
func partyBeforeNoun(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || p.descriptor || !partyNames[f.toks[p.a].text] || f.word(p.b) == "party" {
		return false
	}
	next := p.b
	if f.lowerWord(next) && f.tags[next] == "JJ" {
		next++ // "chief whip", "presidential nomination"
	}
	if !(f.lowerWord(next) && strings.HasPrefix(f.tags[next], "NN")) && !titles[strings.TrimSuffix(f.word(p.b), ".")] &&
		!pluralAcronym(f.word(p.b)) {
		return false
	}
	return true // settled: nothing, nor the recogniser's label after, nor an organisation's word alone
}

// pluralAcronym reports whether w is an acronym in the plural ("MPs",
// "MEPs").
func pluralAcronym(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && len(stem) >= 2 && strings.ToUpper(stem) == stem && strings.ToLower(stem) != stem
}

// partyNames are parties' names that are also written as adjectives
// before a noun.
var partyNames = setOf("Democrat", "Republican", "Tory", "Conservative", "GOP", "Labour", "Labor")

// chamberAlone: a legislature's chamber named by its one word after a
// determiner, maybe with a modifier between ("this House", "the new House
// majority", "the Republican-controlled House", "the Assembly voted") is
// the organisation; the longer name is read whole elsewhere ("House of
// Commons", "White House"), and the word starting a sentence or written
// in capitals is left to the other rules.
func chamberAlone(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.b-p.a != 1 || p.descriptor || t[p.a].sentStart || t[p.a].allCaps || !chamberWords[t[p.a].text] {
		return false
	}
	k := p.a - 1
	if f.word(k) != "" && (f.lowerWord(k) && (f.tags[k] == "JJ" || f.tags[k] == "VBN") || strings.Contains(f.word(k), "-")) {
		k-- // "the new House", "the Republican-controlled House"
	}
	if !chamberDeterminers[f.word(k)] {
		return false
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// chamberWords name a legislature's chamber alone; chamberDeterminers come
// before them.
var (
	chamberWords       = setOf("House", "Assembly", "Commons", "Legislature")
	chamberDeterminers = setOf("the", "this", "that", "The", "This", "That")
)

// orgBeforeItsHead: a name before the word for its founder or chairman,
// or for an editor, columnist or correspondent of it, is the organisation
// ("the Zorbly founder", "Brelmo co-founder Ann Wu", "Varrow-Ledger
// editorial page editor Tom Moran"), and so is a name of one word after
// "the" and before "team" or "board" ("the Zorbly team"); not a person, a place ("the North America
// editor", a beat), a nationality or a party, nor an ordinary word naming
// a newspaper's section ("Business editor") or a word the text writes in
// lower case too. A hyphenated name is no given name ("Varrow-Ledger").
func orgBeforeItsHead(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 {
		return false
	}
	founder, journalist := f.headAfterOrganization(b)
	if !founder && !journalist && !(b-a == 1 && strings.EqualFold(f.word(a-1), "the") && f.lowerWord(b) && staffNounsAfterThe[f.word(b)]) {
		return false
	}
	name := f.text(a, b)
	if f.fullPersonName(a, b) || f.surnameSoFar(name) || places.has(name) || towns.has(name) || states.has(name) ||
		demonyms.has(name) || partyNames[name] || titles[f.word(a)] || titleModifiers[f.word(a)] ||
		b-a == 1 && (firstNames.has(name) && !strings.Contains(name, "-") || f.toks[a].allCaps || f.isCommonWord(name) ||
			journalist && isEnglishWord(name)) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// headAfterOrganization reports whether the lower-case words from toks[i]
// name a founder of an organisation ("founder", "co-founder") or, after
// at most two modifiers, a journalist of an outlet ("editor", "editorial
// page editor", "chief political correspondent").
func (f *finder) headAfterOrganization(i int) (founder, journalist bool) {
	if !f.lowerWord(i) {
		return false, false
	}
	if founderNouns[f.word(i)] {
		return true, false
	}
	for k := i; k < i+3 && f.lowerWord(k); k++ {
		if journalistNouns[f.word(k)] {
			return false, true
		}
	}
	return false, false
}

// founderNouns and journalistNouns follow an organisation's name in lower
// case (orgBeforeItsHead).
var (
	founderNouns = setOf("founder", "founders", "co-founder", "co-founders", "cofounder", "cofounders",
		"chairman", "chairwoman", "chairperson")
	// staffNounsAfterThe follow a name of one word after "the" ("the
	// Zorbly team", "the Quillify board"); after a longer name they as
	// often follow a product's ("the Chrome Safe Browsing team").
	staffNounsAfterThe = setOf("board", "team")
	journalistNouns    = setOf("editor", "editors", "columnist", "columnists", "correspondent", "correspondents")
)

// siteTermsNoName: a site's terms and its policies ("our Terms of
// Service", "the Terms and Conditions", "Privacy Policy") are no entity,
// as the guidelines say, though "Service" or "Policy" would make them an
// organisation's name.
func siteTermsNoName(f *finder, p *phraseSpan) bool {
	t := f.toks
	switch {
	case p.b-p.a >= 3 && t[p.a].text == "Terms" && (t[p.a+1].text == "of" || t[p.a+1].text == "and") && siteTermsWords[t[p.a+2].text]:
	case p.b-p.a == 2 && sitePolicyWords[t[p.a].text] && (t[p.a+1].text == "Policy" || t[p.a+1].text == "Notice" || t[p.a+1].text == "Statement"):
	default:
		return false
	}
	return true // settled: nothing
}

// siteTermsWords end a site's "Terms of ..." or "Terms and ...";
// sitePolicyWords lead its policies.
var (
	siteTermsWords  = setOf("Service", "Services", "Use", "Conditions", "Sale", "Business")
	sitePolicyWords = setOf("Privacy", "Cookie", "Cookies")
)

// nameBeforeParty: a name before "party" in lower case where the words
// around it are politics' is a party, the name without the noun
// ("Netanyahu's Quillud party", "the ruling Zorbly party", "the Zorbly
// party leader"), as the gold set annotates it; parties named by an
// adjective keep the noun (partyInLowerCase, tried before). A person, a
// place, a nationality, an ordinary word or a holiday ("a Halloween
// party") is left alone.
func nameBeforeParty(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 2 || f.word(b) != "party" || !f.lowerWord(b) {
		return false
	}
	prev := f.word(a - 1)
	possessive := prev == "s" && isApostrophe(f.word(a-2)) // "Netanyahu’s Quillud party"
	if !politicalAdjectives[prev] && !possessive && !partyHeads[f.word(b+1)] {
		return false
	}
	name := f.text(a, b)
	if f.fullPersonName(a, b) || f.surnameSoFar(name) || places.has(name) || towns.has(name) || states.has(name) ||
		demonyms.has(name) || firstNames.has(f.toks[a].text) || b-a == 1 && isEnglishWord(name) || holidays.has(name) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// politicalAdjectives come before a party's name and "party"; partyHeads
// after them ("the Zorbly party leader").
var (
	politicalAdjectives = setOf("ruling", "governing", "opposition", "far-right", "far-left", "right-wing", "left-wing",
		"nationalist", "populist", "centrist", "conservative", "liberal", "socialist", "communist", "Islamist",
		"hardline", "pro-government", "anti-immigration", "coalition")
	partyHeads = setOf("leader", "leaders", "member", "members", "lawmaker", "lawmakers", "chairman", "chairwoman",
		"chief", "officials", "candidate", "candidates", "spokesman", "spokeswoman", "spokesperson")
)
