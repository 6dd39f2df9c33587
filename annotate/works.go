package annotate

import (
	"sort"
	"strings"
	"unicode"
)

// This file finds works, products, events and laws by the words around
// them, which the capitalised-phrase rules cannot: a title is made of
// ordinary words ("Copper Kettle", "A Handful of Salt") that the recogniser
// takes for a person or a place, and is often cut where it holds a
// lower-case word or a number ("Seven Habits of Busy
// People"). A reader knows it is a title from the word for its kind
// before it ("the game X", "the third season of X", "films such as X, Y
// and Z") or after it ("X, the novel", "X, starring"). The same holds for
// an event's numbered or dated edition ("the 7th X Festival", "X 2022"), a
// numbered amendment ("the 31st Amendment"), a dossier named after a
// person ("the Hartley dossier") and a product named after its maker
// ("Nordvik e-volt", then "e-volt" alone).
//
// namedThings runs before the capitalised phrases are typed, and marks the
// tokens it typed so that no phrase rule types them again; productsAlone
// runs after them, when the document's companies and products are known.

// The rules of this file, by name, for their confidence.
const (
	ruleWorkOfKind     = "a work after a word for its kind"
	ruleWorkPartOf     = "a work after a season or scene of it"
	ruleWorkList       = "works listed after a word for their kind"
	ruleWorkAppositive = "a work before its kind or its makers"
	ruleWorkQuoted     = "a title in single quotation marks near its kind"
	ruleEventEdition   = "a numbered or dated edition of an event"
	ruleTradeShow      = "a trade show"
	ruleNamedPaper     = "a dossier or memo named after a person"
	ruleProductBrand   = "a product's brand in lower case"
	ruleProductOfMaker = "a product after a company of the text"
	ruleProductAlone   = "a product named without its maker"
	ruleWorkAgain      = "a work named again"
	ruleTourOfWork     = "a tour named after a work"
	ruleMarketIndex    = "an index or a model by its number"
	ruleCamelProduct   = "a product in camel case after its maker's possessive"
	ruleWorkTitled     = "a title after titled or called"
	ruleWorkBeforePart = "a work before a part or version of it"
	ruleGameByNumber   = "a game by its number in a text about games"
	ruleWorksAnswered  = "works listed in answer to a question about them"
)

// thingRules are the rules of this file, whose spans win over any other
// candidate they overlap.
var thingRules = setOf(ruleShowOnBroadcaster, ruleWorksAnswered, ruleGameByNumber, ruleWorkBeforePart, ruleEventOfDate, ruleCitation, ruleWorkTitled, ruleWorkOfKind, ruleWorkPartOf, ruleWorkList, ruleWorkAppositive, ruleWorkQuoted,
	ruleEventEdition, ruleTradeShow, ruleNamedPaper, ruleProductBrand, ruleProductOfMaker, ruleProductAlone, ruleWorkAgain, ruleTourOfWork, ruleMarketIndex, ruleCamelProduct,
	ruleWorkOfAppearance, ruleTitleAgain, ruleIndexAlone, ruleProductList,
	ruleDottedModel, ruleDottedFamily, ruleVersionedSystem, ruleNumberedList, ruleNumberedMission, // codes.go
	ruleEventOfWeekday, ruleEventInApposition, ruleWorkAfterMakerVerb, ruleEventOfPlaceAndYear, // eventcues.go
	ruleOutletOfWriting,        // outletcues.go
	ruleHoliday, ruleUnderList, // holidays.go
	ruleVesselInApposition,                          // vessels.go
	ruleWorkListAfterClause,                         // worklists.go
	ruleCourtCase,                                   // lawcues.go
	ruleShowBeforeEpisode,                           // types21.go
	ruleQuotedTitleOfMaker,                          // things21.go
	ruleTitleListedWithWork, ruleCeremonyBeforeNoun) // things21b.go

// workKinds are the words for a kind of work that come before its title
// ("the novel Dune", "the game Copper Kettle") or after it in an apposition
// ("Dune, the novel by ...").
var workKinds = setOf("film", "movie", "novel", "book", "memoir", "album", "song", "game", "series", "show", "sitcom",
	"documentary", "play", "musical", "opera", "painting", "sculpture", "poem", "podcast", "newsletter", "franchise",
	"installation", "artwork", "miniseries", "biopic", "mixtape", "anthology", "EP", "videogame", "video-game", "work",
	"exhibition", "ballet", "symphony", "comic", "drama", "thriller", "comedy", "docuseries", "audiobook", "screenplay",
	"single", "bestseller", "best-seller", "ballad", "anthem")

// workKindsPlural list works ("films such as X, Y and Z").
var workKindsPlural = setOf("films", "movies", "novels", "books", "albums", "songs", "games", "titles", "franchises",
	"series", "shows", "sitcoms", "documentaries", "plays", "musicals", "operas", "paintings", "podcasts", "hits",
	"classics", "blockbusters", "artworks", "installations", "works",
	// Kinds of show and film by their genre ("TV comedies, from X to Y").
	"comedies", "dramas", "thrillers", "cartoons", "sequels", "biopics")

// workParts name a part, an edition or a version of a work before "of",
// "to", "from" or "for" and its title ("the third season of The Lantern Keepers",
// "a scene from Morning Tide", "the sequel to Cold Orbit").
var workParts = setOf("season", "seasons", "episode", "episodes", "finale", "premiere", "sequel", "prequel", "remake",
	"reboot", "adaptation", "scene", "scenes", "trailer", "soundtrack", "installment", "instalment", "cast", "author",
	"spin-off", "spinoff", "chapter", "chapters", "volume")

// workLeads may stand before a word for a kind of work that a title
// follows ("the film", "his latest album", "the 1979 film").
var workLeads = setOf("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "new", "latest", "hit",
	"debut", "classic", "upcoming", "original", "first", "second", "third", "final", "next", "last", "popular", "cult",
	"acclaimed", "animated", "famous", "same", "whose", "which")

// workMakers, after a title and a comma, say who made the work ("Parasite,
// directed by", "The Lantern Keepers, starring").
var workMakers = setOf("starring", "directed", "written", "produced", "narrated", "featuring")

// Small words inside a title join its capitalised words ("Moth on the
// Pier", "Keep a Light"): titleJoiners may be followed by a capitalised
// word at once, titleInner only through "the" or "a" ("Sailing with the
// Giants", but "The Lantern Keepers on Netflix", where "on" ends the
// title). titleSmallWords (context.go) are the words a title keeps in
// lower case.
var (
	titleJoiners = setOf("of", "and", "after", "a", "an", "the", "vs", "vs.", "&")
	titleInner   = setOf("on", "in", "with", "to", "for", "at", "by", "from", "into", "about", "under", "over", "upon",
		"without", "through")
)

// eventEditions end an event's name that a numbered or dated edition
// names ("the 9th Rotterdam Lantern Festival", "Summit 2024"): the
// eventLastWords and words for a gathering or a tour, which without an
// edition end other names too ("World Economic Forum", "Fair Isle").
//
// "Day" is none ("Election Day 2024"), and "Congress" neither: "the 116th
// Congress" is the legislature.
var eventEditions = func() map[string]bool {
	m := withWords(eventLastWords, "Tour", "Fair", "Convention", "Forum", "Symposium", "Exhibition",
		"Biennale", "Biennial", "Induction")
	delete(m, "Day")
	return m
}()

// eventNouns, near an acronym followed by a year, make it an edition of an
// event ("At BDXC 2023 ... The conference"). They are the common nouns
// for a gathering, not eventEditions lower-cased: "war", "day" or "open"
// near an acronym say nothing of it.
var eventNouns = setOf("conference", "summit", "festival", "expo", "show", "fair", "convention", "congress", "forum",
	"games", "championship", "championships", "tournament", "cup", "edition", "event", "symposium", "exhibition",
	"olympics", "ceremony", "awards", "gala", "meeting", "races", "race")

// fairKinds before "Fair", besides showKinds, name a fair, an event
// ("Iowa State Fair", "Quux County Fair", "the Brelford Science Fair");
// a fair of another word may be a magazine ("Vanity Fair").
var fairKinds = setOf("State", "County", "Science", "Job", "Career", "Craft", "Crafts", "Country", "Street", "Christmas",
	"Spring", "Summer", "Autumn", "Fall", "Winter", "Food", "Wine", "Beer", "Music", "Antiques", "Design")

