package annotate

import "strings"

// Many kinds of name are told by their last word alone: a street or a
// venue ("Quillan Street", "Varrow Field"), an event ("Crimean War"), a law
// or an award ("Affordable Care Act", "Pulitzer Prize"), a market index
// ("Zorbly Composite Index"), a device or an edition ("Magic Keyboard"), a
// newspaper named after its town ("the Toledo Blade"). They are one table,
// lastWordKinds; each row is a rule of phraseRules, in its place there.

// lastWordKind is a kind of name told by its last word.
type lastWordKind struct {
	name  string          // the rule's name in phraseRules
	words map[string]bool // the last words
	typ   EntityType
	// minWords is how many words the name has at least (a street's word
	// alone after an ordinal counts its ordinal: "23rd Street").
	minWords int
	// descriptor says the rule also reads the part of a phrase before a
	// title ("White House" in "White House Press Secretary").
	descriptor bool
	// also, when set, says a last word not in words ends such a name too,
	// by the word before it.
	also func(f *finder, a, b int) bool
	// check, when set, may move the start of the name or refuse it.
	check func(f *finder, a, b int) (start int, ok bool)
}

// lastWordKinds are the kinds of name told by their last word.
var lastWordKinds = []lastWordKind{
	{name: rulePlaceLastWord, words: placeLastWords, typ: Place, minWords: 1, descriptor: true, also: venueOrCompound, check: placeByLastWord},
	{name: "a newspaper named after its town", words: newspaperWords, typ: Organization, minWords: 2, descriptor: true, check: newspaperOfTown},
	{name: "an event by its last word", words: eventLastWords, typ: Event, minWords: 2, descriptor: true, also: eventByNumeralOrFirstWord, check: eventEdition},
	{name: "a law or award by its last word", words: lawAwardLastWords, typ: Other, minWords: 2, check: lawInItsContext},
	{name: "a device or edition by its last word", words: productKindWords, typ: Other, minWords: 2, check: notAPerson},
	{name: "an index by its last word", words: indexWords, typ: Other, minWords: 2, descriptor: true},
}

// lastWordRule returns the phrase rule of the row of lastWordKinds named
// name.
func lastWordRule(name string) phraseRule {
	for _, k := range lastWordKinds {
		if k.name == name {
			return phraseRule{k.name, k.apply}
		}
	}
	panic("annotate: no kind of name by its last word is called " + name)
}

// apply types the phrase as k when its last word is one of k's.
func (k lastWordKind) apply(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor && !k.descriptor || b-a < k.minWords || !k.words[f.toks[b-1].text] && !(k.also != nil && k.also(f, a, b)) {
		return false
	}
	if k.check != nil {
		start, ok := k.check(f, a, b)
		if !ok {
			return false
		}
		a = start
	}
	f.add(a, b, k.typ, true)
	return true
}

// eventEdition takes the ordinal of an event's edition into its name
// ("the 7th Zorbly Light Festival", "the 50th Anniversary Tour"), and
// the party of a party's convention ("Democratic National Convention");
// a series before a model's number is a product's ("Quux Watch Series
// 3"), and so is a maker's classic ("Coca-Cola Classic"); a given name
// before "Day" is a person's ("Richard Day"), unless an article leads it
// ("the Robin Day parade"); a headline's words are none
// (headlineSmallWords).
func eventEdition(f *finder, a, b int) (int, bool) {
	if f.toks[b-1].text == "Series" && !f.sports && (isNumber(f.word(b)) || isModelCode(f.word(b))) && f.toks[b].start == f.toks[b-1].end+1 {
		return a, false // "the Quux Watch Series 3", a model
	}
	if f.toks[b-1].text == "Classic" && (orgs.has(f.toks[a].text) || inOrgLexicon(f.toks[a].text) || orgs.has(f.text(a, b-1))) {
		return a, false // "Coca-Cola Classic", a maker's product
	}
	for k := a + 1; k < b-1; k++ {
		if headlineSmallWords[f.toks[k].text] {
			return a, false // a headline in title case: "Ghost Haunts A Couple In Crisis"
		}
	}
	if b-a == 2 && f.toks[b-1].text == "Day" && f.fullPersonName(a, b) && !f.articleLead(a-1) {
		return a, false // "Richard Day", "Ann Day said": a person whose surname is Day
	}
	if isOrdinal(f.word(a - 1)) {
		return a - 1, true
	}
	if partyConvention(f, a, b) && f.upperWord(a-1) && partyAdjectives[f.word(a-1)] {
		return a - 1, true // "Democratic National Convention", which the party's adjective left
	}
	return a, true
}

