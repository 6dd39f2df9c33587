package clip

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A cleanup rule recognises text that go-readability keeps but that is page
// chrome rather than article: appeals, share rows, newsletter and cookie
// prompts, "read more" lists, credits. Every rule looks only at short
// blocks, because chrome is short and article paragraphs that merely talk
// about subscriptions or sharing are not.
type cleanupRule struct {
	name string
	// words is the largest number of words a block may have for the rule
	// to look at it.
	words int
	// match says whether the block is chrome.
	match func(b Block) bool
	// endsArticle says that the block starts a section that follows the
	// article (an appeal, a list of related stories) when it comes in the
	// last part of the document: it and every block after it are dropped.
	endsArticle bool
	// unlessProse keeps the article going when prose follows the block
	// (see proseFollows): the block may be a button or a box set inside
	// the text.
	unlessProse bool
}

var (
	rxShareWords = lazyCompile(`(?i)^(?:(?:share|share (?:this|the) (?:article|story|post|page)|share on|tweet|email|e-mail|print|copy link|copy url|link copied|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|flipboard|comments?|save|gift (?:this )?article|sharing button|[a-z\-]+ sharing button)[\s|·•,:/]*)+$`)
	rxAdLabel    = lazyCompile(`(?i)^(?:advertisement|advertising|sponsored( content)?|ad|story continues (?:below|after) (?:this )?advertisement|continue reading(?: the| this)?(?: main)?(?: story| article)?(?: below)?|scroll to continue(?: with content)?|skip (?:this )?ad)$`)
	rxNewsletter = lazyCompile(`(?i)(?:sign up|signup|subscribe|register)\b.*\b(?:newsletters?|inbox|email (?:updates|alerts|list)|updates|alerts|bulletin)|\b(?:newsletter|inbox)\b.*\b(?:sign up|subscribe)\b|^get (?:our|the) .*(?:newsletter|in your inbox)|^(?:sign up|subscribe)(?: now| today| here)?[.!]?$|enter your email|by signing up,? you agree|already a subscriber|subscribe (?:now|today) (?:for|to)|subscribers? (?:only|can)|to continue reading|(?:subscribe|sign up)\b.*\b(?:channel|podcast|magazine)\b|\b\d+ issues for\b|this (?:article|content) is (?:for|only available to) subscribers`)
	rxAppeal     = lazyCompile(`(?i)\bsupport (?:our|independent|quality|objective|unbiased|local|public[- ]interest|[a-z]+'s) (?:journalism|reporting|work|newsroom)|\b(?:make|making) a (?:one-off |one-time |monthly |small )?(?:contribution|donation)\b|\bdonate (?:now|today|to)\b|\bbecome a (?:member|supporter|patron|subscriber)\b|\bour journalism (?:is|relies|depends)|\bwe (?:cannot|can't|could not) do (?:it|this)? ?without you|\byour (?:contribution|support|donation) (?:supports|helps|makes|keeps)|for a small contribution|\bchip in\b|\bif you (?:enjoyed|liked|value|appreciate|like) (?:this|our|reading) (?:article|story|journalism|work|content|post)|\bwe have a proposition for you\b`)
	rxCookie     = lazyCompile(`(?i)\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|by continuing to (?:use|browse) (?:this|our) (?:site|website))\b`)
	rxRelated    = lazyCompile(`(?i)^(?:read (?:more|next|also)|related(?: (?:stories|articles|content|coverage|posts|news|reading|topics))?|recommended(?: (?:stories|articles|for you|reading))?|more (?:from|on|stories|news|in|like this|to read|coverage)\b.*|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|see also|also read|don't miss|top stories|latest (?:news|stories)|what to read next|keep reading|further reading|popular (?:now|stories|articles)|in (?:other|related) news|editor'?s? picks?|around the web|from (?:our|the) (?:partners|network|archive))\s*[:.…>»]*$`)
	rxReadMore   = lazyCompile(`(?i)^(?:read (?:more|also|next)|also read|see (?:also|more)|more|related|recommended|watch|listen|read the full (?:story|article))\s*[:|\-–—»>]\s*\S`)
	rxFollow     = lazyCompile(`(?i)^(?:follow (?:us|me|[a-z]+) (?:on|at)\b.*|follow us:?|connect with us.*|join (?:us|our community) on .*|join (?:our|the) .{0,40}(?:forums?|community|discussion|conversation)\b.*|like us on facebook.*|download (?:our|the) app.*)$`)
	// rxCaptionCredit matches a caption that ends with its picture's
	// credit, the way captions copied into the body read.
	rxCaptionCredit = lazyCompile(`(?i)(?:credit:\s*[^.!?]{2,60}|\((?:image|photo|picture|pictured|credit|photograph)s?:[^)]{1,60}\)|(?:photo|image|illustration|photograph)s? (?:by|courtesy of) [^.!?]{2,50}\.?|\(\s*[A-Z][A-Z .'’-]+/[A-Z][A-Z .'’-]+\)|\((?:AP|AFP|Reuters|EPA|Getty Images?|PA|Bloomberg)(?: Photo)?/[^)]{2,60}\))\s*$`)
	// rxCaptionLabel matches the labels screen readers get before a caption.
	rxCaptionLabel = lazyCompile(`^(?i:image caption|media caption|image copyright|enlarge image|enlarge this image|toggle caption|hide caption)\b`)
	// rxUILabel matches the text of buttons and gallery controls.
	rxUILabel = lazyCompile(`(?i)^(?:caption|close|open|expand|collapse|enlarge(?: image)?|warning|loading|play|pause|replay|menu|search|sign in|log ?in|next|previous|prev|back to top|show caption|view gallery|view (?:all )?comments|fullscreen|full screen|mute|unmute|(?:image|photo|picture|slide)s?\s*\d+\s*(?:of|/)\s*/?\s*\d+|\d+\s*/\s*\d+)\.?$`)
	// rxLegal matches copyright lines, disclaimers and affiliate notices.
	rxLegal = lazyCompile(`(?i)^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|^disclaimer\s*:|\b(?:affiliate (?:links?|commission)|we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|this (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored)|contents of this site are ©)`)
	// rxClickHere matches a promotion that asks to click.
	rxClickHere = lazyCompile(`(?i)\bclick(?:ing)? (?:here|this link|the link)\b|\btap here\b`)
	// rxTip matches an invitation to send the newsroom tips.
	rxTip = lazyCompile(`(?i)^(?:have|got) a (?:news )?tip\b|\bif you have a (?:news )?tip\b|\bsend (?:us )?(?:a |your )?(?:news )?tips?\b.*\b(?:email|at)\b`)
	// rxAuthorSocial matches an author note's invitation to follow them.
	rxAuthorSocial = lazyCompile(`(?i)\bfollow (?:him|her|them|me) (?:on|at) (?:twitter|facebook|instagram|linkedin|x|mastodon|bluesky|threads)\b|\b(?:can|may) be reached at\b`)
	rxCredit       = lazyCompile(`(?i)^(?:\(?(?:photo|image|picture|illustration|graphic|video|photograph|file photo|top image|header image|feature image|main image|credit|credits|photo credit|image credit|source|photo courtesy|image courtesy|courtesy)s?\s*(?:by|:|courtesy|credit)\s*.{0,80}|.{0,120}\b(?:photo|image|picture) (?:courtesy|credit)s?:.{0,80}|.{0,80}\((?:getty images?|reuters|ap|afp|epa|shutterstock|ap photo|file photo|pa|alamy|istock)[^)]{0,40}\)|(?:getty images?|reuters|ap photo|afp|epa|shutterstock|istock)(?:/[\w .]+)?)$`)
	rxTags         = lazyCompile(`(?i)^(?:tags?|topics?|filed under|categories|category)\s*:`)
	rxAuthorBox    = lazyCompile(`(?i)^(?:about the author|about (?:the )?authors|author bio|more (?:articles|stories|posts) by\b.*|view (?:all )?(?:posts|articles|stories) by\b.*|contact the author|send (?:us )?a (?:tip|correction)|have a (?:news )?tip\??.*|got a (?:news )?tip\??.*)$`)
	rxComments     = lazyCompile(`(?i)^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|show comments|view comments|load comments|post a comment|comment on this (?:story|article))\s*(?:\(\d+\))?[:.]?$`)
)

