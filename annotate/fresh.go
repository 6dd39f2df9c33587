package annotate

import "strings"

// Rules from issue 16's study of what stays unsuggested on fresh text
// (testdata/unsuggested-study.md): names the recogniser left without any
// suggestion on unannotated pages.

// ruleStateOfNationality names the places stateOfNationality adds.
const ruleStateOfNationality = "a state named by a nationality"

// nationalStateWords end the name of a state or realm that a nationality
// leads ("German Empire", "French Republic", "German Reich").
var nationalStateWords = setOf("Empire", "Reich", "Republic", "Kingdom", "Confederation", "Federation",
	"Caliphate", "Sultanate", "Khanate", "Raj", "Protectorate", "Commonwealth", "Dominion")

// regionCompassWords name a part of a region ("East Africa", "South-West
// Africa").
var regionCompassWords = setOf("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
	"Central", "Equatorial", "Northeast", "Northwest", "Southeast", "Southwest")

// stateOfNationality types as a place a state, realm or colony named by a
// nationality: the nationality and a word for a state ("German Empire",
// "Russian Empire", "French Republic", "German Reich"), or the
// nationality, a point of the compass and a place ("German East Africa",
// "German South-West Africa", "Portuguese West Africa"), where the phrase
// is nothing more (not "German East Africa Company"). Without it the
// nationality is cut off as an adjective and the rest is typed alone
// ("Reich", "East Africa") or left.
func stateOfNationality(f *finder, p *phraseSpan) bool {
	t := f.toks
	a := p.a
	if a < p.b && t[a].text == "The" {
		a++
	}
	if p.b-a < 2 || !demonyms.has(t[a].text) {
		return false
	}
	for i := a + 1; i < p.b; i++ {
		if !t[i].word || !t[i].upper {
			return false
		}
	}
	ok := p.b-a == 2 && nationalStateWords[t[a+1].text]
	if !ok && p.b-a >= 3 {
		compass := true
		for _, w := range strings.FieldsFunc(t[a+1].text, func(r rune) bool { return r == '-' || r == '‐' }) {
			compass = compass && regionCompassWords[w]
		}
		ok = compass && places.has(f.text(a+2, p.b))
	}
	if !ok {
		return false
	}
	f.add(a, p.b, Place, true)
	return true
}

// ruleGivenNameBeforeCouple names the persons givenNameBeforeCouple adds.
const ruleGivenNameBeforeCouple = "a given name joined to a full name"

// givenNameBeforeCouple types a given name alone before "and" and a
// person's full name as a person too: a couple or siblings named with
// one surname ("Ingrid and Guido Haase", "Mary and John Smith"). The full
// name must have two words, and no capitalised word may follow it
// ("Simon and Schuster", "Tom and Jerry Show", "Mary and John Smith
// Foundation" stay).
func givenNameBeforeCouple(f *finder, p *phraseSpan) bool {
	t := f.toks
	a, b := p.a, p.b
	if p.descriptor || b-a != 1 || b+2 >= len(t) || t[b].text != "and" || !firstNames.has(t[a].text) || t[a].allCaps ||
		places.has(t[a].text) || orgs.has(t[a].text) {
		return false
	}
	if !firstNames.has(t[b+1].text) || !f.fullPersonName(b+1, b+3) || eventLastWords[t[b+2].text] ||
		b+3 < len(t) && t[b+3].word && t[b+3].upper {
		return false
	}
	f.add(a, b, Person, true)
	return true
}
