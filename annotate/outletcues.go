package annotate

// ruleOutletOfWriting is the name of outletsOfWriting, for its
// confidence.
const ruleOutletOfWriting = "the outlet a writer wrote in"

// writingPieces, before "in" and a name, are what a writer publishes in
// an outlet ("an op-ed in Quux", "her column in the Zorbly Times").
var writingPieces = setOf("op-ed", "oped", "column", "essay", "editorial", "commentary", "op-eds", "columns", "essays",
	"editorials", "guest-essay")

// writingVerbs, before "in" and a name, say a person wrote there ("she
// wrote in Quux"); "written in" is left out, as software is written in a
// language ("an app written in Swift").
var writingVerbs = setOf("wrote", "writes", "co-wrote")

// outletsOfWriting types the name a writer wrote in, or that ran an
// op-ed, column or essay, as the outlet, an organisation: "he wrote in
// Slate", "an op-ed in The Quux", "her column in the Zorbly Post". A
// name of one to four capitalised words inside the sentence; no date, no
// person, no language or people ("wrote in English"), and no place unless
// a capitalised "The" leads it, as outlets named after an ocean or a
// region are written ("wrote in The Atlantic"; "wrote in Paris" names
// where). After "wrote" one word alone is none ("wrote in Latin", "wrote
// in Python" name a language as often); after a piece it is ("an op-ed in
// Quux").
func (f *finder) outletsOfWriting(covered map[int]bool) {
	t := f.toks
	for i := 0; i+2 < len(t); i++ {
		if !f.lowerWord(i) || !writingVerbs[t[i].text] && !writingPieces[t[i].text] || f.word(i+1) != "in" {
			continue
		}
		k := i + 2
		if f.word(k) == "the" {
			k++
		}
		if k >= len(t) || covered[k] || !f.upperWord(k) || t[k].sentStart || f.lineBreakBefore(k) {
			continue
		}
		led := t[k].text == "The"
		a := k
		if led {
			a++
		}
		b := f.capitalRun(a)
		if b <= a || b-a > 4 {
			continue
		}
		name := f.text(a, b)
		if notNames[t[a].text] || monthWords[t[a].text] || titles[t[a].text] || demonyms.has(name) || f.fullPersonName(a, b) ||
			b-a == 1 && firstNames.has(name) || f.surnameSoFar(name) || isNumber(f.word(b)) {
			continue
		}
		if !led && (places.has(name) || towns.has(name) || states.has(name)) {
			continue
		}
		if writingVerbs[t[i].text] && !led && b-a == 1 {
			continue // "wrote in Latin", "wrote in Python": a language as often
		}
		f.addThing(a, b, Organization, ruleOutletOfWriting, covered)
	}
}