// headlineSmallWords are the short words a headline in title case
// capitalises ("A", "In", "Is"), which an event's name writes in lower
// case or not at all: a phrase holding one inside is a headline's words.
var headlineSmallWords = setOf("A", "An", "In", "On", "To", "Is", "Are", "Was", "Were", "Be", "With", "At", "By", "As",
	"Into", "From", "Its", "His", "Her", "Their")

// notAPerson refuses a person's full name ("Max" is a given name, not
// only a product's tier; "Minnie Mouse" is a character), but for a craft
// named after a person, whose last word no person's name ends in ("James
// Quux Space Telescope").
func notAPerson(f *finder, a, b int) (int, bool) {
	return a, craftLastWords[f.toks[b-1].text] || !f.fullPersonName(a, b)
}

// lawNotAPerson refuses a given name and a surname that is also a word
// of laws ("Nathan Deal, the governor,"), which no article or possessive
// leads: a law or an award of two words named after a person is written
// after one ("the Monroe Doctrine", "the Quux Award", "Brelco's Quux
// Prize").
func lawNotAPerson(f *finder, a, b int) (int, bool) {
	if b-a != 2 || !f.fullPersonName(a, b) {
		return a, true
	}
	lead := strings.ToLower(f.word(a - 1))
	return a, lead == "the" || possessivePronouns[lead] || lead == "s" && isApostrophe(f.word(a-2))
}

// lawInItsContext checks a name ending in a word of lawAwardLastWords: no
// person's name (lawNotAPerson), and a name ending in "Deal", a common
// word for a bargain, a shop or a show, is a policy only where the
// sentence speaks of one ("signed the New Deal", "pushed the Green New
// Deal", "the New Deal era"): no "of" inside ("The Art of the Deal" is a
// work), no heading's colon or noun after it ("The Big Deal: How", "The
// Big Deal store").
func lawInItsContext(f *finder, a, b int) (int, bool) {
	if f.toks[b-1].text == "Deal" && !f.dealAsPolicy(a, b) {
		return a, false
	}
	return lawNotAPerson(f, a, b)
}

// dealAsPolicy reports whether toks[a:b], ending in "Deal", names a
// policy: "New" before "Deal" (the names coined after the New Deal) or a
// word of law or policy in its sentence, and nothing around it that makes
// it a title or a modifier.
func (f *finder) dealAsPolicy(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].text == "of" {
			return false
		}
	}
	if f.word(b) == ":" || f.lowerWord(b) && strings.HasPrefix(f.tags[b], "NN") {
		return false
	}
	if f.word(b-2) == "New" {
		return true
	}
	start := a
	for start > 0 && !f.toks[start].sentStart && a-start < 30 {
		start--
	}
	for k := start; k < len(f.toks) && k < b+30; k++ {
		if k > a && f.toks[k].sentStart {
			break
		}
		if policyWords[strings.ToLower(f.toks[k].text)] {
			return true
		}
	}
	return false
}

// policyWords in a sentence say it speaks of a law or a policy.
var policyWords = setOf("signed", "signs", "passed", "passes", "enacted", "law", "laws", "legislation", "bill",
	"pushed", "proposed", "proposal", "backed", "program", "programs", "programme", "programmes", "policy",
	"policies", "era", "reforms", "agenda", "congress", "vote", "voted", "lawmakers")

