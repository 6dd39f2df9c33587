package annotate

// Issue 16's fifteenth round, second wave (branch ner20q): software named
// by what is made for it. News names a browser, an operating system or a
// console mostly with no word for its kind next to it, but says what is
// built for it: "plug-ins for Varrowex and Quillix", "an app for Zorbly",
// "a version for Quillix OS". The names are invented, as are the
// sentences of the table tests (madefor_test.go).

// ruleProductMadeFor is the name of productMadeFor.
const ruleProductMadeFor = "a product something is made for"

// madeForNouns, in lower case before "for" and a name, are the things
// made for a program, a system or a device: its add-ons, its apps, its
// versions and ports. Words said of a company, a person or a place as
// often ("service", "support", "update", "product", "driver", "theme")
// are none: "a service for Brelco", "a driver for Zorbly", "an update for
// Ohio".
var madeForNouns = setOf("plugin", "plugins", "plug-in", "plug-ins", "extension", "extensions", "add-on", "add-ons",
	"addon", "addons", "app", "apps", "version", "versions", "port", "ports", "emulator", "emulators",
	"mod", "mods", "skin", "skins")

// madeForAt reports whether toks[a] follows a word of madeForNouns and
// "for" in the same sentence ("plug-ins for Varrowex"), or is the next name
// of a list that starts there ("plug-ins for Varrowex and Quillix",
// "apps for Varrowex, Quillix or Zorbly"): up to two earlier names of at
// most three capitalised words each, joined by commas, "and" or "or".
func (f *finder) madeForAt(a int) bool {
	for listed := 0; listed <= 2; listed++ {
		if a < 2 || f.toks[a].sentStart || f.lineBreakBefore(a) {
			return false
		}
		if f.word(a-1) == "for" {
			return f.lowerWord(a-2) && madeForNouns[f.word(a-2)]
		}
		join := f.word(a - 1)
		if join != "and" && join != "or" && join != "," {
			return false
		}
		k := a - 1
		if (join == "and" || join == "or") && f.word(k-1) == "," {
			k-- // "Varrowex, Quillix, and Zorbly"
		}
		start := k
		for start > 0 && k-start < 3 && f.upperWord(start-1) && !f.toks[start].sentStart {
			start--
		}
		if start == k {
			return false
		}
		a = start
	}
	return false
}

// productMadeFor: a name after a word for an add-on, an app or a version
// and "for" ("plug-ins for Varrowex", "an app for Zorbly", "the version for
// Quillix OS"), or listed with such a name ("for Varrowex and Quillix"), is
// the program or the device it is made for (other). The name must end its
// phrase there ("apps for Brelco devices" names the maker); a company, a
// platform or a place of the lists, a person, an acronym alone ("a version
// for PC") and a dictionary word starting its sentence are left to the
// other rules (plausibleUsedProduct): "an app for Facebook" is an
// organisation's, "a version for Europe" a place's. A single word the
// recogniser calls a person but no list knows as a given name or a
// surname is taken: the cue speaks of a program ("plug-ins for
// Varrowex").
func productMadeFor(f *finder, p *phraseSpan) bool {
	end := f.cuedProductEnd(p, f.madeForAt) // productuse.go
	if end < 0 {
		return false
	}
	f.add(p.a, end, Other, true)
	return true
}
