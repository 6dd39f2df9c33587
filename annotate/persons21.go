package annotate

import "strings"

// Persons no suggestion touches (issue 16, sixteenth round, branch
// ner21p): on the study halves most persons missed entirely are named by
// one word the text never writes in full (a surname of another language in
// a sports or wire report, "Kohli", "Soelistyo"; a musician's one name),
// which lonePersonWord drops for naming nobody. What tells a reader that
// such a word is a person is what the sentences around its mentions do with
// it: they give it a pronoun, make it speak, ask "who" of it or set a role
// beside it.

// ruleLoneWordPersonCues names a one-word person kept by personCuesOf.
const ruleLoneWordPersonCues = "a lone word with a person's cues"

// minPersonCues is how many mentions of a lone word must carry a person's
// cue for it to be kept: one is as often a company's or a product's ("Zorbly
// said", "the Quill, which").
const minPersonCues = 2

// personCued reports whether the mentions of name, one word the recogniser
// alone calls a person, carry minPersonCues cues of a person or more
// (personCuesOf).
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

// personCuesOf counts the mentions of name that carry one of a person's
// cues, each mention once:
//   - a personal pronoun takes it up (pronounAfter), after "by" too
//     ("offered by Quarry when he was on 22"), and at a sentence's start
//     where name is no word of the dictionary and no given name, then past
//     a comma, as the sentence's subject ("Quarry should have been run out
//     on four, his ..."; "Guy keeps rushing me, ... he's" is another's
//     pronoun);
//   - a verb of speech follows it, not after a preposition ("Quarry said on
//     Monday"; speaksQuote reads it after a quotation);
//   - "who" follows it, or a comma and "who" ("found by Quarry, who
//     swooped");
//   - a comma and a role follow it (roleApposition: "Quarry, head of the
//     agency,").
func (f *finder) personCuesOf(name string) int {
	t := f.toks
	n := 0
	lone := !isEnglishWord(name) && !firstNames.has(name) && !isBasicWord(name)
	for _, i := range f.mentionsOf(name) {
		afterPrep := i > 0 && prepositions[strings.ToLower(t[i-1].text)]
		switch {
		case (!afterPrep || t[i-1].text == "by") && (!t[i].sentStart || lone) && f.pronounAfter(i, t[i].sentStart):
			n++
		case !afterPrep && f.lowerWord(i+1) && quoteSpeechVerbs[t[i+1].text]:
			n++
		case f.word(i+1) == "who" || f.word(i+1) == "," && f.word(i+2) == "who":
			n++
		case f.roleApposition(i):
			n++
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
