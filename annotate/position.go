package annotate

import "strings"

// A place is often told by where its name stands: after a bearing ("20
// miles south of Brelford"), between two places ("the bridge between the
// Herengracht and the Amstel"), in a list with a place ("across Tulsa and
// Brelford"), at one end of a route ("from Quarrington to Vellmore"), set
// off by commas after the word for its kind ("the capital,
// Quarrington,"), or before a part of a place that it owns ("Brelford's
// outskirts", "Zorbland's capital"). A person's surname is told the same way, listed with a
// person ("the Nixon and Clinton years") or before a word for a person's
// time in office ("the Nixon administration"). These cues hold for every
// name of the class, listed or not, and are read where a rule has no
// gazetteer to go by.

// placeByPosition reports whether the words around toks[a:b] put a place
// there.
func (f *finder) placeByPosition(a, b int) bool {
	return f.placeByStrongPosition(a, b) || f.placeByWeakPosition(a, b)
}

// placeByWeakPosition reports whether toks[a:b] stand where places stand
// as often as companies and people do: between two names ("between the
// Herengracht and Amstel", "talks between Quorvex and Zentrix"), at an end
// of a route ("from Quarrington to Vellmore", "moved from Quorvex to
// Zentrix"), or listed with a name a rule typed a place. It is evidence
// only for a name the recogniser reads as a place.
func (f *finder) placeByWeakPosition(a, b int) bool {
	k := a - 1
	if strings.EqualFold(f.word(k), "the") {
		k--
	}
	switch before := strings.ToLower(f.word(k)); {
	case before == "between" && f.lowerWord(k):
		return true // "between the Herengracht and Amstel"
	case (before == "and" || before == "or") && f.lowerWord(k) || before == "," && f.listGoesOn(b):
		if n := len(f.cands); n > 0 && k > 0 && f.cands[n-1].end == f.toks[k-1].end && f.cands[n-1].typ == Place {
			return true // "between the Herengracht and Amstel"
		}
	case before == "to" && f.lowerWord(k):
		if start := f.phraseStart(k - 1); start > 0 && strings.EqualFold(f.word(start-1), "from") {
			return true // "from Quarrington to Vellmore"
		}
	}
	if n := b; f.word(n) == "to" && strings.EqualFold(f.word(a-1), "from") && f.upperWord(n+1) {
		return true // "from Quarrington to Vellmore"
	}
	return false
}

// placeByStrongPosition reports whether the words around toks[a:b] put a
// place there whatever the recogniser reads: a bearing, a word for a part
// or the people of a place, its kind set off by commas, a list with a
// place a gazetteer lists.
func (f *finder) placeByStrongPosition(a, b int) bool {
	k := a - 1
	if strings.EqualFold(f.word(k), "the") {
		k--
	}
	switch before := strings.ToLower(f.word(k)); {
	case before == "of" && bearingWords[strings.ToLower(f.word(k-1))]:
		return true // "20 miles south of Brelford"
	case before == "of" && k == a-1 && placePartNouns[f.word(k-1)]&beforeOf != 0 && f.lowerWord(k-1):
		return true // "the mayor of Brelford", "the Hartfield section of Brelford"
	case (before == "and" || before == "or") && f.lowerWord(k) || before == "," && f.listGoesOn(b):
		if f.placeEndsAt(k - 1) {
			return true // "across Denver and Vellmore", "Denver, Vellmore and Tulsa"
		}
	}
	if f.word(b) == "," && strings.EqualFold(f.word(b+1), "the") {
		// "Kharvan, the regional capital,": a name before its kind.
		for k := b + 2; k < b+5 && f.lowerWord(k); k++ {
			if placeKindNouns[f.word(k)] {
				return f.word(k+1) == "," || f.word(k+1) == "." || f.word(k+1) == "of"
			}
		}
	}
	if f.word(a-1) == "," && f.word(b) == "," && placeKindNouns[f.word(a-2)] &&
		(strings.EqualFold(f.word(a-3), "the") || f.word(a-3) == "s" && isApostrophe(f.word(a-4))) {
		return true // "the capital, Quarrington, was quiet", "Zorbland's capital, Quarrington,"
	}
	if isApostrophe(f.word(b)) && f.word(b+1) == "s" && f.lowerWord(b+2) && (placePartNouns[f.word(b+2)]&afterPossessive != 0 || placeKindNouns[f.word(b+2)] && f.word(b+3) == ",") {
		return true // "Brelford's outskirts", "Zorbland's capital, Quarrington,"
	}
	if f.lowerWord(b) && localNouns[f.word(b)] {
		return true // "the Brelford police", "a Harmsby man"
	}
	// The name before a place: "Vellmore and Tulsa", "from Brelford to
	// Tulsa".
	n := b
	if w := f.word(n); (w == "and" || w == "or" || w == "to" && strings.EqualFold(f.word(a-1), "from")) && f.lowerWord(n) {
		n++
		if strings.EqualFold(f.word(n), "the") {
			n++
		}
		if end := f.phraseEnd(n); end > n && w == "and" && placeCueNouns[f.word(end)] && f.lowerWord(end) {
			return true // "Quarrington and Brelford counties"
		}
		return f.placeStartsAt(n)
	}
	return false
}

