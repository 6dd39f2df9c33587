package annotate

import "testing"

// The cases of the rule of events.go, run by TestPhraseRules with the
// other rules' cases. The sentences are invented.
func init() {
	ruleCases[ruleEventOfWordNet] = []ruleCase{
		{text: "He covered Watergate for a newspaper.", phrase: "Watergate", want: []string{"event:Watergate"}},
		{text: "She fought in the Gulf War as a pilot.", phrase: "Gulf War", want: []string{"event:Gulf War"}},
		{text: "Memories of the Cold War linger.", phrase: "Cold War", want: []string{"event:Cold War"}},
		{text: "The Kentucky Derby drew a crowd.", phrase: "Kentucky Derby", want: []string{"event:Kentucky Derby"}},
		{text: "A retelling of the Wars of the Roses sold well.", phrase: "Wars of the Roses", want: []string{"event:Wars of the Roses"}},
		// WordNet's events that another list reads otherwise: a town, an
		// English word, a person named before.
		{text: "They marched to Verdun in May.", phrase: "Verdun"},
		{text: "Marathon runners trained.", phrase: "Marathon"},
		{text: "Ann Iditarod spoke. Then Iditarod left.", phrase: "Iditarod", prior: "Ann Iditarod"},
		{text: "Zorblax said it would hire.", phrase: "Zorblax"},
		// A battle WordNet names by its site alone is the place in news.
		{text: "Pilgrims visited Ypres in Belgium.", phrase: "Ypres"},
		{text: "Ships left Corregidor at dawn.", phrase: "Corregidor"},
	}
}

func TestUnambiguousEvent(t *testing.T) {
	for name, want := range map[string]bool{
		"Gulf War":         true,
		"Watergate":        true,
		"World Series":     true,
		"Ramadan":          false, // a month in WordNet too
		"Christmas":        false, // a day
		"Verdun":           false, // a town
		"Eucharist":        false, // a rite, no event of news
		"Zorblax War":      false, // not in WordNet; the last-word rule reads it
		"Manila Bay":       false, // a battle by its site: the bay
		"Belleau Wood":     false,
		"Battle of Midway": true,
	} {
		if got := unambiguousEvent(name); got != want {
			t.Errorf("unambiguousEvent(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestEventsOfDate(t *testing.T) {
	loadModel()
	tests := []struct {
		name, text, span string
		want             EntityType
	}{
		{"a date and a year before attacks", "Troops went in after the September 11, 2001 attacks on New York.", "September 11, 2001 attacks", Event},
		{"a date with a slash", "Security changed after the 9/11 attacks, officials said.", "9/11 attacks", Event},
		{"a month and a day before attacks in the plural", "He spoke of the Nov. 13 attacks on the city.", "Nov. 13 attacks", Event},
		{"a word of terror between", "She survived the July 7 terror bombings.", "July 7 terror bombings", Event},
		{"one shooting of a day is no name", "Police are still looking into the Nov. 3 shooting on Elm Street.", "Nov. 3 shooting", ""},
		{"no article, no name", "Attacks rose on Nov. 13 attacks were reported.", "Nov. 13 attacks", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got != tt.want {
				t.Errorf("%q in %q suggested as %q, want %q (suggestions: %v)", tt.span, tt.text, got, tt.want, Suggest(tt.text, nil))
			}
		})
	}
}
