package annotate

import "strings"

// Issue 16's sixteenth round, types (branch ner21t): names whose bounds
// the rules find and whose type they get wrong, where a word next to the
// name says which type it is and an earlier reading of its form wins.

// streetLastWords end the name of a street or a road. Many streets are named
// after a person ("Edmond Street", "Lois Lane"), so a given name before
// the word reads as a person whose surname is a place's word ("Sally
// Field") unless the words before say a street.
var streetLastWords = setOf("Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Drive", "Boulevard", "Blvd.", "Lane")

// streetPrepositions come before a street's name and rarely before a
// person's: "parked on X Street", "a house off X Road", "walking along X
// Avenue".
var streetPrepositions = setOf("on", "onto", "off", "along")

// streetPartNouns, with "of", come before a street's name: "the 23300
// block of X Street", "the corner of X Avenue".
var streetPartNouns = setOf("block", "blocks", "corner", "intersection", "end", "stretch", "section")

// streetByItsPreposition reports whether toks[a:b], ending in a word of a
// place that is a surname too, stand where a place does: a street after
// "on", "off" or "along", or after "the block of" or "the corner of"
// ("parked on Edmond Street", "the 23300 block of Edmond Street"), and any
// such place before "in" and a town a gazetteer lists ("Quill Ridge in
// Osoyoos"). A given name before the place's word is then the person the
// place is named after, not a person.
func (f *finder) streetByItsPreposition(a, b int) bool {
	if b-a < 2 {
		return false
	}
	if f.lowerWord(b) && f.word(b) == "in" && f.upperWord(b+1) {
		// "Quill Ridge in Osoyoos": a place lies in a town; a person is
		// "of" it.
		end := b + 2
		for end < len(f.toks) && f.upperWord(end) {
			end++
		}
		if town := f.text(b+1, end); towns.has(town) || places.has(town) || states.has(town) {
			return true
		}
	}
	if !streetLastWords[f.toks[b-1].text] {
		return false
	}
	before := f.word(a - 1)
	if f.lowerWord(a-1) && streetPrepositions[before] {
		return true
	}
	return before == "of" && f.lowerWord(a-2) && streetPartNouns[f.word(a-2)]
}

// teamPlayNouns, after a place's possessive, name the people or the play
// of its team in any report ("India’s batsmen", "Brazil’s goalkeeper").
var teamPlayNouns = setOf("batsmen", "batsman", "batters", "bowlers", "bowler", "batting", "openers", "innings",
	"goalkeeper", "goalie", "striker", "strikers", "midfielder", "midfielders", "defenders", "forwards", "quarterback",
	"pitcher", "pitchers", "goaltender", "skipper", "bullpen", "backline", "scrum", "lineout")

// teamSideNouns, after a place's possessive, name its team only in a
// sports report ("Australia’s players", "Canada’s coach"); in other news
// they are the country's ("Britain’s defence", "France’s attack on").
var teamSideNouns = setOf("players", "player", "coach", "captain", "squad", "side", "lineup", "attack", "defence", "defense",
	"bench", "tail", "bowling", "midfield", "pace", "spinners", "spinner", "seamers", "fielders")

// teamByItsPlay reports whether the name ending before toks[b] is a
// team by the noun after its possessive: a player's position or a part
// of the play anywhere ("India’s batsmen"), a player, coach or side in a
// sports report ("Australia’s players"), with up to two words in lower
// case between ("India’s top-order batsmen"). It holds after "in" or
// "of", which keep a city or a country a place otherwise ("a sense of
// futility in India’s batsmen", "the bottom half of India’s batting").
func (f *finder) teamByItsPlay(b int) bool {
	if !isApostrophe(f.word(b)) || f.word(b+1) != "s" {
		return false
	}
	for k := b + 2; k < b+5 && f.lowerWord(k); k++ {
		w := strings.ToLower(f.word(k))
		if teamPlayNouns[w] || f.sports && teamSideNouns[w] {
			return true
		}
		if !strings.HasPrefix(f.tags[k], "JJ") && !strings.Contains(w, "-") {
			return false
		}
	}
	return false
}

// ruleShowBeforeEpisode names the shows showsBeforeEpisode finds.
const ruleShowBeforeEpisode = "a show before its episode"

// episodeNouns, after a show's title, name a part of it ("the Quux
// Street episode", "two Varrow episodes").
var episodeNouns = setOf("episode", "episodes")

