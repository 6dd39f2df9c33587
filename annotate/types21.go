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
// street, stand where a street does: after "on", "off" or "along", or
// after "the block of" or "the corner of" ("parked on Edmond Street", "the
// 23300 block of Edmond Street"). A given name before the street's word is
// then the person the street is named after, not a person.
func (f *finder) streetByItsPreposition(a, b int) bool {
	if b-a < 2 || !streetLastWords[f.toks[b-1].text] {
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
