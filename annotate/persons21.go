package annotate

import "strings"

// Persons no suggestion touches (issue 16, sixteenth round, branch
// ner21p): on the study halves most persons missed entirely are named by
// one word the text never writes in full (a surname of another language in
// a sports or wire report; a musician's one name),
// which lonePersonWord drops for naming nobody. What tells a reader that
// such a word is a person is what the sentences around its mentions do with
// it: they give it a pronoun, make it speak, ask "who" of it or set a role
// beside it.

// ruleLoneWordPersonCues names a one-word person kept by personCued.
const ruleLoneWordPersonCues = "a lone word with a person's cues"

// A lone word is kept as a person where its mentions' cues weigh
// minPersonCues or more (personCuesOf): one mention that a pronoun takes
// up, that "who" follows or that a role follows in apposition is enough;
// a verb of speech weighs half, since a company speaks too ("Zorbly said":
// as the only cue it brought back 17 false persons on half B of the tune
// part, one company's mentions).
const (
	minPersonCues = 2
	strongCue     = 2 // a pronoun, "who", a role in apposition
	speechCue     = 1 // a verb of speech
)

// personCued reports whether the mentions of name, one word the recogniser
// alone calls a person, carry cues of a person that weigh minPersonCues or
// more (personCuesOf).
func (f *finder) personCued(name string) bool {
	if got, ok := f.cued[name]; ok {
		return got
	}
	if f.cued == nil {
		f.cued = map[string]bool{}
	}
	f.cued[name] = f.personCuesOf(name) >= minPersonCues
	return f.cued[name]
}

// personCuesOf weighs the cues of a person that the mentions of name
// carry, each mention's first:
//   - a personal pronoun takes it up (pronounAfter), after "by" too
//     ("offered by Quarry when he was on 22"), and at a sentence's start
//     where name is no word of the dictionary and no given name, then past
//     a comma, as the sentence's subject ("Quarry should have been run out
//     on four, his ..."; "Guy keeps rushing me, ... he's" is another's
//     pronoun). takenUpAsPerson asks two pronouns; one was enough on every
//     half of the gold set and on unannotated news (the words one pronoun
//     alone takes up were persons: 6 of 6 on FB, 7 of 7 unannotated);
//   - "who" follows it, or a comma and "who" ("found by Quarry, who
//     swooped");
//   - a comma and a role follow it (roleApposition: "Quarry, head of the
//     agency,");
//   - a role and a comma stand before it ("her husband, Quarry";
//     roleBefore);
//   - "and" joins it to a person the clipping names in full ("Brelwitt and
//     Quarry's work", "Quarry and coach Ann Brelwitt";
//     coordinatedWithPerson);
//   - it signs a credit ("Art by Quarry", "Photo by Quarry"; creditBy);
//   - a verb of speech follows it, not after a preposition ("Quarry said on
//     Monday"; speaksQuote reads it after a quotation), weighing half.
func (f *finder) personCuesOf(name string) int {
	t := f.toks
	n := 0
	lone := !isEnglishWord(name) && !firstNames.has(name) && !isBasicWord(name)
	for _, i := range f.mentionsOf(name) {
		afterPrep := i > 0 && prepositions[strings.ToLower(t[i-1].text)]
		switch {
		case (!afterPrep || t[i-1].text == "by") && (!t[i].sentStart || lone) && f.pronounAfter(i, t[i].sentStart):
			n += strongCue
		case f.word(i+1) == "who" || f.word(i+1) == "," && f.word(i+2) == "who":
			n += strongCue
		case f.roleApposition(i):
			n += strongCue
		case f.roleBefore(i) || f.coordinatedWithPerson(i) || f.creditBy(i):
			n += strongCue
		case !afterPrep && f.lowerWord(i+1) && quoteSpeechVerbs[t[i+1].text]:
			n += speechCue
		}
	}
	return n
}

// pronounAfter reports whether the first pronoun after toks[i], within a
// dozen words and before a comma (unless pastComma) or any other
// capitalised word, is a personal one ("he", "his", "she", "her"):
// pronounTakesUp's test of one mention.
func (f *finder) pronounAfter(i int, pastComma bool) bool {
	for k := i + 1; k < len(f.toks) && k <= i+12; k++ {
		w := f.toks[k]
		if pastComma && w.text == "," {
			continue
		}
		if w.upper && !w.sentStart && w.text != "I" || !w.word && !isApostrophe(w.text) {
			return false
		}
		lw := strings.ToLower(w.text)
		if personalPronouns[lw] {
			return true
		}
		if thingPronouns[lw] {
			return false
		}
	}
	return false
}

