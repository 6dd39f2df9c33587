package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words Margin's rules look for, and how a text is split into them.

// token is a word or a punctuation mark of a text, in rune offsets.
type token struct {
	start, end int
	text       string
	word       bool // letters and digits (with inner hyphens, apostrophes, dots)
	upper      bool // begins with an upper-case letter
	allCaps    bool // two or more letters, all upper case
	sentStart  bool // the first word of a sentence, line or block
}

// abbreviations keep their full stop as part of the word, which then does
// not end a sentence.
var abbreviations = setOf("Mr", "Mrs", "Ms", "Dr", "Sen", "Gen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
	"Adm", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "No", "Mt", "Ft", "Rev", "Maj", "Cpl", "Pvt",
	"Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "Hon", "Supt", "Insp", "Det")

// tokenize splits text into words and punctuation with rune offsets.
// Possessive 's is split off ("Putin's" gives "Putin", "'s"), while inner
// hyphens and apostrophes ("Israel-Hamas", "O'Brien") and the dots of
// abbreviations ("U.S.", "Sen.") stay in the word.
func tokenize(runes []rune) []token {
	var toks []token
	n := len(runes)
	sentStart := true
	for i := 0; i < n; {
		r := runes[i]
		if unicode.IsSpace(r) {
			if r == '\n' {
				sentStart = true
			}
			i++
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{start: i, end: i + 1, text: string(r)})
			switch r {
			case '.', '!', '?', '|', '•', ':':
				sentStart = true
			}
			i++
			continue
		}
		j, segStart := i, i
		for {
			for j < n && isWordRune(runes[j]) {
				j++
			}
			if j+1 >= n || !isWordRune(runes[j+1]) {
				break
			}
			c := runes[j]
			if c == '\'' || c == '’' {
				if (runes[j+1] == 's' || runes[j+1] == 'S') && (j+2 >= n || !isWordRune(runes[j+2])) {
					break
				}
			} else if c == '.' {
				if j-segStart != 1 {
					break
				}
			} else if c != '-' && c != '‐' && c != '&' {
				break
			}
			j++
			segStart = j
		}
		word := string(runes[i:j])
		if j < n && runes[j] == '.' {
			if strings.Contains(word, ".") || abbreviations[word] || (j-i == 1 && unicode.IsUpper(r)) || (unicode.IsUpper(r) && states.has(word+".")) {
				j++
				word += "."
			}
		}
		if !sentStart && sentenceOpeners[word] && len(toks) > 0 && strings.HasSuffix(toks[len(toks)-1].text, ".") && toks[len(toks)-1].word {
			// An abbreviation's full stop ends the sentence before a word
			// that only opens one ("Bankers Trust Co. The Fed cut").
			sentStart = true
		}
		t := token{start: i, end: j, text: word, word: true, upper: unicode.IsUpper(r), sentStart: sentStart}
		t.allCaps = isAllCaps(word)
		toks = append(toks, t)
		// An abbreviation's full stop does not end the sentence ("Sen. John
		// McCain", "the U.S. Navy").
		sentStart = false
		i = j
	}
	return toks
}

// sentenceOpeners are capitalised words that open a sentence and continue
// no name, so that after an abbreviation's full stop ("Inc.", "U.S.",
// "Jr.") they start a new sentence: articles, pronouns and conjunctions.
var sentenceOpeners = setOf("The", "A", "An", "But", "In", "It", "He", "She", "They", "We", "I", "This", "That",
	"These", "Those", "Its", "His", "Her", "Their", "Our", "There", "However", "Meanwhile", "If", "When", "While",
	"After", "Although", "Because", "Yet")

// isAllCaps reports whether s has at least two letters and no lower-case one.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// connectors may join capitalised words into one name ("Ministry of
// Defence", "Abu Bakr al Baghdadi").
var connectors = setOf("of", "de", "du", "del", "della", "da", "dos", "al", "bin", "ibn", "van", "von", "der", "den", "la", "le", "y")

// hyphenedArticle reports whether w is an Arabic surname written with its
// article in lower case and a hyphen ("al-Assad", "el-Sisi", "ash-Sharif"):
// a name's last part, though it starts in lower case.
func hyphenedArticle(w string) bool {
	article, rest, ok := strings.Cut(w, "-")
	if !ok || !arabicArticles[article] || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && !strings.ContainsAny(rest, "-")
}

// arabicArticles are the Arabic article "al" as news transcribes it,
// assimilated or not ("el-", "ad-", "ash-").
var arabicArticles = setOf("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul")

