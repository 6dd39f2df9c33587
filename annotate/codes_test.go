package annotate

import (
	"reflect"
	"strings"
	"testing"
)

// codeCase is a sentence written for the test (no name of a gold
// article) and the names one rule of codes.go adds to it, as
// "type:text".
type codeCase struct {
	text string
	want []string
}

// runCodeRule runs one rule of codes.go alone on text and returns the
// names it adds.
func runCodeRule(text string, rule func(f *finder, covered map[int]bool)) []string {
	runes := []rune(text)
	toks := tokenize(runes)
	labels, tags := recognise(text, runes, toks)
	f := &finder{runes: runes, toks: toks, labels: labels, tags: tags, lowerWords: lowerWordsOf(toks), sports: isSportsReport(toks)}
	rule(f, map[int]bool{})
	out := []string{}
	for _, c := range f.cands {
		out = append(out, string(c.typ)+":"+string(runes[c.start:c.end]))
	}
	return out
}

func TestCodeRules(t *testing.T) {
	loadModel()
	rules := []struct {
		name  string
		rule  func(f *finder, covered map[int]bool)
		cases []codeCase
	}{
		{ruleDottedModel + ", " + ruleDottedFamily, (*finder).dottedModels, []codeCase{
			{"Brelco said the Kia QX.3 goes on sale in May.", []string{"other:Kia QX.3"}},
			{"The QX.4 follows next year, and the QX.5 Pro later.", []string{"other:QX.4", "other:QX.5 Pro"}},
			{"The QZ.LIGHT headlamps glow.", []string{"other:QZ.LIGHT"}},
			{"As Kia QX.3 production begins, rivals wait.", []string{"other:Kia QX.3"}},
			{"After the QX.3, the QX. VARROW QUUX 4Motion shows a van; all QX. models share a base.",
				[]string{"other:QX.3", "other:QX. VARROW QUUX 4Motion", "other:QX."}},
			{"The QX. VARROW concept drew crowds.", []string{}},                  // no model of the family in the text
			{"He showed his ID. Police let him go.", []string{}},                 // a word and a full stop
			{"Visit www.QX.3.com for details.", []string{}},                      // an address
			{"Growth was 1.2 percent, and the US.Then prices fell.", []string{}}, // a full stop with no space
		}},
		{ruleVersionedSystem, (*finder).versionedSoftware, []codeCase{
			{"The Windows 10 update broke printers.", []string{"other:Windows 10"}},
			{"Apple released iOS 13.2 on Monday, and macOS 10.15.7 followed.", []string{"other:iOS 13.2", "other:macOS 10.15.7"}},
			{"Scripts written for Python 2 fail on Python 3.", []string{"other:Python 2", "other:Python 3"}},
			{"It runs Windows Server 2019 and Windows 10 Pro.", []string{"other:Windows Server 2019", "other:Windows 10 Pro"}},
			{"As Android 10 spreads, users wait.", []string{"other:Android 10"}},
			{"He sold 3 Windows 10 licences.", []string{}},
			{"Windows 10 percent of homes leak.", []string{}},
			{"Support for Windows XP ended, and Mac OS X was renamed.", []string{"other:Windows XP", "other:Mac OS X"}},
			{"He wore an X shirt from the OS Vista shop.", []string{}},
			{"It needs Mac OS X Snow Leopard 10.6.8 or macOS Mojave 10.14 to run.", []string{"other:Mac OS X Snow Leopard 10.6.8", "other:macOS Mojave 10.14"}},
			{"I ran macOS Mojave at home.", []string{}},
			{"Android 10 phones get the update.", []string{"other:Android 10"}},
			{"Install Debian GNU/Linux 9 first.", []string{}},
			{"The Varrow Windows 10 team met.", []string{}},
			{"Windows 2019 sales rose.", []string{}}, // a year is no version of Windows alone
			{"Swift 5% gains followed.", []string{}},
		}},
		{ruleNumberedList, (*finder).numberedRankings, []codeCase{
			{"She led a Fortune 500 company in Ohio.", []string{"other:Fortune 500"}},
			{"The Russell 2000 index gained 0.8 percent.", []string{"other:Russell 2000"}},
			{"It made the Fortune Global 500 list.", []string{"other:Fortune Global 500"}},
			{"Kurt Russell 2000 was a title.", []string{}},
			{"Fortune 2019 rankings came out.", []string{}},
			{"Forbes 40 under 40 named her.", []string{}},
		}},
		{ruleNumberedMission, (*finder).numberedMissions, []codeCase{
			{"The Apollo 11 astronauts walked on the moon, and the spacecraft returned after its launch.", []string{"other:Apollo 11"}},
			{"A Falcon 9 rocket put the satellite in orbit after launch.", []string{"other:Falcon 9"}},
			{"The Expedition 61 crew reached orbit; the mission and the launch went well.", []string{"other:Expedition 61"}},
			{"Artemis II will carry four astronauts around the moon after the rocket launch.", []string{"other:Artemis II"}},
			{"Artemis I will fly; the rocket, the capsule and the launch are ready.", []string{}},
			{"Varrowen-1 reached orbit after its launch on a rocket; the mission went well.", []string{"other:Varrowen-1"}},
			{"Varrowen-1 won the match 3-1, the launch of a season.", []string{}},
			{"Covid-19 slowed the rocket launch and the mission to orbit.", []string{}},
			{"Delta 2 flights left at noon, and the Atlas 5 deal closed.", []string{}}, // no text about spaceflight
			{"The rocket, the satellite and the launch: Mercury 3-4 times higher.", []string{}},
			{"The rocket and the satellite left orbit; Pioneer 10 times faster.", []string{}},
		}},
	}
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			for _, c := range r.cases {
				if got := runCodeRule(c.text, r.rule); !reflect.DeepEqual(got, c.want) {
					t.Errorf("%q: added %q, want %q", c.text, got, c.want)
				}
			}
		})
	}
}