// roleApposition reports whether toks[i] stands before a comma and a role
// in apposition: an article, a possessive or a few modifiers, then a noun of
// a role or a job (roleNouns, jobNouns) that ends the apposition or takes
// its organisation ("Quarry, head of the agency,", "Quarry, the club's
// captain,", "Quarry, a spokesman for"). A relative "which" or "whose"
// before the role makes it a company's ("Zorbly, whose chief executive").
func (f *finder) roleApposition(i int) bool {
	if f.word(i+1) != "," {
		return false
	}
	if first := strings.ToLower(f.word(i + 2)); !appositionStarts[first] && !roleNouns[first] && !jobNouns[first] && !f.upperWord(i+2) {
		return false // "Quarry, as our new president": no apposition
	}
	for k := i + 2; k < len(f.toks) && k <= i+7; k++ {
		w := f.toks[k]
		lw := strings.ToLower(w.text)
		if !w.word && !isApostrophe(w.text) || lw == "which" || lw == "whose" || lw == "that" || thingPronouns[lw] {
			return false
		}
		if roleNouns[lw] || jobNouns[lw] {
			switch f.word(k + 1) {
			case "of", "for", "at", "with", ",", ".", ";", "", "and", "who":
				return true
			}
		}
	}
	return false
}

// roleBefore reports whether a role noun in lower case and a comma stand
// before toks[i] ("her husband, Quarry", "the club's captain, Quarry").
func (f *finder) roleBefore(i int) bool {
	return f.word(i-1) == "," && f.lowerWord(i-2) && roleNouns[f.word(i-2)]
}

// coordinatedWithPerson reports whether "and" joins toks[i] to a word of the
// name of a person found in full, maybe after a role ("Brelwitt and
// Quarry", "Quarry and Ann Brelwitt", "Quarry and coach Ann Brelwitt").
func (f *finder) coordinatedWithPerson(i int) bool {
	named := f.people().words
	if f.word(i-1) == "and" && f.upperWord(i-2) && named[f.word(i-2)] {
		return true
	}
	if f.word(i+1) != "and" {
		return false
	}
	k := i + 2
	if f.lowerWord(k) && roleNouns[f.word(k)] {
		k++
	}
	return f.upperWord(k) && named[f.word(k)]
}

// creditBy reports whether toks[i] signs a credit: "by" after a word for
// what was made ("Art by Quarry", "Photo by Quarry", "Illustration by").
func (f *finder) creditBy(i int) bool {
	return f.word(i-1) == "by" && creditWords[strings.ToLower(f.word(i-2))]
}

// creditWords name what a credit's author made.
var creditWords = setOf("art", "artwork", "photo", "photos", "photograph", "photographs", "photography", "illustration",
	"illustrations", "image", "images", "video", "graphic", "graphics", "drawing", "drawings", "words", "text", "writing",
	"reporting", "editing", "interview", "design", "animation", "map", "maps")

// appositionStarts are the words a role in apposition starts with.
var appositionStarts = setOf("the", "a", "an", "head", "chief", "former", "then", "now")

// ruleRoleBeforeName names a person read after a capitalised role noun.
const ruleRoleBeforeName = "a person after a role"

// roleBeforeName: "Poet Ann Quillbrand described it", "Rapper Ann Quill
// said": a role noun of roleNouns (no title of the list, which splitAtTitle
// reads first, no given name and no word of a place's or an organisation's
// name) leading a phrase, before a person's full name by its form
// (firstNamePerson), is a title: the rest is the person. News writes
// "poet Ann Quillbrand" in lower case inside a sentence, and capitalised
// at its start the phrase was read as a person led by a common word and
// left out. A word written before the same name at two mentions or more is
// part of it ("Star Quillbrand ... Star Quillbrand"), as for
// occupationBeforeName.
func roleBeforeName(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 3 || !t[p.a].upper || t[p.a].allCaps || !t[p.a].word {
		return false
	}
	w := t[p.a].text
	if !roleNouns[strings.ToLower(w)] || titles[w] || firstNames.has(w) || placeLastWords[w] || orgLastWords[w] || orgFirstWords[w] {
		return false
	}
	if f.leadsNameAgain(p.a) || !f.firstNamePerson(p.a+1, p.b) {
		return false
	}
	f.add(p.a+1, p.b, Person, true)
	return true
}