// placeEndsAt reports whether the name ending at toks[i] is a place: one
// a rule typed so by its context, or a well-known one (GeoNames' towns
// alone are too weak: "Smith" is a town too).
func (f *finder) placeEndsAt(i int) bool {
	start := f.phraseStart(i)
	if start < 0 {
		return false
	}
	if n := len(f.cands); n > 0 && f.cands[n-1].end == f.toks[i].end && f.cands[n-1].typ == Place && f.cands[n-1].firm &&
		f.cands[n-1].rule != rulePlacePosition {
		return true
	}
	name := f.text(start, i+1)
	return places.has(name) || states.has(name)
}

// placeStartsAt reports whether the name starting at toks[i] is a
// well-known place.
func (f *finder) placeStartsAt(i int) bool {
	if !f.upperWord(i) {
		return false
	}
	name := f.text(i, f.phraseEnd(i))
	return places.has(name) || states.has(name)
}

// surnameByPosition: "Unlike the Taft and Hoover inquiries", "the
// Taft administration": one word that the recogniser calls a place and
// that no gazetteer of well-known places lists (GeoNames has a town of
// nearly every surname: "Nixon", "Lincoln") is a person's surname where it
// is listed with a person of the text, or stands before a word for a
// person's time in office. A title before it is read by the title rules.
func surnameByPosition(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a != 1 || f.recognised(a, b) != Place || places.has(f.text(a, b)) || states.has(f.text(a, b)) ||
		f.toks[a].allCaps || f.placeByPosition(a, b) {
		return false
	}
	if prev := strings.ToLower(f.word(a - 1)); f.lowerWord(a-1) && (placePrepositions[prev] || prev == "of" || prev == "between") {
		return false // "Ryan Wu, 31, of Hope and Bo Quux": an address
	}
	next := strings.ToLower(f.word(b))
	listed := false
	switch {
	case officeTimeNouns[next] && f.lowerWord(b):
		listed = true
	case (next == "and" || next == "or") && f.lowerWord(b):
		listed = f.personStartsAt(b + 1)
	}
	if prev := f.word(a - 1); !listed && (prev == "and" || prev == "or") && f.lowerWord(a-1) {
		start := f.phraseStart(a - 2)
		listed = f.personEndsAt(a-2) && !strings.EqualFold(f.word(start-1), "between")
	}
	if !listed {
		return false
	}
	f.add(a, b, Person, true)
	return true
}

// personStartsAt reports whether the capitalised word at toks[i] is a
// surname of a person of the text, or starts a person's full name.
func (f *finder) personStartsAt(i int) bool {
	if !f.upperWord(i) {
		return false
	}
	return f.surnameSoFar(f.word(i)) || f.fullPersonName(i, f.phraseEnd(i)) || f.takenUpAsPerson(f.word(i))
}

// personEndsAt reports whether the name ending at toks[i] is a person's:
// one a rule typed so, or a surname of a person named before.
func (f *finder) personEndsAt(i int) bool {
	start := f.phraseStart(i)
	if start < 0 {
		return false
	}
	if n := len(f.cands); n > 0 && f.cands[n-1].end == f.toks[i].end && f.cands[n-1].typ == Person {
		return true
	}
	return f.surnameSoFar(f.text(start, i+1))
}

