package annotate

// ruleCourtCase names courtCases, for its confidence.
const ruleCourtCase = "a court case named by its parties"

// legalWords near "X v. Y" make it a court case, not a match ("England v
// Australia") or a comparison.
var legalWords = setOf("court", "courts", "case", "cases", "ruling", "rulings", "ruled", "decision", "decisions",
	"justices", "justice", "judge", "judges", "lawsuit", "suit", "precedent", "verdict", "appeal", "appeals",
	"plaintiff", "plaintiffs", "defendant", "overturn", "overturned", "landmark", "unconstitutional", "constitutional")

// courtCases types as other (a law, as the gold set's guidelines read a
// case) a court case named by its parties and "v." or "v" between them
// ("Quillby v. Burke", "Roe v Wade", "Brown v. Board of Education",
// "United States v. Zorbly Corp."), where a word of the law stands within
// forty words ("a series of Supreme Court decisions known as Quillby v.
// Burke"). Not on a sports page, where "England v Australia" is a match,
// nor where both parties are places or peoples.
func (f *finder) courtCases(covered map[int]bool) {
	t := f.toks
	if f.sports {
		return
	}
	for i := 1; i+1 < len(t); i++ {
		if t[i].text != "v" || !t[i].word || t[i-1].end+1 != t[i].start || !f.upperWord(i-1) {
			continue
		}
		r := i + 1
		if t[r].text == "." && t[r].start == t[i].end {
			r++
		}
		if r >= len(t) || !f.upperWord(r) || f.lineBreakBefore(r) {
			continue
		}
		b := r + 1
		for b < len(t) && !f.lineBreakBefore(b) {
			if f.upperWord(b) || t[b].text == "." && t[b].start == t[b-1].end && len([]rune(t[b-1].text)) <= 4 && b+1 < len(t) && f.upperWord(b+1) && !t[b+1].sentStart {
				b++ // "Zorbly Corp. Holdings", an abbreviation inside a party's name
				continue
			}
			if (t[b].text == "of" || t[b].text == "the" || t[b].text == "for") && f.upperWord(b+1) {
				b += 2 // "Board of Education"
				continue
			}
			break
		}
		a := i - 1
		for a > 0 && f.upperWord(a-1) && !f.lineBreakBefore(a) && !t[a].sentStart {
			a--
		}
		if t[a].sentStart && stopwords[t[a].text] && a+1 < i {
			a++ // "In Quillby v. Burke": the preposition starting the sentence
		}
		left, right := f.text(a, i), f.text(r, b)
		if f.placeOrPeople(left) && f.placeOrPeople(right) || !f.legalWordNear(i) {
			continue
		}
		f.addThing(a, b, Other, ruleCourtCase, covered)
		i = b
	}
}

// placeOrPeople reports whether name is a place, a state or a people
// ("England", "New Zealand", "Australians"): a team's name in a match.
func (f *finder) placeOrPeople(name string) bool {
	return places.has(name) || states.has(name) || demonyms.has(name) || towns.has(name)
}

// legalWordNear reports whether a word of the law (legalWords) stands
// within forty words of toks[i].
func (f *finder) legalWordNear(i int) bool {
	for k := max(0, i-40); k < len(f.toks) && k <= i+40; k++ {
		if legalWords[f.word(k)] || f.toks[k].text == "Court" {
			return true
		}
	}
	return false
}
