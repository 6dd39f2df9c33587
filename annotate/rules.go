package annotate

import (
	"slices"
	"strings"
	"unicode"
)

// This file holds the rules that find candidate names in text and fix the
// recogniser's known faults. They are general rules about English news
// text (titles, nationalities, possessives, sentence-initial capitals,
// organisation cue words), not lists of particular people.
//
// Decision: "the White House", "the Kremlin", "the Pentagon" and similar
// named seats of government are typed as places. News uses them the way it
// uses "Washington" or "Moscow" for a government, and Margin types those as
// places too; typing the building and the city alike keeps one rule for all
// such metonyms. They are listed in data/places.txt.

// candidate is a name found in the text, in rune offsets.
type candidate struct {
	start, end int
	name       string
	typ        EntityType // "" while unresolved
	firm       bool       // typed by a rule (gazetteer, cue word), not by the recogniser
	words      int
	// surnameOnly is kept only as the surname of a person named in full.
	surnameOnly bool
	// afterThe and modifier describe where the recogniser found a name:
	// after "the", or before a lower-case word it modifies.
	afterThe, modifier bool
	// rule names the rule that typed the name, for its confidence.
	rule string
}

// typedNames runs findNamesAndLeft's steps before resolve: the named things, the
// phrases and the brands and models in lower case, each typed by the
// rules on its own. Studies of what resolve spreads read its candidates.
func typedNames(runes []rune, toks []token, labels, tags []string) *finder {
	f := &finder{runes: runes, toks: toks, labels: labels, tags: tags, lowerWords: lowerWordsOf(toks), sports: isSportsReport(toks)}
	f.rule = ruleQuotedTitle
	quoted := f.quotedWorks()
	f.namedThings(quoted) // works.go
	// reach is the end of the names the phrases so far gave: a rule may
	// take in words after its phrase ("Boeing 737 MAX", a maker's model
	// and its name), which the next phrase then starts after.
	reach := 0
	for _, p := range uncoveredPhrases(phrases(toks), quoted) {
		if p[0] > 0 && toks[p[0]-1].text == "@" && toks[p[0]-1].end == toks[p[0]].start {
			continue // a social-media handle, "@Ilhan"
		}
		if quoted[p[0]] {
			continue // inside a work's title
		}
		for p[0] < p[1] && toks[p[0]].start < reach {
			p[0]++
		}
		if p[0] == p[1] {
			continue
		}
		n := len(f.cands)
		f.phrase(p[0], p[1], false)
		for _, c := range f.cands[n:] {
			reach = max(reach, c.end)
		}
	}
	f.rule = ruleLowerCaseBrand
	f.lowerCaseBrands()
	f.productsAlone() // works.go
	f.modelsAgain()   // codes.go
	f.deviceLines()   // things21.go
	return f
}

// dropSentenceInitialThe takes "The" off the front of a name that starts
// a sentence: "The" is part of a name only when it is capitalised inside
// a sentence ("told The Hill"), as the gold set's guidelines have it. A
// rule may have kept it there because the text named the whole with "The"
// inside a sentence before ("A half century on, The Doobie Brothers ...
// The Doobie Brothers will tour"). A place the gazetteer names with it
// keeps it ("The Hague"), and so do a work's title and a name in
// quotation marks or brackets ("“The Cosby Show”", "<The Palace>").
// titleMarks open a title or a name set off from the sentence.
var titleMarks = setOf("\"", "“", "‘", "'", "<", "«", "(", "[")

func (f *finder) dropSentenceInitialThe(cands []candidate) []candidate {
	var trim []int
	kept := map[string]bool{} // the names with "The" that stay so
	k := 0
	for i, c := range cands {
		if c.words < 2 || c.typ == Work || !strings.HasPrefix(c.name, "The ") || places.has(c.name) {
			continue
		}
		for k < len(f.toks) && f.toks[k].start < c.start {
			k++
		}
		if k+1 >= len(f.toks) || f.toks[k].start != c.start || !f.toks[k].sentStart || f.toks[k+1].start >= c.end ||
			k > 0 && titleMarks[f.toks[k-1].text] {
			kept[c.name] = true
			continue
		}
		cands[i].start = f.toks[k+1].start
		trim = append(trim, i)
	}
	for _, i := range trim {
		c := &cands[i]
		c.words--
		if !kept[c.name] {
			// Named only so: the name too is without "The"; else the
			// mention stays the entity named with it.
			c.name = string(f.runes[c.start:c.end])
		}
	}
	return cands
}

// lowerCaseBrands finds the names of companies written in lower case with
// a digit or a capital inside ("my6sense", "eBay"), which no capitalised
// phrase holds. One is an organisation where the words around a mention
// say so as they would of a capitalised name ("research from my6sense",
// "shares of eBay"), and its other mentions follow (resolve); with no such
// word anywhere ("the iPhone") it is not suggested.
func (f *finder) lowerCaseBrands() {
	for i, t := range f.toks {
		if !t.word || t.upper || !lowerCaseBrand(t.text) || inWebAddress(f.toks, i) {
			continue
		}
		p := phraseSpan{i, i + 1, false}
		if !organizationByContext(f, &p) && !organizationAsSource(f, &p) && !aboutHeading(f, &p) {
			f.add(i, i+1, "", false) // untyped: the type of its other mentions, if any
		}
		f.cands[len(f.cands)-1].rule = ruleLowerCaseBrand
	}
}

// lowerCaseBrand reports whether w, starting in lower case, holds a digit
// between letters or a capital after its first letter, and four letters
// or more, as brands are written ("my6sense", "eBay", "iPhone"), not
// units or codes ("mp3", "5mg", "h1n1", "covid19").
func lowerCaseBrand(w string) bool {
	if len(w) < 4 || !strings.ContainsFunc(w[1:], func(r rune) bool { return unicode.IsDigit(r) || unicode.IsUpper(r) }) {
		return false // most words: no allocation
	}
	rs := []rune(w)
	if !unicode.IsLower(rs[0]) {
		return false
	}
	letters, inner := 0, false
	for k, r := range rs {
		switch {
		case unicode.IsLetter(r):
			letters++
			inner = inner || k > 0 && unicode.IsUpper(r)
		case unicode.IsDigit(r):
			inner = inner || k > 0 && k < len(rs)-1 && unicode.IsLetter(rs[k-1]) && unicode.IsLetter(rs[k+1])
		default:
			return false
		}
	}
	return inner && letters >= 4
}

// finder holds the state of findNamesAndLeft.
type finder struct {
	runes      []rune
	toks       []token
	labels     []string // the recogniser's entity label of each token
	tags       []string // the tagger's part of speech of each token
	lowerWords map[string]bool
	cands      []candidate
	named      map[string]bool // the names of cands
	sports     bool            // the text is a sports report
	rule       string          // the rule now typing a phrase
	// midSentence are the capitalised words written inside a sentence
	// somewhere in the text, made when a rule first asks.
	midSentence map[string]bool
	// takenUp memoises takenUpAsPerson by name.
	takenUp map[string]bool
	// cued memoises personCued by name (persons21.go).
	cued map[string]bool
	// atText indexes the tokens by their text (mentionsOf), made on first
	// use.
	atText map[string][]int
	// terms are the capitals the text spells out in lower-case words
	// (commonAcronym).
	terms map[string]bool
	// initials maps the initials of the text's names to them
	// (nameOfInitials).
	initials map[string]string
	// capsOutside are the words in capitals on lines of ordinary case
	// (capitalsOutsideHeadings).
	capsOutside map[string]bool
	// peopleIdx indexes the persons found, for resolve (people).
	peopleIdx *peopleIndex
	// surnames holds each ending of the name of a person of two words or
	// more found so far ("Richardson", "van Dijk"), for surnameSoFar.
	surnames map[string]bool
	// matches is set when a rule types a team by a result, a fixture or
	// a move between clubs: the text reports matches (teamsEverywhere).
	matches bool
	// acronyms memoises acronymUse by acronym (orgs.go).
	acronyms map[string]acronymUse
	// acronymNames memoises acronymNamed by acronym (orgs.go).
	acronymNames map[string]bool
	// scored memoises reportsScore: 0 not asked yet, 1 no, 2 yes.
	scored int8
	// language memoises otherLanguage: 0 not asked yet, 1 English, 2
	// another language.
	language int8
	// capsUse counts, for each word, its mentions capitalised inside a
	// sentence and standing alone, and (keyed "\x00" and the word in
	// lower case) its mentions in lower case (namedMoreThanWritten), made
	// when a rule first asks.
	capsUse map[string]int
}