// showKinds before "Show" name a trade show, an event ("Denver Auto Show",
// "Paris Air Show"), where a show of another word may be a programme ("The
// Tonight Show").
var showKinds = setOf("Auto", "Motor", "Air", "Boat", "Car", "Trade", "Flower", "Dog", "Horse", "Fashion", "Toy", "Book",
	"Electronics", "Consumer", "Farm", "Agricultural", "Gun", "Art")

// holidayWords name a day that is a date, not an entity ("Election
// Day"; a holiday of holidays.txt is an event, but one a capitalised word
// continues, "Labor Day Weekend", is left a date), with the ordinary words
// and places the recogniser's word list already holds ("Independence
// Day", "Canada Day").
var holidayWords = setOf("Christmas", "Thanksgiving", "Valentine", "Veterans", "Presidents", "Labor", "Labour",
	"Memorial", "Independence", "Election", "Inauguration", "Boxing", "Remembrance", "Armistice", "Easter", "Mother",
	"Father", "Groundhog", "Columbus", "Patriots", "Flag", "Earth", "New", "Year", "Emancipation", "Juneteenth", "Family",
	"Victory", "Reformation", "Unity", "National", "Saint", "St.", "Patrick", "Bastille", "Australia", "Canada")

// namedPapers, after a name, make it a paper's name, noun and all ("the
// Hartley dossier", "the Marsh memo").
var namedPapers = setOf("dossier", "memo", "memorandum")

// namedThings types the works, events, laws and products that the words
// around them name, and marks their tokens in covered, so that the
// phrase rules leave them alone. A holiday is an event ("Labor Day"); a
// day that is a date and no holiday ("Election Day") is marked and not
// suggested.
func (f *finder) namedThings(covered map[int]bool) {
	f.holidaysAsEvents(covered) // holidays.go
	f.underLists(covered)       // holidays.go
	f.datesOfDays(covered)
	f.eventsOfWeekday(covered) // eventcues.go
	f.citations(covered)       // citations.go
	f.courtCases(covered)      // lawcues.go
	f.worksTitled(covered)
	f.eventsInApposition(covered)   // eventcues.go
	f.vesselsInApposition(covered)  // vessels.go
	f.eventsOfPlaceAndYear(covered) // eventcues.go
	f.events21(covered)             // events21.go
	f.codedNames(covered)           // codes.go
	f.worksOfKind(covered)
	f.worksAfterMakerVerbs(covered) // eventcues.go
	f.worksBeforePart(covered)
	f.gamesByNumber(covered)
	f.worksAnswered(covered)
	f.worksInSingleQuotes(covered)
	f.quotedTitlesOfMakers(covered) // things21.go
	f.eventEditions(covered)
	f.tradeShows(covered)
	f.namedPapers(covered)
	f.productBrands(covered)
	f.marketIndexes(covered)
	f.marketIndexAlone(covered)
	f.eventsAlone(covered)
	f.ceremoniesBeforeNoun(covered) // things21b.go
	f.eventsOfDate(covered)         // events.go
	f.productsOfPossessive(covered)
	f.outletsOfPieces(covered)  // classes18p.go
	f.outletsOfWriting(covered) // outletcues.go
	f.worksOfAppearance(covered)
	f.showsBeforeEpisode(covered) // types21.go
	f.showsOnBroadcaster(covered) // shows.go
	f.titlesAgain(covered)
	f.titlesListedWithWork(covered)    // things21b.go
	f.systemsAlone(covered)            // things21c.go
	f.productsListedAfterKind(covered) // productcues.go
}

// addThing adds toks[a:b] as a firm candidate of typ by rule, as f.add
// does, and marks its tokens, unless one of them is already marked.
func (f *finder) addThing(a, b int, typ EntityType, rule string, covered map[int]bool) bool {
	if a < 0 || b > len(f.toks) || a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if covered[k] {
			return false
		}
	}
	outer := f.rule
	f.rule = rule
	f.add(a, b, typ, true)
	f.rule = outer
	if f.cands[len(f.cands)-1].start < f.toks[a].start {
		a-- // f.add took a capitalised "The" before the name in
	}
	for k := a; k < b; k++ {
		covered[k] = true
	}
	return true
}

// lineBreakBefore reports whether a line ends between toks[i-1] and toks[i].
func (f *finder) lineBreakBefore(i int) bool {
	if i <= 0 || i >= len(f.toks) {
		return true
	}
	for k := f.toks[i-1].end; k < f.toks[i].start; k++ {
		if f.runes[k] == '\n' {
			return true
		}
	}
	return false
}

// titleEnd returns where a title starting at toks[a] ends: after its last
// capitalised word or number, through the small words, colons and
// possessives inside it ("The 9 Rules of Quiet Leaders", "Night
// Circuit: Reboot", "For Quux: 30 Years at the Movies", "Hunter's
// Creed"). It returns a when no title starts there. In a list, "and"
// separates titles rather than joining them; between quotation marks, any
// small word may join capitalised words ("10 Things in Tech").
func (f *finder) titleEnd(a int, mode titleMode) int {
	t := f.toks
	if a >= len(t) || !t[a].word || !t[a].upper && !isNumber(t[a].text) {
		return a
	}
	end := a
	if t[a].upper {
		end = a + 1
	}
	k := a + 1
	for k < len(t) && k < a+16 && !f.lineBreakBefore(k) {
		w := t[k]
		switch {
		case w.word && (w.upper || isNumber(w.text)) && (!w.sentStart || t[k-1].text == ":"):
			k++
			end = k
		case w.text == ":" && w.start == t[k-1].end && (f.upperWord(k+1) || isNumber(f.word(k+1)) && f.upperWord(k+2)) && !f.lineBreakBefore(k+1):
			k++
		case isApostrophe(w.text) && w.start == t[k-1].end && f.word(k+1) == "s" && f.upperWord(k+2) && !t[k+2].sentStart:
			k += 2
		case w.text == "and" && mode != inQuotes && isNumber(t[k-1].text):
			return end // "Quux Harvest 3 and Iron Lantern 2": a sequel's number ends its title
		case (w.word && !w.upper || w.text == "&") && (titleJoiners[w.text] && !(mode == inList && w.text == "and") || titleInner[w.text]):
			j := k + 1
			if f.lowerWord(j) && (f.word(j) == "the" || f.word(j) == "a" || f.word(j) == "an") && w.text != "the" && w.text != "a" && w.text != "an" {
				j++
			} else if titleInner[w.text] && mode != inQuotes {
				return end
			}
			if !f.upperWord(j) || t[j].sentStart {
				return end
			}
			k = j
		default:
			return end
		}
	}
	return end
}

// titleMode says where a title is read: in running text, in a list of
// titles, or between quotation marks.
type titleMode int

const (
	inText titleMode = iota
	inList
	inQuotes
)

// plausibleTitle reports whether toks[a:b] may be a work's title: no
// day or month in it, no place or organisation the gazetteers list, no person's
// full name of two words, no title of an office, no acronym alone; in a
// list of titles a given name may start one ("Serena", "Star Drifter").
func (f *finder) plausibleTitle(a, b int, mode titleMode) bool {
	if b <= a {
		return false
	}
	whole := f.text(a, b)
	first := f.toks[a].text
	for _, tok := range f.toks[a:b] {
		if notNames[tok.text] {
			return false // "the season of Black Friday"
		}
	}
	if places.has(whole) || orgs.has(whole) || states.has(whole) || demonyms.has(whole) ||
		b-a == 2 && mode != inList && f.fullPersonName(a, b) || titles[first] || titleModifiers[first] && b-a == 1 {
		return false
	}
	if b-a == 1 && (f.toks[a].allCaps || firstNames.has(first) && mode != inList || isNumber(first) || stopwords[first]) {
		return false
	}
	return true
}

