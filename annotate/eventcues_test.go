package annotate

import "testing"

// suggestedCase is a sentence and a span of it, with the type Suggest
// should give the span ("" for none).
type suggestedCase struct {
	name, text, span string
	want             EntityType
}

// checkSuggested runs Suggest over each case's sentence.
func checkSuggested(t *testing.T, tests []suggestedCase) {
	t.Helper()
	loadModel()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got != tt.want {
				t.Errorf("%q in %q suggested as %q, want %q (suggestions: %v)", tt.span, tt.text, got, tt.want, Suggest(tt.text, nil))
			}
		})
	}
}

// The sentences are invented.
func TestEventsOfWeekday(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a primary day", "Turnout was high on Super Tuesday, officials said.", "Super Tuesday", Event},
		{"a day of sales before a noun", "Black Friday sales rose 5% on last year.", "Black Friday", Event},
		{"after a possessive", "Quuxmart's Black Friday deals start early.", "Black Friday", Event},
		{"a day of giving", "Donors gave $2 million on Giving Tuesday, the charity said.", "Giving Tuesday", Event},
		{"two ordinary words", "Small Business Saturday drew crowds to the shops.", "Small Business Saturday", Event},
		{"a religious day", "Church bells rang on Good Friday in the town.", "Good Friday", Event},
		// A weekday after a name is a date.
		{"after an institution", "The bill passed the House Tuesday after a long debate.", "House Tuesday", ""},
		{"after a place", "Shares fell in Tokyo Thursday as the yen rose.", "Tokyo Thursday", ""},
		{"after a platform", "She wrote on Twitter Tuesday that she would run.", "Twitter Tuesday", ""},
		{"after a longer name", "The House Intelligence Committee Tuesday heard testimony.", "Committee Tuesday", ""},
		{"a word of time starting a sentence", "Early Tuesday, police closed the road.", "Early Tuesday", ""},
		{"an adverb starting a sentence", "Again Monday, the talks failed.", "Again Monday", ""},
	})
}

func TestEventsInApposition(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a code before a summit", "Leaders gathered for QOP31, the United Nations climate summit, in May.", "QOP31", Event},
		{"a name before an annual conference", "Delegates flew to Quuxcon, an annual conference of engineers, in May.", "Quuxcon", Event},
		{"after this year's", "They met at Zorbfest, this year's festival of light, in August.", "Zorbfest", Event},
		// A place, a company, a person or a noun phrase that goes on.
		{"a place", "Davos, the Swiss resort, hosts the yearly summit.", "Davos", Place},
		{"a host city", "Glasgow, the summit host city, welcomed leaders.", "Glasgow", Place},
		{"a person", "Ann Quillan, the festival director, spoke.", "Ann Quillan", Person},
		{"no gathering", "Zorblax, the software maker, said profits rose.", "Zorblax", Organization},
	})
}

func TestWorksAfterMakerVerbs(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"directed", "Ava Lind directed Quiet Harbour Lights, which opened in March.", "Quiet Harbour Lights", Work},
		{"co-wrote", "She co-wrote Northern Glass Parade with her brother.", "Northern Glass Parade", Work},
		{"starred in", "He starred in Iron Lantern Days with Ann Wu.", "Iron Lantern Days", Work},
		{"wrote and The", "He wrote The Quiet Orchard in 1955.", "The Quiet Orchard", Work},
		{"two titles", "Varga directed Cold Metal Jacket after The Lantern Hall.", "Cold Metal Jacket", Work},
		// No title: a person, an organisation, a modifier, a sports report.
		{"a person", "She wrote Jane Ellery a letter.", "Jane Ellery", Person},
		{"a modifier of a noun", "He directed Secret Service agents to the door.", "Secret Service", Organization},
		{"one word", "She wrote Congress a letter about it.", "Congress", Organization},
	})
}

func TestEventsOfPlaceAndYear(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a host city and its year", "Athletes arrived for Tokyo 2020 as the games were delayed.", "Tokyo 2020", Event},
		{"after The", "The Paris 2024 organisers said the games would go ahead.", "Paris 2024", Event},
		{"a country", "Qatar 2022 tickets went on sale in May for the tournament.", "Qatar 2022", Event},
		// No word for a gathering near, or a date's preposition.
		{"no gathering", "Mayor of London 2016 election results were close.", "London 2016", ""},
		{"after in", "In London 2019 the games were a success.", "London 2019", ""},
		{"a longer name", "The Paris 2024 Olympics drew crowds to the games.", "Paris 2024", ""},
	})
}

func TestWorksOfCompoundKind(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a video game", "Kids play the video game Quuxnite for hours.", "Quuxnite", Work},
		{"a hit single", "The hit single Northern Quux topped the charts.", "Northern Quux", Work},
		{"a bestseller", "Her bestseller The Lantern Quux sold a million copies.", "The Lantern Quux", Work},
		{"a feature single in quotes", "The EP and its feature single, ‘Lift Quux’, came out in May.", "Lift Quux", Work},
		{"a title with a colon and a number", "In her anthology For Quux: 30 Years at the Movies, she wrote of film.", "For Quux: 30 Years at the Movies", Work},
		// "single" as an adjective is no kind of work.
		{"a single process", "Each host has a single Quuxtroller process and many workers.", "Quuxtroller", ""},
		{"a single quoted map", "Pick the 'Normal' map, or 'Islandia', which gives a single large island.", "Islandia", ""},
	})
}

