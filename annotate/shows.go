package annotate

// Issue 16's eighth round (branch ner17b): works known by where people
// appear in them, and a title's other mentions. A show's title is made of
// ordinary words and small ones ("Dancing with the Stars"), which the
// phrase finder cuts at "with" and types in pieces; a reader knows it from
// the words around one mention ("appeared on", "starred in", "a
// contestant on", "ABC's") and then reads its other mentions as the same
// title.

// The rules of this file, by name, for their confidence.
const (
	ruleWorkOfAppearance  = "a work someone appears in"
	ruleTitleAgain        = "a title named again"
	ruleShowOnBroadcaster = "a show before the broadcaster it airs on"
)

// appearanceCues are the words before a show's or a film's title that say
// someone appears in it: a verb and its preposition ("appeared on",
// "starred in"), or a role on it ("a contestant on", "the host of").
var appearanceCues = map[string]map[string]bool{
	"on": setOf("appeared", "appearing", "appears", "appear", "starred", "starring", "stars", "contestant",
		"contestants", "competed", "competing", "competes", "compete", "judge", "judges", "guest", "guests", "cameo",
		"star", "regular", "champion", "eliminated"),
	"in": setOf("starred", "starring", "stars", "star", "cameo", "co-starred", "co-stars", "role", "roles"),
	"of": setOf("cast", "host", "hosts", "co-host", "contestant", "contestants", "judge", "judges", "creator",
		"showrunner", "producer", "producers", "winner", "finalist", "finalists", "star", "stars"),
}

// broadcasters are television networks and streaming services whose
// possessive comes before a show's title ("ABC's Quux Tonight", "a
// Netflix's Brell Street"): a closed class, the ones of the countries
// whose news Margin reads.
//
// Companies that sell other things too ("Amazon's Whole Foods", "Apple's
// App Store") are left out.
var broadcasters = setOf("ABC", "NBC", "CBS", "Fox", "FOX", "HBO", "Netflix", "Hulu", "PBS", "BBC", "ITV", "CNN",
	"MSNBC", "Showtime", "FX", "Starz", "Bravo", "Peacock", "TLC", "MTV", "ESPN", "CW", "TBS", "TNT", "HGTV",
	"Lifetime", "Syfy", "CBC", "RTÉ")

// worksOfAppearance types the title after a cue of appearance or a
// broadcaster's possessive as a work: "appeared on Dancing with the
// Quux", "a contestant on Brell Island", "the cast of Quux Street",
// "NBC's Saturday Night Quux". A name the gazetteers know (a place, a
// company, a broadcaster: "appeared on Fox News") is none, nor is an
// acronym alone or a person's full name ("starred in Ann Wu's film"); one
// word after a cue of appearance must be an ordinary word ("starred in
// Friends"), others being places and people as often ("starred in
// Brelford").
func (f *finder) worksOfAppearance(covered map[int]bool) {
	t := f.toks
	for i := 1; i+1 < len(t); i++ {
		k, possessive := i+1, false
		switch {
		case f.lowerWord(i) && f.lowerWord(i-1) && appearanceCues[t[i].text][t[i-1].text]:
		case f.word(i) == "s" && isApostrophe(f.word(i-1)) && i >= 2 && broadcasters[f.word(i-2)] && t[i-1].start == t[i-2].end:
			possessive = true
		default:
			continue
		}
		if f.lowerWord(k) && (f.word(k) == "the" || f.word(k) == "a") && f.word(i) != "s" {
			continue // "the cast of the show"
		}
		if !possessive && broadcasters[f.word(k)] && isApostrophe(f.word(k+1)) && f.word(k+2) == "s" {
			k, possessive = k+3, true // "a contestant on ABC's Quux Street"
		}
		if covered[k] || !f.upperWord(k) || t[k].sentStart {
			continue
		}
		b := f.titleEnd(k, inText)
		if b <= k || !f.plausibleTitle(k, b, inText) || f.fullPersonName(k, b) || inOrgLexicon(f.text(k, b)) || broadcasters[f.text(k, b)] {
			continue
		}
		if b-k == 1 && !possessive && !isEnglishWord(t[k].text) {
			continue
		}
		if b-k == 1 && possessive && (firstNames.has(t[k].text) || f.recognised(k, b) == Person) {
			continue // "NBC's Quillan said": a person of the network
		}
		f.addThing(k, b, Work, ruleWorkOfAppearance, covered)
	}
}

