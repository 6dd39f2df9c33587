package clip

import (
	"strings"
	"unicode/utf8"
)

// Pages label their chrome with a few stock words, and they do it in their
// own language: "Lesen Sie auch", "Lea también", "Czytaj także". The lists
// below give those words for the languages people clip most (English is in
// the cleanup rules themselves; German, French, Spanish, Portuguese,
// Italian, Polish, Dutch, Swedish and Finnish here), one list per kind of
// chrome. Entries are lower-case regular-expression fragments matched
// without regard to case; a rule decides where in a block they must stand.

// seeAlsoWords introduce links to other stories.
var seeAlsoWords = []string{
	// German
	`lesen sie (?:auch|mehr|hier)(?: die folgenden beiträge)?`, `lies auch`, `auch interessant`, `ebenfalls interessant`,
	`das (?:könnte|dürfte) (?:sie|dich|ihnen|dir) (?:auch |ebenfalls )?(?:interessieren|gefallen)`,
	`(?:mehr|weiteres) (?:zum|zu diesem) thema(?: auf .{1,30})?`, `mehr themen`, `weitere themen`,
	`weitere (?:beiträge|artikel|nachrichten|meldungen|news|informationen)(?: (?:aus|zu|zum|von) .{1,40})?`,
	`(?:ähnliche|verwandte|empfohlene|passende) (?:artikel|beiträge|themen|news)`, `zum weiterlesen`, `weiterlesen`,
	`siehe auch`, `weiterführende[rn]? (?:links?|informationen|artikel)`, `passend (?:dazu|zum thema)`,
	`unsere empfehlungen?`, `meist ?(?:gelesen|diskutiert)e?(?: artikel)?`, `meist-(?:gelesen|diskutiert)`,
	`beliebte (?:artikel|beiträge)`, `neueste (?:artikel|beiträge)`, `vorschau auf den nächsten artikel`,
	`entdecke weitere .{1,30}`, `weitere .{1,30}tipps(?: .{1,30})?`, `auch lesenswert`, `lesenswert`,
	// French
	`(?:à )?lire aussi`, `(?:à )?lire également`, `(?:à )?voir aussi`, `sur le même (?:sujet|thème)`,
	`dans la même rubrique`, `articles? (?:similaires|liés|connexes|recommandés)`, `les plus lus`,
	`plus d'articles`, `(?:à )?découvrir aussi`, `(?:audios et )?vidéos sur le sujet`, `pour aller plus loin`,
	`nos articles? (?:sur|liés)(?: .{1,30})?`, `en savoir plus`,
	// Spanish
	`lea (?:también|además|más)`, `lee (?:también|además|más)`, `leer más`, `(?:también )?(?:le|te) (?:puede|podría) interesar`,
	`puede interesarte`, `vea también`, `ver también`, `mira también`, `(?:noticias|artículos|notas) relacionad[oa]s`,
	`relacionad[oa]s`, `lo más leído`, `más leíd[oa]s`, `más noticias`, `te recomendamos`, `recomendamos`,
	// Portuguese
	`veja também`, `leia (?:também|mais)`, `saiba mais`, `notícias relacionadas`, `mais lidas`, `mais notícias`,
	`confira também`,
	// Italian
	`leggi anche`, `potrebbe interessarti`, `articoli correlati`, `i più letti`, `leggi di più`,
	// Polish
	`czytaj (?:też|także|również|więcej)`, `przeczytaj (?:też|także|również)`, `zobacz (?:też|także|również)`,
	`polecamy`, `podobne (?:artykuły|wpisy)`, `najczęściej czytane`, `więcej (?:informacji|na ten temat)`,
	// Dutch, Swedish, Finnish
	`lees (?:ook|meer)`, `gerelateerde artikelen`, `meer nieuws`, `läs (?:också|mer)`, `relaterat`,
	`lue (?:aiheesta )?(?:lisää|myös)`,
	// the list of sources or the original that closes a piece
	`quellen(?:angaben|verzeichnis)?`, `originalartikel`, `fuentes`, `źródła`,
}

