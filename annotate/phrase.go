package annotate

import (
	"strings"
	"unicode"
)

// A capitalised phrase is typed by a list of rules, tried in order. Each
// rule looks at the phrase and either settles it (adds its candidates,
// perhaps by typing parts of it again through finder.phrase, and returns
// true) or passes it on, possibly narrowed (a title or a nationality cut
// off its front). The list reads as the recogniser's decisions in order;
// a rule can be read, tested (phrase_test.go) and removed alone.

// phraseSpan is the capitalised phrase toks[a:b] a rule looks at. A
// descriptor is the part of a phrase before a title ("US" in "US
// President"); only places and organisations are taken from it.
type phraseSpan struct {
	a, b       int
	descriptor bool
}

// phraseRule is one named step of typing a phrase.
type phraseRule struct {
	name  string
	apply func(f *finder, p *phraseSpan) bool
}

// phraseRules are the rules in the order they are tried. They are set in
// init, since rules that split a phrase type its parts through the list
// again.
var phraseRules []phraseRule

func init() {
	phraseRules = []phraseRule{
		{"a line in capitals", lineInCapitals},
		{ruleDiscFormat, formatOfList},         // things21c.go
		{ruleServiceWithPlus, serviceWithPlus}, // things21c.go
		{ruleDegreeAfterName, degreeAfterName},
		{"a state after a town", stateAfterTown},
		{ruleTimeZone, timeZoneAfterTime},
		{rulePriceOff, trimPriceOff},
		{ruleStateOfNationality, stateOfNationality},
		{ruleGivenNameBeforeCouple, givenNameBeforeCouple},
		{ruleFeatureOfKind, featureBeforeItsKind}, // things21.go
		{rulePlaceInCapitals, placeInCapitalsWithWord},
		{"trim words that start no name", trimLeadingNonNames},
		{ruleCommonWordBeforeID, commonWordBeforeListedName},
		{ruleAgencyInCredit, agencyAfterSlash},
		{ruleAgencyOfPhotoCredit, agencyOfPhotoCredit}, // orgs22.go
		{"trim connectors at the end", trimTrailingConnectors},
		{ruleFlightNumber, flightByNumber}, // things22.go
		{ruleShipPrefix, shipAfterPrefix},  // things22.go
		{ruleBillLastWord, billByLastWord}, // things22.go
		{ruleRankNumber, rankByNumber},     // things22.go
		{ruleTickerAfterExchange, tickerAfterExchange},
		{ruleSiteTerms, siteTermsNoName},
		{ruleHeadlinePreposition, splitAtHeadlinePreposition},
		{rulePersonsJoinedByHyphen, personsJoinedByHyphen},
		{ruleBodyOfJoinedPlaces, bodyOfJoinedPlaces},
		{ruleSpeechInTitleCase, speechInTitleCase},
		{"an outlet in a dateline", outletInDateline},
		{"a Roman numeral alone", romanNumeralAlone},
		{"trim a title's modifiers from a descriptor", trimDescriptorTitle},
		{rulePersonAfterPM, personAfterPM},
		{"an author in a reference", authorInReference},
		{"a journal before its year", journalBeforeYear},
		{"a name after its kind and called", nameAfterKindAndVerb},
		{ruleProductAppositive, productInApposition},
		{ruleProductPossessive, productAfterMakerPossessive},
		{ruleProductTrademark, productWithTrademark},
		{ruleProductAfterKind, productAfterKindNoun},
		{ruleProductByItsParts, productBeforeItsPart},
		{ruleProductByUse, productByUse},
		{ruleProductIsKind, productIsKind},
		{ruleProductBeforeUseNoun, productBeforeUseNoun},
		{ruleProductMadeFor, productMadeFor},
		{"a campus after its university", campusOfUniversity},
		{"a campus after a dash", campusAfterDash},
		{"a campus after at", campusAfterAt},
		{"a dotted name made an adjective", dottedNameMadeAdjective},
		{"a publication by its words", publicationByItsWords},
		{"a site by its domain", siteName},
		{ruleFacilityBuilding, facilityBeforeBuildingNoun},
		{"a team in a sports result", sportsTeam},
		{ruleTeamInPossessive, teamInPossessive}, // orgs22.go
		{"a team in a sports report", teamOfSportsReport},
		{"a venue in a listing", venueInListing},
		{"a work of a year", workOfAYear},
		{"a company named by a possessive", possessiveCompany},
		{"split at a possessive", splitAtPossessive},
		{"a road by its number", roadByNumber},
		lastWordRule(rulePlaceLastWord),
		{"an office of an organisation", officeOfOrganization},
		{"a law named after a body or with its year", lawWithBodyOrYear},
		{ruleStateOfAddress, stateOfAddress},         // things21.go
		{ruleProgrammeLastWord, programmeByLastWord}, // things21.go
		{ruleEventOfGreatWords, eventOfGreatWords},   // events21.go
		{"split inside at of or a cue word", splitInside},
		{"a club a player moves between", clubOfTransfer},
		{"a club by its players", clubOfPlayers},
		{"a party in lower case", partyInLowerCase},
		{ruleNameBeforeParty, nameBeforeParty},
		{"a street named in another language", streetOfAnotherLanguage},
		{"a given name sharing a surname", givenNameSharingSurname},
		{ruleTermSpeltInCapitals, termSpeltInCapitals},
		{ruleQuotedNickname, quotedNickname},
		{ruleOrganizationOfTwoWords, organizationOfTwoWords},
		{ruleVehicleOfMake, vehicleOfMake}, // things21.go
		{ruleTownOfDateline, townOfDateline},
		{"a place in the gazetteer", gazetteerPlace},
		{ruleShortFormOfOrganization, shortFormOfOrganization},
		{"a town before a state", townBeforeState},
		{ruleRegionOfCompass, regionOfCompass}, // types21.go
		{"a government body after a nationality", governmentOfNation},
		{"a person's name before an organisation's", personBeforeOrganization},
		{"an organisation by its cue words", cueOrganization},
		{"a place by its first word", placeByFirstWord},
		lastWordRule("a newspaper named after its town"),
		{ruleDeviceOfSeries, deviceOfSeries},
		{ruleCamelDevice, camelCaseDevice},
		{ruleTierLetter, deviceByTierLetter},
		{ruleTierLetterAtEnd, deviceByTierLetterAtEnd}, // things21.go
		{"a name and its number", nameAndNumber},
		{"a firm of names joined by &", firmWithAmpersand},
		{"an organisation after its kind starting a sentence", organizationAfterKind},
		{ruleCreditGivenTitle, creditGivenTitle},           // persons22.go
		{ruleTitleOfAddress, titleOfAddress},               // persons22.go
		{ruleSurnameAfterHonorific, surnameAfterHonorific}, // persons22.go
		{"a person after a title", splitAtTitle},
		{ruleOccupationTitle, occupationBeforeName},
		{ruleRoleBeforeName, roleBeforeName}, // persons21.go
		{ruleJobInTitleCase, jobInTitleCase},
		{ruleDepartmentBeforeJobTitle, departmentBeforeJobTitle},
		{"an office", officeName},
		{"a product after its launch", productAfterLaunch},
		{ruleEventByWordEnding, eventByWordEnding},
		{ruleTreaty, treatyByLastWord}, // things22.go
		lastWordRule("an event by its last word"),
		{ruleEventOfCalamity, eventOfCalamity}, // events21.go
		{ruleTourOfPerformer, tourOfPerformer}, // events21.go
		lastWordRule("a law or award by its last word"),
		{"a storm by its first word", stormByFirstWord},
		{"an institution named by one word", singleInstitution},
		{ruleChamberAlone, chamberAlone},
		{"a cue word after and", cueWordAfterAnd},
		{"a cue word alone", cueWordAlone},
		{"a title alone", titleAlone},
		{rulePartyBeforeNoun, partyBeforeNoun},
		{"a party's member", partyMember},
		{"trim nationalities", trimNationalities},
		{"the initials of a name", initialsOfName},
		{ruleAcronymProgramme, acronymProgramme},   // things21.go
		{ruleProductLedName, productLedName},       // things21.go
		{ruleMakerModelCode, makerBeforeModelCode}, // things22b.go
		{"a product of a known maker", productOfMaker},
		{"a product before a product noun", productBeforeCueNoun},
		{ruleCountryBody, countryBody}, // orgs22.go
		{"a place or acronym before a name", leadingPlaceOrAcronym},
		{ruleGazetteerOrganization, gazetteerOrganization},
		{ruleInstitution, institutionOfWordNet},
		{ruleEventOfWordNet, eventOfWordNet},
		{ruleThingOfWordNet, thingOfWordNet},
		{ruleFlightCode, flightByCode}, // things21.go
		{"a model code", modelCode},
		lastWordRule("a device or edition by its last word"),
		{"a product's model", productModel},
		{"a label with a letter", labelWithLetter},
		{"a company written in camel case", camelCaseCompany},
		{ruleOrganizationContext, organizationByContext},
		{ruleOrgBeforeItsHead, orgBeforeItsHead},
		{ruleTickerCompany, companyBeforeTicker},
		{ruleDealCompany, companyOfDeal},
		{rulePossessiveHolder, companyByWhatItOwns},
		{ruleOutletOfWriter, outletOfWriter},
		{ruleCompanyAnnounces, companyByItsAnnouncement}, // companies21.go
		{ruleOutletOfDocument, outletOfDocument},         // companies21.go
		{ruleSaysItself, organizationSaysIt},             // orgs22b.go
		{ruleOrgList, organizationListedAfterKind},       // orgs22b.go
		{"a company before a clause of its business", companyBeforeClause},
		{ruleSourceOrWorkplace, organizationAsSource},
		{"a news outlet by what it reports", outletByWhatItReports},
		{"a platform before a post noun", platformBeforePostNoun},
		{"a company a press release is about", aboutHeading},
		{"a company in apposition", companyInApposition},
		{"a business or place by its kind in apposition", kindInApposition},
		{"an organisation after its kind", organizationAfterItsKind},
		{"a team named in the plural", pluralTeam},
		{"a people named after a place", demonymOfPlace},
		{"an abbreviation in brackets", abbreviationInBrackets},
		{ruleAcronymCommonNoun, acronymCommonNoun},
		{ruleCapitalsForEmphasis, wordInCapitalsForEmphasis},
		{"an acronym", acronymOrganization},
		{ruleHyphenatedPlaces, hyphenatedPlaces},
		{"names in a hyphenated word", hyphenatedNames},
		{"a place before a place noun", placeBeforeCueNoun},
		{"a group before a group noun", groupBeforeCueNoun},
		{"a craft before a craft noun", craftBeforeCueNoun},
		{"a programme before a programme noun", programmeBeforeCueNoun},
		{"a town before a local noun", townBeforeLocalNoun},
		lastWordRule("an index by its last word"),
		{"a place after its kind", placeAfterItsKind},
		{ruleLexiconOrganization, lexiconOrganization},
		{"an adjective, adverb or verb starting a sentence", sentenceStartWord},
		{"The capitalised inside a sentence", capitalisedThe},
		{"a common word", commonWord},
		{ruleNameAfterRoleComma, nameAfterRoleComma},
		{"a person next to a role", personByRole},
		{"a town after in", townAfterPreposition},
		{"a place in an address", placeInAddress},
		{rulePhraseOtherLanguage, phraseOfAnotherLanguage},
		{ruleGivenNameWord, givenNameWordBeforeWords},
		{ruleParticleSurname, particleSurname},
		{ruleWordsNamedWhole, wordsNamedWholeAgain},
		{ruleNameOfTown, nameEndingInTown},
		{ruleWordNoSurname, wordNoSurname},
		{"a person by a first name", personByFirstName},
		{"a person by an Irish surname", personOfIrishSurname},
		{"a person by an age", personByAge},
		{"a name led by a place", nameLedByPlace},
		{"a lone word starting a sentence", loneSentenceStart},
		{"a person or place of common words", nameOfCommonWords},
		{ruleBylineAfterHeadline, bylineAfterHeadline},      // persons21.go
		{ruleCapitalInitials, capitalInitialsBeforeSurname}, // persons21.go
		{"a person led by a common word", personLedByCommonWord},
		{"a surname by the words around it", surnameByPosition},
		{rulePlacePosition, placeOfPosition},
		{"a place nobody lists", unlistedPlace},
		{"a town of two words or more", townOfWords},
		{"a person's name after the", personAfterThe},
		{ruleRecognisedNoSurname, recognisedPersonOfWords},
		{"the recogniser's label", recognisedLabel},
	}
}

