package annotate

import "strings"

// Persons and places by the form of the line or the words before them
// (issue 16, seventeenth round, branch ner22t). On the study halves some
// persons and places were missed because a word before them was read as
// something else: a title that is a given name too in a wire story's
// credits ("Writing by Dean Quarrow"), a form of address no list of
// titles held ("Aunt Quillby", "Mullah Quarrow"), a surname that is also
// a title after "Dr." ("Dr. King"), a job written in title case ("State
// Park Ranger Ann Quarrow"), a role set off by commas ("the captain,
// Quarrowi,"), or a dateline's town in capitals that the gazetteer of
// major places does not hold ("TRENTON —") or whose first word is one
// news writes in capitals for emphasis ("NEW DELHI").

// ruleCreditGivenTitle names a credit's person whose given name is a title.
const ruleCreditGivenTitle = "a credit's name led by a given name that is a title"

// creditGivenTitle: "Writing by Dean Quarrow; Editing by Ann Wu", "Photo by
// Major Quillby": in a credit (a word of creditWords before "by", or "By"
// starting a line), a phrase of two or three words led by a title that is
// also a given name ("Dean", "Major", "Earl", "Judge") and holding no
// other title is the person's full name: a credit names its author, with
// no title. splitAtTitle read "Dean" as the title and kept the surname.
// The second of two names joined by "and" in a credit is read so too ("By
// Ann Quill and Dean Varrow").
func creditGivenTitle(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 2 || p.b-p.a > 3 || !titles[t[p.a].text] || !firstNames.has(t[p.a].text) || !f.creditBefore(p.a) {
		return false
	}
	for k := p.a + 1; k < p.b; k++ {
		w := t[k].text
		if !plainNameWord(t[k]) || titleModifiers[w] || isEnglishWord(w) && !surnameWords.has(w) {
			return false
		}
	}
	f.add(p.a, p.b, Person, true)
	return true
}

// plainNameWord reports whether tok may be a word of a person's name that
// a cue before it announces (a credit's "by", a form of address, a role
// and a comma): capitalised, not in capitals, no title and no word that
// ends a place's or an organisation's name. Each rule adds its own checks
// (modifiers of titles, the words of English it lets through).
func plainNameWord(tok token) bool {
	w := tok.text
	return tok.word && tok.upper && !tok.allCaps && !titles[w] && !orgLastWords[w] && !placeLastWords[w]
}

// creditBefore reports whether a credit's "by" stands before toks[a]:
// after a word of creditWords ("Reporting by", "Writing by", "Photo by")
// or starting a line ("By Ann Quill"), maybe with another name and "and"
// between ("By Ann Quill and Dean Varrow").
func (f *finder) creditBefore(a int) bool {
	by := a - 1
	if f.word(by) == "and" {
		by--
		for k := 0; k < 4 && f.upperWord(by) && f.word(by) != "By"; k++ {
			by--
		}
	}
	if !strings.EqualFold(f.word(by), "by") {
		return false
	}
	return creditWords[strings.ToLower(f.word(by-1))] || f.lineBreakBefore(by) ||
		by > 0 && datelineDash(f.word(by-1)) && f.lineBreakBefore(by-1)
}

// ruleTitleOfAddress names a person after a form of address.
const ruleTitleOfAddress = "a person after a form of address"

// addressTitles are forms of address news writes before a name and that
// the list of titles leaves out: kinship ("Aunt Quillby"; not "Uncle",
// which leads idioms: "Uncle Sam") and the religious and honorific forms
// of other languages ("Mullah", "Sheik", "Haji"; "Maulana", "Sri" and
// "Guru" are left out: news often writes them as a part of the name).
var addressTitles = setOf("Aunt", "Auntie", "Mullah", "Mulla", "Sheik", "Shaikh", "Haji", "Hajji", "Pastor",
	"Swami", "Grandma", "Grandpa", "Granny")

// titleOfAddress: "Mullah Quarrow and his regime", "we may have to eat
// Aunt Quillby": a form of address of addressTitles leading a phrase,
// before one to three capitalised words that are no English words (other
// than given names) and no title, leaves the rest a person, as a title
// does (splitAtTitle). Not where the two words are named together again
// as a place or an organisation ("Uncle Quux's Kitchen" is read by the
// other rules).
func titleOfAddress(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 2 || p.b-p.a > 4 || !addressTitles[t[p.a].text] || t[p.a].allCaps {
		return false
	}
	for k := p.a + 1; k < p.b; k++ {
		w := t[k].text
		if k > p.a+1 && hyphenedArticle(w) {
			continue // "Sheik Ann al-Quarrowi"
		}
		if !plainNameWord(t[k]) || titleModifiers[w] || isEnglishWord(w) && !firstNames.has(w) {
			return false
		}
	}
	if places.has(f.text(p.a+1, p.b)) || orgs.has(f.text(p.a+1, p.b)) {
		return false
	}
	f.person(p.a+1, p.b)
	return true
}

