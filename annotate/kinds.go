package annotate

import "strings"

// kindInApposition: a name followed by what it is, in an apposition or
// after "is a", whose head is a word for a kind of business or a place
// ("Quillan Suisan, a kamaboko store in Brelford", "Varrow is a fish cake
// factory", "Nam Quux, a destination resort amidst ...") is that business
// (an organisation) or that place, whatever its words look like: shops and
// resorts are often named like people. The noun must end its noun phrase
// ("a store owner", "a city councillor" name a person), with an article
// first and only lower-case words, numbers, hyphens and slashes between.
// A name in brackets after another is read with its bracket ("出塚 (Quillan
// Suisan), a store").
func kindInApposition(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 4 {
		return false
	}
	typ, ok := f.kindAfterName(a, b)
	if !ok {
		typ, ok = f.kindBeforeName(a, b)
	}
	if !ok {
		return false
	}
	f.add(a, b, typ, true)
	return true
}

// indefiniteAfter returns where the noun phrase of an apposition or a
// predicate led by an indefinite article at toks[k] starts (", a", ", an",
// "is a", "was an": "Brelco, an electronics maker", "Varrowex is a
// browser"), and whether one stands there.
func (f *finder) indefiniteAfter(k int) (int, bool) {
	if w := f.word(k); (w == "," || w == "is" || w == "was") && (f.word(k+1) == "a" || f.word(k+1) == "an") {
		return k + 2, true
	}
	return k, false
}

// kindAfterName returns the type a noun phrase of a kind of business or
// place after toks[b] gives the name toks[a:b] before it
// (kindInApposition). A trade a person can follow (personTrades) makes
// no organisation of a person's name: a full name, or one word the
// recogniser reads as a person's ("Ann Yeo, a jewellery maker,"); but
// "Brelco, an electronics maker" is a firm.
func (f *finder) kindAfterName(a, b int) (EntityType, bool) {
	k := b
	if f.word(k) == ")" && f.word(k+1) == "," {
		k++
	}
	k, ok := f.indefiniteAfter(k)
	if !ok {
		return "", false
	}
	for n := 0; n < 5 && k < len(f.toks) && !f.toks[k].sentStart; n++ {
		w := f.word(k)
		typ, kind := businessKindNouns[w], stayKindNouns[w]
		switch {
		case f.lowerWord(k) && (typ || kind) && f.word(k+1) != "/":
			next := k + 1
			if f.lowerWord(next) && strings.HasPrefix(f.tags[next], "NN") && !prepositionsTaggedNouns[f.word(next)] || f.word(next) == "-" || isApostrophe(f.word(next)) {
				return "", false // "a store owner", "a resort's"
			}
			if typ && personTrades[w] && (f.fullPersonName(a, b) || b-a == 1 && entityType(f.labels[a]) == Person) {
				return "", false
			}
			if typ {
				return Organization, true
			}
			return Place, true
		case f.lowerWord(k) && !stopwords[w] && !clauseWords[w], w == "-", w == "/", isNumber(w):
		default:
			return "", false
		}
		k++
	}
	return "", false
}

// kindBeforeName returns the type a noun phrase of a kind of business or
// place before toks[a:b], set off by commas with it, gives the name ("the
// all-day restaurant, Quux Reflection, offers"; "a small island, Varrow,").
// A person's full name there is a person's ("its biggest supplier, Ann
// Quillan,"): a word for a business may be said of one.
func (f *finder) kindBeforeName(a, b int) (EntityType, bool) {
	if a < 3 || f.word(a-1) != "," || f.word(b) != "," || !f.lowerWord(a-2) || !f.kindLeadBefore(a-2) || f.fullPersonName(a, b) {
		return "", false
	}
	switch w := f.word(a - 2); {
	case businessKindNouns[w]:
		return Organization, true
	case stayKindNouns[w]:
		return Place, true
	}
	return "", false
}

// businessKindNouns are words for a kind of business, the head of an
// apposition that makes the name before it an organisation.
var businessKindNouns = setOf("store", "shop", "factory", "bakery", "brewery", "distillery", "winery", "retailer",
	"supermarket", "chain", "maker", "manufacturer", "company", "firm", "startup", "supplier",
	"wholesaler", "exporter", "importer", "carmaker", "automaker", "airline", "bank", "insurer")

// personTrades are the businessKindNouns a person may be as well as a
// firm ("a furniture maker", "a retailer for 30 years").
var personTrades = setOf("maker", "manufacturer", "retailer", "supplier", "wholesaler", "exporter", "importer")

// stayKindNouns are words for a kind of place, the head of an apposition
// that makes the name a place: places to stay and eat, and settlements.
var stayKindNouns = setOf("resort", "hotel", "restaurant", "motel", "inn", "spa", "casino", "island", "village", "town",
	"city", "suburb", "neighbourhood", "neighborhood")

// prepositionsTaggedNouns are prepositions the tagger may read as nouns
// after a noun ("a resort amidst forests").
var prepositionsTaggedNouns = setOf("amid", "amidst", "among", "amongst", "near", "beside", "opposite", "overlooking")
