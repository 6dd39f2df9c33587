package annotate

import "testing"

func init() {
	ruleCases[ruleEventOfCalamity] = []ruleCase{
		{text: "The Brelford Earthquake of 1906 destroyed much of the city.", phrase: "Brelford Earthquake", want: []string{"event:Brelford Earthquake"}},
		{text: "She won the Quuxland Song Contest for her country.", phrase: "Quuxland Song Contest", want: []string{"event:Quuxland Song Contest"}},
		{text: "The Varrow National Spelling Bee returns in May.", phrase: "Varrow National Spelling Bee", want: []string{"event:Varrow National Spelling Bee"}},
		{text: "He won the 5th Brelford Rally on Sunday.", phrase: "Brelford Rally", want: []string{"event:5th Brelford Rally"}},
		{text: "Ann Flood said the council would meet.", phrase: "Ann Flood"},
		{text: "Why would I keep inflicting the X Windows Disaster on myself?", phrase: "X Windows Disaster"},
		{text: "Thousands Flee In Brelford Earthquake", phrase: "Thousands Flee In Brelford Earthquake"},
		{text: "The Quux Bee hummed.", phrase: "Quux Bee"},
	}
	ruleCases[ruleTourOfPerformer] = []ruleCase{
		{text: "The band kicked off its Lantern Moth Tour in Ohio.", phrase: "Lantern Moth Tour", want: []string{"event:Lantern Moth Tour"}},
		{text: "Tickets for their Silver Quill Tour sold out.", phrase: "Silver Quill Tour", want: []string{"event:Silver Quill Tour"}},
		{text: "The golfer won his European Tour title.", phrase: "European Tour"},
		{text: "She earned her LPGA Tour card.", phrase: "LPGA Tour"},
		{text: "The Quux Tour starts in May.", phrase: "Quux Tour"},
	}
	ruleCases[ruleEventOfGreatWords] = []ruleCase{
		{text: "Stocks fell as they had before the Great Crash, analysts said.", phrase: "Great Crash", want: []string{"event:Great Crash"}},
		{text: "The Great Fire of Brelford burned for four days.", phrase: "Great Fire of Brelford", want: []string{"event:Great Fire of Brelford"}},
		{text: "The Great Fire Brigade Museum opened.", phrase: "Great Fire Brigade Museum"},
		{text: "They toured the Great Wall on Monday.", phrase: "Great Wall"},
	}
}

// TestEventsByKind21: a storm named after its kind, a disaster or a
// contest named by its last word, and "Great" with a calamity are events;
// a fighter's model, a longer name, a person named Flood and a quip
// about a product are not. The names are invented.
func TestEventsByKind21(t *testing.T) {
	cases := []struct {
		name, text, span string
		want             EntityType // "" for no suggestion of that span
	}{
		{"a cyclone starting a sentence", "Cyclone Varrow hit the coast of the island last year.", "Cyclone Varrow", Event},
		{"a tropical storm whole", "Tropical Storm Brella weakened over land on Monday.", "Tropical Storm Brella", Event},
		{"a superstorm", "Superstorm Quilla flooded the subway tunnels.", "Superstorm Quilla", Event},
		{"a winter storm", "Officials said Winter Storm Varrow dumped two feet of snow.", "Winter Storm Varrow", Event},
		{"a storm named by a given name", "Repairs after Hurricane Sandy took months.", "Hurricane Sandy", Event},
		{"a fighter jet's model", "The Eurofighter Typhoon Brelk flew over the base.", "Typhoon Brelk", ""},
		{"a storm's relief fund", "Donations to the Hurricane Zorba Relief Fund rose.", "Hurricane Zorba", ""},
		{"an earthquake by its place", "The Brelford Earthquake of 1906 destroyed much of the city.", "Brelford Earthquake", Event},
		{"an oil spill", "Cleanup after the Varrow Oil Spill took years.", "Varrow Oil Spill", Event},
		{"a flood after Great", "Residents rebuilt after the Great Varrow Flood of 1927.", "Great Varrow Flood", Event},
		{"a person named Flood", "Ann Flood said the council would meet.", "Ann Flood", Person},
		{"a quip about a product", "Why would I keep inflicting the X Windows Disaster on myself?", "X Windows Disaster", ""},
		{"a song contest", "She won the Quuxland Song Contest for her country.", "Quuxland Song Contest", Event},
		{"a pageant", "She was crowned at the Varrow Pageant last year.", "Varrow Pageant", Event},
		{"a rally of drivers", "Drivers finished the Brelford Rally in the desert on Friday.", "Brelford Rally", Event},
		{"a spelling bee", "The Varrow National Spelling Bee returns in May.", "Varrow National Spelling Bee", Event},
		{"the great crash", "Stocks fell as they had before the Great Crash, analysts said.", "Great Crash", Event},
		{"a great fire of a town", "The Great Fire of Brelford burned for four days.", "Great Fire of Brelford", Event},
		{"a tour after a possessive", "Ann Quill's Silver Lantern Tour sold out in minutes.", "Silver Lantern Tour", Event},
		{"a tour after its", "The band kicked off its Lantern Moth Tour in Ohio.", "Lantern Moth Tour", Event},
		{"an edition by its year near a gathering", "Fans flew to Quuxfestival 2019, the biggest festival of the summer.", "Quuxfestival 2019", Event},
		{"an edition by its year starting a sentence", "Brelcon 2015 drew 3,000 people to the conference.", "Brelcon 2015", Event},
		{"no gathering near", "Quuxbox 2019 is faster than last year's machine.", "Quuxbox 2019", ""},
		{"an English word and a year", "Leaders spoke of Vision 2030 at the summit.", "Vision 2030", ""},
		{"a noun after the year", "Quuxbox 2020 sales rose before the trade fair.", "Quuxbox 2020", ""},
		{"a longer name before", "The Brelford Quuxcon 2019 conference opened.", "Quuxcon 2019", ""},
		{"a longer name after Great Fire", "The Great Fire Brigade Museum opened.", "Great Fire", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := lastTypedAs(c.text, c.span); got != c.want {
				t.Errorf("%q typed %q, want %q", c.span, got, c.want)
			}
		})
	}
}
