package annotate

import "strings"

// Issue 16's fourteenth round (branch ner19e): products and software
// named by what is done with them and by what the text says they are. A
// program, an app or a device is named like a company or a person
// ("Quillmail", "ZorbKit"), and news rarely puts a word for its kind next
// to it; but it says what people do with it ("uses Quillmail", "download
// Zorbly", "update to Varrowex 4.2") or what it is ("Varrowex is a
// browser"). The examples are invented, as are the sentences of the table
// tests (productuse_test.go).

// The rules of this file, by name, for their confidence.
const (
	ruleProductByUse  = "a product by what is done with it"
	ruleProductIsKind = "a product said to be of its kind"
)

// useVerbs, in lower case right before a name, say that the name is a
// thing people use, get or put on a device: a program, an app, a device or
// a standard; or a drug ("prescribed Varrowex"). "used" is left out ("used to", and "the firm used Quux" of a
// contractor), as are "run" and "powered by", whose objects are companies
// as often ("runs Brelco", "powered by Brelco").
var useVerbs = setOf("use", "uses", "using", "prescribed", "prescribing", "download", "downloads", "downloaded", "downloading",
	"install", "installs", "installed", "installing", "uninstall", "uninstalls", "uninstalled", "reinstall")

// updateVerbs before "to" and a name say the same of a version ("update
// to Varrowex 4.2", "upgraded to Quillix").
var updateVerbs = setOf("update", "updates", "updated", "updating", "upgrade", "upgrades", "upgraded", "upgrading")

// useVerbBefore reports whether a verb of use in lower case stands right
// before toks[a] ("using Quillmail", "upgrade to Quillix"), or "version
// of" ("the latest version of Quillix"), in the same sentence.
func (f *finder) useVerbBefore(a int) bool {
	if a < 1 || f.toks[a].sentStart || f.lineBreakBefore(a) {
		return false
	}
	if f.lowerWord(a-1) && useVerbs[f.word(a-1)] {
		return true
	}
	if a >= 2 && f.word(a-1) == "of" && (f.word(a-2) == "version" || f.word(a-2) == "versions") {
		return true // "the latest version of Quillix"
	}
	return a >= 2 && f.word(a-1) == "to" && f.lowerWord(a-2) && updateVerbs[f.word(a-2)]
}

// productByUse: a name right after a verb of use ("the effect is achieved
// using ZorbKit", "download Quillmail from the store", "upgrade to Varrowex
// 4.2") is a product (other), with its version. The name must end its
// phrase there: a name before a noun in lower case or a possessive is
// its maker, the object's modifier ("using Brelco devices", "uses Brelco's
// chip"). A company, a platform or a place of the lists, a person, a given
// name or a common word, and an acronym alone ("using GPS") are left to
// the other rules (plausibleUsedProduct).
func productByUse(f *finder, p *phraseSpan) bool {
	end := f.cuedProductEnd(p, f.useVerbBefore)
	if end < 0 || p.b-p.a == 1 && f.recognised(p.a, p.b) == Person {
		return false
	}
	f.add(p.a, end, Other, true)
	return true
}

// cuedProductEnd returns where the product that a cue before it (cued:
// a verb of use, a thing made for it) names at p ends, with its model and
// version ("Varrowex 4.2"), or -1 where p names none: a phrase of more
// than three words, on a line in title case, that goes on with a noun in
// lower case, a possessive or a hyphen (its maker, the object's modifier),
// or that plausibleUsedProduct leaves to the other rules.
func (f *finder) cuedProductEnd(p *phraseSpan, cued func(a int) bool) int {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || !cued(a) || f.titleCaseLine(a) {
		return -1
	}
	end := f.versionTail(f.modelTail(b))
	if next := f.word(end); isApostrophe(next) || next == "-" || f.lowerWord(end) && strings.HasPrefix(f.tags[end], "NN") && !prepositionsTaggedNouns[next] && !timeAdverbs[next] {
		return -1
	}
	if !f.plausibleUsedProduct(a, b) {
		return -1
	}
	return end
}

// timeAdverbs are words of time the tagger may read as nouns after a name
// ("upgrade to Varrowex today"): no object the name modifies.
var timeAdverbs = setOf("today", "tonight", "yesterday", "tomorrow", "now", "instead", "anymore", "again", "daily")

// productIsKindNouns are the words for a kind of product that, after "is
// a" or in an apposition led by "a" ("Varrowex is a browser", "Quillmail,
// a messaging app,"), make the name a product. Words that news says of a
// company or a platform as often are none ("platform", "service",
// "network", "engine", "system"), nor are words said of people ("model",
// "tool", "product", "treatment").
var productIsKindNouns = func() map[string]bool {
	m := map[string]bool{}
	for w := range productKindNouns {
		m[w] = true
	}
	for _, w := range []string{"platform", "service", "engine", "system", "model", "tool", "product", "treatment", "index", "robot", "computer"} {
		delete(m, w)
	}
	return m
}()