// worksOfKind types the titles that a word for their kind introduces or
// describes.
func (f *finder) worksOfKind(covered map[int]bool) {
	t := f.toks
	for i := 0; i+1 < len(t); i++ {
		w := t[i]
		if f.lineBreakBefore(i + 1) {
			continue // a heading's last word: the title is no title of it
		}
		if w.text == "The" && !w.sentStart && !afterDateline(t, i) && isNumber(f.word(i+1)) && f.upperWord(i+2) && !t[i+2].sentStart {
			// "Harlan's The 12 Laws of Calm Teams": a name
			// of "The", a number and words is a book's or a film's.
			if b := f.titleEnd(i, inText); b > i+2 {
				f.addThing(i, b, Work, ruleWorkOfKind, covered)
			}
			continue
		}
		if w.text == "The" && f.possessiveTitle(i) {
			// "Tolkien's The Lord of the Quux": a possessive, then a
			// capitalised "The" and a title.
			if b := f.titleEnd(i, inText); b > i+1 {
				f.addThing(i, b, Work, ruleWorkOfKind, covered)
				i = b - 1
			}
			continue
		}
		if !w.word || w.upper {
			continue
		}
		switch {
		case workKinds[w.text] && !f.adjectiveSingle(i) && (f.workLead(i-1) || f.makerLead(i-1) || f.workKindModifier(i-1)) && !(f.sports && sportsKinds[w.text]):
			// "the game Copper Kettle", "the 1979 film Cold Orbit", "the
			// Netflix series Quux Street", "the Oscar-winning film Quux".
			if b := f.titleEnd(i+1, inText); b > i+1 && f.plausibleTitle(i+1, b, inText) && !f.personAfterKind(i+1, b) {
				f.addThing(i+1, b, Work, ruleWorkOfKind, covered)
			} else if f.word(i+1) == "," && f.workLead(i-1) {
				f.titleInCommas(i+2, covered) // "her memoir, A Quiet Harbour, sold"
			}
		case workParts[w.text] && !(f.sports && sportsKinds[w.text]):
			// "the third season of The Lantern Keepers", "season 3 of X",
			// "a scene from Morning Tide".
			k := i + 1
			if isNumber(f.word(k)) {
				k++
			}
			if !f.lowerWord(k) || !workPartJoiners[f.word(k)] {
				continue
			}
			if f.chapterOfGroup(i) {
				continue // "the Paris chapter of Quux", a branch of a group
			}
			if b := f.titleEnd(k+1, inText); b > k+1 && f.plausibleTitle(k+1, b, inText) && (b-k-1 > 1 || !f.toks[k+1].allCaps) &&
				!f.fullPersonName(k+1, b) && !(f.lowerWord(b) && f.tags[b] == "NN") {
				// Not a name before a noun it modifies: "a volume of
				// Ann Quux verse" (a singular noun: the tagger reads a
				// verb such as "starts" as a plural one).
				f.addThing(k+1, b, Work, ruleWorkPartOf, covered)
			}
		case workKindsPlural[w.text]:
			// "films such as X, Y and Z", "movies from X to Y".
			f.workList(i, covered)
			f.workListAfterClause(i, covered) // worklists.go
		case workMakers[w.text] && i > 0 && (t[i-1].text == "," || t[i-1].text == "("):
			// "Parasite, directed by Bong Joon-ho".
			if w.text != "starring" && w.text != "featuring" && f.word(i+1) != "by" {
				continue
			}
			f.titleBefore(i-1, covered)
		case (w.text == "the" || w.text == "a" || w.text == "an" || possessivePronouns[w.text]) && i > 0 && t[i-1].text == ",":
			// "Dune, the novel by Frank Herbert", "Alien, the 1979 film".
			k := i + 1
			for k < len(t) && k <= i+3 && (f.lowerWord(k) && !workKinds[f.word(k)] && strings.HasPrefix(f.tags[k], "JJ") || isYear(f.word(k)) ||
				broadcasters[f.word(k)] || f.upperWord(k) && strings.Contains(f.word(k), "-") && f.makerLead(k)) {
				// "Alien, the 1979 film", "Succession, the HBO drama", "Quux, the Oscar-winning film"
				k++
			}
			if !f.lowerWord(k) || !workKinds[f.word(k)] || f.word(k) == "work" || f.word(k) == "show" || f.adjectiveSingle(k) {
				continue
			}
			if isApostrophe(f.word(k+1)) || f.lowerWord(k+1) && strings.HasPrefix(f.tags[k+1], "NN") {
				continue // "the film's director", "the film industry"
			}
			f.titleBefore(i-1, covered)
		}
	}
}

// titledWords introduce a work's title ("a report titled", "the study,
// entitled").
var titledWords = setOf("titled", "entitled", "headlined", "subtitled")

// worksTitled types the title after "titled" or "entitled", or after a
// word for a kind of work and "called" or "named" ("an installation
// called Jewels after Jewels"), as a work: in
// quotation marks, whatever its case ("a report titled “Alarm fatigue:
// impacts on safety”", up to thirty words on its line, its last comma or
// full stop left out), or a title in title case ("a paper entitled Quiet
// Harbours of the North"). The word follows a noun or a comma ("the
// study, entitled"), not a verb of rights ("entitled to", "feel
// entitled").
func (f *finder) worksTitled(covered map[int]bool) {
	t := f.toks
	for i := 1; i+1 < len(t); i++ {
		called := (t[i].text == "called" || t[i].text == "named") && f.lowerWord(i-1) && workCueNouns[t[i-1].text] && !f.sports
		if !f.lowerWord(i) || !titledWords[t[i].text] && !called || !(t[i-1].text == "," || f.lowerWord(i-1) && strings.HasPrefix(f.tags[i-1], "NN")) {
			continue
		}
		k := i + 1
		if open := t[k].text; isOpeningQuote(open) || open == "‘" || open == "'" {
			j := k + 1
			for j < len(t) && j <= k+31 && !f.lineBreakBefore(j) && !isClosingQuote(t[j].text) && t[j].text != "’" && t[j].text != "'" {
				j++
			}
			if j >= len(t) || j > k+31 || f.lineBreakBefore(j) || j == k+1 {
				continue
			}
			end := j
			for end > k+1 && (t[end-1].text == "," || t[end-1].text == ".") {
				end--
			}
			if end > k+1 && (f.upperWord(k+1) || isNumber(t[k+1].text)) {
				f.addThing(k+1, end, Work, ruleWorkTitled, covered)
			}
			continue
		}
		if b := f.titleEnd(k, inText); b > k && f.plausibleTitle(k, b, inText) && !f.fullPersonName(k, b) {
			f.addThing(k, b, Work, ruleWorkTitled, covered)
		}
	}
}

// partsAfterWorks, after a title, name a part or a version of the work
// ("the Quux Street finale", "the Iron Harvest 2 port").
var partsAfterWorks = setOf("finale", "premiere", "trailer", "trailers", "soundtrack", "sequel", "prequel", "remake",
	"reboot", "spinoff", "spin-off", "adaptation", "port", "episode", "episodes", "screenplay", "playthrough",
	"franchise", "showrunner", "showrunners")

// figurativeKinds are words for a kind of work that news uses of other
// things too ("the Quux Court drama", "the Main Street show", "a work of
// love"): no title before them is read as a work's.
var figurativeKinds = setOf("work", "play", "show", "drama", "comedy", "thriller", "exhibition", "installation", "opera", "ballet", "symphony", "comic", "painting", "sculpture", "poem")

// worksBeforePart types the title before a word for a part or a version
// of a work, or for its kind, as a work ("the Quux Street finale", "the
// Iron Harvest 2 port", "a Cold Orbit sequel", "the Ground Quux
// podcast"; not a band's name in the plural before its kind, "the Rolling
// Quuxes album", nor a name that ends in a word of an organisation, a
// place or a title, "the Quux Court series"), after "the", "a" or a
// possessive: two
// words or more, or a word and a number, no name a gazetteer lists, and
// no company of the lexicon or broadcaster first ("the Netflix
// premiere", "the Google Quux port"), no person's full name, nothing an
// event's words end.
func (f *finder) worksBeforePart(covered map[int]bool) {
	t := f.toks
	for i := 2; i < len(t); i++ {
		kind := workKinds[t[i].text] && !figurativeKinds[t[i].text]
		if !f.lowerWord(i) || !partsAfterWorks[t[i].text] && !kind || !f.upperWord(i-1) && !isNumber(f.word(i-1)) || f.sports {
			continue
		}
		if w := t[i-1].text; kind && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || showKinds[w] || isApostrophe(f.word(i+1))) {
			continue // "the Rolling Quuxes album": a band's; "the Quux Auto show"; "the film's"
		}
		a := i - 1
		for a > 0 && a > i-10 && (f.upperWord(a-1) || isNumber(f.word(a-1)) || titleJoiners[f.word(a-1)] && f.upperWord(a-2) ||
			f.word(a-1) == ":" && f.upperWord(a-2)) && (!t[a].sentStart || f.word(a-1) == ":") {
			a--
		}
		for a < i && f.lowerWord(a) {
			a++
		}
		if a >= i-1 || !f.articleLead(a-1) && !(f.word(a-1) == "s" && isApostrophe(f.word(a-2))) || f.titleEnd(a, inQuotes) != i {
			continue
		}
		first := t[a].text
		last := t[i-1].text
		if orgs.has(first) || inOrgLexicon(first) || broadcasters[first] || f.fullPersonName(a, i) || eventEditions[last] ||
			orgLastWords[last] || placeLastWords[last] || titles[last] || f.isOrganization(a, i) ||
			!f.plausibleTitle(a, i, inText) || inOrgLexicon(f.text(a, i)) || covered[a] {
			continue
		}
		f.addThing(a, i, Work, ruleWorkBeforePart, covered)
	}
}

