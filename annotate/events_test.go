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