// craftLastWords end the name of a craft or an instrument.
var craftLastWords = setOf("Telescope", "Lander", "Orbiter", "Spacecraft")

// placeByLastWord: a street, a venue or a feature of the land by its last
// word ("Quillan Street", "23rd Street", "Varrow Field", "Brelford Music
// Center", "Zorbland Plateau"). A phrase with "of" is left to the splits
// ("Ann Wee of Varrow Falls"), and a given name before a word that is also
// a surname ("Sally Field") to the person rules, but after "the" or a
// preposition of place ("in the Quillan Valley", "near Quillan Heights"),
// where news writes no person's name.
func placeByLastWord(f *finder, a, b int) (int, bool) {
	t := f.toks
	if b-a == 1 {
		if compoundPlace(t[a].text) {
			return a, true // "Alexanderplatz", "Brelford-Klinik"
		}
		if !isOrdinal(f.word(a - 1)) {
			return a, false
		}
		a-- // "23rd Street"
	}
	for j := a; j < b; j++ {
		if t[j].text == "of" && !geoWords[t[a].text] {
			return a, false
		}
	}
	last := t[b-1].text
	before := strings.ToLower(f.word(a - 1))
	placeBefore := f.lowerWord(a-1) && (before == "the" || placePrepositions[before] && !personPrepositions[before])
	if resortWords[last] {
		// "a trip to Zorbly World", "a day at Ferrari World"; but "an
		// editor at PC World", "wrote in Zorbly World": a magazine's or a
		// shop's name.
		visit := before == "at" && !workplaceNouns[strings.ToLower(f.word(a-2))] ||
			before == "to" && motionWords[strings.ToLower(f.word(a-2))] || visitWords[before]
		if b-a < 2 || !f.lowerWord(a-1) || !visit {
			return a, false
		}
	}
	if b-a >= 2 && !placeBefore && !geoWords[t[a].text] && f.organizationContext(a, b) {
		// "Georgia Gulf shares rose", "a stake in Quillan Creek", "Quillan
		// Valley said in a statement": a company named after a place, by
		// the words around it.
		return a, false
	}
	if (surnamePlaceWords[last] || f.surnameEndingPlaces(a, b)) && b-a >= 2 && !isNumber(f.word(a-1)) && !placeBefore && !f.streetByItsPreposition(a, b) {
		// "Sally Field", "U.S. Trade Representative Carla Hills", "Mr.
		// Lane": a given name, an initial or a title before the last word
		// makes it a surname.
		if before := t[b-2].text; firstNames.has(t[a].text) || firstNames.has(before) || isInitials(before) || titles[before] {
			return a, false
		}
	}
	return a, true
}

// venueOrCompound reports whether toks[a:b] end a place's name though
// its last word is none of placeLastWords: a venue's "Center"
// (venueCenter), one word compounded with its kind (compoundPlace), or a
// resort's word where someone goes to it (resortWords, read by
// placeByLastWord).
func venueOrCompound(f *finder, a, b int) bool {
	return venueCenter(f, a, b) || b-a == 1 && compoundPlace(f.toks[a].text) || resortWords[f.toks[b-1].text]
}

// resortWords end the name of a theme park or a resort ("Zorbly World",
// "Ferrari World"), and of as many magazines and shops: such a name is a
// place only where someone goes to it or spends time at it.
var resortWords = setOf("World")

// visitWords come before a place someone goes to.
var visitWords = setOf("visit", "visited", "visiting", "visits", "toured", "tour")