// gameWords say a text is about video games ("the game runs at 30fps on
// the console"): words for games and the three makers of consoles, whose
// names are no titles' words.
var gameWords = setOf("game", "games", "gamer", "gamers", "gaming", "gameplay", "console", "consoles", "fps",
	"multiplayer", "PlayStation", "Xbox", "Nintendo", "videogame", "videogames")

// gamesByNumber types, in a text about video games (two words of
// gameWords or more, no sports report), a title of two to four ordinary
// words and its sequel's number as a work ("Iron Harvest Redemption 2",
// "Call of Quux 4"): a person's name takes no number, and a device's
// name is no ordinary word ("PlayStation 4"), nor a model's ("Quux Watch
// Series 3"). A platform or a company before the title is no part of it
// ("the Xbox Iron Harvest 2 port", "the Quuxplay Iron Harvest 2 port"
// where the text names Quuxplay alone elsewhere). The number is not a year, a count
// or a measure, and no capitalised word follows it.
func (f *finder) gamesByNumber(covered map[int]bool) {
	if f.sports {
		return
	}
	t := f.toks
	n := 0
	for _, w := range t {
		if gameWords[w.text] && (w.upper || !w.sentStart || gameWords[strings.ToLower(w.text)]) {
			n++
		}
	}
	if n < 2 {
		return
	}
	for i := 2; i < len(t); i++ {
		num := t[i].text
		if !isNumber(num) || len(num) > 2 || num == "0" || num == "1" || t[i].start != t[i-1].end+1 || !f.upperWord(i-1) ||
			f.upperWord(i+1) || f.measureAfter(i) && (f.word(i+1) != "." || isNumber(f.word(i+2))) || f.countAfter(i) {
			continue
		}
		a := i - 1
		for a > i-4 && (f.upperWord(a-1) || titleJoiners[f.word(a-1)] && f.upperWord(a-2)) && !t[a].sentStart {
			a--
		}
		for a < i && (titleJoiners[t[a].text] || gameWords[t[a].text] || orgs.has(t[a].text) || inOrgLexicon(t[a].text) || f.namedApart(a)) {
			a++ // "the Quuxplay Iron Harvest 2 port": the platform is no part of the title
		}
		if i-a < 2 || covered[a] || t[a].sentStart && stopwords[t[a].text] {
			continue
		}
		ordinary := true
		for k := a; k < i && ordinary; k++ {
			w := t[k].text
			ordinary = titleJoiners[w] || f.upperWord(k) && !t[k].allCaps && !isCamelCase(w) && isEnglishWord(strings.ToLower(w)) &&
				!productKindWords[w] && !numberedParts[w] && !editionWords[w] && w != "Series" && w != "Model"
		}
		if !ordinary || inOrgLexicon(f.text(a, i)) || places.has(f.text(a, i)) {
			continue
		}
		f.addThing(a, i+1, Work, ruleGameByNumber, covered)
	}
}

// worksAnswered types the titles that answer a question about works, on
// the line after it, as works ("Q: Favorite books?" then "A: A Handful of
// Salt and The Quiet Harbour"): the question holds a plural word for a
// kind of work and ends in a question mark; the answer, after "A:" or
// alone on its line, is nothing but titles joined by commas and "and",
// or it is left to the other rules.
func (f *finder) worksAnswered(covered map[int]bool) {
	t := f.toks
	for i := 0; i < len(t); i++ {
		if t[i].text != "?" || !f.lineBreakBefore(i+1) {
			continue
		}
		asks := false
		for k := i - 1; k >= 0 && k > i-12 && !asks; k-- {
			asks = f.lowerWord(k) && workKindsPlural[t[k].text] && t[k].text != "works" && t[k].text != "hits"
			if f.lineBreakBefore(k) {
				break
			}
		}
		if !asks {
			continue
		}
		k := i + 1
		if f.word(k) == "A" && f.word(k+1) == ":" {
			k += 2
		}
		var items [][2]int
		for n := 0; n < 10 && k < len(t) && !f.lineBreakBefore(k) || n == 0 && k < len(t); n++ {
			b := f.titleEnd(k, inList)
			if b == k || !f.plausibleTitle(k, b, inList) || f.fullPersonName(k, b) {
				items = nil
				break
			}
			items = append(items, [2]int{k, b})
			k = b
			if f.word(k) == "," && f.word(k+1) == "and" {
				k++
			}
			if k >= len(t) || f.lineBreakBefore(k) {
				break
			}
			if f.word(k) != "," && f.word(k) != "and" {
				items = nil
				break
			}
			k++
		}
		for _, it := range items {
			f.addThing(it[0], it[1], Work, ruleWorksAnswered, covered)
		}
	}
}

// possessivePronouns may lead the apposition that says what a title is
// ("Ground Quux, our weekly podcast,").
var possessivePronouns = setOf("our", "his", "her", "their", "its", "my", "your")

// sportsKinds are the words for a kind of work that a sports report uses
// of its matches ("the game Sunday", "the series").
var sportsKinds = setOf("game", "series", "show", "play", "season", "seasons", "episode", "finale", "premiere", "cast")

// workPartJoiners join a part of a work to its title.
var workPartJoiners = setOf("of", "to", "from", "for")

// workLead reports whether toks[i] may stand before a word for a kind of
// work that a title follows: an article or a possessive pronoun, an
// adjective, a year, a possessive ("Harlan's book"), or a nationality
// after one of them ("the 2000 Swedish film").
func (f *finder) workLead(i int) bool {
	w := f.word(i)
	switch {
	case i < 0:
		return false
	case f.lowerWord(i) && (workLeads[w] || strings.HasPrefix(f.tags[i], "JJ")):
		return true
	case f.upperWord(i) && f.toks[i].sentStart && workLeads[strings.ToLower(w)] && f.articleLead(i):
		return true // "Her memoir, ..."
	case isYear(w) || isOrdinal(w):
		return true
	case w == "s" && isApostrophe(f.word(i-1)):
		return true
	case f.upperWord(i) && !f.toks[i].sentStart && demonyms.has(w) && (f.articleLead(i-1) || f.workLead(i-1)):
		return true // "the 2000 Swedish film Quux", "a French series"
	}
	return false
}

// makerLead reports whether toks[i] ends a name that stands between an
// article or a possessive pronoun and a word for a kind of work, as its
// maker or broadcaster does ("the Netflix series", "his HBO drama", "the
// Pixar film"), or is a name made an adjective by a hyphen ("the
// Oscar-winning film", "an Emmy-nominated series"). The name is one or
// two capitalised words, no person's full name, after "the", "a", "an" or
// a possessive pronoun.
func (f *finder) makerLead(i int) bool {
	if !f.upperWord(i) {
		return false
	}
	if head, tail, ok := strings.Cut(f.word(i), "-"); ok && head != "" && tail != "" && strings.ToLower(tail) == tail &&
		isEnglishWord(lastPart(tail)) {
		return f.workLead(i-1) || f.articleLead(i-1) // "the Oscar-winning film"
	}
	a := i
	if !f.articleLead(i-1) && f.upperWord(i-1) && !f.toks[i-1].sentStart {
		a = i - 1 // "the Apple TV series"
	}
	return f.articleLead(a-1) && !f.toks[a].sentStart && !f.fullPersonName(a, i+1)
}

// adjectiveSingle reports whether toks[k] is "single" as an adjective,
// no song: after "a", "one" or "every", or before a word in lower case
// ("a single Quux process", "a single large island", "the single
// biggest"), where "her new single Lift Quux" and "its feature single,
// ‘Lift Quux’" name one.
func (f *finder) adjectiveSingle(k int) bool {
	if f.word(k) != "single" {
		return false
	}
	switch f.word(k - 1) {
	case "a", "an", "one", "every", "any", "no", "each", "A", "One", "Every", "No", "Each":
		return true
	}
	return f.lowerWord(k + 1)
}

