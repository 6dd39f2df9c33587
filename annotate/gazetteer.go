package annotate

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The gazetteer and the list of demonyms are plain text files, one name a
// line, written for Margin from general knowledge. They settle what a
// statistical recogniser gets wrong most often in news: which capitalised
// words are well-known places, and which only look like them.
var (
	//go:embed data/places.txt
	placesData string
	//go:embed data/demonyms.txt
	demonymsData string
	//go:embed data/organizations.txt
	orgsData string
	//go:embed data/short-names.txt
	shortNamesData string
)

// fullNames maps a well-known short form ("U.S.") to the full name an
// entity is filed under ("United States").
var fullNames = func() map[string]string {
	m := make(map[string]string)
	for _, line := range strings.Split(shortNamesData, "\n") {
		short, full, ok := strings.Cut(line, " = ")
		if ok && !strings.HasPrefix(line, "#") {
			m[strings.TrimSpace(short)] = strings.TrimSpace(full)
		}
	}
	return m
}()

// FullName returns the full name a well-known short form stands for
// ("United Kingdom" for "UK"), or name itself.
func FullName(name string) string {
	if full, ok := fullNames[name]; ok {
		return full
	}
	return name
}

// gazetteer is a set of names, with the longest name's length in words so
// phrase matching knows how far to look.
type gazetteer struct {
	names    map[string]bool
	maxWords int
}

var (
	places   = loadGazetteer(placesData, false)
	demonyms = loadGazetteer(demonymsData, true)
	orgs     = loadGazetteer(orgsData, false)
)

// loadGazetteer parses a name list. With plurals, each name's plural in -s
// is added too ("Russians", "Afghans").
func loadGazetteer(data string, plurals bool) gazetteer {
	g := gazetteer{names: make(map[string]bool)}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		g.names[line] = true
		if plurals && !strings.HasSuffix(line, "s") && !strings.HasSuffix(line, "sh") && !strings.HasSuffix(line, "ese") {
			g.names[line+"s"] = true
		}
		g.maxWords = max(g.maxWords, len(strings.Fields(line)))
	}
	return g
}

// has reports whether name is in the gazetteer.
func (g gazetteer) has(name string) bool { return g.names[name] }

// IsPlace reports whether name is a well-known place in Margin's gazetteer
// of countries, capitals, major cities, US states and world regions.
func IsPlace(name string) bool { return places.has(name) }

// IsDemonym reports whether word names a people or nationality ("Russian",
// "Ukrainians"), which is not a place.
func IsDemonym(word string) bool { return demonyms.has(word) }

// The large lists (see data/README.md): GeoNames' towns and regions, English
// given names, and the abbreviations of states written after a town.
var (
	//go:embed data/towns.txt
	townsData string
	//go:embed data/first-names.txt
	firstNamesData string
	//go:embed data/given-names-us.txt
	usGivenNamesData string
	//go:embed data/given-names-world.txt
	worldGivenNamesData string
	//go:embed data/states.txt
	statesData string
	//go:embed data/english-words.txt
	englishWordsData string
	//go:embed data/features.txt
	featuresData string
)

var (
	// namedFeatures are the named places of other kinds than towns
	// (features.txt), also read as part of the towns.
	namedFeatures = sortedList{data: featuresData}
	geoNamesTowns = sortedList{data: townsData}
	towns         = townList{lists: []sortedList{geoNamesTowns, namedFeatures}}
	firstNames    = givenNames{english: sortedList{data: firstNamesData}, us: sortedList{data: usGivenNamesData}, world: sortedList{data: worldGivenNamesData}}
	states        = loadGazetteer(statesData, false)
	// englishWords are the words of English written in lower case (SCOWL,
	// through Debian's wamerican; no proper nouns): "unite", "plasma".
	englishWords = sortedList{data: englishWordsData}
)