// compoundPlace reports whether w is a street, a square, a canal or a
// hospital named in one word the way German, Dutch and the Scandinavian
// languages name them, the word for its kind joined to its end
// ("Alexanderplatz", "Kurfürstendamm", "Prinsengracht", "Kalverstraat",
// "Drottninggatan"), or after a hyphen ("Brelford-Klinik",
// "Quillan-Arena"). A word of English ("Westminster") or a given name is
// none.
func compoundPlace(w string) bool {
	if isEnglishWord(w) || firstNames.has(w) || strings.ToUpper(w) == w {
		return false
	}
	if i := strings.LastIndexAny(w, "-‐"); i > 0 && i < len(w)-1 {
		part := w[i+len("-"):]
		if strings.HasPrefix(w[i:], "‐") {
			part = w[i+len("‐"):]
		}
		// A place's word that is a surname too ("Hill", "Field") ends
		// double-barrelled names of people and firms ("McGraw-Hill",
		// "Smith-Field"), not places.
		return placeLastWords[part] && !surnamePlaceWords[part] || compoundPlaceEnds[strings.ToLower(part)]
	}
	lower := strings.ToLower(w)
	for end := range compoundPlaceEnds {
		if len(lower) >= len(end)+3 && strings.HasSuffix(lower, end) {
			return true
		}
	}
	return false
}

// compoundPlaceEnds are the words for a street, a square, a canal, a quay,
// a station or a hospital that German, Dutch, Swedish and Danish join to
// the end of a name.
var compoundPlaceEnds = setOf("straße", "strasse", "platz", "gasse", "allee", "damm", "ufer", "bahnhof", "klinik",
	"klinikum", "krankenhaus", "gracht", "straat", "plein", "kade", "gatan", "torget", "gade")

// venueCenter reports whether toks[a:b] end with "Center" or "Centre"
// after a word for what is held there ("Brelford Music Center", "Quillan Bank
// Arts Center"), a venue and not an organisation.
func venueCenter(f *finder, a, b int) bool {
	last := f.toks[b-1].text
	return (last == "Center" || last == "Centre") && b-a >= 2 && venueWords[f.toks[b-2].text]
}

// placeLastWords end the name of a street, a venue, a building or a
// feature of the land ("Quillan Street", "Varrow Field", "Brelford Auditorium",
// "Zorbland Plateau", "Varrow Falls"). "Center" and "Centre" end a
// venue's name only after a word for what is held there (venueCenter).
var placeLastWords = setOf("Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Drive", "Boulevard", "Blvd.", "Lane",
	"Place", "Square", "Plaza", "Bridge", "Tunnel", "Highway", "Freeway", "Parkway", "Turnpike", "Airport", "Station",
	"Stadium", "Arena", "Field", "Park", "Amphitheatre", "Amphitheater", "Pavilion", "Auditorium", "Theatre",
	"Theater", "Coliseum", "Colosseum", "Dome", "Ballpark", "Speedway", "Raceway", "Garden", "Gardens", "Hotel",
	"Suites", "Resort", "Mall", "Showroom", "Jail", "Prison", "Penitentiary", "Palace", "Castle", "Cathedral", "Mosque", "Synagogue", "Basilica", "Tower",
	"Plateau", "Mountains", "Mountain", "River", "Creek", "Lake", "Valley", "Canyon", "Desert", "Peninsula",
	"Island", "Islands", "Beach", "Falls", "Springs", "Heights", "Hills", "Forest", "Coast", "Ocean", "Sea", "Bay",
	"Gulf", "Strait", "Channel", "Basin", "Glacier", "Reef", "County", "Township", "Borough", "Parish",
	// A region named as an area ("the Bay Area", "the Greater Toronto Area",
	// "a Recreation Area").
	"Area",
	"Observatory", "Lighthouse", "Dam", "Harbour", "Harbor", "Pier", "Marina", "Cemetery", "Memorial",
	// Waterways, coasts and walks by the water ("Quillan Canal", "Venice
	// Lagoon", "Thames Estuary", "Geiranger Fjord", "Varrow Promenade").
	"Canal", "Lagoon", "Estuary", "Fjord", "Marsh", "Swamp", "Wetlands", "Volcano", "Archipelago", "Atoll",
	"Promenade", "Esplanade", "Boardwalk", "Embankment", "Quay", "Wharf", "Waterfront", "Racecourse", "Velodrome",
	// Hills and their crests ("Oxley Ridge", "Pikes Peak", "Capitol Hill"),
	// surnames too (surnamePlaceWords). "Hall" is left out: it ends as
	// many institutions ("Hall of Fame") as buildings.
	"Ridge", "Peak", "Hill",
	// Hospitals are places, as buildings where things happen to people ("taken
	// to Quux General Hospital"), as the gold set's guidelines annotate them.
	"Hospital", "Infirmary",
	// Where guests stay and are served ("Quillan Resort and Spa", "Varrow
	// Resort Casino", "Brelford Inn"), as "Hotel" and "Resort" above.
	"Spa", "Casino", "Inn", "Motel")