// phrases finds runs of capitalised words in toks: candidate names. A run
// stays within a sentence and may hold connectors between capitalised words.
func phrases(toks []token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); {
		if !toks[i].word || !toks[i].upper {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			t := toks[j]
			if t.word && t.upper && !t.sentStart {
				j++
				continue
			}
			// A possessive between capitalised words, kept together for now
			// ("People's Liberation Army"); phrase splits it again unless
			// the whole is an organisation's name.
			if isApostrophe(t.text) && j+2 < len(toks) && toks[j+1].text == "s" && toks[j+2].word && toks[j+2].upper && !toks[j+2].sentStart {
				j += 3
				continue
			}
			// A nickname in quotation marks inside a name ("Renaldo
			// “Peewee” Gilkes").
			if isOpeningQuote(t.text) && j+3 < len(toks) && toks[j+1].word && toks[j+1].upper && isClosingQuote(toks[j+2].text) &&
				toks[j+3].word && toks[j+3].upper && !toks[j+3].sentStart && toks[j+1].start == t.end && toks[j+2].start == toks[j+1].end {
				j += 4
				continue
			}
			// An Arabic article joined to a surname by a hyphen ("Bashar
			// al-Assad", "Abdel Fattah el-Sisi").
			if t.word && hyphenedArticle(t.text) && !t.sentStart {
				j++
				continue
			}
			// "at" inside a venue's name in a listing of dates ("@
			// Varrow Music Park at Quillan Creek").
			if k := fieldsListedAfterComma(toks, i, j); k > 0 {
				j = k // "the Quux Academy of Allergy, Asthma and Immunology"
				continue
			}
			if listedVenueAt(toks, i, j) {
				j += 2
				continue
			}
			// "&" between capitalised words ("Chapter & Verse", "Johnson &
			// Johnson").
			if t.text == "&" && j+1 < len(toks) && toks[j+1].word && toks[j+1].upper && !toks[j+1].sentStart {
				j += 2
				continue
			}
			// "of" (and "of the") between capitalised words; "on", "for"
			// and "and" too inside an organisation's name ("National
			// Institute on Drug Abuse").
			if t.word && (connectors[t.text] || (orgConnectors[t.text] && hasOrgWord(toks[i:j]) && !isPlaceRun(toks[i:j]) && !(t.text == "and" && !andContinuesName(toks, i, j))) || andJoinsOrganization(toks, i, j) || andJoinsPlace(toks, i, j) || lexiconJoins(toks, i, j)) && !t.sentStart {
				k := j + 1
				if (t.text == "of" || t.text == "for" || t.text == "on") && k < len(toks) && toks[k].text == "the" {
					k++
				}
				if t.text != "of" && connectors[t.text] && k < len(toks) && connectors[toks[k].text] && toks[k].text != "of" {
					k++ // two particles of a surname: "Botic van de Zandschulp", "de la Hoya"
				}
				if k < len(toks) && toks[k].word && toks[k].upper && !toks[k].sentStart {
					j = k + 1
					continue
				}
			}
			break
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// fieldsListedAfterComma returns where a body's name that lists its fields
// after "of" or "for" with commas ends ("the American Academy of Quux,
// Asthma and Immunology", "the Center for Health, Ethics, Social Policy";
// ner20o, seen on FA and half A), or 0: at toks[j] a comma follows a run
// toks[i:j] with an organisation's word and one or two ordinary words
// after its last "of" or "for", and then come fields of one or two
// ordinary capitalised words each, listed with commas and "and", ending
// with "and" and a field, or with two fields or more. A place, a given
// name or a body's own word ("the Ministry of Defence, Foreign Office and
// Treasury") is no field.
func fieldsListedAfterComma(toks []token, i, j int) int {
	if toks[j].text != "," || j-i < 3 || toks[j].start != toks[j-1].end {
		return 0 // a comma set apart by spaces separates a list of names ("Quux Journal , Zorbly Review")
	}
	run := toks[i:j]
	o := lastOfOrFor(run)
	if o <= 0 || len(run)-o-1 < 1 || len(run)-o-1 > 2 || !hasOrgWord(run[:o]) || !fieldWords(run[o+1:], false) {
		return 0
	}
	k, fields := j, 0
	for {
		sep := k
		and := false
		switch {
		case sep < len(toks) && toks[sep].text == ",":
			sep++
			if sep < len(toks) && toks[sep].text == "and" {
				sep++
				and = true
			}
		case sep < len(toks) && toks[sep].text == "and" && fields > 0:
			sep++
			and = true
		default:
			if fields >= 2 && !connectors[toks[sep].text] && toks[sep].text != "for" && toks[sep].text != "on" {
				return k
			}
			return 0
		}
		e := sep
		for e < len(toks) && e-sep < 3 && toks[e].word && toks[e].upper && !toks[e].sentStart {
			e++
		}
		if e == sep || e-sep > 2 || !fieldWords(toks[sep:e], true) || e < len(toks) && (connectors[toks[e].text] || toks[e].text == "for" || toks[e].text == "on") {
			if fields >= 2 && !and {
				return k
			}
			return 0
		}
		fields++
		k = e
		if and {
			return k
		}
	}
}

// fieldWords reports whether toks are ordinary capitalised words naming a
// field ("Asthma", "Social Policy"): English words, no place or given
// name, and where listed after a comma (listed) no word of an
// organisation's name either ("Foreign Office"); the field before the
// comma may be one ("Center for Health").
func fieldWords(toks []token, listed bool) bool {
	for _, t := range toks {
		if !t.word || !t.upper || t.allCaps || !isEnglishWord(strings.ToLower(t.text)) || places.has(t.text) || firstNames.has(t.text) {
			return false
		}
		if listed && (orgLastWords[t.text] || orgFirstWords[t.text] || singleOrgWords[t.text] || kindWordsAlone[t.text]) {
			return false
		}
	}
	return true
}

// andJoinsOrganization reports whether the "and" at toks[j] is inside one
// organisation's name that the capitalised run toks[i:j] begins: "the Food
// and Drug Administration", "the U.S. Securities and Exchange Commission".
// The run after "and" is two or more capitalised words ending in an
// organisation's word; the run before is one or two words after "the" (or
// a place or acronym and one word), and no name of its own ("the Senate
// and House Intelligence Committee" are two bodies).
func andJoinsOrganization(toks []token, i, j int) bool {
	afterThe := i > 0 && (toks[i-1].text == "the" || toks[i-1].text == "The") || followsPossessive(toks, i)
	if toks[i].text == "The" && j-i > 1 {
		i, afterThe = i+1, true // "The Food and Drug Administration said"
	}
	if toks[j].text != "and" || j-i > 2 {
		return false
	}
	if j-i == 1 && isAcronym(toks[i]) || companySuffixes[toks[j-1].text] {
		return false // "the FTC and Justice Department", "NEC Corp. and Fujitsu Ltd.": two names
	}
	k := j + 1
	for k < len(toks) && toks[k].word && toks[k].upper && !toks[k].sentStart {
		k++
	}
	if k-(j+1) < 2 || !orgLastWords[toks[k-1].text] && !agencyTaskWords[toks[k-1].text] {
		return false
	}
	if endsName(toks[i:j]) || orgs.has(tokenText(toks[i:j])) || places.has(tokenText(toks[i:j])) {
		return false // "the United Nations and European Union"
	}
	for _, t := range toks[i:j] {
		if !t.word || singleOrgWords[t.text] || orgFirstWords[t.text] {
			return false
		}
	}
	ledByPlace := j-i == 2 && (isAcronym(toks[i]) || places.has(toks[i].text))
	return afterThe || ledByPlace
}

// followsPossessive reports whether toks[i] follows a possessive, which
// stands before a body's name as "the" does ("the Labor Department's
// Occupational Safety and Health Administration").
func followsPossessive(toks []token, i int) bool {
	return i > 1 && (toks[i-1].text == "s" || toks[i-1].text == "S") && isApostrophe(toks[i-2].text)
}

// andContinuesName reports whether the "and" at toks[j] goes on with the
// organisation's name that the run toks[i:j] holds ("the Department of
// Health and Human Services", "the House Energy and Commerce Committee")
// rather than starting another name ("NEC Corp. and Fujitsu Ltd.", "Bank
// of America and Wells Fargo", "the Department of Energy and NASA").
func andContinuesName(toks []token, i, j int) bool {
	k := j + 1
	for k < len(toks) && toks[k].word && toks[k].upper && !toks[k].sentStart {
		k++
	}
	after := toks[j+1 : k]
	switch {
	case len(after) == 1 && isAcronym(after[0]):
		return false // an acronym alone is a name of its own
	case companySuffixes[toks[j-1].text]:
		return false // a legal form ends a company's name
	case organizationOfPlace(toks[i:j]):
		return false // "the University of Chicago and Harvard Law School"
	case fieldsJoinedByAnd(toks[i:j], after):
		return true
	case len(after) >= 2 && (kindWordsAlone[after[len(after)-1].text] || after[len(after)-1].text == "Office") && lastIndexOf(toks[i:j], "of") > 0 && j-i-lastIndexOf(toks[i:j], "of") <= 3:
		return false // "the Ministry of Defence and Foreign Office": a body after "and" is another
	case len(after) >= 2 && orgLastWords[after[len(after)-1].text] && lastIndexOf(toks[i:j], "for") > 0 && j-i-lastIndexOf(toks[i:j], "for") <= 3:
		// "the Quillan Centre for Infection Research and Zorbly Medical
		// School" (ner20o): a body after "and" is another after "for" as
		// after "of", where its words are no fields (fieldsJoinedByAnd).
		return false
	}
	return !endsName(toks[i:j])
}

// organizationOfPlace reports whether toks are an organisation's word,
// "of" and a place: a whole name ("Bank of America", "Norwest Corp. of
// Minneapolis").
func organizationOfPlace(toks []token) bool {
	o := lastIndexOf(toks, "of")
	if o <= 0 || !hasOrgWord(toks[:o]) {
		return false
	}
	rest := toks[o+1:]
	if len(rest) > 0 && rest[0].text == "the" {
		rest = rest[1:]
	}
	name := tokenText(rest)
	return len(rest) > 0 && (places.has(name) || towns.has(name) || states.has(name))
}

// lastIndexOf is the index in toks of the last token written w ("of",
// "for"), or -1.
func lastIndexOf(toks []token, w string) int {
	for o := len(toks) - 1; o >= 0; o-- {
		if toks[o].text == w {
			return o
		}
	}
	return -1
}

// lastOfOrFor is the index in toks of the last "of" or "for", which
// leads the fields a body is named for ("Department of Health", "Center
// for Health"), or -1.
func lastOfOrFor(toks []token) int {
	return max(lastIndexOf(toks, "of"), lastIndexOf(toks, "for"))
}

// fieldsJoinedByAnd reports whether before, "and" and after name the
// fields of one body: ordinary words after "of" or "for" ("Department of Health
// and Human Services", "Ministry of International Trade and Industry"),
// or between a chamber and its "Committee" ("House Energy and Commerce
// Committee"). A word for a body after "and" starts another body ("the
// Ministry of Defence and Foreign Office").
func fieldsJoinedByAnd(before, after []token) bool {
	if len(after) == 0 {
		return false
	}
	var fields []token
	o := lastOfOrFor(before) // "Center for Health and Human Rights" (ner20o)
	if o > 0 && o < len(before)-1 {
		fields = before[o+1:]
		for _, t := range after {
			if kindWordsAlone[t.text] || t.text == "Office" {
				return false
			}
		}
	} else if len(before) >= 2 && (before[0].text == "House" || before[0].text == "Senate") {
		last := after[len(after)-1].text
		if last != "Committee" && last != "Subcommittee" {
			return false
		}
		fields, after = before[1:], after[:len(after)-1]
	} else {
		return false
	}
	for _, t := range append(append([]token(nil), fields...), after...) {
		if !isEnglishWord(t.text) || places.has(t.text) || firstNames.has(t.text) {
			return false
		}
	}
	return !orgs.has(tokenText(after))
}

// andJoinsPlace reports whether the "and" at toks[j] is inside a place's
// name of the gazetteer that the run toks[i:j] begins ("Antigua and
// Barbuda", "Bosnia and Herzegovina", "Trinidad and Tobago").
func andJoinsPlace(toks []token, i, j int) bool {
	if toks[j].text != "and" || j+1 >= len(toks) {
		return false
	}
	return places.has(tokenText(toks[i : j+2]))
}

// tokenText is the words of toks joined by spaces.
func tokenText(toks []token) string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.text
	}
	return strings.Join(words, " ")
}

