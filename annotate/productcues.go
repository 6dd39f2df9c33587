package annotate

import (
	_ "embed"
	"strings"
)

// Issue 16's thirteenth round (branch ner18a): products and other named
// things as a class, by the words around one mention and then throughout
// the clipping. A product is named like a person, a place or a company
// ("Quillo", "Varrow Dot"); news says what it is once, in an apposition
// after or before a word for its kind ("the company's streaming service,
// Quillo, launched", "Zorbly Sense, the firm's patented algorithm,"), or
// by its maker's possessive ("Brelco's Quillo"), and then names it alone.
// The examples are invented, as are the sentences of the table tests.

// The rules of this file, by name, for their confidence.
const (
	ruleProductAppositive = "a product in apposition to its kind"
	ruleProductPossessive = "a product after its maker's possessive"
	ruleProductAgain      = "a product named again"
)

// productKindNouns are the words, singular and in lower case, for a kind
// of product, service, vehicle or programme that an apposition names ("its
// game streaming service, Quillo,"; "Zorbly Sense, the company's
// algorithm,"). Words for a company's people or goods in general are none
// ("products", "brand"), and neither are words that name a company's part
// ("unit", "division").
// They are the words of kindWords marked kindApposition.
var productKindNouns = kindWordsFor(kindApposition)

// productKindLeads may open the noun phrase of a kind of product in an
// apposition: an article or a possessive pronoun ("the", "its"); a
// company's possessive is read as well ("Brelco's").
var productKindLeads = setOf("the", "a", "an", "its", "their", "his", "her", "our")

// productKindBefore reports whether toks[a-1] is a comma after a noun
// phrase of a kind of product ("its new streaming service, Quillo"): the
// noun its head, one of productKindNouns, with a lead within six words
// before it in the sentence and nothing but words in lower case, numbers
// and possessives between.
func (f *finder) productKindBefore(a int) bool {
	if a < 3 || f.word(a-1) != "," || !f.lowerWord(a-2) || !productKindNouns[f.word(a-2)] {
		return false
	}
	return f.kindLeadBefore(a - 2)
}

// kindLeadBefore reports whether a lead of productKindLeads, or a
// possessive, stands within six tokens before the kind noun at toks[k],
// with only words in lower case (adjectives, nouns), numbers, hyphens and
// possessives between, in the same sentence.
func (f *finder) kindLeadBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		w := f.word(j)
		switch {
		case f.toks[j+1].sentStart || f.lineBreakBefore(j+1):
			return false
		case (f.lowerWord(j) || f.toks[j].sentStart) && productKindLeads[strings.ToLower(w)]:
			return true
		case w == "s" && isApostrophe(f.word(j-1)):
			return true // "the firm's", "Brelco's"
		case f.lowerWord(j) && !stopwords[w] && !clauseWords[w], w == "-", isNumber(w):
		default:
			return false
		}
	}
	return false
}

// clauseWords in lower case end a noun phrase before a kind noun: a verb
// or a conjunction belongs to a clause ("said the service"), not to the
// phrase.
var clauseWords = setOf("and", "or", "but", "said", "says", "is", "was", "are", "were", "be", "been", "has", "have",
	"had", "will", "would", "can", "could", "that", "which", "who", "to", "of", "in", "on", "for", "with", "by", "from")

// productKindAfter reports whether an apposition of a kind of product
// follows toks[b] ("Zorbly Sense, the company's patented algorithm,"): a
// comma, a lead or a possessive, lower-case words and a kind noun that
// ends the phrase (a comma, a full stop, a dash or a word that is no noun
// follows: "the firm's app that", not "the app store").
func (f *finder) productKindAfter(b int) bool {
	if f.word(b) != "," {
		return false
	}
	k := b + 1
	switch {
	case f.lowerWord(k) && productKindLeads[f.word(k)]:
		k++
	case f.upperWord(k) && isApostrophe(f.word(k+1)) && f.word(k+2) == "s":
		k += 3 // "Brelco's"
	default:
		return false
	}
	for n := 0; n < 6 && k < len(f.toks) && !f.toks[k].sentStart; n++ {
		w := f.word(k)
		switch {
		case f.lowerWord(k) && productKindNouns[w]:
			next := k + 1
			if f.lowerWord(next) && strings.HasPrefix(f.tags[next], "NN") || f.word(next) == "-" || isApostrophe(f.word(next)) {
				return false // "the app store", "the service's"
			}
			return true
		case w == "s" && isApostrophe(f.word(k-1)), isApostrophe(w) && f.word(k+1) == "s":
		case f.lowerWord(k) && !stopwords[w] && !clauseWords[w], w == "-", isNumber(w):
		default:
			return false
		}
		k++
	}
	return false
}