// productIsKind: a name followed by "is a" or ", a" and a noun phrase whose
// head is a word for a kind of product ("Varrowex is a free browser",
// "Quillmail, a messaging app for teams,") is that product (other). The
// noun must end its phrase ("an app developer" names a person or a firm),
// with only lower-case words, numbers and hyphens between. A name the other
// rules know (plausibleUsedProduct) is left to them.
func productIsKind(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 4 {
		return false
	}
	end := f.versionTail(f.modelTail(b))
	k, ok := f.indefiniteAfter(end)
	if !ok {
		return false
	}
	if !f.productKindEndsAt(k) || !f.plausibleUsedProduct(a, b) || f.titleCaseLine(a) {
		return false
	}
	if b-a == 1 && f.toks[a].sentStart && isEnglishWord(f.word(a)) {
		return false // "Later, a phone call ..."
	}
	f.add(a, end, Other, true)
	return true
}

// productKindEndsAt reports whether the noun phrase from toks[k] ends in a
// word of productIsKindNouns within five words, with only lower-case
// words, numbers and hyphens before it, and nothing after it that
// continues the noun ("an app developer", "a browser's").
func (f *finder) productKindEndsAt(k int) bool {
	for n := 0; n < 5 && k < len(f.toks) && !f.toks[k].sentStart; n++ {
		w := f.word(k)
		switch {
		case f.lowerWord(k) && productIsKindNouns[w]:
			next := k + 1
			return !(f.lowerWord(next) && strings.HasPrefix(f.tags[next], "NN") && !prepositionsTaggedNouns[f.word(next)] ||
				f.word(next) == "-" || f.word(next) == "/" || isApostrophe(f.word(next)))
		case f.lowerWord(k) && !stopwords[w] && !clauseWords[w], w == "-", isNumber(w):
		default:
			return false
		}
		k++
	}
	return false
}

// versionTail returns b+1 where toks[b] is a version's number of two or
// three parts right after the name ("Varrowex 4.2", "Quillix 10.15.1"),
// which modelTail does not read; else b.
func (f *finder) versionTail(b int) int {
	if b < 1 || b >= len(f.toks) || f.toks[b].start != f.toks[b-1].end+1 || f.lineBreakBefore(b) {
		return b
	}
	parts := strings.Split(f.toks[b].text, ".")
	if len(parts) < 2 || len(parts) > 3 {
		return b
	}
	for _, p := range parts {
		if !isNumber(p) || len(p) > 3 {
			return b
		}
	}
	return b + 1
}

// ruleProductBeforeUseNoun is the name of productBeforeUseNoun.
const ruleProductBeforeUseNoun = "a product before a word for its use"

// softwareUseNouns, right after a name, are what a program, an app or a
// service has or makes and no company or person does: its settings, its
// updates, its calls ("Quillmail settings", "the ZorbTime update",
// "during ZorbTime calls"); and the forms a drug is taken in.
var softwareUseNouns = setOf("settings", "update", "updates", "beta", "betas", "interface", "menu", "menus", "toolbar",
	"plugin", "plugins", "plug-in", "plug-ins", "extension", "extensions", "calls", "feature", "features", "installer",
	"download", "downloads",
	// A drug's forms and amounts ("Varrowex pills", "Quillex
	// prescriptions"), and the forms a drug is put on or into the body in
	// ("a Varrowex strip", "Quillex patches", "a Zorbex inhaler"; ner20q).
	"pill", "pills", "tablets", "capsules", "prescriptions", "doses", "dosage",
	"strip", "strips", "patch", "patches", "injection", "injections", "inhaler", "inhalers", "lozenges")

// oneOfManyNouns are the use nouns a place's name stands before as well
// ("the Quux strip", "the Quux patch" of a field or a beat): they
// make a product of the name only after "a" or "an", one of many made.
var oneOfManyNouns = setOf("strip", "patch")

// indefiniteArticles are "a" and "an".
var indefiniteArticles = setOf("a", "an")

// softwarePossessiveNouns are the softwareUseNouns read after a name's
// possessive too ("ZorbTime's settings"): "Brelco's update" and "Brelco's
// features" are a company's as often.
var softwarePossessiveNouns = setOf("settings", "interface", "menu", "menus", "toolbar", "beta")