// possessiveTitle reports whether the capitalised "The" at toks[i], inside
// a sentence, starts a title after a possessive ("Tolkien's The Lord of
// the Quux", "Disney's The Lion Quux"): "The" is capitalised inside a
// sentence only as part of a name, and after a possessive that name is
// most often a work. A newspaper or an organisation ("Murdoch's The
// Times", "Bezos's The Quux Post"), a place and a name of the gazetteers
// are left to the other rules.
func (f *finder) possessiveTitle(i int) bool {
	t := f.toks
	if t[i].sentStart || i < 3 || f.word(i-1) != "s" || !isApostrophe(f.word(i-2)) || !f.upperWord(i-3) || !f.upperWord(i+1) || t[i+1].sentStart {
		return false
	}
	b := f.titleEnd(i, inText)
	if b <= i+1 || b-i > 10 {
		return false
	}
	last, name := t[b-1].text, f.text(i+1, b)
	if publicationWords[last] || orgLastWords[last] || placeLastWords[last] || periodicalWords[t[i+1].text] ||
		inOrgLexicon(f.text(i, b)) || inOrgLexicon(name) || orgs.has(f.text(i, b)) || orgs.has(name) || !f.plausibleTitle(i+1, b, inText) {
		return false
	}
	return !(f.lowerWord(b) && strings.HasPrefix(f.tags[b], "NN"))
}

// chapterOfGroup reports whether toks[i] is "chapter" or "chapters" of a
// group, not of a book: after a place, a capitalised name or a word of a
// branch ("the Paris chapter of Quux", "its local chapters of").
func (f *finder) chapterOfGroup(i int) bool {
	if w := f.word(i); w != "chapter" && w != "chapters" {
		return false
	}
	prev := f.word(i - 1)
	return f.upperWord(i-1) && !f.toks[i-1].sentStart || prev == "local" || prev == "state" || prev == "regional" ||
		prev == "campus" || prev == "student" || prev == "national"
}

// workKindModifier reports whether toks[i] is a noun in lower case that
// makes a compound of the word for a kind of work after it, itself after
// what may lead a kind ("the video game X", "his debut studio album X",
// "the Netflix reality show X", "a board game X"): a work's kind is often
// written so, and the noun is no title.
func (f *finder) workKindModifier(i int) bool {
	return f.lowerWord(i) && strings.HasPrefix(f.tags[i], "NN") && !workKinds[f.word(i)] &&
		(f.workLead(i-1) || f.makerLead(i-1))
}

// articleLead reports whether toks[i] is an article or a possessive
// pronoun, in lower case or capitalised to start a sentence ("The Netflix
// series").
func (f *finder) articleLead(i int) bool {
	w := f.word(i)
	if i < 0 || !f.toks[i].word || f.toks[i].upper && !f.toks[i].sentStart {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}

// lastPart returns the part of a hyphenated word after its last hyphen.
func lastPart(w string) string {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return w[k+1:]
	}
	return w
}

// titleInCommas types as a work a title set off by commas after a word
// for its kind, from toks[a] ("her memoir, A Quiet Harbour, sold"; "the
// film, Cold Orbit, ..."): two words or more that end at a comma or a
// full stop; one word there is as often a person ("In the book,
// Hollings, a retired judge, ...").
func (f *finder) titleInCommas(a int, covered map[int]bool) {
	b := f.titleEnd(a, inQuotes) // the commas hold it as quotation marks would: "10 Things in Tech"
	if b <= a || f.toks[a].sentStart || !f.plausibleTitle(a, b, inText) || f.fullPersonName(a, b) {
		return
	}
	if end := f.word(b); end != "," && end != "." || b-a == 1 {
		return
	}
	f.addThing(a, b, Work, ruleWorkOfKind, covered)
}

// personAfterKind reports whether the title found after a word for a kind
// of work is rather the subject of a clause ("the book Smith wrote"): a
// word the recogniser takes for a person, followed by a verb.
func (f *finder) personAfterKind(a, b int) bool {
	return b-a == 1 && f.recognised(a, b) == Person && b < len(f.toks) && strings.HasPrefix(f.tags[b], "VB") && !auxiliaries[f.word(b)]
}

// auxiliaries after a title start its clause's verb ("the film Parasite
// was directed by"), where a person's name before a verb of making is the
// subject of a relative clause ("the book Hollings wrote").
var auxiliaries = setOf("is", "was", "has", "had", "will", "would", "could", "can", "became", "won", "remains")

// exampleLead returns how many words at toks[k] lead examples of a kind
// named just before: 2 for "such as", 1 for "like" or "including", 0
// where none does ("apps such as Quillo", "books including Quux").
func (f *finder) exampleLead(k int) int {
	switch {
	case f.word(k) == "such" && f.word(k+1) == "as":
		return 2
	case f.word(k) == "like" || f.word(k) == "including":
		return 1
	}
	return 0
}

// workList types the titles listed after a plural word for their kind at
// toks[i] and "such as", "like", "including" or "from".
func (f *finder) workList(i int, covered map[int]bool) {
	k := i + 1
	from := false
	switch lead := f.exampleLead(k); {
	case lead > 0:
		k += lead
	case f.word(k) == "from":
		from = true
		k++
	case f.word(k) == "," && f.word(k+1) == "from":
		// "all TV comedies, from Quux Street to Varrow": the range of
		// examples set off by a comma (ner21t).
		from = true
		k += 2
	default:
		return
	}
	if f.sports && f.word(i) == "games" || f.word(i) == "titles" && titles[f.word(k)] {
		return
	}
	for n := 0; n < 12; n++ {
		b := f.titleEnd(k, inList)
		if b == k || !f.plausibleTitle(k, b, inList) {
			return
		}
		f.addThing(k, b, Work, ruleWorkList, covered)
		k = b
		switch {
		case f.word(k) == "," && (f.word(k+1) == "and" || f.word(k+1) == "or"):
			k += 2
		case f.word(k) == "," || f.word(k) == "and" || f.word(k) == "or" || from && f.word(k) == "to":
			k++
		default:
			return
		}
	}
}

// titleBefore types as a work the title that ends just before toks[end]
// (a comma or a bracket): the longest title that ends there and does not
// follow another capitalised word.
func (f *finder) titleBefore(end int, covered map[int]bool) {
	for a := max(0, end-14); a < end; a++ {
		if !f.upperWord(a) && !isNumber(f.word(a)) || f.upperWord(a-1) && !f.lineBreakBefore(a) {
			continue
		}
		if f.titleEnd(a, inText) != end {
			continue
		}
		if f.toks[a].sentStart && stopwords[f.toks[a].text] && a+1 < end && f.toks[a].text != "The" && f.toks[a].text != "A" {
			a++ // "In Ground Quux, our weekly podcast,": the preposition starting the sentence is no part of it
		}
		if f.toks[a].sentStart && end-a == 1 && !strings.HasPrefix(f.tags[a], "NNP") {
			return // an ordinary word capitalised to start the sentence
		}
		if f.plausibleTitle(a, end, inText) {
			f.addThing(a, end, Work, ruleWorkAppositive, covered)
		}
		return
	}
}

// worksInSingleQuotes types a title in single quotation marks (‘X’ or
// 'X') as a work where a word for its kind stands near it ("the album
// ‘Lover’", "a new 'Half-Life' game", "called 'Night Circuit: Reboot' a
// flagship VR game"), and so is a title in double quotation marks that
// the rule for them leaves ("subscribe to this newsletter: “5 Tips for
// Busy Cooks”"). Quoted speech is not in title case, and a nickname has no word
// for a work near it.
func (f *finder) worksInSingleQuotes(covered map[int]bool) {
	t := f.toks
	for i := 0; i+2 < len(t); i++ {
		open := t[i].text
		single := open == "‘" || open == "'" && (i == 0 || t[i-1].end < t[i].start) && t[i+1].start == t[i].end
		double := isOpeningQuote(open)
		if !single && !double || covered[i+1] {
			continue
		}
		b := f.titleEnd(i+1, inQuotes)
		if b == i+1 || b >= len(t) {
			continue
		}
		close := t[b].text
		if single && close != "’" && close != "'" || double && !isClosingQuote(close) || t[b].start != t[b-1].end {
			continue
		}
		kindAfter := f.workKindAfter(b + 1)
		if !kindAfter && !f.workKindBefore(i) || !f.plausibleTitle(i+1, b, inQuotes) {
			continue
		}
		f.addThing(i+1, b, Work, ruleWorkQuoted, covered)
		i = b
	}
}

