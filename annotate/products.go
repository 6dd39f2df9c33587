package annotate

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
var productCueNouns = setOf("app", "apps", "browser", "browsers", "platform", "software", "headset", "headsets",
	"tablet", "tablets", "laptop", "laptops", "smartwatch", "earbuds", "crossover", "crossovers", "hatchback",
	"hatchbacks", "pickup", "pickups", "minivan", "minivans", "coupe", "coupes", "convertible", "roadster", "wagon",
	"vaccine", "vaccines", "handset", "handsets", "chipset", "processor", "processors", "camera", "cameras",
	"speaker", "speakers", "e-reader", "console", "consoles", "smartphones", "phones", "sedans", "trucks")

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
	if orgs.has(name) || places.has(name) || states.has(name) || demonyms.has(name) || f.surnameSoFar(name) ||
		f.typedBefore(name, Person) || f.typedBefore(name, Organization) || f.typedBefore(name, Place) || f.isOrganization(p.a, p.b) ||
		f.toks[p.a].sentStart && p.b-p.a == 1 {
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