// productInApposition: a name set off by commas after a noun phrase of a
// kind of product ("the tech giant's game streaming service, Quillo,
// launched"), or before one ("Zorbly Sense, the company's patented
// algorithm, ranks"), is that product (other). A name the other rules
// know is left to them: a company of the gazetteer or the lexicon, a place,
// a nationality, a person of the text or a person's full name ("its
// chief, Ann Quux,").
func productInApposition(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor {
		return false
	}
	end := f.modelTail(b)
	after := end
	for trademarks[f.word(after)] {
		after++ // "Zorbly Sense®, the company's algorithm,"
	}
	before := f.productKindBefore(a) && (f.word(after) == "," || f.word(after) == "." || f.word(after) == ")" || f.word(after) == "—" || f.word(after) == "–")
	if !before && !f.productKindAfter(after) {
		return false
	}
	if f.toks[a].sentStart && b-a == 1 && (isEnglishWord(f.word(a)) || stopwords[f.word(a)]) {
		return false // "Meanwhile, the service ..."
	}
	if before && !f.productKindAfter(after) && b-a == 1 && f.recognised(a, b) == Person && (f.word(after+1) == "who" || f.word(after+1) == "whose") {
		return false // "asked about the app, Quux, who runs it, said": a person set off by commas
	}
	if !f.plausibleNamedProduct(a, b) {
		return false
	}
	f.add(a, end, Other, true)
	return true
}

// trademarks are the marks written after a registered name.
var trademarks = setOf("®", "™", "℠")

// ruleProductTrademark is the name of productWithTrademark.
const ruleProductTrademark = "a product marked as a trademark"

// productWithTrademark: a name written with a trademark's mark right after
// it is a product or a service (other): "the Zorbly Sense® engine", "Quux
// Relay™". A company marks its name so too ("Brelco®"), so a company of the
// gazetteer, the lexicon or the text, and a name its cue words make an
// organisation, are left to the other rules, as is anything
// plausibleProduct refuses.
func productWithTrademark(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b >= len(f.toks) || !trademarks[f.toks[b].text] || f.toks[b].start != f.toks[b-1].end {
		return false
	}
	if !f.plausibleProduct(a, b) || b-a == 1 && isEnglishWord(f.word(a)) && f.toks[a].sentStart {
		return false
	}
	if companyVerbs[f.word(b+1)] {
		// "Brelco® announced results": the mark is the company's own name.
		f.add(a, b, Organization, true)
		return true
	}
	f.add(a, b, Other, true)
	return true
}

// companyVerbs, right after a name, make it a company, the subject of
// what a business does ("Brelco® announced", "Quux® hired").
var companyVerbs = setOf("announced", "announces", "reported", "reports", "hired", "hires", "appointed", "appoints",
	"acquired", "acquires", "posted", "posts", "named", "names", "raised", "raises", "filed", "files", "said", "says")

// plausibleProduct reports whether toks[a:b] may name a product: no
// place, town, state, nationality, organisation of the lists or the text,
// person of the text or person's full name, title or word that starts no
// name, nor a phrase the cue words make an organisation.
func (f *finder) plausibleProduct(a, b int) bool {
	return f.plausibleProductBy(a, b, f.typedBefore)
}

