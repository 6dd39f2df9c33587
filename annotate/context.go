package annotate

import (
	"strings"
	"unicode"
)

// The rules in this file type a phrase by the words around it, as a reader
// does with a name they have never seen: "Noblesville, IN" is a town,
// "Pittsburgh center Maurkice Pouncey" names a team, "the research firm
// Oanda" a company, "strategist at Miller Tabak" a firm. Each is one entry
// of phraseRules.

// word returns toks[i]'s text, or "" outside the text.
func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.toks[i].text
}

// cueBefore returns the index of the word before a name starting at
// toks[a], past a "the" ("reported by the Quux Times"): where the rules
// of outlets and companies read their cue word. It may be -1 (word
// returns "" there).
func (f *finder) cueBefore(a int) int {
	k := a - 1
	if f.word(k) == "the" {
		k--
	}
	return k
}

// lowerWord reports whether toks[i] is a word in lower case.
func (f *finder) lowerWord(i int) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].word && !f.toks[i].upper
}

// upperWord reports whether toks[i] is a capitalised word.
func (f *finder) upperWord(i int) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].word && f.toks[i].upper
}

// fullPersonName reports whether toks[a:b] looks like a person's full
// name: two to four capitalised words starting with a known given name or
// initials ("G. Petit", "P.J. Fleck").
func (f *finder) fullPersonName(a, b int) bool {
	if a < 0 || b > len(f.toks) || b-a < 2 {
		return false // callers look ahead past the text's last word
	}
	first := f.toks[a].text
	if f.toks[a].allCaps {
		// A byline in capitals: "By JOHN SMITH"; not a town's dateline
		// ("SANTA FE, N.M.").
		if whole := titleCase(f.text(a, b)); !towns.has(whole) && !places.has(whole) && !towns.has(titleCase(first)) && b-a <= 3 {
			first = titleCase(first) // but "LONDON INTERBANK OFFERED RATES" is a heading
		}
	}
	if b-a > 4 || !(firstNames.has(first) || isInitials(f.toks[a].text)) {
		return false
	}
	if b-a > 2 && (places.has(f.text(a, a+2)) || towns.has(f.text(a, a+2))) {
		// Led by a town of two words ("San Jose Water Company", "Santa
		// Clara County Library", "Grand Rapids Animal Rescue"): a town's
		// whole name is rarely a person's given and middle names, while
		// shelters, papers, utilities and clubs are named after theirs.
		return false
	}
	for j := a; j < b; j++ {
		w := f.toks[j].text
		if (isOpeningQuote(w) || isClosingQuote(w)) && j > a && j < b-1 {
			continue // a nickname: "Renaldo “Peewee” Gilkes"
		}
		if f.innerParticle(a, j, b) {
			continue // "Erik van Quillebe", "Ann van de Quill"
		}
		if !f.toks[j].upper && !(j > a && hyphenedArticle(w)) || orgLastWords[w] || orgFirstWords[w] || placeLastWords[w] || titles[w] || w == "State" ||
			j > a && titleVerbs[w] {
			return false
		}
	}
	return true
}

// titleVerbs are common verbs in the third person that a title in title
// case holds ("Ingrid Quux Goes West", "Ann Meets Quux") and no person's
// name does, as middle name or surname.
var titleVerbs = setOf("Goes", "Takes", "Meets", "Gets", "Makes", "Comes", "Says", "Does", "Has", "Is", "Was", "Saves",
	"Wins", "Loves", "Hates", "Finds", "Knows", "Wants", "Becomes", "Returns", "Strikes", "Rises", "Falls", "Dies",
	"Lives", "Sees", "Leaves")

// lineInCapitals: a headline or subhead written in capitals ("TRADE TALKS
// STALL", "HOW WILL SMITH RESPOND?", "NORWAY ADVANCES") holds ordinary
// words and perhaps names. A word is a name there when the text writes it
// capitalised inside a sentence elsewhere (or the gazetteer knows the
// words together: "NEW ZEALAND"); it is suggested with the type its other
// mentions take ("Smith" the person named in full), and in a sports
// report a place leading the line is its team. The line's other words are
// no names. A line that is one name alone ("HANOI", a dateline) is passed
// on whole.
func lineInCapitals(f *finder, p *phraseSpan) bool {
	if p.descriptor || !f.capitalsLine(p.a, p.b) {
		return false
	}
	type run struct{ a, b int }
	var runs []run
	for k := p.a; k < p.b; {
		end := k
		for j := min(p.b, k+3); j > k+1; j-- {
			if w, tc := f.text(k, j), titleCase(f.text(k, j)); places.has(w) || places.has(tc) || orgs.has(w) || orgs.has(tc) || f.named[tc] {
				end = j
				break
			}
		}
		if w := f.toks[k].text; end == k && (places.has(w) || orgs.has(w) || f.nameInCapitals(w)) {
			end = k + 1
		}
		if end == k {
			k++
			continue
		}
		if len(runs) > 0 && runs[len(runs)-1].b == k {
			runs[len(runs)-1].b = end // "NEW YORK YANKEES"
		} else {
			runs = append(runs, run{k, end})
		}
		k = end
	}
	if len(runs) == 0 {
		// Ordinary words ("SCORES QUARANTINED"): no name, unless they are
		// a dateline ("SANTA FE, N.M.").
		whole := f.text(p.a, p.b)
		return !places.has(titleCase(whole)) && !towns.has(titleCase(whole)) && !states.has(whole)
	}
	if len(runs) == 1 && runs[0].a == p.a && runs[0].b == p.b {
		return false // one name alone ("HANOI", "BAAR, SWITZERLAND"): for the other rules
	}
	for _, r := range runs {
		name := titleCase(f.text(r.a, r.b))
		if w := f.toks[r.a].text; r.b-r.a == 1 && (places.has(w) || orgs.has(w) || f.capitalsOutsideHeadings()[w]) {
			name = w // "NASA", "US"
		}
		if f.sports && r.a == p.a && places.has(name) && !demonyms.has(name) {
			f.add(r.a, r.b, Organization, true) // "NORWAY ADVANCES": its team
			continue
		}
		// Untyped: it takes the type of its other mentions (resolve).
		f.cands = append(f.cands, candidate{start: f.toks[r.a].start, end: f.toks[r.b-1].end, name: name, words: r.b - r.a, rule: f.rule})
	}
	return true
}

// capitalsLine reports whether toks[a:b] stand on a line whose words are
// all in capitals, two or more of them with letters.
func (f *finder) capitalsLine(a, b int) bool {
	n := 0
	word := func(t token) bool { // false for a word in lower case
		if !t.word || !strings.ContainsFunc(t.text, unicode.IsLetter) {
			return true
		}
		n++
		return t.allCaps
	}
	// Outwards from the phrase, stopping at the first word not in capitals.
	for k := a; k < b; k++ {
		if !word(f.toks[k]) {
			return false
		}
	}
	for k := a; k > 0 && !f.lineBreakBefore(k); k-- {
		if !word(f.toks[k-1]) {
			return false
		}
	}
	for k := b; k < len(f.toks) && !f.lineBreakBefore(k); k++ {
		if !word(f.toks[k]) {
			return false
		}
	}
	return n >= 2
}

// nameInCapitals reports whether w, a word in capitals, is a name the text
// writes capitalised inside a sentence elsewhere ("OBAMA" for "Obama",
// "NASA"), and no ordinary word ("THE", "JURY").
func (f *finder) nameInCapitals(w string) bool {
	tc := titleCase(w)
	if stopwords[tc] || capsWords[w] || f.commonAcronym(w) {
		return false
	}
	if isAcronym(token{text: w, allCaps: true}) && f.capitalsOutsideHeadings()[w] && !f.isCommonWord(w) {
		return true
	}
	return places.has(tc) || f.capitalisedMidSentence(tc) && !f.isOrdinaryWord(tc)
}

// capitalsOutsideHeadings returns the words the text writes in capitals on
// lines of ordinary case ("NASA said"), made on first use.
func (f *finder) capitalsOutsideHeadings() map[string]bool {
	if f.capsOutside != nil {
		return f.capsOutside
	}
	f.capsOutside = map[string]bool{}
	for lo := 0; lo < len(f.toks); {
		hi := lo + 1
		for hi < len(f.toks) && !f.lineBreakBefore(hi) {
			hi++
		}
		if !f.capitalsLine(lo, hi) {
			for _, t := range f.toks[lo:hi] {
				if t.allCaps {
					f.capsOutside[t.text] = true
				}
			}
		}
		lo = hi
	}
	return f.capsOutside
}

// campusOfUniversity: "the University of California, Riverside", "the
// University of Wisconsin, Madison": a town set off by a comma right after
// a university named "University of ..." is the campus, part of its name.
// A list goes on after the town ("the University of Texas, Oklahoma and
// Baylor"); a campus is followed by a stop, a comma and a lower-case word,
// a bracket or a lower-case word.
func campusOfUniversity(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || a < 2 || f.word(a-1) != "," || len(f.cands) == 0 || !towns.has(f.text(a, b)) {
		return false
	}
	last := &f.cands[len(f.cands)-1]
	if last.end != f.toks[a-2].end || last.typ != Organization || !strings.HasPrefix(last.name, "University of ") && !strings.Contains(last.name, " University of ") {
		return false
	}
	// A university with campuses is a state's or a region's, named after
	// it ("of California"); one named after a person ("the University of
	// Goethe, Frankfurt, the team") is followed by its town, not a campus.
	if _, seat, _ := strings.Cut(last.name, "University of "); !places.has(seat) && !towns.has(seat) {
		return false
	}
	switch next := f.word(b); {
	case next == "and" || next == "or" || next == "&":
		return false
	case next == "," && b+1 < len(f.toks) && f.toks[b+1].upper:
		return false
	}
	f.extendLast(b, b-a)
	return true
}

// isOrdinaryWord reports whether word, in any case, is an ordinary English
// word: of the recogniser's vocabulary, a verb's or noun's form in "-s" of
// one ("WINS", "CRUISES"), or written in lower case in the text.
func (f *finder) isOrdinaryWord(word string) bool {
	w := strings.ToLower(word)
	return isBasicWord(w) || strings.HasSuffix(w, "s") && (isBasicWord(w[:len(w)-1]) || strings.HasSuffix(w, "es") && isBasicWord(w[:len(w)-2])) || f.isCommonWord(w)
}