// titles are words and phrases that come before a person's name but are
// not part of it. The last words of multi-word titles are listed; words
// before them ("Prime", "Defense", "Press") are modifiers.
var titles = setOf("President", "Vice-President", "Secretary", "Secretary-General", "Minister", "Chancellor",
	"Premier", "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Governor", "Gov.",
	"Mayor", "General", "Gen.", "Lt.", "Col.", "Colonel", "Sgt.", "Sergeant", "Capt.", "Captain", "Admiral", "Adm.",
	"Maj.", "Major", "Commander", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Professor",
	"Judge", "Justice", "Pope", "Sheikh", "Chairman", "Chairwoman", "Chair", "CEO", "Director", "Ambassador",
	"Spokesman", "Spokeswoman", "Spokesperson", "Speaker", "Leader", "Envoy", "Attorney", "Prosecutor", "Officer",
	"Lord", "Lady", "Sir", "Dame", "Prince", "Princess", "King", "Queen", "Emir", "Ayatollah", "Rev.", "Reverend",
	"Emperor", "Empress", "Tsar", "Czar", "Tsarina", "Czarina", "Pharaoh",
	"Father", "Bishop", "Archbishop", "Cardinal", "Coach", "Manager", "Chief", "Head", "Superintendent", "Inspector",
	"Detective", "Det.", "Sheriff", "Marshal", "Deputy", "Councillor", "Councilman", "Councilwoman", "Lawmaker",
	"MP", "Defender", "Striker", "Midfielder", "Goalkeeper", "Founder", "Editor", "Correspondent", "Counsel",
	"Advisor", "Adviser", "Commissioner", "Treasurer", "Auditor", "Mufti", "Imam", "Rabbi", "Dean", "Provost",
	"Administrator", "Contact", "Insider", "Analyst", "Strategist", "Economist", "Host", "Anchor", "Quarterback",
	"Linebacker", "Receiver", "Winger", "Defenseman", "Goaltender", "Pitcher", "Catcher", "Shortstop", "Rookie",
	"Owner", "Fellow", "Scientist", "Researcher", "President-elect", "Chancellor-elect", "Captain", "Skipper",
	"DL", "QB", "WR", "RB", "LB", "CB", "Singer", "Actor", "Actress", "Rapper", "Author", "Reporter", "Columnist",
	// Abbreviations written without a full stop, as British and Indian
	// papers do ("Lt Col Alexander Vindman").
	"Lt", "Col", "Sgt", "Capt", "Maj", "Prof", "Cpl", "Brig", "Cdr", "Adm", "Supt", "Insp")