// plausibleProductBy is plausibleProduct with typed telling whether an
// earlier mention of a name was typed so.
func (f *finder) plausibleProductBy(a, b int, typed func(string, EntityType) bool) bool {
	name := f.text(a, b)
	if places.has(name) || towns.has(name) && b-a > 1 || states.has(name) || demonyms.has(name) || orgs.has(name) || inOrgLexicon(name) ||
		f.surnameSoFar(name) || typed(name, Person) || typed(name, Organization) || typed(name, Place) ||
		f.isOrganization(a, b) || f.fullPersonName(a, b) || f.leadsOrganization(name) {
		return false
	}
	if b-a == 1 && (firstNames.has(name) || f.commonAcronym(name) || isBasicWord(name)) {
		return false
	}
	for _, t := range f.toks[a:b] {
		w := t.text
		if titles[w] || notNames[w] || demonyms.has(w) || orgLastWords[w] || placeLastWords[w] || eventLastWords[w] || w == "The" ||
			connectors[w] && !t.upper {
			return false
		}
	}
	if f.recognised(a, b) == Person && b-a > 1 && !f.holdsOrdinaryWord(a, b) {
		return false
	}
	return true
}

// plausibleNamedProduct is plausibleProduct for a name that only the
// words before or after it make a product: an acronym alone is most often
// a company's or an agency's there ("services like HBO", "the platform,
// NBC,"), unlike one marked as a trademark ("DICOM®").
func (f *finder) plausibleNamedProduct(a, b int) bool {
	return f.plausibleProduct(a, b) && !(b-a == 1 && isAcronymWord(f.word(a)))
}

// companyUnitNouns after a name that follows a company's possessive say it
// is a part or a place of the company, not its product ("Brelco's Quillo
// division", "Zorbly's Varrow plant").
var companyUnitNouns = setOf("division", "divisions", "unit", "units", "subsidiary", "arm", "business", "businesses",
	"segment", "department", "team", "group", "affiliate", "studio", "studios", "lab", "labs", "office", "offices",
	"headquarters", "campus", "plant", "factory", "store", "stores", "board", "foundation", "fund", "brand", "brands",
	"executive", "executives", "chief", "boss", "founder", "spokesperson", "spokesman", "spokeswoman", "ceo", "campaign",
	"campaigns", "event", "conference", "report", "survey", "study", "index")

// productAfterMakerPossessive: a name after the possessive of a company
// the text names as one is its product (other): "Brelco's Quillo", "the
// tech giant Zorbly's Varrow Dot". A company's people, places, parts and
// holdings are left to the other rules: a person's name ("Brelco's Ann
// Quux"), a place or town ("Zorbly's London office"), an organisation of
// the lists or a subsidiary by its cue words ("Brelco's Quux Labs"), a word
// for a part after the name ("Zorbly's Quillo division"), a title, an
// event; so is a single English word or given name ("Brelco's Echo",
// "Zorbly's Alexa"), which only its cue words could type.
func productAfterMakerPossessive(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || a < 3 || f.word(a-1) != "s" || !isApostrophe(f.word(a-2)) || f.toks[a-1].start != f.toks[a-2].end {
		return false
	}
	if !f.companyEndsAt(a - 2) {
		return false
	}
	if f.lowerWord(b) && companyUnitNouns[f.word(b)] || isApostrophe(f.word(b)) {
		return false
	}
	if !f.plausibleProduct(a, b) {
		return false
	}
	if b-a == 1 && (isEnglishWord(f.word(a)) || towns.has(f.word(a)) || f.toks[a].allCaps && !isModelCode(f.word(a)) || periodCode(f.word(a))) {
		return false // "Zorbly's HR", "Zorbly's Q3"; but "Zorbly's QX5", a model's code
	}
	if f.recognised(a, b) == Organization && !f.holdsOrdinaryWord(a, b) {
		return false // "Brelco's Quuxmo": a subsidiary as often as a product
	}
	f.add(a, f.modelTail(b), Other, true)
	return true
}

