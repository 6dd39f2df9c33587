package export

import (
	"strings"
	"time"
	"unicode/utf8"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

// runeIndex returns the rune offset of the n-th (from 0) occurrence of sub
// in s, panicking if there is none: fixtures are written by hand.
func runeIndex(s, sub string, n int) int {
	from := 0
	for {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			panic("fixture: " + sub + " not in " + s)
		}
		if n == 0 {
			return utf8.RuneCountInString(s[:from+i])
		}
		n--
		from += i + len(sub)
	}
}

// sp styles the first occurrence of sub in text.
func sp(text, sub string, kind clip.SpanKind, href string) clip.Span {
	start := runeIndex(text, sub, 0)
	return clip.Span{Kind: kind, Start: start, End: start + utf8.RuneCountInString(sub), Href: href}
}

func para(text string, spans ...clip.Span) clip.Block {
	return clip.Block{Kind: clip.BlockParagraph, Text: text, Spans: spans}
}

// sel selects the n-th occurrence of exact in the canonical text.
func sel(text, exact string, n int) annotate.Selector {
	start := runeIndex(text, exact, n)
	return annotate.Selector{Start: start, End: start + utf8.RuneCountInString(exact), Exact: exact}
}

// withContext fills a selector's quote and context as the library does.
func withContext(text string, start, end int) annotate.Selector {
	rs := []rune(text)
	return annotate.Selector{
		Start: start, End: end, Exact: string(rs[start:end]),
		Prefix: string(rs[max(0, start-32):start]),
		Suffix: string(rs[end:min(len(rs), end+32)]),
	}
}

var (
	fixtureAdded     = time.Date(2024, 3, 6, 9, 15, 0, 0, time.UTC)
	fixturePublished = time.Date(2024, 3, 5, 14, 30, 0, 0, time.UTC)
)