// The prompts' expressions run only on blocks that hold one of the words
// all their matches contain (see phraseSet): most blocks hold none, and the
// expressions are slow to try at every position of a text.
var (
	newsletterPrompt = gatedRegexp(rxNewsletter, "sign", "subscri", "regist", "newsletter", "inbox", "email", "continue reading", "issues for", "this article", "this content")
	donationAppeal   = gatedRegexp(rxAppeal, "support", "contribution", "donation", "donate", "become a", "journalism", "without you", "chip in", "if you", "proposition")
	cookieNotice     = gatedRegexp(rxCookie, "cookie", "by continuing")
	legalNotice      = gatedRegexp(rxLegal, "©", "(c)", "copyright", "rights reserved", "disclaimer", "affiliate", "we may", "this post", "this article", "this page", "contents of this site")
)

// cleanupRules are Margin's rules, in the order they are tried.
var cleanupRules = []cleanupRule{
	{name: "share row", words: 25, match: func(b Block) bool { return rxShareWords.MatchString(b.Text) || rxShareLabel.MatchString(b.Text) }},
	{name: "advertisement label", words: 12, match: func(b Block) bool {
		t := strings.TrimSpace(b.Text)
		return rxAdLabel.MatchString(t) || rxAdWord.MatchString(t)
	}},
	{name: "newsletter prompt", words: 45, match: func(b Block) bool { return isCallToAction(b.Text, newsletterPrompt) }},
	{name: "donation appeal", words: 45, endsArticle: true, match: func(b Block) bool { return isCallToAction(b.Text, donationAppeal) }},
	{name: "cookie notice", words: 60, match: func(b Block) bool { return isCallToAction(b.Text, cookieNotice) }},
	{name: "related stories heading", words: 8, endsArticle: true, unlessProse: true, match: func(b Block) bool {
		t := strings.TrimSpace(b.Text)
		return b.Kind != BlockListItem && (rxRelated.MatchString(t) || rxSeeAlsoHeading.MatchString(t))
	}},
	{name: "read more link", words: 40, match: func(b Block) bool {
		return (rxReadMore.MatchString(b.Text) || rxSeeAlsoLine.MatchString(b.Text)) && linkCoverage(b) > 0.5
	}},
	{name: "see-also line", words: 25, match: func(b Block) bool { return rxSeeAlsoLine.MatchString(strings.TrimSpace(b.Text)) }},
	{name: "teaser cut before its link", words: 30, match: func(b Block) bool { return rxTeaserMore.MatchString(tail(strings.TrimSpace(b.Text))) }},
	{name: "product promotion", words: 30, match: func(b Block) bool { return promoPhrases.MatchString(b.Text) }},
	{name: "script residue", words: 60, match: func(b Block) bool { return rxScriptResidue.MatchString(b.Text) }},
	{name: "follow prompt", words: 15, match: func(b Block) bool { return rxFollow.MatchString(b.Text) }},
	{name: "photo credit", words: 25, match: func(b Block) bool {
		return b.Kind != BlockHeading && (rxCredit.MatchString(b.Text) || rxCreditLabel.MatchString(b.Text))
	}},
	{name: "tag list", words: 40, match: func(b Block) bool { return rxTags.MatchString(b.Text) }},
	{name: "author box", words: 10, endsArticle: true, match: func(b Block) bool {
		t := strings.TrimSpace(b.Text)
		return rxAuthorBox.MatchString(t) || rxAuthorBoxLabel.MatchString(t)
	}},
	{name: "comments prompt", words: 8, endsArticle: true, match: func(b Block) bool { return rxComments.MatchString(strings.TrimSpace(b.Text)) }},
	{name: "comment section label", words: 20, endsArticle: true, match: func(b Block) bool { return rxCommentLabel.MatchString(strings.TrimSpace(b.Text)) }},
	{name: "caption credit", words: 70, match: func(b Block) bool {
		return b.Kind != BlockHeading && (rxCaptionCredit.MatchString(tail(b.Text)) || rxCaptionLabel.MatchString(b.Text) || rxTrailingCredit.MatchString(tail(strings.TrimSpace(b.Text))))
	}},
	{name: "caption starting with a credit", words: 30, match: func(b Block) bool { return b.Kind != BlockHeading && rxCreditFirst.MatchString(b.Text) }},
	{name: "date and byline line", words: 16, match: func(b Block) bool { return b.Kind == BlockParagraph && isMetaLine(b.Text) }},
	{name: "teaser between arrows", words: 30, match: func(b Block) bool { return rxArrowTeaser.MatchString(strings.TrimSpace(b.Text)) }},
	{name: "interface label", words: 4, match: func(b Block) bool {
		t := strings.TrimSpace(b.Text)
		return rxUILabel.MatchString(t) || rxInterfaceLabel.MatchString(t)
	}},
	{name: "legal notice", words: 80, endsArticle: true, match: func(b Block) bool { return legalNotice.MatchString(b.Text) || legalPhrases.MatchString(b.Text) }},
	{name: "click-here promotion", words: 20, match: func(b Block) bool { return rxClickHere.MatchString(b.Text) || clickPhrases.MatchString(b.Text) }},
	{name: "tip invitation", words: 40, match: func(b Block) bool { return rxTip.MatchString(b.Text) }},
	{name: "promoted link", words: 25, match: func(b Block) bool {
		return b.Kind == BlockParagraph && linkCoverage(b) >= 0.9 && isCapitals(b.Text)
	}},
}