// companyEndsAt reports whether a company the text names ends just before
// toks[i]: a candidate typed as an organisation by a rule or the lexicon
// ("Brelco Inc." or "Brelco" the lexicon lists), a company of the
// gazetteer, or a vehicle maker; not a government's body, an agency or a
// team, whose programmes and players the other rules read.
func (f *finder) companyEndsAt(i int) bool {
	end := f.toks[i].start
	for k := len(f.cands) - 1; k >= 0 && k >= len(f.cands)-3; k-- {
		c := f.cands[k]
		if c.end == end && c.typ == Organization && companyName(c.name) {
			return true
		}
	}
	a := f.capitalRunBefore(i)
	for ; a < i; a++ {
		if name := f.text(a, i); (inOrgLexicon(name) || orgs.has(name)) && companyName(name) || f.vehicleMakerAt(a) == i-a {
			return true
		}
	}
	return false
}

// companyName reports whether an organisation's name may be a company's:
// not an agency, a government's body, a public institution, an exchange, a
// party or an association by its words ("Healthcare Authority", "Federal
// Reserve", "Bar Association"), nor an institution WordNet lists, nor an
// acronym of four letters or fewer (most acronyms of the news are
// agencies: "NASA's", "the FBI's").
func companyName(name string) bool {
	fields := strings.Fields(name)
	if len(fields) == 0 || institutions.has(name) {
		return false
	}
	if len(fields) == 1 && isAcronymWord(fields[0]) && len(fields[0]) <= 4 {
		return false
	}
	for _, w := range fields {
		if governmentWords[w] || singleOrgWords[w] || publicBodyWords[w] {
			return false
		}
	}
	return true
}

// publicBodyWords in an organisation's name make it a public body, an
// institution or an association rather than a company whose products news
// names after its possessive.
var publicBodyWords = setOf("Party", "Agency", "Authority", "Commission", "Board", "Bureau", "Service", "Reserve",
	"Institute", "Association", "Foundation", "Society", "Union", "Court", "House", "Assembly", "League", "Federation",
	"Organization", "Organisation", "Council", "Committee", "University", "College", "School", "Hospital", "Exchange",
	"Center", "Centre", "Fund", "Trust", "Museum", "Library", "Church", "Club", "Team", "Coalition", "Alliance",
	"Network", "Initiative", "Program", "Programme", "Project", "Federal", "National", "State", "City", "County")

// productKeepRules type a mention by words around it that say what it is
// beyond doubt, which a product's other mentions do not outweigh: a title
// or a role before a person, an age after one, a state after a town.
var productKeepRules = setOf("a person after a title", "a person next to a role", "a person by an age", "a state after a town",
	"a town before a state", ruleSurname, rulePlacePosition)

// productGuessRules type a name Other by its form or by a list alone, not
// by what the words around a mention say; their names are not spread.
var productGuessRules = setOf("the recogniser's label", ruleOneType, ruleOneTypeGuessed, ruleThingAgain, ruleProductAgain)

// productsThroughout makes a product one product in the clipping: once a
// rule reads a mention of a name as a product, a vehicle or another thing
// by the words around it ("the Quillo app", "Brelco's Quillo", "its
// service, Quillo,"), its other mentions are that thing, whatever the
// recogniser, the lexicon or a weaker cue made of them ("the Quillo port",
// "Quillo said"), and so are those no phrase held, where the name stands
// alone and the text never writes it in lower case. A product named with
// its edition ("Quillo Ultra", "Varrow Pro 2") is the same product named
// without it ("Quillo"), where that name is no English word, given name,
// place or company. A mention a title, a role or an age makes a person
// keeps its type, as does a town before its state.
func (f *finder) productsThroughout(out []candidate) []candidate {
	products := map[string]bool{}
	for _, c := range out {
		if c.typ != Other || !c.firm || productGuessRules[c.rule] {
			continue
		}
		for _, name := range []string{c.name, seriesOf(c.name)} {
			if name != "" && !vehicleMakers[name] && !orgs.has(name) && !inOrgLexicon(name) {
				products[name] = true
			}
		}
	}
	for _, c := range out {
		// A name the words around another mention make a company, a
		// person or a place ("the maker Quillo", "in Quillo") is not
		// spread: the product's mention named its maker.
		if c.typ != Other && c.firm && (contextRules[c.rule] || companyContextRules[c.rule]) && !weakNounRules[c.rule] {
			delete(products, c.name)
		}
	}
	if len(products) == 0 {
		return out
	}
	for i := range out {
		c := &out[i]
		if c.typ == Other || !products[c.name] || productKeepRules[c.rule] {
			continue
		}
		c.typ, c.firm, c.surnameOnly, c.rule = Other, true, false, ruleProductAgain
	}
	covered := f.coveredRunes(out)
	for i, t := range f.toks {
		if !t.word || !t.upper || covered[t.start] || !products[t.text] || f.lowerWords[strings.ToLower(t.text)] || inWebAddress(f.toks, i) {
			continue
		}
		if f.upperWord(i-1) && !f.lineBreakBefore(i) && !f.sentenceWordBefore(i) || f.upperWord(i+1) && !f.lineBreakBefore(i+1) ||
			i > 0 && f.toks[i-1].text == "@" {
			continue // part of a longer name, or a handle
		}
		if t.sentStart && isEnglishWord(t.text) {
			continue
		}
		out = append(out, candidate{start: t.start, end: t.end, name: t.text, typ: Other, firm: true, words: 1, rule: ruleProductAgain})
	}
	return out
}