// workKindAfter reports whether a word for a kind of work stands among
// the six words from toks[i], in the same sentence ("'Night Circuit: Reboot'
// "a flagship VR game."").
func (f *finder) workKindAfter(i int) bool {
	for k := i; k < len(f.toks) && k < i+6; k++ {
		if k > i && (f.toks[k].sentStart || f.lineBreakBefore(k)) || f.word(k) == "." {
			return false
		}
		if f.lowerWord(k) && workKinds[f.word(k)] && f.word(k) != "work" && !f.adjectiveSingle(k) && !(f.sports && sportsKinds[f.word(k)]) {
			return true
		}
	}
	return false
}

// workKindBefore reports whether a word for a kind of work stands among
// the eight words before toks[i], in the same sentence.
func (f *finder) workKindBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if f.lowerWord(k) && (workKinds[f.word(k)] || workKindsPlural[f.word(k)]) && f.word(k) != "work" && !f.adjectiveSingle(k) && !(f.sports && (sportsKinds[f.word(k)] || f.word(k) == "games")) {
			return true
		}
		if f.toks[k].sentStart || f.lineBreakBefore(k) {
			return false
		}
	}
	return false
}

// capitalRun returns where the run of capitalised words starting at
// toks[a] ends, within the sentence; a preposition a headline capitalises
// ends it (headlinePrepositions).
func (f *finder) capitalRun(a int) int {
	b := a
	for b < len(f.toks) && f.upperWord(b) && (b == a || !f.toks[b].sentStart && !f.lineBreakBefore(b) && !headlinePrepositions[f.toks[b].text]) {
		b++
	}
	return b
}

// capitalRunBefore returns where the run of capitalised words ending just
// before toks[b] starts, within the sentence and after a preposition a
// headline capitalises (headlinePrepositions).
func (f *finder) capitalRunBefore(b int) int {
	a := b
	for a > 0 && f.upperWord(a-1) && !f.lineBreakBefore(a) && (a == b || !f.toks[a].sentStart) && !headlinePrepositions[f.toks[a-1].text] {
		a--
	}
	return a
}

// eventEditions types an event's numbered edition, the ordinal included
// ("the 9th Rotterdam Lantern Festival", "the 20th Reunion Tour"), a
// numbered amendment or law ("the 31st Amendment"), and an edition named
// by its year ("Summit 2024", "BDXC 2023" near "conference").
func (f *finder) eventEditions(covered map[int]bool) {
	t := f.toks
	for i := 0; i+1 < len(t); i++ {
		if isOrdinal(t[i].text) && t[i+1].start == t[i].end+1 && f.upperWord(i+1) {
			b := f.capitalRun(i + 1)
			last := t[b-1].text
			switch {
			case eventEditions[last] && last != "Week": // "the 3rd Week" is a week
				f.addThing(i, b, Event, ruleEventEdition, covered)
			case lawAwardLastWords[last]:
				f.addThing(i, b, Other, ruleEventEdition, covered)
			}
			continue
		}
		if !isYear(t[i].text) || i == 0 || !f.upperWord(i-1) || t[i].start != t[i-1].end+1 {
			continue
		}
		a := f.capitalRunBefore(i)
		for a < i && (t[a].sentStart && stopwords[t[a].text] || notNames[t[a].text] || t[a].text == "The" && t[a].sentStart) {
			a++
		}
		if a == i {
			continue
		}
		last := t[i-1].text
		if isAcronym(t[i-1]) && !commonAcronyms[last] && !f.sports && (f.editionBeforeEventNoun(i) ||
			!(f.lowerWord(i+1) && strings.HasPrefix(f.tags[i+1], "NN")) && f.eventNear(i)) {
			f.addThing(i-1, i+1, Event, ruleEventEdition, covered) // "At BDXC 2023" in a heading
			continue
		}
		if eventEditions[last] {
			f.addThing(a, i+1, Event, ruleEventEdition, covered)
		}
	}
}

// editionBeforeEventNoun reports whether the year at toks[i], after an
// acronym, comes before a word for a gathering that it and the acronym
// modify ("the BDXC 2015 conference", "the QXS 2019 summit"), where
// another noun there makes the acronym a company's ("BDXC 2015 revenue").
func (f *finder) editionBeforeEventNoun(i int) bool {
	return f.lowerWord(i+1) && eventNouns[f.word(i+1)] && f.word(i+1) != "event" && f.word(i+1) != "show"
}

// eventNear reports whether a word for an event stands within thirty
// words of toks[i].
func (f *finder) eventNear(i int) bool {
	for k := max(0, i-30); k < len(f.toks) && k <= i+30; k++ {
		if eventNouns[strings.ToLower(f.word(k))] && (f.lowerWord(k) || f.toks[k].sentStart) {
			return true
		}
	}
	return false
}

// tradeShows types a show or a fair named by its kind as an event
// ("Denver Auto Show", "the Paris Air Show", "the Nuremberg Toy Fair",
// "Iowa State Fair"), with the place before it.
func (f *finder) tradeShows(covered map[int]bool) {
	t := f.toks
	for i := 1; i < len(t); i++ {
		if t[i].text != "Show" && t[i].text != "Fair" || !showKinds[t[i-1].text] && !(t[i].text == "Fair" && fairKinds[t[i-1].text]) || t[i].sentStart {
			continue
		}
		a := f.capitalRunBefore(i)
		for a < i-1 && (t[a].sentStart && (stopwords[t[a].text] || t[a].text == "The") || notNames[t[a].text]) {
			a++
		}
		f.addThing(a, i+1, Event, ruleTradeShow, covered)
	}
}

// datesOfDays marks a named day that is a date and no holiday ("Election
// Day", "Inauguration Day", "Earth Day"): dates are not entities. The
// holidays of holidays.txt ("Labor Day", "Valentine's Day") are events,
// typed before by holidaysAsEvents; a day of a name that is no ordinary
// word ("D-Day", "VE Day") is left to the other rules.
func (f *finder) datesOfDays(covered map[int]bool) {
	t := f.toks
	for i := 1; i < len(t); i++ {
		if t[i].text != "Day" || !t[i].upper {
			continue
		}
		a, ok := i, false
		for a > 0 && a > i-5 && !f.lineBreakBefore(a) {
			w := f.word(a - 1)
			switch {
			case w == "s" && isApostrophe(f.word(a-2)):
				a -= 2
				continue
			case f.upperWord(a-1) && (holidayWords[w] || isBasicWord(w) && !t[a-1].allCaps):
				a--
				ok = true
				continue
			}
			break
		}
		if ok && !covered[a] {
			for k := a; k <= i; k++ {
				covered[k] = true
			}
		}
	}
}

// namedPapers types a dossier or memo named after a person, the noun
// included ("the Hartley dossier").
func (f *finder) namedPapers(covered map[int]bool) {
	t := f.toks
	for i := 1; i < len(t); i++ {
		if !f.lowerWord(i) || !namedPapers[t[i].text] || !f.upperWord(i-1) {
			continue
		}
		a := f.capitalRunBefore(i)
		if t[a].sentStart && a+1 < i {
			a++
		}
		name := f.text(a, i)
		if i-a > 3 || t[a].sentStart || orgs.has(name) || places.has(name) || demonyms.has(name) || isAcronym(t[i-1]) || f.isOrganization(a, i) ||
			titles[t[a].text] || singleOrgWords[name] {
			continue
		}
		f.addThing(a, i+1, Other, ruleNamedPaper, covered)
	}
}

// productBrands types a product whose brand is written in lower case with
// a hyphen or an inner capital ("e-volt", "zPhone"), with its maker
// before it and its model after it ("Nordvik e-volt Cruiser", "zPhone
// SE", "zPhone 12"). A brand is one where a mention has a model after it, or
// a company of the gazetteer before it ("Apple iPhone"); then its other
// mentions in the text follow ("the e-volt", "the latest zPhone"), and an
// ordinary word ("e-mail") never has a model.
func (f *finder) productBrands(covered map[int]bool) {
	t := f.toks
	brands := map[string]bool{}
	for i := 0; i < len(t); i++ {
		if f.lowerWord(i) && productBrand(t[i].text) && !inWebAddress(t, i) &&
			(f.modelEnd(i+1) > i+1 || f.makerBefore(i) && orgs.has(t[i-1].text)) {
			brands[t[i].text] = true
		}
	}
	if len(brands) == 0 {
		return
	}
	for i := 0; i < len(t); i++ {
		if !f.lowerWord(i) || !brands[t[i].text] || covered[i] || inWebAddress(t, i) {
			continue
		}
		a := i
		if f.makerBefore(i) {
			a = i - 1
		}
		f.addThing(a, f.modelEnd(i+1), Other, ruleProductBrand, covered)
	}
}

