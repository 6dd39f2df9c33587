package annotate

import "strings"

// The rules in this file type a company named alone, with no cue word in
// its name ("Stripe", "Palantir"), by what the words around it say a
// company does and no person or place does: its ticker, a deal it is in
// ("acquired Quux", "the takeover of Zorbly", "Quux agreed to buy"), its
// founding ("co-founded Zorbly", "Quux was founded in"), its money ("Quux
// raised $40 million in a funding round", "valued at $3 billion") and what
// only a business owns ("Quux's chief executive", "Zorbly's shares"). A
// person named in full or by a surname the text gave, a given name and a
// place of the gazetteer are left to their rules.

const (
	ruleTickerCompany    = "a company before its ticker"
	ruleDealCompany      = "a company by a deal or its founding"
	rulePossessiveHolder = "a company by what it owns"
	ruleOutletOfWriter   = "an outlet a journalist works for"
)

// companyBeforeTicker: "Zorblax (NASDAQ: ZRBX)", "Quux Ltd (LSE: QX)": a
// name before an exchange's ticker in brackets is the listed company.
func companyBeforeTicker(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || f.word(b) != "(" || !stockExchanges[strings.ToUpper(f.word(b+1))] {
		return false
	}
	if k := b + 2; f.word(k) != ":" && !(f.upperWord(k) && f.word(k+1) == ":") {
		return false // "NYSE American: QX" is one exchange of two words
	}
	if !f.mayNameCompany(a, b) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// stockExchanges are the exchanges a ticker in brackets is written with,
// in capitals.
var stockExchanges = setOf("NASDAQ", "NYSE", "AMEX", "LSE", "TSX", "TSXV", "ASX", "OTC", "OTCQX", "OTCQB", "HKEX", "SGX",
	"NSE", "BSE", "TSE", "CSE", "FRA", "ETR", "XETRA", "EURONEXT", "SIX", "JSE", "KRX", "TWSE", "NZX", "AIM", "ARCA")

// mayNameCompany reports whether toks[a:b] may be a company's name: no
// person's (named in full, a surname the text gave, a given name alone),
// no place of the gazetteer, no people, no belief and no common word.
func (f *finder) mayNameCompany(a, b int) bool {
	name := f.text(a, b)
	if b-a == 1 && f.toks[a].sentStart && isEnglishWord(name) {
		return false // "Where's", "Unlike"
	}
	return !places.has(name) && !towns.has(name) && !states.has(name) && !demonyms.has(name) && !isBelief(name) && !f.surnameSoFar(name) &&
		!f.fullPersonName(a, b) && !(b-a == 1 && firstNames.has(name)) && !titles[f.toks[a].text] && !f.isCommonWord(name)
}

// isBelief reports whether name is one word naming a religion, a
// doctrine or a movement, which is founded, has founders and gains
// followers as a company does ("Buddhism's founder", "Christianity was
// founded in"): a word in -ism, or one of the religions named otherwise.
func isBelief(name string) bool {
	return !strings.Contains(name, " ") && (strings.HasSuffix(name, "ism") || beliefs[name])
}

// beliefs are the religions whose names do not end in -ism.
var beliefs = setOf("Christianity", "Islam", "Orthodoxy", "Shinto", "Wicca", "Scientology")

// companyOfDeal: a name in a deal or a founding is a company: the object
// of an acquisition ("acquired Zorbly", "the takeover of Quux", "a merger
// with Zorbly"), its subject ("Quux acquired", "Zorbly agreed to buy"),
// what someone founds ("co-founded Quux", "Zorbly was founded in",
// "Zorbly, founded in 2012,"), what raises money in a round or is valued
// ("Quux raised $40 million in a Series B round", "Zorbly is valued at
// $3 billion") and whose spokesperson speaks ("a spokeswoman for Quux").
func companyOfDeal(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || !f.dealBefore(a) && !f.dealAfter(b) || !f.mayNameCompany(a, b) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// dealBefore reports whether the words before toks[a] make it the object
// of a deal or a founding.
func (f *finder) dealBefore(a int) bool {
	k := a - 1
	if f.word(k) == "the" || f.word(k) == "The" {
		k--
	}
	w := f.word(k)
	if !f.lowerWord(k) {
		return false
	}
	switch {
	case acquireVerbs[w] || foundVerbs[w] && k == a-1:
		return true
	case w == "of":
		return dealNouns[strings.ToLower(f.word(k-1))]
	case w == "with":
		return mergeWords[strings.ToLower(f.word(k-1))]
	case w == "for":
		// A spokesperson speaks for a politician as often as for a firm
		// ("a spokesman for Netanyahu"): a name the recogniser reads as
		// a person's is left to it.
		return spokesNouns[f.word(k-1)] && f.lowerWord(k-1) && entityType(f.labels[a]) != Person
	}
	return false
}

// dealAfter reports whether the words after toks[:b] make it the subject
// of a deal, a founding or a round of funding.
func (f *finder) dealAfter(b int) bool {
	w := f.word(b)
	if w == "," && (f.word(b+1) == "founded" || f.word(b+1) == "co-founded") && (f.word(b+2) == "in" || f.word(b+2) == "by") {
		return true // "Zorbly, founded in 2012,"
	}
	if !f.lowerWord(b) {
		return false
	}
	switch {
	case acquireVerbs[w] && w != "acquiring":
		return f.upperWord(b+1) || f.word(b+1) == "a" || f.word(b+1) == "the" // "Quux acquired Zorbly", "acquired a rival"
	case w == "agreed" || w == "agrees" || w == "plans" || w == "offered":
		return f.word(b+1) == "to" && (acquireVerbs[f.word(b+2)] || f.word(b+2) == "buy" || f.word(b+2) == "merge")
	case w == "was" || w == "is":
		next := f.word(b + 1)
		if foundVerbs[next] {
			return f.word(b+2) == "in" || f.word(b+2) == "by" // "Quux was founded in 2010"
		}
		return next == "valued" && f.word(b+2) == "at" // "Zorbly is valued at $3 billion"
	case w == "raised" || w == "raises" || w == "secured" || w == "closed":
		if !strings.HasPrefix(f.word(b+1), "$") && f.word(b+1) != "$" && !isNumber(f.word(b+1)) {
			return false
		}
		for k := b + 2; k <= b+10 && k < len(f.toks) && f.word(k) != "."; k++ {
			if fundingWords[strings.ToLower(f.word(k))] {
				return true // "Quux raised $40 million in a Series B round"
			}
		}
	}
	return false
}

var (
	// acquireVerbs take the company bought as their object.
	acquireVerbs = setOf("acquired", "acquire", "acquires", "acquiring")
	// foundVerbs take the organisation founded as their object.
	foundVerbs = setOf("founded", "co-founded", "cofounded")
	// dealNouns come before "of" and the company a deal is about.
	dealNouns = setOf("acquisition", "acquisitions", "takeover", "buyout", "merger", "spin-off", "spinoff", "ipo", "valuation", "co-founder", "cofounder")
	// mergeWords come before "with" and the company merged with.
	mergeWords = setOf("merger", "merged", "merging", "merges")
	// spokesNouns come before "for" and the organisation spoken for.
	spokesNouns = setOf("spokesman", "spokeswoman", "spokesperson")
	// fundingWords say that money raised is a round of funding.
	fundingWords = setOf("funding", "round", "series", "investors", "valuation", "valuing", "venture", "financing", "seed")
)

// companyByWhatItOwns: "Quux's chief executive", "Zorbly's shares fell",
// "Quux's acquisition of": a name whose possessive holds what only a
// business has is a company. A place ("China's sales") and a person are
// left to their rules.
func companyByWhatItOwns(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || !isApostrophe(f.word(b)) || f.word(b+1) != "s" || !f.ownedByCompany(b+2) || !f.mayNameCompany(a, b) {
		return false
	}
	if b-a == 1 && entityType(f.labels[a]) == Person && !executiveAcronyms[f.word(b+2)] && !f.upperWord(b+2) {
		// A surname alone that the recogniser reads as a person's has
		// earnings and shares too ("Shakespeare's earnings", "Buffett's
		// shares"); but not a CEO, nor an employee who speaks.
		return false
	}
	name := f.text(a, b)
	for _, c := range f.cands {
		if startsWithPossessiveOf(c.name, name) {
			return false // "Weisfield's Inc." named before: the possessive is its name's
		}
	}
	f.add(a, b, Organization, true)
	return true
}

// ownedByCompany reports whether the words from k name what a business
// has: its shares, its executives by their acronyms ("CEO"), its chief
// executive or financial officer, its deals and its founders.
func (f *finder) ownedByCompany(k int) bool {
	w := f.word(k)
	if executiveAcronyms[w] {
		return true // "Brelm's CEO"
	}
	for n := 2; n <= 3; n++ {
		if f.fullPersonName(k, k+n) && speechVerbs[f.word(k+n)] {
			return true // "Brelm's Ann Wu said": its employee speaks
		}
	}
	if !f.lowerWord(k) {
		return false
	}
	if w == "chief" || w == "new" {
		return f.word(k+1) == "executive" || f.word(k+1) == "financial" || f.word(k+1) == "operating" || f.word(k+1) == "technology"
	}
	return ownedNouns[w] || w == "market" && (f.word(k+1) == "value" || f.word(k+1) == "capitalization" || f.word(k+1) == "cap")
}

var (
	// executiveAcronyms are a company's officers by their initials.
	executiveAcronyms = setOf("CEO", "CFO", "COO", "CTO")
	// ownedNouns are what only a business has.
	ownedNouns = setOf("shares", "stock", "shareholders", "acquisition", "takeover", "buyout", "merger", "ipo", "IPO",
		"founder", "co-founder", "cofounder", "founders", "subsidiary", "subsidiaries", "valuation", "revenue", "revenues",
		"earnings", "profits", "headquarters", "board")
)

// outletOfWriter: "a reporter for Quux", "a columnist at Zorbly", "first
// reported by Quux": the name a journalist works for, or that reports a
// story first, is a news outlet. A person ("reported by Ann Wu", a
// byline) and a place are left alone.
func outletOfWriter(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 {
		return false
	}
	k := f.cueBefore(a)
	w, lead := f.word(k), f.word(k-1)
	outlet := (w == "for" || w == "at" || w == "with") && f.lowerWord(k-1) && pressNouns[lead] ||
		w == "by" && f.word(k-1) == "reported" && (reportAdverbs[f.word(k-2)] || f.word(k-2) == "as" || f.word(k-2) == "was" || f.word(k-2) == "were")
	if !outlet || !f.mayNameCompany(a, b) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

var (
	// pressNouns are journalists, before "for" or "at" and their outlet.
	pressNouns = setOf("reporter", "reporters", "correspondent", "correspondents", "columnist", "columnists", "contributor",
		"editor", "editors", "journalist", "journalists", "anchor", "critic", "photographer", "commentator", "pundit")
	// reportAdverbs come before "reported by" and the outlet that reported first.
	reportAdverbs = setOf("first", "earlier", "previously", "initially", "originally")
)