// council is a realistic annotated news article with a hostile title:
// headings, lists, quotes, links, emphasis, code, an image and caption,
// overlapping highlights with notes, a highlight across blocks, an orphaned
// highlight and several entity mentions.
func council() *Item {
	p1 := "The city council voted 7–2 on Tuesday to approve the new transit plan, a decision Mayor Elena Ruiz called “a turning point.”"
	hostile := "Critics say the *real* cost is hidden: 1. the bonds, 2. the #fares [see table] and `fees` | <b>not bold</b> _under_ ~strike~ $5 == 100% %%x%% &amp; C:\\temp, C# and x==y!"
	budget := "The budget is $1.2bn over five years, according to the Transit Authority."
	doc := clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{
		para(p1, sp(p1, "new", clip.SpanEmphasis, ""), sp(p1, "transit plan", clip.SpanLink, "https://courier.example/plan?a=1&b=(2)")),
		{Kind: clip.BlockHeading, Level: 2, Text: "What the plan does"},
		{Kind: clip.BlockListItem, Text: "Adds 40 electric buses by 2027"},
		{Kind: clip.BlockListItem, Text: "Extends the Green Line to Riverside"},
		{Kind: clip.BlockListItem, Level: 1, Text: "Four new stations"},
		{Kind: clip.BlockQuote, Text: "“We have waited long enough,” said Ruiz. “This is the moment.”"},
		para(hostile),
		para("1. Not a list"),
		para("> not a quote"),
		para("- not a bullet"),
		para("# not a heading"),
		{Kind: clip.BlockListItem, Ordered: true, Text: "First, the bonds"},
		{Kind: clip.BlockListItem, Ordered: true, Text: "Second, the fares"},
		{Kind: clip.BlockPre, Text: "func main() {\n\tfmt.Println(\"```\")\n}"},
		{Kind: clip.BlockImage, Src: "https://courier.example/img/bus (1).jpg", Alt: "A new [electric] bus"},
		{Kind: clip.BlockCaption, Text: "An electric bus on Main Street."},
		para(budget, sp(budget, "budget", clip.SpanStrong, ""), sp(budget, "$1.2bn", clip.SpanCode, "")),
		para("Line one of the last paragraph\nand line two."),
	}}
	c := &library.Clipping{
		ID: 42,
		Article: clip.Article{
			Title:        `Breaking: "Quotes" --- and #hashes [x]`,
			Byline:       "By Jane Q. Doe and Marcus van der Berg",
			SiteName:     "The Riverside Courier",
			Published:    fixturePublished,
			Language:     "en",
			URL:          "https://courier.example/news/2024/03/council-votes?utm=x",
			CanonicalURL: "https://courier.example/news/2024/03/council-votes",
			Source:       clip.SourceURL,
			Document:     doc,
		},
		Added: fixtureAdded,
		Note:  "Follow up for thesis chapter 3.\n\nAsk about *bond* costs.",
		Tags:  []string{"transit", "city council"},
	}
	text := c.Text()
	hl := func(id int64, exact string, n int, color annotate.Color, note string) annotate.Highlight {
		return annotate.Highlight{ID: id, ClippingID: 42, Selector: sel(text, exact, n), Color: color, Note: note, Created: fixtureAdded, Updated: fixtureAdded}
	}
	across := sel(text, "Green Line to Riverside", 0)
	across.End = sel(text, "We have waited", 0).End
	across.Exact = string([]rune(text)[across.Start:across.End])
	highlights := []annotate.Highlight{
		hl(1, "voted 7–2 on Tuesday to approve the new transit plan", 0, annotate.Yellow, "Key vote — check the minutes."),
		hl(2, "approve the new transit plan, a decision Mayor Elena Ruiz called", 0, annotate.Green, "Ruiz's framing: *turning point*.\nCompare with 2019."),
		{ID: 3, ClippingID: 42, Selector: across, Color: annotate.Blue, Note: "Spans a list and a quote.\n\nSecond paragraph of the note.", Created: fixtureAdded, Updated: fixtureAdded},
		hl(4, "*real* cost is hidden", 0, annotate.Pink, ""),
		{ID: 5, ClippingID: 42, Selector: annotate.Selector{Exact: "a sentence the site removed", Prefix: "and ", Suffix: "."}, Color: annotate.Yellow, Note: "Orphaned, but kept.", Orphaned: true, Created: fixtureAdded, Updated: fixtureAdded},
		hl(6, "$1.2bn over five", 0, annotate.Purple, "Money."),
		hl(7, "An electric bus", 0, annotate.Green, ""),
	}
	entities := map[int64]annotate.Entity{
		1: {ID: 1, Name: "Elena Ruiz", Type: annotate.Person, Aliases: []string{"Ruiz"}},
		2: {ID: 2, Name: "Riverside Transit Authority", Type: annotate.Organization, Aliases: []string{"Transit Authority"}},
		3: {ID: 3, Name: "Riverside", Type: annotate.Place},
		4: {ID: 4, Name: "Green Line", Type: "transit line"},
		5: {ID: 5, Name: "Main Street", Type: annotate.Place},
	}
	mn := func(id, entity int64, exact string, n int, status annotate.MentionStatus) annotate.Mention {
		s := sel(text, exact, n)
		return annotate.Mention{ID: id, ClippingID: 42, EntityID: entity, Selector: withContext(text, s.Start, s.End), Status: status, Created: fixtureAdded}
	}
	mentions := []annotate.Mention{
		mn(1, 1, "Elena Ruiz", 0, annotate.Confirmed),
		mn(2, 1, "Ruiz", 1, annotate.Confirmed),
		mn(3, 2, "Transit Authority", 0, annotate.Confirmed),
		mn(4, 3, "Riverside", 0, annotate.Confirmed),
		mn(5, 4, "Green Line", 0, annotate.Confirmed),
		mn(6, 5, "Main Street", 0, annotate.Suggested),
		mn(7, 1, "Ruiz", 0, annotate.Rejected),
	}
	for i := range highlights {
		if !highlights[i].Orphaned {
			s := highlights[i].Selector
			highlights[i].Selector = withContext(text, s.Start, s.End)
		}
	}
	return &Item{Clipping: c, Highlights: highlights, Mentions: mentions, Entities: entities}
}

// plain is a short clipping with no author, date, site name or annotations,
// whose title is a Windows device name.
func plain() *Item {
	return &Item{Clipping: &library.Clipping{
		ID: 7,
		Article: clip.Article{
			Title:    "CON",
			URL:      "https://www.example.org/con",
			Source:   clip.SourceURL,
			Document: clip.Document{Version: 1, Blocks: []clip.Block{para("A short text.")}},
		},
		Added: fixtureAdded,
	}}
}
