package annotate

import "testing"

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
	ruleCases[ruleShipPrefix] = []ruleCase{
		{text: "The Navy sent the USS Brelford to the gulf.", phrase: "USS Brelford", want: []string{"other:USS Brelford"}},
		{text: "Sailors aboard HMS Varrow waved.", phrase: "HMS Varrow", want: []string{"other:HMS Varrow"}},
		{text: "The USS Ann B. Quill left port.", phrase: "USS Ann B. Quill", want: []string{"other:USS Ann B. Quill"}},
		{text: "RMS Quillan Inc., a maker of parts, said so.", phrase: "RMS Quillan Inc."},
		{text: "The SS Varrow division marched.", phrase: "SS Varrow"},
		{text: "USS alone is a prefix.", phrase: "USS"},
		{text: "He met the HMS VARROW crew.", phrase: "HMS VARROW"},
	}
	ruleCases[ruleBillLastWord] = []ruleCase{
		{text: "Lawmakers passed the Online Quux Bill on Tuesday.", phrase: "Online Quux Bill", want: []string{"other:Online Quux Bill"}},
		{text: "Critics said the Quillan Safety Bill went too far.", phrase: "Quillan Safety Bill", want: []string{"other:Quillan Safety Bill"}},
		{text: "The Data Varrow Bill passed.", phrase: "Data Varrow Bill", want: []string{"other:Data Varrow Bill"}},
		{text: "Governor Ann Wu signed Senate Bill 827 into law.", phrase: "Senate Bill", want: []string{"other:Senate Bill 827"}},
		{text: "Fans cheered Buffalo Bill at the show.", phrase: "Buffalo Bill"},
		{text: "The notes of the British Bill say so.", phrase: "British Bill"},
		{text: "He voted for the Senate Bill.", phrase: "Senate Bill"},
		{text: "They opposed the Government Bill.", phrase: "Government Bill"},
		{text: "She met the Quux Bill Quill.", phrase: "Quux Bill Quill"},
	}
	ruleCases[ruleRankNumber] = []ruleCase{
		{text: "Her single debuted at No. 1 last week.", phrase: "No.", want: []string{}},
		{text: "The No. 3 seed lost in the first round.", phrase: "No.", want: []string{}},
		{text: "No. Quux said nothing.", phrase: "No."},
	}
	ruleCases[ruleTreaty] = []ruleCase{
		{text: "Both states signed the Varrow Treaty in 1990.", phrase: "Varrow Treaty", want: []string{"other:Varrow Treaty"}},
		{text: "Leaders signed the Quillan Accords in 1993.", phrase: "Quillan Accords", want: []string{"other:Quillan Accords"}},
		{text: "The Varrow Talks ended.", phrase: "Varrow Talks"},
		{text: "Treaty alone names nothing.", phrase: "Treaty"},
	}
}

// TestThings22: what Suggest makes of the classes of things22.go and of
// a treaty by its last word, on invented sentences.
func TestThings22(t *testing.T) {
	cases := []struct {
		name, text, span string
		want             EntityType // "" for no suggestion of exactly that span
	}{
		{"a flight and its airline", "The flight vanished. Hopes for Quillan Airways Flight 714 faded as passengers waited.", "Quillan Airways Flight 714", Other},
		{"a flight alone", "The plane was lost. The fate of Flight 714 is a mystery to the flight's crew.", "Flight 714", Other},
		{"a flight's code in the phrase", "The airline's flight crashed. Quillan Airways Flight QX17 was shot down.", "Quillan Airways Flight QX17", Other},
		{"a flight after a possessive", "The flight recalled the crash of Quillan Air’s Flight 447, whose passengers died.", "Flight 447", Other},
		{"a flight in no text about flights", "The fate of Flight 714 is unknown.", "Flight 714", ""},
		{"a ship after its prefix", "The Navy sent the USS Brelford to the gulf on Monday.", "USS Brelford", Other},
		{"a bill by its last word", "Lawmakers passed the Online Quux Bill on Tuesday.", "Online Quux Bill", Other},
		{"a bill after a possessive", "The minister's Quillan Safety Bill went too far, critics said.", "Quillan Safety Bill", Other},
		{"a bill by a chamber and a number", "Governor Ann Wu signed Senate Bill 827 into law.", "Senate Bill 827", Other},
		{"a rank", "Her single debuted at No. 1 last week, and sales rose.", "No. 1", ""},
		{"a rank before a noun", "The No. 3 seed lost in the first round.", "No. 3", ""},
		// A treaty is other, as the guidelines read "Paris Agreement",
		// though "an event by its last word" read "Treaty" and "Accord(s)".
		{"a treaty", "Both states signed the Varrow Treaty in 1990.", "Varrow Treaty", Other},
		{"accords", "Leaders signed the Quillan Accords in 1993, and peace followed.", "Quillan Accords", Other},
		{"an accord", "Leaders backed the Brelford Accord on emissions.", "Brelford Accord", Other},
		{"talks stay an event", "The Varrow Talks ended without a deal.", "Varrow Talks", Event},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := suggestedAs(t, c.text, c.span); got != c.want {
				t.Errorf("%q in %q: got %q, want %q", c.span, c.text, got, c.want)
			}
		})
	}
}