// shareWords label buttons that share, print or mail the page.
var shareWords = []string{
	// German
	`teilen`, `(?:artikel|beitrag|seite|diesen artikel|diesen beitrag) (?:teilen|drucken|versenden|empfehlen)`,
	`(?:möchten sie|jetzt) (?:den|diesen) (?:artikel|beitrag) teilen`, `den artikel mit anderen teilen(?:/diskutieren)?`,
	`drucken`, `versenden`, `twittern`, `merken`, `per (?:e-?mail|mail) (?:versenden|teilen|senden)`,
	// French, Spanish, Portuguese, Italian
	`partager(?: (?:cet article|l'article|sur))?`, `imprimer`, `envoyer`, `compartir(?: en)?`, `imprimir`,
	`comparte (?:esta|este) (?:noticia|artículo|nota)`, `compartilhe`, `compartilhar`, `condividi`, `stampa`,
	// Polish, Dutch
	`udostępnij`, `drukuj`, `wyślij`, `podziel się`, `delen`, `afdrukken`,
	// a permanent link to the page
	`(?:permalink|permalien|kurzlink)\s*:?\s*(?:https?://\S+)?`,
}

// adWords label advertisements.
var adWords = []string{
	`anzeige`, `werbung`, `\*werbung`, `gesponsert`, `publicité`, `publicidad`, `publicidade`, `pubblicità`,
	`reklama`, `ogłoszenie`, `mainos`, `advertentie`, `advertisement`,
}

// commentWords label a comment section or a prompt to join it, and the
// rating widgets that sit beside it.
var commentWords = []string{
	// German
	`kommentare?(?: \(\d+\))?`, `kommentare? (?:schreiben|verfassen|hinterlassen|anzeigen|lesen)`, `keine kommentare\b.*`,
	`kommentieren`, `(?:schreiben sie|schreib) einen kommentar`, `(?:sie sind|du bist) (?:aktuell |derzeit )?nicht eingeloggt.*`,
	`.{0,60}\b(?:eingeloggt|angemeldet) sein,? um (?:einen )?kommentare? zu (?:schreiben|verfassen).*`,
	`(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\?.*`,
	// English prompts to rate or log in
	`(?:was|is) this (?:article|page|post) (?:helpful|useful)\?.*`, `you must be logged in to post a comment.*`,
	// French, Spanish, Portuguese, Italian, Polish, Dutch
	`commentaires?`, `(?:laisser|ajouter|écrire) un commentaire`, `réagir`, `comentarios?`,
	`(?:deja|dejar|escribe) (?:un|tu) comentario`, `comentários?`, `deixe (?:um|seu) comentário`, `commenti`,
	`lascia un commento`, `komentarze?`, `dodaj komentarz`, `reacties?`,
}

// authorBoxWords head a box about the author, or the contact details that
// close a press release.
var authorBoxWords = []string{
	`zur person`, `über (?:den autor|die autorin|die autoren|uns)`, `(?:der autor|die autorin)`, `autor(?:in)?`,
	`(?:presse)?kontakt`, `ansprechpartner(?:in)?(?: (?:zum thema|für die presse))?`,
	`(?:alle|weitere) (?:artikel|beiträge) (?:von|des autors|der autorin)\b.*`,
	`(?:media|press) contacts?`, `contact`, `à propos de l'auteur`, `sobre el autor`, `contacto`, `o autorze`,
	`sull'autore`,
}

// interfaceWords are the labels of buttons and controls.
var interfaceWords = []string{
	`zurück(?: zu[mr]? (?:übersicht|listenansicht|startseite|liste))?`, `weiter`, `vergrößern`, `schließen`,
	`(?:lade|mehr|weitere) (?:weitere |mehr )?(?:inhalte|artikel|beiträge)?\s*(?:laden|anzeigen)?\s*(?:\.\.\.|…)?`,
	`nach oben`, `quellen (?:ausblenden|anzeigen|einblenden)`, `retour`, `fermer`, `agrandir`, `suivant`, `précédent`,
	`volver`, `cerrar`, `siguiente`, `anterior`, `ampliar`, `wróć`, `powrót`, `zamknij`, `dalej`, `następny`,
	`poprzedni`, `loading(?:\.\.\.|…)?`,
}