// newspaperOfTown: "the Toledo Blade", "the Denver Post": a town's name
// and a newspaper's word is a newspaper. "Ann Ledger" is a person's name.
func newspaperOfTown(f *finder, a, b int) (int, bool) {
	town := f.text(a, b-1)
	return a, places.has(town) || towns.has(town) && !firstNames.has(town)
}

// newspaperWords end a newspaper's name after its town's. Each is the
// word of many papers' nameplates, not of one: Ledger (Lakeland, Newark's
// Star-Ledger, Tacoma's News Tribune Ledger), Advertiser (Montgomery,
// Honolulu, Adelaide), Record (Bergen, Stockton, Waterloo), Daily (a
// hundred "Daily News" and "Daily Herald"), Democrat (Tallahassee,
// Arkansas, Rochester), Citizen (Ottawa, Tucson, Laconia), Statesman
// (Idaho, Austin, Delhi), Eagle (Wichita, Brooklyn, Bryan), Beacon (Akron,
// Wichita, Ocean County), Pilot (Virginian-Pilot, Southern Pines), Patriot
// (Harrisburg, Kingston), and the publication words of every country's
// papers (Gazette, Register, Dispatch, ...). Words of one paper's
// nameplate ("Courant") are left to the context of a mention: a list of
// newspapers (coordinateWithOrganizations) or a word for a publication.
var newspaperWords = func() map[string]bool {
	m := setOf("Ledger", "Advertiser", "Record", "Daily", "Democrat", "Citizen", "Statesman",
		"Eagle", "Beacon", "Pilot", "Patriot", "Gazette", "Register", "Dispatch", "Inquirer", "Examiner",
		"Sentinel", "Courier", "Enquirer", "Bulletin", "Review", "Standard", "Express", "Press")
	for w := range publicationWords {
		m[w] = true
	}
	return m
}()

// treatyWords end a treaty's name ("the Varrow Treaty", "the Quillan
// Accords"), which is other, and are in both eventLastWords and
// lawAwardLastWords, written once here. They stay in eventLastWords
// because the span classifier and the type classifier read that list as
// a class of a name's last word (wordClasses), and data/spans.weights is
// trained with them in it (without them TestSpanModelFile fails); the
// phrase rule treatyByLastWord (things22.go) types such a name by the law
// row of lastWordKinds before the event row can.
var treatyWords = setOf("Treaty", "Accord", "Accords")

