package annotate

import (
	"strings"
	"testing"
)

// suggestedAs returns the type Suggest gives the exact span name in text
// (its first occurrence after the text's first full stop when name is
// written "later:" + name), or "" when no suggestion covers exactly that
// span. The test stops when the span is not in the text.
func suggestedAs(t *testing.T, text, name string) EntityType {
	t.Helper()
	from := 0
	if rest, ok := strings.CutPrefix(name, "later:"); ok {
		name, from = rest, strings.Index(text, ".")
		if from < 0 {
			t.Fatalf("%q has no full stop before the later %q", text, name)
		}
	}
	i := strings.Index(text[from:], name)
	if i < 0 {
		t.Fatalf("%q is not in %q", name, text[from:])
	}
	start := len([]rune(text[:from+i]))
	end := start + len([]rune(name))
	for _, s := range Suggest(text, nil) {
		if s.Selector.Start == start && s.Selector.End == end {
			return s.Type
		}
	}
	return ""
}

// lastTypedAs returns the type of the last suggestion of text whose
// words are exactly name, wherever it stands, or "" when none is.
func lastTypedAs(text, name string) EntityType {
	var got EntityType
	for _, s := range Suggest(text, nil) {
		if s.Selector.Exact == name {
			got = s.Type
		}
	}
	return got
}

// runeSpanOf returns the runes [start, end) of the first occurrence of
// name in text.
func runeSpanOf(t *testing.T, text, name string) (start, end int) {
	t.Helper()
	i := strings.Index(text, name)
	if i < 0 {
		t.Fatalf("%q is not in %q", name, text)
	}
	start = len([]rune(text[:i]))
	return start, start + len([]rune(name))
}

// overlapping returns the suggestions of text that overlap the first
// occurrence of name.
func overlapping(t *testing.T, text, name string) []Suggestion {
	t.Helper()
	start, end := runeSpanOf(t, text, name)
	var out []Suggestion
	for _, s := range Suggest(text, nil) {
		if s.Selector.Start < end && start < s.Selector.End {
			out = append(out, s)
		}
	}
	return out
}