// creditWords introduce a picture's credit or a source line.
var creditWords = []string{
	`bild(?:er)?`, `fotos?`, `photos?`, `abbildung`, `bildquelle`, `quelle`, `quellen`, `quellenangaben?`, `fotoquelle`,
	`crédits? photos?`, `crédits?`, `image illustrative`, `fuente`, `imagen`, `zdjęcie`, `fot\.`, `źródło`,
	`fonte`, `kuva`,
}

// promoWords are the prompts that sell a product of the site (an app, a
// channel, a membership) rather than inform.
var promoWords = []string{
	// apps and channels
	`\bdownload (?:our|the) [\w' ]{0,40}\bapps?\b`, `\bget (?:our|the) [\w' ]{0,40}\bapps?\b`, `\bwith the [\w' ]{1,40} app\b`,
	`\bcanal de (?:youtube|telegram|whatsapp|tiktok|instagram)\b`, `\bchaîne (?:youtube|telegram|whatsapp|tiktok)\b`,
	`\bchannel on (?:youtube|telegram|whatsapp|tiktok)\b`, `\byoutube[- ]?(?:kanal|channel|canal)\b`,
	`\btelegram[- ]?(?:kanal|channel|canal)\b`, `\bwhatsapp[- ]?(?:kanal|channel|canal)\b`, `\bapp (?:herunterladen|laden)\b`,
	// memberships and "never miss a thing"
	`\bwerden sie mitglied\b`, `\bnichts mehr (?:verpassen|versäumen)\b`, `^sie wollen mehr\b`, `^du willst mehr\b`,
	`^wollen sie mehr\b`, `^willst du mehr\b`,
	`\bjetzt (?:anmelden|registrieren|abonnieren|kostenlos testen)\b`, `\bnewsletter (?:abonnieren|bestellen)\b`,
	`\babonnez-vous\b`, `\binscrivez-vous\b`, `\bsuscr[ií]b(?:e|ete|irse)\b`, `\bassine\b`, `\bzapisz się\b`,
	`\biscriviti\b`, `\bnever miss (?:a|an|our|the)\b`, `\bsign up here\b`, `^entdecken sie (?:jetzt|mehr|weitere)\b`,
	// links to the rest of a subject, and log-in prompts
	`\bfindest du (?:hier|unter \S+)[.!]?$`, `\bfinden sie (?:hier|unter \S+)[.!]?$`,
	`^weitere (?:infos|informationen) (?:unter|auf|gibt es)\b`,
	`\beingeloggt sein,? um\b`, `\bangemeldet sein,? um\b`, `\bmust be logged in to\b`,
	// links to a file of the page
	`\bals pdf\b`, `\bpdf herunterladen\b`, `\bdownload (?:the |as )?pdf\b`, `\btélécharger (?:le )?pdf\b`,
	`\bpdf\s*\|\s*\d+(?:[.,]\d+)?\s*[km]b\b`,
}