func (f *finder) text(a, b int) string { return string(f.runes[f.toks[a].start:f.toks[b-1].end]) }

// coveredRunes marks the runes that the candidates of out cover, for a
// rule that adds names again or in lists where none stands yet.
func (f *finder) coveredRunes(out []candidate) []bool {
	covered := make([]bool, len(f.runes))
	for _, c := range out {
		for k := c.start; k < c.end; k++ {
			covered[k] = true
		}
	}
	return covered
}

// extendLast stretches the last candidate to the end of toks[b-1], words
// more than it had, and names it anew: a campus after a university
// ("University of California, Davis"), a word that completes a name
// ("Hotels and Resorts").
func (f *finder) extendLast(b, words int) {
	last := &f.cands[len(f.cands)-1]
	last.end = f.toks[b-1].end
	last.name = string(f.runes[last.start:last.end])
	last.words += words
	f.named[last.name] = true
}

func (f *finder) add(a, b int, typ EntityType, firm bool) {
	// The cheap tests first: theVenue reads the name in three gazetteers,
	// and every place goes through here.
	if a > 0 && f.toks[a-1].text == "The" && !f.toks[a-1].sentStart && (typ == Organization || typ == Work || typ == Place && theVenue(f, a, b)) && !afterDateline(f.toks, a-1) {
		a-- // "The" capitalised inside a sentence is part of the name: "The We Company"
	}
	name := f.text(a, b)
	if b-a == 1 && f.toks[a].allCaps && places.has(titleCase(name)) {
		name = titleCase(name)
	}
	f.cands = append(f.cands, candidate{start: f.toks[a].start, end: f.toks[b-1].end, name: name, typ: typ, firm: firm, words: b - a, rule: f.rule})
	if typ == Organization && teamRules[f.rule] {
		f.matches = true
	}
	if typ == Person && b-a > 1 {
		f.noteSurnames(name, f.toks[b-1].text)
	}
	if typ != "" {
		if f.named == nil {
			f.named = make(map[string]bool)
		}
		f.named[name] = true
	}
}

// noteSurnames records what a person's full name lets the text call the
// person later: every run of its words after the first ("Luther King",
// "King" of "Martin Luther King") and the forms of its last word last
// (articleSurnames).
func (f *finder) noteSurnames(name, last string) {
	if f.surnames == nil {
		f.surnames = map[string]bool{}
	}
	for k := 1; k < len(name); k++ {
		if name[k-1] == ' ' {
			f.surnames[name[k:]] = true
		}
	}
	for _, other := range articleSurnames(last) {
		f.surnames[other] = true
	}
}

// hasNameWord reports whether toks[a:b] hold a word that is no title.
func (f *finder) hasNameWord(a, b int) bool {
	for j := a; j < b; j++ {
		if w := f.toks[j].text; !titles[w] && !titleModifiers[w] {
			return true
		}
	}
	return false
}

// ofOrganization returns where an organisation's name starts when toks[a:b]
// is a person's name, "of" at i, and an organisation's name ("Alex Horton
// of the Washington Post", "Wee of the Times"); 0 otherwise. A name that
// is itself an organisation's or an office ("Bank of the West", "Secretary
// of the Navy") does not split.
func (f *finder) ofOrganization(a, i, b int) int {
	t := f.toks
	if t[i].text != "of" || i-a > 4 {
		return 0
	}
	k := i + 1
	if k < b && (t[k].text == "the" || t[k].text == "The") {
		k++
	}
	if k >= b {
		return 0
	}
	last := t[b-1].text
	// A surname of a person named in full before "of" makes what follows
	// where they work, whatever its name ("Einhorn of Goldman Sachs").
	surname := i-a == 1 && f.surnameSoFar(f.text(a, i)) && !places.has(f.text(k, b)) && !towns.has(f.text(k, b))
	// A firm named by a possessive ("Beth Gates-Warren of Sotheby's").
	firm := k == b-1 && b+1 < len(t) && isApostrophe(t[b].text) && t[b+1].text == "s" && f.fullPersonName(a, i)
	if !orgs.has(f.text(k, b)) && !f.isOrganization(k, b) && !(k == b-1 && publicationWords[last]) &&
		!(k == b-1 && isAcronym(t[k]) && !f.commonAcronym(last)) && !surname && !firm {
		return 0
	}
	if !f.couldBePersonName(a, i) {
		return 0
	}
	before := f.text(a, i)
	if places.has(before) || orgs.has(before) {
		return 0
	}
	if i-a == 1 && f.recognised(a, i) != Person && (f.isCommonWord(before) || isBasicWord(before)) {
		return 0
	}
	return k
}

// placeOf reports whether toks[a:b], with "of" at i, names a place: a
// geographical word before "of" ("Gulf of Aden", "Sea of Japan"), or a
// word for a state before a place ("Islamic Republic of Iran", "State of
// Israel"), and no organisation's cue word ("Bank of the Republic of
// Korea" is a bank).
func (f *finder) placeOf(a, i, b int) bool {
	t := f.toks
	if t[i].text != "of" || !(placeNameWords[t[i-1].text] || geoWords[t[i-1].text]) {
		return false
	}
	for j := a; j < b; j++ {
		if orgFirstWords[t[j].text] || orgLastWords[t[j].text] {
			return false
		}
	}
	after := i + 1
	if after < b && t[after].text == "the" {
		after++
	}
	return after < b && (geoWords[t[i-1].text] || places.has(f.text(after, b)))
}

// couldBePersonName reports whether toks[a:b] could be a person's name:
// capitalised words, none of them an organisation's cue word, a title or a
// connector.
func (f *finder) couldBePersonName(a, b int) bool {
	for j := a; j < b; j++ {
		w := f.toks[j].text
		if !f.toks[j].upper || orgFirstWords[w] || orgLastWords[w] || titles[w] || titleModifiers[w] || connectors[w] {
			return false
		}
	}
	return true
}

// personOfPlace reports whether toks[a:b] is a person's full name, "of" at
// i, and a well-known place: the recogniser took the words before "of" for
// a person's, and none of them names an office, an organisation or a
// place ("Islamic Republic of Iran", "Bank of Japan" stay whole).
func (f *finder) personOfPlace(a, i, b int) bool {
	t := f.toks
	if t[i].text != "of" || i-a < 2 || i-a > 4 {
		return false
	}
	if rest := f.text(i+1, b); !places.has(rest) && !(towns.has(rest) && f.fullPersonName(a, i)) {
		return false // a town of GeoNames only after a given name: "Louis Vargas of Marina del Rey"
	}
	if !f.couldBePersonName(a, i) {
		return false
	}
	for j := a; j < i; j++ {
		if w := t[j].text; placeNameWords[w] || geoWords[w] || demonyms.has(w) {
			return false
		}
	}
	return !places.has(f.text(a, i)) && f.recognised(a, i) == Person
}