func TestMentionsOfWorksJoinedBySlash(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a tour named after a record", "Her new single, ‘Lift Quux’, is out.\n\nLUBOKA – LIFT QUUX TOUR\n\nTHURSDAY", "LIFT QUUX TOUR", Event},
		{"a part of a slashed title is no mention", "Its feature single, ‘Lift Quux’, is out. Stream Pale Dot / Lift Quux now.", "later:Lift Quux", ""},
	})
}

// The cases of eventByWordEnding, run by TestPhraseRules with the other
// rules' cases. The sentences are invented.
func init() {
	ruleCases[ruleEventByWordEnding] = []ruleCase{
		{text: "Crowds filled the tents at Quuxtoberfest in Munich.", phrase: "Quuxtoberfest", want: []string{"event:Quuxtoberfest"}},
		{text: "Fans queued for Quux-Con in San Diego.", phrase: "Quux-Con", want: []string{"event:Quux-Con"}},
		{text: "The studio showed its game at ZorbCon last week.", phrase: "ZorbCon", want: []string{"event:ZorbCon"}},
		// A word of the dictionary, capitals, a word that only ends so.
		{text: "Manifest the change, she said.", phrase: "Manifest"},
		{text: "The alert rose to DEFCON two.", phrase: "DEFCON"},
		{text: "He met Falcon at noon.", phrase: "Falcon"},
	}
}

func TestWorksPartOfAndOfAYear(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"the author of a book", "She is the author of The Quiet Quux Kitchen.", "The Quiet Quux Kitchen", Work},
		{"a poet's name before a noun", "He did the art for a volume of Ann Quillan verse in London.", "Ann Quillan", Person},
		{"a chapter of a group", "It tells of the Paris chapter of QUUX UP, an activist group.", "QUUX UP", Organization},
		{"a year's nationality", "It is a play tied to 1992's European economic integration.", "European", ""},
		{"a year's album", "Fans loved 1972's Quux Street and its songs.", "Quux Street", Work},
	})
}

func TestQuotedTerms(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"key words of a standard", `The key words "MUST", "MUST NOT" and "SHALL NOT" are described here.`, "MUST NOT", ""},
		{"a label with a letter", `The data holds "Group A" and "Group B" as labels.`, "Group A", ""},
		{"a quoted title", `They played "Quiet Harbour Lights" last night.`, "Quiet Harbour Lights", Work},
	})
}

func TestWorksAfterAPossessive(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a film", "Disney's The Quux King earned a billion dollars.", "The Quux King", Work},
		{"a book", "Ann Wu's The Art of the Quux sold well.", "The Art of the Quux", Work},
		// A newspaper or a unit.
		{"a newspaper", "Bezos's The Washington Post ran the piece.", "The Washington Post", ""},
		{"a unit", "The company's The Quux Group unit grew.", "The Quux Group", Organization},
	})
}

func TestShowsStreamingOnBroadcaster(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"currently streaming", "Quux Places is currently streaming on Netflix and elsewhere.", "Quux Places", Work},
		{"available to rent", "The Lantern Quux is available to digitally rent on Hulu.", "The Lantern Quux", Work},
		// No streaming words: a person on a broadcaster is left alone.
		{"a person", "Ann Wu is on CNN tonight.", "Ann Wu", Person},
	})
}

func TestTitleWithAVerbIsNoPerson(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a film streaming", "Ingrid Quux Goes West is currently streaming on Hulu.", "Ingrid Quux Goes West", Work},
		{"a person", "Ingrid Quux went west, Ann Wu said.", "Ingrid Quux", Person},
	})
}

func TestWorksBeforeABallad(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a ballad", "She closed the show with the ballad Quiet Quux Harbour.", "Quiet Quux Harbour", Work},
		{"an anthem", "The crowd sang the anthem Brelford Quux Rising at the end.", "Brelford Quux Rising", Work},
	})
}

func TestWorksAfterANationality(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a year and a nationality", "This is a remake of the 2000 Swedish film Quuxen, she said.", "Quuxen", Work},
		{"a nationality after an article", "She starred in a French series Brelford Nights last year.", "Brelford Nights", Work},
	})
}

func TestFairsByTheirKind(t *testing.T) {
	checkSuggested(t, []suggestedCase{
		{"a toy fair", "He spent his free time at the Quuxberg Toy Fair in spring.", "Quuxberg Toy Fair", Event},
		{"a state fair", "Crowds came to the Brelford State Fair in August.", "Brelford State Fair", Event},
		// A fair of another word may be a magazine.
		{"a magazine", "She told Quanity Fair that she would run.", "Quanity Fair", Organization},
	})
}
