package annotate

// This file (issue 16, seventeenth round, branch ner22w) types other
// things, works and events by classes a reader knows them by:
//
//   - a flight named by "Flight" and its number, with the airline written
//     as one name before it ("Quillan Airways Flight 714"), as the
//     guidelines have "Flight QZ8501" and "Malaysia Airlines Flight MH17".

// The rules of this file, by name, for their confidence.
const (
	ruleFlightNumber = "a flight by Flight and its number"
	maxAirlineWords  = 3
)

// flightByNumber: a phrase ending in "Flight" right before a number or a
// flight's code ("Flight 714", "Flight QX17") in a text about flights
// (aboutFlights) is the flight, other, number included, with the words
// before "Flight" when they are one name (the airline: "Quillan Airways
// Flight 714"), as the guidelines read "Malaysia Airlines Flight MH17";
// an airline written with a possessive ("Quillan Air's Flight 714") is
// typed as a phrase of its own and the flight is "Flight 714". The number
// must stand alone: not a range, a time, a decimal, a share or a count
// ("Flight 3-4", "Flight 12 hours"); a number of four digits after "Flight" is
// no year ("Flight 1549").
func flightByNumber(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 1 {
		return false
	}
	// The code may be a word of the phrase ("Flight QX17") or the number
	// after it ("Flight 714").
	k, end := b-1, b+1
	if b-a >= 2 && f.toks[b-2].text == "Flight" && flightCode(f.toks[b-1].text) {
		k, end = b-2, b
	}
	if f.toks[k].text != "Flight" || end > len(f.toks) || f.toks[k+1].start != f.toks[k].end+1 {
		return false
	}
	num := f.toks[k+1].text
	if !(isNumber(num) && len(num) <= 5 || flightCode(num)) {
		return false
	}
	if next := f.word(end); next == "-" || next == "–" || next == "%" || (next == ":" || next == "." || next == ",") && isNumber(f.word(end+1)) {
		return false
	}
	if f.countAfter(end-1) || !f.aboutFlights() {
		return false
	}
	start, owner := a, -1
	for j := k - 2; j > a; j-- {
		if possessiveAt(f.toks, j) {
			start, owner = j+2, j // "Quillan Air's Flight 714": the airline apart
			break
		}
	}
	if k-start > maxAirlineWords {
		return false
	}
	for i := start; i < k; i++ {
		if !f.upperWord(i) && !isAcronym(f.toks[i]) {
			return false // a lead is capitalised words
		}
	}
	if owner > 0 {
		f.phrase(a, owner, false)
	}
	f.add(start, end, Other, true)
	return true
}