var (
	// rxQuoted matches quoted passages, which report what others say
	// rather than address the reader.
	rxQuoted = lazyCompile(`"[^"]*"|“[^”]*”|'[^']{8,}'|‘[^’]*’|«[^»]*»`)
	// rxReaderAddress matches words that address the reader.
	rxReaderAddress = lazyCompile(`(?i)\b(?:you|your|you're|yours|we|we're|us|our)\b`)
	// rxImperative matches a sentence that starts with a call to act.
	rxImperative = lazyCompile(`(?i)(?:^|[.!?]\s+)(?:please\s+)?(?:sign up|subscribe|support|donate|contribute|give|get|join|become|make|help|click|tap|enter|register|follow|accept|chip in)\b`)
)

// isCallToAction reports whether text is a prompt of the kind rx describes
// (an appeal, a newsletter box, a cookie notice) addressed to the reader.
// A short block is one when the prompt is most of it ("Support our
// journalism"); a longer one must also speak to the reader outside quoted
// passages, so that an article reporting on such prompts is kept.
func isCallToAction(text string, p phraseSet) bool {
	if !p.open(text) {
		return false
	}
	own := rxQuoted.ReplaceAllString(text, " ")
	loc := p.rx.FindStringIndex(own)
	if loc == nil {
		return false
	}
	words := countWords(own)
	if words <= 8 {
		rest := countWords(own[:loc[0]]) + countWords(own[loc[1]:])
		return rest <= 2 || (words <= 8 && rxImperative.MatchString(own) && !strings.ContainsAny(own, ",;"))
	}
	return rxReaderAddress.MatchString(own) || rxImperative.MatchString(own)
}

