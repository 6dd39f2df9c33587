package annotate

import "unicode"

// A clipping in another language (a German trade-fair notice, a
// Portuguese page, an Indonesian blog) capitalises words English writes in
// lower case: German capitalises every noun ("Daten", "Digitalisierung"),
// and a sentence starts with words no English list knows ("Termasuk",
// "Makanya"). The rules that read English context, and prose's recogniser,
// trained on English news, take those for names. In such a text only the
// rules fed by lists (places, organisations, given names, products) and
// cue words are trusted.

// rulePhraseOtherLanguage names phraseOfAnotherLanguage.
const rulePhraseOtherLanguage = "a phrase in a text of another language"

// otherLanguageWords are function words of the languages most often
// clipped besides English (German, French, Spanish, Portuguese, Italian,
// Dutch, Indonesian and Malay), written in lower case and no English word
// or common part of an English-language name ("die", "do", "as", "de",
// "von", "van", "la", "le" and "den" are left out).
var otherLanguageWords = setOf(
	// German
	"und", "der", "das", "ist", "nicht", "mit", "für", "auf", "dem", "des", "ein", "eine", "einer", "sich",
	"wird", "werden", "sind", "auch", "oder", "zu", "im", "zum", "zur", "bei", "wie", "noch", "nur", "über", "wir", "sie", "ihre",
	// French
	"les", "est", "une", "pour", "dans", "qui", "pas", "sur", "avec", "du", "au", "aux", "ce", "cette", "sont", "être",
	// Spanish, Portuguese and Italian
	"el", "los", "las", "por", "una", "es", "del", "y", "que", "con", "para", "uma", "não", "em", "da", "dos", "das",
	"um", "mais", "como", "foi", "pelo", "pela", "o", "e", "os", "ao", "na", "nos", "seu", "sua", "cada", "você", "il", "che", "di", "della", "gli", "sono", "non", "per",
	// Dutch
	"het", "een", "niet", "zijn", "voor", "ook", "wordt",
	// Indonesian and Malay
	"dan", "yang", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "ke", "adalah", "akan", "pada", "juga", "sudah", "saat", "tapi")

// englishFunctionWords are the commonest English words that name nothing.
var englishFunctionWords = setOf("the", "of", "and", "to", "a", "in", "is", "that", "for", "was", "with", "on", "as", "by",
	"it", "at", "from", "be", "are", "this", "an", "has", "have", "had", "were", "or", "not", "but", "he", "she", "they",
	"his", "her", "its", "their", "which", "said", "will", "would", "who")

// otherLanguage reports whether the text of f is written in another
// language than English: its function words in lower case are more often
// those of another language than English's, five of them or more. A list,
// a table or a short clip, with few function words of either, is English.
func (f *finder) otherLanguage() bool {
	switch f.language {
	case 1:
		return false
	case 2:
		return true
	}
	other, english := 0, 0
	for _, t := range f.toks {
		if !t.word || t.upper {
			continue
		}
		switch {
		case englishFunctionWords[t.text]:
			english++
		case otherLanguageWords[t.text]:
			other++
		}
	}
	f.language = 1
	if other >= 5 && other > english {
		f.language = 2
	}
	return f.language == 2
}

// phraseOfAnotherLanguage: in a text of another language, a phrase that
// no list or cue word typed by now ("Daten", "Handschriftliche
// Dokumentationen", "Termasuk Ali", "Der Patient") is not typed by the
// rules that read English context, nor by the recogniser. It is left
// untyped: it takes the type of its other mentions, if a list typed one of
// them. A given name and more words inside a sentence ("oleh Emilia
// Renita") is passed on to be a person: names are names in any language,
// but a sentence's first word there is as often an ordinary word that
// happens to be a given name too ("Der", "Karena", "Des").
func phraseOfAnotherLanguage(f *finder, p *phraseSpan) bool {
	if !f.otherLanguage() || p.b-p.a >= 2 && !f.toks[p.a].sentStart && firstNames.has(f.toks[p.a].text) {
		return false
	}
	f.add(p.a, p.b, "", false)
	return true
}

// rulePersonAfterPM names personAfterPM.
const rulePersonAfterPM = "a person after PM"

// personAfterPM: "PM Modi thanks Trump", "UK PM Ann Varrow": "PM" before
// a capitalised name, and not after a time ("5 PM Monday"), is a prime
// minister's title, and the name is a person's, whatever a list of
// companies holds of the same word. "PM" itself starts no name (notNames),
// so the phrase reaches this rule without it.
func personAfterPM(f *finder, p *phraseSpan) bool {
	a := p.a
	if p.descriptor || a < 1 || f.toks[a-1].text != "PM" || f.toks[a-1].end == f.toks[a].start || notNames[f.toks[a].text] ||
		places.has(f.text(a, p.b)) {
		return false
	}
	if prev := f.word(a - 2); prev != "" && (unicode.IsDigit([]rune(prev)[len([]rune(prev))-1]) || prev == ":") {
		return false // "at 5 PM", "5:30 PM"
	}
	f.add(a, p.b, Person, true)
	return true
}