// weakNounRules type a name by a noun after it that a product's name
// stands before as often ("the Quillo port", "Quillo users"): they do not
// outweigh a product's other mentions.
var weakNounRules = setOf("a place before a place noun", "a group before a group noun", "a town before a local noun")

// companyContextRules, beyond contextRules, read a company from the words
// around a mention ("the keyboard maker Quillo", "Quillo, which makes").
var companyContextRules = setOf("an organisation after its kind", "an organisation after its kind starting a sentence",
	"a company before a clause of its business", "an organisation by its cue words", "a news outlet by what it reports",
	ruleShortOrganization)

// seriesOf returns the name of a product without the edition words and
// the number after it ("Quillo" for "Quillo Ultra", "Varrow Note" for
// "Varrow Note 10 Pro"), where that name may stand alone for the product:
// no English word, given name, place, town or company of the lists; or ""
// when the name has no such tail.
func seriesOf(name string) string {
	fields := strings.Fields(name)
	n := len(fields)
	for n > 1 && (editionWords[fields[n-1]] || isNumber(fields[n-1])) {
		n--
	}
	if n == len(fields) || n == 0 {
		return ""
	}
	short := strings.Join(fields[:n], " ")
	if n == 1 && (isEnglishWord(short) || firstNames.has(short) || isBasicWord(short) || len(short) < 3 || isAcronymWord(short) || strings.Contains(short, "&")) ||
		places.has(short) || towns.has(short) || orgs.has(short) || inOrgLexicon(short) || vehicleMakers[short] {
		return ""
	}
	return short
}

// sentenceWordBefore reports whether toks[i-1] is an ordinary word
// capitalised because it starts a sentence ("While Quillo users"), no
// part of a name after it.
func (f *finder) sentenceWordBefore(i int) bool {
	w := f.word(i - 1)
	return f.firstWord(i-1) && (stopwords[w] || f.isCommonWord(w) || isBasicWord(w) || isEnglishWord(w)) && !firstNames.has(w)
}

//go:embed data/things.txt
var thingsData string

// wordNetThings are the named things of the "other" type WordNet 3.0
// knows (data/things.txt, see data/README.md): trade names of drugs
// ("Tylenol", "Xanax"), vehicles, craft and weapons ("Humvee",
// "Kalashnikov"), software ("Linux"), stock indexes ("Dow Jones"), awards
// and decorations ("Purple Heart"), social programmes ("Medicare",
// "Marshall Plan"), laws ("Stamp Act") and trade-named goods ("Velcro",
// "Walkman").
var wordNetThings = sortedList{data: thingsData}

//go:embed data/programmes.txt
var programmesData string

// wordNetProgrammes are the public programmes among wordNetThings (social
// insurance and welfare, foreign aid: "Medicare", "Marshall Plan"), which
// the lexicon of organisations may list as the brand of their offices;
// WordNet's reading wins there.
var wordNetProgrammes = sortedList{data: programmesData}

