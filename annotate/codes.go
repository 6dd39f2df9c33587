package annotate

import "strings"

// Issue 16's sixth session (branch ner18g): things named by codes and
// numbers. Makers name models, software and indexes by a code or a
// number written on after a word ("ID.3", "iOS 13.2", "Fortune 500",
// "Apollo 11"), which the tokens split ("ID", ".", "3") and the phrase
// rules read as an acronym, a team in the plural or a label of an English
// word and a number ("Chapter 11"). The guidelines type products,
// vehicles, programmes and indexes as other. The rules of this file run
// before the phrases are typed (namedThings) and mark the tokens they
// type; their cases are invented (codes_test.go).

const (
	ruleDottedModel     = "a model code written with a dot"
	ruleDottedFamily    = "a model family written with a dot"
	ruleVersionedSystem = "software and its version"
	ruleNumberedList    = "a ranking or index and its number"
	ruleNumberedMission = "a space mission and its number"
)

// codedNames runs the rules of this file.
func (f *finder) codedNames(covered map[int]bool) {
	f.dottedModels(covered)
	f.versionedSoftware(covered)
	f.numberedRankings(covered)
	f.numberedMissions(covered)
}

// attached reports whether toks[i] is written against toks[i-1], with no
// space between them.
func (f *finder) attached(i int) bool {
	return i > 0 && i < len(f.toks) && f.toks[i].start == f.toks[i-1].end
}

// spaced reports whether toks[i] follows toks[i-1] after one space on the
// same line.
func (f *finder) spaced(i int) bool {
	return i > 0 && i < len(f.toks) && f.toks[i].start == f.toks[i-1].end+1 && !f.lineBreakBefore(i)
}

// dottedCodeAt reports whether toks[i] is a code of two to four capitals
// that a dot joins, with no space, to a model's number or a word in
// capitals ("ID.3", "EQ.5", "IQ.LIGHT"): the way a maker writes a model
// of a family. A code inside an address or a domain ("/ID.3", "x@ID.3",
// "ID.3.COM") is none, nor a number's decimals, whose first part is no
// code.
func (f *finder) dottedCodeAt(i int) bool {
	t := f.toks
	if i+2 >= len(t) || !t[i].word || !t[i].allCaps || len(t[i].text) < 2 || len(t[i].text) > 4 || strings.ContainsAny(t[i].text, ".-&'’0123456789") {
		return false
	}
	if t[i+1].text != "." || !f.attached(i+1) || !f.attached(i+2) || !t[i+2].word {
		return false
	}
	tail := t[i+2].text
	if !(isNumber(tail) && len(tail) <= 3 || t[i+2].allCaps && !strings.Contains(tail, ".") || isModelCode(tail)) {
		return false
	}
	if i > 0 && f.attached(i) || i+3 < len(t) && f.attached(i+3) && (t[i+3].text == "." || t[i+3].text == "/" || t[i+3].text == "@") && i+4 < len(t) && f.attached(i+4) {
		return false // "www.ID.3", "ID.3.COM", "ID.3/4"
	}
	return true
}

// dottedModels: a model written as a code, a dot and its number or name
// ("ID.3", "IQ.LIGHT") is other, with its maker before it ("VW ID.3")
// and the edition words after it; and where the text writes a family's
// code so, the code and its dot alone name the family ("the ID. BUZZ",
// "all ID. models"), with the words in capitals after it ("ID. SPACE
// VIZZION"). A family is read only from a model the text writes: "ID."
// alone is a word and a full stop ("show your ID. Police said").
func (f *finder) dottedModels(covered map[int]bool) {
	t := f.toks
	families := map[string]bool{}
	for i := 0; i < len(t); i++ {
		if covered[i] || !f.dottedCodeAt(i) {
			continue
		}
		families[t[i].text] = true
		end := f.editionTail(i + 3)
		f.addThing(f.modelMakerStart(i), end, Other, ruleDottedModel, covered)
		i = end - 1
	}
	if len(families) == 0 {
		return
	}
	for i := 0; i+1 < len(t); i++ {
		if covered[i] || !families[t[i].text] || t[i+1].text != "." || !f.attached(i+1) || i+2 < len(t) && f.attached(i+2) {
			continue
		}
		end := i + 2
		for n := 0; n < 3 && end < len(t) && f.spaced(end) && t[end].allCaps && !strings.ContainsAny(t[end].text, "0123456789") && !covered[end]; n++ {
			end++
		}
		end = f.editionTail(end)
		f.addThing(f.modelMakerStart(i), end, Other, ruleDottedFamily, covered)
		i = end - 1
	}
}

