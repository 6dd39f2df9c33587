package annotate

import (
	"slices"
	"testing"
)

// The table cases of the phrase rules of things21.go, on sentences
// written for the test (no name of a gold article).
func init() {
	ruleCases[ruleTierLetterAtEnd] = []ruleCase{
		{text: "It is as quiet as the Quux One S. That model sold well.", phrase: "Quux One S.", want: []string{"other:Quux One S"}},
		{text: "Buy the $199 Varrow Pixo Z.", phrase: "Varrow Pixo Z.", want: []string{"other:Varrow Pixo Z"}},
		{text: "He met Mary Quill S. Smith there.", phrase: "Mary Quill S."},
		{text: "It came from Quux One S. and more.", phrase: "Quux One S."},
		{text: "He works in Paris One S. Then he left.", phrase: "Paris One S."},
		{text: "Shares of Zorbly Class C. Then more.", phrase: "Zorbly Class C."},
	}
	ruleCases[ruleFeatureOfKind] = []ruleCase{
		{text: "You can also play in Turbo mode, which doubles the speed.", phrase: "Turbo", want: []string{"other:Turbo"}},
		{text: `Nearly every page with a "Wave" button sends a request.`, phrase: "Wave", want: []string{"other:Wave"}},
		{text: "Users of Quill, Crew, Gold, and Summit tier offerings can comment.", phrase: "Crew", want: []string{"other:Crew"}},
		{text: "Press the Home button twice.", phrase: "Home", want: []string{"other:Home"}},
		{text: "The company acted in the Ann Smith mode of old.", phrase: "Ann Smith"},
		{text: "The Twitter button is on every page.", phrase: "Twitter"},
		{text: "Turn on GPS mode first.", phrase: "GPS"},
		{text: "He left Paris mode aside.", phrase: "Paris"},
		{text: "Quietly mode is not a word.", phrase: "Quietly"},
		{text: "The Quux button-down shirt sold out.", phrase: "Quux"},
	}
	ruleCases[ruleProgrammeLastWord] = []ruleCase{
		{text: "The bank introduced its Quillan Scholars Program for young adults.", phrase: "Quillan Scholars Program", want: []string{"other:Quillan Scholars Program"}},
		{text: "Members joined the Brelford Savings Plan last year.", phrase: "Brelford Savings Plan", want: []string{"other:Brelford Savings Plan"}},
		{text: "Aid came from the World Quux Programme on Monday.", phrase: "World Quux Programme"},
		{text: "Mayor Unveils Quux Plan", phrase: "Mayor Unveils Quux Plan"},
		{text: "Jane Varrow, coordinator for the Quillan Restoration Programme, spoke.", phrase: "Quillan Restoration Programme"},
		{text: "She is a researcher at the Brelford Nursing Program in Ohio.", phrase: "Brelford Nursing Program"},
		{text: "They met Ann Plan on Monday.", phrase: "Ann Plan"},
	}
	ruleCases[ruleVehicleOfMake] = []ruleCase{
		{text: "She drove to Fresno to retrieve a Jeep and came back.", phrase: "Jeep", want: []string{"other:Jeep"}},
		{text: "He waited in his Toyota. Then he left.", phrase: "Toyota", want: []string{"other:Toyota"}},
		{text: "A spokesman said a Toyota spokesman left.", phrase: "Toyota"},
		{text: "She bought a Ford truck.", phrase: "Ford"},
		{text: "He drove a Jeep, and Jeep said its sales rose.", phrase: "Jeep"},
		{text: "He met a Lincoln there.", phrase: "Lincoln"},
		{text: "They drove the Jeep home.", phrase: "Jeep"},
	}
	ruleCases[ruleFlightCode] = []ruleCase{
		{text: "The flight vanished. The lesson learned from QX1234 is that airlines must act fast.", phrase: "QX1234", want: []string{"other:QX1234"}},
		{text: "Passengers on flights like ZB77 waited for the plane.", phrase: "ZB77", want: []string{"other:ZB77"}},
		{text: "The plant cut CO2 output by half.", phrase: "CO2"},
		{text: "Sales of the QX1234 chip rose.", phrase: "QX1234"},
		{text: "The flight took off. Quux Airlines (QA1234) flights and planes resumed.", phrase: "QA1234"},
		{text: "The flight landed. Airline passengers saw Flight QX1234 land.", phrase: "QX1234"},
	}
	ruleCases[ruleProductLedName] = []ruleCase{
		{text: "The Quuxbox console is fast. It is faster to download from Quuxbox Live.", phrase: "Quuxbox Live",
			prior: "Quuxbox", want: []string{"other:Quuxbox Live"}},
		{text: "The Quuxbox console is fast. Quuxbox Ann Smith said so.", phrase: "Quuxbox Ann Smith", prior: "Quuxbox"},
		{text: "The Quuxbox console is fast. Quuxbox Europe said so.", phrase: "Quuxbox Europe", prior: "Quuxbox"},
		{text: "The Quuxbox console is fast. Some Quuxbox One X-enhanced games.", phrase: "Quuxbox One X-enhanced", prior: "Quuxbox"},
		{text: "Quuxbox Live is fast.", phrase: "Quuxbox Live"},
	}
	ruleCases[ruleAcronymProgramme] = []ruleCase{
		{text: "The governor expanded the QZLA program in 2014.", phrase: "QZLA", want: []string{"other:QZLA"}},
		{text: "Funds went to the VRX initiative for farmers.", phrase: "VRX", want: []string{"other:VRX"}},
		{text: "Money went to a QZLA program for farmers.", phrase: "QZLA"},
		{text: "It praised the NASA program.", phrase: "NASA"},
		{text: "The QZLA program ran late.", phrase: "QZLA", want: []string{"other:QZLA"}},
		{text: "It joined the QZLA board.", phrase: "QZLA"},
	}
	ruleCases[ruleStateOfAddress] = []ruleCase{
		{text: "The governor's State of the State speech was long.", phrase: "State of the State", want: []string{"event:State of the State"}},
		{text: "In his State of the Union address, he spoke.", phrase: "State of the Union", want: []string{"event:State of the Union"}},
		{text: "He read the Quux State of the Art review.", phrase: "Quux State of the Art"},
		{text: "He met the State of the Varrow Republic.", phrase: "State of the Varrow Republic"},
	}
}

