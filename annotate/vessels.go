package annotate

import "strings"

// ruleVesselInApposition is the name of vesselsInApposition, for its
// confidence.
const ruleVesselInApposition = "a vessel named in an apposition"

// vesselNouns head an apposition that says a name is a ship's, a boat's,
// an aircraft's or a spacecraft's ("the Quillan Star, a 40-foot trawler";
// "the Brelford, one of four wooden schooners"), with their plurals for
// "one of". "carrier" is left out (an airline or a telephone company as
// often), and "jet", "cruiser" and "corvette" too (a company, a car).
var vesselNouns = setOf("ship", "ships", "boat", "boats", "vessel", "vessels", "schooner", "schooners", "yacht", "yachts",
	"ferry", "ferries", "trawler", "trawlers", "tanker", "tankers", "freighter", "freighters", "destroyer", "destroyers",
	"frigate", "frigates", "submarine", "submarines", "warship", "warships", "battleship", "battleships", "sailboat",
	"sailboats", "steamship", "steamships", "liner", "liners", "tugboat", "tugboats", "barge", "barges", "catamaran",
	"catamarans", "icebreaker", "icebreakers", "gunboat", "gunboats", "airship", "airships", "spacecraft", "spaceship",
	"spaceships", "airliner", "airliners", "jetliner", "jetliners", "aircraft", "plane", "planes", "helicopter",
	"helicopters", "sloop", "sloops", "ketch", "galleon", "galleons", "dredger", "cutter", "cutters", "seiner", "seiners",
	"longliner", "longliners", "dhow", "junk")

// vesselsInApposition types a name followed by an apposition whose head is
// a word for a ship, a boat or an aircraft as other, as the guidelines do
// ("a warship is other, as a boat is": "USS Sampson", "Polaris"): "the
// Quillan Star, a 40-foot trawler", "the Brelford, one of four
// century-old wooden schooners". The apposition starts with "the", "a",
// "an" or "one of", runs over modifiers (at most six: words in lower case,
// capitalised words, numbers and hyphens) and ends at the noun, which must
// end its noun phrase ("Quuxair, the plane maker" names a company). A
// place, a town, a person's full name, a company of the lexicon, a word
// of time or a title is left to the other rules, and so is a given name
// or a dictionary word alone unless "the" stands before it ("the
// Endeavour, a research vessel").
func (f *finder) vesselsInApposition(covered map[int]bool) {
	f.namesInApposition(covered, appositionRule{
		longest: 4, opening: vesselOpening, heads: vesselNouns, theInside: true,
		name: (*finder).vesselName, typ: Other, rule: ruleVesselInApposition,
	})
}

// vesselOpening returns where the modifiers of an apposition that may name
// a vessel start after its opening at toks[k] ("the", "a", "an", "one
// of"), or -1.
func vesselOpening(f *finder, k int) int {
	switch {
	case f.word(k) == "the" || f.word(k) == "a" || f.word(k) == "an":
		return k + 1
	case f.word(k) == "one" && f.word(k+1) == "of":
		return k + 2
	}
	return -1
}

// vesselName reports whether toks[a:b] may name a vessel: no place, town,
// nationality, no word of time or title, and a town, a company of the
// lexicon, a person's full name, a given name or a dictionary word alone
// only after "the" ("the Quill Star", "the Endeavour", "the Polaris":
// ships are named so, and "the" before a town's or a company's name is
// rare).
func (f *finder) vesselName(a, b int) bool {
	name := f.text(a, b)
	afterThe := strings.ToLower(f.word(a-1)) == "the" && !f.toks[a].sentStart
	if places.has(name) || states.has(name) || demonyms.has(name) || (towns.has(name) || inOrgLexicon(name) || f.fullPersonName(a, b)) && !afterThe {
		return false
	}
	for _, tok := range f.toks[a:b] {
		if notNames[tok.text] || monthWords[tok.text] || titles[tok.text] {
			return false
		}
	}
	if b-a == 1 && (firstNames.has(name) || isEnglishWord(name) || isBasicWord(name)) {
		return afterThe
	}
	return true
}