func TestNamedThings(t *testing.T) {
	loadModel()
	tests := []struct {
		name, text, span string
		want             EntityType
	}{
		{"a film after its kind", "Critics loved the film Harbour Lights when it opened in spring.", "Harbour Lights", Work},
		{"a game after its kind, cut nowhere", "She spent the winter playing the game Castle of the Winter Moon with friends.", "Castle of the Winter Moon", Work},
		{"a novel after a year and its kind", "He adapted the 1962 novel The Glass Orchard for the stage.", "The Glass Orchard", Work},
		{"a title with a number and small words", "Readers still buy the book The 9 Rules of Quiet Leaders in airports.", "The 9 Rules of Quiet Leaders", Work},
		{"a title of The and a number", "She swears by Harlan's The 12 Laws of Calm Teams at work.", "The 12 Laws of Calm Teams", Work},
		{"a season of a series", "Viewers binged the second season of The Lantern Keepers over the weekend.", "The Lantern Keepers", Work},
		{"a numbered season of a series", "Filming of season 4 of Copper Valley starts next month.", "Copper Valley", Work},
		{"a scene from a film", "In the last scene from Morning Tide, the hero walks away.", "Morning Tide", Work},
		{"films in a list", "Directors cite films such as Iron Harvest, Pale Meridian and Quiet Ember as influences.", "Pale Meridian", Work},
		{"the last film of a list", "Directors cite films such as Iron Harvest, Pale Meridian and Quiet Ember as influences.", "Quiet Ember", Work},
		{"movies from one to another", "In movies from Star Drifter to Cold Orbit, crews sleep through the voyage.", "Cold Orbit", Work},
		{"a title before its makers", "The premiere of Winter Lantern, directed by Ana Ruiz, sold out.", "Winter Lantern", Work},
		{"a title before its kind", "They queued for Salt and Silver, the novel that topped the lists.", "Salt and Silver", Work},
		{"a title in single quotes near its kind", "The band's new album ‘Paper Harbour’ arrives in May.", "Paper Harbour", Work},
		{"a title in straight single quotes with its kind after", "A new 'Night Circuit' game is coming after years of waiting.", "Night Circuit", Work},
		{"a numbered festival", "Crowds filled the canals for the 9th Rotterdam Lantern Festival on Friday.", "9th Rotterdam Lantern Festival", Event},
		{"a numbered amendment", "Some called for removal of the president under the 31st Amendment last year.", "31st Amendment", Other},
		{"a summit of a year", "Leaders will meet at the Ocean Summit 2024 in Lisbon.", "Ocean Summit 2024", Event},
		{"an acronym and a year near conference", "Investors flock to BDXC 2023.\n\nThe conference runs for three days in Dubai.", "BDXC 2023", Event},
		{"a trade show", "The carmaker unveiled the coupe at the Denver Auto Show this week.", "Denver Auto Show", Event},
		{"a dossier named after a person", "Lawyers argued over the Hartley dossier for months.", "Hartley dossier", Other},
		{"a series after its broadcaster and kind", "The Netflix series Quillan Street returns next month.", "Quillan Street", Work},
		{"a drama after its broadcaster and kind", "Fans of the HBO drama Brell Harbour waited a year.", "Brell Harbour", Work},
		{"a film after an award's adjective", "The Oscar-winning film Varrow was directed by Ana Ruiz.", "Varrow", Work},
		{"a title between commas after its kind", "Her memoir, A Quiet Harbour, sold a million copies.", "A Quiet Harbour", Work},
		{"a quoted title in sentence case after titled", "The report, titled \"Alarm bells: a study of quiet wards\", was published in May.", "Alarm bells: a study of quiet wards", Work},
		{"a quoted title after entitled, its comma left out", "The study, entitled \"Torpor in small mammals,\" appeared in May.", "Torpor in small mammals", Work},
		{"a title in title case after titled", "The agency released a report titled Quiet Harbours of the North on Monday.", "Quiet Harbours of the North", Work},
		{"a title before its broadcaster's kind", "Fans loved Quiet Harbour, the HBO drama that ended in May.", "Quiet Harbour", Work},
		{"a title before an award's adjective and its kind", "They queued for Cold Orbit, the Oscar-winning film by Ann Wu.", "Cold Orbit", Work},
		{"a show before on and its broadcaster", "You can watch The Lantern Quuxes on Netflix from Friday.", "The Lantern Quuxes", Work},
		{"a show before its airing verb and broadcaster", "Quiet Harbour Lights premieres on HBO next month.", "Quiet Harbour Lights", Work},
		{"a verb opening the sentence is no part of the show", "Watch The Lantern Quuxes on Netflix from Friday.", "The Lantern Quuxes", Work},
		{"a word opening the sentence before The is no part of the show", "Tonight The Lantern Quuxes returns on HBO.", "The Lantern Quuxes", Work},
		{"a person on a broadcaster is none", "Senator Ann Wu on CNN said the bill was dead.", "Ann Wu", Person},
		{"a seat of government on a broadcaster is none", "The White House on Fox News denied it.", "White House", Place},
		{"a title between commas with a small word", "Sign up for our newsletter, 10 Things in Quux, to get it daily.", "10 Things in Quux", Work},
		{"a title after a kind and called", "The artist built an installation called Jewels after Quux Jewels in the square.", "Jewels after Quux Jewels", Work},
		{"a quoted title with a comma after a kind and called", "A poem called “Winter Quux, Brelford Station,” won a prize.", "Winter Quux, Brelford Station", Work},
		{"a title before an apposition of a possessive and its kind", "In Ground Quux, our weekly podcast, we talk politics.", "Ground Quux", Work},
		{"entitled to is no title", "Staff are entitled to Paid Leave under the new law.", "Paid Leave", ""},
		{"a series before its finale", "Critics praised the Quux Lanterns finale on Sunday.", "Quux Lanterns", Work},
		{"a court before a figurative drama is no title", "Viewers tuned in for the Quux Court drama on Monday.", "Quux Court", Organization},
		{"a street before its kind is no title", "Police said the Quux Street series of thefts went on.", "Quux Street", Place},
		{"a title with a colon before its trailer", "Fans shared the Iron Harvest: Reboot trailer all week.", "Iron Harvest: Reboot", Work},
		{"a game and its number before a port", "Fans waited for the Iron Harvest 2 port on consoles.", "Iron Harvest 2", Work},
		{"a title before its kind", "He worked as a consultant for the Wheel of Quux series for years.", "Wheel of Quux", Work},
		{"a podcast before its kind after a possessive", "She hosts Brelco's Ground Quux podcast on Fridays.", "Ground Quux", Work},
		{"a band in the plural before its kind is none", "They played the Rolling Quuxes album twice.", "Rolling Quuxes", Organization},
		{"a broadcaster before a premiere is none", "The Netflix premiere drew millions of viewers.", "Netflix", Organization},
		{"a person's remake is no title", "He disliked the Ann Wu remake of the film.", "Ann Wu", Person},
		{"a game and its number in a text about games", "Gamers get 30 frames a second in Iron Harvest Redemption 2. The game runs on the console.", "Iron Harvest Redemption 2", Work},
		{"a game after a console's maker", "The Xbox Iron Harvest Redemption 2 port is slow. The game runs on the console.", "Iron Harvest Redemption 2", Work},
		{"a game after a platform the text names alone", "The Quuxplay Iron Harvest Redemption 2 port is slow. On Quuxplay, the game runs at 30 fps.", "Iron Harvest Redemption 2", Work},
		{"a watch's model is no game", "Score the Quux Watch Series 3 now. The game deal runs on the console store.", "Quux Watch Series 3", Other},
		{"no game outside a text about games", "She moved to Iron Harvest Redemption 2 in May.", "Iron Harvest Redemption 2", Other},
		{"a title answering a question about books", "Q: Favorite books?\n\nA: A Handful of Salt and The Quiet Harbour Keepers\n\nQ: Where do you live?", "The Quiet Harbour Keepers", Work},
		{"the first title of the answer", "Q: Favorite books?\n\nA: A Handful of Salt and The Quiet Harbour Keepers\n\nQ: Where do you live?", "A Handful of Salt", Work},
		{"an answer in prose is left alone", "Q: Favorite movies?\n\nA: I like anything with Harbour Lights in it.", "Harbour Lights", Organization},
		{"an answer about people is left alone", "Q: Favorite artists?\n\nA: Quiet Harbour, Iron Lantern", "Iron Lantern", ""},
		{"no person between commas after a kind", "In the book, Hollings, a retired judge, looks back.", "Hollings", Person},
		{"a brand in lower case after its maker", "Nordvik unveiled the Nordvik e-volt Cruiser at the fair. The e-volt Cruiser costs more.", "Nordvik e-volt Cruiser", Other},
		{"no brand: two words of the dictionary", "The patents are held in the so-called Quillmark portfolio. It is a so-called investment company.", "so-called Quillmark", ""},
		{"the brand's other mention", "Nordvik unveiled the Nordvik e-volt Cruiser at the fair. Later the e-volt Cruiser drove off.", "later:e-volt Cruiser", Other},
		{"a brand with a model but no size", "The zPhone 12 arrives in May. A zPhone 12.9-inch model follows.", "later:zPhone", Other},
		{"a brand with a model", "The new zPhone 12 goes on sale in March.", "zPhone 12", Other},
		{"an event of one word", "She won gold at the Olympics in Lyon last summer.", "Olympics", Event},
		{"a bowl game", "Tickets for the Super Bowl sold out in minutes.", "Super Bowl", Event},
		{"a bowl game and its numeral", "Tickets for Super Bowl LIV sold out in minutes.", "Super Bowl LIV", Event},
		{"a bowl game before the pronoun I", "During the Super Bowl I watched the ads with friends.", "Super Bowl", Event},
		{"a model after its maker's possessive", "Critics preferred Toyota's Corsa 3 to its rivals.", "Corsa 3", Other},
		{"a product in camel case after its maker's possessive", "Buyers queued for Toyota's RoadSense kit. RoadSense costs less.", "RoadSense", Other},
		{"its other mention", "Buyers queued for Toyota's RoadSense kit. RoadSense costs less.", "later:RoadSense", Other},
		{"a market index of two words and its number", "Bank shares fell while the Euro Stoxx 50 rose 1.2 percent.", "Euro Stoxx 50", Other},
		{"a market index and its number", "Bank shares led the gains while the Kospar 300 rose 1.2 percent.", "Kospar 300", Other},
		{"a product of a company of the text, then alone", "Brightwell, a maker of hospital software, said Brightwell Nurse Relay is used in France. Nurse Relay sends alerts to phones.", "later:Nurse Relay", Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got != tt.want {
				t.Errorf("%q in %q suggested as %q, want %q (suggestions: %v)", tt.span, tt.text, got, tt.want, Suggest(tt.text, nil))
			}
		})
	}
}