// TestQuotedTitlesOfMakers: one capitalised word in quotation marks after
// a person's possessive is a title; after a company's, or with no
// possessive, it is left to the other rules.
func TestQuotedTitlesOfMakers(t *testing.T) {
	cases := []struct {
		text, name string
		want       EntityType
	}{
		{"The crowd cheered while Ann Quillby's “Lanterns” played on.", "Lanterns", Work},
		{"They played Mary Varrow's \"Harbour\" twice.", "Harbour", Work},
		{"The crowd cheered while Brelco's “Lanterns” played on.", "Lanterns", ""},
		{"The crowd cheered while “Lanterns” played on.", "Lanterns", ""},
		{"Mary Varrow's “NO” was loud.", "NO", ""},
	}
	for _, c := range cases {
		got := lastTypedAs(c.text, c.name)
		if got != c.want {
			t.Errorf("%q: %q typed %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestDeviceLines: a device typed by its tier letter names its line and
// its short name where the text writes them alone; a longer name holding
// the words, and a text with no such device, are left alone.
func TestDeviceLines(t *testing.T) {
	cases := []struct {
		text string
		want []string // names that must be suggested as other
		not  []string // names that must not be suggested at all
	}{
		{"The Quux One X is fast. If you own an original Quux One, upgrade. The One X costs more than the One S.",
			[]string{"Quux One X", "Quux One", "One X"}, nil},
		{"The Varrow Pixo Z is new. It beats the older Varrow Pixo Mega Pack.",
			[]string{"Varrow Pixo Z"}, []string{"Varrow Pixo"}},
		{"Quux One is a band from Ohio.", nil, []string{"Quux One"}},
	}
	for _, c := range cases {
		var others, all []string
		for _, s := range Suggest(c.text, nil) {
			all = append(all, s.Selector.Exact)
			if s.Type == Other {
				others = append(others, s.Selector.Exact)
			}
		}
		for _, w := range c.want {
			if !slices.Contains(others, w) {
				t.Errorf("%q: %q not suggested as other (others %q)", c.text, w, others)
			}
		}
		for _, w := range c.not {
			if slices.Contains(all, w) {
				t.Errorf("%q: %q suggested (all %q)", c.text, w, all)
			}
		}
	}
}

// TestHolidayGreetingAndBowlGame: a holiday after a greeting word is the
// holiday, not a surname of "Happy"; a bowl after a verb of playing and
// "in the" is the game, after "in the" alone maybe the stadium.
func TestHolidayGreetingAndBowlGame(t *testing.T) {
	cases := []struct {
		text, name string
		want       EntityType
	}{
		{"Roads were busy before Thanksgiving. Happy Thanksgiving to all!", "Thanksgiving", Event},
		{"Merry Christmas from the team.", "Christmas", Event},
		{"Ann Easter agreed. Easter said so.", "Easter", Person},
		{"The Buckeyes will play in the Quillan Bowl on Jan. 1.", "Quillan Bowl", Event},
		{"The band held a concert in the Quillan Bowl on Friday.", "Quillan Bowl", ""}, // "" : no event
	}
	for _, c := range cases {
		got := lastTypedAs(c.text, c.name)
		if c.want == "" && got == Event || c.want != "" && got != c.want {
			t.Errorf("%q: %q typed %q, want %q", c.text, c.name, got, c.want)
		}
	}
}
