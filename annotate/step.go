package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stepFeatures are features of each candidate that the learned step on
// top of the rules reads besides candidateFeatures' (issue 16, fourteenth
// round): classes of evidence about the clipping, not strings. They are
// the measured precision of the rule that typed it, in tenths; how many
// times the clipping names it, and whether always at a sentence's start;
// whether its first or last word is written in lower case elsewhere in the
// clipping (an ordinary word there); the function word or punctuation just
// before and after it (a closed class: "the", "of", "in", a comma, a
// bracket).
func stepFeatures(runes []rune, toks []token, cands []candidate) [][]string {
	lower := lowerWordsOf(toks)
	tokAt := map[int]int{}
	for i, t := range toks {
		tokAt[t.start] = i
	}
	type seen struct{ n, inside int }
	mentions := map[string]*seen{}
	for _, c := range cands {
		if c.typ == "" {
			continue
		}
		s := string(runes[c.start:c.end])
		m := mentions[s]
		if m == nil {
			m = &seen{}
			mentions[s] = m
		}
		m.n++
		if i, ok := tokAt[c.start]; ok && !toks[i].sentStart {
			m.inside++
		}
	}
	out := make([][]string, len(cands))
	for ci, c := range cands {
		typ := string(c.typ)
		if typ == "" {
			typ = "none"
		}
		conf := int(confidence(c.rule) * 10)
		fs := []string{"rule-conf=" + itoaCap(conf, 9), "rule-conf+type=" + itoaCap(conf, 9) + "+" + typ}
		s := string(runes[c.start:c.end])
		if m := mentions[s]; m != nil {
			fs = append(fs, "mentions="+itoaCap(m.n, 3), "mentions+type="+itoaCap(m.n, 3)+"+"+typ)
			if m.inside == 0 {
				fs = append(fs, "only-at-sentence-start", "only-at-sentence-start+type="+typ)
			}
		} else {
			fs = append(fs, "mentions=0")
		}
		words := strings.Fields(s)
		if len(words) > 0 {
			if lower[strings.ToLower(words[0])] {
				fs = append(fs, "first-lower-elsewhere", "first-lower-elsewhere+type="+typ)
			}
			if len(words) > 1 && lower[strings.ToLower(words[len(words)-1])] {
				fs = append(fs, "last-lower-elsewhere", "last-lower-elsewhere+type="+typ)
			}
		}
		a, ok := tokAt[c.start]
		if ok {
			if a > 0 {
				fs = append(fs, closedClass("prev", toks[a-1].text, typ)...)
			}
			b := a
			for b+1 < len(toks) && toks[b+1].start < c.end {
				b++
			}
			if b+1 < len(toks) {
				fs = append(fs, closedClass("next", toks[b+1].text, typ)...)
			}
		}
		out[ci] = fs
	}
	return out
}

// closedClass names a word next to a candidate when it is a function word
// or a mark of punctuation (a closed class, so naming it memorises no
// name), alone and with the candidate's type.
func closedClass(pos, w, typ string) []string {
	if w == "" {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(w)
	var f string
	switch {
	case utf8.RuneCountInString(w) == 1 && (unicode.IsPunct(r) || unicode.IsSymbol(r)):
		f = pos + "-mark=" + w
	case r < utf8.RuneSelf && stopwords[strings.ToUpper(w[:1])+strings.ToLower(w[1:])]:
		f = pos + "-fn=" + strings.ToLower(w)
	default:
		return nil
	}
	return []string{f, f + "+type=" + typ}
}