// modelMakerStart returns where a model at toks[i] starts with its maker:
// at the maker of vehicles or the company of the gazetteer just before it
// ("VW ID.3", "Kia QX.3": before such a code a maker whose name is a
// given name or a word is the maker in any text), or at i.
func (f *finder) modelMakerStart(i int) int {
	if !f.spaced(i) {
		return i
	}
	for n := 2; n >= 1; n-- {
		k := i - n
		if k < 0 || !f.upperWord(k) || k+n != i {
			continue
		}
		if vehicleMakers[f.text(k, i)] || n == 1 && orgs.has(f.word(k)) {
			if f.insideLongerName(k) {
				continue // part of a longer name
			}
			return k
		}
	}
	return i
}

// editionTail returns the end of a model's name whose words end at
// toks[b], past the edition words written on after it ("ID.4 Pro", "Quux
// 4 Pro", "Varrow 9 Ultra Max"; "Model 3 Performance" is no edition) and
// a code of a digit and a word for its drive or trim ("4Motion",
// "4MATIC"). modelTail and modelCodesEnd end with it too.
func (f *finder) editionTail(b int) int {
	for b < len(f.toks) && f.spaced(b) && (editionWords[f.toks[b].text] || driveCode(f.toks[b].text)) {
		b++
	}
	return b
}

// driveCode reports whether w is a digit and a capitalised word of three
// letters or more, written on, as makers name a drive or a trim
// ("4Motion", "4MATIC"); a measure ("4ms", "12MP", "5GHz") is none.
func driveCode(w string) bool {
	if len(w) < 5 || w[0] < '1' || w[0] > '9' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	for _, r := range w[2:] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return !unitAfterNumber(w) && !strings.HasSuffix(w, "Hz") && !strings.HasSuffix(w, "HZ")
}

// versionedSystems are operating systems and programming languages that
// news names with their version ("Windows 10", "iOS 13.2", "Python
// 3.6"), a closed class from general knowledge: most of their names are
// English words ("Windows", "Android", "Python") that a number after
// does not make a label.
var versionedSystems = setOf("Windows", "iOS", "iPadOS", "macOS", "watchOS", "tvOS", "visionOS", "Android",
	"HarmonyOS", "ChromeOS", "Ubuntu", "Debian", "Fedora", "Linux", "Python", "Perl", "PHP", "Java", "Swift",
	"Kotlin")

// namedVersions are versions of versionedSystems named by a word ("Windows
// XP", "Windows Vista", "Mac OS X"); "X" only after "OS".
var namedVersions = setOf("XP", "Vista", "NT", "X")

// versionedSystemPairs are those named by two words ("Mac OS 9", "Wear
// OS 3", "Chrome OS 80", "OS X 10.9").
var versionedSystemPairs = setOf("Mac OS", "Wear OS", "Chrome OS", "OS X", "Windows Phone", "Windows Server")