// titleModifiers come before a title word and belong to the title
// ("Prime Minister", "Defense Secretary", "Press Secretary").
var titleModifiers = setOf("Prime", "Vice", "Deputy", "Foreign", "Defense", "Defence", "Interior", "Home",
	"Finance", "Health", "Education", "Justice", "Energy", "Trade", "Treasury", "State", "Press", "Former",
	"Acting", "Interim", "Chief", "Executive", "Assistant", "Attorney", "Lieutenant", "Major", "Brigadier",
	"Supreme", "Grand", "Crown", "First", "Senior", "Special", "Opposition", "Majority", "Minority", "House",
	"Senate", "Army", "Navy", "Air", "Military", "National", "Security", "Intelligence", "Economy", "Economic",
	"Transport", "Environment", "Agriculture", "Labour", "Labor", "Culture", "Sports", "Communications",
	"Managing", "General", "Secretary", "Team", "Club", "Party", "Then", "Late", "Ex", "Rear", "Staff", "Master",
	"Police", "Fire", "Foreign-Affairs", "External", "Affairs", "Information", "High", "Athletic", "Sports",
	"Marketing", "Communications", "Operating", "Financial", "Technology", "Strategy", "Equity", "Portfolio",
	"Investment", "Research", "Program", "Project", "Mission", "Campaign", "Policy", "Legal", "Science")

// orgLastWords mark the last word of an organisation's name: the
// companySuffixes and the words below.
var orgLastWords = withWords(companySuffixes, "Group", "Holdings", "Party", "Ministry", "Department", "University", "College", "Institute",
	"Council", "Commission", "Committee", "Agency", "Bank", "Association", "Organization", "Organisation",
	"Union", "Federation", "Foundation", "Court", "Parliament", "Congress", "Senate", "Assembly", "Army", "Navy",
	"Force", "Forces", "Police", "Academy", "Fund", "Times", "Post", "News", "Network", "Service", "Services",
	"Office", "Board", "Authority", "Bureau", "Club", "Society", "League", "Alliance", "Front", "Movement",
	"Brigade", "Brigades", "Guard", "Corps", "Airlines", "Airways", "Motors", "Reserve", "Exchange", "Coalition",
	"Nations", "Staff", "Labs", "Technologies", "Systems", "Press", "Journal", "Tribune", "Herald", "Gazette",
	"Chronicle", "Broadcasting", "Television", "Radio", "Media", "Studios", "Records", "School",
	"Church", "Cabinet", "Government", "Administration", "Secretariat", "Presse", "Telegraph", "Guardian",
	"Forum", "Center", "Centre", "Initiative", "Trust", "Caucus", "Partnership", "Centers", "Securities",
	"Equities", "Steel", "Capital", "Partners", "Investments", "Industries", "Pharma", "Pharmaceuticals",
	"Financial", "Finance", "Insurance", "Telecom", "Communications", "Laboratories", "Ventures", "Advisors",
	"Advisers", "Enterprises", "Electronics", "Chemicals", "Petroleum", "Mining", "Energy", "Software",
	"United", "Rovers", "Athletic", "Wanderers", "FC", "Hotspur", "Leader", "Register", "Intelligencer", "Inquirer",
	"Examiner", "Dispatch", "Courier", "Sentinel", "Enquirer", "Express", "Standard", "Review", "Bulletin",
	"Monitor", "Panel", "Team", "Unit", "Directorate", "Consortium", "Taskforce", "Health", "Works",
	"Clinic", "Studio", "Magazine",
	// Words for a company's trade ("Dick Clark Productions", "Life Care
	// Solutions", "Vertex Pharmaceuticals" above).
	"Productions", "Pictures", "Entertainment", "Solutions", "Designs", "Architects", "Brands", "Foods", "Resources", "Properties",
	"Logistics", "Therapeutics", "Biosciences", "Biotech", "Semiconductor", "Semiconductors", "Networks",
	"Aerospace", "Dynamics", "Robotics", "Automotive", "Bancorp", "Associates", "Consulting", "Publishing",
	"Publishers", "Wireless", "Telecommunications", "Utilities", "Hotels", "Resorts", "Restaurants", "Stores",
	"Healthcare", "Oil", "Interactive", "Cinemas", "International", "Computer", "Computers", "Acquisition",
	"Acquisitions", "Institution", "Savings", "Instruments", "Shipping", "Railway", "Railways", "Railroad", "Metals",
	"Materials", "Beverages", "Brewery", "Breweries", "Bancshares", "Assurance", "Electric", "Chemical", "Motor")

// familyNameFirst are common Chinese, Korean and Vietnamese family names,
// which come first in a name as written in news ("Li Jifeng" is then "Li",
// "Kim Jong Un" "Kim").
var familyNameFirst = setOf("Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
	"Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han",
	"Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du",
	"Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Xi", "Kim", "Park", "Choi", "Jung",
	"Yoon", "Nguyen", "Tran", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Ngo",
	// Korean family names that are English words too.
	"Moon", "Bong", "Kang", "Cho", "Shin", "Lim", "Yoo", "Jang", "Seo", "Hwang", "Ahn")

// publicationWords are newspapers' names on their own, after "the" ("Wee
// of the Times").
var publicationWords = setOf("Times", "Post", "Guardian", "Telegraph", "Journal", "Independent", "Economist",
	"Observer", "Globe", "Herald", "Tribune", "Chronicle", "Mirror", "Sun", "Star", "Atlantic")

// periodicalWords, before "of" and a field, name a journal, which the
// guidelines count as an organisation ("Journal of Finance", "Annals of
// Surgery", "Bulletin of the Atomic Scientists").
var periodicalWords = setOf("Journal", "Annals", "Proceedings", "Bulletin", "Archives", "Transactions")

// placeNameWords, before "of" and a place, make the whole a place's name
// ("Islamic Republic of Iran", "State of Israel"); see also geoWords.
var placeNameWords = setOf("Republic", "Kingdom", "Emirate", "Emirates", "State", "States", "Province",
	"Island", "Islands", "Port", "City", "Federation", "Commonwealth", "Principality", "Duchy", "Sultanate",
	"Territory", "Territories")

