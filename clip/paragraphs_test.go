package clip

import (
	"strings"
	"testing"
)

func TestClassifyBlock(t *testing.T) {
	de := stopListFor("de")
	prose := "Die Stadt hat am Dienstag beschlossen, dass die Straßenlampen in der Nacht gedimmt werden, weil sie zu viel Strom verbrauchen und die Anwohner sich über das helle Licht beschwert haben, das bis in die Schlafzimmer fällt."
	names := "Elliot Ackerman, Saladin Ambar, Martin Amis, Anne Applebaum, Marie Arana, Margaret Atwood, John Banville, Mia Bay, Louis Begley, Roger Berkowitz, Paul Berman, Sheri Berman."
	link := func(text string) Block {
		return Block{Kind: BlockParagraph, Text: text, Spans: []Span{{Kind: SpanLink, Start: 0, End: len([]rune(text)), Href: "https://x.example/"}}}
	}
	tests := []struct {
		name  string
		block Block
		want  paragraphClass
	}{
		{"long prose with many stop words is good", Block{Kind: BlockParagraph, Text: prose}, classGood},
		{"a long list of names has no stop words and is bad", Block{Kind: BlockParagraph, Text: names + " " + names}, classBad},
		{"a block inside a link is bad", link(prose), classBad},
		{"a short line is short", Block{Kind: BlockParagraph, Text: "Weiter im Text."}, classShort},
		{"a copyright line is bad", Block{Kind: BlockParagraph, Text: "© 2024 Beispiel Verlag GmbH. Alle Rechte bei dem Verlag und den Autoren der Beiträge."}, classBad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := classifyBlock(tt.block, de); got != tt.want {
				t.Errorf("classifyBlock = %d, want %d", got, tt.want)
			}
		})
	}
	t.Run("a short block between good ones is good, between bad ones bad", func(t *testing.T) {
		p := Block{Kind: BlockParagraph, Text: prose}
		s := Block{Kind: BlockParagraph, Text: "Weiter im Text."}
		bad := link("Startseite Politik Wirtschaft Sport Kultur Wissen Reisen Auto Digital Panorama")
		got := classifyBlocks([]Block{p, s, p, bad, s, bad}, de)
		if got[1] != classGood || got[4] != classBad {
			t.Errorf("classes %v, want the first short good and the second bad", got)
		}
	})
	t.Run("a picture between a block and good text is no one's neighbour", func(t *testing.T) {
		p := Block{Kind: BlockParagraph, Text: prose}
		s := Block{Kind: BlockParagraph, Text: "Weiter im Text."}
		img := Block{Kind: BlockImage, Src: "https://x.example/a.jpg"}
		got := classifyBlocks([]Block{p, s, img, p}, de)
		if got[1] != classGood || got[2] != classNone {
			t.Errorf("classes %v, want the short block good and the image none", got)
		}
	})
	t.Run("the language is the one whose stop words are most frequent", func(t *testing.T) {
		if got := guessLanguage(lowerWords(prose)); got != "de" {
			t.Errorf("guessLanguage = %q, want de", got)
		}
		if got := guessLanguage(lowerWords("Kesäkuussa järjestettävä tapahtuma kerää tuhansia kävijöitä")); got != "" {
			t.Errorf("guessLanguage of Finnish = %q, want none", got)
		}
	})
}

func TestPreferPage(t *testing.T) {
	en := stopListFor("en")
	prose := func(topic string) Block {
		return Block{Kind: BlockParagraph, Text: "The council said on Tuesday that the " + topic + " would be closed for the winter, because the money that was set aside for it had been spent on the repairs to the bridge over the river in the spring."}
	}
	page := pageCandidate{stop: en}
	for _, topic := range []string{"library", "swimming pool", "museum", "park"} {
		b := prose(topic)
		page.blocks = append(page.blocks, b)
		page.good += len([]rune(b.Text))
	}
	names := Block{Kind: BlockParagraph, Text: strings.Repeat("Elliot Ackerman, Saladin Ambar, Martin Amis, Anne Applebaum, Marie Arana, Margaret Atwood. ", 5)}
	tests := []struct {
		name string
		ours []Block
		want bool
	}{
		{"readability's choice that holds the page's prose is kept", page.blocks, false},
		{"a choice of another story that reads as prose is kept", []Block{prose("zoo"), prose("stadium"), prose("market")}, false},
		{"a choice that does not read as prose gives way to the page's prose", []Block{names}, true},
		{"a choice too short to be an article gives way", []Block{{Kind: BlockParagraph, Text: "Share this story"}}, true},
		{"nothing found gives way", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := preferPage(tt.ours, page); got != tt.want {
				t.Errorf("preferPage = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestExtendWithPage(t *testing.T) {
	para := func(s string) Block { return Block{Kind: BlockParagraph, Text: s} }
	lead, body := para("The lead, set above the article's box."), para("The body that readability chose.")
	menu, byline, other := para("Home News Sport"), para("By Jane Doe"), para("A teaser for another story.")
	page := pageCandidate{
		all:     []Block{menu, other, byline, lead, byline, body},
		classes: []paragraphClass{classBad, classGood, classBad, classGood, classBad, classGood},
	}
	t.Run("a good block just above readability's choice joins it", func(t *testing.T) {
		got := extendWithPage([]Block{body}, page)
		if len(got) < 2 || got[len(got)-2].Text != lead.Text {
			t.Errorf("got %+v, want the lead before the body", got)
		}
	})
	t.Run("good blocks farther up than the reach stay out", func(t *testing.T) {
		far := pageCandidate{
			all:     []Block{other, menu, menu, menu, menu, body},
			classes: []paragraphClass{classGood, classBad, classBad, classBad, classBad, classGood},
		}
		if got := extendWithPage([]Block{body}, far); len(got) != 1 {
			t.Errorf("got %+v, want the body alone", got)
		}
	})
}

func TestChooseBlocksMarksTheFallbackUncertain(t *testing.T) {
	prose := Block{Kind: BlockParagraph, Text: strings.Repeat("The council said on Tuesday that the library would be closed for the winter. ", 5)}
	page := pageCandidate{blocks: []Block{prose}, good: len([]rune(prose.Text)), stop: stopListFor("en")}
	t.Run("when readability found nothing the page's text is taken and marked uncertain", func(t *testing.T) {
		a := &Article{}
		got := chooseBlocks(nil, false, page, a)
		if len(got) != 1 || !a.Uncertain {
			t.Errorf("got %d blocks, uncertain %v; want the page's paragraph, uncertain", len(got), a.Uncertain)
		}
	})
	t.Run("when readability's choice was replaced the article is not uncertain", func(t *testing.T) {
		a := &Article{}
		got := chooseBlocks([]Block{{Kind: BlockParagraph, Text: "Share this"}}, true, page, a)
		if len(got) != 1 || a.Uncertain {
			t.Errorf("got %d blocks, uncertain %v; want the page's paragraph, certain", len(got), a.Uncertain)
		}
	})
	t.Run("a page with nothing good keeps readability's empty result", func(t *testing.T) {
		a := &Article{}
		if got := chooseBlocks(nil, false, pageCandidate{}, a); len(got) != 0 || a.Uncertain {
			t.Errorf("got %+v", got)
		}
	})
}
