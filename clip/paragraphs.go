package clip

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readability looks for the one element that holds the article. On most
// news pages it finds it; on others (a letter followed by its signatories,
// a product page, a blog whose post sits beside a longer list of teasers) it
// takes the wrong one. A second opinion comes from jusText's way of reading
// a page (Pomikálek, 2011): cut the whole page into blocks and judge each on
// its own, by its length, the share of it inside links and the share of its
// words that are stop words, then let short and doubtful blocks follow their
// neighbours. Prose has many stop words and few links; menus, teasers,
// lists of names and credits have the opposite.

// paragraphClass is the verdict on one block.
type paragraphClass int

const (
	classBad paragraphClass = iota
	classShort
	classNearGood
	classGood
	// classNone is a block without text (an image): it is no one's
	// neighbour.
	classNone
)

// jusText's thresholds: blocks shorter than lengthLow runes are short,
// longer than lengthHigh may be good on their own; a stop-word density of
// stopLow makes a block near-good, of stopHigh good; more than maxLinks of
// its runes inside links makes it bad. Margin's stop-word lists are shorter
// than jusText's, so its densities are lower.
const (
	lengthLow  = 70
	lengthHigh = 200
	stopLow    = 0.25
	stopHigh   = 0.28
	maxLinks   = 0.2
	// headingReach is how far (in runes) a heading may stand above good
	// text to be kept with it.
	headingReach = 200
)

// stopList is a language's stop words and the scale of its thresholds.
type stopList struct {
	words map[string]bool
	scale float64
}

// stopListFor returns the stop list of lang, which has no words when
// Margin has no list for it (then only length and links count).
func stopListFor(lang string) stopList {
	s := stopList{words: stopWords[lang], scale: 1}
	if f, ok := stopScale[lang]; ok {
		s.scale = f
	}
	return s
}

// classifyBlocks judges each block of a document against the page
// language's stop words.
func classifyBlocks(blocks []Block, stop stopList) []paragraphClass {
	classes := make([]paragraphClass, len(blocks))
	for i, b := range blocks {
		classes[i] = classifyBlock(b, stop)
	}
	// A short heading followed closely by good text is near-good.
	for i, b := range blocks {
		if b.Kind != BlockHeading || classes[i] != classShort {
			continue
		}
		dist := 0
		for j := i + 1; j < len(blocks) && dist <= headingReach; j++ {
			if classes[j] == classGood {
				classes[i] = classNearGood
				break
			}
			dist += utf8.RuneCountInString(blocks[j].Text)
		}
	}
	out := make([]paragraphClass, len(classes))
	copy(out, classes)
	for i, c := range classes {
		if c != classShort {
			continue
		}
		prev, next := neighbour(classes, i, -1, true), neighbour(classes, i, 1, true)
		switch {
		case prev == classBad && next == classBad:
			out[i] = classBad
		case prev == classGood && next == classGood:
			out[i] = classGood
		case prev == classBad && neighbour(classes, i, -1, false) == classNearGood,
			next == classBad && neighbour(classes, i, 1, false) == classNearGood:
			out[i] = classGood
		default:
			out[i] = classBad
		}
	}
	classes = out
	out = make([]paragraphClass, len(classes))
	copy(out, classes)
	for i, c := range classes {
		if c != classNearGood {
			continue
		}
		prev, next := neighbour(classes, i, -1, true), neighbour(classes, i, 1, true)
		if prev == classBad && next == classBad {
			out[i] = classBad
		} else {
			out[i] = classGood
		}
	}
	return out
}

// neighbour returns the class of the nearest block before (dir -1) or
// after (dir 1) block i that is good or bad, or near-good too when
// ignoreNearGood is false; the edges of the page count as bad.
func neighbour(classes []paragraphClass, i, dir int, ignoreNearGood bool) paragraphClass {
	for j := i + dir; j >= 0 && j < len(classes); j += dir {
		switch classes[j] {
		case classGood, classBad:
			return classes[j]
		case classNearGood:
			if !ignoreNearGood {
				return classNearGood
			}
		}
	}
	return classBad
}

// classifyBlock judges a block without its context.
func classifyBlock(b Block, stop stopList) paragraphClass {
	if !b.HasText() {
		return classNone
	}
	if b.Kind == BlockCaption {
		return classBad
	}
	n := utf8.RuneCountInString(b.Text)
	links := linkCoverage(b)
	if links > maxLinks || strings.Contains(b.Text, "©") {
		return classBad
	}
	if n < lengthLow {
		if links > 0 {
			return classBad
		}
		return classShort
	}
	if stop.words == nil {
		if n > lengthHigh {
			return classGood
		}
		return classNearGood
	}
	d := stopDensity(b.Text, stop.words)
	switch {
	case d >= stopHigh*stop.scale && n > lengthHigh:
		return classGood
	case d >= stopLow*stop.scale:
		return classNearGood
	}
	return classBad
}