// tailShare is how far into the text (as a share of its runes) a block
// must start for a section-ending rule to cut the rest of the document.
const tailShare = 0.6

// cleanBlocks removes chrome from the blocks of an article. a carries the
// metadata already found, so that a byline or date line repeated at the top
// of the body can be recognised.
func cleanBlocks(blocks []Block, a *Article) []Block {
	if a != nil {
		blocks = startAtTitle(blocks, a.Title)
	}
	total := 0
	for _, b := range blocks {
		total += utf8.RuneCountInString(b.Text)
	}
	textBlocks := 0
	for _, b := range blocks {
		if b.HasText() {
			textBlocks++
		}
	}
	out := blocks[:0:0]
	pos := 0
	seen := 0
	for i, b := range blocks {
		if !b.HasText() {
			out = append(out, b)
			continue
		}
		start := pos
		pos += utf8.RuneCountInString(b.Text)
		seen++
		// A byline or date line belongs at the top of the article or, as
		// an author's signature or an "updated" line, at its very end.
		if (seen <= 4 && isBylineBlock(b, a)) || (seen > textBlocks-2 && isSignature(b.Text)) {
			continue
		}
		r := matchRule(b)
		if r == nil {
			out = append(out, b)
			continue
		}
		if r.endsArticle && total > 0 && float64(start) >= tailShare*float64(total) && !(r.unlessProse && proseFollows(blocks[i+1:])) {
			break
		}
	}
	out = dropLinkLists(out)
	out = dropEmptySections(out)
	out = dropAuthorNote(out)
	out = dropCompanyBoilerplate(out)
	// Images left at the end once the text after them was dropped went with
	// that text; a figure that ends the article itself stays.
	if len(out) < len(blocks) && len(blocks) > 0 && blocks[len(blocks)-1].HasText() {
		out = trimImages(out)
	}
	return out
}

// proseFollows reports whether one of the next two blocks with text is a
// paragraph of prose (long, hardly linked): then the block before it did not start the
// section after the article (a "Read more" button that unfolds the rest of
// the text, a "Related" box set in the middle), and only it is dropped.
func proseFollows(blocks []Block) bool {
	seen := 0
	for _, b := range blocks {
		if !b.HasText() {
			continue
		}
		if b.Kind == BlockParagraph && countWords(b.Text) >= 25 && linkCoverage(b) < 0.2 {
			return true
		}
		if seen++; seen == 2 {
			break
		}
	}
	return false
}

