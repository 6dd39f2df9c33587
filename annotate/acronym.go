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