// nobleTitles name a person by a place's peerage ("Duke of Edinburgh",
// "Prince of Wales", "Duchess of Sussex").
var nobleTitles = setOf("Duke", "Duchess", "Prince", "Princess", "Earl", "Countess", "Marquess", "Baron",
	"Baroness", "Viscount")

// geoWords name a feature of the land or the sea, which its name follows
// after "of" ("Gulf of Aden", "Strait of Hormuz", "Cape of Good Hope").
var geoWords = setOf("Gulf", "Sea", "Bay", "Isle", "Isles", "Strait", "Straits", "Cape", "Lake")

// orgFirstWords mark the first word of an organisation's name ("Ministry of
// Defence", "University of Oxford", "Bank of England").
var orgFirstWords = setOf("Ministry", "Department", "University", "Bank", "Council", "Committee", "Commission",
	"Institute", "Office", "Board", "Federal", "National", "Royal", "International", "Academy", "Court",
	"Organization", "Organisation", "Association", "Federation", "Agency", "Bureau", "Diplomatic", "School", "College",
	"Faculty", "Society")

// stormWords start the name of a storm, an event ("Hurricane Hugo",
// "Typhoon Haiyan", "Storm Ciara").
var stormWords = setOf("Hurricane", "Typhoon", "Cyclone", "Storm")

// stopwords are common words that are capitalised at the start of a
// sentence but are never names on their own.
var stopwords = setOf("The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "Without", "Of", "To",
	"And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While", "After", "Before", "Since", "Until", "As",
	"Although", "Though", "Because", "Despite", "During", "Despite", "However", "Meanwhile", "Still", "Also",
	"This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "They", "We", "I", "You", "His",
	"Her", "Their", "Our", "My", "Your", "Who", "What", "Which", "Where", "Why", "How", "Some", "Many", "Most",
	"All", "Both", "Each", "Every", "No", "Not", "Any", "Such", "Other", "Another", "One", "Two", "Three",
	"Later", "Earlier", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "First", "Second",
	"More", "Less", "Few", "Several", "Roughly", "About", "Around", "Nearly", "Almost", "Only", "Just", "Even",
	"Under", "Over", "Into", "Through", "Between", "Among", "Against", "Across", "Toward", "Towards", "Upon",
	"Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Will", "Would", "Can",
	"Could", "Should", "May", "Might", "Must", "Shall", "Let", "Yes", "Please", "Thank", "Thanks", "Mr",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
	"March", "April", "June", "July", "August", "September", "October", "November", "December", "Photo",
	"Image", "Video", "Read", "Click", "Follow", "Share", "Subscribe", "Sign", "Advertisement", "Updated",
	"Breaking", "Exclusive", "Opinion", "Analysis", "Editorial", "Comment", "Like", "Well", "Oh", "Despite")

// notNames are capitalised words that are not names wherever they stand:
// days, months and words capitalised by convention.
var notNames = setOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
	"February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
	"Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "I", "AM", "PM", "GMT", "UTC", "EST", "CET",
	"TV", "OK", "CEO", "PhD", "MP", "MPs", "Internet", "God", "Covid", "COVID", "COVID-19", "Covid-19")

// setOf makes a set of words, for the tables of this package.
func setOf(words ...string) map[string]bool {
	return withWords(nil, words...)
}

// withWords returns a new set holding the words of set and words, so that a
// table which is another plus a few words names only the few.
func withWords(set map[string]bool, words ...string) map[string]bool {
	m := make(map[string]bool, len(set)+len(words))
	for w := range set {
		m[w] = true
	}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleCase turns an all-capitals word ("HANOI") into its usual form
// ("Hanoi"), for looking up datelines in the gazetteer.
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	start := true
	for i, r := range rs {
		if start && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-'
	}
	return string(rs)
}

// singleOrgWords are institutions named by one capitalised word ("the
// Senate", "a Navy jet").
var singleOrgWords = setOf("Army", "Navy", "Senate", "Congress", "Parliament", "Cabinet", "Marines", "Knesset",
	"Duma", "Bundestag", "Politburo")

// placeCueNouns follow a place's name in lower case ("Logar province",
// "Hoa Lo prison", "Pangram area").
var placeCueNouns = setOf("province", "region", "district", "county", "city", "town", "village", "state",
	"prison", "airport", "river", "valley", "island", "islands", "area", "neighbourhood", "neighborhood",
	"square", "street", "border", "camp", "port", "bay", "desert", "peninsula", "governorate", "oblast",
	"municipality", "prefecture", "suburb", "enclave", "strait", "mountains", "lake", "coast",
	// Plurals, after the last of places listed ("Quarrington and Brelford
	// counties").
	"provinces", "regions", "districts", "counties", "cities", "towns", "villages", "states")

// roleNouns are lower-case words for what a person is or does, used to
// recognise a name next to them as a person's.
var roleNouns = func() map[string]bool {
	m := setOf("spokesman", "spokeswoman", "spokesperson", "commander", "commissioner", "leader", "minister",
		"president", "chairman", "chairwoman", "director", "chief", "official", "envoy", "ambassador",
		"secretary", "governor", "mayor", "senator", "lawmaker", "activist", "lawyer", "analyst", "professor",
		"author", "actor", "actress", "singer", "founder", "executive", "coach", "player", "journalist",
		"reporter", "teacher", "doctor", "officer", "soldier", "politician", "candidate", "chancellor",
		"premier", "diplomat", "negotiator", "adviser", "advisor", "economist", "researcher", "scientist",
		"judge", "prosecutor", "general", "colonel", "captain", "sergeant", "ceo", "manager", "striker",
		"midfielder", "defender", "goalkeeper", "writer", "director-general", "secretary-general",
		// Offices, trades and ties between people, as news writes them
		// before a name ("congresswoman Alexandria Ocasio-Cortez", "his
		// wife Jane Doe", "Grant, her husband,").
		"congressman", "congresswoman", "councilman", "councilwoman", "councillor", "representative",
		"host", "anchor", "rapper", "musician", "artist", "producer", "businessman", "businesswoman",
		"billionaire", "entrepreneur", "chef", "designer", "athlete", "star", "veteran", "rookie",
		"administrator", "inspector", "detective", "sheriff", "trooper", "attorney", "pastor", "priest",
		"bishop", "rabbi", "imam", "nurse", "surgeon", "physician", "student", "suspect", "victim",
		"defendant", "witness", "wife", "husband", "son", "daughter", "mother", "father", "brother",
		"sister", "grandson", "granddaughter", "girlfriend", "boyfriend", "teammate", "comedian",
		"novelist", "poet", "filmmaker", "photographer", "historian", "archbishop", "cardinal", "pope",
		"queen", "king", "prince", "princess", "duchess", "duke", "spokeswoman", "commentator", "pundit")
	return m
}()