// legalWords are copyright notices and disclaimers.
var legalWords = []string{
	`\balle rechte vorbehalten\b`, `\btous droits réservés\b`, `\btodos los derechos reservados\b`,
	`\btodos os direitos reservados\b`, `\btutti i diritti riservati\b`, `\bwszelkie prawa zastrzeżone\b`,
	`\bmateriał chroniony prawem autorskim\b`, `\bohne gewähr\b`, `\bsofern nicht anders (?:ausgewiesen|angegeben|vermerkt)\b`,
	`\bgibt (?:die|nur die|ausschließlich die) meinung (?:des|der) (?:autors|autorin|verfassers|verfasserin)\b`,
	`\bthe views expressed (?:in this (?:article|post|piece) )?are (?:those of the author|the author's own|solely)\b`,
	`\bdieser (?:beitrag|artikel|post) enthält (?:unbezahlte |bezahlte )?(?:werbung|affiliate)`,
	`\bder (?:beitrag|artikel|post) enthält (?:unbezahlte |bezahlte )?(?:werbung|affiliate)`,
	`\bhandelt es sich um (?:ein(?:en)?) (?:blog|gastbeitrag|meinungsbeitrag)\b`,
	`\badvertising disclaimer\b`,
}

// clickWords ask the reader to click.
var clickWords = []string{
	`\bhier klicken\b`, `\bklicken sie hier\b`, `\bklick hier\b`, `\bcliquez ici\b`, `\bhaga clic aquí\b`,
	`\bhaz clic aquí\b`, `\bclique aqui\b`, `\bkliknij tutaj\b`, `\bclicca qui\b`,
}

// moreWords end a teaser with a link to the rest.
var moreWords = []string{
	`mehr`, `weiterlesen`, `read more`, `more`, `lire la suite`, `la suite`, `leer más`, `seguir leyendo`,
	`leia mais`, `continua a leggere`, `czytaj dalej`, `więcej`,
}

// anyOf joins regular-expression fragments into one alternative.
func anyOf(fragments []string) string { return `(?:` + strings.Join(fragments, `|`) + `)` }

var (
	// rxSeeAlsoHeading matches a heading or a line that introduces other
	// stories.
	rxSeeAlsoHeading = lazyCompile(`(?i)^` + anyOf(seeAlsoWords) + `\s*[:.…>»!]*$`)
	// rxSeeAlsoLine matches a line that links to another story after a
	// "see also" label ("Lea también: …").
	rxSeeAlsoLine = lazyCompile(`(?i)^(?:>>\s*)?` + anyOf(seeAlsoWords) + `\s*(?:[:|\-–—»>]|\.\.\.|…)\s*\S`)
	// rxShareLabel matches a row of share and print buttons.
	rxShareLabel = lazyCompile(`(?i)^(?:` + anyOf(shareWords) + `[\s|·•,:/?!]*)+$`)
	// rxAdWord matches an advertisement label.
	rxAdWord = lazyCompile(`(?i)^` + anyOf(adWords) + `\s*[:.]?$`)
	// rxCommentLabel matches a comment section's heading or prompt.
	rxCommentLabel = lazyCompile(`(?is)^(?:\d+\s+)?` + anyOf(commentWords) + `\s*[:.!]?$`)
	// rxAuthorBoxLabel matches the heading of an author or contact box.
	rxAuthorBoxLabel = lazyCompile(`(?i)^` + anyOf(authorBoxWords) + `\s*:?$`)
	// rxInterfaceLabel matches a control's label.
	rxInterfaceLabel = lazyCompile(`(?i)^` + anyOf(interfaceWords) + `\s*(?:[:»›>]|https?://\S+)?$`)
	// rxCreditLabel matches a credit or source line ("Bild: dpa").
	rxCreditLabel = lazyCompile(`(?i)^\(?` + anyOf(creditWords) + `\s*(?::|©|\(c\))\s*.{0,80}$`)
	// rxTrailingCredit matches a caption that ends with its picture's
	// credit ("… | © Getty Images", "… Foto © Jane Doe", "… Bild: X/Y").
	rxTrailingCredit = lazyCompile(`(?i)(?:©\s*[^©]{2,80}|[/|]\s*\(c\)\s*[^()]{2,60}|\b` + anyOf(creditWords) + `\s*(?::|©)\s*[^:!?]{2,70}|\(\s*[^()]{2,40}\s/\s[^()]{2,40}\.(?:com|de|net|org|se|fr)\s*\))$`)
	// promoPhrases matches a prompt for the site's own products.
	promoPhrases = newPhraseSet(promoWords)
	// legalPhrases matches copyright notices and disclaimers.
	legalPhrases = newPhraseSet(legalWords)
	// clickPhrases matches a request to click.
	clickPhrases = newPhraseSet(clickWords)
	// rxTeaserMore matches a teaser cut off before a link to the rest
	// ("Auskunft über vergangenes Wetter… mehr •••").
	rxTeaserMore = lazyCompile(`(?i)(?:…|\.\.\.)\s*` + anyOf(moreWords) + `\s*[•›»>.]*$|\s` + anyOf(moreWords) + `\s*[•›»>]{2,}$`)
	// rxCreditFirst matches a caption that starts with its picture's
	// credit, a name and an agency's domain ("Jane Doe/imagebank.example").
	rxCreditFirst = lazyCompile(`^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3}\s?/\s?[\w.-]+\.(?:com|net|org|de|se|ch|at|fr|es|it|pl|nl|uk)\b`)
	// rxArrowTeaser matches a link to another story set between arrows.
	rxArrowTeaser = lazyCompile(`^>>\s*.+\s*<<$`)
	// rxScriptResidue matches JavaScript left in the text of a page.
	rxScriptResidue = lazyCompile(`^[\w.$]+\s*(?:\(|=)\s*function\s*\(|^\s*(?:googletag|window\.|document\.|var |let |const )[^ ]*.*[;}]\s*$`)
)