// TestNamedThingsNotSuggested checks that the cue words of this file do
// not make a work, an event or a product of what is none.
func TestNamedThingsNotSuggested(t *testing.T) {
	loadModel()
	tests := []struct {
		name, text, span string
		bad              EntityType // the type it must not get; "" for none at all
	}{
		{"a day after a game", "Fans left early after the game Sunday in the rain.", "Sunday", ""},
		{"a day that is a date", "Polls stay open late on Election Day across the state.", "Election Day", ""},
		{"a day of an act of office", "Crowds filled the Mall on Inauguration Day in the cold.", "Inauguration Day", ""},
		{"a single party member", "Not a single Democrat voted for the bill on Tuesday.", "Democrat", Work},
		{"a person who wrote a book", "The book Hollings wrote in prison became a bestseller.", "Hollings", Work},
		{"an ordinary hyphenated word", "Agents at Halvorsen e-mail reports every morning.", "e-mail", ""},
		{"an agency's memo", "Reporters obtained the FBI memo on Monday.", "FBI memo", Other},
		{"an organisation after a season", "It was his third season of NFL football in Denver.", "NFL", Work},
		{"a person after a film's director", "Cole Marsh, the film's director, spoke first.", "Cole Marsh", Work},
		{"a sports result", "Final: Halden 3, Rovik 2 after the shootout.", "Halden", Other},
		{"a legislature by its number", "Bills died when the 116th Congress ended.", "116th Congress", Event},
		{"a year before a noun", "Ratings of the NFL 2020 season fell, and games drew fewer fans.", "NFL 2020", Event},
		{"a department's memo", "Staff leaked a Justice Department memo on Friday.", "Justice Department memo", Other},
		{"a numbered chapter near shares", "Shares fell after the firm filed for Chapter 11 protection.", "Chapter 11", Other},
		{"holidays after a season", "Shops gear up for the season of Black Friday and Cyber Monday.", "Black Friday", Work},
		{"a heading after a kind", "Tips for the game\nChallenges that need to be met", "Challenges", Work},
		{"a discount before a size", "Deals: 45% Off 65\" Vantor TV at Walmart, shares of stores rose.", "Off 65", Other},
		{"a flight's number near markets", "Shares of airlines fell after United Flight 93 was lost, and stocks slid.", "Flight 93", Other},
		{"quoted speech", "“We will win this,” she said.", "We", Work},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range overlapping(t, tt.text, tt.span) {
				if tt.bad == "" || s.Type == tt.bad {
					t.Errorf("%q in %q suggested as %q %q", tt.span, tt.text, s.Selector.Exact, s.Type)
				}
			}
		})
	}
}

