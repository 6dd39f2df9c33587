package annotate

import "strings"

// campusAfterAt: "the University of Illinois at Chicago", "University of
// Quillan at Brelford", "California State University at Long Beach": a
// town after "at" right after a university named after a state or region
// (universityOfSeat) is its campus, part of its name,
// as a campus after a comma is (campusOfUniversity). A town of two parts
// joined by a hyphen is one campus ("at Urbana-Champaign"). Something said
// to happen at a place after the university is left alone: the campus ends
// the phrase (no capitalised word or "of" goes on on its line), and no verb stands
// between ("studied at the University of Quillan at night" has no town).
func campusAfterAt(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || a < 2 || f.word(a-1) != "at" || len(f.cands) == 0 || !campusTown(f.text(a, b)) {
		return false
	}
	last := &f.cands[len(f.cands)-1]
	if last.end != f.toks[a-2].end || last.typ != Organization || !universityOfSeat(last.name) {
		return false
	}
	if b < len(f.toks) && !f.lineBreakBefore(b) && (f.toks[b].upper || f.word(b) == "of") {
		return false
	}
	last.end = f.toks[b-1].end
	last.name = string(f.runes[last.start:last.end])
	last.words += b - a + 1
	f.named[last.name] = true
	return true
}

// universityOfSeat reports whether name is a university named after a
// state or region, which has campuses: "University of" and the place
// ("University of Illinois"), or the place, maybe "State", and
// "University" ("California State University", "Quillan State University"
// after a place of the gazetteer; ner21b, seen on a study half).
func universityOfSeat(name string) bool {
	if seat, ok := strings.CutPrefix(name, "University of "); ok {
		return places.has(seat) || towns.has(seat)
	}
	seat, ok := strings.CutSuffix(name, " University")
	if !ok {
		return false
	}
	seat = strings.TrimSuffix(seat, " State")
	return places.has(seat) || states.has(seat)
}

// campusTown reports whether name is a town, or two towns joined by a
// hyphen ("Urbana-Champaign").
func campusTown(name string) bool {
	if places.has(name) || towns.has(name) {
		return true
	}
	first, second, ok := strings.Cut(name, "-")
	return ok && towns.has(first) && towns.has(second)
}