// ruleSurnameAfterHonorific names a surname that is a title after "Dr.".
const ruleSurnameAfterHonorific = "a surname that is a title after an honorific"

// surnameAfterHonorific: "it was not Dr. King's choice", "Mr. Bishop
// said": an honorific (honorifics, a courtesy title only persons bear)
// before one word that is a title and a surname of
// the census ("King", "Bishop", "Major", "Dean") is a person by that
// word, which splitAtTitle leaves as an office. It is added as a one-word
// person no rule is sure of, so that resolve keeps it only where the
// clipping names a person with it in full ("Martin Luther King Jr.") or
// the words around it are a person's (lonePersonWord): "Mr. President",
// spoken to, names nobody the text names.
func surnameAfterHonorific(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a != 2 || !honorifics[t[p.a].text] {
		return false
	}
	w := t[p.a+1]
	if !w.word || !w.upper || w.allCaps || !(titles[w.text] || titleModifiers[w.text]) || !surnameWords.has(w.text) {
		return false
	}
	f.add(p.a+1, p.b, Person, false)
	return true
}

// ruleTownOfDateline names a town read from a dateline in capitals.
const ruleTownOfDateline = "a town in a dateline"

// townOfDateline: "TRENTON — Gov. Ann Quill's speech", "PERRIS, Calif. -
// The": one to three words in capitals that start a line, before a dash
// (maybe after a comma and a state) and a sentence that starts with a
// capital (a word not in capitals: "LUBOKU – LIFT OFF TOUR" is a
// heading), are the story's dateline: a town GeoNames lists (towns.txt) is
// the place, though its name is a given name or a surname too ("Trenton",
// "Warren"), which the gazetteer of major places (gazetteerPlace) leaves to
// the other rules. Not a word the text writes in capitals elsewhere than at
// a line's start (an abbreviation it defines: a German page's "(PEPA)",
// then a heading "PEPA – ...", and PEPA a town of GeoNames).
func townOfDateline(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a > 3 || !f.lineBreakBefore(p.a) {
		return false
	}
	for k := p.a; k < p.b; k++ {
		if !t[k].word || !t[k].allCaps {
			return false
		}
	}
	name := titleCase(f.text(p.a, p.b))
	if !towns.has(name) && !namedFeatures.has(name) {
		return false
	}
	for _, i := range f.mentionsOf(t[p.a].text) {
		if !f.lineBreakBefore(i) {
			return false // an abbreviation the text uses: "... Akte (PEPA)", then "PEPA – Dieses"
		}
	}
	k := p.b
	if f.word(k) == "," {
		k++ // "PERRIS, Calif. —", "PERRIS, CALIF. —"
		for j := k; j < len(t) && j < k+3; j++ {
			if datelineDash(f.word(j)) {
				k = j
				break
			}
		}
	}
	if !datelineDash(f.word(k)) || f.lineBreakBefore(k) || !f.upperWord(k+1) || t[k+1].allCaps || f.lineBreakBefore(k+1) {
		return false
	}
	f.add(p.a, p.b, Place, true)
	return true
}

// ruleNameAfterRoleComma names a person set off by commas after a role.
const ruleNameAfterRoleComma = "a name set off after a role and a comma"

// nameAfterRoleComma: "The captain, Quarrowi, an Indonesian who", "her
// husband, Ann Quill, said": one to three capitalised words after a role
// noun in lower case and a comma (roleBefore), and before a comma, a
// bracket or a verb of speech, are the person the role names, whatever
// the recogniser calls them (it read one-word names of other languages as
// places). personCued weighs the same cue for the words the recogniser
// calls a person. Not a name a list of places or organisations holds, nor
// a word of English other than a given name or a surname.
func nameAfterRoleComma(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a > 3 || !f.roleBefore(p.a) {
		return false
	}
	switch next := f.word(p.b); {
	case next == "," || next == ")" || next == "(":
	case f.lowerWord(p.b) && quoteSpeechVerbs[next]:
	default:
		return false
	}
	whole := f.text(p.a, p.b)
	if places.has(whole) || towns.has(whole) || states.has(whole) || orgs.has(whole) || inOrgLexicon(whole) || demonyms.has(whole) {
		return false
	}
	for k := p.a; k < p.b; k++ {
		w := t[k].text
		if !plainNameWord(t[k]) || isEnglishWord(w) && !firstNames.has(w) && !surnameWords.has(w) {
			return false
		}
	}
	f.add(p.a, p.b, Person, true)
	return true
}