// hasRole reports whether toks[a:b] is next to a lower-case word for a
// person's role: just before it ("spokesman Haziq Varrowzai") or in an
// apposition just after it ("Dana Quillan, the commander of ...", "Ruben
// Lime, Brelford's new police commissioner").
func (f *finder) hasRole(a, b int) bool {
	t := f.toks
	if a > 0 && t[a-1].word && !t[a-1].upper && (roleNouns[t[a-1].text] || sportsPositions[t[a-1].text]) {
		return true
	}
	if b >= len(t) || t[b].text != "," {
		return false
	}
	for k := b + 1; k < len(t) && k <= b+7; k++ {
		if !t[k].word {
			if t[k].text == "’" || t[k].text == "'" {
				continue // a possessive: "Hong Kong's new police commissioner"
			}
			return false
		}
		if !t[k].upper && roleNouns[t[k].text] {
			return true
		}
	}
	return false
}

// isOrganization reports whether toks[a:b] is an organisation's name by
// its cue words: "... Party", "Ministry of ...", "American University of
// Kabul", "Agence France-Presse".
func (f *finder) isOrganization(a, b int) bool {
	t := f.toks
	if b-a < 2 {
		return false
	}
	last := t[b-1].text
	if i := strings.LastIndexAny(last, "-‐"); i >= 0 {
		last = last[i+1:]
	}
	if orgLastWords[t[b-1].text] || orgLastWords[last] {
		return true
	}
	if agencyTaskWords[last] && b-a >= 4 && andJoinsOrganization(t, a, a+1) || agencyTaskWords[last] && b-a >= 5 && andJoinsOrganization(t, a, a+2) {
		return true // "U.S. Customs and Border Protection"
	}
	for i := a; i < b-1; i++ {
		next := t[i+1].text
		if orgFirstWords[t[i].text] && (i == a || next == "of") && hasConnector(t[i:b]) {
			return true
		}
		if (orgFirstWords[t[i].text] || orgLastWords[t[i].text]) && orgConnectors[next] {
			return true // "National Institute on Drug Abuse"
		}
		if periodicalWords[t[i].text] && next == "of" && i+2 < b {
			return true // "New England Journal of Medicine", "Annals of Surgery"
		}
	}
	return false
}

// isDemonymOfPlace reports whether word is a people named after a place
// in the gazetteer ("South Dakotans", "Texans", "Kenyans").
func (f *finder) isDemonymOfPlace(word string) bool {
	for _, suffix := range []string{"ns", "ans", "ians", "n", "an", "ian", "ers", "er"} {
		if stem, ok := strings.CutSuffix(word, suffix); ok && len(stem) > 2 {
			if places.has(stem) || places.has(stem+"a") || places.has(stem+"o") || places.has(stem+"e") {
				return true
			}
		}
	}
	return false
}

// isCommonWord reports whether word, lower-cased, also appears in the text
// as an ordinary word (or its plural or singular does).
func (f *finder) isCommonWord(word string) bool {
	w := strings.ToLower(word)
	return f.lowerWords[w] || f.lowerWords[w+"s"] || f.lowerWords[w+"es"] || (strings.HasSuffix(w, "s") && f.lowerWords[w[:len(w)-1]])
}

// addSurnameOnly adds toks[a:b] as a candidate kept only if it turns out to
// be the surname of a person named in full ("King" after "Kevin King").
func (f *finder) addSurnameOnly(a, b int) {
	if b-a != 1 {
		return
	}
	f.add(a, b, "", false)
	f.cands[len(f.cands)-1].surnameOnly = true
}

// hyphenated adds the parts of a hyphenated word that are well-known
// places ("Israel" in "Israel-Hamas ceasefire").
func (f *finder) hyphenated(i int) {
	tok := f.toks[i]
	rs := f.runes[tok.start:tok.end]
	// "London-listed", "Brexit-weary": a name made an adjective is no
	// mention of it; "R-Texas" is a politician's party and state.
	for k := 1; k < len(rs); k++ {
		if (rs[k-1] == '-' || rs[k-1] == '‐') && !unicode.IsUpper(rs[k]) {
			return
		}
	}
	if len(rs) > 2 && (rs[0] == 'R' || rs[0] == 'D' || rs[0] == 'I') && rs[1] == '-' {
		if rest := string(rs[2:]); states.has(rest) || places.has(rest) {
			f.cands = append(f.cands, candidate{start: tok.start + 2, end: tok.end, name: rest, typ: Place, firm: true, words: 1, rule: f.rule})
		} else if dot := i + 1; dot < len(f.toks) && f.toks[dot].text == "." && f.toks[dot].start == tok.end && states.has(rest+".") {
			// "D-Calif.", "I-Vt.": the state's abbreviation keeps its
			// full stop, which the tokens cut off (ner21b).
			f.cands = append(f.cands, candidate{start: tok.start + 2, end: tok.end + 1, name: rest + ".", typ: Place, firm: true, words: 1, rule: f.rule})
		}
		return
	}
	start := 0
	for k := 0; k <= len(rs); k++ {
		if k < len(rs) && rs[k] != '-' && rs[k] != '‐' {
			continue
		}
		part := string(rs[start:k])
		if places.has(part) {
			f.cands = append(f.cands, candidate{start: tok.start + start, end: tok.start + k, name: part, typ: Place, firm: true, words: 1, rule: f.rule})
		}
		start = k + 1
	}
}

// person adds toks[a:b], which follows a title, as a person unless it is a
// well-known place; a person "of" a place is the two.
func (f *finder) person(a, b int) {
	for a < b && demonyms.has(f.toks[a].text) {
		a++
	}
	if a >= b {
		return
	}
	if places.has(f.text(a, b)) {
		f.add(a, b, Place, true)
		return
	}
	if f.lexiconOrganizationAfterTitle(a, b) {
		return
	}
	for i := a + 2; i < b-1; i++ {
		if f.toks[i].text == "of" && (places.has(f.text(i+1, b)) || states.has(f.text(i+1, b))) {
			// "Gov. Ann Wu of California": the person and where they are
			// from, as a reporter writes it after a title.
			f.add(a, i, Person, true)
			f.add(i+1, b, Place, true)
			return
		}
	}
	f.add(a, b, Person, true)
}

// recognised returns the type the recogniser gave most of toks[a:b], or ""
// when it saw no entity there.
func (f *finder) recognised(a, b int) EntityType {
	votes := map[EntityType]int{}
	for i := a; i < b; i++ {
		if typ := entityType(f.labels[i]); typ != "" {
			votes[typ]++
		}
	}
	best, n := EntityType(""), 0
	for _, typ := range EntityTypes {
		if votes[typ] > n {
			best, n = typ, votes[typ]
		}
	}
	return best
}

// shouting reports whether the line around token i is all capitals, as in
// a headline, where an all-capitals word is no acronym.
func (f *finder) shouting(i int) bool {
	n := 0
	for k := i + 1; k < len(f.toks) && k < i+4 && !f.toks[k].sentStart; k++ {
		if f.toks[k].word {
			if !f.toks[k].allCaps {
				return false
			}
			n++
		}
	}
	return n > 0
}