// titlesAgain types the other mentions of a title of two words or more
// that a rule of works.go or this file typed as a work ("Dancing with the
// Quux" after "appeared on Dancing with the Quux"), written the same,
// capitalised inside a sentence: the phrase rules would cut it at its
// small words and type the pieces. A title joined to another by a slash
// is part of a longer one ("Quiet Dot / Lift Quux", a record of two
// songs), not a mention of it.
func (f *finder) titlesAgain(covered map[int]bool) {
	var titles [][]string
	seen := map[string]bool{}
	for _, c := range f.cands {
		if c.typ != Work || !thingRules[c.rule] && c.rule != ruleWorkOfAppearance || c.words < 2 || seen[c.name] {
			continue
		}
		seen[c.name] = true
		a := f.tokenAt(c.start)
		var words []string
		for k := a; k < len(f.toks) && f.toks[k].end <= c.end; k++ {
			words = append(words, f.toks[k].text)
		}
		titles = append(titles, words)
	}
	for _, words := range titles {
		for i := 0; i+len(words) <= len(f.toks); i++ {
			if covered[i] || f.toks[i].text != words[0] {
				continue
			}
			same := true
			for j := 1; j < len(words) && same; j++ {
				same = f.toks[i+j].text == words[j]
			}
			if same && (!f.upperWord(i-1) || f.word(i-1) == "The" && f.toks[i-1].sentStart) && !f.upperWord(i+len(words)) &&
				f.word(i-1) != "/" && f.word(i+len(words)) != "/" {
				f.addThing(i, i+len(words), Work, ruleTitleAgain, covered)
			}
		}
	}
}

// airingVerbs, between a show's title and "on" and its broadcaster, say
// it airs there ("Quux Street premieres on Netflix").
var airingVerbs = setOf("airs", "aired", "premieres", "premiered", "streams", "streamed", "debuts", "debuted", "returns",
	"returned", "is", "was", "arrives", "lands", "launches")

// streamingWords say that a title can be watched on a service
// ("is currently streaming on", "is available to digitally rent on").
var streamingWords = setOf("streaming", "available", "to", "stream", "rent", "digitally", "buy", "watch", "now",
	"currently", "also", "exclusively")

// streamingBefore returns where the words saying that a title streams on
// the service named after toks[i] ("on") begin, after "is" or "are":
// "is currently streaming", "is available to digitally rent"; or i when
// none stand there. "streaming" or "available" must be among them.
func (f *finder) streamingBefore(i int) int {
	k, seen := i, false
	for k > 0 && k > i-6 && f.lowerWord(k-1) && streamingWords[f.word(k-1)] {
		k--
		seen = seen || f.word(k) == "streaming" || f.word(k) == "available"
	}
	if !seen || k == i || f.word(k-1) != "is" && f.word(k-1) != "are" {
		return i
	}
	return k - 1
}

// showsOnBroadcaster types the title before "on" and a broadcaster as a
// work ("watch The Lantern Quux on Netflix", "Quux Street premieres on
// HBO"): two words or more, or "The" and a word, that no gazetteer lists;
// not a person ("Ann Wu on CNN"), an organisation or a place; and a
// verb of airing between, words saying it streams there ("is currently
// streaming on", streamingBefore: then a name the recogniser takes for a
// person's, not a full name, is the title), or none.
func (f *finder) showsOnBroadcaster(covered map[int]bool) {
	t := f.toks
	for i := 2; i+1 < len(t); i++ {
		if t[i].text != "on" || !broadcasters[f.word(i+1)] || isApostrophe(f.word(i+2)) {
			continue
		}
		end, streams := i, false
		if f.lowerWord(i-1) && airingVerbs[t[i-1].text] {
			end = i - 1
		} else if k := f.streamingBefore(i); k < i {
			end, streams = k, true // "Quux Places is currently streaming on Netflix"
		}
		if !f.upperWord(end - 1) {
			continue
		}
		a := end - 1
		for a > 0 && a > end-8 && !t[a].sentStart && (f.upperWord(a-1) || isNumber(f.word(a-1)) || titleJoiners[f.word(a-1)] && f.upperWord(a-2)) {
			a--
		}
		for a < end && (f.lowerWord(a) || t[a].sentStart && stopwords[t[a].text] && t[a].text != "The") {
			a++
		}
		if a+1 < end && t[a].sentStart && t[a].text != "The" && (t[a+1].text == "The" || f.tags[a] == "VB") {
			a++ // "Watch The Quux Lanterns on Netflix": a verb or an adverb opens the sentence, "The" the title
		}
		if end-a < 2 || covered[a] || f.titleEnd(a, inText) != end {
			continue
		}
		b := a
		if t[b].text == "The" {
			b++ // "The White House on Fox News": the name is read without "The"
		}
		name := f.text(b, end)
		if places.has(name) || towns.has(name) || f.fullPersonName(a, end) || f.recognised(a, end) == Person && f.word(a) != "The" && !streams || inOrgLexicon(name) || orgs.has(name) ||
			!f.plausibleTitle(a, end, inText) || f.isOrganization(a, end) || placeLastWords[t[end-1].text] || orgLastWords[t[end-1].text] {
			continue
		}
		f.addThing(a, end, Work, ruleShowOnBroadcaster, covered)
	}
}