func TestTitleEnd(t *testing.T) {
	tests := []struct {
		text string
		mode titleMode
		want string
	}{
		{"The Lantern Keepers on Netflix", inText, "The Lantern Keepers"},
		{"Sailing with the Giants tonight", inText, "Sailing with the Giants"},
		{"Night Circuit: Reboot is out", inText, "Night Circuit: Reboot"},
		{"Hunter's Creed and more", inList, "Hunter's Creed"},
		{"The Sailor and Me was", inText, "The Sailor and Me"},
		{"5 Tips for Cooks Who Want to Rest", inQuotes, "5 Tips for Cooks Who Want to Rest"},
		{"5 Tips for Cooks each", inText, "5 Tips"},
		{"Iron Harvest 3 and Quiet Harbour 2 sold", inText, "Iron Harvest 3"},
		{"Iron Harvest 3 and Quiet Harbour 2", inQuotes, "Iron Harvest 3 and Quiet Harbour 2"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			runes := []rune(tt.text)
			toks := tokenize(runes)
			f := finder{runes: runes, toks: toks, labels: make([]string, len(toks)), tags: make([]string, len(toks))}
			end := f.titleEnd(0, tt.mode)
			if got := f.text(0, end); got != tt.want {
				t.Errorf("titleEnd(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestProductBrand(t *testing.T) {
	loadModel()
	for w, want := range map[string]bool{"e-volt": true, "iPhone": true, "zPhone": true, "x-ray": false,
		"t-shirt": false, "re-election": false, "co-founder": false, "well-known": false,
		"so-called": false, "by-product": false, "go-ahead": false, "qi-volt": true} {
		t.Run(w, func(t *testing.T) {
			if got := productBrand(w); got != want {
				t.Errorf("productBrand(%q) = %v, want %v", w, got, want)
			}
		})
	}
}

// TestQuotedTitles holds the cases of the titles in double quotation
// marks (quotedWorks, quotedKind, speechAfter); the sentences are
// invented.
func TestQuotedTitles(t *testing.T) {
	loadModel()
	tests := []struct {
		name, text, span string
		want             EntityType
	}{
		{"a song in title case", "They sang “Walking on the Pier,” a song from 1971.", "Walking on the Pier", Work},
		{"a newspaper in an apposition", "Readers wrote letters to \"The Ringing Quux,\" a weekly newspaper for bell ringers.", "The Ringing Quux", Organization},
		{"a group named before", "He joined the group “Quiet Harbour Friends” in 2001.", "Quiet Harbour Friends", Organization},
		{"a festival in an apposition", "She spoke at “Future Harbour Days”, the festival of ideas, on Monday.", "Future Harbour Days", Event},
		{"speech in title case is no title", "“It Was a Good Day,” he said, laughing.", "It Was a Good Day", ""},
		{"speech before its speaker", "“Thank You All,” the mayor told the crowd.", "Thank You All", ""},
		{"a quoted title without a comma before a verb of speech is its subject", "Her novel “Quiet Harbour Lights” tells of a fishing town.", "Quiet Harbour Lights", Work},
		{"speech with its comma after the quotation marks", "“Thank You All”, the mayor told the crowd.", "Thank You All", ""},
		{"a quoted name after a and an adjective is no title", "The agency set up a dedicated \"Quiet Harbour Team\" on sleep.", "Quiet Harbour Team", Organization},
		{"a quoted title before its part stays one", "They played “Cold Orbit” songs all night, and “Cold Orbit” won.", "Cold Orbit", Work},
		{"a quoted title with its comma inside before a noun", "In one feature, “In the Dumpster,” editors mock a product.", "In the Dumpster", Work},
		{"a quoted name after a with its kind after", "A \"Night Circuit\" game is coming soon.", "Night Circuit", Work},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestedAs(t, tt.text, tt.span); got != tt.want {
				t.Errorf("%q in %q suggested as %q, want %q (suggestions: %v)", tt.span, tt.text, got, tt.want, Suggest(tt.text, nil))
			}
		})
	}
}

// TestQuotedModifierNoWork: a name in quotation marks that modifies a
// noun in lower case is no work's title, whatever the other rules make
// of it.
func TestQuotedModifierNoWork(t *testing.T) {
	loadModel()
	for _, text := range []string{
		"She taught a new \"Quux Studies\" class at the school.",
		"They chanted the “Quux Now Forever” slogan at the rally.",
	} {
		for _, s := range Suggest(text, nil) {
			if s.Type == Work {
				t.Errorf("%q: suggested the work %q", text, s.Name)
			}
		}
	}
}