// matchRule returns the first rule that says the block is chrome, or nil.
func matchRule(b Block) *cleanupRule {
	if b.Kind == BlockPre {
		return nil
	}
	words := countWords(b.Text)
	for i := range cleanupRules {
		r := &cleanupRules[i]
		if words <= r.words && r.match(b) {
			return r
		}
	}
	return nil
}

// trimImages drops image blocks left at the end of the document once the
// text they belonged to is gone.
func trimImages(blocks []Block) []Block {
	for len(blocks) > 0 && !blocks[len(blocks)-1].HasText() {
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}

// linkCoverage returns the share of a block's runes inside links.
func linkCoverage(b Block) float64 {
	n := utf8.RuneCountInString(b.Text)
	if n == 0 {
		return 0
	}
	covered := 0
	last := 0
	for _, s := range b.Spans {
		if s.Kind != SpanLink || strings.HasPrefix(s.Href, "#") {
			continue
		}
		start := max(s.Start, last)
		if s.End > start {
			covered += s.End - start
			last = s.End
		}
	}
	return float64(covered) / float64(n)
}

// countWords counts the words of s, as runs of letters and digits.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// isWordRune reports whether r is part of a word: a letter, a digit or an
// underscore, as \w is in Python's Unicode regular expressions.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isBylineBlock reports whether a block near the top of the body only
// repeats the byline or the date ("By Jane Doe | March 3, 2024").
func isBylineBlock(b Block, a *Article) bool {
	if b.Kind == BlockQuote || b.Kind == BlockPre || countWords(b.Text) > 20 {
		return false
	}
	text := normalizeSpace(b.Text)
	if isDateLine(text) {
		return true
	}
	if rxBylinePrefix.MatchString(text) || rxBylineLabel.MatchString(text) {
		return cleanByline(text) != ""
	}
	if a != nil && a.Byline != "" {
		name, by := foldText(cleanByline(text)), foldText(a.Byline)
		if name != "" && (name == by || (strings.HasPrefix(name, by) && countWords(text) <= countWords(a.Byline)+6)) {
			// The byline, perhaps with the author's role after it.
			return true
		}
	}
	return false
}

// rxMetaSplit splits a line of facts into its parts.
var rxMetaSplit = lazyCompile(`\s*[|•·]\s*`)

// isMetaLine reports whether a short block is the line of facts about the
// article that pages print above or below it: a date with a few short
// labels, a category, an author ("24. März 2004, 19:49 | Genesis",
// "Freitag | 14. Juni 2019 | VON Sina Giebel IN Fashion | 0 COMMENTS").
func isMetaLine(text string) bool {
	// One line whose parts are set apart with bars or bullets; dashes and
	// line breaks separate the entries of a listing (a date - a concert).
	if strings.Contains(text, "\n") || !strings.ContainsAny(text, "|•·") {
		return false
	}
	parts := rxMetaSplit.Split(normalizeSpace(text), -1)
	if len(parts) < 2 {
		return false
	}
	dated := false
	for _, p := range parts {
		p = strings.Trim(p, " ,;")
		switch {
		case p == "":
		case isDateText(p) && countWords(p) <= 10:
			dated = true
		case countWords(p) > 4:
			return false
		}
	}
	return dated
}

// isSignature reports whether a short block at the end of an article only
// names its author ("Von: Jane Doe") or says when it was updated.
func isSignature(text string) bool {
	text = normalizeSpace(text)
	if countWords(text) > 6 {
		return false
	}
	return isDateLine(text) || (rxBylinePrefix.MatchString(text) && cleanByline(text) != "")
}

// isCapitals reports whether s is written in capital letters, as teasers
// for other stories often are.
func isCapitals(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 8 && upper == letters
}

// isDateLine reports whether a line holds only dates and times, such as
// "Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018".
func isDateLine(s string) bool {
	if countWords(s) > 24 {
		return false
	}
	parts := 0
	for _, p := range rxBylineSplit.Split(s, -1) {
		p = strings.Trim(p, " ,;")
		if p == "" {
			continue
		}
		if countWords(p) > 12 || !isDateText(p) {
			return false
		}
		parts++
	}
	return parts > 0
}