// ruleThingOfWordNet is the name of thingOfWordNet, for its confidence.
const ruleThingOfWordNet = "a thing WordNet names"

// thingOfWordNet: a name of WordNet's things that no other list of Margin
// reads otherwise (unambiguousThing) is other wherever no earlier rule
// read it from its context ("took Tylenol", "cuts to Medicare").
func thingOfWordNet(f *finder, p *phraseSpan) bool {
	name := f.text(p.a, p.b)
	if p.descriptor || !unambiguousThing(name) || f.surnameSoFar(name) || f.typedBefore(name, Person) {
		return false
	}
	if f.lowerWord(p.b) && (f.word(p.b) == "number" || f.word(p.b) == "numbers" || f.word(p.b) == "card") {
		return false // "a Social Security number": an identifier, no programme
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// unambiguousThing reports whether name is one of WordNet's things that no
// other list of Margin gives another reading: no place, town, named
// feature, nationality, organisation or event (but a public programme the
// lexicon lists, "Medicare", is WordNet's), and, for a single word, no
// English word and no given name ("Google" is a company, "Oscar" a given
// name, "Spandau" a district, "Versed" a word).
func unambiguousThing(name string) bool {
	if !wordNetThings.has(name) || places.has(name) || towns.has(name) || demonyms.has(name) || orgs.has(name) ||
		inOrgLexicon(name) && !wordNetProgrammes.has(name) || namedEvents.has(name) {
		return false
	}
	fields := strings.Fields(name)
	if len(fields) > 1 && firstNames.has(fields[0]) && !isEnglishWord(fields[len(fields)-1]) {
		return false // "Mickey Finn": named like a person ("Marshall Plan" is not)
	}
	if strings.Contains(name, " ") {
		return true
	}
	return !isEnglishWord(name) && !isBasicWord(name) && !firstNames.has(name)
}

// ruleProductAfterKind is the name of productAfterKindNoun.
const ruleProductAfterKind = "a product after a word for its kind"

// kindNounsBeforeName are productKindNouns that may stand just before a
// product's name ("the streaming service Quillo", "the anti-nausea drug
// Varrowex"); words that stand as often before a person ("model",
// "assistant", "probe") or name a thing too loosely ("system", "feature",
// "treatment", "tool", "product", "engine", "index") are none.
var kindNounsBeforeName = func() map[string]bool {
	m := withWords(productKindNouns)
	for _, w := range []string{"model", "assistant", "probe", "system", "feature", "treatment", "tool", "product", "engine", "index",
		"program", "programme", "medicine", "camera", "speaker", "computer", "plane", "jet"} {
		delete(m, w)
	}
	return m
}()

// productAfterKindNoun: a name right after a word for its kind, in a noun
// phrase led by an article or a possessive, is that product (other):
// "the game streaming service Quillo", "the anti-nausea drug Varrowex",
// "its lunar lander Zorbly Ghost". A name the other rules know is left to
// them (plausibleProduct), and so is a word the recogniser calls a person
// before a verb ("the phone Smith used").
func productAfterKindNoun(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || a < 2 || !f.lowerWord(a-1) || !kindNounsBeforeName[f.word(a-1)] || f.toks[a].start != f.toks[a-1].end+1 ||
		!f.kindLeadBefore(a-1) || f.lineBreakBefore(a) {
		return false
	}
	if b-a == 1 && (isEnglishWord(f.word(a)) || f.recognised(a, b) == Person && b < len(f.toks) && strings.HasPrefix(f.tags[b], "VB")) {
		return false // "the app Signal", "the phone Quux used"
	}
	if !f.plausibleNamedProduct(a, b) || towns.has(f.text(a, b)) {
		return false
	}
	f.add(a, f.modelTail(b), Other, true)
	return true
}

// ruleProductList is the name of productsListedAfterKind.
const ruleProductList = "products listed after a word for their kind"

// productKindsPlural list products ("apps such as Quillo, Zorbly and
// Varrow", "drugs including Varrowex").
// They are the words of kindWords marked kindListed.
var productKindsPlural = kindWordsFor(kindListed)

// productsListedAfterKind types the names listed after a plural word for
// a kind of product and "such as", "like" or "including", each checked
// as plausibleProduct and, alone, no English word or town; a name that
// fails ends the list ("services like Quux TV and CBS": CBS is a
// company, and what follows it is not read).
func (f *finder) productsListedAfterKind(covered map[int]bool) {
	t := f.toks
	for i := 0; i+2 < len(t); i++ {
		if !f.lowerWord(i) || !productKindsPlural[t[i].text] {
			continue
		}
		lead := f.exampleLead(i + 1)
		if lead == 0 {
			continue
		}
		k := i + 1 + lead
		for n := 0; n < 10; n++ {
			if !f.upperWord(k) || covered[k] {
				break
			}
			b := f.capitalRun(k)
			if b-k > 4 || !f.plausibleNamedProduct(k, b) || b-k == 1 && (isEnglishWord(f.word(k)) || towns.has(f.word(k))) {
				break
			}
			end := f.modelTail(b)
			f.addThing(k, end, Other, ruleProductList, covered)
			k = end
			switch {
			case f.word(k) == "," && (f.word(k+1) == "and" || f.word(k+1) == "or"):
				k += 2
			case f.word(k) == "," || f.word(k) == "and" || f.word(k) == "or":
				k++
			default:
				n = 10
			}
		}
	}
}

// periodCode reports whether w names a part of a year ("Q3", "H1",
// "FY2020", "FY21"), not a model.
func periodCode(w string) bool {
	if len(w) == 2 && (w[0] == 'Q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'H' && (w[1] == '1' || w[1] == '2')) {
		return true
	}
	return strings.HasPrefix(w, "FY") && isNumber(w[2:])
}

// ruleProductByItsParts is the name of productBeforeItsPart.
const ruleProductByItsParts = "a product before its part"

// productPartNouns, after a name's possessive, are the parts and measures
// of a device, a vehicle or a craft ("the Quillo's battery", "the Varrow
// 5's camera", "the Zorbly's wingspan"), which no person, place or company
// has.
var productPartNouns = setOf("battery", "batteries", "screen", "screens", "display", "displays", "camera", "cameras",
	"keyboard", "touchscreen", "trackpad", "touchpad", "charger", "sensor", "sensors", "chipset", "processor", "firmware",
	"engine", "engines", "cabin", "trunk", "dashboard", "wheelbase", "torque", "horsepower", "chassis", "drivetrain",
	"powertrain", "fuselage", "wingspan", "cockpit", "thrusters", "hull", "bezel", "bezels", "hinge", "speakers",
	"headlights", "headlamps", "taillights", "infotainment", "odometer", "airbags", "mileage")

// productBeforeItsPart: a name after "the" whose possessive a word for a
// part of a device, a vehicle or a craft follows, maybe after one or two
// adjectives, is that product (other): "the Quillo's battery", "the
// Varrow 5 Pro's triple camera", "the Zorbly's wingspan". A name with a
// model's number is one without "the" too ("Varrow 5's screen"). A name
// the other rules know is left to them ("the Kremlin's engine room").
func productBeforeItsPart(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	end := f.modelTail(b)
	if p.descriptor || end+2 >= len(f.toks) || !isApostrophe(f.word(end)) || f.word(end+1) != "s" || f.toks[end].start != f.toks[end-1].end {
		return false
	}
	if !(strings.EqualFold(f.word(a-1), "the") && (f.lowerWord(a-1) || f.toks[a-1].sentStart)) && end == b {
		return false // "Brelco's engines": a maker's, which the company rules read
	}
	k := end + 2
	for n := 0; n < 2 && f.lowerWord(k) && !productPartNouns[f.word(k)] && strings.HasPrefix(f.tags[k], "JJ"); n++ {
		k++
	}
	if !f.lowerWord(k) || !productPartNouns[f.word(k)] || !f.plausibleNamedProduct(a, b) {
		return false
	}
	f.add(a, end, Other, true)
	return true
}
