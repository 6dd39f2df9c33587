package annotate

// Issue 16's eighth round (branch ner17b): a club known by its players.
// A club is named by its town or country as often as by its own name
// ("Quillan signed Ann Wu", "scored twice for Brelford"), where the
// gazetteer reads a place; a reader knows the club from what players do
// for it.

// playerVerbs, a few words before "for" and a name, make the name a club
// or a national team: "scored twice for Brelford", "made his debut for
// Quillan", "has 40 caps for Zorbland", "played ten seasons for Quux".
var playerVerbs = setOf("scored", "scores", "scoring", "score", "played", "plays", "playing", "debut", "debuted",
	"goals", "goal", "appearances", "caps", "netted", "nets", "starred", "starring", "stars", "appeared", "assists",
	"points", "rebounds", "saves", "tries", "wickets", "runs", "touchdowns", "yards", "minutes", "matches", "games")

// signingVerbs after a name and before a player's name make it the club
// that signs the player ("Quillan signed Ann Wu from Brelford").
var signingVerbs = setOf("signed", "signs", "loaned", "waived", "drafted")

// transferVerbs do the same in a sports report only: elsewhere people are
// released, recalled, sold or bought by others than clubs ("Police
// released Ann Wu on bail", "Voters sold Ann Wu short").
var transferVerbs = setOf("unveiled", "released", "recalled", "sold", "bought", "acquired", "traded")

// playerPositions may stand between a verb of signing and the player's
// name ("Quillan signed goalkeeper Ann Wu").
var playerPositions = setOf("goalkeeper", "striker", "defender", "midfielder", "forward", "winger", "quarterback", "pitcher")

// clubOfPlayers: a name a player plays or scores for, or that signs a
// player, is a club (organisation): "scored twice for Brelford", "Quillan
// signed Ann Wu". A person of the text is none ("played for Ferguson",
// the coach named before), nor a nationality, a title or a word of time; "for" after
// ordinary verbs ("worked for", "voted for") says nothing; a place that
// signs ("France signed the treaty") signs no player.
func clubOfPlayers(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 {
		return false
	}
	if !f.playsFor(a) && !f.signsPlayer(a, b) {
		return false
	}
	name := f.text(a, b)
	if f.fullPersonName(a, b) || f.surnameSoFar(name) || f.typedBefore(name, Person) || demonyms.has(name) || titles[f.toks[a].text] ||
		notNames[f.toks[a].text] || states.has(name) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// playsFor reports whether "for" stands before toks[a] after a verb or
// noun of a player's within four words of its sentence ("scored twice
// for", "made his debut for", "22 points for").
func (f *finder) playsFor(a int) bool {
	if !f.lowerWord(a-1) || f.word(a-1) != "for" {
		return false
	}
	for k := a - 2; k >= 0 && k >= a-6; k-- {
		if !f.toks[k].word || f.toks[k].upper && !isNumber(f.toks[k].text) {
			return false
		}
		if playerVerbs[f.word(k)] {
			return true
		}
		if f.toks[k].sentStart {
			return false
		}
	}
	return false
}

// signsPlayer reports whether toks[a:b] is followed by a verb of signing
// ("signed", "have signed") and a person's name, the player ("Quillan
// signed Ann Wu on Friday").
func (f *finder) signsPlayer(a, b int) bool {
	k := b
	if f.lowerWord(k) && (f.word(k) == "have" || f.word(k) == "has" || f.word(k) == "had" || f.word(k) == "will") {
		k++
	}
	if !f.lowerWord(k) || !signingVerbs[f.word(k)] && !(f.sports && transferVerbs[f.word(k)]) {
		return false
	}
	c := k + 1
	if f.lowerWord(c) && playerPositions[f.word(c)] {
		c++ // "Quillan signed goalkeeper Ann Wu"
	}
	end := c
	for end < len(f.toks) && end < c+4 && f.upperWord(end) && !f.toks[end].sentStart {
		end++
	}
	return end > c+1 && f.fullPersonName(c, end) || end == c+2 && f.recognised(c, end) == Person
}

// personOfIrishSurname: a name of two or three words ending in a surname
// of "O" and an apostrophe ("Beto O’Quillan", "Ann O'Varrow") is a
// person's, whatever given name leads it: no place, company or thing is
// named so but after its founder, with a word for its kind ("O’Hare
// Airport", "O'Reilly Media"), which the rules before read. One word alone
// is left to the surname rule.
func personOfIrishSurname(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || b-a > 3 || !irishSurname(f.toks[b-1].text) {
		return false
	}
	for _, t := range f.toks[a : b-1] {
		if !t.upper || titles[t.text] || titleModifiers[t.text] || demonyms.has(t.text) || places.has(t.text) || orgs.has(t.text) {
			return false
		}
	}
	f.add(a, b, Person, true)
	return true
}

// irishSurname reports whether w is "O", an apostrophe and a capitalised
// name ("O’Rourke", "O'Brien").
func irishSurname(w string) bool {
	r := []rune(w)
	return len(r) >= 4 && r[0] == 'O' && (r[1] == '\'' || r[1] == '’') && r[2] >= 'A' && r[2] <= 'Z'
}

// partyAdjectives name a party before "party" written in lower case ("the
// Democratic party", "the Conservative party"), which the guidelines
// annotate whole, as the name with a capital ("Democratic Party").
var partyAdjectives = setOf("Democratic", "Republican", "Labour", "Labor", "Conservative", "Liberal", "Green", "Socialist",
	"Communist", "Libertarian", "Progressive", "Reform", "Independence", "Nationalist", "Christian", "Social", "Pirate",
	"Workers", "Peoples", "People's", "National", "Unionist")

// partyInLowerCase: a party's adjective before "party" in lower case is
// the party, the noun included ("the Democratic party").
func partyInLowerCase(f *finder, p *phraseSpan) bool {
	if p.descriptor || !f.lowerWord(p.b) || f.word(p.b) != "party" || f.toks[p.b].start != f.toks[p.b-1].end+1 {
		return false
	}
	for _, t := range f.toks[p.a:p.b] {
		if !partyAdjectives[t.text] && !demonyms.has(t.text) {
			return false
		}
	}
	if !partyAdjectives[f.toks[p.b-1].text] {
		return false // "the Russian party": a delegation
	}
	f.add(p.a, p.b+1, Organization, true)
	return true
}
