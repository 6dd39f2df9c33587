package annotate

import "strings"

// This file (issue 16, seventeenth round, branch ner22w) types other
// things, works and events by classes a reader knows them by:
//
//   - a flight named by "Flight" and its number, with the airline written
//     as one name before it ("Quillan Airways Flight 714"), as the
//     guidelines have "Flight QZ8501" and "Malaysia Airlines Flight MH17";
//   - a ship named after the prefix of its navy or its kind ("USS Quillan",
//     "HMS Varrow"), as the guidelines have "USS Sampson";
//   - a bill named by its last word ("the Online Quux Bill", "House Bill
//     12"), as the guidelines have "Data Retention Bill";
//   - a treaty or an accord by its last word ("the Quillan Accords"), other
//     as the guidelines read "Paris Agreement", where eventLastWords, tried
//     first, made it an event;
//   - no thing in a rank by its number ("debuted at No. 1", "the No. 3
//     seed"), which "a name and its number" read as a product's model.

// The rules of this file, by name, for their confidence.
const (
	ruleFlightNumber = "a flight by Flight and its number"
	ruleShipPrefix   = "a ship after its prefix"
	ruleBillLastWord = "a bill by its last word"
	ruleRankNumber   = "a rank by No. and its number"
	ruleTreaty       = "a treaty by its last word"
	maxShipWords     = 5
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

// shipPrefixes are the prefixes navies and merchant fleets write before a
// ship's name: the United States' (USS, USNS, USCGC), the Royal Navy's and
// the Commonwealth's (HMS, HMAS, HMCS, HMNZS), a royal mail ship (RMS) and
// a motor vessel (MV). Prefixes that name other things in news are left
// out: "SS" (a Nazi body), "MS" (a disease, a company), "INS" (an agency),
// "RV" (a vehicle).
var shipPrefixes = setOf("USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "RMS", "MV")

// shipAfterPrefix: a phrase led by a ship's prefix (shipPrefixes) and one
// to four capitalised words, initials or a number ("USS Quillan", "HMS
// Varrow", "USS Ann B. Quill", "RMS Quux Star 2") is the ship, other, as
// the guidelines have "USS Sampson" ("a warship is other, as a boat
// is"). A name that ends as a company's does ("RMS Quillan Inc."), and a
// prefix alone or in a line in capitals, are left to the other rules.
func shipAfterPrefix(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || b-a > maxShipWords || !shipPrefixes[f.toks[a].text] || !f.upperWord(a+1) || f.toks[a+1].allCaps {
		return false
	}
	if f.isOrganization(a, b) || legalForms[f.toks[b-1].text] || legalForms[strings.TrimSuffix(f.toks[b-1].text, ".")] {
		return false
	}
	f.add(a, b, Other, true)
	return true
}

// billSponsorWords say whose a bill is rather than name it ("the
// Government Bill", as "the British Bill" or "the Senate Bill").
var billSponsorWords = setOf("Government", "Coalition", "Opposition", "Labor", "Labour", "Tory", "Conservative", "Liberal",
	"Democratic", "Republican", "GOP", "Federal", "State", "Parliament")

// billChambers name a legislature's house before "Bill" and a number
// ("House Bill 12", "Senate Bill 827", "Assembly Bill 5").
var billChambers = setOf("House", "Senate", "Assembly")

// billByLastWord: a phrase of two to six words ending in "Bill" after
// "the", a possessive or a word of a bill's passage ("passed", "backs"),
// whose other words are no title, place, nationality, chamber or
// government (billSponsorWords) or organisation of the lexicon
// ("the Online Quux Bill", "the Quillan Safety Bill"; a bill may bear its
// sponsor's name), is the bill, other, as
// the guidelines have "Data Retention Bill"; and a chamber's word,
// "Bill" and a number ("House Bill 12") is one too. "Bill" alone ends a
// person's nickname without "the" ("Buffalo Bill"), and starts a
// person's name ("Bill Quill"); "the Bill" alone is no name.
func billByLastWord(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 {
		return false
	}
	if b-a == 2 && billChambers[f.toks[a].text] && f.toks[a+1].text == "Bill" && b < len(f.toks) && isNumber(f.toks[b].text) &&
		f.toks[b].start == f.toks[b-1].end+1 {
		f.add(a, b+1, Other, true)
		return true
	}
	if f.toks[b-1].text != "Bill" || b-a > 6 || f.upperWord(b) {
		return false
	}
	lead := strings.ToLower(f.word(a - 1))
	if !(lead == "the" || possessivePronouns[lead] || f.word(a-1) == "s" && possessiveAt(f.toks, a-2)) {
		return false
	}
	name := f.text(a, b-1)
	if titles[f.toks[a].text] || places.has(name) || towns.has(name) || inOrgLexicon(name) || demonyms.has(name) || billChambers[name] ||
		chamberWords[name] || billSponsorWords[name] {
		return false
	}
	f.add(a, b, Other, true)
	return true
}

// rankByNumber: "No." right before a number ("debuted at No. 1",
// "the No. 3 seed", "ranked No. 12") is a rank, no name: settled with
// nothing, where "a name and its number" would read it as a model's name
// and number. "No 10" without its full stop, a seat of government in
// British news, is left to the other rules.
func rankByNumber(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || !f.rankAt(p.a) || f.toks[p.b].start != f.toks[p.a].end+1 {
		return false
	}
	return true // settled: nothing
}

// rankAt reports whether toks[i] is "No." before a number, a rank: the
// phrase rules settle it with nothing (rankByNumber), marketIndexes reads
// no index in it, and sportsTeam no team.
func (f *finder) rankAt(i int) bool {
	return i+1 < len(f.toks) && f.toks[i].text == "No." && isNumber(f.toks[i+1].text)
}

// lawByLastWord is the row of lastWordKinds that types a law or an award.
var lawByLastWord = lastWordRule("a law or award by its last word")

// treatyByLastWord: a name ending in a word of treatyWords is a treaty,
// other, as the guidelines read "Paris Agreement" and as lawAwardLastWords
// says, typed by that row's rule (lawInItsContext checks it) before "an
// event by its last word" makes it an event: treatyWords are in
// eventLastWords too, for the classifiers (lastword.go says why).
func treatyByLastWord(f *finder, p *phraseSpan) bool {
	if p.b-p.a < 2 || !treatyWords[f.toks[p.b-1].text] {
		return false
	}
	return lawByLastWord.apply(f, p)
}