// TestCodedNamesInSuggestions checks that the names of codes.go reach
// the suggestions whole and that the phrase rules do not type their parts
// otherwise ("VW" an organisation, "Windows" a team).
func TestCodedNamesInSuggestions(t *testing.T) {
	loadModel()
	tests := []struct{ text, span string }{
		{"Volkswagen said the VW QX.3 will go on sale in Europe.", "VW QX.3"},
		{"The Windows 10 update broke printers, Microsoft said.", "Windows 10"},
		{"It is a Fortune 500 company with offices in Ohio.", "Fortune 500"},
		{"He bought an Audi R8 last year.", "Audi R8"},
		{"It needs macOS Mojave 10.14 to run.", "macOS Mojave 10.14"}, // no "macOS" of the brands in lower case
	}
	for _, tt := range tests {
		if got := suggestedAs(t, tt.text, tt.span); got != Other {
			t.Errorf("%q in %q suggested as %q, want other (suggestions: %v)", tt.span, tt.text, got, Suggest(tt.text, nil))
		}
		for _, s := range overlapping(t, tt.text, tt.span) {
			if s.Selector.Exact != tt.span {
				t.Errorf("%q in %q: part %q suggested as %q", tt.span, tt.text, s.Selector.Exact, s.Type)
			}
		}
	}
	// A maker named with a person's name is no product of a known maker.
	if got := suggestedAs(t, "The F-35 is late, Lockheed Martin said.", "Lockheed Martin"); got != Organization {
		t.Errorf("Lockheed Martin suggested as %q, want organization", got)
	}
	if !strings.Contains(ruleDottedFamily, "dot") {
		t.Fatal("rule names changed")
	}
}

// TestModelsAgain is the table of modelsAgain: a maker's model named again
// without its maker, and the numbers that count rather than name.
func TestModelsAgain(t *testing.T) {
	loadModel()
	named := []struct{ text, span string }{
		{"Regulators grounded the Boeing 737 MAX in March. The 737 MAX returned in 2020.", "later:737 MAX"},
		{"Regulators grounded the Boeing 737 MAX in March. Later the 737 was cleared.", "later:737"},
		{"Emirates ordered Airbus A350 jets. The A350 flies far.", "later:A350"},
		{"Emirates ordered Airbus A320neo jets. An A320neo burns less fuel.", "later:A320neo"},
		{"He drove a Porsche 911 Turbo last year. Its 911 was red.", "later:911"},
	}
	for _, tt := range named {
		if got := suggestedAs(t, tt.text, tt.span); got != Other {
			t.Errorf("%q in %q suggested as %q, want other (suggestions: %v)", tt.span, tt.text, got, Suggest(tt.text, nil))
		}
	}
	none := []struct{ text, span string }{
		{"Regulators grounded the Boeing 737 MAX in March. Boeing cut 737 jobs.", "737 jobs"},
		{"Emirates ordered Airbus A350 jets. Some 350 people came.", "350 people"},
		{"Regulators grounded the Boeing 737 MAX in March. The 737-800 flies on.", "737-800"},
		{"He drove a Porsche 911 Turbo. Calls to 911 rose.", "911 rose"},
		{"He drove a Porsche 911 Turbo. The 911 largest firms fell.", "911 largest"},
		{"The Nasdaq 100 index rose. The index of the 100 largest stocks rose.", "100 largest"},
	}
	for _, tt := range none {
		for _, s := range overlapping(t, tt.text, tt.span) {
			t.Errorf("%q in %q: %q suggested as %q", tt.span, tt.text, s.Selector.Exact, s.Type)
		}
	}
}