// ruleJobInTitleCase names a person after a job written in title case.
const ruleJobInTitleCase = "a person after a job in title case"

// jobInTitleCase: "California State Park Ranger Supervisor Ann Quarrow
// said", "County Fire Marshal Ann Quarrow," "Senior Program Coordinator
// Ann Quarrow": a job written in title case (words of English, places and
// the words of titles, the last of them a noun of a role or a job: of
// roleNouns or jobNouns, or a word of English for one who does something,
// ending in "-er", "-or", "-ist" or "-ian") before a person's full name
// by its form (firstNamePerson) that ends the phrase and is followed by a
// comma, a bracket, a full stop or a verb of speech: the name is the
// person, the job a descriptor (its place or organisation typed by the
// other rules). The phrase was read as "a person led by a common word"
// and left out, or as a place leading a name. Titles of the list are
// splitAtTitle's ("Fire Chief Ann Quarrow").
func jobInTitleCase(f *finder, p *phraseSpan) bool {
	t := f.toks
	if p.descriptor || p.b-p.a < 3 || p.b-p.a > 9 {
		return false
	}
	switch next := f.word(p.b); {
	case next == "," || next == ")" || next == "." || next == ";":
	case f.lowerWord(p.b) && quoteSpeechVerbs[next]:
	default:
		return false
	}
	for k := max(p.a+1, p.b-3); k <= p.b-2; k++ {
		if !f.jobWord(k-1) || !f.firstNamePerson(k, p.b) {
			continue
		}
		for j := p.a; j < k; j++ {
			w := t[j].text
			listed := places.has(w) || states.has(w) || titles[w] || titleModifiers[w] || roleNouns[strings.ToLower(w)] || jobNouns[strings.ToLower(w)]
			if !t[j].word || !t[j].upper || t[j].allCaps && !listed || !listed && !isEnglishWord(w) {
				return false
			}
		}
		f.phrase(p.a, k, true)
		f.person(k, p.b)
		return true
	}
	return false
}

// jobWord reports whether toks[i], capitalised, names a role or a job:
// a noun of roleNouns or jobNouns, or a word of English for one who does
// something ("Ranger", "Supervisor", "Specialist", "Librarian"), no word
// that ends a place's or an organisation's name ("Center", "Tower").
func (f *finder) jobWord(i int) bool {
	w := f.word(i)
	if !f.upperWord(i) || f.toks[i].allCaps || placeLastWords[w] || orgLastWords[w] {
		return false
	}
	lw := strings.ToLower(w)
	if roleNouns[lw] || jobNouns[lw] {
		return true
	}
	if !isEnglishWord(w) || len(lw) < 5 || firstNames.has(w) {
		return false // "Victor", "Hunter": given names
	}
	for _, suffix := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(lw, suffix) {
			return true
		}
	}
	return false
}

// rulePlaceInCapitals names a place in capitals led by a word of emphasis.
const rulePlaceInCapitals = "a place in capitals led by a word of emphasis"

// placeInCapitalsWithWord: "NEW YORK (Reuters) -", "NEW DELHI —", "BIG SUR": two or
// three words in capitals whose first is one of capsWords (short words
// news writes in capitals for emphasis: "NEW", "BIG"), and that the
// gazetteer lists together in title case, are the place: trimLeadingNonNames
// dropped "NEW" and left "YORK" an acronym, "DELHI" a place with the wrong
// bounds (it keeps a phrase the gazetteer lists as written, and lists
// "New York", not "NEW YORK"). placeInCapitals reads the gazetteer so. A
// line all in capitals is lineInCapitals'.
func placeInCapitalsWithWord(f *finder, p *phraseSpan) bool {
	if p.descriptor || p.b-p.a < 2 || p.b-p.a > 3 || !capsWords[f.toks[p.a].text] || !placeInCapitals(f, p.a, p.b) {
		return false
	}
	f.add(p.a, p.b, Place, true)
	return true
}
