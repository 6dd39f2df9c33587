package annotate

import "strings"

// Rules of issue 16's seventeenth round, second wave, on organisations
// named alone (branch ner22o2): a company, an outlet or an agency named
// with no cue word of its own, which the recogniser reads as a person, a
// place or nothing, typed by what the words after one mention say only
// an organisation does. They are context rules (contextRules), so that
// the name's other mentions follow.

// ruleSaysItself names organizationSaysIt.
const ruleSaysItself = "an organisation that says what it does"

// organizationSaysIt: "Quellweld said it does not expect a strike",
// "Varrowby said its latest survey showed", "Zorbitsu said on Wednesday
// it made a bid", "Quillmont says it has lowered prices": a name that
// speaks of itself as "it" is an organisation; a person speaks of
// himself as "he" or "she". "It" after the verb may be something else
// the speaker talks of ("Quillby said it was a sad day", "said it would
// be a mistake"): "it" is read as the speaker only before a verb of
// deeds or plans (itDeeds), not before "was", "is" or a form of "be".
// A person named in full or by a surname the text gave, a given name, a
// name after a title ("Judge Quillby said it"), a place ("Argentina said
// it will") and a nationality are left to their rules (mayNameCompany),
// and an acronym alone to the acronym rules (acronymNamed reads "QZR says
// it" as a name used so).
func organizationSaysIt(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 4 || titles[f.word(a-1)] || !f.lowerWord(b) || !saysVerbs[f.word(b)] {
		return false
	}
	if b-a == 1 && isAcronym(f.toks[a]) {
		return false // "QZR says it will appeal": the acronym rules read it as a name used so
	}
	k := b + 1
	if f.word(k) == "on" && weekdays[f.word(k+1)] {
		k += 2 // "said on Monday it"
	} else if weekdays[f.word(k)] {
		k++ // "said Monday it"
	}
	if f.word(k) == "that" {
		k++
	}
	switch f.word(k) {
	case "its":
	case "it":
		next := f.word(k + 1)
		if !itDeeds[next] || f.word(k+2) == "be" || f.word(k+2) == "been" {
			return false // "said it was", "said it would be a mistake"
		}
	default:
		return false
	}
	if !f.mayNameCompany(a, b) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

var (
	// saysVerbs come after a speaker and before what it says.
	saysVerbs = setOf("said", "says", "announced", "announces", "stated", "confirmed", "confirms", "disclosed", "reported", "noted")
	// weekdays may come between the verb and what is said: the days of
	// the week (weekdayWords), today and yesterday.
	weekdays = withWords(weekdayWords, "today", "yesterday")
	// itDeeds, after "it", make it the one who acts or plans: an
	// organisation speaking of itself.
	itDeeds = setOf("will", "would", "has", "had", "plans", "planned", "expects", "expected", "intends", "intended",
		"agreed", "completed", "made", "owns", "does", "did", "doesn't", "didn't", "won't", "wouldn't", "hasn't",
		"hadn't", "could", "can", "cannot", "can't", "may", "might", "hopes", "hoped", "received", "reached", "signed",
		"sold", "bought", "acquired", "filed", "paid", "raised", "cut", "lost", "earned", "posted", "reported",
		"launched", "opened", "closed", "hired", "needs", "needed", "wants", "sees", "saw", "continues", "remains",
		"believes", "estimates", "estimated")
)

// ruleOrgList names organizationListedAfterKind.
const ruleOrgList = "organisations listed after a word for their kind"

// organizationListedAfterKind: the names listed after a plural word for a
// kind of organisation and "such as", "like" or "including" are
// organisations: "competitors such as Quillmart, Brelger and Zorbco",
// "public companies such as Varrowby and Quillatchy", "protest movements,
// like Brelford Rising and Zorbly Revolt", "giants like Du Quill". The
// phrase is the list's first name or one after a comma, "and" or "or"
// that joins it to the list. Kinds that may be people ("contractors such
// as Ann", "clients including") or products ("platforms like") are not
// read; a person named in full or by a surname the text gave, a given
// name, a place and a nationality are left alone (mayNameCompany), and
// stop the list.
func organizationListedAfterKind(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 4 || !f.orgListBefore(a) || !f.mayNameCompany(a, b) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// orgListBefore reports whether toks[a] starts a name listed after a
// plural word for a kind of organisation: right after "such as", "like"
// or "including" and that word, or after a comma, "and" or "or" and an
// earlier name of such a list, at most six names back.
func (f *finder) orgListBefore(a int) bool {
	var earlier [6][2]int // the earlier names of the list, checked once its kind is found
	k := a
	for n := 0; n < 6; n++ {
		kind := false
		switch {
		case f.exampleLead(k-2) == 2: // "such as"
			kind = f.orgKindAt(k - 3)
		case f.exampleLead(k-1) == 1: // "like", "including"
			kind = f.orgKindAt(k - 2)
		default:
			j := k - 1
			if f.word(j) == "and" || f.word(j) == "or" {
				j--
			}
			if f.word(j) == "," {
				j--
			}
			if j == k-1 || j < 0 || !f.upperWord(j) {
				return false
			}
			s := f.capitalsRunStart(j)
			if s == j+1 || j+1-s > 4 {
				return false
			}
			earlier[n] = [2]int{s, j + 1}
			k = s
			continue
		}
		for _, e := range earlier[:n] {
			if !f.mayNameCompany(e[0], e[1]) {
				return false // a person or a place ends the list
			}
		}
		return kind
	}
	return false
}

// orgKindAt reports whether toks[k], maybe before a comma ("protest
// movements, like"), is a plural word for a kind of organisation.
func (f *finder) orgKindAt(k int) bool {
	if f.word(k) == "," {
		k--
	}
	return (f.lowerWord(k) || k >= 0 && k < len(f.toks) && f.toks[k].sentStart) && orgKindsPlural[strings.ToLower(f.word(k))]
}

// orgKindsPlural are plural words for kinds of organisation before their
// examples; kinds that may be people (contractors, clients, partners) or
// products (platforms, brands, services) are not among them.
var orgKindsPlural = setOf("companies", "firms", "corporations", "conglomerates", "retailers", "banks", "startups",
	"start-ups", "outlets", "publications", "newspapers", "broadcasters", "networks", "agencies", "organizations",
	"organisations", "movements", "groups", "charities", "nonprofits", "non-profits", "unions", "giants", "rivals",
	"competitors", "automakers", "carmakers", "manufacturers", "insurers", "lenders", "publishers", "airlines",
	"carriers", "chains", "supermarkets", "universities", "colleges", "institutions", "foundations", "parties",
	"studios", "labels", "funds", "regulators", "watchdogs", "newsrooms")
