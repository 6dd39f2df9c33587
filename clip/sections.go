package clip

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The passes in this file look at runs of blocks rather than single ones:
// where the article starts, lists made only of links, headings left with
// nothing under them, and the author's note at the end.

// startAtTitle drops what comes before the article's own title when
// readability kept the page header: if a block near the top repeats the
// title and everything above it is short lines (menus, labels, dates), the
// article starts after it.
func startAtTitle(blocks []Block, title string) []Block {
	if foldText(title) == "" {
		return blocks
	}
	total := 0
	for _, b := range blocks {
		total += utf8.RuneCountInString(b.Text)
	}
	before := 0
	for i, b := range blocks {
		if i > 60 || float64(before) > 0.3*float64(total) {
			break
		}
		if !b.HasText() {
			continue
		}
		if f := foldText(b.Text); f == foldText(title) ||
			(strings.HasSuffix(f, foldText(title)) && countWords(b.Text) <= countWords(title)+8) {
			// The title, or a breadcrumb trail ending with it.
			return blocks[i+1:]
		}
		if countWords(b.Text) > 15 && isProse(b.Text) {
			break
		}
		before += utf8.RuneCountInString(b.Text)
	}
	return blocks
}

// dropLinkLists removes lists whose every item is a short link: lists of
// other stories, never the article's own list, whose items say something
// beyond a link.
func dropLinkLists(blocks []Block) []Block {
	out := blocks[:0:0]
	for i := 0; i < len(blocks); {
		if blocks[i].Kind != BlockListItem {
			out = append(out, blocks[i])
			i++
			continue
		}
		j := i
		allLinks := true
		for j < len(blocks) && (blocks[j].Kind == BlockListItem || !blocks[j].HasText()) {
			b := blocks[j]
			if b.HasText() && (linkCoverage(b) < 0.9 || countWords(b.Text) > 20) {
				allLinks = false
			}
			j++
		}
		if !allLinks || j-i < 2 {
			out = append(out, blocks[i:j]...)
		}
		i = j
	}
	return out
}

// dropEmptySections removes headings with no text under them before the
// next heading of the same or a higher rank, or the end: what they headed
// was chrome that is gone.
func dropEmptySections(blocks []Block) []Block {
	out := blocks[:0:0]
	for i, b := range blocks {
		if b.Kind == BlockHeading && !isSentence(b.Text) && emptySection(blocks[i+1:], b.Level) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// emptySection reports whether no text follows before a heading of level
// or higher rank.
func emptySection(rest []Block, level int) bool {
	for _, b := range rest {
		if !b.HasText() {
			continue
		}
		if b.Kind == BlockHeading {
			return b.Level <= level || level == 0
		}
		return false
	}
	return true
}

// dropAuthorNote removes an author's note at the end of the article: a
// short last paragraph that invites readers to follow or write to the
// author.
func dropAuthorNote(blocks []Block) []Block {
	for k := 0; k < 2; k++ {
		i := len(blocks) - 1
		for i >= 0 && !blocks[i].HasText() {
			i--
		}
		if i < 1 {
			return blocks
		}
		b := blocks[i]
		if countWords(b.Text) > 70 || !rxAuthorSocial.MatchString(b.Text) {
			return blocks
		}
		blocks = blocks[:i]
	}
	return blocks
}

// rxCompanyBoilerplate matches the paragraph about the company that closes
// a press release ("Ascom is a global solutions provider focused on …",
// "Die X AG ist ein führender Anbieter von …"): a name, "is a", a word of
// self-praise (leading, global) and what kind of company it is. A news
// story's last paragraph about a company rarely calls it leading or global.
var rxCompanyBoilerplate = lazyCompile(`^(?:(?i:die|der|das|la|le|el|the) )?\p{Lu}[\p{L}\d&.'’-]*(?: [\p{Lu}&][\p{L}\d&.'’-]*){0,4},? (?:is|ist|est|es|jest) (?:a|an|one of the|ein|eine|einer der|un|une|una|l'un des|uno de los|jednym z)\b[^.]{0,40}\b(?:leading|global|world'?s?|worldwide|international|premier|führende[rn]?|weltweit\p{L}*|internationale[rn]?|leader|líder|mondial\p{L}*|wiodąc\p{L}*|globaln\p{L}*)\b[^.]{0,80}\b(?i:company|companies|provider|manufacturer|supplier|firm|organi[sz]ation|unternehmen|anbieter|hersteller|konzern|dienstleister|entreprise|fournisseur|fabricant|empresa|proveedor|fabricante|firma|dostawc\p{L}*|producent\p{L}*)\b`)

// dropCompanyBoilerplate removes the paragraph about the company that
// ends a press release.
func dropCompanyBoilerplate(blocks []Block) []Block {
	i := len(blocks) - 1
	for i >= 0 && !blocks[i].HasText() {
		i--
	}
	if i < 1 || blocks[i].Kind != BlockParagraph || countWords(blocks[i].Text) > 150 || !rxCompanyBoilerplate.MatchString(blocks[i].Text) {
		return blocks
	}
	return blocks[:i]
}

// isSentence reports whether a heading is written as sentences (eight
// words or more ending with a full stop, a question or an exclamation):
// pages set whole paragraphs in heading elements, and those head nothing.
func isSentence(s string) bool {
	s = strings.TrimSpace(s)
	if countWords(s) < 8 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?'
}

// isProse reports whether most of s is letters: prose rather than code or
// markup left in the page as text.
func isProse(s string) bool {
	letters, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
		default:
			other++
		}
	}
	return letters > 3*other
}