// eventLastWords mark the last word of an event's name ("Crimean War",
// "Zorbly Cup", "Arab Spring", "Great Depression", "Tropical Depression
// Nine"); "Show" ends the name of a fair ("Paris Air
// Show", "Geneva Motor Show", "Consumer Electronics Show").
var eventLastWords = withWords(treatyWords, "War", "Revolution", "Olympics", "Games", "Cup", "Summit", "Festival", "Finals", "Final",
	"Championship", "Championships", "Election", "Elections", "Referendum", "Massacre", "Uprising", "Spring",
	"Crisis", "Conference", "Expo", "Marathon", "Tournament", "Open", "Prix", "Series", "Week", "Day", "Holocaust",
	"Genocide", "Blitz", "Attacks", "Attack", "Bombing", "Bombings", "Riots", "Protests",
	"Pact", "Talks", "Awards", "Ceremony", "Gala", "Telethon", "Parade", "Show", "Depression", "Recession",
	"Globes", "Classic", "Invitational", "Jamboree", "Regatta", "Relays", "Triathlon", "Rodeo", "Carnival", "Fest",
	"Hackathon",
	// Risings, campaigns and calamities named by a place or a people
	// ("Easter Rising", "Tet Offensive", "Normandy Landings", "Berlin
	// Airlift", "Great Famine"); not "Rebellion", which movements take
	// ("Extinction Rebellion", an organisation).
	"Rising", "Invasion", "Offensive", "Landings", "Airlift", "Crusade", "Putsch", "Famine", "Scandal")

// lawAwardLastWords end the name of a law, a legal rule, a policy or an
// award ("Patriot Act", "Second Amendment", "Emoluments Clause", "Monroe
// Doctrine", "Green New Deal", "Pulitzer Prize", "Hugo Award"), which are
// other, though the recogniser often takes one named after a person for that
// person.
var lawAwardLastWords = withWords(treatyWords, "Act", "Amendment", "Award", "Prize", "Medal", "Trophy", "Clause", "Doctrine", "Statute",
	"Directive", "Regulation", "Deal",
	// Codes of law ("the Quillan Penal Code", "the Brelford Tax Code").
	"Code",
	// Treaties and accords between states ("the Varrow Agreement", "the
	// Brelford Protocol"; and treatyWords).
	"Agreement", "Protocol")

// productKindWords end the name of a product. The first are the tiers
// makers give their models, each used across makers and kinds of product
// ("Pixel 7 Pro", "Galaxy S23 Ultra", "iPhone 15 Pro Max", "iPad Mini",
// "Redmi Note Lite", "Pixel XL", "Paramount Plus"); the others are kinds of
// device and of a product's release ("Magic Mouse", "Surface Laptop",
// "Galaxy Buds", "Collector's Edition", "Starter Bundle"), and of a craft
// or an instrument, often named after a person ("James Quux Space
// Telescope", "Zorbly Lunar Lander"). None ends a person's name.
var productKindWords = setOf("Pro", "Ultra", "Max", "Mini", "Lite", "XL", "Plus",
	"Keyboard", "Mouse", "Buds", "Earbuds", "Headphones", "Headset", "Edition", "Bundle", "HDTV", "Laptop",
	"Tablet", "Smartwatch", "Soundbar", "Router", "Charger", "Telescope", "Lander", "Orbiter", "Spacecraft")

// indexWords end a market index's name ("Zorbly Index", "Quillan
// Composite", "Dow Jones Industrial Average"), which is neither a person
// nor a place.
var indexWords = setOf("Index", "Composite", "Average")

