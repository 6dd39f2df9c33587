package annotate

import (
	"strings"
	"unicode"
)

// Rules for the words of pages that clip along with the story: the time
// of a page's edition with its zone ("04:34 am (IST)") and the price
// lines of a shopping page ("35% Off Dell Alienware AW3418DW").

const (
	ruleTimeZone = "a time zone after a time"
	rulePriceOff = "trim Off after a price cut"
)

// timeZoneAfterTime: "04:34 am (IST)", "at 9 p.m. AEST", "12:08 ET": two
// to five capitals ending in T (or UTC) right after a time, or in brackets
// after one, are the time's zone, no organisation, whatever lists of time
// zones hold.
func timeZoneAfterTime(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 {
		return false
	}
	w := f.toks[p.a].text
	if n := len(w); n < 2 || n > 5 || !isAllCaps(w) || !strings.HasSuffix(w, "T") && w != "UTC" {
		return false
	}
	i := p.a - 1
	if f.word(i) == "(" {
		i--
	}
	prev := f.word(i)
	switch strings.ToLower(prev) {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
		return true
	}
	return prev != "" && unicode.IsDigit([]rune(prev)[len([]rune(prev))-1]) && i > 0 && f.word(i-1) == ":" ||
		strings.Contains(prev, ":") && unicode.IsDigit([]rune(prev)[0])
}

// trimPriceOff: "35% Off Dell Alienware AW3418DW", "$15 Off Apple AirPods
// Pro": "Off" after a price cut is the cut's word, not the start of the
// name after it.
func trimPriceOff(f *finder, p *phraseSpan) bool {
	if p.b-p.a < 2 || f.toks[p.a].text != "Off" {
		return false
	}
	prev := f.word(p.a - 1)
	if prev == "%" || prev != "" && unicode.IsDigit([]rune(prev)[len([]rune(prev))-1]) && strings.ContainsAny(prev, "$€£%") ||
		prev != "" && unicode.IsDigit([]rune(prev)[0]) && (f.word(p.a-2) == "$" || f.word(p.a-2) == "€" || f.word(p.a-2) == "£") {
		p.a++
	}
	return false
}

// ruleCapitalsForEmphasis names wordInCapitalsForEmphasis.
const ruleCapitalsForEmphasis = "a word in capitals for emphasis"

// wordInCapitalsForEmphasis: "upgrade to it BEFORE signing up", "a HUGE
// stumbling block", a list's heading "STAFF": an English word of four
// letters or more written in capitals, that no list of organisations
// holds, is the word stressed or a heading, no acronym. An organisation so
// written is in the lists ("CARE") or named in full in the text ("the World
// Health Organization (WHO)"), whose rules come first.
func wordInCapitalsForEmphasis(f *finder, p *phraseSpan) bool {
	if p.b-p.a != 1 || !f.toks[p.a].allCaps {
		return false
	}
	w := f.toks[p.a].text
	if len(w) < 4 || !isEnglishWord(strings.ToLower(w)) || orgs.has(w) || inOrgLexicon(w) || places.has(w) || fullNames[w] != "" {
		return false
	}
	return true
}