// versionedSoftware: an operating system or a language of
// versionedSystems before its version is other, the version included
// ("Windows 10", "iOS 13.2", "macOS 10.15", "Python 3.6", "Windows 10
// Pro"): a number of one or two digits (a year for Windows: "Windows
// 95", "Windows Server 2019"), with its decimals written on ("13.2.1").
// A name inside a longer name ("Brelco Windows 10") or after a number
// ("3 Windows 10") or written on after another ("GNU/Linux 9") is left alone, and so is a word of the list
// that a measure or a share follows ("Swift 5%").
func (f *finder) versionedSoftware(covered map[int]bool) {
	t := f.toks
	for i := 0; i < len(t); i++ {
		if covered[i] || !t[i].word {
			continue
		}
		n := 0
		switch {
		case i+1 < len(t) && versionedSystemPairs[t[i].text+" "+t[i+1].text] && f.spaced(i+1):
			n = 2
		case versionedSystems[t[i].text]:
			n = 1
		default:
			continue
		}
		v := i + n
		if v < len(t) && f.spaced(v) && !covered[v] && namedVersions[t[v].text] && !f.insideLongerName(i) && (t[v].text == "X") == (t[i+n-1].text == "OS") {
			end := v + 1
			if t[v].text == "X" {
				end = f.releaseName(end) // "Mac OS X Snow Leopard 10.6"
			}
			f.addThing(i, end, Other, ruleVersionedSystem, covered) // "Windows XP", "Mac OS X"
			i = end - 1
			continue
		}
		if t[i].text == "macOS" && f.upperWord(v) && f.spaced(v) && !t[v].sentStart {
			if end := f.releaseName(v); end > v && isNumber(f.word(end-1)) {
				f.addThing(i, end, Other, ruleVersionedSystem, covered) // "macOS Mojave 10.14"
				i = end - 1
				continue
			}
		}
		if v >= len(t) || !f.spaced(v) || !isNumber(t[v].text) || covered[v] {
			continue
		}
		num := t[v].text
		windows := t[i].text == "Windows" || t[i].text == "Windows Server"
		if !(len(num) <= 2 || windows && (num == "95" || num == "98" || num == "2000" || isYear(num) && n == 2)) {
			continue
		}
		if f.insideLongerName(i) || isNumber(f.word(i-1)) || f.attached(i) {
			continue // "Brelco Windows 10", "3 Windows 10"
		}
		end := v + 1
		for end+1 < len(t) && t[end].text == "." && f.attached(end) && f.attached(end+1) && versionDigits(t[end+1].text) {
			end += 2 // "13.2", "10.15.7"
		}
		if f.rangeOrShareAfter(end-1) || f.word(end) == "percent" || f.word(end) == "per" || f.word(end) == "times" {
			continue // "Windows 10 percent"; but "Android 10 phones"
		}
		end = f.editionTail(end)
		f.addThing(i, end, Other, ruleVersionedSystem, covered)
		i = end - 1
	}
}

// numberedLists are rankings and indexes named by a publication or a
// firm and a round number ("Fortune 500", "Forbes 400", "Russell 2000"):
// alone the word is the magazine, the firm or a person, with the number
// the list.
var numberedLists = setOf("Fortune", "Forbes", "Russell", "Inc.")

// numberedRankings: a name of numberedLists before a round number of
// three or four digits written on ("a Fortune 500 company", "the Russell
// 2000 index", "Fortune Global 500") is other, the number included; a
// name inside a longer name ("Kurt Russell 2000") or a number that is no
// round hundred ("Fortune 2019") is left alone.
func (f *finder) numberedRankings(covered map[int]bool) {
	t := f.toks
	for i := 0; i+1 < len(t); i++ {
		if covered[i] || !numberedLists[t[i].text] {
			continue
		}
		v := i + 1
		if f.word(v) == "Global" && f.spaced(v) {
			v++ // "Fortune Global 500"
		}
		if v >= len(t) || !f.spaced(v) || covered[v] || !isNumber(t[v].text) || len(t[v].text) < 3 || len(t[v].text) > 4 || !strings.HasSuffix(t[v].text, "00") {
			continue
		}
		if f.insideLongerName(i) || f.upperWord(v+1) && f.spaced(v+1) {
			continue // "Kurt Russell 2000", "Fortune 500 Index Fund"
		}
		f.addThing(i, v+1, Other, ruleNumberedList, covered)
		i = v
	}
}