// productModel: a name holding a model code is a product ("Galaxy S10",
// "Xbox One X2"), which no person's name holds.
func productModel(f *finder, p *phraseSpan) bool {
	if p.b-p.a < 2 || p.descriptor {
		return false
	}
	model, hyphened := false, false
	for k := p.a; k < p.b && !model; k++ {
		model = isModelCode(f.toks[k].text) && !f.commonAcronym(f.toks[k].text)
		if !model && k > p.a && hyphenedModelCode(f.toks[k].text) {
			// "Quux F-150", "Varrow MiG-29": no person's name holds such
			// a code after its first word.
			model, hyphened = true, true
		}
	}
	if !model || f.fullPersonName(p.a, p.b) && !hyphened && !isModelCode(f.toks[p.b-1].text) {
		return false // a person's name holds no code of digits at its end ("Quux R8")
	}
	if f.postcodeAt(p.b-1) && p.b-p.a > 1 {
		f.phrase(p.a, p.b-1, p.descriptor) // "London SW1A 1AA": a town and its postcode
		return true
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// nameAndNumber: "Zorbly 500", "Quux 225", "Falcon 9": a name followed by
// a number of one to four digits that is no year (but before a tier:
// "Quux 1660 Ti") is an index, a product,
// a vehicle or a mission, numbered as makers number them, and the number
// is part of the name. A person's or a place's name, an ordinary word
// ("Chapter 11", "Game 7") and a sports report's scores ("Wild 4,
// Sabres 1") are left alone, and so is a street before its house
// number, which the recogniser calls a place ("Via Zorbly 15"). One word
// of the English dictionary ("Game 7", "Chapter 11") is a label. A name
// of more than three words before the number holds two names run
// together ("the Zorbly Quux Red Dead Lantern 2 port": a platform
// and a game), and is left to the other rules.
func nameAndNumber(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || f.sports || b-a > 3 || b >= len(f.toks) || !(isNumber(f.toks[b].text) || f.makerModel(a, b)) || len(f.toks[b].text) > 4 && !f.makerModel(a, b) ||
		isYear(f.toks[b].text) && !(editionWords[f.word(b+1)] && f.upperWord(b+1)) || f.toks[b].start != f.toks[b-1].end+1 {
		return false
	}
	if f.makerModel(a, b) {
		// A maker's model: "Brelco 787", "Brelco 777X", with the
		// model's name after its number ("Brelco 787 Skyliner").
		end := b + 1
		if f.upperWord(b+1) && f.toks[b+1].start == f.toks[b].end+1 {
			end = f.modelEnd(b + 1)
		}
		f.add(a, end, Other, true)
		return true
	}
	end := b + 1
	for end < len(f.toks) && f.toks[end].start == f.toks[end-1].end+1 && editionWords[f.toks[end].text] {
		end++ // a tier after the number: "Quux 1660 Ti", "Zorbly 5 Pro"
	}
	if f.upperWord(end) {
		return false // the number is inside a longer title: "Zorbly 40 Under 40"
	}
	if next := f.word(b + 1); next == "-" || next == "–" || next == ":" || next == "%" || next == "." && b+2 < len(f.toks) && isNumber(f.word(b+2)) {
		return false // a range, a time or a share: "Zorbly 5-7", "at 10:30"
	}
	if f.countAfter(b) {
		return false // the number counts things: "Zorbly 10 times", "Quuxpal 5 million users"
	}
	name := f.text(a, b)
	if titles[f.toks[a].text] {
		return false // "Mr. Zorbly 2": a person's title
	}
	if b-a == 1 && (isBasicWord(name) || f.isCommonWord(name) || isEnglishWord(name)) ||
		f.recognised(a, b) == Place || places.has(name) || towns.has(name) || f.fullPersonName(a, b) ||
		f.surnameSoFar(name) || monthWords[f.toks[b-1].text] || notNames[f.toks[b-1].text] {
		return false
	}
	f.add(a, end, Other, true)
	return true
}

// placeByFirstWord: a feature of the land, a street or a town named by a
// word for its kind before its name ("Lake Quillan", "Mount Varrick", "Mt.
// Varrick", "Cape Zorbly", "Rue Quillan", "Calle de Alcala", "Via
// Garibaldi") is a place, whatever gazetteer lists it; a saint's name is
// a town's where GeoNames lists the town ("St. Croix", "Saint-Quillan"
// is no person of the text). It runs after the rules of organisations'
// cue words ("Lake Forest College", "Mount Sinai Health System"), and
// leaves alone a person's name led by a given name that is also a kind's
// word ("Sierra Quillan said").
func placeByFirstWord(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || b-a > 4 {
		return false
	}
	first := f.toks[a].text
	switch {
	case placeFirstWords[first]:
	case streetWords[strings.ToLower(first)]:
		if f.toks[a].sentStart || b-a == 2 && isEnglishWord(f.toks[a+1].text) {
			// "Via Zorbly, the firm said": a preposition; "Via Rail",
			// "Place Bets": a brand of ordinary words (streets are
			// named after people, places and dates).
			return false
		}
	case saintWords[first]:
		if !towns.has(f.text(a, b)) {
			return false // "St. Quillan said": a saint
		}
	default:
		return false
	}
	for k := a + 1; k < b; k++ {
		if !f.toks[k].upper && !placeParticles[f.toks[k].text] {
			return false
		}
	}
	rest := f.text(a+1, b)
	before := strings.ToLower(f.word(a - 1))
	if !f.upperWord(b-1) || orgs.has(rest) || f.isOrganization(a, b) || f.surnameSoFar(rest) ||
		f.fullPersonName(a, b) && (saintWords[first] || f.recognised(a, b) == Person && before != "the" &&
			!(placePrepositions[before] && !personPrepositions[before])) {
		// A kind's word that is also a given name ("Rue", "Sierra") starts a
		// person's name where the recogniser reads one and no "the" or
		// preposition of place stands before it.
		return false
	}
	f.add(a, b, Place, true)
	return true
}

// placeFirstWords start the name of a feature of the land or the sea in
// English and the languages of the places news names ("Lake Quillan",
// "Mount Varrick", "Cape Cod", "Isla Mujeres", "Lago Maggiore").
var placeFirstWords = setOf("Lake", "Mount", "Mt.", "Mt", "Cape", "Isle", "Isla", "Ile", "Île", "Lago", "Loch",
	"Monte", "Mont", "Pico", "Sierra", "Bahía", "Bahia", "Rio", "Río",
	// Ports and forts, and the towns grown round them ("Port Canaveral",
	// "Fort Bragg", "Ft. Myers"); "Port Authority" is an organisation by
	// its cue word, read first.
	"Port", "Fort", "Ft.",
	// Hotels named with the word first, as French, Spanish and hotel chains
	// name them ("Hôtel du Quillan", "Hotel Varrow").
	"Hotel", "Hôtel")

// streetWords are the words for a street or a square, in lower case, in
// the languages whose addresses news quotes. Capitalised, they start a
// street's name ("Rue Quillan", "Via Garibaldi", "Calle de Alcala",
// "Piazza Navona"; at a sentence's start "Via" is the preposition); in
// lower case before a name ("corso Monforte", "rue de Rivoli") only those
// English does not have too (englishStreetWords).
var streetWords = setOf("rue", "via", "viale", "corso", "piazza", "piazzale", "calle", "avenida", "paseo",
	"rua", "praça", "largo", "plaza", "place", "boulevard", "quai", "platz", "strasse", "straße", "ulitsa")

// englishStreetWords are the streetWords English has too, which in lower
// case are English words ("sent via Zorbly", "took place").
var englishStreetWords = setOf("via", "place", "plaza", "boulevard")

// saintWords start a town's name after a saint ("St. Croix", "Saint
// Louis", "Ste. Genevieve").
var saintWords = setOf("St.", "Saint", "Ste.", "Sainte")

// placeParticles join the words of a place's name in the languages it is
// named in ("Calle de Alcala", "Rio de Janeiro", "Isla del Sol").
var placeParticles = setOf("de", "del", "della", "di", "da", "do", "dos", "das", "des", "du", "la", "le", "les",
	"el", "los", "las", "von", "am", "an", "der")

// postcodeAt reports whether toks[i] and the token after it are a
// British or Canadian postcode's two halves ("SW1A 1AA", "M5V 2T6"):
// one or two capitals, a digit and a digit or capital, then a digit and
// two capitals (or a capital and a digit), an address rather than a
// model.
func (f *finder) postcodeAt(i int) bool {
	out, in := f.word(i), f.word(i+1)
	if len(out) < 2 || len(out) > 4 || len(in) != 3 || in[0] < '0' || in[0] > '9' || !isModelCode(out) || !isModelCode(in) {
		return false
	}
	return out[0] >= 'A' && out[0] <= 'Z' && strings.IndexAny(out, "0123456789") <= 2
}