// aloneOnLine reports whether toks[a:b] are all there is on their line.
func (f *finder) aloneOnLine(a, b int) bool {
	for i := f.toks[a].start - 1; i >= 0 && f.runes[i] != '\n'; i-- {
		if !unicode.IsSpace(f.runes[i]) {
			return false
		}
	}
	for i := f.toks[b-1].end; i < len(f.runes) && f.runes[i] != '\n'; i++ {
		if !unicode.IsSpace(f.runes[i]) {
			return false
		}
	}
	return true
}

// stateAfterTown: a state's postal code or abbreviation after a town and a
// comma ("Noblesville, IN", "Dekalb, Ill.") is a place, though most are
// ordinary words or acronyms elsewhere.
//
// Written with two dots or more ("S.C.", "N.J.", "W.Va.") an abbreviation
// is a state wherever it stands.
//
// It runs before the words that start no name are trimmed, since most codes
// in capitals are such words elsewhere ("IN", "ON", "OR"), and a code that
// leads a longer phrase is taken off it ("Toronto, ON July 22").
func stateAfterTown(f *finder, p *phraseSpan) bool {
	w := f.toks[p.a].text
	if !states.has(w) || p.descriptor {
		return false
	}
	dotted := strings.Count(w, ".") >= 2
	if !dotted && (f.word(p.a-1) != "," || !f.upperWord(p.a-2) || f.toks[p.a].allCaps && f.noTownBeforeCode(p.a-2)) {
		return false
	}
	if p.b-p.a > 1 {
		if !dotted && !f.toks[p.a].allCaps {
			return false // "Dekalb, Ill. Police" is left to the other rules
		}
		f.add(p.a, p.a+1, Place, true)
		p.a++
		return false
	}
	f.add(p.a, p.b, Place, true)
	return true
}

// noTownBeforeCode reports whether the capitalised word toks[k], before a
// comma and a state's code in capitals (a degree is never written as an
// abbreviation with a dot, "Ala."), ends what is no town: a person's
// full name, whose degree the code is ("Ann Quillan, MD, PhD"; "Dr. Wu,
// DO"), or an acronym listed with others ("MRT, CT and PET scans"). A
// town in capitals in a dateline is one ("NEW YORK, NY"): it is a place
// of the gazetteer, more than one word, or first on its line ("DEKALB,
// Ill.").
func (f *finder) noTownBeforeCode(k int) bool {
	a := f.capitalsRunStart(k)
	if f.toks[k].allCaps {
		return a == k && !f.toks[k].sentStart && !places.has(titleCase(f.toks[k].text)) && !towns.has(titleCase(f.toks[k].text))
	}
	name := f.text(a, k+1)
	if places.has(name) || towns.has(name) {
		return false
	}
	return f.fullPersonName(a, k+1) || a > 0 && titles[f.word(a-1)]
}

// capitalsRunStart returns the first of the capitalised words that end
// at toks[k], within its sentence: where a name ending there starts.
func (f *finder) capitalsRunStart(k int) int {
	a := k
	for a > 0 && f.upperWord(a-1) && !f.toks[a].sentStart {
		a--
	}
	return a
}

// townBeforeState: a name before a comma and a state or country is a town
// ("McAllen, Texas", "Orange County, Calif.", "Greenville, South
// Carolina").
func townBeforeState(f *finder, p *phraseSpan) bool {
	if f.word(p.b) != "," || !f.upperWord(p.b+1) || f.fullPersonName(p.a, p.b) || f.isOrganization(p.a, p.b) || orgs.has(f.text(p.a, p.b)) ||
		titles[f.toks[p.a].text] {
		return false // "Under Chancellor Otto Quillan, Germany's empire grew": a person, a clause
	}
	next := p.b + 1
	end := next
	for end < len(f.toks) && f.upperWord(end) && (end == next || !f.toks[end].sentStart) {
		end++
	}
	if !states.has(f.toks[next].text) && !places.has(f.text(next, end)) {
		return false
	}
	if f.namesEvent(p.a, p.b) {
		return false // "At the end of World War II, Germany surrendered": an event, a clause
	}
	if name := f.text(p.a, p.b); (strings.Contains(name, "&") || isApostrophe(f.word(end))) && !towns.has(name) && !places.has(name) {
		// "Ogilvy & Mather, New York": a firm of names and its office;
		// "Quillex, Japan's largest maker": a description of what is no
		// town ("Osaka, Japan's second city" is one).
		return false
	}
	f.add(p.a, p.b, Place, true)
	return true
}

