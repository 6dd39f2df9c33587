package annotate

import (
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
}

// findNames proposes names from capitalised phrases, types them with the
// gazetteer, cue words and the recogniser's labels, and then makes the
// document consistent: a name keeps one type throughout, and a surname
// alone is the person named in full.
func findNames(runes []rune, toks []token, labels, tags []string) []candidate {
	lower := make(map[string]bool)
	for _, t := range toks {
		if t.word && !t.upper {
			lower[t.text] = true
		}
	}
	f := finder{runes: runes, toks: toks, labels: labels, tags: tags, lowerWords: lower}
	for _, p := range phrases(toks) {
		if p[0] > 0 && toks[p[0]-1].text == "@" && toks[p[0]-1].end == toks[p[0]].start {
			continue // a social-media handle, "@Ilhan"
		}
		f.phrase(p[0], p[1], false)
	}
	return f.resolve()
}

// finder holds the state of findNames.
type finder struct {
	runes      []rune
	toks       []token
	labels     []string // the recogniser's entity label of each token
	tags       []string // the tagger's part of speech of each token
	lowerWords map[string]bool
	cands      []candidate
}

func (f *finder) text(a, b int) string { return string(f.runes[f.toks[a].start:f.toks[b-1].end]) }

func (f *finder) add(a, b int, typ EntityType, firm bool) {
	name := f.text(a, b)
	if b-a == 1 && f.toks[a].allCaps && places.has(titleCase(name)) {
		name = titleCase(name)
	}
	f.cands = append(f.cands, candidate{start: f.toks[a].start, end: f.toks[b-1].end, name: name, typ: typ, firm: firm, words: b - a})
}