// traceRules, when set (by a test), is told which rule settled a phrase.
var traceRules func(rule, phrase string)

// phrase types the capitalised phrase toks[a:b] by the first rule of
// phraseRules that settles it.
func (f *finder) phrase(a, b int, descriptor bool) {
	p := phraseSpan{a, b, descriptor}
	for _, r := range phraseRules {
		if p.a >= p.b {
			return
		}
		outer := f.rule
		f.rule = r.name
		settled := r.apply(f, &p)
		f.rule = outer
		if settled {
			if traceRules != nil {
				traceRules(r.name, f.text(p.a, p.b))
			}
			return
		}
	}
}

// trimLeadingNonNames drops words from the front that start no name (but
// not from a name already found in the text): days
// and months, a stopword starting a sentence, "The", words in capitals for
// emphasis, the "of the" left by a dropped word ("Officials of the Islamic
// Republic"), and a word capitalised only because it starts the sentence,
// as the tagger sees it ("Questioning Vindman", "Key Security Council"),
// unless the whole phrase is a name of the lexicon of organisations
// ("Transport for London said").
func trimLeadingNonNames(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	for a < b && (!t[a].word || (t[a].text == "s" && a > 0 && isApostrophe(t[a-1].text)) || notNames[t[a].text] && !f.monthAsGivenName(a, b) || isContraction(t[a].text) || nameMadeAdjective(t[a].text) || adjectiveAhead(t, a, b) || f.commonAcronym(t[a].text) || (t[a].sentStart && stopwords[t[a].text]) || nameAdverbs[t[a].text] || t[a].text == "The" && !(a > 0 && t[a-1].text == "@") || capsWords[t[a].text] && f.nameOfInitials(t[a].text) == "" ||
		((connectors[t[a].text] || orgConnectors[t[a].text] || t[a].text == "the") && !t[a].upper) ||
		(t[a].sentStart && a+1 < b && f.tags[a] != "" && !strings.HasPrefix(f.tags[a], "NNP") && !places.has(t[a].text) &&
			!firstNames.has(t[a].text) && !familyNameFirst[t[a].text] && !sentenceStartingFirm(f, a, b))) &&
		!places.has(f.text(a, b)) && !f.named[f.text(a, b)] && !(a == p.a && t[a].text != "The" && inOrgLexicon(f.text(a, b))) &&
		!nationalityOfArmedForce(f, a, b) {
		a++
	}
	p.a = a
	return false
}

// nationalityOfArmedForce reports whether toks[a:b] is a nationality and
// the name of a state's armed force or police, which keeps it starting a
// sentence too ("Peruvian Air Force spokesman Ann Quill said"; see
// governmentOfNation).
func nationalityOfArmedForce(f *finder, a, b int) bool {
	return b-a >= 3 && demonyms.has(f.toks[a].text) && armedForceWords[f.toks[b-1].text]
}

const ruleSpeechInTitleCase = "a modal verb after a pronoun in title case"

// speechInTitleCase: speech or a slogan written in title case ("“We Will
// Win,” the mayor said", "I May Destroy You", "They Can Wait") puts a
// modal verb that is also a given name ("Will", "May") after a subject
// pronoun: the modal and the ordinary words after it are verbs, no
// person's name. What follows them is typed afresh ("We Will Beat
// Arsenal").
func speechInTitleCase(f *finder, p *phraseSpan) bool {
	a := p.a
	if subjectPronouns[f.toks[a].text] {
		a++
	}
	if a >= p.b || !titleCaseModals[f.toks[a].text] || !subjectPronouns[f.word(a-1)] || !f.upperWord(a-1) {
		return false
	}
	a++
	for a < p.b && isEnglishWord(f.toks[a].text) && !places.has(f.toks[a].text) && !orgs.has(f.toks[a].text) {
		a++
	}
	if a < p.b {
		f.phrase(a, p.b, p.descriptor)
	}
	return true
}

// subjectPronouns come before a verb; titleCaseModals are modal verbs
// that are also given names or words of a name.
var (
	subjectPronouns = setOf("I", "We", "You", "They", "He", "She", "It")
	titleCaseModals = setOf("Will", "May", "Can", "Might", "Must", "Shall")
)

// monthAsGivenName reports whether the month at toks[a] is a person's
// given name ("August Strindberg", "April Quillan"): a month that is a
// given name, before a surname the recogniser labels a person that is no
// given name, number, English word, place or town ("in May Theresa" and
// "August Bank" stay months).
func (f *finder) monthAsGivenName(a, b int) bool {
	if a+1 >= b || !firstNames.has(f.toks[a].text) || entityType(f.labels[a+1]) != Person {
		return false
	}
	w := f.toks[a+1].text
	return f.toks[a+1].upper && !f.toks[a+1].allCaps && !firstNames.has(w) && !isEnglishWord(w) && !isBasicWord(w) &&
		!places.has(w) && !towns.has(w) && !notNames[w]
}

// adjectiveAhead reports whether toks[a] starts a place's name of two or
// three words that a hyphen and a word of place ("based", "listed") make
// an adjective ("New York-based Loews Corp.", "San Francisco-based"): no
// name, as "London-based" is none.
func adjectiveAhead(toks []token, a, b int) bool {
	for k := a + 1; k < b && k < a+3; k++ {
		if !toks[k].word || !toks[k].upper {
			return false
		}
		if i := strings.LastIndexAny(toks[k].text, "-‐"); i > 0 && placeAdjectiveSuffixes[toks[k].text[i+1:]] {
			return true
		}
	}
	return false
}

// placeAdjectiveSuffixes make a place's name an adjective after a hyphen
// ("New York-based", "Hong Kong-listed").
var placeAdjectiveSuffixes = setOf("based", "listed", "born", "headquartered", "registered", "owned", "backed", "bound")

// authorInReference: "Ruskin KJ, Hueske-Kraus D. Curr Opin Anaesthesiol.
// 2015; 28: 685-690.", an author of a list of references written surname
// first, initials after ("Surname AB,"), whose last initial has a full stop
// that runs the name into the journal's: the author ends before the full
// stop, and the rest is typed alone (a journal before its year, an
// organisation).
func authorInReference(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	k := a + 1
	if p.descriptor || k >= b-1 || !isInitialWithStop(t[k].text) || a < 2 || t[a-1].text != "," || !isReferenceInitials(t[a-2].text) {
		return false
	}
	end := t[k].end - 1 // the initial without its full stop
	f.cands = append(f.cands, candidate{start: t[a].start, end: end, name: string(f.runes[t[a].start:end]), typ: Person, firm: true, words: 2, rule: f.rule})
	f.phrase(k+1, b, false)
	return true
}