// productBeforeUseNoun: a name right before a word for what a program or a
// service has or makes (softwareUseNouns: "the Quillmail update", "during
// ZorbTime calls"), or before its possessive and a word for its settings
// (softwarePossessiveNouns: "ZorbTime's settings"), is that product
// (other). The noun must be a noun there ("Brelco calls for", a verb, is
// not) and end its phrase ("the Quillmail update server" is read as well,
// the name still its thing). A name the other rules know, a person, a
// given name or a common word (plausibleUsedProduct) is left to them.
func productBeforeUseNoun(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 {
		return false
	}
	end := f.versionTail(f.modelTail(b))
	k := end
	possessive := possessiveAt(f.toks, k)
	if possessive {
		k += 2
	}
	w := f.word(k)
	if !f.lowerWord(k) || !strings.HasPrefix(f.tags[k], "NN") || possessive && !softwarePossessiveNouns[w] || !possessive && !softwareUseNouns[w] {
		return false
	}
	if oneOfManyNouns[w] && !possessive && !indefiniteArticles[strings.ToLower(f.word(a-1))] {
		return false // "the Vegas strip" is a place's; "a Varrowex strip" one of a drug's
	}
	if !f.plausibleUsedProduct(a, b) || f.titleCaseLine(a) {
		return false
	}
	if b-a == 1 && (f.recognised(a, b) == Person || f.toks[a].sentStart && isEnglishWord(f.word(a)) || f.lowerWords[strings.ToLower(f.word(a))]) {
		return false // "Privacy settings": a word the text writes in lower case names a menu
	}
	f.add(a, end, Other, true)
	return true
}

// plausibleUsedProduct is plausibleNamedProduct for the rules of this
// file, where an earlier mention typed only by its form or a guess (camel
// case, an acronym, the recogniser's label: guessRules) does not count
// against the product: "during ZorbTime calls" made a company of
// "ZorbTime" by its camel case before "ZorbTime's settings" says what it
// is.
func (f *finder) plausibleUsedProduct(a, b int) bool {
	return f.plausibleProductBy(a, b, f.typedByContext) && !(b-a == 1 && isAcronymWord(f.word(a)))
}

// typedByContext is typedBefore leaving out the mentions guessRules
// typed.
func (f *finder) typedByContext(name string, typ EntityType) bool {
	return f.typedBeforeLeaving(name, typ, guessRules)
}

// ruleListedWithProduct is the name of the type coordinateWithProducts
// gives.
const ruleListedWithProduct = "listed with a product"

// coordinateWithProducts types as other a name that only a guess typed
// (the recogniser, camel case, an acronym, the lexicon: guessRules), or
// none, of three words or fewer, listed with a product that the words
// around it typed ("using Quillmail and ZorbKit", "Varrowex, Quillix or
// Zorbly"): a list joins things of one kind, as coordinateWithOrganizations
// reads for companies. A person named in full in the text, a title, a
// common word and a list that also holds a person are left alone.
func (f *finder) coordinateWithProducts() {
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ == Other || c.firm && !guessRules[c.rule] || c.words > 3 || c.typ == Person && (c.words > 1 || f.personNamed(c.name)) ||
			titles[c.name] || titleModifiers[c.name] || stopwords[c.name] || isBasicWord(c.name) || orgs.has(c.name) || inOrgLexicon(c.name) {
			continue
		}
		if f.listedWithPerson(i) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(f.cands) {
				continue
			}
			o := f.cands[j]
			if !o.firm || o.typ != Other || productGuessRules[o.rule] || o.rule == ruleProductOfMaker || o.rule == ruleProductAlone {
				continue // a product the text's companies only suggest
			}
			if j == i+1 && productKindWords[lastField(o.name)] {
				continue // "the Zorb and Quux Edition": one name
			}
			lo, hi := min(c.end, o.end), max(c.start, o.start)
			if lo > hi {
				continue
			}
			between := strings.TrimSpace(string(f.runes[lo:hi]))
			if between == "," && !f.commaListAround(min(c.start, o.start), max(c.end, o.end)) {
				continue
			}
			if between == "and" || between == "or" || between == "," || between == ", and" || between == ", or" {
				if f.startsLineOrSentence(c.start) {
					break // "Are Quillix and Quillix Pro safe?": a heading's words
				}
				c.typ, c.firm, c.surnameOnly, c.rule = Other, true, false, ruleListedWithProduct
				break
			}
		}
	}
}

// lastField returns the last word of name.
func lastField(name string) string {
	fields := strings.Fields(name)
	if len(fields) == 0 {
		return ""
	}
	return fields[len(fields)-1]
}

// startsLineOrSentence reports whether the token starting at rune start
// starts a sentence or a line.
func (f *finder) startsLineOrSentence(start int) bool {
	i := f.tokenAt(start)
	return i < len(f.toks) && f.toks[i].start == start && (f.toks[i].sentStart || f.lineBreakBefore(i))
}

// titleCaseLine reports whether toks[i] stands on a line written in title
// case, a heading or a list of links ("Easy Quux Recipe using Pork
// Belly"): four words or more, three in five of them capitalised. The
// words around a name there are no sentence's.
func (f *finder) titleCaseLine(i int) bool {
	a := i
	for a > 0 && !f.lineBreakBefore(a) {
		a--
	}
	words, upper := 0, 0
	for k := a; k < len(f.toks) && (k == a || !f.lineBreakBefore(k)); k++ {
		if t := f.toks[k]; t.word {
			words++
			if t.upper {
				upper++
			}
		}
	}
	return words >= 4 && upper*5 >= words*3
}
