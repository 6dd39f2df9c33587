package annotate

import "strings"

// Issue 16's eighth round (branch ner17b): stock indexes named alone. The
// main indexes of the world's markets are a closed class, as the states
// are, and news names them without a number or "Index" after them ("the
// Dow fell 1.2%", "Hong Kong's Hang Seng slipped"), where the recogniser
// takes them for a company, a person or nothing. The guidelines call an
// index other.

// ruleIndexAlone is the rule of this file, by name, for its confidence.
const ruleIndexAlone = "an index named alone"

// stockIndexes are the names of the main stock indexes that news writes
// alone, from general knowledge of the markets. Names that are also a
// company's or an exchange's ("Nasdaq", "Dow") are typed so only where
// words of the market stand near them (see marketIndexAlone); names that
// are a person's or a newspaper's ("Russell", "Straits Times") are left
// out.
var stockIndexes = setOf("Dow", "Dow Jones", "Nasdaq", "Nikkei", "Topix", "Hang Seng", "Kospi", "KOSPI", "Sensex",
	"Nifty", "FTSE", "DAX", "CAC", "Stoxx", "Ibovespa", "IBEX", "Euro Stoxx", "Bovespa", "Merval", "Jakarta Composite",
	"Taiex", "TAIEX", "PSEi", "KLCI")

// stockIndexFirsts are the first words of the names of stockIndexes of
// two words.
var stockIndexFirsts = setOf("Dow", "Hang", "Euro", "Jakarta")

// stockIndexTails go on an index's name ("Dow Jones Industrial Average",
// "Hang Seng Index", "Nikkei 225", "Nasdaq Composite").
var stockIndexTails = setOf("Index", "Composite", "Industrial", "Industrials", "Average", "Transportation", "Utility")

// marketIndexAlone types an index of stockIndexes as other where words of
// the market stand near it ("the Nasdaq rose 0.5%", "Dow component Home
// Depot", "the Nikkei 225 index"), with the words and number that go on
// its name. "Listed on the Nasdaq" names the exchange, and "Dow Chemical"
// a company: a name that a capitalised word other than an index's own
// follows is left alone.
func (f *finder) marketIndexAlone(covered map[int]bool) {
	t := f.toks
	for i := 0; i < len(t); i++ {
		if covered[i] || !f.upperWord(i) {
			continue
		}
		end := i + 1
		if stockIndexFirsts[t[i].text] && end < len(t) && stockIndexes[t[i].text+" "+f.word(end)] && t[end].start == t[i].end+1 {
			end++
		} else if !stockIndexes[t[i].text] {
			continue
		}
		start := i
		if f.exchangeBefore(i) {
			start = i - 1 // "BSE Sensex", "NSE Nifty": the exchange's index, one name
			if f.word(start-1) == "S&P" && f.toks[start].start == f.toks[start-1].end+1 {
				start-- // "S&P BSE Sensex"
			}
		} else if f.upperWord(i-1) && !f.toks[i].sentStart && f.word(i-1) != "The" {
			continue // part of a longer name
		}
		for end < len(t) && t[end].start == t[end-1].end+1 && (stockIndexTails[f.word(end)] || isNumber(f.word(end)) && len(f.word(end)) <= 3) {
			end++
		}
		if f.upperWord(end) && t[end].start == t[end-1].end+1 && !f.lineBreakBefore(end) {
			continue // "Dow Chemical", "Nasdaq Stockholm"
		}
		if prev := strings.ToLower(f.word(start - 1)); prev == "the" && (f.word(start-2) == "on" || f.word(start-2) == "to") || prev == "on" || prev == "-" {
			continue // "listed on the Nasdaq": the exchange
		}
		if !f.marketNear(end-1) && !marketNouns[f.word(end)] {
			continue
		}
		f.addThing(start, end, Other, ruleIndexAlone, covered)
		i = end - 1
	}
}

// marketNouns after an index's name say it is the index ("Dow component",
// "Nasdaq futures").
var marketNouns = setOf("component", "components", "futures", "index", "benchmark", "stocks", "average", "gauge")

// exchangeBefore reports whether an exchange's acronym of three or four
// capitals stands just before the index at toks[i], written on ("BSE
// Sensex", "NSE Nifty"), where no other capitalised word leads it.
func (f *finder) exchangeBefore(i int) bool {
	k := i - 1
	if k < 0 || !f.toks[k].allCaps || len(f.toks[k].text) < 3 || len(f.toks[k].text) > 4 || f.toks[i].start != f.toks[k].end+1 ||
		f.lineBreakBefore(i) || f.upperWord(k-1) && !f.toks[k].sentStart && f.word(k-1) != "The" && f.word(k-1) != "S&P" {
		return false
	}
	return isAcronymWord(f.toks[k].text) && !stockIndexes[f.toks[k].text]
}