// isInitialWithStop reports whether w is one capital letter and a full
// stop ("D.").
func isInitialWithStop(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// isReferenceInitials reports whether w is an author's initials as lists
// of references write them after the surname: one to three capitals, no
// full stops ("KJ", "D").
func isReferenceInitials(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// journalBeforeYear: "Vaccine. 2013;31:5339-48", "Am J Epidemiol.
// 2005;161:303-6": the name before a full stop, a year and a semicolon in
// a reference is its journal, an organisation as the guidelines count
// journals.
func journalBeforeYear(f *finder, p *phraseSpan) bool {
	t, b := f.toks, p.b
	if p.descriptor || b+2 >= len(t) || t[b].text != "." || !isYear(t[b+1].text) || t[b+2].text != ";" {
		return false
	}
	f.add(p.a, b, Organization, true)
	return true
}

// isContraction reports whether w is a pronoun or an auxiliary run
// together with its verb ("I’ve", "We're", "It’ll", "Don't"), capitalised
// only because it starts a sentence.
func isContraction(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	switch strings.ToLower(w[i+len(string([]rune(w[i:])[0])):]) {
	case "ve", "re", "ll", "m", "d", "t":
		return true
	}
	return false
}

// trimTrailingConnectors drops words that end no name ("of", "on", a
// month).
func trimTrailingConnectors(f *finder, p *phraseSpan) bool {
	for p.b > p.a && !eventNumeralI(f, p.a, p.b) && (notNames[f.toks[p.b-1].text] || connectors[f.toks[p.b-1].text] || orgConnectors[f.toks[p.b-1].text] || f.commonAcronym(f.toks[p.b-1].text)) {
		p.b--
	}
	return false
}

// trimDescriptorTitle drops a title's modifiers from a descriptor: "White
// House Press" before "Secretary", but not from a name ("White House"),
// and a word of time starting it: "Former New York" before "Mayor".
func trimDescriptorTitle(f *finder, p *phraseSpan) bool {
	if !p.descriptor {
		return false
	}
	for p.a < p.b && titleTimeWords[f.toks[p.a].text] {
		p.a++
	}
	for p.b > p.a && (titleModifiers[f.toks[p.b-1].text] || titles[f.toks[p.b-1].text]) && !places.has(f.text(p.a, p.b)) {
		p.b--
	}
	return false
}

// splitAtPossessive types the parts around a possessive apart ("Putin's
// Kremlin"), unless the whole is an organisation's name ("People's
// Liberation Army").
func splitAtPossessive(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	for i := a + 1; i+1 < b; i++ {
		if isApostrophe(t[i].text) && t[i+1].text == "s" {
			switch {
			case i == a+1 && f.cueWordNamedBefore(a):
				// "the Agency's Future Technology Advisory Panel" after
				// "the European Space Agency": the cue word alone takes up
				// the organisation named before, and names nothing itself.
				f.phrase(i+2, b, p.descriptor)
			case f.isOrganization(a, b) && !places.has(f.text(a, i)) && !orgs.has(f.text(a, i)) && !(i == a+1 && isAcronym(t[a])) && !p.descriptor &&
				!f.ownerBeforePossessive(a, i) && !singleOrgWords[f.text(a, i)]:
				// "People's Liberation Army" is one name; "NASA's Goddard
				// Space Flight Center" is two, and so is "Parliament's Joint
				// Quux Committee", a body of one word owning another (ner20o).
				f.add(a, b, Organization, true)
			case places.has(f.text(a, i)) && b-i >= 4 && (f.fullPersonName(i+2, b) || f.recognised(i+2, b) == Person):
				// "Serbia's Novak Djokovic": a person's country.
				f.add(a, i, Place, true)
				f.phrase(i+2, b, p.descriptor)
			case pluralPeopleNouns[t[i-1].text]:
				return false // "Boston Children's Hospital": one name, for the rules after
			default:
				f.phrase(a, i, p.descriptor)
				f.phrase(i+2, b, p.descriptor)
			}
			return true
		}
	}
	return false
}

// pluralPeopleNouns are the plural nouns for people that names of
// institutions hold before a possessive ("Children's Hospital", "People's
// Liberation Army", "Women's Institute").
var pluralPeopleNouns = setOf("Children", "People", "Women", "Men", "Workers", "Veterans", "Teachers", "Farmers",
	"Nurses", "Doctors", "Lawyers", "Citizens", "Officers", "Employees", "Mothers", "Fathers", "Parents")

// ownerBeforePossessive reports whether toks[a:i], before a possessive, is
// a name of its own that owns what follows, not a word of one name ("St.
// Mary's Church", "Moody's Investors Service"): a company by its legal
// form or cue word ("Chemical Banking Corp.'s Chemical Bank", "American
// Telephone & Telegraph's General Business Systems"), a person's full
// name ("Carl Lindner's American Financial", "Sir James Goldsmith's
// Hoylake Investments") or a place after other words ("the University of
// Southern California's Graduate School").
func (f *finder) ownerBeforePossessive(a, i int) bool {
	t := f.toks
	if companySuffixes[t[i-1].text] {
		return true
	}
	if i-a < 2 {
		return false
	}
	for a < i-2 && titles[t[a].text] {
		a++
	}
	return f.isOrganization(a, i) || f.fullPersonName(a, i) || places.has(t[i-1].text) || places.has(f.text(i-2, i))
}

// cueWordNamedBefore reports whether toks[a] is a word for a kind of
// organisation alone ("Agency", "Company"), capitalised after a lower-case
// "the" inside a sentence: a common noun that takes up an organisation the
// text named before ("the European Space Agency" or "ESA", then "the
// Agency's"), no name itself. Bodies a country has one of ("the Senate",
// "the Army") are names alone and not among these words.
func (f *finder) cueWordNamedBefore(a int) bool {
	return kindWordsAlone[f.toks[a].text] && f.word(a-1) == "the" && !f.toks[a].sentStart
}

// kindWordsAlone are the words for a kind of organisation that a text
// capitalises alone to take up the organisation it named ("the Agency",
// "the Company", "the Bank").
var kindWordsAlone = setOf("Agency", "Company", "Corporation", "Department", "Ministry", "Commission", "Committee",
	"Council", "Bank", "Institute", "University", "College", "Foundation", "Association", "Board", "Authority",
	"Bureau", "Organization", "Organisation", "Group", "Fund", "Society", "Firm", "Trust", "Center", "Centre")

// innerSplit looks at the word at i inside toks[a:b] and, when the phrase
// is two names (or one name with "of") there, adds them.
type innerSplit struct {
	name  string
	apply func(f *finder, a, i, b int) bool
}

// innerSplits are tried at each inner word in turn, left to right.
var innerSplits = []innerSplit{
	{"a titled person of a place or body", titledPersonOf},
	{"a person of an organisation", personOfOrganization},
	{"a peer", peerOfPlace},
	{"a place's name with of", placeWithOf},
	{"a person of a place", personFromPlace},
	{ruleNameOfCountry, nameOfCountry},
	{"a person of a county", personOfCounty},
	{"a place takes no of", placeTakesNoOf},
	{"an organisation ends at its cue word", organizationEndsAtCue},
	{"a company of a place", companyOfPlace},
	{"an acronym after a name", acronymAfterName},
	{"a company after for", companyAfterFor},
}

// splitInside tries innerSplits at every inner word of a phrase that is
// not a known name as a whole.
func splitInside(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || places.has(f.text(a, b)) || orgs.has(f.text(a, b)) {
		return false
	}
	for i := a + 1; i < b-1; i++ {
		for _, s := range innerSplits {
			if s.apply(f, a, i, b) {
				return true
			}
		}
	}
	return false
}

// titledPersonOf: "Mr. Bowman of S&P", "Dr. Talcott of Harvard": a
// courtesy title and a surname before "of" are a person, and the name
// after "of" is where they come from or work, typed alone.
func titledPersonOf(f *finder, a, i, b int) bool {
	t := f.toks
	if t[i].text != "of" || i != a+2 || !honorifics[t[a].text] || !t[a+1].upper {
		return false
	}
	k := i + 1
	if k < b && t[k].text == "the" {
		k++
	}
	if k >= b {
		return false
	}
	f.person(a+1, i)
	switch rest := f.text(k, b); {
	case b+1 < len(t) && isApostrophe(t[b].text) && t[b+1].text == "s", strings.ContainsAny(rest, "'’"):
		f.phrase(k, b, false) // "of Moody's", "of Boston's Dana-Farber Cancer Institute"
	case places.has(rest) || states.has(rest) || towns.has(rest) && f.word(b) == "," && states.has(f.word(b+1)):
		f.add(k, b, Place, true) // "Mrs. Arighi of Arnold, Calif."
	default:
		f.add(k, b, Organization, false) // "of Harvard", "of T. Rowe Price": where they work, no person
	}
	return true
}

// honorifics are courtesy titles, which only persons bear.
var honorifics = setOf("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Messrs.", "Mme.", "Mlle.")

// personOfOrganization: "Sui-Lee Wee of the New York Times", a person of
// an organisation, as reporters are credited.
func personOfOrganization(f *finder, a, i, b int) bool {
	k := f.ofOrganization(a, i, b)
	if k == 0 {
		return false
	}
	if i-a >= 2 {
		f.person(a, i)
	} else {
		f.phrase(a, i, false)
	}
	if i-a == 1 && f.surnameSoFar(f.text(a, i)) && !orgs.has(f.text(k, b)) && !f.isOrganization(k, b) {
		f.add(k, b, Organization, true) // "Einhorn of Goldman Sachs": where a person works
		return true
	}
	if t := f.toks; k == b-1 && b+1 < len(t) && isApostrophe(t[b].text) && t[b+1].text == "s" && !orgs.has(f.text(k, b)) &&
		!places.has(f.text(k, b)) && !(b+2 < len(t) && t[b+2].word && t[b+2].upper) {
		f.add(k, b+2, Organization, true) // "Ann Wu of Macy's": a firm named by a possessive
		return true
	}
	f.phrase(k, b, false)
	return true
}

// peerOfPlace: "Duke of Edinburgh", "Prince of Wales", a person known by a
// peerage.
func peerOfPlace(f *finder, a, i, b int) bool {
	if i != a+1 || !nobleTitles[f.toks[a].text] || !places.has(f.text(i+1, b)) {
		return false
	}
	f.add(a, b, Person, true)
	return true
}

// placeWithOf: "Gulf of Aden", "Islamic Republic of Iran", a place's name.
func placeWithOf(f *finder, a, i, b int) bool {
	if !f.placeOf(a, i, b) {
		return false
	}
	f.add(a, b, Place, true)
	return true
}

// personFromPlace: "Yasutaka Uchiyama of Japan", a person from a place,
// as players and delegates are named.
func personFromPlace(f *finder, a, i, b int) bool {
	if !f.personOfPlace(a, i, b) {
		return false
	}
	f.person(a, i)
	f.phrase(i+1, b, false)
	return true
}

// placeTakesNoOf: "Russia of Crimea", a place does not take "of".
func placeTakesNoOf(f *finder, a, i, b int) bool {
	if f.toks[i].text != "of" || !places.has(f.text(a, i)) {
		return false
	}
	f.phrase(a, i, false)
	f.phrase(i+1, b, false)
	return true
}

// organizationEndsAtCue: "White House National Security Council Moldova",
// an organisation's name ends at its cue word. A cue word inside a
// body's name followed by ordinary words and the body's own last word, or
// in the field after "of", ends nothing ("Federal Energy Regulatory
// Commission", "National Association of Securities Dealers"), and a region of
// the world after it names a unit of the organisation ("Life Care
// Solutions Europe").
func organizationEndsAtCue(f *finder, a, i, b int) bool {
	t := f.toks
	if titles[t[i].text] && f.fullPersonName(i+1, b) {
		return false // "Senate Majority Leader Ann Wu": a title, for splitAtTitle
	}
	if orgFirstWords[t[i].text] && eventEditions[t[b-1].text] && t[b-1].text != "Show" {
		return false // "Toronto International Film Festival": a word that may start a name inside an event's
	}
	if !orgLastWords[t[i].text] || !t[i+1].upper || titles[t[i+1].text] || titleModifiers[t[i+1].text] ||
		orgLastWords[t[i+1].text] || orgFirstWords[t[i+1].text] || companySuffixes[t[b-1].text] && !companySuffixes[t[i].text] {
		return false // "Prime Motor Inns Inc." is one name; "Loewi Inc. Western Gas Inc." two
	}
	if (orgLastWords[t[b-1].text] || periodicalWords[t[b-1].text] || lastOfOrFor(t[a:i]) > 0) && !companySuffixes[t[i].text] && f.ordinaryWords(i+1, b) {
		// "Federal Energy Regulatory Commission" is one name, and so is a
		// field after "of" ("National Association of Securities Dealers")
		// or "for" ("Quillan Center for International Scholars", ner20o).
		return false
	}
	if nounAfterCueEndsName(f, a, i, b) {
		return false
	}
	if !companySuffixes[t[i].text] {
		if r := f.regionOfUnit(i+1, b); r > 0 {
			// "Life Care Solutions Europe", a business unit, and
			// "Life Care Solutions Europe and Volkswagen Group" two.
			f.add(a, r, Organization, true)
			if r+1 < b {
				f.phrase(r+1, b, false)
			}
			return true
		}
	}
	f.phrase(a, i+1, false)
	f.phrase(i+1, b, false)
	return true
}

// nounAfterCueEndsName reports whether toks[c:b] is one common noun
// written capitalised, the last word of a name that runs on past an
// organisation's word (ner20o, seen on FA, GA and half A): a thing the
// organisation gives its name to ("the Zorbly Bank Test", "Quux League
// Pass", "Quillan Airlines Flight"), or the organisation's longer name
// ("Whole Quux Market"). The whole is left to the rules after the splits.
// A verb ("Zorbly Bank Says"), a plural ("Quux Times Careers", "Quux
// Court Justices": what is the organisation's), a place ("Quux Council
// Moldova"), a given name or a word in capitals is no such noun; a
// newspaper, a legal form or a name the lists know ends its own name
// ("Quux Times Store", "Zorbly Inc. Unit", "Singapore Tourism Board
// Kiosk").
func nounAfterCueEndsName(f *finder, a, i, b int) bool {
	if b-i != 2 {
		return false
	}
	cue, w := f.toks[i].text, f.toks[i+1]
	if companySuffixes[cue] || newspaperWords[cue] || periodicalWords[cue] || orgs.has(f.text(a, i+1)) || inOrgLexicon(f.text(a, i+1)) {
		return false
	}
	return w.word && w.upper && !w.allCaps && isEnglishWord(w.text) && (f.tags[i+1] == "NN" || f.tags[i+1] == "NNP") && !pluralNoun(w.text) &&
		!places.has(w.text) && !towns.has(w.text) && !firstNames.has(w.text) && !orgs.has(w.text) && !titles[w.text]
}

// pluralNoun reports whether w reads as an English plural in -s ("Careers",
// not "Pass", "Campus" or "Analysis").
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// regionOfUnit: where toks[c:b] is a region of the world naming a unit of
// the organisation before it, the end of the region, or 0. The region
// ends the phrase or comes before "and" or "&" and another name ("Life
// Care Solutions Europe and Volkswagen Group"). A common noun after the
// phrase makes the region a modifier of that noun, no unit ("the World
// Bank Africa report", "its Asia office").
func (f *finder) regionOfUnit(c, b int) int {
	for e := b; e > c; e-- {
		if !worldRegions[f.text(c, e)] {
			continue
		}
		switch {
		case e == b && !(f.lowerWord(b) && strings.HasPrefix(f.tags[b], "NN")):
			return e
		case e+1 < b && (f.word(e) == "and" || f.word(e) == "&") && f.toks[e+1].upper:
			return e
		}
		return 0
	}
	return 0
}

const ruleShortFormOfOrganization = "a short form of an organisation"

// shortFormOfOrganization: a word the list of short forms files under the
// full name of a body, not a place, is that organisation, after "the" or
// a sentence's "The" as anywhere ("Bankers Trust Co. The Fed cut rates").
// Acronyms are left to the rules for acronyms.
func shortFormOfOrganization(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || f.toks[p.a].allCaps {
		return false
	}
	full, ok := fullNames[f.toks[p.a].text]
	if !ok || places.has(full) || towns.has(full) || states.has(full) {
		return false
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// worldRegions are the regions of the world a company names its units
// after ("Life Care Solutions Europe", "Quux Asia Pacific").
var worldRegions = setOf("Europe", "Asia", "Africa", "Americas", "North America", "South America", "Latin America",
	"Asia Pacific", "Asia-Pacific", "Middle East", "EMEA", "APAC", "Oceania", "Australasia", "Nordics", "Benelux")

// ordinaryWords reports whether toks[a:b] are all capitalised English
// words that name nothing alone: no place, given name, acronym or title
// ("Regulatory Commission").
func (f *finder) ordinaryWords(a, b int) bool {
	for k := a; k < b; k++ {
		w := f.toks[k].text
		if !f.toks[k].word || f.toks[k].allCaps || !isEnglishWord(w) || places.has(w) || towns.has(w) || firstNames.has(w) || titles[w] {
			return false
		}
	}
	return true
}

// companyOfPlace: "Union Planters Corp. of Memphis", "NCNB Corp. of
// Charlotte": a company named in full by its cue word, "of" and the place
// it is based in. An institution whose name goes on with "of" ("Royal Bank
// of Scotland", "University of Oxford") stays whole.
func companyOfPlace(f *finder, a, i, b int) bool {
	t := f.toks
	if t[i].text != "of" || !orgLastWords[t[i-1].text] || orgFirstWords[t[i-1].text] || singleOrgWords[t[i-1].text] ||
		!f.isOrganization(a, i) {
		return false
	}
	if rest := f.text(i+1, b); !places.has(rest) && !towns.has(rest) && !states.has(rest) {
		return false
	}
	f.add(a, i, Organization, true)
	f.phrase(i+1, b, false)
	return true
}

// companyAfterFor: "Platform Solutions for Ascom", a unit of a company
// and "for" before the company: two names, where the company is one of
// the lexicon or the text names it alone elsewhere. A field after "for"
// is part of the name ("Centers for Disease Control", "Society for
// Savings").
func companyAfterFor(f *finder, a, i, b int) bool {
	t := f.toks
	if t[i].text != "for" || b-(i+1) > 3 || !hasOrgWord(t[a:i]) {
		return false
	}
	rest := f.text(i+1, b)
	if places.has(rest) || towns.has(rest) || states.has(rest) || f.ordinaryWords(i+1, b) {
		return false
	}
	if !inOrgLexicon(rest) && !f.namedAloneElsewhere(i+1, b) {
		return false
	}
	f.phrase(a, i, false)
	f.add(i+1, b, Organization, false)
	return true
}

// namedAloneElsewhere reports whether the words of toks[a:b] stand
// elsewhere in the text as a name of their own: not inside a longer run
// of capitalised words.
func (f *finder) namedAloneElsewhere(a, b int) bool {
	t, n := f.toks, b-a
	for k := 0; k+n <= len(t); k++ {
		if k == a || t[k].text != t[a].text || tokenText(t[k:k+n]) != tokenText(t[a:b]) {
			continue
		}
		before := k > 0 && t[k-1].word && (t[k-1].upper && !t[k].sentStart || connectors[t[k-1].text] || orgConnectors[t[k-1].text])
		after := k+n < len(t) && t[k+n].word && t[k+n].upper && !t[k+n].sentStart
		if !before && !after {
			return true
		}
	}
	return false
}

// legalForms are companies' legal forms, as news and registries write
// them after a company's name ("Prime Motor Inns Inc.", "Siemens AG",
// "Quorvex Sdn Bhd"). A form marked true is written so in news and ends an
// organisation's name there (companySuffixes, orgLastWords); one marked
// false is a word or letters of their own in news ("AS", "SE", "LP") and
// is only cut off the registries' names that data/mkorgs.py reads into
// the lexicon, which takes this list from here.
var legalForms = map[string]bool{
	"Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true, "LLC": true, "PLC": true, "plc": true, "Corp": true,
	"Corp.": true, "Corporation": true, "Company": true, "Co.": true, "AG": true, "SA": true, "S.A.": true,
	"N.V.": true, "GmbH": true, "Limited": true, "SpA": true, "S.p.A.": true, "AB": true, "ASA": true,
	"Oyj": true, "KK": true, "B.V.": true,
	"Incorporated": false, "Cos.": false, "LC": false, "S.A.U.": false, "S.r.l.": false, "S.A.S.": false,
	"S.A.R.L.": false, "Oy": false, "AS": false, "ApS": false, "KG": false, "KGaA": false, "AA": false,
	"Pty": false, "Pte": false, "Sdn": false, "Bhd": false, "S.L.": false, "LP": false, "LLP": false,
	"SE": false, "C.V.": false, "Co.,Ltd": false, "Pvt": false, "JSC": false, "OJSC": false, "PJSC": false,
	"CJSC": false, "OOO": false, "OAO": false, "ZAO": false, "Ltda": false, "e.V.": false, "UG": false,
	"mbH": false, "GbR": false, "OHG": false, "s.r.o.": false, "Zrt.": false, "Kft.": false, "Tbk": false,
	"S.r.l.s.": false, "Sp.": false, "z.o.o.": false, "Ltd.Co.": false, "Inc.Corp.": false, "Intl": false,
}

// companySuffixes are the legalForms news writes, which end a company's
// registered name, one that holds its trade words ("Prime Motor Inns Inc.").
var companySuffixes = func() map[string]bool {
	m := map[string]bool{}
	for form, inNews := range legalForms {
		if inNews {
			m[form] = true
		}
	}
	return m
}()

// legalFormStem returns a company's name without the legal form that ends
// it and the commas and ampersands before the form ("Brelco" for
// "Brelco, Inc.", "Smith" for "Smith & Co."), and whether name ended in
// one. Both the rules that find a company again without its form read
// the name so (registeredNamesWithoutForm, orgMentionsAgain).
func legalFormStem(name string) (string, bool) {
	fields := strings.Fields(name)
	if len(fields) == 0 || !legalForms[fields[len(fields)-1]] {
		return "", false
	}
	return strings.TrimRight(strings.Join(fields[:len(fields)-1], " "), " ,&"), true
}

// acronymAfterName: "CBS Sports NFL Insider", an acronym after a name of two
// words or more is a name of its own; not a company's legal form ("Stena
// Holding AG", "Tiphook PLC"), which ends the company's name.
func acronymAfterName(f *finder, a, i, b int) bool {
	t := f.toks
	last := b - 1
	if i != last-1 || last-a < 2 || !isAcronym(t[last]) || f.commonAcronym(t[last].text) || states.has(t[last].text) ||
		nameSuffixes[t[last].text] || t[i].allCaps || legalForms[t[last].text] {
		return false
	}
	f.phrase(a, last, false)
	f.phrase(last, b, false)
	return true
}

// officeOfOrganization: "Head of Platform Solutions", "General Manager of
// Life Care Solutions Europe", "President of Russia": a title and "of"
// before the name of what the office heads. The title is no name; the rest
// is typed alone, unless it is a person's name after an office ("Secretary
// of State Mike Pompeo"), which the title rule splits.
func officeOfOrganization(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || !titles[t[p.a].text] && !titleModifiers[t[p.a].text] {
		return false
	}
	of := p.a + 1
	for of < p.b && (titles[t[of].text] || titleModifiers[t[of].text]) {
		of++
	}
	if of+1 >= p.b || t[of].text != "of" || !titles[t[of-1].text] || placeNameWords[t[of-1].text] || nobleTitles[t[of-1].text] {
		return false // "State of Israel" is a place's name, "Prince of Wales" a peer
	}
	rest := of + 1
	if t[rest].text == "the" {
		rest++
	}
	if rest >= p.b || f.hasPersonAfterOffice(rest, p.b) {
		return false
	}
	f.phrase(rest, p.b, false)
	return true
}

// hasPersonAfterOffice reports whether toks[a:b] end with a person's name
// of two words or more after one or two words of an office ("State Mike
// Pompeo", "Defense Lloyd Austin").
func (f *finder) hasPersonAfterOffice(a, b int) bool {
	for k := a + 1; k <= a+2 && k+2 <= b; k++ {
		if f.couldBePersonName(k, b) && (f.fullPersonName(k, b) || f.recognised(k, b) == Person) {
			return true
		}
	}
	return false
}

// gazetteerPlace: the whole phrase is a place of the gazetteer, or a
// dateline in capitals of one ("HANOI").
func gazetteerPlace(f *finder, p *phraseSpan) bool {
	whole := f.text(p.a, p.b)
	listed := places.has(whole) || unambiguousFeature(whole) && !f.organizationContext(p.a, p.b)
	if listed && adjectivalRegions[whole] && f.lowerWord(p.b) && !clauseWordTags[f.tags[p.b]] {
		// "his private Caribbean island", "the Atlantic hurricane
		// season": a region's name as an adjective, which names nothing
		// (as "Afghan" does not); "in the Caribbean on Monday" is the
		// region.
		return true
	}
	if listed && orgs.has(whole) && !strings.EqualFold(f.word(p.a-1), "the") {
		return false // "Amazon said", but "the Amazon" is the river or the forest
	}
	if listed || (p.b-p.a == 1 && f.toks[p.a].allCaps && places.has(titleCase(whole))) {
		f.add(p.a, p.b, Place, true)
		return true
	}
	return false
}

// unambiguousFeature reports whether name is a named place of
// features.txt (a region, a river, a mountain, a building, a county) that
// can name nothing else: no word of English ("Reading"), no given name
// leads it ("Lydia", "Victoria Falls" is read by its last word), and no
// organisation of the lexicon or the gazetteer bears it ("Amazon"). A
// single word that is also a town of GeoNames is as weak as a town: many
// counties and towns bear a surname ("Durham said the plan would fail").
func unambiguousFeature(name string) bool {
	if !namedFeatures.has(name) || orgs.has(name) || inOrgLexicon(name) || demonyms.has(name) ||
		!strings.Contains(name, " ") && geoNamesTowns.has(name) {
		return false
	}
	first, _, _ := strings.Cut(name, " ")
	return !firstNames.has(first) && !isEnglishWord(first) && !titles[first] && !compassWords[first]
}

// clauseWordTags are the parts of speech of the words that may follow a
// region's name used as a noun ("in the Caribbean on Monday", "the
// Pacific is warming"); a noun after it makes it an adjective (the
// tagger calls some such nouns verbs: "Caribbean island" VBP).
var clauseWordTags = setOf("IN", "CC", "DT", "TO", "RB", "MD", "PRP", "PRP$", "WDT", "WP", "VBD", "VBZ", "VBG", "VBN", "EX", "POS")

// adjectivalRegions are regions whose name English also writes as an
// adjective before a noun ("a Caribbean island", "Pacific storms").
var adjectivalRegions = setOf("Caribbean", "Pacific", "Atlantic", "Mediterranean", "Arctic", "Antarctic", "Baltic",
	"Balkan", "Sahel", "Himalayan", "Alpine", "Andean", "Amazonian", "Saharan")

// personBeforeOrganization: "the Quux National Security Council", "a
// Trump Justice Department official": a person's surname before an
// organisation's name by its cue words says whose time it was; the two are
// named apart. The first word is one the recogniser labels a person, or a
// surname of a person named in full, or a word the recogniser labels a
// person at two mentions or more, and no place, organisation, word or
// acronym ("Kohelet Policy Forum" is one name). A name that ends in a
// company's legal form is a registered name, whole ("Magna International
// Inc.", "Cray Research Inc."): no government body of a person's time ends
// so.
func personBeforeOrganization(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 3 || !f.isOrganization(a+1, b) || !(orgFirstWords[f.word(a+1)] || titleModifiers[f.word(a+1)] || governmentWords[f.word(b-1)]) {
		return false
	}
	if companySuffixes[f.word(b-1)] {
		return false
	}
	w := f.toks[a]
	if !w.upper || w.allCaps || places.has(w.text) || orgs.has(w.text) || demonyms.has(w.text) ||
		f.isOrdinaryWord(w.text) || orgFirstWords[w.text] || titles[w.text] || titleModifiers[w.text] {
		return false
	}
	if !f.surnameSoFar(w.text) && f.personLabels(w.text) < 2 {
		return false
	}
	f.add(a, a+1, Person, true)
	f.phrase(a+1, b, false)
	return true
}

// personLabels counts the mentions of the word w that the recogniser
// labels a person.
func (f *finder) personLabels(w string) int {
	n := 0
	for _, i := range f.mentionsOf(w) {
		if entityType(f.labels[i]) == Person {
			n++
		}
	}
	return n
}

// cueOrganization: "... Party", "Ministry of ...", named by cue words.
//
// A title followed by a person's full name ends the organisation ("Bank of
// England Governor Mark Carney"): that is left to splitAtTitle.
func cueOrganization(f *finder, p *phraseSpan) bool {
	if !f.isOrganization(p.a, p.b) || !p.descriptor && f.titledPersonAtEnd(p.a, p.b) {
		return false
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// titledPersonAtEnd reports whether toks[a:b] end with a title, not its
// first word, and a person's full name after it ("... Governor Mark
// Carney").
func (f *finder) titledPersonAtEnd(a, b int) bool {
	for i := b - 3; i > a; i-- {
		if titles[f.toks[i].text] && f.fullPersonName(i+1, b) {
			return true
		}
	}
	return false
}

// firmWithAmpersand: "Frost & Sullivan", "Ernst & Young", "Procter &
// Gamble", "AT&T": names joined by an ampersand are a firm's name, as law
// firms, accountants, brokers and brands write it; people and places are
// joined by "and".
func firmWithAmpersand(f *finder, p *phraseSpan) bool {
	if p.descriptor || places.has(f.text(p.a, p.b)) || isNumber(f.word(p.b)) {
		return false // "S&P 500" is an index
	}
	t := f.toks
	if k := ampersandBetweenOrganizations(f, p); k > 0 {
		// "Follow us on Zorbly & Quuxgram": two organisations each
		// known alone are two, listed with "&" as with "and" (ner20o).
		f.add(p.a, k, Organization, true)
		f.add(k+1, p.b, Organization, true)
		return true
	}
	for k := p.a; k < p.b; k++ {
		if w := t[k].text; (w == "&" && k > p.a && k+1 < p.b) || strings.Contains(w, "&") && len(w) > 1 {
			if w == "&" && t[p.a].sentStart && k == p.a+1 && p.b == k+2 && isEnglishWord(t[p.a].text) && isEnglishWord(t[k+1].text) {
				// "Plug & Charge lets the car pay": two words of English
				// starting a sentence name a feature as often as a firm;
				// left to the name's other mentions.
				f.add(p.a, p.b, "", false)
				return true
			}
			if end := k + 2; w == "&" && end < p.b && !orgLastWords[t[p.b-1].text] && !orgCueWordAt(f, p.b-1) &&
				isEnglishWord(t[k-1].text) && isEnglishWord(t[k+1].text) && !orgs.has(f.text(p.a, end)) && !inOrgLexicon(f.text(p.a, end)) {
				// "the Rock & Roll Hall of Fame", "Plan & Grow BIG", "Eve
				// Door & Window HomeKit": two English words joined by "&"
				// at the head of a longer name lead the name of a thing, a
				// programme or a hall, as often as a firm's; the whole is
				// left to its other mentions.
				f.add(p.a, p.b, "", false)
				return true
			}
			if end := k + 2; w == "&" && end < p.b && !orgLastWords[t[p.b-1].text] && !orgCueWordAt(f, p.b-1) {
				// "a Bang & Olufsen Premium sound system": the firm's name
				// ends at the name after "&"; the rest is its product's.
				f.add(p.a, end, Organization, true)
				return true
			}
			f.add(p.a, p.b, Organization, true)
			return true
		}
	}
	return false
}

// ampersandBetweenOrganizations returns where "&" stands in the phrase
// when the names on both sides of it are each an organisation of the
// gazetteer ("Zorbly & Quuxgram", both platforms listed), or 0: a firm
// named by "&" joins names that are not organisations alone ("Frost &
// Sullivan", "Procter & Gamble").
func ampersandBetweenOrganizations(f *finder, p *phraseSpan) int {
	for k := p.a + 1; k < p.b-1; k++ {
		if f.toks[k].text == "&" {
			if orgs.has(f.text(p.a, k)) && orgs.has(f.text(k+1, p.b)) && !orgs.has(f.text(p.a, p.b)) && !inOrgLexicon(f.text(p.a, p.b)) {
				return k
			}
			return 0
		}
	}
	return 0
}

// orgCueWordAt reports whether toks[i] is a word that ends an
// organisation's name ("Partners", "Group", "Associates").
func orgCueWordAt(f *finder, i int) bool {
	w := f.toks[i].text
	return orgLastWords[w] || orgCueNouns[strings.ToLower(w)]
}

// organizationAfterKind: "Developer Valve called it a flagship game",
// "Rival Lowe's reported", "Chipmaker Nvidia rose": a word for a kind of
// organisation, capitalised to start the sentence, before a name names an
// organisation; the word is no part of it.
func organizationAfterKind(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 2 || !t[p.a].sentStart || !orgCueNouns[strings.ToLower(t[p.a].text)] ||
		places.has(f.text(p.a+1, p.b)) || f.fullPersonName(p.a+1, p.b) {
		return false
	}
	f.add(p.a+1, p.b, Organization, true)
	return true
}

// splitAtTitle splits at the last title that has a name after it: "US
// President Donald Trump", "Secretary of State Ginger Varrowell". A title
// before a lower-case word is an office ("High Commissioner for Human
// Rights").
func splitAtTitle(f *finder, p *phraseSpan) bool {
	if p.descriptor {
		return false
	}
	t := f.toks
	for i := p.b - 2; i >= p.a; i-- {
		if !titles[t[i].text] || surnameBeforeSuffix(f, p.a, i, p.b) {
			continue
		}
		name := i + 1
		if t[name].text == "of" && name+2 < p.b {
			name += 2
		}
		for name < p.b-1 && (titles[t[name].text] || titleModifiers[t[name].text]) && f.hasNameWord(name+1, p.b) {
			name++ // the rest of a title of two words: "Chief Executive Ann Wu"
		}
		if !t[name].upper || !f.hasNameWord(name, p.b) {
			continue // an office: "High Commissioner for", "Attorney General"
		}
		if corporateTitles[t[i].text] && i > p.a && companyBeforeTitle(f, p.a, i) {
			// "T-Mobile CEO John Legere", "Tesla founder Elon Musk": a
			// company's title; what comes before it is the company.
			f.add(p.a, i, Organization, true)
		} else if and := f.coordinatedName(p.a, i); and > 0 {
			// "Curtis Quillstad and Energy Secretary Olive Ashton": the name
			// before "and" is no descriptor of the title.
			f.phrase(p.a, and, false)
			f.phrase(and+1, i, true)
		} else {
			f.phrase(p.a, i, true)
		}
		f.person(name, p.b)
		return true
	}
	return false
}

// coordinatedName returns where "and" stands in toks[a:i], before a title,
// when what comes before it is a person's full name ("Gordon Sondland and
// Energy Secretary Rick Perry"); 0 otherwise ("Food and Drug
// Administration Commissioner").
func (f *finder) coordinatedName(a, i int) int {
	for j := i - 1; j > a+1; j-- {
		if f.toks[j].text == "and" {
			if f.fullPersonName(a, j) {
				return j
			}
			return 0
		}
	}
	return 0
}

// corporateTitles are the titles a company gives ("CEO", "Chairman",
// "Founder"), which a company's name comes before.
var corporateTitles = setOf("CEO", "Chairman", "Chairwoman", "Founder", "Co-founder", "Cofounder", "CFO", "COO",
	"CTO")

// companyBeforeTitle reports whether toks[a:i], before a company's title,
// is a company's name: no place, nationality, title or office word
// ("US", "Executive", "Board", "Federal Reserve Chairman").
func companyBeforeTitle(f *finder, a, i int) bool {
	if places.has(f.text(a, i)) || states.has(f.text(a, i)) {
		return false
	}
	for _, t := range f.toks[a:i] {
		if !t.word || !t.upper || demonyms.has(t.text) || titles[t.text] || titleModifiers[t.text] || orgFirstWords[t.text] {
			return false
		}
	}
	return true
}

// stormByFirstWord: "Hurricane Hugo", "Tropical Storm Barry", "Typhoon
// Haiyan" are events, not persons.
func stormByFirstWord(f *finder, p *phraseSpan) bool {
	t := f.toks
	a := p.a
	if a+1 < p.b && t[a].text == "Tropical" {
		a++
	}
	if p.b-a < 2 || !stormWords[t[a].text] || p.descriptor {
		return false
	}
	f.add(p.a, p.b, Event, true)
	return true
}

// singleInstitution: "the Senate", "a Navy jet", inside a sentence.
func singleInstitution(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || f.toks[p.a].sentStart || !singleOrgWords[f.text(p.a, p.b)] {
		return false
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// titleAlone: a title on its own is kept only as a surname ("King and
// Weeks were abducted"); a title of several words ("Chief Strategy
// Officer", "Vice President") names nobody.
func titleAlone(f *finder, p *phraseSpan) bool {
	for _, t := range f.toks[p.a:p.b] {
		if !titles[t.text] && !titleModifiers[t.text] {
			return false
		}
	}
	f.addSurnameOnly(p.a, p.b)
	return true
}

// trimNationalities drops nationalities before a name ("Afghan Taliban").
// The rest is typed afresh: "Eastern Michigan" without "Eastern" is a
// place of the gazetteer.
func trimNationalities(f *finder, p *phraseSpan) bool {
	a := p.a
	for a < p.b && demonyms.has(f.toks[a].text) {
		a++
	}
	if a == p.a || f.named[f.text(p.a, p.b)] || orgs.has(f.text(p.a, p.b)) {
		return false // "Democrats" names a party
	}
	f.phrase(a, p.b, p.descriptor)
	return true
}

// productOfMaker: "Toyota Starlet", "Amazon Alexa", "Amazon Music
// Unlimited", "Samsung Galaxy S10": a company of the gazetteer before
// other capitalised words names one of its products, services or
// vehicles (other), unless the words are an organisation's, a medium's, a
// place's or a title ("Toyota Motor", "BBC Sport", "Google CEO"). A model
// number after the name is part of it. A name of more than three words
// after the maker's holds two names: the product's first word ends it.
func productOfMaker(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	maker := 1
	if !orgs.has(t[a].text) {
		maker = f.vehicleMakerAt(a) // "Kia Varrow", "Aston Martin Quux"
	}
	if maker == 0 && b-a == 2 && f.lexiconMaker(a) && f.recognised(a, b) != Person {
		maker = 1 // "Quuxendo Switch": a company of the lexicon before one word
	}
	if p.descriptor || b-a <= maker || maker == 0 || places.has(f.text(a, b)) || orgs.has(f.text(a, b)) || inOrgLexicon(f.text(a, b)) {
		return false
	}
	for i := a + maker; i < b; i++ {
		w := t[i].text
		if !t[i].word || orgLastWords[w] || orgFirstWords[w] || mediumWords[w] || publicationWords[w] || placeLastWords[w] ||
			titles[w] || titleModifiers[w] || places.has(w) || demonyms.has(w) || productNotWords[w] || firmPeopleWord(w) {
			return false
		}
		if letteredKinds[w] && i+1 < len(t) && len([]rune(t[i+1].text)) == 1 {
			return false // a class of its shares or things and its letter: "Zorbly Class A"
		}
	}
	if f.fullPersonName(a+maker, b) {
		return false // "Amazon Jeff Bezos"
	}
	if b-a > 4 {
		// "the Zorbly Quux Red Dead Lantern 2 port": a maker's
		// product is named in one to three words; more are two names run
		// together, the product and a title on it.
		f.add(a, a+2, Other, true)
		f.phrase(a+2, b, false)
		return true
	}
	// Two tails, in turn: the codes a maker's model has (modelCodesEnd),
	// and where it reads none, the one number or code in capitals the rule
	// took before things22b.go. The second is no part of the first: it
	// takes a number the first refuses, before a count or a measure in
	// lower case ("Apple Watch Series 3 38mm": "38mm" reads as a count),
	// a year, or after a line break. Leaving it out changes a suggestion
	// of the unannotated texts (issue 16, branch fin23c).
	if end := f.modelCodesEnd(b); end > b {
		b = end // "Quux Core i7 4790k", "Varrow Galaxy S10 Plus" (things22b.go)
	} else if b < len(t) && t[b].start == t[b-1].end+1 && (isNumber(t[b].text) || isModelCode(t[b].text)) {
		b++ // "Ascom Myco 2", "Samsung Galaxy S10"
	}
	f.add(a, b, Other, true)
	return true
}

// firmPeopleWord reports whether w, capitalised, is a word for a firm's
// people, stock or shops ("Google Workers", "Aldi Employees", "Ikea
// Stores", as a headline writes them): after a company it names no
// product.
func firmPeopleWord(w string) bool {
	lw := strings.ToLower(w)
	return orgAfterNouns[lw] || workplaceNouns[lw]
}

// lexiconMaker reports whether toks[a] is a company of the lexicon of
// organisations named by one word that is no English word, given name or
// surname of the text ("Quuxendo"): before one capitalised word it is the
// product's maker, as a company of the gazetteer is (productOfMaker).
func (f *finder) lexiconMaker(a int) bool {
	w := f.toks[a].text
	return inOrgLexicon(w) && !isEnglishWord(w) && !firstNames.has(w) && !f.surnameSoFar(w) && !places.has(w) && !towns.has(w)
}

// productNotWords follow a company's name without naming a product ("AP
// Photo", "Google Images").
var productNotWords = setOf("Photo", "Photos", "Images", "Staff", "Wire", "Video", "Live",
	// The companies of a maker's group ("Mitsubishi Estate", "Tata Steel").
	"Estate", "Steel", "Heavy", "Chemical", "Chemicals", "Electric", "Aerospace", "Defence", "Defense", "Financial",
	"Motor", "Motors", "Trucks", "Power")

// isModelCode reports whether w mixes capitals and digits as a model's
// name does ("S10", "A350").
func isModelCode(w string) bool {
	digits, capitals, letters, others := codeRunes(w)
	return digits > 0 && capitals > 0 && letters == 0 && others == 0
}

// codeRunes counts w's digits, its capitals, its other letters and its
// other runes, which tell a code ("A350", "IL-25", "TNG50") from a word.
func codeRunes(w string) (digits, capitals, letters, others int) {
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsUpper(r):
			capitals++
		case unicode.IsLetter(r):
			letters++
		default:
			others++
		}
	}
	return digits, capitals, letters, others
}

// leadingPlaceOrAcronym: a well-known place at the start of a longer
// phrase stands apart when abbreviated ("US Chinook", "UK Treasury") or
// when a full personal name follows ("ambassador to Britain Liu
// Xiaming"); otherwise it is usually part of a longer name ("Boston
// Globe", "Hanoi Hilton"). An organisation's acronym before a name stands
// apart too ("EU Gordon Sondland").
//
// An acronym before one ordinary word is one name ("CNN Business", "USA
// Today").
func leadingPlaceOrAcronym(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	if placeInCapitals(f, a, b) && !isRecord(f.word(b)) {
		f.add(a, b, Place, true) // "in KUALA LUMPUR"; "SAN QUILLO 2-1" is a team's result
		return true
	}
	if b-a == 2 && isAcronym(t[a]) && !f.commonAcronym(t[a].text) && (!places.has(t[a].text) || mediumWords[t[a+1].text]) && (isBasicWord(t[a+1].text) || mediumWords[t[a+1].text] || isAcronym(t[a+1]) || compassWords[t[a+1].text]) && (compassWords[t[a+1].text] || !firstNames.has(t[a+1].text)) && !f.fullPersonName(a, b) &&
		!isNumber(f.word(b)) {
		// "CNN Business", "CBS Sports", "USA Today", "CBS DFW": a
		// medium's name.
		f.add(a, b, Organization, true)
		return true
	}
	for k := min(b-1, a+places.maxWords); k > a; k-- {
		if places.has(f.text(a, k)) && (places.has(f.text(k, b)) || orgs.has(f.text(k, b))) {
			// Two names merged: "White House Russia", "Ukraine NATO".
			f.add(a, k, Place, true)
			f.phrase(k, b, p.descriptor)
			return true
		}
		if t[a].allCaps && orgs.has(f.text(a, k)) {
			f.add(a, k, Organization, true)
			f.phrase(k, b, p.descriptor)
			return true
		}
		if places.has(f.text(a, k)) && (t[a].allCaps || (b-k >= 2 && f.recognised(k, b) == Person && !f.teamNickname(b-1))) {
			f.add(a, k, Place, true)
			f.phrase(k, b, p.descriptor)
			return true
		}
	}
	return false
}

// placeInCapitals reports whether toks[a:b], all in capitals, is a place
// of the gazetteer written so, as wire copy writes the towns of its
// credits and datelines ("reporting by Ann Quill in KUALA LUMPUR";
// ner20o, seen on GA): a place, no medium's name ("CBS DFW"). Before a
// number, two words in capitals are a model ("the ZORBLY GTX 1080"; FA),
// no medium's name either.
func placeInCapitals(f *finder, a, b int) bool {
	for _, t := range f.toks[a:b] {
		if !t.allCaps {
			return false
		}
	}
	name := titleCase(f.text(a, b))
	if b-a == 1 {
		// One word in capitals is an acronym as often ("NATO", a town's
		// name too): only the places of the gazetteer, no town.
		return places.has(name) && !orgs.has(f.text(a, b))
	}
	return places.has(name) || towns.has(name)
}

// teamNickname reports whether toks[i], ending a name, is an ordinary
// word in the plural, as teams are named after their town ("Toronto
// Maple Leafs", "Boston Red Sox" are no place and person).
func (f *finder) teamNickname(i int) bool {
	w := f.toks[i].text
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && f.isOrdinaryWord(w) && !f.surnameSoFar(w)
}

// roadByNumber: "County Road 600S", "Route 66", "1600E Road": a road
// named by its number, the number included. A direction's initial before
// it ("W. County Road 600S") belongs to the address, not the name.
func roadByNumber(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	if !p.descriptor && b-a == 1 && isInterstate(t[a].text) && !strings.EqualFold(f.word(a-1), "Form") && !formNouns[f.word(b)] {
		f.add(a, b, Place, true) // "I-95", "I-10"; not "Form I-9", "an I-130 petition"
		return true
	}
	if p.descriptor || !roadWords[t[b-1].text] {
		return false
	}
	switch {
	case b < len(t) && isRoadNumber(t[b].text) && t[b].start > t[b-1].end:
		for a < b-1 && directionInitials[t[a].text] {
			a++
		}
		f.add(a, b+1, Place, true)
	case b-a == 1 && a > 0 && isRoadNumber(t[a-1].text) && !isNumber(t[a-1].text):
		f.add(a-1, b, Place, true)
	default:
		return false
	}
	return true
}

var (
	roadWords         = setOf("Road", "Route", "Highway", "Interstate", "Rd.", "Hwy", "Hwy.")
	directionInitials = setOf("N.", "S.", "E.", "W.", "N", "S", "E", "W")
)

// formNouns follow the number of a form ("an I-130 petition", "the I-9
// form"), which is written as an interstate is.
var formNouns = setOf("form", "forms", "petition", "petitions", "visa", "visas", "application", "applications", "document", "documents", "status", "filing", "filings")

// isInterstate reports whether w is a US interstate highway as news
// writes it, "I-" and its number ("I-95", "I-10").
func isInterstate(w string) bool {
	n, ok := strings.CutPrefix(w, "I-")
	return ok && len(n) <= 3 && isNumber(n)
}

// isRoadNumber reports whether w numbers a road: digits, perhaps with a
// letter of direction ("66", "600S", "1600E").
func isRoadNumber(w string) bool {
	digits := strings.TrimRight(w, "NSEW")
	return len(w)-len(digits) <= 1 && isNumber(digits)
}

// compassWords name a league's division after its acronym ("AFC West",
// "NFC North"), and lead the names of regions ("West Quillshire") and of
// the bodies named after them ("West Quillshire police"), not a person's
// full name, though a list of given names holds "West":
// personByFirstName does not take a name they lead.
var compassWords = setOf("North", "South", "East", "West")

// gazetteerOrganization: the whole phrase is an organisation of the
// gazetteer.
func gazetteerOrganization(f *finder, p *phraseSpan) bool {
	if !orgs.has(f.text(p.a, p.b)) {
		return false
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// demonymOfPlace: "South Dakotans", "Texans" are no entity.
func demonymOfPlace(f *finder, p *phraseSpan) bool {
	return f.isDemonymOfPlace(f.text(p.a, p.b))
}

// acronymOrganization: two to six capitals ("NATO", "FBI") that are no
// English word in capitals and no headline shouting.
func acronymOrganization(f *finder, p *phraseSpan) bool {
	t := f.toks
	whole := f.text(p.a, p.b)
	if p.b-p.a != 1 || !isAcronym(t[p.a]) || f.isCommonWord(whole) || capsWords[whole] || (t[p.a].sentStart && f.shouting(p.a)) {
		return false
	}
	if !f.acronymNamed(whole) {
		// No list holds it and the text never uses it as a name: a
		// guess from its form alone, a term as often as an organisation
		// on unseen pages ("RAM", "PII", "VHS").
		f.rule = ruleAcronymWithoutContext
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// hyphenatedPlaces: "Israel-Hamas", each capitalised part on its own. A
// hyphenated name with no place in it ("Lee-Varrow", "Ocasio-Cortez") is
// passed on whole.
func hyphenatedPlaces(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || p.descriptor || !strings.ContainsAny(f.text(p.a, p.b), "-‐") {
		return false
	}
	if possessive := p.b < len(f.toks) && isApostrophe(f.toks[p.b].text) && f.word(p.b+1) == "s"; possessive || f.lowerWord(p.b) && orgAfterNouns[f.word(p.b)] {
		// "Georgia-Pacific's sales", "Louisiana-Pacific shares": two
		// places joined that own and are traded name one thing, a
		// company; a pair of places stands before a noun ("the
		// Israel-Hamas war", "US-China talks").
		return false
	}
	if f.namedWithLegalForm(p.a) {
		return false // "Georgia-Pacific", after "Georgia-Pacific Corp.": the company
	}
	n := len(f.cands)
	f.hyphenated(p.a)
	return len(f.cands) > n || nameMadeAdjective(f.toks[p.a].text)
}

// namedWithLegalForm reports whether the word toks[i] stands elsewhere in
// the text before a company's legal form ("Georgia-Pacific Corp.").
func (f *finder) namedWithLegalForm(i int) bool {
	w := f.toks[i].text
	for k := 0; k+1 < len(f.toks); k++ {
		if f.toks[k].text == w && companySuffixes[f.toks[k+1].text] {
			return true
		}
	}
	return false
}

// hyphenatedNames: "the Brelco-Quillhouse merger", "a Disney-Fox deal":
// a hyphenated word whose every part the clipping named before on its
// own (in any case, whole or as the first word of a longer name:
// "QuillHouse Media") gives each part as a mention of that name, untyped:
// it takes the type of its other mentions (resolve). A hyphenated surname
// ("Lee-Varrow") names no part alone and is passed on.
func hyphenatedNames(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || p.descriptor {
		return false
	}
	tok := f.toks[p.a]
	parts := strings.FieldsFunc(tok.text, func(r rune) bool { return r == '-' || r == '‐' })
	if len(parts) < 2 || nameMadeAdjective(tok.text) {
		return false
	}
	names := make([]string, len(parts))
	for k, part := range parts {
		if names[k] = f.namedBefore(part); names[k] == "" {
			return false
		}
	}
	at := tok.start
	for k, part := range parts {
		n := len([]rune(part))
		f.cands = append(f.cands, candidate{start: at, end: at + n, name: names[k], words: 1, rule: f.rule})
		at += n + 1
	}
	return true
}

// namedBefore returns the name of an earlier candidate that word names in
// any case, whole or as its first word ("GateHouse" for "Gatehouse", of
// "GateHouse Media"), or "".
func (f *finder) namedBefore(word string) string {
	for _, c := range f.cands {
		first, _, _ := strings.Cut(c.name, " ")
		switch {
		case strings.EqualFold(c.name, word):
			return c.name
		case c.typ == Organization && strings.EqualFold(first, word) && !orgFirstWords[first] && !places.has(first):
			return first
		}
	}
	return ""
}

// nameMadeAdjective reports whether w is a name made an adjective by a
// hyphen and a lower-case word ("London-listed", "Saudi-led",
// "GateHouse-owned"), which names nothing itself.
func nameMadeAdjective(w string) bool {
	rs := []rune(w)
	for k := 1; k+1 < len(rs); k++ {
		if (rs[k] == '-' || rs[k] == '‐') && unicode.IsLower(rs[k+1]) && unicode.IsUpper(rs[0]) {
			return true
		}
	}
	return false
}

// dottedNameMadeAdjective: "the U.S.-led talks", "a U.K.-based firm". A
// name written with dots is cut from the hyphen after it, so
// nameMadeAdjective does not see the lower-case word the hyphen joins it
// to; joined to it with no space, the name is an adjective and names
// nothing, as "London-listed" does.
func dottedNameMadeAdjective(f *finder, p *phraseSpan) bool {
	t := f.toks
	h := p.b
	if h+1 >= len(t) || !strings.HasSuffix(t[h-1].text, ".") || t[h].text != "-" && t[h].text != "‐" ||
		t[h].start != t[h-1].end || t[h+1].start != t[h].end || !t[h+1].word || t[h+1].upper {
		return false
	}
	return true
}

// placeBeforeCueNoun: "Logar province", "Hoa Lo prison". A noun the
// tagger reads as the sentence's verb is none ("Ann Quillan states the
// following", "Quux camps there").
func placeBeforeCueNoun(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.b >= len(t) || !t[p.b].word || !placeCueNouns[t[p.b].text] || cueNounAsVerb(f, p.b) {
		return false
	}
	f.add(p.a, p.b, Place, true)
	return true
}

// cueNounAsVerb reports whether the cue noun at i is a verb of the
// sentence, a present-tense verb by the tagger ("states", "camps",
// "borders"); after a list of places the tagger reads the plural as a noun
// ("Quarrington and Brelford states").
func cueNounAsVerb(f *finder, i int) bool {
	return f.tags[i] == "VBZ" || f.tags[i] == "VBP"
}

// groupBeforeCueNoun: "Haqqani network", "Sinaloa cartel", the noun
// included; "group", the plainest word for a kind, is left out as the
// gold set's guidelines leave out a lower-case kind after a name ("the
// Quillan group": "Quillan").
func groupBeforeCueNoun(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b >= len(t) || !t[p.b].word || !groupCueNouns[t[p.b].text] {
		return false
	}
	if t[p.b].text == "group" {
		f.add(p.a, p.b, Organization, true)
		return true
	}
	f.add(p.a, p.b+1, Organization, true)
	return true
}

// craftBeforeCueNoun: "the Galileo probe", "Perseverance rover" are
// neither persons nor places. A person's surname of the text before the
// noun says whose it is ("an Obama phone call"), and a well-known place
// ending the name says where the craft goes ("the Galileo Jupiter probe").
//
// One or two lower-case words may stand between ("its Starship reusable
// launch vehicle").
func craftBeforeCueNoun(f *finder, p *phraseSpan) bool {
	name := f.text(p.a, p.b)
	if p.descriptor || places.has(name) || f.surnameSoFar(name) || p.b-p.a == 1 && (f.takenUpAsPerson(name) || f.typedBefore(name, Person)) {
		return false // "a secret Quux phone call": whose call it was
	}
	for k := p.b; k < p.b+3 && f.lowerWord(k); k++ {
		if craftCueNouns[f.word(k)] {
			if last := p.b - 1; last > p.a && places.has(f.word(last)) {
				// "NASA's Galileo Jupiter probe": the craft, then where it
				// goes.
				f.add(p.a, last, Other, true)
				f.add(last, p.b, Place, true)
				return true
			}
			f.add(p.a, p.b, Other, true)
			return true
		}
		if !craftModifierTags[f.tags[k]] {
			return false // a verb or article between: "Melville said the phone call"
		}
	}
	return false
}

// typedBefore reports whether a rule typed a mention of name as typ
// earlier in the text.
func (f *finder) typedBefore(name string, typ EntityType) bool {
	return f.typedBeforeLeaving(name, typ, nil)
}

// typedBeforeLeaving is typedBefore leaving out the mentions the rules
// of skip typed.
func (f *finder) typedBeforeLeaving(name string, typ EntityType, skip map[string]bool) bool {
	if !f.named[name] {
		return false
	}
	for _, c := range f.cands {
		if c.name == name && c.typ == typ && !skip[c.rule] {
			return true
		}
	}
	return false
}

// craftModifierTags are the parts of speech of the words that may stand
// between a craft's name and its noun: adjectives, nouns, participles and
// numbers ("reusable launch vehicle", "upgraded Falcon 9 rocket").
var craftModifierTags = setOf("JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG", "CD", "VB")

// sentenceStartWord: "Multiple lines of evidence", an adjective, adverb or
// verb starting a sentence, kept only as a surname.
func sentenceStartWord(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.b-p.a != 1 || !t[p.a].sentStart || !sentenceWordTags[f.tags[p.a]] || places.has(f.text(p.a, p.b)) {
		return false
	}
	f.addSurnameOnly(p.a, p.b)
	return true
}

// capitalisedThe: "The" capitalised inside a sentence belongs to a name,
// most often a newspaper's or a band's: "The Hill", "The Guardian".
func capitalisedThe(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.a == 0 || t[p.a-1].text != "The" || t[p.a-1].sentStart || p.descriptor || afterDateline(t, p.a-1) {
		return false // "AKRON, Ohio – The Varrow Brothers": the sentence starts there
	}
	if p.b-p.a >= 2 && f.titleOfWords(p.a, p.b, false) || p.b-p.a > 2 || p.a >= 2 && (isOpeningQuote(t[p.a-2].text) || t[p.a-2].text == "‘") {
		// A title of ordinary words ("The Quiet Thing About Loud Rooms"),
		// one of more than two words after "The", or one opening a
		// quotation ("‘The Medium is the Message’") is a work's title, not
		// a paper's or a band's ("The Hill", "The Times", "The Eagles").
		return false
	}
	f.add(p.a-1, p.b, Organization, true)
	return true
}

// commonWord: a common word capitalised to start a sentence or a
// quotation ("Meth is a growing worry", "Ships crossed"), kept only as
// a surname. A word the text writes capitalised inside its sentences
// again and again, and seldom in lower case, is a name there (the band
// "Heart" of a text that says "heart" once): it is kept untyped, to take
// the type of a mention of it some rule typed (resolve), if any.
func commonWord(f *finder, p *phraseSpan) bool {
	whole := f.text(p.a, p.b)
	if p.b-p.a != 1 || !(stopwords[whole] || f.isCommonWord(whole) || (f.toks[p.a].sentStart && (isBasicWord(whole) || isBasicWord(strings.TrimSuffix(whole, "s"))))) {
		return false
	}
	if !f.toks[p.a].sentStart && !stopwords[whole] && f.namedMoreThanWritten(whole) {
		f.add(p.a, p.b, "", false)
		f.cands[len(f.cands)-1].rule = ruleNameOftenCapitalised
		return true
	}
	f.addSurnameOnly(p.a, p.b)
	return true
}

// ruleNameOftenCapitalised names the untyped mentions commonWord keeps.
const ruleNameOftenCapitalised = "a word the text capitalises as a name"

// namedMoreThanWritten reports whether the text writes word capitalised
// inside a sentence, alone (no capitalised word next to it), three times
// or more, and more than twice as often as in lower case.
func (f *finder) namedMoreThanWritten(word string) bool {
	if f.capsUse == nil {
		f.capsUse = map[string]int{}
		t := f.toks
		for i, x := range t {
			if !x.word {
				continue
			}
			if !x.upper {
				if x.text != "" && unicode.IsLetter([]rune(x.text)[0]) {
					f.capsUse["\x00"+strings.ToLower(x.text)]++
				}
				continue
			}
			if x.sentStart || x.allCaps || i > 0 && t[i-1].word && t[i-1].upper || i+1 < len(t) && t[i+1].word && t[i+1].upper {
				continue
			}
			f.capsUse[x.text]++
		}
	}
	n := f.capsUse[word]
	return n >= 3 && n > 2*f.capsUse["\x00"+strings.ToLower(word)]
}

// personByRole: "spokesman Zabihullah Mujahid", "Cheuk Hau-yip, the
// commander of".
func personByRole(f *finder, p *phraseSpan) bool {
	if p.descriptor || !f.hasRole(p.a, p.b) {
		return false
	}
	f.person(p.a, p.b)
	return true
}

// recognisedLabel types the phrase as the recogniser labelled most of it,
// noting where it stands for the document-level checks of resolve.
func recognisedLabel(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	typ := f.recognised(a, b)
	if recognisedLabelHook != nil {
		typ = recognisedLabelHook(f, a, b)
	}
	if p.descriptor && typ == Person {
		return true
	}
	if typ == Person && modelCodeAfter(f.toks, a, b) {
		typ = "" // "Dell G3": a model's code is no surname
	}
	f.add(a, b, typ, false)
	c := &f.cands[len(f.cands)-1]
	c.afterThe = a > 0 && (t[a-1].text == "the" || t[a-1].text == "The")
	c.modifier = b < len(t) && t[b].word && !t[b].upper && strings.HasPrefix(f.tags[b], "NN")
	return true
}

// recognisedLabelHook, where a study sets it (spanmodel_study_test.go),
// gives the type recognisedLabel reads in place of prose's label.
var recognisedLabelHook func(f *finder, a, b int) EntityType

// modelCodeAfter reports whether a word of toks[a+1:b] holds a digit, as
// a model's code does ("Dell G3") and no person's name.
func modelCodeAfter(toks []token, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if strings.ContainsFunc(toks[i].text, unicode.IsDigit) {
			return true
		}
	}
	return false
}

// personAfterThe: "recalled the Zorbly Cross", "the Quux Harbor": a
// phrase of two words or more that only the recogniser calls a person,
// right after "the" and not led by a given name, is most often a product,
// a vehicle, a programme or a building (news writes no article before a
// person's name: "the late Ann Wu" has a word between). It is left
// untyped: it takes the type of its other mentions (resolve), if any.
func personAfterThe(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a < 2 || !strings.EqualFold(f.word(a-1), "the") || f.recognised(a, b) != Person ||
		f.fullPersonName(a, b) || isInitials(f.toks[a].text) {
		return false
	}
	f.add(a, b, "", false)
	return true
}

// nameLedByPlace: "Minnesota Wild", "Texas Instruments", "Boston
// Scientific": a name whose first words are a well-known place and whose
// other words are not a person's names is an organisation named after its
// home (a team, a company), whatever the recogniser says. No person's name
// starts with a country or state unless it is also a first name
// ("Georgia", "Jordan"), and a place named so ("Virginia Beach") is in the
// gazetteer, whose rule comes first.
func nameLedByPlace(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b-p.a < 2 {
		return false
	}
	t := f.toks
	lead := 0
	for k := p.a + 1; k < p.b && k-p.a <= 3; k++ {
		if places.has(f.text(p.a, k)) || k-p.a >= 2 && towns.has(f.text(p.a, k)) {
			lead = k
		}
	}
	if lead == 0 || lead == p.a+1 && firstNames.has(t[p.a].text) {
		return false // "Georgia Smith"; but a town of two words names no one: "Glen Ellyn Dog Rescue"
	}
	for k := lead; k < p.b; k++ {
		if !t[k].word || firstNames.has(t[k].text) || places.has(t[k].text) || towns.has(t[k].text) || connectors[t[k].text] {
			return false
		}
	}
	if typ := f.recognised(p.a, p.b); typ == Place {
		return false
	}
	if namingVerbs[strings.ToLower(f.word(p.a-1))] {
		// "a mission called Europa Quux": a name given to anything,
		// left to its other mentions.
		f.add(p.a, p.b, "", false)
		return true
	}
	f.add(p.a, p.b, Organization, true)
	return true
}

// namingVerbs come before a name given to something of any kind.
var namingVerbs = setOf("called", "named", "dubbed", "nicknamed", "codenamed", "code-named", "titled", "entitled")

// capitalisedMidSentence reports whether w is written, as it is, inside a
// sentence somewhere in the text.
func (f *finder) capitalisedMidSentence(w string) bool {
	if f.midSentence == nil {
		f.midSentence = map[string]bool{}
		for _, o := range f.toks {
			if o.upper && !o.sentStart {
				f.midSentence[o.text] = true
			}
		}
	}
	return f.midSentence[w]
}

// loneSentenceStart: "Kickoff is at 3 p.m.": one word starting a
// sentence that only the recogniser calls a person, that is no first name
// and is not written capitalised anywhere else in the text, is most often
// a word capitalised for its place; it is kept only as the surname of a
// person named in full.
func loneSentenceStart(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.b-p.a != 1 || !t[p.a].sentStart || firstNames.has(t[p.a].text) || t[p.a].allCaps {
		return false
	}
	w := t[p.a].text
	if f.capitalisedMidSentence(w) {
		return false
	}
	if places.has(w) || towns.has(w) || orgs.has(w) || demonyms.has(w) || f.recognised(p.a, p.b) != Person {
		return false
	}
	f.addSurnameOnly(p.a, p.b)
	return true
}

// nameOfCommonWords: "Full Turn", "Black Death": a phrase of two or more
// words that only the recogniser calls a person or a place (or an
// organisation, joined by "of" with no word for its kind), all of them
// ordinary English words and none a given name, is a heading, a product, an
// event or a phrase in capitals; it is not suggested. A person's name holds
// a given name ("Kevin King") or a word no dictionary has ("Avi Bell",
// "Tre Harbison"); a place's is in the gazetteers ("Virginia Beach").
func nameOfCommonWords(f *finder, p *phraseSpan) bool {
	typ := f.recognised(p.a, p.b)
	whole := f.text(p.a, p.b)
	if p.b-p.a < 2 || places.has(whole) || towns.has(whole) {
		return false
	}
	if !orgs.has(whole) && f.titleOfWords(p.a, p.b, typ == Person) {
		// An organisation's name of ordinary words holds a word for its
		// kind ("Department of Justice", "Church of England") or is known;
		// ordinary words joined by "of", or with a small word of a title
		// capitalised inside, are a phrase capitalised for emphasis ("the
		// Great Accomplishment of Peace") or a book's or a film's title
		// ("The Quiet Thing About Loud Rooms"): a work after a word for
		// one ("the book ..."), else no name.
		if f.workCue(p.a) {
			f.add(p.a, p.b, Work, true)
		}
		return true
	}
	if typ != Person && typ != Place {
		return false
	}
	for _, t := range f.toks[p.a:p.b] {
		if !t.word || firstNames.has(t.text) || !isBasicWord(t.text) {
			return false
		}
	}
	return true
}

// titleOfWords reports whether toks[a:b] read as a title of ordinary
// words: "of" or a small word of a title capitalised inside ("About",
// "With"), every other word an English word, and no word for an
// organisation's or a place's kind, no nationality, and for a name of
// three words or fewer no given name (when givenNames: "Joan of Arc" is a
// person).
func (f *finder) titleOfWords(a, b int, givenNames bool) bool {
	titleWord := slicesContainsText(f.toks[a:b], "of")
	for k := a + 1; k < b && !titleWord; k++ {
		titleWord = f.toks[k].upper && titleSmallWords[strings.ToLower(f.toks[k].text)]
	}
	if !titleWord {
		return false
	}
	for _, t := range f.toks[a:b] {
		if orgFirstWords[t.text] || orgLastWords[t.text] || singleOrgWords[t.text] || placeLastWords[t.text] || demonyms.has(t.text) ||
			geoWords[t.text] || placeNameWords[t.text] || titles[t.text] || t.text == "House" || t.text == "Chamber" {
			return false
		}
		if givenNames && b-a <= 3 && firstNames.has(t.text) {
			return false
		}
		if connectors[t.text] || titleSmallWords[strings.ToLower(t.text)] || isNumber(t.text) {
			continue
		}
		if !t.word || !isBasicWord(t.text) && !isEnglishWord(t.text) {
			return false
		}
	}
	return true
}

// workCue reports whether a word for a work comes before toks[a] ("the
// book", "his album").
func (f *finder) workCue(a int) bool {
	k := a - 1
	if f.lowerWord(k) && !workCueNouns[f.word(k)] && (f.word(k) == "the" || f.word(k) == "a") {
		k--
	}
	return f.lowerWord(k) && workCueNouns[f.word(k)]
}

// slicesContainsText reports whether one of toks is the word w.
func slicesContainsText(toks []token, w string) bool {
	for _, t := range toks {
		if t.text == w {
			return true
		}
	}
	return false
}

// townOfWords: "Santa Fe", "Osborne Store": a name of two words or more
// that GeoNames lists as a town, and that the recogniser calls a person,
// is the town; few people's names are a town's whole name.
func townOfWords(f *finder, p *phraseSpan) bool {
	if p.b-p.a < 2 || p.descriptor || !towns.has(f.text(p.a, p.b)) || f.recognised(p.a, p.b) != Person {
		return false
	}
	f.add(p.a, p.b, Place, false)
	return true
}

// personLedByCommonWord: "Digistat Patient Watch", "Alarm Management",
// "Developer Valve", "Demand Side Platforms": a phrase of two words or more
// that only the recogniser calls a person, whose first word is no given
// name or initial and which holds an ordinary English word before its last,
// is a product, a programme or a company; it is left untyped, to take the
// type of its other mentions, if any. An ordinary word is one of the
// recogniser's basic words, one the text also writes in lower case ("the
// patient") or a word of the English dictionary (englishWords: "Zorbly
// Plasma Blue", "Unite Connect"). A person's name starts with a given name
// ("Kevin King"), and a surname that is a word ends it ("Avi Bell").
func personLedByCommonWord(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.b-p.a < 2 || p.descriptor || f.recognised(p.a, p.b) != Person {
		return false
	}
	first := t[p.a].text
	if firstNames.has(first) || isInitials(first) || familyNameFirst[first] || !t[p.a].upper {
		return false
	}
	for _, tok := range t[p.a:p.b] {
		if !tok.upper {
			return false // "Union Planters Corp. of Memphis": for the splits
		}
	}
	for k := p.a; k < p.b-1; k++ {
		if t[k].word && (isBasicWord(t[k].text) || f.isCommonWord(t[k].text) || isEnglishWord(t[k].text)) && !firstNames.has(t[k].text) {
			// Untyped: it takes the type its other mentions have, if any
			// ("Home Depot shares", then "Home Depot said").
			f.add(p.a, p.b, "", false)
			return true
		}
	}
	return false
}

// placeInAddress: "a collision in Ashby Store, Hanover.", "born in
// Sarkh, Logar": after "in", "near" or "outside", a name, a comma and a
// name that ends the clause are a place and the place it lies in; both
// are places, whatever gazetteers list them. A person's full name or an
// organisation's is left alone.
func placeInAddress(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || f.isOrganization(a, b) || orgs.has(f.text(a, b)) {
		return false
	}
	switch {
	case addressPrepositions[f.word(a-1)] && f.lowerWord(a-1) && f.word(b) == ",":
		// The first part: "in Osborne Store, Clarendon."
		end := f.phraseEnd(b + 1)
		if end == b+1 || !f.clauseEndsAt(end) || f.fullPersonName(b+1, end) || f.isOrganization(b+1, end) {
			return false
		}
	case f.word(a-1) == "," && f.clauseEndsAt(b) && !f.fullPersonName(a, b):
		// The second part: "Osborne Store, Clarendon."
		start := f.phraseStart(a - 2)
		if start < 0 || !addressPrepositions[f.word(start-1)] || !f.lowerWord(start-1) {
			return false
		}
	default:
		return false
	}
	f.add(a, b, Place, true)
	return true
}

// addressPrepositions come before an address ("in Sarkh, Logar").
var addressPrepositions = setOf("in", "near", "outside")

// clauseEndsAt reports whether a clause ends before toks[i]: the text or
// its line ends there, or a mark of punctuation stands there.
func (f *finder) clauseEndsAt(i int) bool {
	if i >= len(f.toks) {
		return true
	}
	for k := f.toks[i-1].end; k < f.toks[i].start; k++ {
		if f.runes[k] == '\n' {
			return true
		}
	}
	switch f.toks[i].text {
	case ".", ",", ";", ":", "(", "—", "–":
		return true
	}
	return false
}

// personPrepositions are the placePrepositions that come as often before
// a person's name ("suggestions from Sondland", "a letter to Nixon"): they
// say place only after a word of motion ("fled to", "returned from").
var personPrepositions = setOf("from", "to", "toward", "towards")

// placePrepositions come before a place's name.
var placePrepositions = setOf("in", "near", "from", "to", "across", "outside", "inside", "around", "toward", "towards", "into")

// unlistedPlace: "Meetup", "Handbook", "Passengers", "Big Machine": a
// name of one to three words (none of them a place's) that only
// the recogniser calls a place, that neither gazetteer lists (GeoNames'
// towns hold every town of a thousand people and most villages of 500), is suggested as a place
// only where its words say so: after a preposition of place ("in Sarkh")
// or a place noun and "of", before a place noun or a comma and a place,
// where its position says so (placeOfPosition, before it: "south of
// Sarkh", "from Sarkh to Kabul", "Kabul and Sarkh"), or as another mention of
// it is typed. Otherwise it is most often a company, a title or a
// heading.
func unlistedPlace(f *finder, p *phraseSpan) bool {
	if p.b-p.a > 3 || f.recognised(p.a, p.b) != Place || p.descriptor {
		return false
	}
	w := f.text(p.a, p.b)
	// A town named by a word of English ("Reliance", "Herald", "Salon")
	// is as weak as an unlisted name: a place only where its words say so
	// ("in Reading").
	wordTown := p.b-p.a == 1 && len(w) > 2 && towns.has(w) && isEnglishWord(w)
	if places.has(w) || towns.has(w) && !wordTown || states.has(w) || f.toks[p.a].allCaps {
		return false
	}
	if p.b-p.a > 1 && (placeLastWords[f.word(p.b-1)] || places.has(f.word(p.a)) || towns.has(f.word(p.a)) || places.has(f.word(p.b-1)) || towns.has(f.word(p.b-1))) {
		return false // "Hanoi Hilton", "Gush Etzion" hold a place's name
	}
	before := strings.ToLower(f.word(p.a - 1))
	if p.b-p.a == 1 && len(w) > 2 && isEnglishWord(w) && !wordTown {
		// One ordinary word of English that no list of places holds is
		// no place even after "in": "written in Rust", "in Action",
		// "a degree in Botany" (towns named by a word, "Reading", are
		// listed).
		f.add(p.a, p.b, "", false)
		return true
	}
	if placePrepositions[before] && (!personPrepositions[before] || motionWords[strings.ToLower(f.word(p.a-2))]) ||
		regionWords[before] || placeCueNouns[strings.ToLower(f.word(p.b))] {
		return false
	}
	if f.word(p.b) == "," && (places.has(f.word(p.b+1)) || states.has(f.word(p.b+1)) || towns.has(f.word(p.b+1))) {
		return false // "Sarkh, Logar"
	}
	if before == "of" && (placeCueNouns[strings.ToLower(f.word(p.a-2))] || f.word(p.a-2) == ",") {
		return false // "the village of Sarkh"; "Ann Wu, 31, of Sarkh": where she lives
	}
	// Untyped, it takes the type of its other mentions, or the person's
	// named in full, and is dropped if it has neither (resolve).
	f.add(p.a, p.b, "", false)
	return true
}