// showsBeforeEpisode types as a work the title just before "episode" or
// "episodes", after "the", "a", a number or a possessive ("the Parks &
// Quux episode", "a Varrow episode", "her two Quux Street episodes"): a
// name that is not a person's (the recogniser's, a given name or a full
// name: "the Rogan episode" of a podcast is the guest's), nor a
// broadcaster's or an organisation's (the gazetteers, the lexicon).
func (f *finder) showsBeforeEpisode(covered map[int]bool) {
	t := f.toks
	for i := 2; i < len(t); i++ {
		if !episodeNouns[t[i].text] || !f.lowerWord(i) || !f.upperWord(i-1) {
			continue
		}
		a := -1
		for s := max(0, i-8); s < i; s++ {
			if f.upperWord(s) && !f.upperWord(s-1) && !t[s].sentStart && f.titleEnd(s, inText) == i {
				a = s
				break
			}
		}
		if a != i-1 {
			continue // two words or more: worksBeforePart's
		}
		lead := strings.ToLower(f.word(a - 1))
		if !(lead == "the" || lead == "a" || isNumber(lead) || possessivePronouns[lead]) {
			continue
		}
		name := f.text(a, i)
		if !f.plausibleTitle(a, i, inText) || f.fullPersonName(a, i) || f.recognised(a, i) == Person || firstNames.has(name) ||
			broadcasters[name] || inOrgLexicon(name) || orgs.has(name) || t[a].allCaps && i-a == 1 {
			continue
		}
		f.addThing(a, i, Work, ruleShowBeforeEpisode, covered)
	}
}

// ruleRegionOfCompass names the places regionOfCompass types.
const ruleRegionOfCompass = "a region led by a compass word"

// sideWords end a part of a town named by its compass point ("the West
// Side", "the East End").
var sideWords = setOf("Side", "End")

// regionOfCompass: a compass word before a place a gazetteer lists
// ("West Quillandia" where Quillandia is listed, "Northern Ontario") or
// before "Side" or "End" ("the West Side") names a region, whatever the
// recogniser reads (an organisation, a person): a place. The phrase must
// be that and nothing more, so that an organisation or a team named
// after the region ("East Quillandia University") is its cue words'; and
// in a sports report such a name is a college's team as often ("Eastern
// Michigan beat Toledo").
func regionOfCompass(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || f.sports || b-a < 2 || b-a > 3 || !regionCompassWords[f.toks[a].text] || f.toks[a].allCaps {
		return false
	}
	rest := f.text(a+1, b)
	if !(places.has(rest) || states.has(rest) || towns.has(rest) && b-a == 2 && !firstNames.has(rest)) &&
		!(b-a == 2 && sideWords[rest]) {
		return false
	}
	if orgs.has(f.text(a, b)) || inOrgLexicon(f.text(a, b)) || f.isOrganization(a, b) {
		return false
	}
	f.add(a, b, Place, true)
	return true
}

// firstSurnameOf returns the first of two surnames of a person named
// in full by three words, as Spanish and Portuguese names are written
// ("Guadalupe Salinas Hernández", then "Salinas"): the word between a
// given name and the last word, which is no given name itself ("Mary Ann
// Quill", "John Paul Quill") and no initial. It returns "" for any other
// name. A mention of that word alone is the person, as a mention of the
// last word is (resolve).
func firstSurnameOf(fields []string) string {
	if len(fields) != 3 || !firstNames.has(fields[0]) {
		return ""
	}
	middle := fields[1]
	if firstNames.has(middle) || isInitials(middle) || !startsUpper(middle) || strings.ContainsAny(middle, ".\"“”") ||
		titles[middle] || !startsUpper(fields[2]) {
		return ""
	}
	return middle
}

// ruleHyphenatedPlaces is the phrase rule that types the places joined
// by a hyphen ("Israel-Hamas", "US-China").
const ruleHyphenatedPlaces = "places in a hyphenated word"

// hyphenPartsFollowTheirName retypes a part of a hyphenated word that
// the gazetteer of places typed ("Macmillan-Quillmart" where a river is
// named Quillmart) as an organisation where the text names it as one
// elsewhere, by a list or a rule ("Hachette and Quillmart", the company),
// and nowhere else as a place: two companies joined by a hyphen name a
// deal, a merger or a dispute between them ("the Macmillan-Quillmart
// dust-up").
func (f *finder) hyphenPartsFollowTheirName() {
	org, place := map[string]bool{}, map[string]bool{}
	for _, c := range f.cands {
		switch {
		case c.rule == ruleHyphenatedPlaces:
		case c.firm && c.typ == Organization:
			org[c.name] = true
		case c.typ == Place:
			place[c.name] = true
		}
	}
	for i := range f.cands {
		if c := &f.cands[i]; c.rule == ruleHyphenatedPlaces && c.typ == Place && org[c.name] && !place[c.name] {
			c.typ, c.rule = Organization, ruleOneType
		}
	}
}

// surnameOfPersonFound reports whether toks[a:b], one word that no
// gazetteer lists as a place, is the surname of a person the text named
// in full before ("State Sen. Ann Quill", then "a town in Quill’s
// district"): a position that reads a place elsewhere ("in X’s district",
// "from X to Y") reads the person here.
func (f *finder) surnameOfPersonFound(a, b int) bool {
	if b-a != 1 {
		return false
	}
	name := f.toks[a].text
	return f.surnameSoFar(name) && !towns.has(name) && !places.has(name) && !states.has(name)
}