// ruleBylineAfterHeadline names a person read at the end of a headline's
// line.
const ruleBylineAfterHeadline = "a byline after a headline"

// bylineAfterHeadline: "How Quill Cell Trackers Work Ann Quillbrand": in a
// list of articles a page shows, each headline runs into its author's name
// on one line, and the phrase read as one name is led by common words
// (personLedByCommonWord left it untyped). A phrase that ends its line,
// whose last two or three words are a person's full name by its form
// (firstNamePerson) ending in a surname (no word of the dictionary but
// those the census lists as surnames: "Unique Features" ends a heading)
// and whose two words or more before them hold a word of the dictionary
// that is no given name, is a headline (left untyped) and its author.
func bylineAfterHeadline(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 4 || !f.lineBreakBefore(p.b) {
		return false
	}
	if last := t[p.b-1].text; isEnglishWord(last) && !surnameWords.has(last) {
		return false
	}
	for k := 3; k >= 2; k-- {
		n := p.b - k
		if n-p.a < 2 || !firstNames.has(t[n].text) || firstNames.has(t[n-1].text) || !f.firstNamePerson(n, p.b) {
			continue
		}
		common := false
		for i := p.a; i < n; i++ {
			if t[i].word && (isEnglishWord(t[i].text) || isBasicWord(t[i].text)) && !firstNames.has(t[i].text) {
				common = true
			}
		}
		if !common {
			return false
		}
		f.add(p.a, n, "", false)
		f.add(n, p.b, Person, true)
		return true
	}
	return false
}

// ruleNameLineLowerCase names a person's full name written again in lower
// case on a line of its own.
const ruleNameLineLowerCase = "a person's name on a line in lower case"

// lowerCaseNameLines adds the lines that hold nothing but, in lower case,
// the full name of a person the clipping names ("gwyneth quill" after
// "Gwyneth Quill"): the tags a page lists under an article, which many
// sites write in lower case. It is that person, named again.
func (f *finder) lowerCaseNameLines(out []candidate) []candidate {
	full := map[string]string{}
	for _, c := range out {
		if c.typ == Person && c.words >= 2 && !strings.Contains(c.name, "\n") {
			full[strings.ToLower(c.name)] = c.name
		}
	}
	if len(full) == 0 {
		return out
	}
	covered := f.coveredRunes(out)
	t := f.toks
	for a := 0; a < len(t); { // toks[a:b] is a line
		b := a + 1
		for b < len(t) && !f.lineBreakBefore(b) {
			b++
		}
		if b-a >= 2 && b-a <= 4 && !covered[t[a].start] {
			lower := true
			for _, tk := range t[a:b] {
				lower = lower && tk.word && !tk.upper
			}
			if name, ok := full[f.text(a, b)]; ok && lower {
				out = append(out, candidate{start: t[a].start, end: t[b-1].end, name: name, typ: Person, firm: true, words: b - a, rule: ruleNameLineLowerCase})
			}
		}
		a = b
	}
	return out
}

// ruleFamilyByPlural names a family named by the plural of a person's
// surname.
const ruleFamilyByPlural = "a family by a surname's plural"

// familiesByPlural adds "the Quillbrands" where the clipping names a person
// in full whose surname is "Quillbrand": the family, a person's name as the
// gold set's guidelines read it. The plural must follow "the" and be no
// name a list holds otherwise ("the Rangers", "the Giants": teams, places).
func (f *finder) familiesByPlural(out []candidate) []candidate {
	surnames := map[string]bool{}
	for _, c := range out {
		if c.typ == Person && c.words >= 2 {
			fields := strings.Fields(c.name)
			surnames[fields[len(fields)-1]] = true
		}
	}
	if len(surnames) == 0 {
		return out
	}
	covered := f.coveredRunes(out)
	t := f.toks
	for i := 1; i < len(t); i++ {
		w := t[i].text
		if !t[i].upper || t[i].allCaps || covered[t[i].start] || !strings.EqualFold(t[i-1].text, "the") || !strings.HasSuffix(w, "s") {
			continue
		}
		if !surnames[strings.TrimSuffix(w, "s")] && !(strings.HasSuffix(w, "es") && surnames[strings.TrimSuffix(w, "es")]) {
			continue
		}
		if orgs.has(w) || places.has(w) || towns.has(w) || demonyms.has(w) || isEnglishWord(w) || f.upperWord(i+1) {
			continue
		}
		out = append(out, candidate{start: t[i].start, end: t[i].end, name: w, typ: Person, firm: true, words: 1, rule: ruleFamilyByPlural})
	}
	return out
}