// phrase types the capitalised phrase toks[a:b]. A descriptor is the part
// of a phrase before a title ("US" in "US President"); only places and
// organisations are taken from it.
func (f *finder) phrase(a, b int, descriptor bool) {
	t := f.toks
	for a < b && (notNames[t[a].text] || (t[a].sentStart && stopwords[t[a].text]) || t[a].text == "The" || capsWords[t[a].text] ||
		((connectors[t[a].text] || t[a].text == "the") && !t[a].upper) || // "of the" left by a dropped word: "Officials of the Islamic Republic"
		(t[a].sentStart && a+1 < b && f.tags[a] != "" && !strings.HasPrefix(f.tags[a], "NNP") && !places.has(t[a].text))) && !places.has(f.text(a, b)) {
		// The last case is a word capitalised only because it starts the
		// sentence ("Questioning Vindman", "Key Security Council"), as the
		// tagger sees it.
		a++
	}
	for b > a && (notNames[t[b-1].text] || connectors[t[b-1].text]) {
		b--
	}
	if descriptor {
		// "White House Press" before "Secretary": drop the title's
		// modifiers, but not from a name ("White House").
		for b > a && (titleModifiers[t[b-1].text] || titles[t[b-1].text]) && !places.has(f.text(a, b)) {
			b--
		}
	}
	if a >= b {
		return
	}
	for i := a + 1; i+1 < b; i++ {
		if isApostrophe(t[i].text) && t[i+1].text == "s" {
			if f.isOrganization(a, b) && !places.has(f.text(a, i)) && !descriptor {
				f.add(a, b, Organization, true)
			} else {
				f.phrase(a, i, descriptor)
				f.phrase(i+2, b, descriptor)
			}
			return
		}
	}
	if !descriptor && !places.has(f.text(a, b)) && !orgs.has(f.text(a, b)) {
		for i := a + 1; i < b-1; i++ {
			// "Sui-Lee Wee of the New York Times": a person of an
			// organisation, as reporters are credited.
			if k := f.ofOrganization(a, i, b); k > 0 {
				if i-a >= 2 {
					f.person(a, i)
				} else {
					f.phrase(a, i, false)
				}
				f.phrase(k, b, false)
				return
			}
			// "Duke of Edinburgh", "Prince of Wales": a person known by a
			// peerage.
			if i == a+1 && nobleTitles[t[a].text] && places.has(f.text(i+1, b)) {
				f.add(a, b, Person, true)
				return
			}
			// "Gulf of Aden", "Islamic Republic of Iran": a place's name.
			if f.placeOf(a, i, b) {
				f.add(a, b, Place, true)
				return
			}
			// "Yasutaka Uchiyama of Japan": a person from a place, as
			// players and delegates are named.
			if f.personOfPlace(a, i, b) {
				f.person(a, i)
				f.phrase(i+1, b, false)
				return
			}
			// "Russia of Crimea": a place does not take "of".
			if t[i].text == "of" && places.has(f.text(a, i)) {
				f.phrase(a, i, false)
				f.phrase(i+1, b, false)
				return
			}
			// "White House National Security Council Ukraine": an
			// organisation's name ends at its cue word.
			if orgLastWords[t[i].text] && t[i+1].upper && !titles[t[i+1].text] && !titleModifiers[t[i+1].text] {
				f.phrase(a, i+1, false)
				f.phrase(i+1, b, false)
				return
			}
		}
	}
	whole := f.text(a, b)
	if places.has(whole) || (b-a == 1 && t[a].allCaps && places.has(titleCase(whole))) {
		f.add(a, b, Place, true)
		return
	}
	if f.isOrganization(a, b) {
		f.add(a, b, Organization, true)
		return
	}
	if !descriptor {
		// Split at the last title that has a name after it.
		for i := b - 2; i >= a; i-- {
			if !titles[t[i].text] {
				continue
			}
			name := i + 1
			if t[name].text == "of" && name+2 < b {
				name += 2 // "Secretary of State Mike Pompeo"
			}
			if !t[name].upper {
				continue // an office, not a title: "High Commissioner for Human Rights"
			}
			f.phrase(a, i, true)
			f.person(name, b)
			return
		}
	}
	if b-a >= 2 && eventLastWords[t[b-1].text] {
		f.add(a, b, Event, true)
		return
	}
	if b-a == 1 && !t[a].sentStart && singleOrgWords[whole] {
		f.add(a, b, Organization, true)
		return
	}
	if titles[whole] || titleModifiers[whole] {
		f.addSurnameOnly(a, b) // "King and Weeks were abducted"
		return
	}
	// Nationalities before a name are not part of it.
	for a < b && demonyms.has(t[a].text) {
		a++
	}
	if a >= b {
		return
	}
	// A well-known place at the start of a longer phrase stands apart when
	// abbreviated ("US Chinook", "UK Treasury") or when a full personal
	// name follows ("ambassador to Britain Liu Xiaming"); otherwise it is
	// usually part of a longer name ("Boston Globe", "Hanoi Hilton").
	for k := min(b-1, a+places.maxWords); k > a; k-- {
		if t[a].allCaps && orgs.has(f.text(a, k)) {
			f.add(a, k, Organization, true) // "EU Gordon Sondland"
			f.phrase(k, b, descriptor)
			return
		}
		if places.has(f.text(a, k)) && (t[a].allCaps || (b-k >= 2 && f.recognised(k, b) == Person)) {
			f.add(a, k, Place, true)
			f.phrase(k, b, descriptor)
			return
		}
	}
	whole = f.text(a, b)
	if orgs.has(whole) {
		f.add(a, b, Organization, true)
		return
	}
	if f.isDemonymOfPlace(whole) {
		return // "South Dakotans", "Texans"
	}
	if b-a == 1 && isAcronym(t[a]) && !f.isCommonWord(whole) && !capsWords[whole] && !(f.toks[a].sentStart && f.shouting(a)) {
		f.add(a, b, Organization, true)
		return
	}
	if b-a == 1 && strings.ContainsAny(whole, "-‐") && !descriptor {
		// "Israel-Hamas": each capitalised part on its own.
		f.hyphenated(a)
		return
	}
	if b < len(t) && t[b].word && placeCueNouns[t[b].text] {
		f.add(a, b, Place, true) // "Logar province", "Hoa Lo prison"
		return
	}
	if b < len(t) && t[b].word && groupCueNouns[t[b].text] && !descriptor {
		f.add(a, b+1, Organization, true) // "Haqqani network", "Wagner group"
		return
	}
	if b < len(t) && t[b].word && craftCueNouns[t[b].text] && !descriptor {
		f.add(a, b, Other, true) // "the Galileo probe", "Perseverance rover"
		return
	}
	if b-a == 1 && t[a].sentStart && sentenceWordTags[f.tags[a]] && !places.has(whole) {
		// "Multiple lines of evidence": an adjective, adverb or verb
		// starting a sentence.
		f.addSurnameOnly(a, b)
		return
	}
	if a > 0 && t[a-1].text == "The" && !t[a-1].sentStart && !descriptor {
		// "The" capitalised inside a sentence belongs to a name, most often
		// a newspaper's or a band's: "The Hill", "The Guardian".
		f.add(a-1, b, Organization, true)
		return
	}
	if b-a == 1 && (stopwords[whole] || f.isCommonWord(whole) || (t[a].sentStart && (isBasicWord(whole) || isBasicWord(strings.TrimSuffix(whole, "s"))))) {
		// A common word capitalised to start a sentence or a quotation
		// ("Meth is a serious problem", "Ships crossed"), unless it is a surname.
		f.addSurnameOnly(a, b)
		return
	}
	if !descriptor && f.hasRole(a, b) {
		f.person(a, b) // "spokesman Zabihullah Mujahid", "Cheuk Hau-yip, the commander of"
		return
	}
	typ := f.recognised(a, b)
	if descriptor && typ == Person {
		return
	}
	f.add(a, b, typ, false)
	c := &f.cands[len(f.cands)-1]
	c.afterThe = a > 0 && (t[a-1].text == "the" || t[a-1].text == "The")
	c.modifier = b < len(t) && t[b].word && !t[b].upper && strings.HasPrefix(f.tags[b], "NN")
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
	if !orgs.has(f.text(k, b)) && !f.isOrganization(k, b) && !(k == b-1 && publicationWords[last]) {
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
	if t[i].text != "of" || i-a < 2 || i-a > 4 || !places.has(f.text(i+1, b)) {
		return false
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
// person's role: just before it ("spokesman Zabihullah Mujahid") or in an
// apposition just after it ("Cheuk Hau-yip, the commander of ...", "Chris
// Tang, Hong Kong's new police commissioner").
func (f *finder) hasRole(a, b int) bool {
	t := f.toks
	if a > 0 && t[a-1].word && !t[a-1].upper && roleNouns[t[a-1].text] {
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
	for i := a; i < b-1; i++ {
		next := t[i+1].text
		if orgFirstWords[t[i].text] && (i == a || next == "of") && hasConnector(t[i:b]) {
			return true
		}
		if (orgFirstWords[t[i].text] || orgLastWords[t[i].text]) && orgConnectors[next] {
			return true // "National Institute on Drug Abuse"
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
	start := 0
	for k := 0; k <= len(rs); k++ {
		if k < len(rs) && rs[k] != '-' && rs[k] != '‐' {
			continue
		}
		part := string(rs[start:k])
		if places.has(part) {
			f.cands = append(f.cands, candidate{start: tok.start + start, end: tok.start + k, name: part, typ: Place, firm: true, words: 1})
		}
		start = k + 1
	}
}

// person adds toks[a:b], which follows a title, as a person unless it is a
// well-known place.
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
	// A surname alone is the person named in full, when only one person
	// found has that surname.
	fullBySurname := map[string]string{}
	ambiguous := map[string]bool{}
	for _, c := range f.cands {
		if c.typ != Person || c.words < 2 {
			continue
		}
		fields := strings.Fields(c.name)
		surnames := []string{fields[len(fields)-1]}
		if len(fields) <= 3 && familyNameFirst[fields[0]] {
			surnames = append(surnames, fields[0]) // "Li" for "Li Jifeng"
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
			case afterThe[c.name]:
				c.typ = Organization
			case !standalone[c.name]:
				c.typ = Other
			}
		}
	}
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
			w = 100
		}
		votes[c.name][c.typ] += w
	}
	var out []candidate
	for _, c := range f.cands {
		if full, ok := fullBySurname[c.name]; ok && !ambiguous[c.name] && c.words == 1 && !(c.firm && c.typ != Person && c.typ != Place) {
			c.typ, c.name = Person, full
			out = append(out, c)
			continue
		}
		if c.surnameOnly {
			continue
		}
		best, n := c.typ, 0
		for _, typ := range EntityTypes {
			if v := votes[c.name][typ]; v > n {
				best, n = typ, v
			}
		}
		if best == "" {
			continue
		}
		c.typ = best
		out = append(out, c)
	}
	return out
}

// isBasicWord reports whether word, lower-cased, is in the recogniser's
// list of basic English words ("peace", "meeting").
func isBasicWord(word string) bool {
	m := loadModel()
	return m != nil && m.ner.words[strings.ToLower(word)]
}