// spaceMissions are the names of programmes of spaceflight and of their
// craft and rockets that number their missions and are English words
// ("Apollo 11", "Voyager 1", "Gemini 4", "Atlas 5"), a closed class from
// general knowledge; names that are no English word are read by
// nameAndNumber ("Soyuz 11", "Chang'e 4").
var spaceMissions = setOf("Apollo", "Gemini", "Mercury", "Voyager", "Pioneer", "Mariner", "Viking", "Ranger",
	"Surveyor", "Explorer", "Luna", "Venera", "Vega", "Atlas", "Delta", "Titan", "Saturn", "Falcon", "Electron",
	"Progress", "Expedition", "Artemis", "Juno", "Dragon", "Starship", "Crew")

// spaceWords, in lower case in a text, make it one about spaceflight.
var spaceWords = setOf("spacecraft", "rocket", "rockets", "orbit", "orbiter", "astronaut", "astronauts", "lunar",
	"satellite", "satellites", "launch", "launched", "mission", "missions", "spaceflight", "probe", "moon", "space",
	"cosmonaut", "cosmonauts", "capsule", "liftoff")

// aboutSpace reports whether three words of spaceWords stand in the text.
func (f *finder) aboutSpace() bool {
	n := 0
	for w := range spaceWords {
		if f.lowerWords[w] {
			n++
		}
	}
	return n >= 3
}

// numberedMissions: in a text about spaceflight, a programme's name of
// spaceMissions before its mission's number, one to three digits written
// on ("Apollo 11", "Voyager 1", "Expedition 61") or a Roman numeral of
// two letters or more ("Artemis II"), is other, the number included: a name inside a longer name ("Delta Air Lines 737") or a
// number that counts or measures ("Dragon 2 times") is left alone, but
// for a word for a craft ("Falcon 9 rockets") or after "the" ("the
// Apollo 11 astronauts").
func (f *finder) numberedMissions(covered map[int]bool) {
	t := f.toks
	space := -1
	for i := 0; i+1 < len(t); i++ {
		if !covered[i] && hyphenedMission(t[i].text) && !f.insideLongerName(i) {
			if space < 0 {
				space = 0
				if f.aboutSpace() {
					space = 1
				}
			}
			if space == 1 {
				f.addThing(i, i+1, Other, ruleNumberedMission, covered) // "Tianwen-1"
			}
			continue
		}
		if covered[i] || !spaceMissions[t[i].text] {
			continue
		}
		v := i + 1
		numeral := romanNumeral(f.word(v)) && len(f.word(v)) >= 2 // "Artemis II"; "I" is a pronoun as often
		if !f.spaced(v) || covered[v] || !(isNumber(t[v].text) || numeral) || len(t[v].text) > 3 || f.insideLongerName(i) {
			continue
		}
		if f.rangeOrShareAfter(v) || f.word(v+1) == "." && f.attached(v+2) || f.countAfter(v) && !craftCueNouns[f.word(v+1)] && !strings.EqualFold(f.word(i-1), "the") {
			continue
		}
		if space < 0 {
			space = 0
			if f.aboutSpace() {
				space = 1
			}
		}
		if space == 0 {
			continue
		}
		f.addThing(i, v+1, Other, ruleNumberedMission, covered)
		i = v
	}
}

// rangeOrShareAfter reports whether a sign written on after the number at
// toks[i] makes it a range, a share, a ratio or a time ("10-12", "5%",
// "3/4", "10:30") rather than a version or a mission's number.
func (f *finder) rangeOrShareAfter(i int) bool {
	if !f.attached(i + 1) {
		return false
	}
	switch f.word(i + 1) {
	case "-", "–", "/", "%", ":", "x", "×":
		return true
	}
	return false
}

