package annotate

// The table cases of the phrase rules of things22.go, on sentences
// written for the test (no name of a gold article).
func init() {
	ruleCases[ruleFlightNumber] = []ruleCase{
		{text: "The flight vanished. Hopes for Quillan Airways Flight 714 faded as passengers' families waited.", phrase: "Quillan Airways Flight",
			want: []string{"other:Quillan Airways Flight 714"}},
		{text: "The plane was lost. The fate of Flight 714 remains a mystery to the flight's crew.", phrase: "Flight", want: []string{"other:Flight 714"}},
		{text: "The airline said the flight of Varrow Air Flight QX17 was delayed.", phrase: "Varrow Air Flight", want: []string{"other:Varrow Air Flight QX17"}},
		{text: "The airline's flight crashed. Quillan Airways Flight QX17 was shot down, the plane's wreck found.", phrase: "Quillan Airways Flight QX17",
			want: []string{"other:Quillan Airways Flight QX17"}},
		{text: "The plane and its passengers were lost.\n\n(Varrow Air Flight 8502: what we know of the flight)", phrase: "Varrow Air Flight",
			want: []string{"other:Varrow Air Flight 8502"}},
		{text: "Passengers on Zorbly Flight 1549 were rescued after the flight's plane hit birds.", phrase: "Zorbly Flight", want: []string{"other:Zorbly Flight 1549"}},
		// An airline with a possessive is a name of its own.
		{text: "The flight recalled the crash of Quillan Airways’s Flight 447, whose passengers died.", phrase: "Quillan Airways’s Flight",
			want: []string{"organization:Quillan Airways", "other:Flight 447"}},
		// No text about flights, or a number that is no flight's.
		{text: "Hopes for Quillan Airways Flight 714 faded.", phrase: "Quillan Airways Flight"},
		{text: "The airline's flight crews rested. Flight 3-4 of the passengers' contest ran late.", phrase: "Flight"},
		{text: "The airline's passengers took a flight. Quux Flight 10:30 left.", phrase: "Quux Flight"},
		{text: "The airline's passengers took a flight. Quux Flight 12 hours later landed.", phrase: "Quux Flight"},
	}
}