// ruleNameInPersonsList names a person read as an item of a list of
// persons written a line each.
const ruleNameInPersonsList = "a name in a list of persons' lines"

// namesInPersonsLists adds the names that start a line of a list whose
// lines before and after start with a person followed by a comma ("Ann
// Quill, Brelford University" between "Bo Varrow, writer" and "Cy Lane,
// The Quill"): the signatories of an open letter, a cast or a panel,
// written "name, affiliation". The name is two or three capitalised words
// followed by a comma, no word of the dictionary, no listed place or
// organisation and none that a rule typed: a given name no list holds
// ("Atul", "Jeet" are in none) left it to the recogniser, which may know
// nothing of it.
func (f *finder) namesInPersonsLists(out []candidate) []candidate {
	t := f.toks
	personAt := map[int]int{} // a person's first token, by its start, and its end
	for _, c := range out {
		if c.typ == Person && c.words >= 2 {
			personAt[c.start] = c.end
		}
	}
	if len(personAt) < 2 {
		return out
	}
	covered := f.coveredRunes(out)
	// lineStarts holds the first token of each line, in order.
	var lineStarts []int
	for i := range t {
		if f.lineBreakBefore(i) {
			lineStarts = append(lineStarts, i)
		}
	}
	personLine := func(a int) bool {
		end, ok := personAt[t[a].start]
		if !ok {
			return false
		}
		k := f.tokenAt(end)
		return k < len(t) && t[k].text == ","
	}
	for n := 1; n+1 < len(lineStarts); n++ {
		a := lineStarts[n]
		if !personLine(lineStarts[n-1]) || !personLine(lineStarts[n+1]) || covered[t[a].start] {
			continue
		}
		b := a
		for b < len(t) && b-a < 3 && t[b].word && t[b].upper && !t[b].allCaps && !isEnglishWord(t[b].text) && !isBasicWord(t[b].text) {
			b++
		}
		if b-a < 2 || f.word(b) != "," {
			continue
		}
		whole := f.text(a, b)
		if places.has(whole) || towns.has(whole) || orgs.has(whole) || places.has(t[a].text) || orgs.has(t[a].text) {
			continue
		}
		out = append(out, candidate{start: t[a].start, end: t[b-1].end, name: whole, typ: Person, firm: true, words: b - a, rule: ruleNameInPersonsList})
	}
	return out
}

// ruleCapitalInitials names a person's name led by initials in capitals
// without full stops.
const ruleCapitalInitials = "a surname after initials in capitals"

// capitalInitialsBeforeSurname: "captains Ann Quill and MQ Varrowski":
// two capitals without full stops (initials as South Asian and sports news
// write them, where "M.Q." is the same) before one capitalised word that
// the recogniser calls a person at this mention or another, that no
// dictionary, list of places or of organisations holds, are a person's
// name. Capitals the text writes elsewhere without that surname (an
// acronym), a listed place or organisation, a common acronym ("US", "UK",
// "EU") or a state's code after a comma lead no person; a state's code
// elsewhere may be initials ("MQ", "AL").
func capitalInitialsBeforeSurname(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a != 2 || !t[p.a].allCaps || len([]rune(t[p.a].text)) != 2 {
		return false
	}
	ini, sur := t[p.a].text, t[p.a+1]
	if !sur.word || !sur.upper || sur.allCaps || isEnglishWord(sur.text) || isBasicWord(sur.text) ||
		places.has(sur.text) || towns.has(sur.text) || orgs.has(sur.text) || firstNames.has(sur.text) {
		return false
	}
	if commonAcronyms[ini] || places.has(ini) || orgs.has(ini) || notNames[ini] || f.word(p.a-1) == "," && states.has(ini) {
		return false // a state's code follows its town and a comma: "Tupelo, MS"
	}
	for _, i := range f.mentionsOf(ini) {
		if i != p.a && !(i+1 < len(t) && t[i+1].text == sur.text) {
			return false // "MS" alone elsewhere: an acronym
		}
	}
	person := false
	for _, i := range f.mentionsOf(sur.text) {
		person = person || entityType(f.labels[i]) == Person
	}
	if !person {
		return false
	}
	f.add(p.a, p.b, Person, true)
	return true
}