// insideLongerName reports whether a capitalised word other than an
// article stands just before toks[i] in its sentence ("Kurt Russell
// 2000"), so that the name at toks[i] is the end of a longer one; "The
// Windows 10 update" starts at "Windows".
func (f *finder) insideLongerName(i int) bool {
	if !f.upperWord(i-1) || !f.spaced(i) || f.toks[i].sentStart {
		return false
	}
	switch f.word(i - 1) {
	case "The", "A", "An":
		return false
	}
	return !(f.toks[i-1].sentStart && stopwords[f.word(i-1)]) // "As VW ID.3 production begins"
}

// ruleModelAgain is the name of modelsAgain, for its confidence.
const ruleModelAgain = "a maker's model named again without its maker"

// modelsAgain: a model that a rule typed with its maker before it
// ("Brelco 737 MAX", "Brelco A350", "Kia QX.3") is the same product
// where the text names it again without its maker ("the 737 MAX", "an
// A350"). A model's number alone ("the 737") is taken only after an
// article or a possessive, or before a word for a craft or a vehicle
// ("737 jets"), and never as a range, a share or a year, since a number
// alone counts as often as it names ("787 jobs").
func (f *finder) modelsAgain() {
	var models [][]string
	seen := map[string]bool{}
	for _, c := range f.cands {
		if c.typ != Other || c.words < 2 || !c.firm || c.rule == ruleMarketIndex || c.rule == ruleIndexAlone || c.rule == ruleNumberedList {
			continue // an index: "the 100 largest" after "Nasdaq 100" is a count
		}
		k, end := f.tokenAt(c.start), f.tokenAt(c.end)
		n := 0
		switch {
		case stockIndexes[f.word(k)] || numberedLists[f.word(k)]:
		case vehicleMakers[f.text(k, k+2)]:
			n = 2
		case vehicleMakers[f.word(k)] || orgs.has(f.word(k)) || inOrgLexicon(f.word(k)):
			n = 1
		}
		if n == 0 || k+n >= end {
			continue
		}
		first := f.word(k + n)
		if !(modelNumber(first) && len(first) >= 3 || codeOfModel(first) || hyphenedModelCode(first)) || isYear(first) {
			continue
		}
		var words []string
		for i := k + n; i < end; i++ {
			words = append(words, f.toks[i].text)
		}
		if key := strings.Join(words, " "); !seen[key] {
			seen[key] = true
			models = append(models, words)
		}
	}
	if len(models) == 0 {
		return
	}
	taken := make([]bool, len(f.toks))
	for _, c := range f.cands {
		for i := f.tokenAt(c.start); i < len(f.toks) && f.toks[i].start < c.end; i++ {
			taken[i] = true
		}
	}
	outer := f.rule
	f.rule = ruleModelAgain
	defer func() { f.rule = outer }()
	added := 0
	for i := 0; i < len(f.toks); i++ {
		if taken[i] {
			continue
		}
		for _, words := range models {
			if f.toks[i].text != words[0] {
				continue
			}
			end := i + 1
			for end-i < len(words) && end < len(f.toks) && f.spaced(end) && f.toks[end].text == words[end-i] {
				end++ // over a part a phrase rule typed alone: "MAX" of "the 737 MAX"
			}
			if end-i < len(words) {
				end = i + 1 // the number alone: "the 737" after "Brelco 737 MAX"
			}
			if f.rangeOrShareAfter(end-1) || f.attached(i) || end < len(f.toks) && !taken[end] && f.upperWord(end) && f.spaced(end) && !f.toks[end].sentStart {
				continue // "737-800" is another model; "A350 Quux" a longer name
			}
			if end == i+1 && isNumber(words[0]) && !f.modelAgainAlone(i) {
				continue
			}
			f.add(i, end, Other, true)
			added++
			for k := i; k < end; k++ {
				taken[k] = true
			}
			i = end - 1
			break
		}
	}
	if added == 0 {
		return
	}
	// A part of a model that a phrase rule typed alone ("MAX" an acronym)
	// gives way to the model that holds it.
	mine := f.cands[len(f.cands)-added:]
	kept := f.cands[:0]
	for _, c := range f.cands[:len(f.cands)-added] {
		inside := false
		for _, m := range mine {
			inside = inside || m.start <= c.start && c.end <= m.end
		}
		if !inside {
			kept = append(kept, c)
		}
	}
	f.cands = append(kept, mine...)
}

