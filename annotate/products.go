package annotate

import "strings"

// Issue 16's eighth round (branch ner17b): products as a class. A product
// is named like a person or a place ("Kia Varrow", "Quillo"), so the
// recogniser types it as one; a reader knows it from the words around it:
// the kind of product after it ("the Quillo app", "the Varrow SUV"), a
// launch before it ("unveiled the Varrow"), and a maker's model number in
// it ("Brelco 787 Skyliner"). The rules of this file are phrase rules;
// their cases are written for the tests (phrase_test.go), not taken from
// the gold set.

// productCueNouns follow the name of a product, an app or a service's
// software, in lower case, and belong to its kind, not its name: "the
// Quillo app", "the Varrow browser", "the Zorbly platform", "a Quux
// crossover". Words said of a company's people or goods in general
// ("users", "products", "service") are none; words of craft and vehicles
// are craftCueNouns.
// They are the words of kindWords marked kindCue.
var productCueNouns = kindWordsFor(kindCue)

// productCueCodes are the kinds of product written in capitals after its
// name ("the Kia Varrow SUV", "the Quux EV").
var productCueCodes = setOf("SUV", "SUVs", "EV", "EVs", "PHEV", "PHEVs")

// productBeforeCueNoun: a name just before a word for a kind of product
// is that product (other): "the Quillo app", "the Zorbly platform", "the
// Kia Varrow SUV". A company is said to make such things, not to be one,
// so a company of the lexicon or of the text before the noun is the
// maker ("the Google app", "a Brelco tablet"), left to the other rules; so
// is a person of the text ("the Smith laptop"), a place ("the Chinese
// market", "the Texas platform") and a party ("the Democratic
// platform").
func productBeforeCueNoun(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b >= len(f.toks) || f.toks[p.b].start > f.toks[p.b-1].end+1 || f.lineBreakBefore(p.b) {
		return false
	}
	next := f.toks[p.b]
	if !(f.lowerWord(p.b) && productCueNouns[next.text] || productCueCodes[next.text]) {
		return false
	}
	name := f.text(p.a, p.b)
	if lawKindWords[name] {
		return false // "A new Bill would require ...": a law's kind, capitalised, no name
	}
	if orgs.has(name) || places.has(name) || states.has(name) || demonyms.has(name) || f.surnameSoFar(name) ||
		f.typedBefore(name, Person) || f.typedBefore(name, Organization) || f.typedBefore(name, Place) || f.isOrganization(p.a, p.b) ||
		f.toks[p.a].sentStart && p.b-p.a == 1 || f.leadsOrganization(name) {
		return false
	}
	for _, t := range f.toks[p.a:p.b] {
		if demonyms.has(t.text) || titles[t.text] || partyWords[t.text] || !t.word {
			return false
		}
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// partyWords name a party, whose platform is its programme, not a
// product ("the Democratic platform").
var partyWords = setOf("Democratic", "Republican", "Labour", "Conservative", "Liberal", "Green", "Tory")

// launchVerbs, before a name, say a product is shown or sold for the
// first time ("unveiled the Varrow", "launched Quillo Unlimited", "the
// launch of Zorbly One"); a person, a place or a company is not launched.
// "Released" and "introduced" are left out: prisoners are released and
// speakers introduced.
var launchVerbs = setOf("launched", "launches", "launching", "launch", "unveiled", "unveils", "unveiling", "unveil",
	"debuted", "debuts", "debuting", "showcased", "showcases", "previewed", "previews", "teased")

// launchLeads may stand between a launch verb and the product's name:
// an article, a possessive and words for its newness ("unveiled its new
// Varrow", "launched the all-new Zorbly").
var launchLeads = setOf("the", "a", "an", "its", "their", "his", "her", "our", "new", "all-new", "latest", "first",
	"redesigned", "updated", "next-generation", "own", "long-awaited", "much-anticipated", "upcoming")

// productAfterLaunch: the name a launch verb takes is a product (other):
// "Ford unveiled the Mustang Quux", "it launched Quillo Unlimited in
// 2014", "the launch of Zorbly One". A name the other rules know is left
// to them: a company of the lexicon or typed before ("launched Quux
// Media" where Quux Media is a company), a place, a person of the text,
// and a person's full name in a sports report ("unveiled Ann Quux", a new
// signing) or of names no dictionary holds ("unveiled Ann Smith as its
// chief"); so is a name before a noun it qualifies ("launched a Zorbly
// campaign"), which the noun's own rule reads.
func productAfterLaunch(f *finder, p *phraseSpan) bool {
	if p.descriptor || f.toks[p.a].sentStart {
		return false
	}
	newThing := f.afterNew(p.a)
	if !newThing && !f.afterLaunch(p.a) {
		return false
	}
	if newThing {
		// "the new Quux Dot": where no launch verb stands before, "new"
		// is said of a government, an office or a body as often ("the
		// new Parliament", "the new Varrow administration"), which their
		// words tell.
		for _, t := range f.toks[p.a:p.b] {
			if orgFirstWords[t.text] || orgLastWords[t.text] || governmentWords[t.text] || singleOrgWords[t.text] || placeLastWords[t.text] {
				return false
			}
		}
		if f.recognised(p.a, p.b) == Organization && !f.holdsOrdinaryWord(p.a, p.b) {
			return false
		}
	}
	name := f.text(p.a, p.b)
	if lawKindWords[name] {
		return false // "A new Bill would require ...": a law's kind, capitalised, no name
	}
	if orgs.has(name) || places.has(name) || states.has(name) || demonyms.has(name) || f.surnameSoFar(name) ||
		f.typedBefore(name, Person) || f.typedBefore(name, Organization) || f.typedBefore(name, Place) || f.isOrganization(p.a, p.b) {
		return false
	}
	if (f.fullPersonName(p.a, p.b) || f.recognised(p.a, p.b) == Person) && (f.sports || !f.holdsOrdinaryWord(p.a, p.b)) {
		return false // "unveiled Kepa Quux on Wednesday": a new signing
	}
	for _, t := range f.toks[p.a:p.b] {
		if demonyms.has(t.text) || titles[t.text] || notNames[t.text] {
			return false
		}
	}
	if f.lowerWord(p.b) && strings.HasPrefix(f.tags[p.b], "NN") && !f.isProductCue(p.b) && f.toks[p.b].start == f.toks[p.b-1].end+1 {
		return false // "launched a Zorbly campaign"
	}
	f.add(p.a, f.modelTail(p.b), Other, true)
	return true
}

// editionWords follow a product's name or number as part of it, the
// tiers makers give their models ("Varrow 9 Pro", "Quux S Ultra").
var editionWords = setOf("Pro", "Ultra", "Max", "Mini", "Lite", "XL", "Plus", "Air", "Edge", "SE", "Ti")

// modelTail returns the end of a product's name whose words end at
// toks[b]: past a model's number written on after it ("unveiled the
// Varrow 9", "Quux 787X"; not a year, a share, a range or a measure)
// and the edition words after that ("the Varrow 5 Pro"), as the mentions
// of a product without its maker extend over a number (productsAlone).
func (f *finder) modelTail(b int) int {
	if f.codeAt(b) && (isNumber(f.toks[b].text) && len(f.toks[b].text) <= 4 || modelNumber(f.toks[b].text) && !unitAfterNumber(f.toks[b].text)) && !isYear(f.toks[b].text) &&
		!f.measureAfter(b) && f.word(b+1) != "%" && f.word(b+1) != "-" && f.word(b+1) != "–" && !f.countAfter(b) {
		b++
	}
	return f.editionTail(b)
}

// afterNew reports whether "the new" (or "its new", "a new") stands
// just before toks[a] ("the new Quux Dot with a clock").
func (f *finder) afterNew(a int) bool {
	if !f.lowerWord(a-1) || f.word(a-1) != "new" || a < 2 {
		return false
	}
	switch strings.ToLower(f.word(a - 2)) {
	case "the", "its", "their", "a", "his", "her", "our", "all":
		return true
	}
	return false
}

// afterLaunch reports whether a launch verb ("unveiled the new"), or
// the noun of a launch and "of" ("the launch of"), stands before toks[a].
func (f *finder) afterLaunch(a int) bool {
	k := a - 1
	for n := 0; n < 3 && f.lowerWord(k) && launchLeads[f.word(k)]; n++ {
		k--
	}
	if f.lowerWord(k) && (f.word(k) == "out" && (f.word(k-1) == "rolled" || f.word(k-1) == "rolls" || f.word(k-1) == "rolling") ||
		f.word(k) == "off" && (f.word(k-1) == "showed" || f.word(k-1) == "shows" || f.word(k-1) == "showing")) {
		return true // "rolled out the Varrow", "showed off its Varrow"
	}
	if f.word(k) == "of" && f.lowerWord(k-1) && (f.word(k-1) == "launch" || f.word(k-1) == "unveiling" || f.word(k-1) == "debut") {
		return true // "the launch of Zorbly One"
	}
	return f.lowerWord(k) && launchVerbs[f.word(k)] && f.word(k) != "launch" || f.word(k) == "launch" && f.lowerWord(k-1) && (f.word(k-1) == "to" || f.word(k-1) == "will")
}

// holdsOrdinaryWord reports whether one of toks[a:b] is a word of the
// dictionary, a number or a model code ("Quillo Unlimited", "Zorbly
// One", "Varrow X5"), which a person's name does not hold.
func (f *finder) holdsOrdinaryWord(a, b int) bool {
	for _, t := range f.toks[a:b] {
		if isEnglishWord(t.text) || isNumber(t.text) || isModelCode(t.text) {
			return true
		}
	}
	return false
}

// isProductCue reports whether toks[i] is a word for a kind of product
// after a name.
func (f *finder) isProductCue(i int) bool {
	return i < len(f.toks) && (f.lowerWord(i) && productCueNouns[f.toks[i].text] || productCueCodes[f.word(i)])
}

// makerModel reports whether toks[a:b] is a company of the gazetteer or
// the lexicon and toks[b] a model's number after it, written on ("Brelco
// 787", "Brelco 777X", "Brelco 737-800"): makers number their models,
// and a company is named with a number no other way (a year is no
// model).
func (f *finder) makerModel(a, b int) bool {
	if b >= len(f.toks) || f.toks[b].start != f.toks[b-1].end+1 || f.lineBreakBefore(b) {
		return false
	}
	name := f.text(a, b)
	if !(orgs.has(name) || inOrgLexicon(name) || f.vehicleMakerAt(a) == b-a || vehicleMakers[name] && len(f.toks[b].text) >= 3) || isYear(f.toks[b].text) {
		return false // a maker named by a given name or a word ("Porsche") before a number of three runes or more is the maker in any text
	}
	return modelNumber(f.toks[b].text) && !f.countAfter(b)
}

// leadsOrganization reports whether an organisation found before starts
// with name ("Ford" after "Ford Motor Co."): a company named short, the
// maker of what follows ("Ford trucks").
func (f *finder) leadsOrganization(name string) bool {
	for _, c := range f.cands {
		if c.typ == Organization && strings.HasPrefix(c.name, name+" ") {
			return true
		}
	}
	return false
}

// modelNumber reports whether w is written as a model's number: digits,
// maybe followed by capitals or a hyphen and more digits ("787",
// "777X", "737-800"), three to eight runes.
func modelNumber(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < '0' || w[0] > '9' {
		return false
	}
	if len(w) == 2 && strings.ContainsAny(w[1:], "KGDP") {
		return false // "4K", "5G", "3D", "4P": a resolution or a network, no model
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r == '-') {
			return false
		}
	}
	return !strings.HasSuffix(w, "-")
}

// hyphenedModelCode reports whether w is a model's code of one to three
// letters, the first a capital, a hyphen and digits, maybe with capitals
// after them ("F-150", "MiG-29", "B-52H").
func hyphenedModelCode(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	if !ok || len(head) == 0 || len(head) > 3 || head[0] < 'A' || head[0] > 'Z' || len(tail) == 0 || tail[0] < '0' || tail[0] > '9' {
		return false
	}
	for _, r := range head {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	for _, r := range tail {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// kindNouns are the common nouns for a kind of named thing, and the type
// of the name a naming verb gives after them: "a solution called Quillo
// Watch" is a product, "a startup called Zorbly" a company, "a podcast
// called Quux Hour" a work, "a festival called Varrowfest" an event, "a
// village named Brelby" a place. Nouns of things the guidelines do not
// annotate ("a chemical called IL-25", "a parasite called ...") are none,
// and neither are words for people ("a man named ..."), whose names the
// person rules read.
// The words for products (type Other) are those of kindWords marked
// kindNamed.
var kindNouns = func() map[string]EntityType {
	m := map[string]EntityType{
		"company": Organization, "firm": Organization, "startup": Organization, "start-up": Organization,
		"group": Organization, "charity": Organization, "organization": Organization, "organisation": Organization,
		"band": Organization, "nonprofit": Organization, "non-profit": Organization, "agency": Organization,
		"coalition": Organization, "party": Organization, "club": Organization, "outlet": Organization,
		"website": Organization, "publication": Organization, "newspaper": Organization, "magazine": Organization,
		"label": Organization, "studio": Organization, "business": Organization, "restaurant": Organization,
		"book": Work, "film": Work, "movie": Work, "show": Work, "series": Work, "song": Work, "album": Work,
		"novel": Work, "podcast": Work, "documentary": Work, "play": Work, "game": Work, "newsletter": Work,
		"painting": Work, "exhibition": Work, "installation": Work, "musical": Work, "report": Work,
		"festival": Event, "conference": Event, "event": Event, "tournament": Event, "summit": Event,
		"fair": Event, "competition": Event, "race": Event,
		"town": Place, "village": Place, "city": Place, "neighborhood": Place, "neighbourhood": Place,
		"island": Place, "river": Place, "lake": Place, "mountain": Place, "street": Place, "hotel": Place,
		"venue": Place, "park": Place, "district": Place, "suburb": Place, "hamlet": Place, "settlement": Place,
		"bar": Place, "farm": Place, "ranch": Place, "building": Place, "tower": Place, "stadium": Place,
	}
	for w := range kindWordsFor(kindNamed) {
		m[w] = Other
	}
	return m
}()

// nameAfterKindAndVerb: a name after a word for its kind and a naming
// verb is of that kind ("a new alarm solution called Quillo Watch", "a
// startup called Zorbly", "a village named Brelby"): the writer says
// what it is. In a sports report a game and a series are matches, no
// works; a name in the gazetteers of the other kind is left to them
// ("a company called Ohio"? rather "a town called Apple": rare either
// way, and the lists know their names).
func nameAfterKindAndVerb(f *finder, p *phraseSpan) bool {
	verb := p.a - 1
	if f.word(verb) == "The" && !f.toks[verb].sentStart {
		verb-- // "a book called The Quux Waiting"
	}
	if p.descriptor || verb < 1 || !f.lowerWord(verb) || !namingVerbs[f.word(verb)] || !f.lowerWord(verb-1) {
		return false
	}
	kind := verb - 1
	if copulas[f.word(kind)] && f.lowerWord(kind-1) {
		kind-- // "the book was called Quux Waiting"
	}
	typ, ok := kindNouns[f.word(kind)]
	if !ok || f.sports && sportsKinds[f.word(kind)] {
		return false
	}
	name := f.text(p.a, p.b)
	if typ != Place && (places.has(name) || states.has(name)) || typ != Organization && orgs.has(name) || f.surnameSoFar(name) ||
		f.typedBefore(name, Person) || demonyms.has(name) {
		return false
	}
	f.add(p.a, p.b, typ, true)
	return true
}

// lawKindWords, alone, are the word for a law's kind capitalised as the
// Commonwealth's papers write it ("A new Bill would require", "the Act
// came into force"), where the law's name was or will be given in full
// ("the Quux Data Retention Bill"); alone they name nothing. They hold
// every last word of lawAwardLastWords too, an award's, a prize's and a
// deal's among them ("the Award", "the Deal").
var lawKindWords = withWords(lawAwardLastWords, "Bill", "Bills", "Act", "Acts", "Law", "Laws", "Constitution", "Charter",
	"Amendments", "Regulations", "Treaties")

// ruleThingAgain types the other mentions of a name a rule of
// thingRulesByContext typed.
const ruleThingAgain = "a thing named again"

// thingRulesByContext are the rules of this round that type a name by the
// words around one mention as a product, a company or a work; the type
// holds for the name's other mentions (resolve, typedThings).
var thingRulesByContext = setOf("a product before a product noun", "a product after its launch", "a name after its kind and called",
	ruleProductAppositive, ruleProductPossessive, ruleProductTrademark, ruleProductAfterKind, ruleProductByItsParts)

// guessRules type a name by its form alone, not by the words around it
// (an acronym is an organisation, a word in camel case a company): where
// a rule of thingRulesByContext typed another mention of the name, that
// reading wins ("the MEB platform", then "The MEB's flexibility").
var guessRules = setOf("an acronym", ruleAcronymWithoutContext, "a company written in camel case", ruleLexiconOrganization, "the recogniser's label")

// typedThings returns the names of one word that a rule of
// thingRulesByContext typed, with their type, where no rule typed a
// mention of the name as something else.
func (f *finder) typedThings() map[string]EntityType {
	out := map[string]EntityType{}
	clash := map[string]bool{}
	for _, c := range f.cands {
		if !c.firm || c.typ == "" || c.words != 1 {
			continue
		}
		if thingRulesByContext[c.rule] {
			if prev, ok := out[c.name]; ok && prev != c.typ {
				clash[c.name] = true
			}
			out[c.name] = c.typ
		}
	}
	for _, c := range f.cands {
		if c.firm && c.typ != "" && !thingRulesByContext[c.rule] && !guessRules[c.rule] {
			if typ, ok := out[c.name]; ok && typ != c.typ {
				clash[c.name] = true
			}
		}
	}
	for name := range clash {
		delete(out, name)
	}
	return out
}

// kindModifier reports whether toks[k], capitalised, may stand between an
// article and a word for a kind of organisation as its modifier: a
// nationality or a place ("Quux, the Swedish furniture maker", "Zorbly,
// the Texas lender") or a place made an adjective ("the Oregon-based
// brewer").
func (f *finder) kindModifier(k int) bool {
	if !f.upperWord(k) || f.toks[k].sentStart {
		return false
	}
	w := f.word(k)
	if head, tail, ok := strings.Cut(w, "-"); ok && (tail == "based" || tail == "headquartered") && head != "" {
		return true
	}
	return demonyms.has(w) || places.has(w)
}

// eventByNumeralOrFirstWord reports whether toks[a:b] names an event by
// a Roman numeral after an event's last word ("World War II", "Quux Games
// IV"; a monarch's numeral follows no such word) or by a word for a
// fight and "of" first ("Battle of Brelford", "Siege of Quux").
func eventByNumeralOrFirstWord(f *finder, a, b int) bool {
	if b-a >= 3 && romanNumeral(f.toks[b-1].text) && eventLastWords[f.toks[b-2].text] {
		return true
	}
	return b-a >= 3 && battleWords[f.toks[a].text] && f.toks[a+1].text == "of" && f.upperWord(b-1) || partyConvention(f, a, b) || concertTour(f, a, b)
}

// tourLeads, before "Tour", make it a performer's tour, an event ("the
// Quux World Tour", "their 50th Anniversary Tour"), where a tour of
// another word may be a body ("the PGA Tour").
var tourLeads = setOf("World", "Farewell", "Anniversary", "Reunion", "Stadium", "Arena", "Concert", "Comeback",
	"Summer", "Winter", "Fall", "Autumn", "Spring", "Residency", "Jubilee")

// concertTour reports whether toks[a:b] names a performer's tour
// (tourLeads).
func concertTour(f *finder, a, b int) bool {
	return b-a >= 2 && f.toks[b-1].text == "Tour" && tourLeads[f.toks[b-2].text]
}

// conventionLeads, before "Convention", make it a party's gathering, an
// event ("Democratic National Convention", "Quux Party Convention"),
// where a convention of another word may be a treaty ("Geneva
// Convention") or a body.
var conventionLeads = setOf("National", "Party", "Nominating", "Leadership")

// partyConvention reports whether toks[a:b] names a party's convention
// (conventionLeads).
func partyConvention(f *finder, a, b int) bool {
	return b-a >= 2 && f.toks[b-1].text == "Convention" && conventionLeads[f.toks[b-2].text]
}

// battleWords start the name of a fight, "of" and its place ("Battle of
// Brelford", "Siege of Quux", "Invasion of Normandy").
var battleWords = setOf("Battle", "Siege", "Invasion", "Sack", "Storming", "Liberation", "Massacre", "Bombing")

// romanNumeral reports whether w is written as a Roman numeral of one to
// six of the letters I, V, X, L and C ("World War I", "Super Bowl LIV").
func romanNumeral(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}

// clauseBusinessVerbs, after "which" or "that", say what a business does
// ("Quillex, which owns Zentrova", "Zorbly, which makes chips"): a person
// is "who", and a place does none of these.
var clauseBusinessVerbs = setOf("owns", "operates", "makes", "sells", "employs", "manufactures", "produces", "publishes",
	"develops", "builds", "provides", "supplies", "distributes", "acquired", "bought", "reported", "posted", "trades")

// companyBeforeClause: a name set off by a comma and a clause of "which"
// with a business's verb ("Quillex, which owns Zentrova and Morvane,"), or
// after such a clause doing business ("Quillex, which ..., reported
// revenue of $5 billion") is a company. A place, a person of the text and
// a nationality are left to their rules.
func companyBeforeClause(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || f.word(b) != "," || f.word(b+1) != "which" && f.word(b+1) != "that" {
		return false
	}
	found := clauseBusinessVerbs[f.word(b+2)]
	for k := b + 2; !found && k < len(f.toks) && k < b+16 && !f.toks[k].sentStart; k++ {
		if f.word(k) == "," {
			verb := f.word(k + 1)
			found = f.lowerWord(k+1) && businessVerbs[verb] && f.businessObjectAfter(k+1)
			break
		}
	}
	if !found {
		return false
	}
	name := f.text(a, b)
	if places.has(name) || towns.has(name) || states.has(name) || demonyms.has(name) || f.surnameSoFar(name) || f.typedBefore(name, Person) ||
		f.fullPersonName(a, b) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// businessObjectAfter reports whether a word that the business verb at
// toks[v] takes follows it within four words ("reported revenue", "cut
// 300 jobs").
func (f *finder) businessObjectAfter(v int) bool {
	verb := f.word(v)
	for k := v + 1; k <= v+4 && (f.lowerWord(k) || isNumber(strings.ReplaceAll(f.word(k), ",", ""))); k++ {
		if businessObjects[verb][f.word(k)] {
			return true
		}
	}
	return false
}

// vehicleMakers are the makers of cars, motorcycles and aircraft that news
// names before a model ("Kia Varrow", "Porsche Quux", "Embraer E190"),
// a closed class from general knowledge, as the states are; neither the
// gazetteer nor the lexicon of organisations holds most of them, the
// lexicon leaving out given names and words ("Kia", "Mercedes",
// "Jaguar").
var vehicleMakers = setOf("Kia", "Ford", "Porsche", "Hyundai", "Toyota", "Mazda", "Subaru", "Lexus", "Audi", "BMW",
	"Mercedes", "Mercedes-Benz", "Chevrolet", "Chevy", "Jeep", "Rivian", "Tesla", "Volvo", "Nissan", "Honda", "Lincoln",
	"Cadillac", "GMC", "Volkswagen", "VW", "Fiat", "Ferrari", "Lamborghini", "Jaguar", "Land Rover", "Range Rover",
	"Bentley", "Buick", "Dodge", "Chrysler", "Acura", "Infiniti", "Genesis", "Mitsubishi", "Polestar", "Lucid", "Peugeot",
	"Renault", "Skoda", "Citroën", "Citroen", "Opel", "Vauxhall", "Suzuki", "Maserati", "McLaren", "Aston Martin",
	"Alfa Romeo", "Rolls-Royce", "Bugatti", "Lotus", "Fisker", "Nio", "BYD", "Geely", "Tata", "Mahindra", "Datsun",
	"Harley-Davidson", "Ducati", "Yamaha", "Kawasaki", "Boeing", "Airbus", "Embraer", "Bombardier", "Cessna",
	"Lockheed", "Gulfstream", "Learjet", "Sikorsky")

// vehicleWords, written in lower case in a text, say it is about vehicles:
// the words of kindWords marked kindVehicleTopic and words of no kind.
var vehicleWords = withWords(kindWordsFor(kindVehicleTopic), "horsepower", "mph", "hybrid", "dealership", "dealers",
	"automaker", "carmaker", "drivetrain", "torque", "airline")

// vehicleMakerAt returns how many words the maker of vehicleMakers at
// toks[a] takes (one or two), or 0. A maker whose name is also a given
// name, a word or a town ("Ford", "Lincoln", "Jaguar", "Genesis") counts
// only in a text about vehicles, where two words of vehicleWords stand.
func (f *finder) vehicleMakerAt(a int) int {
	n := 0
	switch {
	case a+1 < len(f.toks) && vehicleMakers[f.text(a, a+2)]:
		n = 2
	case vehicleMakers[f.word(a)]:
		n = 1
	default:
		return 0
	}
	if w := f.word(a); n == 1 && (firstNames.has(w) || isEnglishWord(w) || towns.has(w) || places.has(w)) && !f.aboutVehicles() {
		return 0
	}
	return n
}

// aboutVehicles reports whether two words of vehicleWords stand in the
// text.
func (f *finder) aboutVehicles() bool {
	n := 0
	for w := range vehicleWords {
		if f.lowerWords[w] {
			n++
		}
	}
	return n >= 2
}

// countAfter reports whether the number at toks[i] counts what follows
// it: a word in lower case that is a number or a plural noun ("YouTube
// 10 times", "eBay 5 million users", "DiMaggio 56 games"), a quantity
// rather than a model's number.
func (f *finder) countAfter(i int) bool {
	return f.lowerWord(i+1) && !f.toks[i+1].sentStart && i+1 < len(f.tags) && (f.tags[i+1] == "CD" || f.tags[i+1] == "NNS")
}

// unitAfterNumber reports whether w is a number written with a unit of
// storage, a camera's resolution, power or frequency ("256GB", "12MP",
// "65W"), a measure of the model rather than its number.
func unitAfterNumber(w string) bool {
	for _, u := range []string{"GB", "TB", "MB", "KB", "MP", "HZ", "W", "V", "MM", "CM", "MAH"} {
		if strings.HasSuffix(w, u) && isNumber(strings.TrimSuffix(w, u)) {
			return true
		}
	}
	return false
}
