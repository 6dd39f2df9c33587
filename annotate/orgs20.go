package annotate

import "strings"

// Rules of issue 16's fifteenth round on organisations (branch ner20o),
// each a class seen on more than one page of the study halves FA and GA
// (and half A of the tune part), kept only where FB, GB and half B did not
// drop.

// facilityBeforeBuildingNoun: a name before the lower-case word
// "hospital" or "building" names the place, a facility, as the gold set's
// guidelines type named buildings ("treated at the Quillfree hospital",
// "the National Zorbly building"), also where its words would make it an
// organisation ("Assembly"). After "a" or "an" the name is the owner of
// one of its buildings ("a Zorbly hospital"); a noun the tagger reads as
// a verb ("Quillan building a wall") is none, nor is a style ("a Spanish
// Renaissance-style building").
func facilityBeforeBuildingNoun(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || !f.lowerWord(p.b) || !buildingNouns[t[p.b].text] || f.tags[p.b] != "NN" {
		return false
	}
	if w := f.word(p.a - 1); w == "a" || w == "an" || f.fullPersonName(p.a, p.b) || demonyms.has(f.word(p.a)) {
		return false
	}
	for k := p.a; k < p.b; k++ {
		if isApostrophe(f.toks[k].text) {
			return false // "Quillan’s Supreme Court building": split at the possessive first
		}
	}
	if last := f.word(p.b - 1); strings.Contains(last, "-") && !startsUpper(last[strings.LastIndex(last, "-")+1:]) {
		return false // "the Quillish Renaissance-style building": a style
	}
	f.add(p.a, p.b, Place, true)
	return true
}

// buildingNouns follow a facility's name in lower case.
var buildingNouns = setOf("hospital", "building")

// The names of this round's rules.
const (
	ruleFacilityBuilding = "a facility before a building's noun"
)