// isApostrophe reports whether s is an apostrophe, straight or curly.
func isApostrophe(s string) bool { return s == "'" || s == "’" }

// possessiveEndings are a possessive written onto a word, with either
// apostrophe ("Rally's", "Macy’s").
var possessiveEndings = [...]string{"'s", "’s"}

// cutPossessive returns s without the possessive that ends it ("Rally's":
// "Rally"), and whether it had one. The tokenizer splits a possessive off
// its word; names and forms joined from tokens still hold one.
func cutPossessive(s string) (string, bool) {
	for _, e := range possessiveEndings {
		if before, ok := strings.CutSuffix(s, e); ok {
			return before, true
		}
	}
	return s, false
}

// possessiveWord reports whether s ends in a possessive.
func possessiveWord(s string) bool {
	_, ok := cutPossessive(s)
	return ok
}

// startsWithPossessiveOf reports whether s starts with name's possessive
// ("Weisfield's Inc." with "Weisfield").
func startsWithPossessiveOf(s, name string) bool {
	rest, ok := strings.CutPrefix(s, name)
	if !ok {
		return false
	}
	for _, e := range possessiveEndings {
		if strings.HasPrefix(rest, e) {
			return true
		}
	}
	return false
}

// orgConnectors join capitalised words only inside an organisation's name.
var orgConnectors = setOf("on", "for", "and")

// isPlaceRun reports whether toks spell a place of the gazetteer, which
// "on", "for" or "and" do not continue ("United States on the ...").
func isPlaceRun(toks []token) bool {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.text
	}
	return places.has(strings.Join(words, " "))
}

// endsName reports whether toks, before "and", already hold a whole
// organisation's name, so that "and" starts another ("the Labour Party and
// ...", "the Senate and ..."); a trade word alone after a place does not
// ("U.S. Securities and Exchange Commission").
func endsName(toks []token) bool {
	last := toks[len(toks)-1].text
	if !orgLastWords[last] && !newspaperWords[last] {
		return false
	}
	if singleOrgWords[last] || newspaperWords[last] {
		return true // "the Tulsa Ledger and Fresno Citizen" are two
	}
	n := 0
	for _, t := range toks[:len(toks)-1] {
		if !places.has(t.text) && !isAcronym(t) {
			n++
		}
	}
	return n > 0
}

// hasOrgWord reports whether any of toks is an organisation cue word.
func hasOrgWord(toks []token) bool {
	for _, t := range toks {
		if orgFirstWords[t.text] || orgLastWords[t.text] {
			return true
		}
	}
	return false
}

// capsWords are short English words that appear in capitals for emphasis
// ("Meth is IN SD", "Get. It. OUT") and are no acronyms.
var capsWords = setOf("IN", "ON", "OUT", "UP", "IT", "IS", "NO", "OK", "WE", "SO", "DO", "GO", "BE", "AT", "TO",
	"BY", "OR", "IF", "OF", "MY", "ME", "HE", "SHE", "AND", "THE", "NOT", "YES", "ALL", "NOW", "NEW", "BIG",
	"YOU", "WHY", "HOW", "WHO", "OFF", "GET", "GOT", "BUT", "FOR", "ARE", "WAS", "HAS", "HAD", "CAN", "STOP",
	"JUST", "VERY", "MUST", "WILL", "NEVER", "LIVE", "BREAKING", "UPDATE", "WATCH", "READ", "MORE", "NEWS")

// groupCueNouns follow a group's name in lower case and belong to it
// ("Haqqani network", "Wagner group", "Sinaloa cartel").
var groupCueNouns = setOf("network", "militia", "movement", "group", "faction", "cartel", "gang", "clan")

// craftCueNouns follow the name of a craft or an instrument, which is
// neither a person nor a place: "the Galileo Jupiter probe", "the
// Perseverance rover".
// They are the words of kindWords marked kindCraftCue.
var craftCueNouns = kindWordsFor(kindCraftCue)

// sentenceWordTags are the tagger's parts of speech of a capitalised word
// that starts a sentence and is not a name: adjectives, adverbs, verbs.
var sentenceWordTags = setOf("JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ")

// venueWords before "Center" or "Centre" make it a venue, not an
// organisation ("Blossom Music Center", "PNC Bank Arts Center").
var venueWords = setOf("Music", "Arts", "Performing", "Convention", "Events", "Event", "Civic", "Sports",
	"Shopping", "Exhibition", "Entertainment", "Community", "Trade")

// orgCueNouns, in lower case just before a name, say what kind of
// organisation it is ("the research firm Oanda", "investor SoftBank",
// "the website Full Fact").
var orgCueNouns = setOf("firm", "company", "startup", "start-up", "retailer", "carrier", "airline", "brand",
	"website", "platform", "broadcaster", "newspaper", "magazine", "publisher", "outlet", "agency", "insurer",
	"chain", "giant", "maker", "manufacturer", "automaker", "carmaker", "conglomerate", "lender", "investor",
	"club", "team", "label", "studio", "operator", "provider", "supplier", "regulator", "watchdog", "rival",
	"subsidiary", "unit", "charity", "nonprofit", "non-profit", "organization", "organisation", "union",
	"party", "band", "group", "developer", "tabloid", "daily", "network", "journal")

// orgAfterNouns, in lower case just after a name, say it is a business
// ("Home Depot shares", "WeWork employees").
var orgAfterNouns = setOf("shares", "stock", "stocks", "employees", "workers", "customers", "shareholders",
	"investors", "executives", "headquarters", "stores", "subscribers", "spokesperson", "spokeswoman",
	"spokesman", "newspaper", "tabloid", "broadcaster", "website")

// orgAfterNounsInside are more words after an organisation ("Stripe
// revenue", "Arsenal manager"), trusted only after a name inside a
// sentence: at its start they follow a capitalised adjective ("Comparable
// sales", "Net profit").
var orgAfterNounsInside = setOf("revenue", "revenues", "profit", "profits", "earnings", "sales", "valuation",
	"chief", "boss", "manager", "players", "squad", "owners")

