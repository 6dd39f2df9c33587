package annotate

// ruleWorkListAfterClause names the works listed after a clause that
// follows their kind ("Xbox games that will be enhanced, including X and
// Y"; "the titles we tested during our review: X, Y and Z").
const ruleWorkListAfterClause = "works listed after a clause on their kind"

// clauseListKinds are the plural kinds of work whose list may follow a
// clause: not "series", "shows" or "works", which name matches, trade
// shows and public works as often, nor the words of praise ("hits",
// "classics"), which a clause turns to their makers.
var clauseListKinds = setOf("films", "movies", "novels", "books", "albums", "songs", "games", "titles",
	"sitcoms", "documentaries", "plays", "musicals", "operas", "paintings", "podcasts")

// workListAfterClause types the titles listed after a plural word for
// their kind at toks[i] when a short clause in lower case stands between
// the kind and the list's lead: "including", "such as" or a colon ("a
// handful of games that'll get enhanced eventually, including Iron
// Harvest 3 and Quiet Ember"; "the titles we tested during our review:
// Iron Harvest 4, Cold Orbit and Pale Meridian"). The clause holds no
// capitalised word and no full stop, at most ten words (a number in
// digits is a word in lower case to lowerWord and does not stop it:
// "games released in 2019, including X and Y" is read): a
// capitalised word between may be what the list's members belong to
// ("games in Brelco's store, including ...": still the games, but also
// "books about Quux, including his wife" lists persons). "like" is left
// out: after a clause it is as often a verb's ("games that look like
// X"). The sports pages' "games" are matches, not works; a kind after
// "and" shares the list with another ("artists and artworks: ..."), and
// a list holding a person's name lists persons.
func (f *finder) workListAfterClause(i int, covered map[int]bool) {
	if !clauseListKinds[f.word(i)] || f.sports && f.word(i) == "games" || f.word(i-1) == "and" || f.exampleLead(i+1) > 0 || f.word(i+1) == "from" {
		return // workList reads a lead right after the kind
	}
	k := i + 1
	for n := 0; ; n++ {
		if n > 10 || k >= len(f.toks) || f.toks[k].sentStart || f.lineBreakBefore(k) {
			return
		}
		w := f.word(k)
		if w == "including" || w == "such" && f.word(k+1) == "as" || w == ":" {
			break
		}
		if w == "," || w == "'" || w == "’" {
			k++
			continue
		}
		if !f.lowerWord(k) || isNumber(w) || workKindsPlural[w] || w == "like" {
			return // a name, a number, a bracket, or another kind's list
		}
		k++
	}
	if f.word(k) == "such" {
		k += 2
	} else {
		k++
	}
	if f.word(i) == "titles" && titles[f.word(k)] {
		return
	}
	var found [][2]int
	for n := 0; n < 12; n++ {
		b := f.titleEnd(k, inList)
		if b == k || !f.plausibleTitle(k, b, inList) {
			break
		}
		if f.fullPersonName(k, b) {
			return // "artists and their works: Ann Quux and ...", persons listed
		}
		found = append(found, [2]int{k, b})
		k = b
		if f.word(k) == "," && (f.word(k+1) == "and" || f.word(k+1) == "or") {
			k += 2
		} else if f.word(k) == "," || f.word(k) == "and" || f.word(k) == "or" {
			k++
		} else {
			break
		}
	}
	if len(found) < 2 {
		return // one capitalised name after a clause is as often a person or a maker
	}
	for _, s := range found {
		f.addThing(s[0], s[1], Work, ruleWorkListAfterClause, covered)
	}
}