// A phraseSet matches any of a list of fragments anywhere in a text. A
// search for one of many phrases costs Go's regular expressions a try at
// every position of the text, so each fragment's literal start (the words
// before its first operator) is looked for first with strings.Contains,
// and the expression runs only on texts that hold one of them.
type phraseSet struct {
	rx *lazyRegexp
	// gates are the fragments' literal starts; when a fragment has none,
	// gates is nil and the expression always runs.
	gates []string
}

// gatedRegexp runs rx only on texts that hold one of gates (lower-case
// words every match of rx contains).
func gatedRegexp(rx *lazyRegexp, gates ...string) phraseSet {
	return phraseSet{rx: rx, gates: gates}
}

// open reports whether text holds one of the gates, and so may match.
func (p phraseSet) open(text string) bool {
	if p.gates == nil {
		return true
	}
	lower := strings.ToLower(text)
	for _, g := range p.gates {
		if strings.Contains(lower, g) {
			return true
		}
	}
	return false
}

// newPhraseSet compiles fragments, matched without regard to case.
func newPhraseSet(fragments []string) phraseSet {
	p := phraseSet{rx: lazyCompile(`(?i)` + anyOf(fragments))}
	for _, f := range fragments {
		g := literalStart(f)
		if len([]rune(g)) < 3 {
			p.gates = nil
			return p
		}
		p.gates = append(p.gates, g)
	}
	return p
}

// MatchString reports whether text holds one of the phrases.
func (p phraseSet) MatchString(text string) bool {
	return p.open(text) && p.rx.MatchString(text)
}

// literalStart returns the literal words a fragment starts with, after a
// leading ^ or \b, up to its first operator. An optional character or group
// right after them ("s?") takes the character before it away too.
func literalStart(f string) string {
	f = strings.TrimPrefix(f, "^")
	f = strings.TrimPrefix(f, `\b`)
	end := strings.IndexAny(f, `\()[]{}.*+?|^$`)
	if end < 0 {
		return f
	}
	lit := f[:end]
	if strings.ContainsAny(f[end:end+1], "?*{") && lit != "" {
		_, size := utf8.DecodeLastRuneInString(lit)
		lit = lit[:len(lit)-size]
	}
	return lit
}

// tailBytes is how much of a block's end the rules that look for a credit
// or a link at the end of a block read: those never run longer.
const tailBytes = 300

// tail returns the last tailBytes of s, cut at a rune boundary.
func tail(s string) string {
	if len(s) <= tailBytes {
		return s
	}
	i := len(s) - tailBytes
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}