// officeTimeNouns follow a person's surname to name the time the person
// held an office ("the Nixon administration", "the Lincoln presidency",
// "the Bush years"); "campaign" is left out, said of places too ("the
// Gallipoli campaign").
var officeTimeNouns = setOf("administration", "administrations", "presidency", "era", "years", "impeachment",
	"doctrine")

// placeOfPosition: "flights from Quarrington to Vellmore", "20 miles
// south of Brelford": a name of one to three words that the recogniser
// calls no person and no organisation is a place where its position says
// so (placeByStrongPosition; placeByWeakPosition only where the recogniser
// reads a place: "talks between Quorvex and Zentrix" are a company's),
// firmly: "the" before it ("between the Herengracht
// and the Amstel") does not make it an organisation, as it does a place
// only the recogniser reads (resolve). A given name or a word of English alone is left
// to the recogniser ("between Ann and Bo", "from Start to Finish").
func placeOfPosition(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	if p.descriptor || b-a > 3 || f.toks[a].allCaps {
		return false
	}
	typ := f.recognised(a, b)
	strong := f.placeByStrongPosition(a, b)
	if typ == Organization || typ == Person && !(strong && towns.has(f.text(a, b))) {
		// The recogniser's person gives way only to a strong cue and a
		// town of that name ("Ann Lincoln met the mayor of Lincoln").
		return false
	}
	name := f.text(a, b)
	town := strong && (towns.has(name) || places.has(name))
	if !town && f.surnameOfPersonFound(a, b) {
		return false
	}
	if b-a == 1 && !town && (firstNames.has(name) || isEnglishWord(name) || f.isCommonWord(name)) || f.fullPersonName(a, b) ||
		!strong && !(typ == Place && f.placeByWeakPosition(a, b)) {
		// A given name or a word alone is a place only by a strong cue
		// and a town of that name ("the mayor of Lincoln", "the mayor of
		// Reading").
		return false
	}
	if !strong {
		// Measured apart, and weak until the gold set holds enough of
		// them: companies stand there too ("moved from Quorvex to
		// Zentrix").
		f.rule = ruleWeakPlacePosition
	}
	f.add(a, b, Place, true)
	return true
}

// rulePlacePosition names the places placeOfPosition finds by a strong
// cue ("south of X", "the mayor of X").
const rulePlacePosition = "a place by its position"

// ruleWeakPlacePosition names the places placeOfPosition finds by a weak
// position only.
const ruleWeakPlacePosition = "a place between names or on a route"

// placePartNouns name a part or the people of a place, before "of" and
// the place ("the mayor of Brelford", "the streets of Kharvan", "the
// Hartfield section of Brelford") or after its possessive ("Brelford's
// outskirts", "Zorbland's border"); a company has no outskirts and a
// person no coast. "Capital", "regions" and "port" are said of a company
// too ("Quorvex's capital", "its regions"). Each word says where it puts
// a place.
var placePartNouns = map[string]partPosition{
	"residents": beforeOf | afterPossessive, "inhabitants": beforeOf | afterPossessive,
	"mayor": beforeOf | afterPossessive, "streets": beforeOf | afterPossessive,
	"outskirts": beforeOf | afterPossessive, "suburbs": beforeOf | afterPossessive,
	"downtown": beforeOf | afterPossessive,

	"native": beforeOf, "natives": beforeOf, "citizens": beforeOf, "townspeople": beforeOf, "villagers": beforeOf,
	"section": beforeOf, "skyline": beforeOf,

	"coast": afterPossessive, "coastline": afterPossessive, "shores": afterPossessive, "border": afterPossessive,
	"borders": afterPossessive, "countryside": afterPossessive, "harbour": afterPossessive,
	"harbor": afterPossessive, "population": afterPossessive, "provinces": afterPossessive,
	"neighbourhoods": afterPossessive, "neighborhoods": afterPossessive, "airport": afterPossessive,
}

// partPosition says where a word of placePartNouns puts a place.
type partPosition uint8

const (
	beforeOf        partPosition = 1 << iota // "the mayor of Brelford"
	afterPossessive                          // "Brelford's mayor"
)

// listGoesOn reports whether a list of names goes on after toks[b] ("X,
// Y and Z", "X, Y, Z"): a comma alone before a name may end a clause
// ("near Gladstone Avenue, Harris said").
func (f *finder) listGoesOn(b int) bool {
	w := f.word(b)
	return w == "," || (w == "and" || w == "or") && f.lowerWord(b)
}