// isAcronym reports whether t looks like an organisation's acronym: two to
// six capitals ("NATO", "AP", "FBI").
func isAcronym(t token) bool {
	if !t.allCaps || len(t.text) > 6 {
		return false
	}
	for _, r := range t.text {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func hasConnector(toks []token) bool {
	for _, t := range toks {
		if connectors[t.text] {
			return true
		}
	}
	return false
}

// resolve makes the candidates consistent across the document and drops
// the ones left untyped.
func (f *finder) resolve() []candidate {
	f.peopleIdx = nil
	// "The Bill would require" names the law, not a person called Bill,
	// whatever the recogniser guessed.
	f.cands = slices.DeleteFunc(f.cands, func(c candidate) bool { return f.lawKindAlone(c) && (!c.firm || c.typ == Person) })
	f.personsTitledElsewhere()
	f.namesOfOneBrand() // persons19.go
	// A surname alone is the person named in full, when only one person
	// found has that surname.
	fullBySurname := map[string]string{}
	ambiguous := map[string]bool{}
	for _, c := range f.cands {
		if c.typ != Person || c.words < 2 {
			continue
		}
		fields := strings.Fields(c.name)
		surnames := append([]string{fields[len(fields)-1]}, articleSurnames(fields[len(fields)-1])...)
		if len(fields) <= 3 && familyNameFirst[fields[0]] {
			surnames = append(surnames, fields[0]) // "Li" for "Li Jifeng"
		}
		if first := firstSurnameOf(fields); first != "" {
			surnames = append(surnames, first) // "Salinas" for "Ana Salinas Ruiz" (types21.go)
		}
		for _, last := range surnames {
			if prev, ok := fullBySurname[last]; ok && prev != c.name {
				ambiguous[last] = true
			}
			fullBySurname[last] = c.name
		}
	}
	// A name the recogniser took for a place that is not in the gazetteer
	// is no place if it ever follows "the" (countries and cities do not,
	// except those the gazetteer lists: "the Taliban", "the Fed"): it is an
	// organisation. One that only ever modifies the word after it ("Tomahawk
	// missiles") is a thing, not a place.
	afterThe, standalone := map[string]bool{}, map[string]bool{}
	for _, c := range f.cands {
		if c.typ == Place && !c.firm {
			afterThe[c.name] = afterThe[c.name] || c.afterThe
			standalone[c.name] = standalone[c.name] || !c.modifier
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ == Place && !c.firm && !places.has(c.name) {
			switch {
			case afterThe[c.name] && !towns.has(c.name):
				c.typ = Organization
			case !standalone[c.name]:
				c.typ = Other
			}
		}
	}
	// An organisation named in full is then named by its last word alone
	// ("the Minnesota Wild", then "the Wild"), when that word is no cue
	// word, or else by its first. A short name two organisations share
	// ("Zorbly Inc." and "Zorbly Energy Partners Ltd.", then "Zorbly")
	// names one of them: an organisation either way.
	shortOrg := map[string]string{}
	for _, c := range f.cands {
		if c.typ != Organization || c.words < 2 {
			continue
		}
		if short := shortOrgName(c); short != "" {
			shortOrg[short] = c.name
		}
	}
	// A short name that a context reads as a place or a person at another
	// mention ("in Greenville", "Mr. Cray") is that, not the organisation
	// named after it ("Greenville High School", "Cray Research").
	read := f.contextTypes()
	for i := range f.cands {
		c := &f.cands[i]
		if r, ok := read[c.name]; ok && r.typ != Organization {
			continue
		}
		if _, ok := shortOrg[c.name]; ok && c.words == 1 && (!c.firm || c.typ == Organization) && fullBySurname[c.name] == "" &&
			!f.commonWordStartingSentence(*c) {
			c.typ, c.firm, c.surnameOnly, c.rule = Organization, true, false, ruleShortOrganization
		}
	}
	f.registeredNamesWithoutForm()
	f.initialsTakeTheirName()
	f.coordinateWithOrganizations()
	f.coordinateWithProducts() // productuse.go
	f.teamsEverywhere()
	f.hyphenPartsFollowTheirName() // types21.go
	// One type per name: the rules' type if any, else the recogniser's most
	// frequent.
	votes := map[string]map[EntityType]int{}
	for _, c := range f.cands {
		if c.typ == "" {
			continue
		}
		if votes[c.name] == nil {
			votes[c.name] = map[EntityType]int{}
		}
		w := 1
		if c.firm {
			w = firmVote
		}
		votes[c.name][c.typ] += w
	}
	// A company named after a feature of the land ("Georgia Gulf", "Quillan
	// Creek") is a place by its last word wherever the words around it
	// say nothing; where they say company ("Georgia Gulf shares rose"),
	// every mention of it is the company.
	companyByContext := map[string]bool{}
	for _, c := range f.cands {
		if c.rule == ruleOrganizationContext && c.words > 1 {
			companyByContext[c.name] = true
		}
	}
	for i := range f.cands {
		if c := &f.cands[i]; c.rule == rulePlaceLastWord && companyByContext[c.name] && !places.has(c.name) && !towns.has(c.name) {
			votes[c.name][Organization] += votes[c.name][Place]
			c.typ, c.rule = Organization, ruleOneType
		}
	}
	typedThing := f.typedThings()
	ctx := f.contextTypes()
	lists := f.listMajorities(ctx)
	var out []candidate
	for _, c := range f.cands {
		if (!c.firm || guessRules[c.rule]) && typedThing[c.name] != "" {
			// A rule read one mention's context as a thing's ("the Vexlo
			// browser", "a startup called Zorbly"): its other mentions,
			// which no rule typed, are that thing, not a person whose
			// given name or surname it is.
			if f.leadsLongerName(c) {
				continue
			}
			c.typ, c.surnameOnly, c.rule = typedThing[c.name], false, ruleThingAgain
			out = append(out, c)
			continue
		}
		if full, ok := fullBySurname[c.name]; ok && c.words == 1 && !(c.firm && c.typ != Person && c.typ != Place && !listedOnly(c)) &&
			!(c.firm && placeOnlyRules[c.rule]) {
			// A surname two people named in full share ("Weizsäcker" of
			// Richard and Fritz von Weizsäcker) is still a person's; it
			// keeps its own name.
			if ambiguous[c.name] {
				full = c.name
			}
			c.typ, c.name, c.rule = Person, full, ruleSurname
			c.start = f.surnameParticles(c.start, full)
			if ambiguous[c.name] {
				c.name = string(f.runes[c.start:c.end])
			}
			out = append(out, c)
			continue
		}
		if full := f.givenNameOf(c); full != "" {
			c.typ, c.name, c.rule = Person, full, ruleSurname
			out = append(out, c)
			continue
		}
		if c.surnameOnly {
			continue
		}
		if r, ok := ctx[c.name]; c.rule == ruleNameOftenCapitalised && c.typ == "" && (!ok || r.worst < reliableNaming || r.sources == r.n) && lists[c.name] == "" {
			// A word the text capitalises as a name follows only a
			// reliable context that says what it is ("Heart, the rock
			// band"), or a list: mentions read only as a source
			// ("according to Unicode") do not turn a standard's every
			// mention, as apps, standards and reports are sources too.
			continue
		}
		if c.typ == "" && f.slashJoined(c) {
			continue // a part of a longer title, "Quiet Dot / Lift Quux" (works.go)
		}
		best, n := c.typ, 0
		for _, typ := range EntityTypes {
			if v := votes[c.name][typ]; v > n {
				best, n = typ, v
			}
		}
		if c.firm && c.typ != "" {
			// A rule read this mention's own context ("in Pittsburgh",
			// "Pittsburgh center"): it keeps its type. A guess from the
			// name's form gives way to what the contexts of its other
			// mentions read ("an analyst at Smith Barney", then "Smith
			// Barney's Mr. Porter").
			best = readByContext(c, ctx, lists)
		} else if r, ok := ctx[c.name]; ok && best != "" && contextWeight*r.n >= r.guessed {
			// A mention no rule typed takes what the contexts read over
			// the guesses' votes.
			best = r.typ
		}
		if best != c.typ && best != Person && f.leadsLongerName(c) {
			continue // "buy Oculus VR", "a handful of Xbox 360 games"
		}
		if best != c.typ {
			c.rule = ruleOneType
			if votes[c.name][best] < firmVote && ctx[c.name].n == 0 {
				// No rule read any mention of the name: the type
				// spread is the recogniser's guess at others.
				c.rule = ruleOneTypeGuessed
			}
		}
		if best == "" || best == Person && f.lonePersonWord(c, votes[c.name][Person]) {
			continue
		}
		if best == Person && f.lonePersonCued(c, votes[c.name][Person]) {
			c.rule = ruleLoneWordPersonCues // persons21.go
		}
		c.typ = best
		out = append(out, c)
	}
	out = f.productsThroughout(f.orgMentionsAgain(f.listedAmongPersons(f.mentionsAgain(out)))) // productcues.go
	return f.namesInPersonsLists(f.familiesByPlural(f.lowerCaseNameLines(out)))                // persons21.go
}

// leadsLongerName reports whether c, a mention of one word, stands
// before a capitalised word on its line that no title, role or word in
// capitals is ("Oculus Quill", "Amazon Music Unlimited"): it is the
// first word of a longer name the phrases cut, which the type of the word
// alone elsewhere does not say ("Amazon" the company, "Amazon Music
// Unlimited" its service). "Apple CEO Tim Cook" is Apple's.
func (f *finder) leadsLongerName(c candidate) bool {
	if c.words != 1 {
		return false
	}
	i := f.tokenAt(c.end)
	if i >= len(f.toks) || f.toks[i].sentStart || f.toks[i].start != c.end+1 {
		return false
	}
	next := f.toks[i].text
	if f.toks[i].allCaps || titles[next] || roleNouns[strings.ToLower(next)] || jobNouns[strings.ToLower(next)] ||
		staffNouns[strings.ToLower(next)] || companySuffixes[next] {
		return false // "BY TMZ STAFF": a line in capitals
	}
	return f.upperWord(i)
}

// firmVote is what one mention a rule typed counts for in resolve's vote
// on a name's one type, against one for each guess.
const firmVote = 100

// ruleOneTypeGuessed names the mentions resolve types as a name's other
// mentions where no rule read any of them: the recogniser's label spread
// ("Hey, Siri" read as a person at one mention), weak on unseen pages.
const ruleOneTypeGuessed = "one type per name from guesses"

// shortOrgName returns the word alone by which the text may name again c,
// an organisation of two words or more, or "" if none:
//   - a newspaper's word ("the Chicago Tribune", then "Tribune"), which
//     names it or the company that owns it;
//   - a company named by its word for its trade is named by its first word
//     alone ("Northwind Pharmaceuticals", "Alden Capital", then
//     "Northwind", "Alden"), when a rule typed it and that word is no
//     well-known place and no cue word (a town or a given name of that
//     word, "Alden", does not count against it: the text named the
//     company);
//   - else its last word ("the Minnesota Wild", then "the Wild"), but for
//     an ordinary English word ending a name not led by a place: that word
//     alone is the word more often than the organisation ("Inspector-General
//     of Intelligence and Security", then "security"; "the Department of
//     Justice", then "Justice officials"; "Scoring High", then "High").
func shortOrgName(c candidate) string {
	fields := strings.Fields(c.name)
	last := fields[len(fields)-1]
	first := fields[0]
	switch {
	case publicationWords[last]:
		return last
	case orgLastWords[last] || !unicode.IsUpper([]rune(last)[0]):
		if !c.firm || !orgLastWords[last] || places.has(first) ||
			orgFirstWords[first] || demonyms.has(first) || stopwords[first] || isBasicWord(first) || isAllCaps(first) ||
			!unicode.IsUpper([]rune(first)[0]) {
			return ""
		}
		return first
	case isEnglishWord(last) && !places.has(first) && !states.has(first) && !teamRules[c.rule]:
		return ""
	}
	return last
}

// mentionsAgain adds the other mentions of a one-word name found as a
// person or an organisation that no phrase held: the word alone where a
// phrase around it was dropped ("Make Trump just go away", a sentence's
// first word before the name) and the part of a name joined by a hyphen to
// a surname's particle ("Locksley-von Moltke"). A mention must stand alone
// (no capitalised word after it, and before it only a sentence's or a
// quotation's first word that is an English word) and the name must be written in
// capitals only: "Trump" is no mention where the text also has "trump".
func (f *finder) mentionsAgain(out []candidate) []candidate {
	names := map[string]candidate{}
	clash := map[string]bool{}
	for _, c := range out {
		if c.typ != Person {
			continue
		}
		exact := string(f.runes[c.start:c.end])
		if strings.ContainsAny(exact, " -‐.'’") || len([]rune(exact)) < 3 || f.lowerWords[strings.ToLower(exact)] || stopwords[exact] {
			continue
		}
		if prev, ok := names[exact]; ok && prev.typ != c.typ {
			clash[exact] = true
		}
		names[exact] = c
	}
	if len(names) == 0 {
		return out
	}
	covered := f.coveredRunes(out)
	for i, t := range f.toks {
		if !t.word || !t.upper || covered[t.start] || inWebAddress(f.toks, i) {
			continue
		}
		if i > 0 && f.toks[i-1].text == "@" && f.toks[i-1].end == t.start {
			continue
		}
		start, end := t.start, t.end
		if k := strings.IndexAny(t.text, "-‐"); k > 0 {
			// "Locksley-von": the name before a particle of a surname.
			rest := []rune(t.text)[len([]rune(t.text[:k]))+1:]
			if !connectors[string(rest)] || string(rest) == "of" {
				continue
			}
			end = start + len([]rune(t.text[:k]))
		}
		word := string(f.runes[start:end])
		c, ok := names[word]
		if !ok || clash[word] {
			continue
		}
		if end == t.end && i+1 < len(f.toks) && f.toks[i+1].word && f.toks[i+1].upper {
			continue
		}
		if i > 0 && f.toks[i-1].word && f.toks[i-1].upper && !(f.firstWord(i-1) && (f.isCommonWord(f.toks[i-1].text) || isBasicWord(f.toks[i-1].text) || isEnglishWord(f.toks[i-1].text)) && !firstNames.has(f.toks[i-1].text)) {
			continue
		}
		if c.typ == Person && f.lawKindAlone(candidate{start: start, name: word, words: 1}) {
			continue // "Bill Quillby" named, "The Bill passed" still names the law
		}
		out = append(out, candidate{start: start, end: end, name: c.name, typ: c.typ, firm: true, words: 1, rule: ruleMentionAgain})
	}
	return out
}

// givenNameOf returns the full name of the one person found whose given
// name c is, written alone ("Kepa said" after "Kepa Arrizabalaga"), when
// no rule typed c as something else and nobody else found has that given
// name or surname; else "".
func (f *finder) givenNameOf(c candidate) string {
	if c.words != 1 || c.firm && c.typ != Person || !firstNames.has(c.name) && c.typ != Person {
		return ""
	}
	people := f.people()
	if people.surnames[c.name] {
		return "" // a surname: resolve's own case
	}
	return people.byGiven[c.name]
}

// lawKindAlone reports whether c is one word of lawKindWords after a
// determiner or an adjective ("The Bill would require", "a new Bill", "the
// British Bill"): the law, capitalised as the Commonwealth's papers write
// it, not a person named first when the word is also a given name
// ("Bill"). Any word of lawKindWords counts, whether or not it is a given
// name.
func (f *finder) lawKindAlone(c candidate) bool {
	if c.words != 1 || !lawKindWords[c.name] {
		return false
	}
	k := f.tokenAt(c.start) - 1
	if k < 0 || !f.toks[k].word {
		return false
	}
	switch w := strings.ToLower(f.word(k)); {
	case w == "the" || w == "a" || w == "this" || w == "that" || w == "new" || w == "proposed" || w == "draft":
		return true
	case f.lowerWord(k) && strings.HasPrefix(f.tags[k], "JJ"), demonyms.has(f.word(k)) && !f.toks[k].sentStart:
		return true
	}
	return false
}

// peopleIndex holds what the persons found with two words or more are
// called, so that a word alone is matched against them in one look-up,
// not by reading every candidate again for every word.
type peopleIndex struct {
	words    map[string]bool   // every word of their names
	surnames map[string]bool   // their last words
	byGiven  map[string]string // a given name, first in a name, and the one full name it starts ("" for two)
}

// people returns the index of the persons found with two words or more,
// made on first use. Only resolve asks, once the phrases are typed: it
// changes the type of one-word candidates only, so the index stays true.
func (f *finder) people() *peopleIndex {
	if f.peopleIdx != nil {
		return f.peopleIdx
	}
	idx := &peopleIndex{words: map[string]bool{}, surnames: map[string]bool{}, byGiven: map[string]string{}}
	for _, o := range f.cands {
		if o.typ != Person || o.words < 2 {
			continue
		}
		fields := strings.Fields(o.name)
		for _, w := range fields {
			idx.words[w] = true
		}
		idx.surnames[fields[len(fields)-1]] = true
		if first := fields[0]; !familyNameFirst[first] {
			if prev, ok := idx.byGiven[first]; ok && prev != o.name {
				idx.byGiven[first] = ""
			} else {
				idx.byGiven[first] = o.name
			}
		}
	}
	f.peopleIdx = idx
	return idx
}

// articleSurnames returns the other ways news writes a surname with an
// Arabic article ("al-Assad"): without it ("Assad") and capitalised at a
// sentence's start ("Al-Assad"); nil for other surnames.
func articleSurnames(last string) []string {
	if !hyphenedArticle(last) {
		return nil
	}
	article, rest, _ := strings.Cut(last, "-")
	return []string{rest, strings.ToUpper(article[:1]) + article[1:] + "-" + rest}
}

// surnameParticles returns where a surname at start begins with the
// particles written before it in lower case ("von Weizsäcker", "de la
// Hoya"), when they are particles of the surname of a person found
// ("Fritz von Weizsäcker"); else start.
func (f *finder) surnameParticles(start int, full string) int {
	begin := start
	for {
		i := begin - 1
		for i >= 0 && f.runes[i] == ' ' {
			i--
		}
		j := i
		for j >= 0 && unicode.IsLower(f.runes[j]) {
			j--
		}
		if i < 0 || j == i || !connectors[string(f.runes[j+1:i+1])] || string(f.runes[j+1:i+1]) == "of" {
			break
		}
		begin = j + 1
	}
	if begin == start {
		return start
	}
	for _, c := range f.cands {
		if c.typ == Person && c.words > 1 && strings.HasSuffix(c.name, " "+string(f.runes[begin:start])+f.surnameAt(start)) {
			return begin
		}
	}
	return start
}

// surnameAt returns the word of the text that starts at rune start.
func (f *finder) surnameAt(start int) string {
	end := start
	for end < len(f.runes) && (unicode.IsLetter(f.runes[end]) || f.runes[end] == '-' || f.runes[end] == '\'') {
		end++
	}
	return string(f.runes[start:end])
}

// coordinateWithOrganizations types as an organisation a name that the
// recogniser typed (or left untyped), of one word, that is listed with an
// organisation a rule typed: "Gannett and GateHouse Media", "between GE
// and Ascom", "Apple, Stripe and Google". A list joins things of one kind;
// the type then holds for the name's other mentions (one type per name).
// A person or place a rule typed is left alone, and so is a word that
// names a person named in full.
//
// A name of two or three words is listed so too when it is led by a
// town's name that is no given name: things named after their town are
// newspapers, teams and companies ("the Chicago Tribune, Baltimore Sun and
// Tulsa Clarion"), while a person's name starts with a given name.
func (f *finder) coordinateWithOrganizations() {
	for i := range f.cands {
		c := &f.cands[i]
		if c.firm || c.words > 3 || c.words > 1 && !ledByTown(c.name) || c.words == 1 && c.typ == Person && f.personNamed(c.name) ||
			titles[c.name] || titleModifiers[c.name] || stopwords[c.name] || isBasicWord(c.name) {
			continue
		}
		if f.listedWithPerson(i) {
			continue // "Ann Wu, Quux, The Zorblies": a list of people and bands
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(f.cands) {
				continue
			}
			o := f.cands[j]
			if !o.firm || o.typ != Organization || o.rule == ruleShortOrganization || fieldListed(*c, o) {
				continue
			}
			lo, hi := min(c.end, o.end), max(c.start, o.start)
			if lo > hi {
				continue
			}
			between := strings.TrimSpace(string(f.runes[lo:hi]))
			if between == "," && !f.commaListAround(min(c.start, o.start), max(c.end, o.end)) {
				continue // "for the EAG, Redonda is": a clause's comma
			}
			if between == "and" || between == "or" || between == "," || between == ", and" {
				c.typ, c.firm, c.surnameOnly, c.rule = Organization, true, false, ruleCoordinated
				break
			}
		}
	}
}

// fieldListed reports whether c, one word listed after o, an
// organisation named for its fields ("American Academy of Allergy, Asthma
// and Immunology", "Center for Health, Ethics, Social Policy"), goes on
// its list of fields: an English word after a name with "of" or "for" is
// the name's next field, not another organisation, as a role is no
// organisation ("The Quill Magazine Editor, Writer").
func fieldListed(c, o candidate) bool {
	if c.words != 1 || o.end > c.start {
		return false
	}
	if roleNouns[strings.ToLower(c.name)] || jobNouns[strings.ToLower(c.name)] {
		return true
	}
	return isEnglishWord(c.name) && (strings.Contains(o.name, " of ") || strings.Contains(o.name, " for "))
}

// commaListAround reports whether two names joined by a comma alone, from rune
// start to rune end, stand in a list: one of three or more goes on after
// them ("Apple, Stripe and Google", "Apple, Stripe, Google") or before
// them (", Apple, Stripe."). Two things alone are listed with "and"; a
// comma alone between two names most often ends a clause ("for the
// group, Quillan is a capstone").
func (f *finder) commaListAround(start, end int) bool {
	after := strings.TrimLeft(string(f.runes[end:min(len(f.runes), end+6)]), " ")
	if strings.HasPrefix(after, ",") || strings.HasPrefix(after, "and ") || strings.HasPrefix(after, "or ") {
		return true
	}
	before := strings.TrimRight(string(f.runes[max(0, start-3):start]), " ")
	return strings.HasSuffix(before, ",")
}

// listedWithPerson reports whether the candidate i stands in a list (a
// comma, "and" or "or" between) next to a person a rule typed: the list
// then joins people and groups, and says nothing of i's kind.
func (f *finder) listedWithPerson(i int) bool {
	c := f.cands[i]
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(f.cands) {
			continue
		}
		o := f.cands[j]
		if o.typ != Person || !o.firm {
			continue
		}
		lo, hi := min(c.end, o.end), max(c.start, o.start)
		if lo > hi {
			continue
		}
		if between := strings.TrimSpace(string(f.runes[lo:hi])); between == "and" || between == "or" || between == "," || between == ", and" {
			return true
		}
	}
	return false
}

// ledByTown reports whether name's first word, or its first two, name a
// town or a place, and no given name ("Tulsa Clarion", "Kansas City
// Star", not "Jackson Smith").
func ledByTown(name string) bool {
	fields := strings.Fields(name)
	if firstNames.has(fields[0]) {
		return false
	}
	for k := 1; k < len(fields) && k <= 2; k++ {
		if lead := strings.Join(fields[:k], " "); places.has(lead) || towns.has(lead) {
			return true
		}
	}
	return false
}

// initialsTakeTheirName gives capitals that are the initials of a name
// (initialsOfName: "SEC") the name and type of the candidate that name
// ends ("U.S. Securities and Exchange Commission"), so that they are
// suggested as that entity.
func (f *finder) initialsTakeTheirName() {
	for i := range f.cands {
		c := &f.cands[i]
		if c.rule != "the initials of a name" || c.typ != "" {
			continue
		}
		for _, o := range f.cands {
			if o.typ != "" && o.words > 1 && (o.name == c.name || strings.HasSuffix(o.name, " "+c.name)) && (o.typ != Person || o.firm) {
				c.typ, c.name, c.firm = o.typ, o.name, true
				break
			}
		}
		if abbr := string(f.runes[c.start:c.end]); c.typ == "" && isAcronym(token{text: abbr, allCaps: isAllCaps(abbr)}) && !f.termOfWords(c.name) {
			// The name written in full was typed as nothing: the capitals
			// are an organisation's acronym, as elsewhere.
			c.typ, c.name, c.firm = Organization, abbr, true
		}
	}
}

// teamRules type a place's name as its team by the words around it.
var teamRules = setOf("a team in a sports result", "a team in a sports report", "a line in capitals", "a club a player moves between")

// reportsScore reports whether the text states a result with its score:
// a word of winning or losing and a score ("beat ... 4-1") within a
// sentence.
func (f *finder) reportsScore() bool {
	if f.scored == 0 {
		f.scored = 1
		if f.scanScore() {
			f.scored = 2
		}
	}
	return f.scored == 2
}

// scanScore is reportsScore without its memo.
func (f *finder) scanScore() bool {
	win := -100
	for i, t := range f.toks {
		if t.sentStart {
			win = -100
		}
		if winVerbs[t.text] || scoreVerbs[t.text] || resultNouns[t.text] != nil {
			win = i
		}
		if i-win <= 12 && isScore(t.text) {
			return true
		}
	}
	return false
}

// scoreVerbs state a result that is no win ("lost 2-3", "drew 1-1").
var scoreVerbs = setOf("lost", "loses", "losing", "drew", "draws", "tied", "ties")

// isScore reports whether s is a score of small numbers ("4-1", "24-17"),
// no span of years ("2019-20").
func isScore(s string) bool {
	if !isRecord(s) {
		return false
	}
	for _, p := range strings.Split(s, "-") {
		if len(p) > 3 {
			return false
		}
	}
	return true
}

// teamNameRules type names that, in a text about matches, are teams' with
// their town first ("Minnesota Wild", "Buffalo Sabres").
var teamNameRules = setOf("a team named in the plural", ruleLexiconOrganization, "a name led by a place")

// teamsEverywhere makes a place's name that the clipping uses for a team
// ("Porto beat Valencia 3-1", "the Edmonton Oilers beat ...") the team's
// at its other mentions too, where only the gazetteer or the recogniser
// called it a place ("Valencia had won the first leg", "two assists for
// Edmonton"): a text about a match names the team by its town throughout.
// A mention after a word of place ("the match in Valencia") stays the
// place.
func (f *finder) teamsEverywhere() {
	teams := map[string]bool{}
	for _, c := range f.cands {
		if c.typ == Organization && c.firm && teamRules[c.rule] {
			teams[c.name] = true
		}
	}
	if !f.matches && !f.sports && !f.reportsScore() {
		return
	}
	for _, c := range f.cands {
		if c.typ != Organization || !(c.firm && teamRules[c.rule] || teamNameRules[c.rule]) {
			continue
		}
		// "the Edmonton Oilers", then "for Edmonton": a team named in full
		// is named by its town too.
		fields := strings.Fields(c.name)
		for k := 1; k < len(fields) && k <= 2; k++ {
			if lead := strings.Join(fields[:k], " "); places.has(lead) || towns.has(lead) {
				teams[lead] = true
			}
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.typ == Place && !c.firm && !places.has(c.name) && c.rule == "the recogniser's label" && !placeStaysPlace[f.wordBefore(c.start)] &&
			!f.personNamed(c.name) &&
			!placeLastWords[c.name[strings.LastIndexByte(c.name, ' ')+1:]] && !isLocalNoun(f.wordAfter(c.end)) && !placeCueNouns[f.wordAfter(c.end)] {
			// In a text about matches, a name only the recogniser calls a
			// place, no well-known one, and not after a word of place, is
			// a club ("Burnley moved top of the league"): the towns that
			// news names alone are the large ones, and clubs keep the
			// names of districts and villages. A venue by its last word
			// ("Quux Field"), a place by the word after it ("a Quuxley
			// native", "Quuxley residents") and a person named in full
			// ("Ann Morgan", then "Morgan") are left alone. The rule has
			// its own name, so that its precision is measured apart.
			c.typ, c.firm, c.rule = Organization, true, ruleClubOfMatches
			continue
		}
		if c.typ == "" && c.rule == "the recogniser's label" && teams[c.name] && !placeStaysPlace[f.wordBefore(c.start)] {
			c.typ, c.rule = Organization, ruleOneType // "Buffalo has lost five straight"
			continue
		}
		if c.typ != Place || !teams[c.name] {
			continue
		}
		switch before := f.wordBefore(c.start); c.rule {
		case "a place in the gazetteer", "the recogniser's label":
			if placeStaysPlace[before] {
				continue
			}
		case "a town after in":
			// A town of GeoNames after "from" is weak evidence: "signed the
			// striker from Quux" names the club the text named before.
			if before != "from" {
				continue
			}
		default:
			continue
		}
		c.typ, c.rule = Organization, ruleOneType
	}
}

// wordBefore returns the word that ends before rune start, in lower case,
// or "" when punctuation stands between.
func (f *finder) wordBefore(start int) string {
	i := start - 1
	for i >= 0 && f.runes[i] == ' ' {
		i--
	}
	j := i
	for j >= 0 && unicode.IsLetter(f.runes[j]) {
		j--
	}
	return strings.ToLower(string(f.runes[j+1 : i+1]))
}

// wordAfter returns the word that starts after rune end, in lower case,
// or "" when punctuation stands between.
func (f *finder) wordAfter(end int) string {
	i := end
	for i < len(f.runes) && f.runes[i] == ' ' {
		i++
	}
	j := i
	for j < len(f.runes) && unicode.IsLetter(f.runes[j]) {
		j++
	}
	return strings.ToLower(string(f.runes[i:j]))
}

// placeOnlyRules type a place by words said of places only ("the mayor
// of Lincoln", "Lincoln, Neb."): the mention stays a place though a
// person of the text bears the name ("Ann Lincoln").
var placeOnlyRules = setOf(rulePlacePosition, "a town before a state")

// personNamed reports whether word is among the names of a person found
// with two words or more.
func (f *finder) personNamed(word string) bool {
	return f.people().words[word]
}

// lonePersonWord reports whether c, one word that only the recogniser
// calls a person (personVotes holds no rule's vote), names nobody the text
// names in full: no person found has it among their names ("Ascom",
// "Alexa", "Kan reported"). News introduces a person by their full name or
// a title first, so such a word is most often a company, a product or a
// place the recogniser did not know; it is not suggested.
//
// A word that a personal pronoun takes up is a person all the same ("Far
// from teasing Zorb and the voters, his ...": a company is "it"), and so
// is a word that speaks a quotation (speaksQuote: "“Not on its own,” Zorb
// said").
func (f *finder) lonePersonWord(c candidate, personVotes int) bool {
	return f.loneUnnamedWord(c, personVotes) && !f.personCued(c.name)
}

// lonePersonCued reports whether c is a lone word that lonePersonWord keeps
// only for the cues of a person around its mentions (personCued).
func (f *finder) lonePersonCued(c candidate, personVotes int) bool {
	return f.loneUnnamedWord(c, personVotes) && f.personCued(c.name)
}

// loneUnnamedWord reports whether c is one word that only the recogniser
// calls a person, that nobody named in full has among their names and that
// neither a pronoun takes up nor a quotation's verb of speech follows: what
// lonePersonWord drops unless personCued keeps it.
func (f *finder) loneUnnamedWord(c candidate, personVotes int) bool {
	if c.words != 1 || c.firm || personVotes >= firmVote {
		return false
	}
	return !f.personNamed(c.name) && !f.takenUpAsPerson(c.name) && !f.speaksQuote(c.name)
}

// takenUpAsPerson reports whether two mentions or more of the word name
// inside a sentence, not after a preposition, are taken up by a personal
// pronoun: the first pronoun after the mention, within a dozen words and
// before a comma or any other capitalised word, is "he", "she" or one of
// theirs ("Polls show that Zorb is back to where he was"). A
// company is "it"; after "at" or "for" a name is most often a workplace
// ("editors at Tor, he would").
func (f *finder) takenUpAsPerson(name string) bool {
	if got, ok := f.takenUp[name]; ok {
		return got
	}
	if f.takenUp == nil {
		f.takenUp = map[string]bool{}
	}
	f.takenUp[name] = f.pronounTakesUp(name)
	return f.takenUp[name]
}

// mentionsOf returns the indexes of the tokens written text, in order.
// The rules ask it of many names; the index is built once per text, so
// f.toks must not change once it is asked (no rule writes a token).
func (f *finder) mentionsOf(text string) []int {
	if f.atText == nil {
		f.atText = make(map[string][]int, len(f.toks)/2)
		for i, t := range f.toks {
			f.atText[t.text] = append(f.atText[t.text], i)
		}
	}
	return f.atText[text]
}

// pronounTakesUp does the work of takenUpAsPerson.
func (f *finder) pronounTakesUp(name string) bool {
	n := 0
	for _, i := range f.mentionsOf(name) {
		t := f.toks[i]
		if t.sentStart || i > 0 && prepositions[strings.ToLower(f.toks[i-1].text)] {
			continue // "Guy keeps rushing me, ... he's asking for it"
		}
		for k := i + 1; k < len(f.toks) && k <= i+12; k++ {
			w := f.toks[k]
			if w.upper && !w.sentStart && w.text != "I" || !w.word && w.text != "'" && w.text != "’" {
				break
			}
			lw := strings.ToLower(w.text)
			if personalPronouns[lw] {
				n++
				break
			}
			if thingPronouns[lw] {
				break
			}
		}
	}
	return n >= 2
}

// personalPronouns take up a person; thingPronouns take up a company, a
// product or a place.
var (
	personalPronouns = setOf("he", "his", "him", "himself", "she", "her", "hers", "herself", "he's", "he’s", "she's", "she’s")
	thingPronouns    = setOf("it", "its", "itself", "it's", "it’s")
	// prepositions before a name make it a place, a workplace or an
	// object rather than the subject a pronoun takes up.
	prepositions = setOf("at", "of", "in", "for", "with", "to", "from", "on", "by", "about", "into", "under", "over")
)

// isBasicWord reports whether word, lower-cased, is in the recogniser's
// list of basic English words ("peace", "meeting").
func isBasicWord(word string) bool {
	m := current.Load() // loaded by the Suggest that asks
	return m != nil && m.ner.words[strings.ToLower(word)]
}

// listedOnly reports whether c was typed only because a gazetteer lists
// its name, not by anything this mention's context says. A surname of a
// person the clipping names in full outweighs it: "Michael Bloomberg",
// then "Bloomberg said", is the person, not the company of that name.
func listedOnly(c candidate) bool {
	return c.rule == ruleGazetteerOrganization || c.rule == ruleInstitution
}

// afterDateline reports whether toks[i] follows a dash or colon that ends
// a dateline or a heading ("AKRON, Ohio – The Varrow Brothers"): it
// starts the sentence though the tokens do not say so.
func afterDateline(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].text {
	case "–", "—", ":":
		return true
	case "-", "--":
		// A hyphen set off by spaces after the outlet's bracket, as
		// Reuters writes its datelines ("LONDON (Reuters) - The Bank";
		// ner21b).
		return i >= 2 && toks[i-2].text == ")" && toks[i-1].start > toks[i-2].end && toks[i].start > toks[i-1].end
	}
	return false
}

// registeredNamesWithoutForm types as an organisation a name the text
// writes with a company's legal form at one mention and without it at
// others ("Cray Research Inc.", then "Cray Research"; "Synergistics
// Research Corp.", then "Synergistics Research said"), which the rules
// would read alone as a person or a place. A mention that its own words
// type (a context rule: "in Boston"), a well-known place, a state or
// colony named by a nationality ("German East Africa" of the "German East
// Africa Company") and the surname of a person named in full keep their
// type.
func (f *finder) registeredNamesWithoutForm() {
	stems := map[string]bool{}
	for _, c := range f.cands {
		if c.typ != Organization || c.words < 2 {
			continue
		}
		stem, ok := legalFormStem(c.name)
		if !ok {
			continue
		}
		if !places.has(stem) && !isEnglishWord(stem) && !firstNames.has(stem) {
			stems[stem] = true
		}
	}
	if len(stems) == 0 {
		return
	}
	surnames := map[string]bool{}
	for _, c := range f.cands {
		if c.typ == Person && c.words > 1 {
			fields := strings.Fields(c.name)
			surnames[fields[len(fields)-1]] = true
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if stems[c.name] && c.typ != Organization && !contextRules[c.rule] && c.rule != ruleStateOfNationality && !surnames[c.name] {
			c.typ, c.firm, c.surnameOnly, c.rule = Organization, true, false, ruleShortOrganization
		}
	}
}

// commonWordStartingSentence reports whether c is one word that starts a
// sentence and that the text also writes in lower case ("Safety advocates
// said" in a text about "car safety"): capitalised by its place, not as the
// short name of an organisation that ends in it ("Quux Safety").
func (f *finder) commonWordStartingSentence(c candidate) bool {
	i := f.tokenAt(c.start)
	return c.words == 1 && i < len(f.toks) && (f.toks[i].sentStart || afterDateline(f.toks, i)) && f.isCommonWord(c.name)
}

// firstWord reports whether toks[i] begins a sentence or a quotation.
func (f *finder) firstWord(i int) bool {
	if f.toks[i].sentStart {
		return true
	}
	if i == 0 {
		return true
	}
	switch f.toks[i-1].text {
	case "“", "\"", "‘", "(":
		return true
	}
	return false
}

// listedAmongPersons adds a one-word name that stands alone as an item of a
// list next to a person the text names ("Mueller, Stormy, Cohen, the tax
// returns"; "Bruno Mars, Drake, The Eagles"): a person named by a surname
// or a single name. The word is left alone where the text writes it in
// lower case, starting a sentence, in capitals, as a title, a day or a
// month, or where a list of places or nationalities has it.
func (f *finder) listedAmongPersons(out []candidate) []candidate {
	person := map[int]bool{} // the starts and ends of persons found
	covered := make([]bool, len(f.runes))
	for _, c := range out {
		if c.typ == Person {
			person[c.start], person[c.end] = true, true
		}
		for k := c.start; k < c.end; k++ {
			covered[k] = true
		}
	}
	isListSep := func(i int) bool {
		return i >= 0 && i < len(f.toks) && (f.toks[i].text == "," || f.toks[i].text == "and")
	}
	for i := 1; i+1 < len(f.toks); i++ {
		t := f.toks[i]
		if !t.word || !t.upper || t.allCaps || t.sentStart || covered[t.start] || !isListSep(i-1) || !isListSep(i+1) ||
			strings.ContainsAny(t.text, "-‐.") || titles[t.text] || notNames[t.text] || stopwords[t.text] || f.isCommonWord(t.text) ||
			places.has(t.text) || towns.has(t.text) || states.has(t.text) || demonyms.has(t.text) || orgs.has(t.text) {
			continue
		}
		if f.toks[i+1].text == "and" && !(i+2 < len(f.toks) && f.toks[i+2].upper) {
			continue // "by Beth Meacham, Tor and the family": no list of names
		}
		// A person's mention ends just before the separator before, or
		// starts just after the one after ("Mueller, Stormy", "Stormy,
		// Cohen" once Stormy is one).
		if !(person[f.toks[i-1].start] && f.toks[i-1].text == ",") && !(i+2 < len(f.toks) && person[f.toks[i+2].start] && f.toks[i+1].text == ",") &&
			!(i >= 2 && person[f.toks[i-2].end]) {
			continue
		}
		out = append(out, candidate{start: t.start, end: t.end, name: t.text, typ: Person, firm: true, words: 1, rule: ruleListedAmongPersons})
		person[t.start], person[t.end] = true, true
		for k := t.start; k < t.end; k++ {
			covered[k] = true
		}
	}
	return out
}
