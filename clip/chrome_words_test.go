package clip

import (
	"strings"
	"testing"
)

// Each kind of chrome is recognised in the languages of the lists, and
// article sentences that use the same words are not.
func TestChromeWordsInOtherLanguages(t *testing.T) {
	tests := []struct {
		name string
		text string
		rule string // "" when no rule may fire
	}{
		{"a German 'read also' heading ends the article", "Lesen Sie auch", "related stories heading"},
		{"a Finnish 'read more on the subject' heading ends the article", "Lue aiheesta lisää:", "related stories heading"},
		{"a Portuguese 'related' label ends the article", "Relacionadas", "related stories heading"},
		{"a Spanish 'read also' line is a see-also line", "Lea también: Impiden ingreso a Nicaragua a reportero", "see-also line"},
		{"a Spanish line in capitals is one too", "LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández", "see-also line"},
		{"a German share prompt is a share row", "Möchten Sie den Artikel teilen?", "share row"},
		{"a Polish print button is a share row", "drukuj", "share row"},
		{"a German ad label with a colon is an advertisement label", "Anzeige:", "advertisement label"},
		{"a German comment count is a comment section label", "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "comment section label"},
		{"a rating widget is a comment section label", "War der Artikel nützlich? (95 Stimmen: 4,73 von 5) Loading...", "comment section label"},
		{"a German author box heading is an author box", "Zur Person", "author box"},
		{"a German back link is an interface label", "zurück zur Listenansicht", "interface label"},
		{"a French permalink is a share row", "Permalien https://p.dw.com/p/RPYx", "share row"},
		{"a German source line is a photo credit", "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin", "photo credit"},
		{"a French photo credit is a photo credit", "Crédits photos : Bestimage", "photo credit"},
		{"a caption ending with a copyright credit is a caption", "Lee Elder war mit golferischem Talent gesegnet. | © Augusta National/Getty Images", "caption credit"},
		{"a caption ending with a German picture credit is a caption", "Ein Kippmoment in \"Rain\": Die lachende Menge wird zum Mob. Bild: Gregory Batardon/Theater St . Gallen", "caption credit"},
		{"a caption ending with a French photo credit is a caption", "Roman Prymula, photo: Archives du Gouvernement tchèque", "caption credit"},
		{"an app prompt is a product promotion", "Get the latest news straight to your phone with the VI Consortium app.", "product promotion"},
		{"a channel prompt is a product promotion", "¡Mira lo que tiene nuestro canal de YouTube!", "product promotion"},
		{"a Polish copyright notice is a legal notice", "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.", "legal notice"},
		{"a German opinion disclaimer is a legal notice", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", "legal notice"},
		{"a German click-here promotion is one", "DHB jetzt auch digital! Einfach hier klicken und registrieren!", "click-here promotion"},
		{"a teaser cut before 'mehr' is a teaser", "Auskunft über vergangenes Wetter… mehr •••", "teaser cut before its link"},
		{"script code left in the text is script residue", "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });", "script residue"},
		{"a date with a category is a date and byline line", "24. März 2004, 19:49 | Genesis", "date and byline line"},
		{"a date with an author and a comment count is one", "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS", "date and byline line"},
		{"an entry of a concert listing is not", "02.11.2022 - Placebo - Stadthalle", ""},
		{"a caption with a credit glued to it is a caption", "Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de", "caption credit"},
		{"a caption ending with a (C) credit is a caption", "Le piquet de grève dans le hall de l’université / (C) Kab Niang", "caption credit"},
		{"a link to the page as a PDF is a promotion", "Dieses Skript als PDF herunterladen", "product promotion"},
		{"a German sentence about advertising is not chrome", "Werbung nervt. Tracking nervt. Nerven nervt. Und gerade mobil habe ich keine Zeit dafür.", ""},
		{"a German heading about advertising is not chrome", "Werbung neuer Mitglieder", ""},
		{"a sentence that says 'read also' inside is not chrome", "Wer mehr wissen will, sollte auch das Buch lesen, sagt sie.", ""},
		{"a Spanish sentence about a channel is not chrome", "El canal de Panamá reabrió el lunes tras la tormenta.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := matchRule(Block{Kind: BlockParagraph, Text: tt.text})
			got := ""
			if r != nil {
				got = r.name
			}
			if got != tt.rule {
				t.Errorf("matchRule(%q) = %q, want %q", tt.text, got, tt.rule)
			}
		})
	}
}

func TestRelatedHeadingFollowedByProse(t *testing.T) {
	para := func(s string) Block { return Block{Kind: BlockParagraph, Text: s} }
	long := strings.Repeat("The markets rose again on Tuesday as traders weighed the news from the talks. ", 4)
	lead := para(strings.Repeat("An opening paragraph of the article that sets out what happened and why it matters. ", 6))
	t.Run("a 'Read more' button inside the text does not end the article", func(t *testing.T) {
		got := cleanBlocks([]Block{lead, para("Read More"), para("Futures were flat."), para(long)}, nil)
		if len(got) != 3 || got[2].Text != long {
			t.Errorf("got %d blocks, want the lead, the short line and the paragraph after the button", len(got))
		}
	})
	t.Run("a 'Related' heading before teasers ends the article", func(t *testing.T) {
		got := cleanBlocks([]Block{lead, para("Related stories"), para("Another story, in short"), para("And one more")}, nil)
		if len(got) != 1 {
			t.Errorf("got %d blocks, want the lead alone", len(got))
		}
	})
}

func TestPhraseSetGates(t *testing.T) {
	tests := []struct{ fragment, want string }{
		{`\balle rechte vorbehalten\b`, "alle rechte vorbehalten"},
		{`^sie wollen mehr\b`, "sie wollen mehr"},
		{`\bjetzt (?:anmelden|registrieren)\b`, "jetzt "},
		{`\bsuscr[ií]b(?:e|ete)\b`, "suscr"},
		{`\bdownloads? now`, "download"},
		{`(?:der|die) autor`, ""},
	}
	for _, tt := range tests {
		if got := literalStart(tt.fragment); got != tt.want {
			t.Errorf("literalStart(%q) = %q, want %q", tt.fragment, got, tt.want)
		}
	}
	t.Run("every fragment of the phrase lists has a gate", func(t *testing.T) {
		for _, p := range []phraseSet{promoPhrases, legalPhrases, clickPhrases} {
			if p.gates == nil {
				t.Errorf("%s has a fragment without a literal start, so it runs on every block", p.rx)
			}
		}
	})
	t.Run("a gated expression matches only texts with a gate word", func(t *testing.T) {
		if !legalPhrases.MatchString("Alle Rechte vorbehalten.") || legalPhrases.MatchString("Die Rechte der Mieter wurden gestärkt.") {
			t.Error("legalPhrases does not tell a notice from a sentence")
		}
	})
}
