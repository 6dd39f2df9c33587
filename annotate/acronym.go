package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text that uses a term of its trade in capitals spells it out once, in
// lower-case words, with the capitals in brackets after or before them:
// "return on ad spend (ROAS)", "gross non-performing assets (NPAs)", "GST
// (goods and services tax)". Such capitals are a term, wherever the text
// writes them, not an organisation's acronym: an organisation is spelt
// out in capitals ("the Securities and Exchange Board of India (SEBI)").
// This covers the terms of every market and trade without listing them.

// commonAcronym reports whether w, in capitals, names no organisation or
// place: a term of general use (commonAcronyms) or one the text spells out
// in lower-case words (termAcronyms).
func (f *finder) commonAcronym(w string) bool {
	if commonAcronyms[w] {
		return true
	}
	if f.terms == nil {
		f.terms = termAcronyms(f.toks)
	}
	return f.terms[w]
}

// termAcronyms returns the capitals of toks that the text spells out in
// lower-case words, in the singular and the plural ("NPA", "NPAs").
func termAcronyms(toks []token) map[string]bool {
	terms := map[string]bool{}
	add := func(w string) {
		core := strings.TrimSuffix(w, "s")
		terms[core], terms[core+"s"] = true, true
	}
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i].text
		switch {
		case toks[i-1].text == "(" && toks[i+1].text == ")" && isAcronymWord(w):
			// Spelt out before: "return on ad spend (ROAS)".
			var before []string
			for k := i - 2; k >= 0 && k >= i-9 && toks[k].word && !toks[k].upper; k-- {
				before = append([]string{toks[k].text}, before...)
			}
			if spelledOut(strings.TrimSuffix(w, "s"), before, true) {
				add(w)
			}
		case w == "(" && isAcronymWord(toks[i-1].text):
			// Or after: "ROAS (return on ad spend)".
			var after []string
			k := i + 1
			for ; k < len(toks) && k <= i+9 && toks[k].word && !toks[k].upper; k++ {
				after = append(after, toks[k].text)
			}
			if k < len(toks) && toks[k].text == ")" && spelledOut(strings.TrimSuffix(toks[i-1].text, "s"), after, false) {
				add(toks[i-1].text)
			}
		}
	}
	return terms
}

// isAcronymWord reports whether w is two to six capitals, perhaps with a
// plural "s" ("ROAS", "NPAs").
func isAcronymWord(w string) bool {
	core := strings.TrimSuffix(w, "s")
	if len(core) < 2 || len(core) > 6 {
		return false
	}
	for _, r := range core {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// spelledOut reports whether the initials of words, read from their end
// (ending) or their start, spell letters: each letter the initial of a
// word or of a part of a hyphenated one ("click-through rate" for CTR),
// small words ("and", "of", "on") skipped where no letter stands for them.
func spelledOut(letters string, words []string, ending bool) bool {
	var initials []string // per word, the initials of its parts
	for _, w := range words {
		var parts []string
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‐' }) {
			r, _ := utf8.DecodeRuneInString(part)
			parts = append(parts, string(unicode.ToUpper(r)))
		}
		initials = append(initials, strings.Join(parts, ""))
	}
	want := letters
	if ending {
		// Match from the last word back, as many words as it takes.
		for k := len(initials) - 1; k >= 0 && want != ""; k-- {
			switch {
			case initials[k] == "":
			case strings.HasSuffix(want, initials[k]):
				want = strings.TrimSuffix(want, initials[k])
			case strings.HasSuffix(want, initials[k][len(initials[k])-1:]) && len(initials[k]) > 1:
				want = want[:len(want)-1] // "non-performing" read as "p" alone
			case titleSmallWords[words[k]]:
			default:
				return false
			}
		}
		return want == ""
	}
	for k := 0; k < len(initials) && want != ""; k++ {
		switch {
		case initials[k] == "":
		case strings.HasPrefix(want, initials[k]):
			want = want[len(initials[k]):]
		case strings.HasPrefix(want, initials[k][:1]) && len(initials[k]) > 1:
			want = want[1:]
		case titleSmallWords[words[k]]:
		default:
			return false
		}
	}
	return want == ""
}

// An organisation or an event named in full is then often named by its
// initials: "the World Health Organization" then "WHO", "the Zorbly Music
// Awards" then "ZMAs". Such capitals are that name, with its type,
// whatever they spell in English ("WHO").

// nameOfInitials returns the name of the text, written in capitalised
// words, whose initials w is ("WHO" for "World Health Organization",
// "ZMAs" for "Zorbly Music Awards"), or "" when none or two are.
func (f *finder) nameOfInitials(w string) string {
	if !isAcronymWord(w) {
		return ""
	}
	if f.initials == nil {
		f.initials = initialsOfNames(f.toks)
	}
	return f.initials[strings.TrimSuffix(w, "s")]
}

// initialsOfNames maps the initials of each run of capitalised words of
// toks, and of each of its endings, to its words ("SEC" and "USSEC" for
// "U.S. Securities and Exchange Commission"); connectors and "the" count
// for no letter. Initials two names share map to "".
func initialsOfNames(toks []token) map[string]string {
	out := map[string]string{}
	for _, p := range phrases(toks) {
		var words []token
		for _, t := range toks[p[0]:p[1]] {
			if t.word && t.upper && !stopwords[t.text] {
				words = append(words, t)
			}
		}
		for k := 0; k+1 < len(words); k++ {
			// The initials of the words, and of the parts of hyphenated
			// ones ("AOC" for "Alexandria Ocasio-Cortez").
			var whole, parts strings.Builder
			for _, t := range words[k:] {
				r, _ := utf8.DecodeRuneInString(t.text)
				whole.WriteRune(unicode.ToUpper(r))
				for _, part := range strings.FieldsFunc(t.text, func(r rune) bool { return r == '-' || r == '‐' }) {
					r, _ := utf8.DecodeRuneInString(part)
					parts.WriteRune(unicode.ToUpper(r))
				}
			}
			name := tokensText(toks[p[0]:p[1]], words[k].start, words[len(words)-1].end)
			for _, initials := range []string{whole.String(), parts.String()} {
				if prev, ok := out[initials]; ok && prev != name {
					out[initials] = ""
					continue
				}
				out[initials] = name
			}
		}
	}
	return out
}

// tokensText returns the words of toks from rune start to rune end, joined
// as written but for line breaks.
func tokensText(toks []token, start, end int) string {
	var b strings.Builder
	for _, t := range toks {
		if t.start < start || t.end > end {
			continue
		}
		if b.Len() > 0 && t.word {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// initialsOfName: "WHO", "ZMAs": capitals that are the initials of a name
// the text writes in full are that name; they take its type (resolve).
func initialsOfName(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || p.descriptor {
		return false
	}
	w := f.toks[p.a].text
	full := f.nameOfInitials(w)
	if full == "" || places.has(w) && !places.has(full) {
		return false
	}
	f.add(p.a, p.b, "", false)
	f.cands[len(f.cands)-1].name = full
	return true
}