// sportsTeam: a name is a team, not the place it is named for, before a
// player's position ("Pittsburgh center Maurkice Pouncey"), before its
// record ("Eagles (6-5, 3-4)"), in a line of scores ("Wild 4, Sabres 1")
// or on either side of a result between two places or plural names
// ("Minnesota beat Buffalo", "Palm Bay d. Rockledge").
func sportsTeam(f *finder, p *phraseSpan) bool {
	if f.fullPersonName(p.a, p.b) || p.b-p.a == 1 && (titles[f.word(p.a)] || titleModifiers[f.word(p.a)]) {
		// A title's word capitalised to start a sentence before a position
		// ("Head coach Dana Reyes", "Assistant manager Ann Wu") is the
		// first word of a job, not a team: a class of every sports report
		// that names its staff.
		return false
	}
	if p.b-p.a == 1 && demonyms.has(f.word(p.a)) && f.lowerWord(p.b) {
		return false // "Spanish fans", "Brazilian striker Ann Wu": a nationality, an adjective
	}
	if p.b-p.a == 1 && f.toks[p.a].sentStart && f.tags[p.a] == "JJ" && isEnglishWord(strings.ToLower(f.word(p.a))) && f.lowerWord(p.b) {
		return false // "Casual fans are ...": an adjective starting a sentence (ner20o)
	}
	a, b := p.a, p.b
	t := f.toks
	team := false
	switch next := f.word(b); {
	case sportsPositions[next] && (f.lowerWord(b) || t[b].allCaps) && (f.upperWord(b+1) || next == "fans" || next == "players" || next == "athletic"):
		team = true
	case positionModifiers[next] && f.lowerWord(b) && (sportsPositions[f.word(b+1)] || f.word(b+1) == "coordinator") && f.upperWord(b+2) &&
		!f.fullPersonName(a, b):
		team = true // "Toronto general manager Ann Wu", "Quux head coach Ann Wu"
	case next == "(" && (isRecord(f.word(b+1)) || f.word(b+1) == "NR") && f.word(b+2) == ")" || next == "(" && isRecord(f.word(b+1)) && f.word(b+2) == ",":
		team = true
	case isNumber(next) && !monthWords[f.text(a, b)] && !(b-a == 1 && (numberedParts[f.word(a)] || f.rankAt(a))) && (t[a].sentStart || f.word(a-1) == ",") && (f.word(b+1) == "," || f.word(b+1) == ":" || isNumber(f.word(b+1)) || f.word(b+1) == "—"):
		team = true
	default:
		// A result: both sides must look like teams, not persons, or a
		// score must follow ("Arsenal beat Benfica 2-1").
		if k := f.resultAfter(b); k > 0 {
			end := f.phraseEnd(k)
			team = f.teamsOfResult(a, b, k, end) || f.scoredResult(a, b, k, end)
		}
	}
	if !team && f.lowerWord(a-1) && f.lowerWord(a-2) {
		// "a 2-0 win over Quux", "their defeat to Zorbly", "a draw with
		// Quux", "the match against Zorbly": the other side of a result.
		team = resultNouns[f.word(a-2)][f.word(a-1)] && !f.fullPersonName(a, b) && f.recognised(a, b) != Person
	}
	if !team {
		for k := a - 1; k >= max(0, a-3); k-- {
			if start := f.phraseStart(k); start >= 0 {
				team = f.resultAfter(k+1) == a && (f.teamsOfResult(start, k+1, a, b) || f.scoredResult(start, k+1, a, b))
				break
			}
		}
	}
	if !team {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// teamsOfResult reports whether toks[a:b] and toks[c:d], joined by a
// result with no score, both look like teams. Outside a sports report,
// "Morales beat Vargas to death" tells of a crime (ner20o, seen on GA).
func (f *finder) teamsOfResult(a, b, c, d int) bool {
	if !f.teamLike(a, b) || !f.teamLike(c, d) {
		return false
	}
	return f.sports || !(f.word(d) == "to" && f.word(d+1) == "death")
}

// scoredResult reports whether toks[a:b] and toks[c:d], joined by a
// result, are followed by a score ("2-1") and neither is a person's name
// as the recogniser sees it ("Nadal beat Federer 6-3").
func (f *finder) scoredResult(a, b, c, d int) bool {
	return isRecord(f.word(d)) && f.recognised(a, b) != Person && f.recognised(c, d) != Person &&
		!f.fullPersonName(a, b) && !f.fullPersonName(c, d)
}

// positionModifiers come before a position of a team's staff: "general
// manager", "head coach", "defensive coordinator".
var positionModifiers = setOf("general", "head", "assistant", "associate", "offensive", "defensive", "interim")

// resultNouns name a result or a fixture, with the word that comes before
// the other side's name: "win over", "defeat to", "draw with", "match
// against".
var resultNouns = map[string]map[string]bool{
	"win": setOf("over", "against"), "victory": setOf("over", "against"), "triumph": setOf("over", "against"),
	"defeat": setOf("to", "by", "against"), "loss": setOf("to", "against"), "draw": setOf("with", "against"),
	"match": setOf("against"), "game": setOf("against"), "fixture": setOf("against"), "clash": setOf("with", "against"),
	"tie": setOf("against", "with"), "derby": setOf("against", "with"), "rematch": setOf("with", "against"),
}

// resultAfter returns where the second team's name starts when the words
// from i state a result ("beat", "d.", "rolled past"), or 0.
func (f *finder) resultAfter(i int) int {
	w := f.word(i)
	if winVerbs[w] && f.upperWord(i+1) {
		return i + 1
	}
	if winVerbs[w] && f.word(i+1) == "the" && f.upperWord(i+2) {
		return i + 2 // "Denver beat the Tulsa Hawks"
	}
	if w == "d" && f.word(i+1) == "." && f.upperWord(i+2) {
		return i + 2 // "Palm Bay d. Rockledge"
	}
	if resultMotions[w] && (f.word(i+1) == "past" || f.word(i+1) == "over" || f.word(i+1) == "by") && f.upperWord(i+2) {
		return i + 2
	}
	return 0
}

// monthWords name a month, as dates write it before a day ("Oct 17").
var monthWords = setOf("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
	"December")

// teamLike reports whether toks[a:b] could name a team: a place or town,
// or a name in the plural ("Sabres", "Blue Jackets").
func (f *finder) teamLike(a, b int) bool {
	if a < 0 || b <= a || b > len(f.toks) || !f.upperWord(a) {
		return false
	}
	if demonyms.has(f.toks[a].text) && b-a > 1 {
		a++ // "Eastern Michigan", "Northern Illinois"
	}
	name := f.text(a, b)
	last := f.toks[b-1].text
	return places.has(name) || towns.has(name) || last == "State" ||
		(strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !demonyms.has(last))
}

// phraseEnd returns the end of the run of capitalised words from i.
func (f *finder) phraseEnd(i int) int {
	j := i
	for j < len(f.toks) && f.upperWord(j) && (j == i || !f.toks[j].sentStart) {
		j++
	}
	return j
}

// phraseStart returns the start of the run of capitalised words ending at
// i, or -1 when toks[i] is not capitalised.
func (f *finder) phraseStart(i int) int {
	if !f.upperWord(i) {
		return -1
	}
	for i > 0 && f.upperWord(i-1) && !f.toks[i].sentStart {
		i--
	}
	return i
}

// isRecord reports whether s is a win-loss record ("6-5", "1-0-2").
func isRecord(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if !isNumber(p) {
			return false
		}
	}
	return true
}

// isNumber reports whether s is a whole number.
func isNumber(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isOrdinal reports whether s is a number written as an ordinal ("17th").
func isOrdinal(s string) bool {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(s, suffix); ok && isNumber(n) {
			return true
		}
	}
	return false
}

// surnamePlaceWords end a place's name but are surnames too ("Sally
// Field", "Carla Hills").
var surnamePlaceWords = setOf("Field", "Hills", "Lake", "Park", "Castle", "Tower", "Garden", "Rivers", "Banks",
	"Place", "Forest", "Island", "Valley", "Heights", "Lane", "Street", "Bridge", "Station", "Ridge", "Peak", "Hill")

// officeName: an office named after its seat, with no person's name after
// the title, is an organisation as a whole ("New York State Attorney
// General", "United Nations High Commissioner for Human Rights").
func officeName(f *finder, p *phraseSpan) bool {
	if p.descriptor {
		return false
	}
	t := f.toks
	a, b := p.a, p.b
	title := -1
	for i := a + 1; i < b; i++ {
		if titles[t[i].text] && (i == b-1 || t[i+1].text == "for" || t[i+1].text == "of") {
			title = i
			break
		}
	}
	if title < 0 {
		return false
	}
	if title == b-1 && f.word(b) == "to" && f.personEndsPhraseAt(b+1) {
		// "U.S. Ambassador to the European Union Curtis Quillstad": a
		// person holds the office; its seat is a descriptor.
		f.phrase(a, title, true)
		return true
	}
	seat := false
	for k := title; k > a; k-- {
		if places.has(f.text(a, k)) || orgs.has(f.text(a, k)) || (k == a+1 && isAcronym(t[a]) && !f.commonAcronym(t[a].text)) || f.isOrganization(a, k) {
			seat = true
			break
		}
	}
	if !seat {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// personEndsPhraseAt reports whether the capitalised phrase from toks[i]
// (after "the") ends with a person's full name ("the European Union
// Gordon Sondland").
func (f *finder) personEndsPhraseAt(i int) bool {
	if strings.EqualFold(f.word(i), "the") {
		i++
	}
	end := f.phraseEnd(i)
	for k := end - 2; k >= end-3 && k > i; k-- {
		if f.fullPersonName(k, end) {
			return true
		}
	}
	return false
}

// camelCaseCompany: a word with a capital inside ("WeWork", "SoftBank",
// "PolitiFact") is a company's or a brand's name; surnames written so
// ("McDonald", "DeBose") start with a known prefix.
func camelCaseCompany(f *finder, p *phraseSpan) bool {
	if f.fullPersonName(p.a, p.b) {
		return false
	}
	for j := p.a; j < p.b; j++ {
		if isCamelCase(f.toks[j].text) && capitals(f.toks[j].text) <= 3 {
			if len(f.mentionsOf(f.toks[j].text)) < 2 {
				// "Chromium's NetLog dumping", "the CanDestroy data
				// tag", "another HomePod": named once, a word in camel
				// case is a product, a feature or a tag as often as a
				// company (unseen pages: 0 of 9 right); a company is
				// named again, or the words around it say so (later
				// rules).
				return false
			}
			f.add(p.a, p.b, Organization, true)
			return true
		}
	}
	return false
}

// capitals counts the upper-case letters of w.
func capitals(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// isCamelCase reports whether w has an upper-case letter after a
// lower-case one and does not start like a surname ("McDonald").
func isCamelCase(w string) bool {
	rs := []rune(w)
	inner := -1
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			inner = i
			break
		}
	}
	if inner < 0 {
		return false
	}
	prefix := string(rs[:inner])
	for _, p := range camelPrefixes {
		if prefix == p || strings.HasSuffix(prefix, "-"+p) {
			return false
		}
	}
	return !strings.ContainsAny(prefix, "-'’")
}

// organizationByContext: a name is an organisation after a word for its
// kind ("the research firm Oanda", "investor SoftBank"), before a word
// for its shares, money or staff ("Home Depot shares", "WeWork employees",
// "Arsenal manager"), after a job and "at" or "of" ("strategist at Miller
// Tabak", "CEO of DH"), or after a holding in it ("shares of Stripe", "a
// stake in Benfica"). A person's full name or a well-known place is left
// alone.
func organizationByContext(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || places.has(f.text(a, b)) || b-a == 1 && (titles[f.word(a)] || titleModifiers[f.word(a)]) {
		return false // "Head coach Dana Reyes", "Chief executive Ann Wu": a job's first word, not a club
	}
	if !f.organizationContext(a, b) {
		return false
	}
	if b-a == 1 && f.surnameSoFar(f.text(a, b)) && !(f.lowerWord(a-1) && (mediumCueNouns[f.word(a-1)] || orgCueNouns[f.word(a-1)])) {
		// "Grant Sabatier suggests ... Sabatier shares the formula": the
		// surname of a person the text named is that person, whatever verb
		// follows, unless a word for a firm leads it ("the firm Sabatier").
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// organizationContext reports whether the words around toks[a:b] say it
// names an organisation (organizationByContext).
func (f *finder) organizationContext(a, b int) bool {
	before := a - 1
	if f.word(before) == "the" {
		before--
	}
	org := f.lowerWord(a-1) && mediumCueNouns[f.word(a-1)] || !f.fullPersonName(a, b) && (f.lowerWord(a-1) && orgCueNouns[f.word(a-1)] ||
		f.lowerWord(b) && orgAfterNouns[f.word(b)] && !f.adjectiveStartingSentence(a, b) || f.appositiveOrganization(b) ||
		f.lowerWord(b) && orgAfterNounsInside[f.word(b)] && !f.toks[a].sentStart || f.afterBasedIn(a) || f.afterOwnership(a) ||
		f.statementOf(a, b) || f.doesBusiness(a, b))
	if !org && before >= 1 {
		switch f.word(before) {
		case "at", "of":
			job := f.word(before - 1)
			org = jobNouns[job] && (f.lowerWord(before-1) || f.toks[before-1].allCaps)
		}
		if w := f.word(before); !org && (w == "of" || w == "in") && orgStakeNouns[strings.ToLower(f.word(before-1))] {
			org = !f.fullPersonName(a, b) && !f.surnameSoFar(f.text(a, b))
		}
	}
	return org
}

// clubOfTransfer: "on loan from Quux", "signed from Zorbly", "joined
// Zorbly in 2019": a name a player moves from or to is a club, even one
// named after its town ("on loan from Porto"). A place is taken for a
// club after "joined" only in a sports report ("joined France in
// condemning" is a government), and a person's name never.
func clubOfTransfer(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || !f.lowerWord(a-1) {
		return false
	}
	before, lead := f.word(a-1), strings.ToLower(f.word(a-2))
	moved := (before == "from" || before == "to" || before == "at") && (lead == "loan" || lead == "transfer" || lead == "transferred") ||
		(before == "from" || before == "for") && (lead == "signed" || lead == "signs" || lead == "signing")
	joined := joinVerbs[before]
	if !moved && !joined {
		return false
	}
	name := f.text(a, b)
	if f.fullPersonName(a, b) || f.surnameSoFar(name) || firstNames.has(f.toks[a].text) && b-a == 1 || demonyms.has(name) ||
		titles[f.toks[a].text] || states.has(name) {
		return false
	}
	if joined && !f.sports && (places.has(name) || f.recognised(a, b) == Person) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// joinVerbs come before a club or a company someone joins.
var joinVerbs = setOf("joined", "joins", "rejoined", "rejoins")

// streetOfAnotherLanguage: "corso Monforte", "piazza Navona", "rue de
// Rivoli": a street named in its own language, its word for a street
// written in lower case before the name, is a place, that word included.
func streetOfAnotherLanguage(f *finder, p *phraseSpan) bool {
	a := p.a
	if connectors[f.word(a-1)] && f.lowerWord(a-1) && isForeignStreetWord(f.word(a-2)) {
		a-- // "rue de Rivoli"
	}
	if p.descriptor || !f.lowerWord(a-1) || !isForeignStreetWord(f.word(a-1)) || f.fullPersonName(p.a, p.b) {
		return false
	}
	f.add(a-1, p.b, Place, true)
	return true
}

// isForeignStreetWord reports whether w, in lower case, is a word for a
// street in another language that English does not have too: "sent via
// Zorbly" is no street.
func isForeignStreetWord(w string) bool {
	return streetWords[w] && !englishStreetWords[w]
}

// aboutHeading: "About Zorbly" alone on its line heads the paragraph a
// press release ends with, about the company that sends it; the name is
// that company's.
func aboutHeading(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || a < 1 || f.word(a-1) != "About" || !f.aloneOnLine(a-1, b) || places.has(f.text(a, b)) || f.fullPersonName(a, b) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// adjectiveStartingSentence reports whether toks[a:b] is one English word
// that starts a sentence, capitalised by its place before the noun it
// qualifies ("Small investors are dismayed", "Takeover stock traders"):
// no name of a business, which the lexicon and the gazetteer know when
// it is a word ("Apple shares").
func (f *finder) adjectiveStartingSentence(a, b int) bool {
	return b-a == 1 && f.toks[a].sentStart && isEnglishWord(f.toks[a].text)
}

// afterOwnership reports whether toks[a] follows words that say how a
// business is owned or traded, which no person or place takes: "closely
// held Quux", "publicly traded Zorbly", "state-owned Varrow",
// "Nasdaq-listed Quillex". "held", "owned", "traded" and "listed" count
// only after their adverb, since alone they are verbs ("police held
// Smith").
func (f *finder) afterOwnership(a int) bool {
	w := f.word(a - 1)
	if ownershipVerbs[w] {
		return ownershipAdverbs[f.word(a-2)]
	}
	stem, form, ok := strings.Cut(w, "-")
	if !ok || stem == "" {
		return false
	}
	return businessForms[form] || ownershipVerbs[form] && ownerStems[strings.ToLower(stem)]
}

// ownershipVerbs say how a business is held, after an adverb ("closely
// held") or a hyphen ("state-owned", "Nasdaq-listed"); ownershipAdverbs
// are the adverbs. After a hyphen, only businessForms say so whoever
// holds it; the others are said of people too ("Kremlin-backed Ann Wu",
// "a rebel-held town"), so they need a holder of businesses before the
// hyphen (ownerStems: "state-run", "family-controlled").
var (
	ownershipVerbs   = setOf("held", "owned", "traded", "listed", "run", "controlled", "backed")
	ownershipAdverbs = setOf("closely", "privately", "publicly", "wholly", "jointly", "majority", "partly", "family")
	businessForms    = setOf("owned", "traded", "listed")
	ownerStems       = setOf("state", "family", "government", "employee", "privately", "publicly", "foreign", "venture", "investor", "bank", "company")
)

// afterBasedIn reports whether the name at toks[a] follows an adjective
// of where it is based, perhaps with a word for its kind: "the Oregon-based
// brewer Quux", "Paris-based Zorbly". A person's job between
// ("London-based artist Ann Wu") makes it a person's name.
func (f *finder) afterBasedIn(a int) bool {
	k := a - 1
	if f.lowerWord(k) && !strings.HasSuffix(f.word(k), "-based") {
		if w := f.word(k); roleNouns[w] || jobNouns[w] || !strings.HasPrefix(f.tags[k], "NN") {
			return false
		}
		k--
	}
	return k >= 0 && strings.HasSuffix(f.word(k), "-based")
}

// statementOf reports whether the name toks[a:b] "said in a statement" (or
// a filing, a release): organisations speak so; a person so speaking is
// named in full first, and a place ("China said in a statement") is left
// to the gazetteer.
func (f *finder) statementOf(a, b int) bool {
	if w := f.word(b); w != "said" && w != "says" || f.word(b+1) != "in" {
		return false
	}
	if det := f.word(b + 2); det != "a" && det != "an" && det != "its" || !statementNouns[f.word(b+3)] {
		return false
	}
	name := f.text(a, b)
	return !places.has(name) && !towns.has(name) && !demonyms.has(name) && !f.surnameSoFar(name) && !firstNames.has(f.toks[a].text)
}

// doesBusiness reports whether the name toks[a:b] is the subject of what
// only a business does: "Zorbly cut 300 jobs", "Quux laid off staff",
// "Zorbly reported quarterly revenue", "Quux filed for bankruptcy",
// "Zorbly went public". A person named in full, a surname of one and a
// place (a state cuts jobs too) are left alone.
func (f *finder) doesBusiness(a, b int) bool {
	verb := f.word(b)
	if !f.lowerWord(b) || !businessVerbs[verb] {
		return false
	}
	found := false
	for k := b + 1; k <= b+4 && f.lowerWord(k) || k <= b+4 && isNumber(strings.ReplaceAll(f.word(k), ",", "")); k++ {
		if businessObjects[verb][f.word(k)] {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	name := f.text(a, b)
	return !places.has(name) && !towns.has(name) && !demonyms.has(name) && !f.surnameSoFar(name) && !firstNames.has(f.toks[a].text)
}

// businessVerbs, with the words one of which follows within four words,
// state what a business does.
var (
	businessObjects = map[string]map[string]bool{
		"cut":      setOf("jobs", "workers", "staff", "employees", "positions", "roles"),
		"slashed":  setOf("jobs", "workers", "staff", "employees", "positions", "roles"),
		"shed":     setOf("jobs", "workers", "staff", "employees", "positions", "roles"),
		"laid":     setOf("off"),
		"lays":     setOf("off"),
		"reported": setOf("revenue", "revenues", "earnings", "profit", "profits", "sales", "loss", "losses"),
		"posted":   setOf("revenue", "revenues", "earnings", "profit", "profits", "sales", "loss", "losses"),
		"filed":    setOf("bankruptcy"),
		"went":     setOf("public", "bankrupt"),
	}
	businessVerbs = func() map[string]bool {
		m := map[string]bool{}
		for v := range businessObjects {
			m[v] = true
		}
		return m
	}()
)

// statementNouns are what an organisation says things in.
var statementNouns = setOf("statement", "filing", "release", "announcement", "notice")

// appositiveOrganization reports whether the words from b say what kind of
// organisation the name before them is: "Quillex, a group co-founded by",
// "Quillstat, the research firm".
func (f *finder) appositiveOrganization(b int) bool {
	if f.word(b) != "," {
		return false
	}
	start := b + 2
	switch {
	case f.word(b+1) == "a" || f.word(b+1) == "an" || f.word(b+1) == "the":
	case places.has(f.word(b+1)) && isApostrophe(f.word(b+2)) && f.word(b+3) == "s":
		// "Quillex, Switzerland's third largest bank,": a country's
		// possessive before the kind.
		start = b + 4
	default:
		return false
	}
	for k := start; k < start+4 && (f.lowerWord(k) || f.kindModifier(k)); k++ {
		w := f.word(k)
		if roleNouns[w] || jobNouns[w] {
			return false
		}
		if orgCueNouns[w] || w == "bank" && start == b+4 {
			return !isApostrophe(f.word(k + 1))
		}
	}
	return false
}

// labelWithLetter: a word and a capital letter label a thing ("Group C",
// "Plan B", "Pool A"), neither a person nor a place; a given name and a
// letter name a person ("Ann Z").
func labelWithLetter(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 2 || p.descriptor {
		return false
	}
	last := []rune(f.toks[p.b-1].text)
	if len(last) != 1 || !unicode.IsUpper(last[0]) || f.toks[p.a].allCaps || firstNames.has(f.toks[p.a].text) {
		return false
	}
	if !f.sports && !f.matches && !f.reportsScore() {
		// "a Category B prison", "Plan B": outside a text about matches a
		// class's letter names no thing; a group of a tournament does
		// ("Group C").
		return false
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// pluralTeam: a name in the plural after "the" is a team,
// a band or a party ("the Steelers", "the Blue Jackets", "the
// Conservatives"), unless it is a place ("the Philippines") or a people.
func pluralTeam(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	last := f.toks[b-1].text
	if !strings.EqualFold(f.word(a-1), "the") || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || possessiveWord(last) {
		return false
	}
	if next := f.word(b); f.lowerWord(b) && (programmeNouns[next] || craftCueNouns[next] || productCueNouns[next]) {
		return false // "the Artemis program", "the Quux Mars rover": a thing's name before its kind
	}
	whole := f.text(a, b)
	if !f.sports && !f.matches && f.placeByStrongPosition(a, b) {
		// "the Alps and the Pyrenees", "the Pyrenees and Spain":
		// listed with a place, outside a text about matches, a plural
		// names a range or a group of islands (measured apart).
		f.rule = "a plural listed with a place"
		f.add(a, b, Place, true)
		return true
	}
	if places.has(whole) || demonyms.has(last) || f.isDemonymOfPlace(whole) || f.isCommonWord(last) ||
		f.fullPersonName(a, b) && !f.isOrdinaryWord(last) {
		return false // "the Dallas Stars" is a team though "Dallas" is a given name
	}
	if !f.sports && towns.has(whole) && !isEnglishWord(strings.TrimSuffix(last, "s")) {
		// "the Nogales port of entry", "the Champs-Elysees", "the
		// Dardanelles": a town or feature whose name ends in -s, not
		// the plural of a word as teams' names are ("the Kings").
		return false
	}
	if stem := strings.TrimSuffix(last, "s"); b-a == 1 && (f.surnameSoFar(stem) || strings.HasSuffix(stem, "e") && f.surnameSoFar(strings.TrimSuffix(stem, "e"))) {
		// "the Quuxes", "the Bidens" after "Joe Biden": a family named
		// by its surname, which is a person's.
		f.add(a, b, Person, true)
		return true
	}
	if !f.aboutMatches() && !f.sentenceAboutPlay(a) && !(f.lowerWord(b) && bandWorkNouns[f.word(b)]) {
		// "the Special Editions", "the United States Embassies", "the
		// Ballard Locks": outside a text about matches a plural after
		// "the" names a thing, a place or a group as often as a team
		// (unseen pages: 1 of 14 right), unless its sentence is about
		// play ("scored for the Quillans") or a band's work follows ("the
		// Rolling Quuxes album"); the later rules decide.
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// playWords, in a sentence, say it is about a match or a team's play
// ("scored for the Quillans", "the Quillans won", "the Quillans' coach").
var playWords = setOf("scored", "scores", "won", "win", "wins", "coach", "season", "playoffs", "match", "game", "games", "roster")

// bandWorkNouns follow a band named in the plural ("the Rolling Quuxes
// album").
var bandWorkNouns = setOf("album", "albums", "song", "songs", "single", "tour", "concert", "concerts", "record", "band")

// sentenceAboutPlay reports whether the sentence of toks[i] holds a
// word of a match or a team's play (playWords, winVerbs, scoreVerbs).
func (f *finder) sentenceAboutPlay(i int) bool {
	start := i
	for start > 0 && !f.toks[start].sentStart {
		start--
	}
	for k := start; k < len(f.toks) && (k == start || !f.toks[k].sentStart); k++ {
		if w := f.toks[k].text; playWords[w] || winVerbs[w] || scoreVerbs[w] {
			return true
		}
	}
	return false
}

// aboutMatches reports whether the text is about matches: a sports
// report or one that reports a score. A team a rule read by one result
// (f.matches) is not enough: one false reading ("Casual fans" as a
// team) would make every plural of a text about films a team.
func (f *finder) aboutMatches() bool { return f.sports || f.reportsScore() }

// townAfterPreposition: a town of the gazetteer after "in", "near" or
// "from", or after "to" where something moves there ("taken to Suddie",
// "flew to Denver"), or after a word for a part of it ("northern Idlib"),
// is a place ("Pizza Express in Woking").
func townAfterPreposition(f *finder, p *phraseSpan) bool {
	if regionWords[f.word(p.a-1)] {
		// "in northern Idlib", "southern Kherson": a part of a place.
		if !towns.has(f.text(p.a, p.b)) || f.fullPersonName(p.a, p.b) {
			return false
		}
		f.add(p.a, p.b, Place, true)
		return true
	}
	at := p.a - 1
	if featureAfterThe(f, p) {
		at-- // "in the Tiber", "across the Sahel"
	}
	switch f.word(at) {
	case "in", "near", "outside", "from", "around", "across", "throughout", "via":
	case "at", "inside":
		// "met at Camp David", "at the Louvre": a building or a site of
		// the named places; a town is seldom "at", a company often is
		// ("at Quux").
		if !namedFeatures.has(f.text(p.a, p.b)) || inOrgLexicon(f.text(p.a, p.b)) {
			return false
		}
	case "to", "into", "toward", "towards":
		if !motionWords[strings.ToLower(f.word(at-1))] {
			return false // "spoke to Nelson": a person
		}
	default:
		return false
	}
	if !f.lowerWord(at) || !towns.has(f.text(p.a, p.b)) || f.fullPersonName(p.a, p.b) && !compassWords[f.toks[p.a].text] {
		return false // "in North Darfur" is no person North
	}
	f.add(p.a, p.b, Place, true)
	return true
}

// featureAfterThe reports whether the phrase follows "the" and is a named
// place of a kind news writes with the article (features.txt: a river, a
// region, a building: "the Tiber", "the Sahel", "the Louvre"), standing
// alone, not as a modifier before a noun ("the Nile delta"), and no
// organisation of the lexicon.
func featureAfterThe(f *finder, p *phraseSpan) bool {
	name := f.text(p.a, p.b)
	if strings.ToLower(f.word(p.a-1)) != "the" || !namedFeatures.has(name) || inOrgLexicon(name) || orgs.has(name) {
		return false
	}
	return !f.lowerWord(p.b) || featureFollowers[f.word(p.b)]
}

// featureFollowers are the lower-case words that may follow a place's
// name where it is no modifier of a noun: prepositions, conjunctions,
// verbs of being and the like.
var featureFollowers = setOf("in", "on", "at", "near", "and", "or", "to", "from", "with", "where", "which", "that", "is", "was", "were", "are", "has", "had", "last", "this", "for", "after", "before", "until", "since", "when", "while", "but")

// personByFirstName: two to four capitalised words starting with a known
// given name are a person's name ("Jason La Canfora", "Robin Biesbroek"),
// unless the recogniser took them for an organisation.
func personByFirstName(f *finder, p *phraseSpan) bool {
	if p.descriptor || !f.firstNamePerson(p.a, p.b) {
		return false
	}
	f.add(p.a, p.b, Person, true)
	return true
}

// firstNamePerson reports whether personByFirstName reads toks[a:b] as a
// person's name by its form: a known given name and more words, or a
// family name first, that the gazetteers list as nothing else, that the
// recogniser reads as no organisation it knows, no model's code and no
// region.
func (f *finder) firstNamePerson(a, b int) bool {
	if !f.fullPersonName(a, b) && !f.familyNameFirstName(a, b) {
		return false
	}
	whole := f.text(a, b)
	if places.has(whole) || towns.has(whole) || orgs.has(whole) || f.recognised(a, b) == Organization && !f.unknownToRecogniser(a, b) {
		return false
	}
	if modelCodeAfter(f.toks, a, b) {
		return false // a model's code: "Dell G3", "Dell Alienware AW3418DW"
	}
	// A region, or a body named after one: "West Quillshire" (compassWords);
	// a name led by an article of French or Spanish: "La Quillana", "El
	// Varrosa", a wine, a place, a newspaper or a nickname.
	return !compassWords[f.toks[a].text] && !leadingArticles[f.toks[a].text]
}

// leadingArticles are the articles of French and Spanish that lists of
// given names hold too ("La", "Le", "El"), but that lead no person's full
// name: "Jason La Quillana" holds one as a surname's particle.
var leadingArticles = setOf("La", "Le", "El")

// unknownToRecogniser reports whether toks[a:b] is a person's name that
// the recogniser does not know, as it knows few from outside the
// English-speaking world: led by a given name ("Narendra", "Giorgia") that
// leads no more than a few towns ("San", "Santa" lead thousands), its other
// words, and the parts of a hyphenated one, no English word, town or word
// of an organisation's or a place's name, and the recogniser's labels
// split between an organisation and a place or a person ("Narendra" a
// place, "Modi" an organisation), not an organisation throughout. Its vote
// for an organisation then says nothing against the given name.
func (f *finder) unknownToRecogniser(a, b int) bool {
	first := f.toks[a].text
	if !firstNames.has(first) || geoNamesTowns.leadsAtLeast(first+" ", townLeadingWordTowns) {
		return false
	}
	org, other := 0, 0
	for i := a; i < b; i++ {
		for _, w := range strings.Split(f.toks[i].text, "-") {
			if i > a && (isEnglishWord(w) || isBasicWord(w) || orgLastWords[w] || placeLastWords[w] || orgs.has(w) || towns.has(w)) {
				return false
			}
		}
		switch entityType(f.labels[i]) {
		case Organization:
			org++
		case Person, Place:
			other++
		}
	}
	return org <= other
}

// familyNameFirstName reports whether toks[a:b] is a Chinese, Korean or
// Vietnamese name written family name first ("Xi Jinping", "Kim Jong
// Un"): two or three capitalised words, the first a common family name,
// the others no English words.
func (f *finder) familyNameFirstName(a, b int) bool {
	if b-a < 2 || b-a > 3 || !familyNameFirst[f.toks[a].text] {
		return false
	}
	for _, t := range f.toks[a+1 : b] {
		if !t.word || !t.upper || t.allCaps || f.isOrdinaryWord(t.text) || isEnglishWord(t.text) || orgLastWords[t.text] || placeLastWords[t.text] {
			return false
		}
	}
	return true
}

// townLeadingWordTowns is how many of GeoNames' towns a word must lead to
// be read as a town's first word rather than a given name ("San" leads
// 2,759, "Los" 296, "Pedro" 34, "John" 2).
const townLeadingWordTowns = 50

// quotedWorks adds the titles in quotation marks as works ("the single
// “Quiet Harbour”", "“Walking On the Pier”", "“Sailing with the
// Giants”") and returns the tokens they cover. A title is two or more
// words, every one capitalised but the short function words, or one
// word after a word for a work ("the album “Pose”"). Quoted speech is
// not in title case.
func (f *finder) quotedWorks() map[int]bool {
	covered := map[int]bool{}
	t := f.toks
	for i := 0; i < len(t); i++ {
		if !isOpeningQuote(t[i].text) {
			continue
		}
		j := i + 1
		for j < len(t) && j <= i+12 && !isClosingQuote(t[j].text) && t[j].text != "\n" {
			j++
		}
		if j >= len(t) || !isClosingQuote(t[j].text) {
			continue
		}
		end := j
		for end > i+1 && (t[end-1].text == "," || t[end-1].text == "." || t[end-1].text == "!" || t[end-1].text == "?") {
			end--
		}
		// "the" before a quoted name makes it a nickname ("the “Quux
		// Kid”"), unless a word for a feature or a programme follows it
		// ("the “Zorb Ahead” programme").
		thingAfter := f.lowerWord(j+1) && quotedNameKinds[f.word(j+1)] == Other
		if f.quotedTerm(i+1, end) {
			for k := i + 1; k < end; k++ {
				covered[k] = true // a term, no name: no rule types it
			}
		} else if f.isTitle(i+1, end) && (!nameCues[f.word(i-1)] || f.word(i-1) == "the" && thingAfter) && !f.speechAfter(j+1) && !f.quotedModifier(i, j) {
			f.add(i+1, end, f.quotedKind(i, j), true)
			for k := i + 1; k < end; k++ {
				covered[k] = true
			}
		}
		i = j
	}
	return covered
}

// quotedTerm reports whether the quoted toks[a:b] is a term, not a title:
// ordinary words in capitals, as a standard quotes its key words ("“MUST
// NOT”", "“SHALL NOT”"), or a word and a letter that labels one of a set
// ("“Group A”", "“Type B”").
func (f *finder) quotedTerm(a, b int) bool {
	if b-a == 2 && len(f.toks[b-1].text) == 1 && f.toks[b-1].upper && f.toks[a].word && !f.toks[a].allCaps {
		return true
	}
	for k := a; k < b; k++ {
		if !f.toks[k].allCaps || !isEnglishWord(f.toks[k].text) {
			return false
		}
	}
	return true
}

// speechVerbs, after a quotation and maybe its speaker, make it speech
// ("“Thank You All,” he said"), not a title.
var speechVerbs = setOf("said", "says", "say", "told", "tells", "asked", "asks", "added", "adds", "shouted", "shouts",
	"replied", "replies", "tweeted", "tweets", "chanted", "yelled", "explained", "insisted", "declared", "wrote")

// speechAfter reports whether a verb of speech follows the closing
// quotation mark before toks[k], at once or after a speaker of up to
// three words ("he said", "the mayor said", "Ann Wu told reporters").
// Speech ends in a comma, a question mark or an exclamation mark, inside
// the quotation marks or just after them ("“Thank You All,” he said");
// a name quoted with none is the verb's subject ("“The Quux Review”
// wrote").
func (f *finder) speechAfter(k int) bool {
	switch f.word(k - 2) {
	case ",", "?", "!":
	default:
		if f.word(k) != "," {
			return false
		}
	}
	if f.word(k) == "," {
		k++
	}
	for n := k; n < len(f.toks) && n <= k+3 && !f.lineBreakBefore(n); n++ {
		if f.lowerWord(n) && speechVerbs[f.word(n)] {
			return true
		}
		if !f.toks[n].word {
			return false
		}
	}
	return false
}

// quotedModifier reports whether the name in quotation marks from toks[i]
// to toks[j] is used as a common noun or modifies one, which a work's
// title is not: after "a" or "an" and maybe adjectives ("a dedicated
// “Quiet Team”"), or before a noun in lower case that is no word for a
// work or its part ("a new “Quux Studies” class", "the “Quux Now”
// slogan"; but "the “Cold Orbit” trailer").
func (f *finder) quotedModifier(i, j int) bool {
	k := i - 1
	for k > 0 && k > i-4 && f.lowerWord(k) && (strings.HasPrefix(f.tags[k], "JJ") || f.tags[k] == "VBN") {
		k--
	}
	if w := strings.ToLower(f.word(k)); (w == "a" || w == "an") && f.toks[k].word {
		return !f.workKindAfter(j + 1)
	}
	n := j + 1
	if !f.lowerWord(n) || !strings.HasPrefix(f.tags[n], "NN") || f.toks[n].start != f.toks[j].end+1 || !f.toks[j-1].word {
		return false
	}
	w := f.word(n)
	_, kind := quotedNameKinds[w]
	return !workCueNouns[w] && !workParts[w] && !partsAfterWorks[w] && !workKindsPlural[w] && !kind
}

// quotedNameKinds are the nouns that say what a name in quotation marks
// names, before it ("the weekly “The Ringing Quux”"), after it ("the
// “Quiet Harbour” festival") or after it and a comma ("“The Ringing
// Quux,” a weekly newspaper"): a publication or a
// group is an organisation, a gathering an event; other names so quoted
// are works.
var quotedNameKinds = map[string]EntityType{
	"newspaper": Organization, "newspapers": Organization, "magazine": Organization, "weekly": Organization,
	"daily": Organization, "tabloid": Organization, "journal": Organization, "website": Organization,
	"group": Organization, "company": Organization, "firm": Organization, "party": Organization,
	"band": Organization, "charity": Organization, "organization": Organization, "organisation": Organization,
	"movement": Organization, "sect": Organization, "startup": Organization, "publisher": Organization,
	"festival": Event, "conference": Event, "summit": Event, "tournament": Event, "competition": Event,
	// A feature, an app, a setting or a programme named in quotation
	// marks is other (issue 16's fourteenth round, ner19e): "the new
	// “Quux Focus” feature", "the “Zorb Ahead” programme".
	"feature": Other, "app": Other, "software": Other, "browser": Other, "service": Other, "setting": Other,
	"mode": Other, "program": Other, "programme": Other, "initiative": Other, "scheme": Other, "award": Other,
	"device": Other, "tool": Other,
}

// quotedKind returns the type of the name in quotation marks from the
// opening one at toks[i] to the closing one at toks[j]: that of a noun of
// quotedNameKinds before it or in an apposition after it, else a work.
func (f *finder) quotedKind(i, j int) EntityType {
	k := i - 1
	if f.word(k) == "the" || f.word(k) == "a" {
		k--
	}
	if typ, ok := quotedNameKinds[f.word(k)]; ok && f.lowerWord(k) {
		return typ
	}
	if typ, ok := quotedNameKinds[f.word(j+1)]; ok && f.lowerWord(j+1) && f.word(j-1) != "," {
		return typ // "the “Quiet Harbour” festival"
	}
	k = j + 1
	if f.word(j-1) != "," && f.word(k) == "," {
		k++
	}
	if f.word(j-1) != "," && k == j+1 || !f.lowerWord(k) || f.word(k) != "a" && f.word(k) != "an" && f.word(k) != "the" {
		return Work
	}
	for n := k + 1; n < len(f.toks) && n <= k+4 && f.lowerWord(n); n++ {
		if typ, ok := quotedNameKinds[f.word(n)]; ok {
			if f.word(n) == "weekly" || f.word(n) == "daily" {
				continue // "a weekly newspaper": the noun decides
			}
			return typ
		}
		if workCueNouns[f.word(n)] || !strings.HasPrefix(f.tags[n], "JJ") && !strings.HasPrefix(f.tags[n], "NN") {
			break
		}
	}
	return Work
}

// isTitle reports whether toks[a:b] read as the title of a work.
func (f *finder) isTitle(a, b int) bool {
	t := f.toks
	if b <= a || !f.upperWord(a) {
		return false
	}
	words := 0
	for k := a; k < b; k++ {
		switch {
		case t[k].word && t[k].upper:
			words++
		case t[k].word && titleSmallWords[t[k].text]:
		case isApostrophe(t[k].text) && k > a:
		default:
			return false
		}
		if t[k].sentStart && k > a {
			return false
		}
	}
	if words >= 2 {
		return true
	}
	return words == 1 && b-a == 1 && workCueNouns[f.word(a-2)] && !t[a].allCaps
}

// titleSmallWords stay in lower case inside a title ("What a Fool
// Believes", "Sailing with the Giants").
var titleSmallWords = setOf("a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "with", "at", "by",
	"from", "as", "but", "nor", "is")

func isOpeningQuote(s string) bool { return s == "“" || s == "\"" }
func isClosingQuote(s string) bool { return s == "”" || s == "\"" }

// nameCues, before a name in quotation marks, say it is a name, not a
// work's title ("dubbed the “Black Death”", "the so-called “Hanoi
// Hilton”").
var nameCues = setOf("dubbed", "called", "nicknamed", "named", "as", "so-called", "the",
	// A verb of naming in any tense (ner18p): "the rival he calls “Tiny
	// Tom”", "what critics dub “the Quux Plan”".
	"calls", "call", "calling", "dubs", "dub", "dubbing", "nicknames", "nickname")

// governmentOfNation: a nationality before a government body is no part of
// its name ("British Foreign Office", "Russian Defence Ministry"); the
// body is typed alone.
func governmentOfNation(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.b-p.a < 3 || !demonyms.has(t[p.a].text) || !(titleModifiers[t[p.a+1].text] || governmentWords[t[p.b-1].text]) {
		return false
	}
	if partyAdjectives[t[p.a].text] || t[p.b-1].text == "Party" {
		// A party's body, or a party named with its nation: "the
		// Republican National Committee", "the Scottish National Party"
		// (ner21b).
		return false
	}
	if armedForceWords[t[p.b-1].text] {
		// A state's armed force or police is named with its nationality
		// ("the Peruvian Air Force", "the Kenyan Federal Police"; ner20o,
		// seen on FA and GA): the whole is the body's name.
		f.add(p.a, p.b, Organization, true)
		return true
	}
	f.phrase(p.a+1, p.b, p.descriptor)
	return true
}

// armedForceWords end the name of a state's armed force or police, which
// keeps its nationality.
var armedForceWords = setOf("Army", "Navy", "Force", "Forces", "Police")

// governmentWords end the name of a state's body.
var governmentWords = setOf("Ministry", "Office", "Government", "Parliament", "Army", "Navy", "Embassy", "Cabinet",
	"Police", "Senate", "Department", "Forces", "Force", "Administration")

// abbreviationInBrackets: an abbreviation in brackets right after a name
// is that name's, of its type ("Sierra Nevada Corporation (SNC)", "Nikkei
// 225 (N225)").
func abbreviationInBrackets(f *finder, p *phraseSpan) bool {
	t := f.toks
	a := p.a
	if p.b-a != 1 || f.word(a-1) != "(" || f.word(a+1) != ")" || a < 2 || len(f.cands) == 0 || !isAllCaps(t[a].text) {
		return false
	}
	last := f.cands[len(f.cands)-1]
	if last.end != t[a-2].end || last.typ == "" || last.typ == Person {
		return false
	}
	f.add(a, p.b, last.typ, true)
	return true
}

// programmeBeforeCueNoun: "the Artemis program", "the Apollo mission" are
// programmes, neither persons nor places.
func programmeBeforeCueNoun(f *finder, p *phraseSpan) bool {
	if p.descriptor || !f.lowerWord(p.b) || !programmeNouns[f.word(p.b)] || places.has(f.text(p.a, p.b)) {
		return false
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// programmeNouns follow a programme's name ("the Artemis program"): the
// words of kindWords marked kindProgrammeCue.
var programmeNouns = kindWordsFor(kindProgrammeCue)

// townBeforeLocalNoun: a town before a word for its people or its
// services is a place ("Forest Hill police", "Spokane residents").
func townBeforeLocalNoun(f *finder, p *phraseSpan) bool {
	if !f.lowerWord(p.b) || !isLocalNoun(f.word(p.b)) || !(towns.has(f.text(p.a, p.b)) || places.has(f.text(p.a, p.b))) || f.fullPersonName(p.a, p.b) {
		return false
	}
	f.add(p.a, p.b, Place, true)
	return true
}

// localNouns, after a place's name, name its people, its services or a
// part of it ("Spokane residents", "the Brelford police", "a Harmsby man",
// "the Forest Hill neighborhood"). A word marked true puts a place there
// after any name; one marked false only after a town a gazetteer lists,
// being said of a company's people as often ("Zentrix officials", "the
// Zentrix council") or of something else than a place ("the Hartfield
// area"). "Family" is none: it is said of a surname ("the Nixon family").
var localNouns = map[string]bool{
	"man": true, "men": true, "woman": true, "women": true, "teen": true, "teens": true, "teenager": true,
	"teenagers": true, "boy": true, "boys": true, "girl": true, "girls": true, "homeowner": true,
	"homeowners": true, "residents": true, "resident": true, "police": true, "mayor": true, "native": true,
	"natives": true, "villagers": true, "townspeople": true,
	"officials": false, "council": false, "authorities": false, "schools": false, "voters": false,
	"neighborhood": false, "neighbourhood": false, "suburb": false, "area": false, "streets": false,
}

// isLocalNoun reports whether w is one of the localNouns, which after a
// town a gazetteer lists make it a place.
func isLocalNoun(w string) bool {
	_, ok := localNouns[w]
	return ok
}

// sportsWords are the words of a sports report; a text with many of them
// names its teams by their cities and states ("Minnesota beat Buffalo").
var sportsWords = setOf("game", "games", "season", "scored", "scores", "goal", "goals", "assist", "assists",
	"touchdown", "touchdowns", "quarterback", "coach", "overtime", "inning", "innings", "playoff", "playoffs",
	"league", "victory", "defeat", "points", "rebounds", "saves", "halftime", "championship", "tournament",
	"match", "striker", "defender", "goalkeeper", "pitcher", "puck", "yards", "rookie", "teammate",
	"teammates", "lineup", "roster", "fumble", "intercepted", "penalty", "shutout", "winger", "defenseman",
	"goaltender", "sacks", "kickoff", "rematch", "streak", "standings", "seeded", "semifinal", "final")

// isSportsReport reports whether toks read as a sports report: ten or more
// of its words, of five kinds or more.
func isSportsReport(toks []token) bool {
	n, kinds := 0, map[string]bool{}
	for _, t := range toks {
		if t.word && !t.upper && sportsWords[t.text] {
			n++
			kinds[t.text] = true
		}
	}
	return n >= 10 && len(kinds) >= 5
}

// isInitials reports whether w is one or more initials ("G.", "P.J.").
func isInitials(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || len(rs)%2 != 0 {
		return false
	}
	for i := 0; i < len(rs); i += 2 {
		if !unicode.IsUpper(rs[i]) || rs[i+1] != '.' {
			return false
		}
	}
	return true
}

// personByAge: a name followed by an age between commas is a person's
// ("Zorbly Quux, 32, of Franklin").
func personByAge(f *finder, p *phraseSpan) bool {
	if p.descriptor || f.word(p.b) != "," || !isNumber(f.word(p.b+1)) || len(f.word(p.b+1)) > 3 || f.word(p.b+2) != "," {
		return false
	}
	whole := f.text(p.a, p.b)
	if places.has(whole) || orgs.has(whole) || f.isOrganization(p.a, p.b) || states.has(whole) ||
		p.b-p.a == 1 && towns.has(whole) && placePrepositions[f.word(p.a-1)] {
		return false // "Sales rose in Franklin, 32, a record"
	}
	f.add(p.a, p.b, Person, true)
	return true
}

// surnameSoFar reports whether name is the last word of a person's name
// found earlier in the text ("Richardson" after "Sheldon Richardson").
func (f *finder) surnameSoFar(name string) bool {
	return f.surnames[name]
}

// resultLosses, before "to", make what follows the winning team ("lost to
// Canada").
var resultLosses = setOf("lost", "lose", "loses", "losing", "loss", "fell", "falls", "fall", "bowed", "succumbed")

// placeStaysPlace are the words before a place's name that keep it a
// place in a sports report ("the rematch in Pittsburgh", "back to Ohio").
var placeStaysPlace = setOf("in", "from", "to", "near", "across", "around", "outside", "into", "of", "throughout")

// teamOfSportsReport: in a sports report, a city, state or country names
// its team ("Minnesota's game at Northwestern", "focus on Cincinnati"),
// unless a word before or after makes it the place ("in Pittsburgh", "a
// St. Louis native") or it heads the text as a dateline.
func teamOfSportsReport(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	whole := f.text(a, b)
	if !(f.sports || f.teamByItsPlay(b)) || !(places.has(whole) || towns.has(whole) && f.recognised(a, b) != Person && !firstNames.has(whole)) ||
		f.fullPersonName(a, b) || f.surnameSoFar(whole) {
		return false
	}
	if placeStaysPlace[f.word(a-1)] && f.lowerWord(a-1) && !(f.word(a-1) == "to" && resultLosses[f.word(a-2)]) && !f.teamByItsPlay(b) {
		return false
	}
	if demonyms.has(whole) {
		return false
	}
	if next := f.word(b); f.lowerWord(b) && (isLocalNoun(next) || placeCueNouns[next]) {
		return false
	}
	if f.toks[a].sentStart && (f.aloneOnLine(a, b) || f.word(b) == "," && f.toks[a].allCaps) {
		return false // a dateline
	}
	f.add(a, b, Organization, true)
	return true
}

// modelCode: a word of capitals and digits alone ("IL-25", "Q2", "S-1",
// "TNG50", "A350") is a code: of a gene, a quarter, a form, a simulation
// or a model. It is neither a person nor a place, and most often no named
// thing a person tags (on the tune part of the gold set, one such word in
// twelve was an entity); it is not suggested, unless a word for a craft
// follows ("the A350 jets"), which the craft rule reads. A code inside a
// longer name ("Galaxy S24") is the product's (productModel).
func modelCode(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || f.commonAcronym(f.toks[p.a].text) {
		return false
	}
	// Unlike isModelCode, small letters count and other runes are let
	// through ("IL-25", "Covid-19").
	if digits, capitals, letters, _ := codeRunes(f.toks[p.a].text); digits == 0 || capitals+letters == 0 {
		return false
	}
	if f.word(p.a-1) == "(" && f.word(p.b) == ")" {
		return false // a name's abbreviation: "Nikkei 225 (N225)"
	}
	for k := p.b; k < p.b+3 && f.lowerWord(k); k++ {
		if craftCueNouns[f.word(k)] {
			return false
		}
	}
	return true
}

// venueInListing: in a listing of dates, "@" stands for "at" before a
// venue ("May 4 – Boca Raton, FL @ Quillan Sky Amphitheatre"); a
// handle is written against it ("@Quillan").
func venueInListing(f *finder, p *phraseSpan) bool {
	a := p.a
	if p.descriptor || f.word(a-1) != "@" || f.toks[a-1].end == f.toks[a].start || f.fullPersonName(a, p.b) {
		return false
	}
	f.add(a, p.b, Place, true)
	return true
}

// workOfAYear: a title after a year's possessive is a work ("1972's
// Toulouse Street", "2019's Joker", with adjectives between: "1982's
// underwhelming Private Quux"); a nationality or a place there is an
// adjective of what follows ("1992's European economic integration").
func workOfAYear(f *finder, p *phraseSpan) bool {
	a := p.a
	k := a - 1
	for k > a-3 && f.lowerWord(k) && strings.HasPrefix(f.tags[k], "JJ") {
		k-- // "1982's underwhelming", "2019's acclaimed"
	}
	if p.descriptor || k < 2 || f.word(k) != "s" || !isApostrophe(f.word(k-1)) || !isYear(f.word(k-2)) {
		return false
	}
	if name := f.text(a, p.b); demonyms.has(name) || places.has(name) {
		return false
	}
	f.add(a, p.b, Work, true)
	return true
}

// isYear reports whether s is a year of four digits.
func isYear(s string) bool {
	return len(s) == 4 && isNumber(s) && (s[0] == '1' || s[0] == '2')
}

// cueWordAlone: an organisation's cue word alone ("the Agency's panel",
// "the Department said") refers to a name without being one.
func cueWordAlone(f *finder, p *phraseSpan) bool {
	w := f.toks[p.a].text
	if p.b-p.a != 1 || !orgLastWords[w] || singleOrgWords[w] || publicationWords[w] || orgs.has(w) || places.has(w) {
		return false
	}
	f.addSurnameOnly(p.a, p.b)
	return true
}

// organizationAsSource: a name is an organisation where the sentence makes
// it the source of figures or the owner of a business, or a workplace:
// "surveyed by Refinitiv", "a survey from Piper Jaffray", "according to
// Moody's", "layoffs at Meetup". A person's full name or given name, a
// surname of a person named before, a place and an ordinary word are left
// alone ("according to Smith", "data from Texas").
func organizationAsSource(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || f.toks[a].sentStart {
		return false
	}
	before := a - 1
	if f.word(before) == "the" {
		before--
	}
	cue, lead := f.word(before), strings.ToLower(f.word(before-1))
	source := false
	switch cue {
	case "by":
		source = sourceVerbs[lead] || sourceNouns[lead]
	case "from":
		source = sourceNouns[lead]
	case "at":
		source = workplaceNouns[lead]
	case "to":
		source = lead == "according"
	case "in":
		// A journal or a paper a finding appears in: "published in
		// Zorbly", "a paper in Quux", "featured in Science and Nature".
		source = publishedNouns[lead]
	}
	if !source {
		return false
	}
	name := f.text(a, b)
	if places.has(name) || towns.has(name) || demonyms.has(name) || f.surnameSoFar(name) || titles[f.toks[a].text] {
		return false
	}
	if !dataNouns[lead] && cue != "in" && (firstNames.has(f.toks[a].text) || f.fullPersonName(a, b)) {
		return false // people write reports, not polls: "a survey from Piper Jaffray"
	}
	f.add(a, b, Organization, true)
	return true
}

// outletByWhatItReports: a name is a news outlet (an organisation) where
// the sentence makes it the one a person speaks to, writes in or that
// reports, or whose views an opinion piece may not be: "told Gizmodo",
// "told the Zorbly Courier", "writing in Quux", "Zorbly reported", "Quux
// reports that", "do not necessarily reflect those of Zorbly". People are told things and
// report too, so a person's full name or given name, a surname of a
// person named before, a well-known place (a small town of the same name
// neither speaks nor reports), a nationality, a title and, starting a
// sentence, an English word ("Police reported") are left alone. A given
// name alone inside a sentence that reports ("the assailant, Kan reported
// on Wednesday") is an outlet: a person is named in full first.
func outletByWhatItReports(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 {
		return false
	}
	before := f.cueBefore(a)
	cue := strings.ToLower(f.word(before))
	outlet, reports := false, false
	switch {
	case cue == "told" && f.lowerWord(before):
		outlet = true
	case cue == "of" && f.word(before-1) == "those" && (f.word(before-2) == "reflect" || f.word(before-2) == "represent"):
		outlet = true // "do not necessarily reflect those of Zorbly"
	case (cue == "in" || cue == "for") && f.lowerWord(before) && outletWritingVerbs[strings.ToLower(f.word(before-1))]:
		outlet = true // "wrote in Quux", "writing for Zorbly"
	case (f.word(b) == "reported" || f.word(b) == "reports") && (f.word(b+1) == "that" || f.word(b+1) == "on" || f.word(b+1) == "," || f.word(b+1) == "."):
		outlet = !f.toks[a].sentStart || !isEnglishWord(f.toks[a].text) && !f.isCommonWord(f.toks[a].text)
		reports = true
	}
	if !outlet || f.toks[a].sentStart && cue == "told" {
		return false
	}
	if !reports && f.lowerWord(b) && strings.HasPrefix(f.tags[b], "NN") {
		return false // "told the Brelford police": a name that modifies a noun
	}
	name := f.text(a, b)
	if places.has(name) || states.has(name) || demonyms.has(name) || f.surnameSoFar(name) || titles[f.toks[a].text] ||
		firstNames.has(f.toks[a].text) && !(reports && b-a == 1 && !f.toks[a].sentStart) || f.fullPersonName(a, b) || stopwords[name] {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// platformBeforePostNoun: one name between "a" and a word for what people
// put on a social platform is that platform, an organisation: "in a Zorbly
// post", "a Quux account" (not "his Vexlo channel": a person's channel may
// bear his name). A place, a nationality, a person's name and an English
// word ("a Sunday post") are left alone.
func platformBeforePostNoun(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a != 1 || f.toks[a].sentStart || f.toks[a].allCaps {
		return false
	}
	if det := strings.ToLower(f.word(a - 1)); (det != "a" && det != "an") || !postNouns[f.word(b)] {
		return false
	}
	name := f.text(a, b)
	if places.has(name) || towns.has(name) || states.has(name) || demonyms.has(name) || f.surnameSoFar(name) || firstNames.has(name) ||
		isEnglishWord(name) || f.isCommonWord(name) {
		return false
	}
	f.add(a, b, Organization, true)
	return true
}

// postNouns are what a person puts on a social platform.
var postNouns = setOf("post", "posts", "tweet", "account", "livestream", "story", "thread")

// outletWritingVerbs come before "in" or "for" and the publication a
// person writes in.
var outletWritingVerbs = setOf("wrote", "writes", "write", "writing", "written", "said", "says", "told")

// placeAfterItsKind: a name after a word for a kind of place and "of" is
// that place, listed or not ("the village of Sarkh", "the province of
// Idlib"); so is a town of the gazetteer after a compass word or a
// distance and "of" ("south of Jerusalem", "20 miles north of Suddie").
// A person's full name is left alone ("the state of Joe Biden's health").
func placeAfterItsKind(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || f.word(a-1) != "of" || !f.lowerWord(a-2) {
		return false
	}
	kind := f.word(a - 2)
	if !placeKindNouns[kind] && !bearingWords[kind] {
		return false
	}
	if name := f.text(a, b); !placeKindNouns[kind] && !towns.has(name) && !places.has(name) || f.fullPersonName(a, b) {
		return false
	}
	f.add(a, b, Place, true)
	return true
}

// partyMember: a party's member named in the singular as a noun is the
// party, as the plural is ("the best-known Democrat in Ohio", "one
// more moderate Democrat"); the adjective ("Republican senators",
// "a Democrat donor") names nothing, nor does it before another
// adjective and its noun ("the Republican presidential nomination",
// "Republican congressional leaders": ner20o, seen on FA and GA).
func partyMember(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || p.descriptor || !partyMembers[f.toks[p.a].text] {
		return false
	}
	if next := p.b; next < len(f.toks) && f.toks[next].word && strings.HasPrefix(f.tags[next], "NN") {
		return false
	}
	if partyAdjectiveBeforeNoun(f, p.b) {
		f.addSurnameOnly(p.a, p.b) // nothing, nor the recogniser's label after
		return true
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// partyAdjectiveBeforeNoun reports whether the words from i are a
// lower-case adjective and a noun ("presidential nomination",
// "congressional leaders"), which a party's adjective modifies with them.
func partyAdjectiveBeforeNoun(f *finder, i int) bool {
	return i+1 < len(f.toks) && f.lowerWord(i) && f.tags[i] == "JJ" && f.lowerWord(i+1) && strings.HasPrefix(f.tags[i+1], "NN")
}

// organizationAfterItsKind: a name set off by commas after a phrase that
// starts with a word for a kind of organisation names that organisation:
// "The group that now owns his early songs, Zorbly Machine, says", "the
// startup that made it, Zorbly, said"; the nearest "the" heads that
// phrase ("in the capital, Kabul," is no organisation). A person's job in the phrase
// ("the company's chief executive, Ann Smith,") makes it a person's name,
// and is left to the other rules.
func organizationAfterItsKind(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || f.word(a-1) != "," || f.word(b) != "," || f.fullPersonName(a, b) ||
		places.has(f.text(a, b)) || towns.has(f.text(a, b)) || f.surnameSoFar(f.text(a, b)) {
		return false
	}
	for k := a - 2; k >= 1 && k > a-14; k-- {
		w := f.word(k)
		if !f.toks[k].word || f.upperWord(k) && !strings.EqualFold(w, "the") {
			return false // another name or a clause's punctuation between
		}
		if roleNouns[w] || jobNouns[w] || isApostrophe(w) {
			return false
		}
		if strings.EqualFold(f.word(k-1), "the") {
			// The nearest "the" heads the phrase the name stands for.
			if !orgCueNouns[w] || isApostrophe(f.word(k+1)) {
				return false // "in the capital, Kabul,"
			}
			f.add(a, b, Organization, true)
			return true
		}
	}
	return false
}

// siteName: a name written with its web domain ("Moneycontrol.com",
// "Wired.com", "Booking.com") is the publication or company of that site,
// domain and all.
func siteName(f *finder, p *phraseSpan) bool {
	b := p.b
	if p.descriptor || b+1 >= len(f.toks) || f.toks[b].text != "." || !siteDomains[f.toks[b+1].text] ||
		f.toks[b-1].end != f.toks[b].start || f.toks[b].end != f.toks[b+1].start {
		return false
	}
	if b+2 < len(f.toks) && f.toks[b+2].start == f.toks[b+1].end && f.toks[b+2].text != "." && !siteNameEnds[f.toks[b+2].text] {
		return false // more of an address follows: "Wired.com/story"
	}
	if b+3 < len(f.toks) && f.toks[b+2].text == "." && f.toks[b+3].start == f.toks[b+2].end && f.toks[b+3].word {
		return false // "Wired.com.au", an address
	}
	a := p.a
	for k := b - 1; k > p.a; k-- {
		if f.lowerWord(k) {
			// "NJ Quux Media for NJ.com": the site is named after the
			// last lower-case word; the words before are a name of their
			// own, typed by the rules.
			f.phrase(p.a, k, p.descriptor)
			a = k + 1
			break
		}
	}
	f.add(a, b+2, Organization, true)
	return true
}

// siteNameEnds may close a site's name written with its domain, attached
// to it, as punctuation closes a word ("on Zorbly.com!", "(Zorbly.com)",
// "the fan site Quux.net,"): no more of an address follows.
var siteNameEnds = setOf(",", ";", ":", "!", ")", "]", "”", "\"", "’", "'")

// possessiveCompany: a name whose possessive ends the clause or is the
// subject of a verb is a company named so ("Rival Zorbly's was also lower",
// "brands like Macy's, Kellogg's and Ford", "lunch at McDonald's."): a
// person's possessive is followed by what is theirs.
func possessiveCompany(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 2 || b+2 >= len(f.toks) || !isApostrophe(f.toks[b].text) || f.toks[b+1].text != "s" ||
		f.toks[b].start != f.toks[b-1].end || f.toks[b+1].start != f.toks[b].end {
		return false
	}
	next := f.toks[b+2]
	if !possessiveNameEnds[next.text] || f.toks[a].allCaps {
		return false
	}
	if b-a == 2 && f.toks[a].sentStart && (isBasicWord(f.toks[a].text) || orgCueNouns[strings.ToLower(f.toks[a].text)]) {
		a++ // "Rival Lowe's"
	}
	if name := f.text(a, b); places.has(name) || f.surnameSoFar(name) || f.fullPersonName(a, b) || f.isCommonWord(name) {
		return false
	}
	if b-a == 1 && f.lowerWord(a-1) && conditionNouns[f.word(a-1)] {
		f.addSurnameOnly(a, b) // "the neurodegenerative disease Quillington's": a disease (ner20o, GA)
		return true
	}
	if b-a == 1 && f.writtenBare(a) {
		// "nice to see Zorbly's, too" where the text writes "Zorbly
		// technology": the possessive of the company named bare, which
		// the guidelines write without "'s" (ner20o, FA).
		f.add(a, b, Organization, true)
		return true
	}
	f.add(a, b+2, Organization, true)
	return true
}

// conditionNouns name a disease or condition before its name ("the
// disease Huntington's", "the syndrome Tourette's").
var conditionNouns = setOf("disease", "syndrome", "disorder", "condition")

// writtenBare reports whether the word at toks[i], written before a
// possessive there, is written elsewhere in the text capitalised inside a
// sentence with no possessive after it.
func (f *finder) writtenBare(i int) bool {
	for _, k := range f.mentionsOf(f.toks[i].text) {
		if k != i && !f.toks[k].sentStart && !possessiveAt(f.toks, k+1) {
			return true
		}
	}
	return false
}

// possessiveAt reports whether toks[i] and toks[i+1] are a possessive 's
// written against the word before.
func possessiveAt(toks []token, i int) bool {
	return i+1 < len(toks) && i > 0 && isApostrophe(toks[i].text) && toks[i+1].text == "s" && toks[i].start == toks[i-1].end
}

// publishedNouns come before "in" and the journal or paper where a work
// appears: "published in Nature", "a study in Zorbly Medicine".
var publishedNouns = setOf("published", "featured", "appeared", "appears", "paper", "papers", "study", "studies",
	"article", "articles", "essay", "op-ed", "editorial", "letter", "publication")