// stopDensity returns the share of the words of text that are stop words.
func stopDensity(text string, stop map[string]bool) float64 {
	words := lowerWords(text)
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if stop[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// lowerWords splits text into lower-case words.
func lowerWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isWordRune(r) })
}

// pageBlocks returns the blocks of a page's whole body, leaving out the
// parts that are never the article (navigation, header, footer, asides,
// forms). The tree is not changed.
func pageBlocks(doc *html.Node) []Block {
	body := findElement(doc, atom.Body)
	if body == nil {
		body = doc
	}
	b := docBuilder{figureImage: -1, skipChrome: true}
	b.visit(body, blockContext{kind: BlockParagraph})
	b.flush()
	return b.blocks
}

// findElement returns the first element of kind a under n.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// pageCandidate is the second opinion on a page: its good blocks, and how
// many runes of good text the page holds.
type pageCandidate struct {
	blocks []Block
	good   int
	stop   stopList
	// all is every block of the page, and classes the verdict on each.
	all     []Block
	classes []paragraphClass
}

// readPage judges the blocks of a whole page.
func readPage(doc *html.Node) pageCandidate {
	blocks := pageBlocks(doc)
	var words []string
	for _, b := range blocks {
		if b.HasText() && linkCoverage(b) <= maxLinks {
			words = append(words, lowerWords(b.Text)...)
		}
	}
	stop := stopListFor(guessLanguage(words))
	classes := classifyBlocks(blocks, stop)
	c := pageCandidate{stop: stop, all: blocks, classes: classes}
	for i, b := range blocks {
		if classes[i] == classGood {
			c.blocks = append(c.blocks, b)
			c.good += utf8.RuneCountInString(b.Text)
		}
	}
	return c
}

// goodText returns the runes of good text among blocks, judged with the
// page's stop words.
func goodText(blocks []Block, stop stopList) int {
	n := 0
	for i, c := range classifyBlocks(blocks, stop) {
		if c == classGood {
			n += utf8.RuneCountInString(blocks[i].Text)
		}
	}
	return n
}

// minPageGood is the least good text (in runes) the page must hold for its
// good blocks to replace readability's choice.
const minPageGood = 300

// minArticle is the least text (in runes) that readability's choice must
// hold to be taken as an article without a second look.
const minArticle = 250

// preferPage reports whether the page's good blocks are a better article
// than readability's blocks: readability's choice is too short, or it
// does not read as prose
// (less than a third of it is good text), holds less than half of the
// page's good text, and shares little of it. A choice that reads as prose
// is kept even when the page holds more (its comments, other posts).
func preferPage(ours []Block, page pageCandidate) bool {
	if page.good < minPageGood {
		return false
	}
	var text []string
	n := 0
	for _, b := range ours {
		if b.HasText() {
			text = append(text, b.Text)
			n += utf8.RuneCountInString(b.Text)
		}
	}
	if n < minArticle {
		// The main pass found too little to be an article.
		return page.good > 2*n
	}
	good := goodText(ours, page.stop)
	if good >= page.good/2 || good >= n/3 {
		return false
	}
	var pageText []string
	for _, b := range page.blocks {
		pageText = append(pageText, b.Text)
	}
	return coverage(shingleSet(strings.Join(pageText, " ")), shingleSet(strings.Join(text, " "))) < 0.5
}

// extendReach is how many blocks that are not good text (a byline, a date,
// a picture) may stand between readability's choice and a good block
// before it for that block to join the article.
const extendReach = 3

// extendWithPage adds to readability's blocks the good blocks of the page
// that stand right before them: a lead paragraph set above the article's
// container. (Good blocks right after them were tried too: they are more
// often comments and teasers than the rest of the article.)
func extendWithPage(ours []Block, page pageCandidate) []Block {
	if len(page.all) == 0 {
		return ours
	}
	index := make(map[string]int, len(page.all))
	for i, b := range page.all {
		if b.HasText() {
			if _, seen := index[b.Text]; !seen {
				index[b.Text] = i
			}
		}
	}
	first := -1
	for _, b := range ours {
		if i, ok := index[b.Text]; ok && b.HasText() && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		return ours
	}
	var before []Block
	for i, gap := first-1, 0; i >= 0 && gap <= extendReach; i-- {
		if page.classes[i] == classGood {
			before = append(before, page.all[i])
			gap = 0
			continue
		}
		if page.all[i].HasText() {
			gap++
		}
	}
	if len(before) == 0 {
		return ours
	}
	slices.Reverse(before)
	return append(before, ours...)
}