// codeOfModel reports whether w is written as a model's code: three runes
// or more, a capital or a digit first, a digit and a capital in it, and
// no rune but letters and digits ("A350", "A320neo", "X5").
func codeOfModel(w string) bool {
	if len(w) < 3 || !(w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9') {
		return false
	}
	digits, capitals, _, others := codeRunes(w)
	return digits > 0 && capitals > 0 && others == 0
}

// modelAgainAlone reports whether the number at toks[i], a model's number
// the text named with its maker, names the model here: after an article
// or a possessive ("the 737", "its 737"), or before a word for a craft or
// a vehicle ("737 jets").
func (f *finder) modelAgainAlone(i int) bool {
	if f.lowerWord(i+1) && i+1 < len(f.tags) && (strings.HasPrefix(f.tags[i+1], "JJ") || f.tags[i+1] == "NNS" || f.tags[i+1] == "CD") && !craftCueNouns[f.word(i+1)] {
		return false // "the 100 largest", "the 300 jobs"
	}
	switch strings.ToLower(f.word(i - 1)) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "s":
		return true
	}
	next := f.word(i + 1)
	return f.lowerWord(i+1) && (craftCueNouns[next] || vehicleWords[next] || next == "fleet" || next == "model" || next == "models")
}

// hyphenedMission reports whether w is a capitalised word of four letters
// or more that no dictionary holds, a hyphen and a number of one to three
// digits ("Tianwen-1", "Chandrayaan-3", "Chang'e-4"), as space agencies
// number their missions; a disease ("Covid-19") is none.
func hyphenedMission(w string) bool {
	head, num, ok := strings.Cut(w, "-")
	if !ok || len(head) < 4 || head[0] < 'A' || head[0] > 'Z' || !isNumber(num) || len(num) > 3 || isEnglishWord(strings.ToLower(head)) ||
		strings.EqualFold(head, "Covid") {
		return false
	}
	for _, r := range head[1:] {
		if !(r >= 'a' && r <= 'z' || r == '\'' || r == '’') {
			return false
		}
	}
	return true
}

// releaseName returns the end of the name of a release of a system whose
// words start at toks[i]: up to three capitalised words ("Snow Leopard",
// "Mojave", "Snow Leopard Server") and a version with its decimals after
// them ("10.6.8"), or i where none follow.
func (f *finder) releaseName(i int) int {
	t := f.toks
	end := i
	for n := 0; n < 3 && end < len(t) && f.upperWord(end) && f.spaced(end) && !t[end].sentStart && !stopwords[t[end].text] &&
		!places.has(t[end].text) && !strings.ContainsAny(t[end].text, "0123456789"); n++ {
		end++
	}
	if end > i && end < len(t) && f.spaced(end) && isNumber(t[end].text) && len(t[end].text) <= 2 {
		end++
		for end+1 < len(t) && t[end].text == "." && f.attached(end) && f.attached(end+1) && versionDigits(t[end+1].text) {
			end += 2
		}
	}
	return end
}

// versionDigits reports whether w is the part of a version after a dot:
// digits, maybe with more dots inside ("2", "15", "6.8", which the
// tokens write as one word after a single digit).
func versionDigits(w string) bool {
	if w == "" || len(w) > 7 || w[0] == '.' || w[len(w)-1] == '.' {
		return false
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9' || r == '.') {
			return false
		}
	}
	return true
}