// orgStakeNouns come before "of" or "in" and an organisation: "shares of
// Stripe", "a stake in Benfica", "a unit of Quillex", "the owner of Zorbly".
var orgStakeNouns = setOf("shares", "stake", "stakes", "stock", "shareholders", "investors",
	"unit", "subsidiary", "subsidiaries", "division", "affiliate", "spinoff", "spin-off", "owner", "owners", "parent")

// jobNouns are lower-case words for a person's job that take the
// organisation they work for after "at", "of" or "with" ("strategist at
// Miller Tabak", "the CEO of DH"); see also roleNouns and titles.
var jobNouns = setOf("strategist", "manager", "fellow", "partner", "analyst", "economist", "professor",
	"researcher", "scientist", "director", "president", "chairman", "chairwoman", "founder", "co-founder",
	"executive", "officer", "spokesman", "spokeswoman", "spokesperson", "editor", "reporter", "correspondent",
	"columnist", "writer", "employee", "engineer", "lawyer", "attorney", "coach", "head", "chief", "ceo", "CEO",
	"CFO", "COO", "CTO", "owner", "member", "student", "associate", "principal", "trader", "consultant",
	"official", "leader", "secretary", "adviser", "advisor", "vice-president")

// sportsPositions, in lower case after a team's name, make it a team
// ("Pittsburgh center Maurkice Pouncey", "Huskies quarterback").
var sportsPositions = setOf("center", "centre", "quarterback", "linebacker", "receiver", "cornerback",
	"safety", "tackle", "guard", "forward", "striker", "midfielder", "defender", "goalkeeper", "goaltender",
	"goalie", "defenseman", "defenceman", "winger", "pitcher", "catcher", "shortstop", "outfielder",
	"infielder", "rookie", "coach", "manager", "captain", "fans", "players", "player", "running", "tight",
	"wide", "kicker", "punter", "DL", "QB", "WR", "RB", "LB", "CB", "athletic", "offense", "defense")

// winVerbs join two teams in a result ("Minnesota beat Buffalo", "Palm
// Bay d. Rockledge").
var winVerbs = setOf("beat", "beats", "defeated", "defeats", "d.", "def.", "topped", "tops", "edged", "edges",
	"routed", "routs", "downed", "downs", "blanked", "blanks", "stunned", "outlasted", "outlasts", "whipped",
	"crushed", "thrashed", "trounced", "swept", "vs", "vs.")

// resultMotions, before "past" or "over", state a result too ("Brelford
// rolled past Vellmore").
var resultMotions = setOf("rolled", "cruised", "raced", "romped", "coasted", "rallied", "slipped", "edged")

// commonAcronyms are capitals that name no organisation or place: business
// and medical terms, sports statistics and time zones.
var commonAcronyms = setOf("IPO", "IPOs", "HIV", "AIDS", "CEO", "CFO", "COO", "CTO", "GDP", "DNA", "RNA",
	"TD", "TDs", "DOI", "ID", "IDs", "PDF", "AI", "VR", "TV", "OT", "MVP", "NR", "PR", "HR", "SUV", "SUVs", "EV",
	"EVs", "ET", "PT", "GMT", "BST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "UTC", "CET", "CEST", "AM", "PM",
	"DL", "QB", "WR", "RB", "LB", "CB", "ERA", "RBI", "RBIs", "LP", "EP", "DJ", "MC", "IQ", "PhD", "MBA",
	"ATM", "USB", "LED", "LCD", "GPS", "FAQ", "DIY", "VIP", "RSVP", "ASAP", "CPU", "GPU", "APR", "ETF",
	"ETFs", "ESG", "M&A", "P&L", "YoY", "LOL", "OMG", "URL", "API", "APIs", "SMS", "PS", "NB", "AKA", "ICU",
	"ER", "OB", "BMI", "STD", "COVID", "WiFi", "PC", "PCs", "UV", "CO2", "HQ", "EU-wide",
	// Terms of finance and markets.
	// Those of any market, in general glossaries of finance; a term of one
	// market or trade is found where the text spells it out (termAcronyms).
	"EBITDA", "EBIT", "EPS", "CAGR", "AUM", "NAV", "ROE", "ROI", "FY", "QoQ", "MoM", "YTD",
	"VAT", "CPI", "PMI", "FDI", "OTC", "SPAC", "SPACs", "B2B", "B2C", "SaaS", "KPI", "KPIs")

// nameAdverbs start a sentence without being a name ("Nowadays, plague is
// treated").
var nameAdverbs = setOf("Nowadays", "Meanwhile", "Instead", "Indeed", "Overall", "Afterwards", "Afterward",
	"Otherwise", "Besides", "Hence", "Thus", "Therefore", "Nevertheless", "Nonetheless", "Regardless",
	"Anyway", "Again", "Already", "Perhaps", "Maybe", "Soon", "Once", "Often", "Sometimes", "Elsewhere",
	"Together", "Likewise", "Altogether", "Unfortunately", "Fortunately", "Ultimately", "Finally",
	"Eventually", "Previously", "Currently", "Recently", "Critically", "Historically", "Additionally",
	"Furthermore", "Moreover", "Similarly", "Separately", "Specifically", "Notably", "Importantly", "Formerly",
	"Originally", "Initially", "Reportedly", "Allegedly", "Apparently", "Officially", "Briefly")

// workCueNouns, before a title in quotes, make it a work ("the single
// “Black Water”"): every kind of work in workKinds, and the parts of a
// record, a series or a paper that are works when their title is quoted.
var workCueNouns = withWords(workKinds, "single", "track", "episode", "column")

// nameSuffixes follow a person's name ("Patrick Carlineo Jr.").
var nameSuffixes = setOf("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV")

// camelPrefixes start surnames written with an inner capital ("McDonald",
// "DeBose", "LeBron", "O'Hara"), which are no company names.
var camelPrefixes = []string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St", "Del", "Della", "Lo", "Al", "El", "Ben", "Abu"}

// mediumWords follow a medium's name to name one of its channels or
// sections ("CBS Sports", "BBC Sport", "CNN Business").
var mediumWords = setOf("Sport", "Sports", "News", "Business", "Today", "Digital", "Radio", "Television", "Entertainment",
	"Health", "Money", "Politics", "Travel", "Weather", "World", "Online", "Studios", "Films", "Music", "Games")

