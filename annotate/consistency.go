package annotate

// One name, one type in a clipping (issue 16). resolve gives each name the
// type most of its mentions were given, and a mention typed by the words
// around it keeps its own ("in Pittsburgh" a place, "Pittsburgh beat" a
// team). What a mention says of itself is not all of a kind, though: a
// gazetteer or a given name only guesses from how a name is written, the
// same guess at every mention, while the words around one mention
// ("an analyst at Smith Barney", "Mr. Dinkins said") read that mention.
// contextTypes gathers what the mentions' contexts say of each name, so
// that a guess gives way to it.

// weakGuessRules type a name by its form alone, with less to go on than a
// list of well-known names: a given name leading it, capitals, camel case,
// the lexicon's companies, a place's name leading a longer one, the
// recogniser's label. A reading of another mention's context outweighs
// them.
var weakGuessRules = setOf("a person by a first name", "an acronym", "a company written in camel case", ruleLexiconOrganization,
	"the recogniser's label", "a place or acronym before a name")

// listGuessRules type a name because a list of well-known names holds it
// ("Amazon", "Georgia"). Only a context rule measured as reliable as the
// list outweighs them: "in Apple" is no town.
var listGuessRules = setOf("a place in the gazetteer", ruleGazetteerOrganization, ruleInstitution)

// reliableContext is the precision a context rule must have measured on
// the tune part (ruleConfidence) to outweigh a list of well-known names.
const reliableContext = 0.9

// contextReading is what the context rules said of a name's mentions: the
// one type they agree on, and the least reliable of them.
type contextReading struct {
	typ   EntityType
	worst float64
}

// contextTypes returns, for each name some mention of which a context
// rule typed, the type those mentions agree on; a name whose contexts
// disagree ("in Pittsburgh", "Pittsburgh beat") is left out.
func (f *finder) contextTypes() map[string]contextReading {
	out := map[string]contextReading{}
	clash := map[string]bool{}
	for _, c := range f.cands {
		if !c.firm || c.typ == "" || !contextRules[c.rule] {
			continue
		}
		conf := confidence(c.rule)
		if prev, ok := out[c.name]; ok {
			if prev.typ != c.typ {
				clash[c.name] = true
			}
			conf = min(conf, prev.worst)
		}
		out[c.name] = contextReading{c.typ, conf}
	}
	for name := range clash {
		delete(out, name)
	}
	return out
}

// readByContext returns the type the contexts of c's name's other
// mentions give it where c's own type is only a guess from its form that
// they outweigh; else c's type.
func readByContext(c candidate, ctx map[string]contextReading) EntityType {
	r, ok := ctx[c.name]
	if !ok || r.typ == c.typ || c.typ == "" {
		return c.typ
	}
	switch {
	case weakGuessRules[c.rule]:
		return r.typ
	case listGuessRules[c.rule] && r.worst >= reliableContext && !(c.typ == Place && r.typ == Organization):
		// A place's name a context reads as its team ("Serbia takes on
		// Japan") is the team at its other mentions only where
		// teamsEverywhere says so: "Uchiyama of Japan" is the place.
		return r.typ
	}
	return c.typ
}