// isEnglishWord reports whether w, in lower case, is a word of English
// ("Plasma", "Unite"), not a proper noun only ("Audi"). Many surnames are
// words too ("Smith", "Bush"), so it is evidence only with others.
func isEnglishWord(w string) bool { return englishWords.has(strings.ToLower(w)) }

// sortedList is a set of names kept as its embedded text, one name a line
// in byte order, and searched by halving: it costs no map and no start-up
// work, which matters for a list of 190,000 towns.
type sortedList struct {
	data string
}

// lineAt returns where the line holding data[i] starts and ends (at its
// newline or the end of the list): the step of leadsAtLeast's halving
// (has reads its lines forward from the middle instead).
func (l sortedList) lineAt(i int) (start, end int) {
	start = strings.LastIndexByte(l.data[:i], '\n') + 1
	end = strings.IndexByte(l.data[i:], '\n')
	if end < 0 {
		return start, len(l.data)
	}
	return start, end + i
}

// has reports whether name is a line of the list. A name the list's
// filter rejects is not (see listFilter), which spares most names the
// search. Each halving step reads
// the first line that starts at or after the middle (one forward scan for
// its start, one for its end), falling back to the line at lo where no
// line starts in the upper half: lo is always a line's start, every line
// before lo sorts below name and every line from hi on above it.
func (l sortedList) has(name string) bool {
	if name == "" || strings.Contains(name, "\n") || !filterOf(l.data).mayHave(name) {
		return false
	}
	data := l.data
	lo, hi := 0, len(data)
	for lo < hi {
		s := lo + (hi-lo)/2
		if s > lo && data[s-1] != '\n' {
			if k := strings.IndexByte(data[s:], '\n'); k >= 0 {
				s += k + 1
			} else {
				s = len(data)
			}
		}
		if s >= hi {
			s = lo
		}
		e := strings.IndexByte(data[s:], '\n')
		if e < 0 {
			e = len(data)
		} else {
			e += s
		}
		switch line := data[s:e]; {
		case line == name:
			return true
		case line < name:
			lo = e + 1
		default:
			hi = s
		}
	}
	return false
}

// leadsAtLeast reports whether n lines of the list or more start with
// prefix: found by halving to the first line not below prefix, then read
// on line by line.
func (l sortedList) leadsAtLeast(prefix string, n int) bool {
	lo, hi := 0, len(l.data) // the first line >= prefix starts in [lo, hi]
	for lo < hi {
		start, end := l.lineAt(lo + (hi-lo)/2)
		if l.data[start:end] < prefix {
			lo = end + 1
		} else {
			hi = start
		}
	}
	rest := l.data[min(lo, len(l.data)):]
	for k := 0; k < n; k++ {
		if !strings.HasPrefix(rest, prefix) {
			return false
		}
		next := strings.IndexByte(rest, '\n')
		if next < 0 {
			return k+1 >= n
		}
		rest = rest[next+1:]
	}
	return true
}

// IsTown reports whether name is a town or region of GeoNames (weak
// evidence of a place: many towns share a name with a person).
func IsTown(name string) bool { return towns.has(name) }

// townList is GeoNames' list of towns, read with the abbreviations news
// writes for a town's first word: GeoNames spells "Saint Croix", "Mount
// Vernon" and "Fort Myers" out, while papers write "St. Croix", "Mt.
// Vernon" and "Ft. Myers" (and the other way round).
//
// The second list is of the named places of other kinds (features.txt:
// WordNet's regions, islands, rivers, mountains and named structures, and
// CLDR's subdivisions of every country: "Hertfordshire", "Tiber",
// "Louvre"), read with the same weight: a place where the text agrees.
type townList struct {
	lists []sortedList
}

// hasName reports whether name is a line of one of the lists.
func (l townList) hasName(name string) bool {
	for _, list := range l.lists {
		if list.has(name) {
			return true
		}
	}
	return false
}

// townAbbreviations pair a town's first word as GeoNames writes it with
// its abbreviation.
var townAbbreviations = [][2]string{{"Saint ", "St. "}, {"Sainte ", "Ste. "}, {"Mount ", "Mt. "}, {"Fort ", "Ft. "}, {"Port ", "Pt. "}}

