package annotate

import "strings"

// Issue 16's sixteenth round, second wave (branch ner21c): companies and
// outlets named alone, with no cue word of their own ("Quillex",
// "Brelmo Insider"), by what the words after or before one mention say
// only a business or a news outlet does. The rules run with the context
// rules of corporate.go, before the rules that settle a lone word as a
// place nobody lists, a person led by a common word or the recogniser's
// person, so that these read the cue first; and they are context rules
// (contextRules), so that the name's other mentions follow.

const (
	ruleCompanyAnnounces = "a company by what it announces or ships"
	ruleOutletOfDocument = "an outlet a document was seen by"
)

// companyByItsAnnouncement: "Quillex announced", "Another, Zorbly,
// unveiled", "Later this year Brelm will start shipping": a name that
// announces, unveils or launches, or that ships or sells what it makes,
// is a company. People announce things too, so a person named in full or
// by a surname the text gave, a given name, a place, a nationality and an
// English word starting a sentence are left to their rules (mayNameCompany).
func companyByItsAnnouncement(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 2 || f.toks[a].allCaps || f.word(a-1) == "and" && f.upperWord(a-2) {
		return false // "Customs and Border Protection announced": a longer name's part
	}
	k := b
	if f.word(k) == "," && f.word(a-1) == "," {
		k++ // "Another, Zorbly, announced": the name in apposition
	}
	if !f.lowerWord(k) {
		return false
	}
	announced, ships := f.announces(k)
	if !announced && !ships {
		return false
	}
	if announced && b-a == 1 && entityType(f.labels[a]) == Person {
		// A surname alone announces as often as a company ("Rivlin
		// launches a campaign", a headline): the recogniser's person is
		// left to its rules; a company ships.
		return false
	}
	if !f.mayNameCompany(a, b) && !(ships && f.onlyTown(a, b)) {
		// A town of the gazetteer's small ones may be a company's name
		// ("Seagate will start shipping"): no town ships its products.
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// announces reports whether the words from k say that a company makes a
// product public ("announced", "unveiled", "launched") or that it starts
// to trade in one ("will start shipping", "began selling": ships).
func (f *finder) announces(k int) (announced, ships bool) {
	w := f.word(k)
	if announceVerbs[w] {
		// "announced that", "announced a", "announced on Monday": any
		// object or time; not "announced." alone, nor a passive.
		next := f.word(k + 1)
		return next != "." && next != "by", false
	}
	if w == "will" || w == "to" {
		k++ // "will start shipping", "plans to begin selling"
		w = f.word(k)
	}
	return false, startVerbs[w] && shipVerbs[f.word(k+1)]
}

// onlyTown reports whether toks[a:b] is barred from a company's name only
// by the gazetteer's towns: no well-known place, state, person, given
// name or common word.
func (f *finder) onlyTown(a, b int) bool {
	name := f.text(a, b)
	return towns.has(name) && !places.has(name) && !states.has(name) && !demonyms.has(name) && !f.surnameSoFar(name) &&
		!f.fullPersonName(a, b) && !(b-a == 1 && firstNames.has(name)) && !f.isCommonWord(name) && !f.toks[a].sentStart
}

var (
	// announceVerbs say, after a name, that it made a product public; a
	// headline's present ("Quillby launches a campaign") names people as often.
	announceVerbs = setOf("announced", "unveiled", "launched")
	// startVerbs come before the verb of a business's trade.
	startVerbs = setOf("start", "begin", "started", "began", "starts", "begins")
	// shipVerbs are what a business starts doing with a product.
	shipVerbs = setOf("shipping", "selling", "offering", "producing", "manufacturing")
)

// outletOfDocument: "a transcript reviewed by Brelmo Insider", "emails
// seen by Quux", "documents obtained by the Zorbly Times": the name a
// document was shown to is a news outlet. A person named in full, a given
// name, a place and a nationality are left alone (mayNameCompany).
func outletOfDocument(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 {
		return false
	}
	k := f.cueBefore(a)
	if f.word(k) != "by" || !documentVerbs[f.word(k-1)] || !f.mayNameCompany(a, b) {
		return false
	}
	found := false
	for j := k - 2; j >= k-5 && j >= 0; j-- {
		w := f.word(j)
		if w == "," {
			continue // "the emails, seen by Quux,"
		}
		if documentNouns[strings.ToLower(w)] && (f.lowerWord(j) || f.toks[j].sentStart) {
			found = true // "Documents obtained by"
			break
		}
		if !f.lowerWord(j) {
			break
		}
	}
	if !found {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

var (
	// documentVerbs come before "by" and the outlet a document was shown to.
	documentVerbs = setOf("reviewed", "seen", "obtained", "viewed")
	// documentNouns are what an outlet reviews, sees or obtains.
	documentNouns = setOf("transcript", "transcripts", "document", "documents", "memo", "memos", "email", "emails",
		"letter", "letters", "copy", "records", "filing", "filings", "recording", "recordings", "draft", "messages",
		"report", "footage", "video", "audio", "texts", "minutes", "contract", "complaint", "lawsuit", "notes")
)