// sourceVerbs come before "by" and an organisation that made the figures
// or owns the business: "surveyed by Refinitiv", "acquired by Meta".
var sourceVerbs = setOf("surveyed", "polled", "compiled", "published", "conducted", "commissioned", "released",
	"issued", "provided", "acquired", "bought", "owned", "funded", "backed", "operated", "tracked", "rated",
	"downgraded", "upgraded")

// sourceNouns come before "from" or "by" and the organisation that made
// them: "a survey from Piper Jaffray", "data from Refinitiv".
var sourceNouns = setOf("survey", "poll", "report", "study", "data", "research", "analysis", "estimates",
	"figures", "statistics", "forecast", "forecasts", "filing", "ranking", "rankings", "index", "ratings")

// dataNouns are sourceNouns that a firm, not a person, produces: "a survey
// from Piper Jaffray" names a firm though "Piper" is a given name.
var dataNouns = setOf("survey", "poll", "data", "figures", "statistics", "estimates", "forecast", "forecasts",
	"index", "ratings", "rankings")

// workplaceNouns come before "at" and the organisation where they happen
// or work: "layoffs at Meetup", "employees at Google".
var workplaceNouns = setOf("layoffs", "lay-offs", "redundancies", "cuts", "employees", "staff", "staffers",
	"workers", "engineers", "executives", "employee", "staffer", "worker", "engineer", "executive",
	// Jobs held at a firm, a publisher or an institute ("one of his
	// editors at Tor", "a researcher at Scripps").
	"editor", "editors", "analyst", "analysts", "researcher", "researchers", "scientist", "scientists",
	"economist", "economists", "producer", "producers", "developer", "developers", "designer", "designers",
	"manager", "managers", "colleagues", "co-workers", "coworkers", "intern", "interns", "professor", "professors")

// motionWords come before "to" and a place something or someone moves
// to: "taken to Suddie", "flew to Denver".
var motionWords = setOf("taken", "moved", "move", "moving", "flew", "fly", "flying", "travelled", "traveled",
	"travel", "returned", "return", "went", "go", "sent", "transferred", "drove", "driven", "headed", "heading",
	"relocated", "airlifted", "rushed", "brought", "trip", "journey", "visit", "visits", "way", "back",
	"deported", "evacuated", "fled", "escaped", "marched", "sailed", "shipped", "exported", "extradited",
	// "we've been to Boulder", "she came to Reading", "they sail to Redonda"
	"been", "came", "come", "coming", "sail", "sailing", "drive", "driving", "walked", "walk", "trips", "flight", "flights",
	// The other forms of the verbs above ("she had gone to Quuxfield").
	"gone", "going", "goes", "moves", "flies", "travels", "travelling", "traveling", "returns", "returning",
	"sends", "heads", "comes", "drives", "walks", "walking", "sails", "journeys", "visited", "visiting")

// placeKindNouns come before "of" and a place of that kind: "the village
// of Sarkh", "the province of Idlib".
var placeKindNouns = setOf("province", "region", "district", "county", "city", "town", "village", "state",
	"island", "islands", "municipality", "prefecture", "governorate", "oblast", "suburb", "suburbs",
	"neighbourhood", "neighborhood", "enclave", "hamlet", "outskirts", "capital", "commune", "canton",
	"emirate", "kingdom", "republic", "borough", "township", "parish")

// bearingWords come before "of" and a place a distance or direction is
// measured from: "south of Jerusalem", "20 miles north of Suddie".
var bearingWords = setOf("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"north-east", "north-west", "south-east", "south-west", "miles", "kilometres", "kilometers", "km")

// titleTimeWords start a title's descriptor and say when the office was
// held, not where: "Former New York Mayor Michael Bloomberg".
var titleTimeWords = setOf("Former", "Acting", "Interim", "Outgoing", "Incoming", "Retired", "Then", "Ex",
	"Late", "Longtime", "Current")

// agencyTaskWords end an agency's name joined by "and" where it names its
// task: "U.S. Customs and Border Protection", "Immigration and Customs
// Enforcement", "the Centers for Disease Control and Prevention".
var agencyTaskWords = setOf("Protection", "Enforcement", "Prevention", "Control", "Development", "Safety")

// listedVenueAt reports whether the "at" at toks[j] is inside the name of
// a venue that the run toks[i:j] begins after "@" in a listing of dates
// ("@ Varrow Health at Quillan Beach Theater"): the name runs to the end
// of the line, where the listing's next date starts.
func listedVenueAt(toks []token, i, j int) bool {
	if toks[j].text != "at" || j+1 >= len(toks) || !toks[j+1].word || !toks[j+1].upper || i < 1 {
		return false
	}
	if k := i - 1; toks[k].text != "@" && !(toks[k].text == "The" && k > 0 && toks[k-1].text == "@") {
		return false
	}
	k := j + 1
	for k < len(toks) && toks[k].word && toks[k].upper && !toks[k].sentStart {
		k++
	}
	return k == len(toks) || toks[k].sentStart || toks[k].text == "@" || !toks[k].word
}

// regionWords, in lower case before a place's name, name a part of it:
// "northern Idlib", "central Kharkiv".
var regionWords = setOf("northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
	"southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "coastal",
	"rural", "downtown", "suburban", "upstate", "greater")

// partyMembers are the singular of parties' members listed in the plural
// in data/organizations.txt.
var partyMembers = setOf("Democrat", "Republican", "Tory", "Conservative")

// mediumCueNouns are orgCueNouns that no person is called, so that the
// name after them is the organisation even where it starts with a given
// name ("the journal Nature Astronomy", "the label Big Machine"); an
// "investor Warren Buffett" is a person.
var mediumCueNouns = setOf("journal", "newspaper", "magazine", "website", "tabloid", "broadcaster", "publisher",
	"label", "airline", "retailer", "startup", "start-up", "carmaker", "automaker")

// siteDomains are the top-level domains of sites named as publications or
// companies ("Moneycontrol.com").
var siteDomains = setOf("com", "org", "net", "io", "ai", "co", "tv", "fm", "info", "news")

// possessiveNameEnds follow a company's name written as a possessive, where
// a possessive of a person would be followed by a noun: "Lowe's was",
// "Macy's, Kellogg's and".
var possessiveNameEnds = setOf(",", ".", ";", ")", "and", "or", "was", "were", "has", "had", "said", "says",
	"reported", "announced", "will", "would")

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