// makerBefore reports whether a maker's name stands just before the
// brand at toks[i] ("Nordvik e-volt").
func (f *finder) makerBefore(i int) bool {
	return i > 0 && f.upperWord(i-1) && f.toks[i].start == f.toks[i-1].end+1 && productMaker(f.toks[i-1]) && !f.lineBreakBefore(i)
}

// productBrand reports whether w, in lower case, is written as a brand:
// with an inner capital or digit ("iPhone", "eShop"), or a short prefix,
// a hyphen and a word no dictionary holds ("e-volt"), not an ordinary
// compound ("e-mail", "x-ray"), nor two words of the dictionary
// ("so-called", "by-product": "the so-called Quux portfolio" is no brand
// and its model).
func productBrand(w string) bool {
	if lowerCaseBrand(w) {
		return true
	}
	head, tail, ok := strings.Cut(w, "-")
	if !ok || len(head) > 2 || len(tail) < 3 || strings.ContainsAny(tail, "-‐") || isBasicWord(tail) || wordPrefixes[head] ||
		len(head) == 2 && isEnglishWord(head) && isEnglishWord(tail) {
		return false
	}
	for _, r := range head + tail {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// wordPrefixes make ordinary words with a hyphen ("re-election",
// "co-founder").
var wordPrefixes = setOf("re", "co", "de", "un", "ex", "bi", "in", "on", "up")

// productMaker reports whether t may be the maker before a brand: a
// capitalised word that is no place, title, nationality or ordinary word,
// or a company of the gazetteer ("Apple iPhone").
func productMaker(t token) bool {
	w := t.text
	if orgs.has(w) {
		return true
	}
	return !places.has(w) && !titles[w] && !titleModifiers[w] && !demonyms.has(w) && !isBasicWord(w) && !stopwords[w]
}

// modelEnd returns where a product's model ends after its name, from
// toks[i]: capitalised words, numbers and model codes written on
// ("Sportback 55", "SE", "11 Pro"), but no word that starts a sentence,
// names an organisation or a person's office.
func (f *finder) modelEnd(i int) int {
	t := f.toks
	for i < len(t) && !f.lineBreakBefore(i) && t[i].start == t[i-1].end+1 {
		w := t[i].text
		if isNumber(w) && f.measureAfter(i) {
			break // "12.9-inch"
		}
		if !t[i].word || t[i].sentStart || !(t[i].upper || isNumber(w)) || orgLastWords[w] || orgFirstWords[w] || titles[w] ||
			places.has(w) || demonyms.has(w) || notNames[w] || stopwords[w] || productKinds[w] || orgs.has(w) || firstNames.has(w) && !isModelCode(w) && !editionWords[w] {
			break
		}
		i++
	}
	return i
}

// productKinds are words for a kind of product, written in capitals,
// that follow its name without being part of it ("the e-volt SUV").
var productKinds = setOf("SUV", "SUVs", "EV", "EVs", "PHEV", "TV", "PC", "LED", "OLED", "GPU", "CPU", "VR", "AR", "USB")

// productsAlone types, once the phrases are typed, the products the
// text names after a company it names ("Brightwell Nurse Relay" where
// "Brightwell" is a company of the text), and then the product's other
// mentions without its maker ("Nurse Relay", "Glide" after "Nordvik
// Glide"), and a work's other mentions, with a number written after them
// ("Iron Harvest 2" after "games such as Iron Harvest"). Candidates that overlap a span typed by the rules of this file
// are dropped: those spans read more of the text around them.
func (f *finder) productsAlone() {
	companies := map[string]bool{}
	for _, c := range f.cands {
		if c.typ == Organization && (c.firm || c.rule == ruleLexiconOrganization) && c.words == 1 {
			companies[c.name] = true
		}
	}
	products, works := map[string]bool{}, map[string]bool{}
	for i := range f.cands {
		if c := f.cands[i]; c.typ == Work && thingRules[c.rule] {
			works[c.name] = true
		}
		c := &f.cands[i]
		first, rest, _ := strings.Cut(c.name, " ")
		if rest == "" && c.rule != ruleCamelProduct {
			continue
		}
		switch {
		case c.rule == "a product of a known maker" || c.rule == ruleProductBrand && c.typ == Other:
		case c.rule == ruleCamelProduct:
			products[c.name] = true
			continue
		case companies[first] && (c.typ == Person || c.typ == Place || c.typ == "") && !c.firm && f.productWords(*c):
			c.typ, c.firm, c.surnameOnly, c.rule = Other, true, false, ruleProductOfMaker
		default:
			continue
		}
		if !strings.ContainsAny(rest, " ") && (isBasicWord(rest) || firstNames.has(rest) || editionWords[rest]) {
			continue // "Harmony" alone is an ordinary word
		}
		products[rest] = true
	}
	for i := range f.cands {
		c := &f.cands[i]
		if thingRules[c.rule] || c.firm && c.typ != Organization && c.typ != "" {
			continue
		}
		switch {
		case works[c.name] && f.tourAfter(*c):
			k := f.tokenAt(c.end)
			c.end, c.name = f.toks[k].end, c.name+" "+f.toks[k].text
			c.typ, c.firm, c.surnameOnly, c.rule = Event, true, false, ruleTourOfWork
			continue
		case works[c.name] && !f.slashJoined(*c):
			c.typ, c.firm, c.surnameOnly, c.rule = Work, true, false, ruleWorkAgain
		case products[productName(c.name, products)]:
			c.typ, c.firm, c.surnameOnly, c.rule = Other, true, false, ruleProductAlone
		default:
			continue
		}
		if k := f.tokenAt(c.end); k > 0 && k < len(f.toks) && isNumber(f.toks[k].text) && f.toks[k].start == c.end+1 && !f.lineBreakBefore(k) {
			c.end, c.name = f.toks[k].end, c.name+" "+f.toks[k].text // "the Cruiser 55", "Iron Harvest 2"
		}
	}
	for i := range f.cands {
		if c := &f.cands[i]; c.rule == ruleQuotedTitle && orgs.has(c.name) {
			c.typ = Organization // "search for “Business Insider”": a title the gazetteer lists as a company
		}
	}
	var spans []candidate
	for _, c := range f.cands {
		if thingRules[c.rule] {
			spans = append(spans, c)
		}
	}
	if len(spans) == 0 {
		return
	}
	out := f.cands[:0]
	for _, c := range f.cands {
		if !thingRules[c.rule] && overlapsAny(c, spans) {
			continue
		}
		out = append(out, c)
	}
	f.cands = out
}

// tourAfter reports whether the word after c on its line is "Tour",
// which makes a work's title the name of the tour that plays it, an event
// ("the Quiet Harbour Tour", "QUIET HARBOUR TOUR" in a listing).
func (f *finder) tourAfter(c candidate) bool {
	k := f.tokenAt(c.end)
	return k < len(f.toks) && f.toks[k].start == c.end+1 && titleCase(f.toks[k].text) == "Tour" && !f.lineBreakBefore(k) &&
		f.toks[k].allCaps == f.toks[k-1].allCaps
}

// slashJoined reports whether a slash joins c to a capitalised word
// before or after it: c is then part of a longer title ("Quiet Dot / Lift
// Quux", a record of two songs), not a mention of its own.
func (f *finder) slashJoined(c candidate) bool {
	a, b := f.tokenAt(c.start), f.tokenAt(c.end)
	return a > 1 && f.word(a-1) == "/" && f.upperWord(a-2) || b+1 < len(f.toks) && f.word(b) == "/" && f.upperWord(b+1)
}

// tokenAt returns the index of the first token that starts at or after
// rune offset at.
func (f *finder) tokenAt(at int) int {
	return sort.Search(len(f.toks), func(i int) bool { return f.toks[i].start >= at })
}

// productWords reports whether the words of c after its first name a
// product rather than a person, a place or a unit ("Nurse Relay", not
// "Jeff Bezos", "Europe" or "Sport").
func (f *finder) productWords(c candidate) bool {
	fields := strings.Fields(c.name)
	if len(fields) > 2 && (firstNames.has(fields[1]) || isInitials(fields[1])) {
		return false // "Amazon Jeff Bezos"
	}
	for _, w := range fields[1:] {
		if orgLastWords[w] || orgFirstWords[w] || mediumWords[w] || publicationWords[w] || placeLastWords[w] || titles[w] ||
			titleModifiers[w] || places.has(w) || demonyms.has(w) || productNotWords[w] || connectors[w] || firmPeopleWord(w) {
			return false
		}
	}
	return true
}

// productName returns the product of products that name is or starts
// with ("e-volt Cruiser" for "e-volt Cruiser 55"), or "".
func productName(name string, products map[string]bool) string {
	for {
		if products[name] {
			return name
		}
		i := strings.LastIndexByte(name, ' ')
		if i < 0 {
			return ""
		}
		name = name[:i]
	}
}

// overlapsAny reports whether c overlaps one of spans.
func overlapsAny(c candidate, spans []candidate) bool {
	for _, s := range spans {
		if c.start < s.end && s.start < c.end {
			return true
		}
	}
	return false
}

// uncoveredPhrases cuts the phrases at the tokens covered marks, which a
// rule has typed already: "Watching Nordvik e-volt" keeps "Watching".
func uncoveredPhrases(ps [][2]int, covered map[int]bool) [][2]int {
	if len(covered) == 0 {
		return ps
	}
	var out [][2]int
	for _, p := range ps {
		a := p[0]
		for k := p[0]; k <= p[1]; k++ {
			if k == p[1] || covered[k] {
				if k > a {
					out = append(out, [2]int{a, k})
				}
				a = k + 1
			}
		}
	}
	return out
}

// marketWords, near a name and a number, make it a market index ("the
// Kospar 300 is up 2.5 percent", "the Tandex 150 declined 0.3%").
var (
	marketWords = setOf("index", "indexes", "indices", "shares", "stocks", "benchmark", "points")
	marketMoves = setOf("rose", "fell", "declined", "gained", "slipped", "climbed", "dropped", "edged", "closed", "rallied",
		"up", "down", "higher", "lower", "ended", "finished", "added", "lost", "jumped", "slid", "tumbled", "surged")
)

// marketIndexes types a market index named by a word and a number ("the
// Kospar 300", "Tandex 150", "FTSE 100") as other, where words of the market
// stand near it in its sentence, and a model by its number after its
// maker's possessive ("Tesla's Model 3"). A sports result ("Boston 3, Toronto 2")
// and a place are no index.
func (f *finder) marketIndexes(covered map[int]bool) {
	if f.sports {
		return
	}
	t := f.toks
	for i := 1; i < len(t); i++ {
		n := t[i].text
		model := f.makerPossessive(i - 2)
		if !isNumber(n) || len(n) < 2 && !model || len(n) > 4 || t[i].start != t[i-1].end+1 || !f.upperWord(i-1) || t[i-1].sentStart && !t[i-1].allCaps ||
			f.word(i+1) == "," || f.word(i+1) == "-" || f.word(i+1) == "–" || isYear(n) && !strings.Contains(t[i-1].text, "&") {
			continue
		}
		w := t[i-1].text
		if places.has(w) || towns.has(w) || states.has(w) || notNames[w] || firstNames.has(w) || roadWords[w] || titles[w] || numberedParts[w] || f.rankAt(i-1) ||
			strings.ContainsAny(w, "0123456789") || i >= 2 && (t[i-2].text == "%" || isNumber(t[i-2].text)) || f.measureAfter(i) {
			continue
		}
		if model {
			f.addThing(i-1, i+1, Other, ruleMarketIndex, covered) // "Tesla's Model 3"
			continue
		}
		if !f.marketNear(i) {
			continue
		}
		start := i - 1
		if i >= 2 && stockIndexes[f.text(i-2, i)] && t[i-1].start == t[i-2].end+1 {
			start = i - 2 // "Euro Stoxx 50": an index of two words and its number
		}
		f.addThing(start, i+1, Other, ruleMarketIndex, covered)
	}
}

// numberedParts are numbered parts of a text, a law, a contest or a
// building, not indexes or models ("Chapter 11", "Section 230", "Round 2").
var numberedParts = setOf("Chapter", "Article", "Section", "Title", "Level", "Phase", "Stage", "Category", "Class", "Round",
	"Week", "Game", "Year", "Day", "Page", "Figure", "Table", "Grade", "Room", "Gate", "Terminal", "Channel", "Part",
	"Volume", "Episode", "Season", "Tier", "Group", "Division", "District", "Precinct", "Ward", "Lot", "Unit", "Suite",
	"Flight", "Platform", "Pier", "Bay", "Apartment", "Floor", "Box",
	// A house by its number ("No 10"); "No." before a number is a rank
	// (rankAt in things22.go).
	"No")

// makerPossessive reports whether toks[i] ends the possessive of a
// company of the gazetteer ("Tesla's").
func (f *finder) makerPossessive(i int) bool {
	return i >= 2 && f.word(i) == "s" && isApostrophe(f.word(i-1)) && orgs.has(f.word(i-2)) && !firstNames.has(f.word(i-2))
}

// measureAfter reports whether the number at toks[i] goes on as a
// measure or a fraction ("12.9-inch", "34\"").
func (f *finder) measureAfter(i int) bool {
	if i+1 >= len(f.toks) || f.toks[i+1].start != f.toks[i].end {
		return false
	}
	switch f.toks[i+1].text {
	case ".", "-", "\"", "”", "'", "’", "/", ",":
		return true
	}
	return false
}

// marketNear reports whether a word of the market stands within eight
// words of toks[i], in its sentence, or a verb of its moves within four
// words after it ("the Tandex 150 (T150) declined").
func (f *finder) marketNear(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+4 && !f.toks[k].sentStart; k++ {
		if marketMoves[f.word(k)] {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-8 && !f.toks[k+1].sentStart; k-- {
		if marketWords[strings.ToLower(f.word(k))] {
			return true
		}
	}
	for k := i + 1; k < len(f.toks) && k <= i+8 && !f.toks[k].sentStart; k++ {
		if marketWords[strings.ToLower(f.word(k))] {
			return true
		}
	}
	return false
}

// eventWords name an event by themselves, one word ("the Olympics", "the
// Holocaust", "the Oscars"); bowlWords end an event's name ("Super Bowl").
var eventWords = setOf("Olympics", "Paralympics", "Olympiad", "Holocaust", "Oscars", "Grammys", "Emmys", "Tonys",
	"Baftas", "BAFTAs")

// eventsAlone types an event named by one word of its own ("the
// Olympics"), and a bowl game ("the Super Bowl"), unless the bowl follows
// "at" or "in" and may be the stadium of that name.
func (f *finder) eventsAlone(covered map[int]bool) {
	t := f.toks
	for i := range t {
		switch {
		case eventWords[t[i].text] && !f.upperWord(i-1) && !f.upperWord(i+1):
			f.addThing(i, i+1, Event, ruleEventEdition, covered)
		case t[i].text == "Bowl" && f.upperWord(i-1) && !t[i].sentStart:
			a := f.capitalRunBefore(i)
			for a < i-1 && t[a].sentStart && (stopwords[t[a].text] || t[a].text == "The") {
				a++
			}
			if lead := strings.ToLower(f.word(a - 1)); lead == "the" && (f.word(a-2) == "at" || f.word(a-2) == "in" && !gameVerbs[f.word(a-3)]) {
				continue
			}
			end := i + 1
			if romanNumeral(f.word(end)) && t[end].start == t[i].end+1 && !f.lineBreakBefore(end) && !(f.word(end) == "I" && f.lowerWord(end+1)) {
				end++ // "Super Bowl LIV"; not the pronoun of "the Super Bowl I watched"
			}
			f.addThing(a, end, Event, ruleEventEdition, covered)
		}
	}
}

// productsOfPossessive types a name written in camel case after a listed
// company's possessive as its product ("Nordvik's SkyPods", "Toyota's
// RoadSense 2"), with its model; its other mentions follow
// (productsAlone), where the camel-case rule would make a company of it.
func (f *finder) productsOfPossessive(covered map[int]bool) {
	for i := 3; i < len(f.toks); i++ {
		if f.upperWord(i) && isCamelCase(f.toks[i].text) && !f.toks[i].allCaps && f.makerPossessive(i-1) {
			f.addThing(i, f.modelEnd(i+1), Other, ruleCamelProduct, covered)
		}
	}
}

// namedApart reports whether the capitalised word at toks[i] stands
// elsewhere in the text inside a sentence with another word, or none,
// after it: a name of its own ("Quuxplay" of "on Quuxplay, the port"),
// not the first word of the name it leads here ("Red" of "Red Dead").
func (f *finder) namedApart(i int) bool {
	w := f.toks[i].text
	for k, t := range f.toks {
		if k != i && t.text == w && !t.sentStart && f.word(k+1) != f.word(i+1) {
			return true
		}
	}
	return false
}