// has reports whether name, or name with its first word abbreviated or
// spelled out, is a town.
func (l townList) has(name string) bool {
	if l.hasName(name) {
		return true
	}
	for _, ab := range townAbbreviations {
		if rest, ok := strings.CutPrefix(name, ab[1]); ok {
			return l.hasName(ab[0] + rest)
		}
		if rest, ok := strings.CutPrefix(name, ab[0]); ok {
			return l.hasName(ab[1] + rest)
		}
	}
	return false
}

// givenNames are the given names of three lists: Moby's English names,
// the US Social Security Administration's (every name given to 500 babies
// or more since 1880), which adds the names of every origin that Americans
// bear ("Alexandria", "Jalen", "Fatima", "Rishi"), and the names of many
// countries of two fake-data libraries ("Narendra", "Wojciech", "Zlatan",
// "Oluwaseun"; data/given-names-world.txt, no English word, place or town).
type givenNames struct {
	english, us, world sortedList
}

// has reports whether name is a given name. A name of the American list
// only that is also an ordinary English word ("Hope", "Chase", "Story") is
// not taken for one: such names are too often the word.
//
// Accents are read as the lists write the name, without them ("André",
// "José", "Søren" are found as "Andre", "Jose", "Soren"). A hyphenated
// given name is one whose two halves are given names ("Jean-Claude",
// "Anne-Marie") and that names no organisation of the lexicon
// ("Harley-Davidson").
func (g givenNames) has(name string) bool {
	if g.english.has(name) {
		return true
	}
	if (g.us.has(name) || g.world.has(name)) && !isBasicWord(name) {
		return true
	}
	if plain := foldAccents(name); plain != name {
		return g.has(plain)
	}
	if first, second, ok := strings.Cut(name, "-"); ok && first != "" && second != "" && !strings.Contains(second, "-") &&
		unicode.IsUpper([]rune(second)[0]) && g.has(first) && g.has(second) && !inOrgLexicon(name) {
		return true // but "Harley-Davidson", "Sherwin-Williams" are companies
	}
	return false
}

// foldAccents writes the accented Latin letters of s without their accents.
func foldAccents(s string) string {
	plainASCII := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			plainASCII = false
			break
		}
	}
	if plainASCII {
		return s // no accented letter: nothing to write
	}
	var b strings.Builder
	changed := false
	for _, r := range s {
		if plain, ok := accentFree[r]; ok {
			b.WriteString(plain)
			changed = true
			continue
		}
		b.WriteRune(r)
	}
	if !changed {
		return s
	}
	return b.String()
}

// accentFree maps an accented letter to the letters written without it.
var accentFree = func() map[rune]string {
	m := map[rune]string{}
	for _, pair := range []string{"áa", "àa", "âa", "äa", "ãa", "åa", "āa", "ąa", "ée", "èe", "êe", "ëe", "ēe",
		"ęe", "ěe", "íi", "ìi", "îi", "ïi", "īi", "ıi", "óo", "òo", "ôo", "öo", "õo", "øo", "ōo", "őo", "úu",
		"ùu", "ûu", "üu", "ūu", "ůu", "űu", "ñn", "ńn", "ňn", "çc", "ćc", "čc", "ýy", "ÿy", "šs", "śs", "şs",
		"žz", "źz", "żz", "řr", "łl", "ğg", "ďd", "ťt", "ÁA", "ÀA", "ÂA", "ÄA", "ÅA", "ÉE", "ÈE", "ÊE", "ÍI",
		"ÎI", "İI", "ÓO", "ÔO", "ÖO", "ØO", "ÚU", "ÜU", "ÑN", "ÇC", "ČC", "ŠS", "ŞS", "ŽZ", "ŁL", "ÆAe", "æae"} {
		rs := []rune(pair)
		m[rs[0]] = string(rs[1:])
	}
	return m
}()
