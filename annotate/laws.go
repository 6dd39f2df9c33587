package annotate

// lawWithBodyOrYear: a law's name that holds an organisation's word
// ("the Quillan Holding Company Act", "the Brelford Reserve Bank Act") is
// the law, not the body it is named after, and the year of a law written
// after its name is part of the name ("the Zorbly Trade Act of 1962"),
// which is other. The rule runs before the splits at an organisation's
// word, which would take the body out of the law.
func lawWithBodyOrYear(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || !lawYearWords[f.toks[b-1].text] || f.toks[a].allCaps {
		return false
	}
	withYear := f.word(b) == "of" && isYear(f.word(b+1)) && f.toks[b+1].start == f.toks[b].end+1
	body := false
	for k := a; k < b-1; k++ {
		if orgLastWords[f.toks[k].text] || orgFirstWords[f.toks[k].text] {
			body = true
		}
	}
	if !withYear && !body {
		return false
	}
	start, ok := lawInItsContext(f, a, b)
	if !ok {
		return false
	}
	if withYear {
		b += 2
	}
	f.add(start, b, Other, true)
	return true
}

// lawYearWords end the names of laws written with their year or named
// after a body: acts, codes and statutes.
var lawYearWords = setOf("Act", "Code", "Statute")
