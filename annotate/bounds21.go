package annotate

// Rules of issue 16's sixteenth round on bounds (branch ner21b): a name
// suggested a word too long or too short costs a false suggestion and a
// missed mention at once. Each rule here fixes a class of such pairs seen
// on the study halves (TestEntityGoldStudyBoundaries) and read on
// unannotated news.

// ruleRegionByCompass names the places regionByCompass adds.
const ruleRegionByCompass = "a region by a point of the compass"

// regionByCompass: "the Northern Pacific", "West Antarctica", "Northern
// California": a point of the compass capitalised before a place of the
// gazetteer names a part of it, one place with the word, as the guidelines
// annotate "Eastern Europe" and "North Africa". Without it "Northern" is
// cut off as a nationality ("Pacific" alone) and "West Antarctica" is left
// to the recogniser (an organisation). The rest must be the place and
// nothing more ("Western Digital", "West Ham", "North Face" name no
// place after the word); an organisation of the lexicon written so keeps
// its type. A sports report is left to the team rules, where such a name
// is most often a college's team ("Eastern Michigan rolled past Northern
// Illinois").
func regionByCompass(f *finder, p *phraseSpan) bool {
	t := f.toks
	if f.sports || p.b-p.a < 2 || !regionCompassWords[t[p.a].text] {
		return false
	}
	for i := p.a + 1; i < p.b; i++ {
		if !t[i].word || !t[i].upper || t[i].allCaps {
			return false
		}
	}
	whole := f.text(p.a, p.b)
	if orgs.has(whole) || inOrgLexicon(whole) || !places.has(f.text(p.a+1, p.b)) {
		return false
	}
	f.add(p.a, p.b, Place, true)
	return true
}

// theVenue reports whether the place toks[a:b] is a building or venue's
// name, which a "The" capitalised inside a sentence belongs to ("at The
// Quillan Hotel", "@ The Varrow Forum"), as it does to an organisation's
// (finder.add): no place or town of the gazetteer ("The Netherlands",
// "the Bronx" written "The Bronx" in a title are its name without it).
func theVenue(f *finder, a, b int) bool {
	name := f.text(a, b)
	return !places.has(name) && !towns.has(name) && !states.has(name)
}
