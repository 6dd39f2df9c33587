package clip

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each cleanup rule has a fixture in testdata/cleanup: the same short
// article with one piece of chrome that the rule must remove.
func TestCleanupRules(t *testing.T) {
	tests := []struct {
		rule    string
		file    string
		removed []string
	}{
		{"share row", "share-row.html", []string{"Facebook", "Twitter"}},
		{"advertisement label", "advertisement-label.html", []string{"Advertisement"}},
		{"newsletter prompt", "newsletter-prompt.html", []string{"Sign up", "newsletter"}},
		{"donation appeal", "donation-appeal.html", []string{"Support our journalism", "We rely on readers like you"}},
		{"cookie notice", "cookie-notice.html", []string{"cookies"}},
		{"related stories heading", "related-stories.html", []string{"Related stories", "Pool hours"}},
		{"read more link", "read-more-link.html", []string{"Read more", "budget falls short"}},
		{"follow prompt", "follow-prompt.html", []string{"Follow us"}},
		{"photo credit", "photo-credit.html", []string{"Jane Smith", "Getty"}},
		{"tag list", "tag-list.html", []string{"Tags:"}},
		{"author box", "author-box.html", []string{"About the author", "covers local government"}},
		{"comments prompt", "comments-prompt.html", []string{"Leave a comment", "will not be published"}},
		{"byline line", "byline-line.html", []string{"By Sam Reed", "May 2, 2024"}},
	}
	kept := []string{"The council voted on Tuesday", "cheaper lamps", "full by noon"}
	for _, tt := range tests {
		t.Run("the "+tt.rule+" rule removes its chrome and keeps the article", func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", "cleanup", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(page, "https://news.example/library")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			text := a.Text()
			for _, s := range tt.removed {
				if strings.Contains(text, s) {
					t.Errorf("text still has %q:\n%s", s, text)
				}
			}
			for _, s := range kept {
				if !strings.Contains(text, s) {
					t.Errorf("text lost %q:\n%s", s, text)
				}
			}
		})
	}
}

func TestCleanupRulesLeaveArticlesAboutTheirSubject(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "pages", "subscriptions-article.html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(a.Document.Blocks); got != 5 {
		t.Errorf("got %d blocks, want all 5 of the article:\n%s", got, a.Text())
	}
}

func TestCleanupRuleForEachBlock(t *testing.T) {
	tests := []struct {
		name string
		text string
		rule string // "" when no rule may fire
	}{
		{"a row of share labels is a share row", "Share | Facebook | Twitter | WhatsApp", "share row"},
		{"a sentence about sharing is not", "The photo was shared on Facebook and Twitter more than a million times in a day.", ""},
		{"an appeal heading is an appeal", "Support Our Journalism", "donation appeal"},
		{"an appeal addressed to the reader is an appeal", "We cannot do without you.. your contribution supports unbiased journalism", "donation appeal"},
		{"a report on appeals is not", "Appeals such as \"support our journalism\" now appear under most articles, the survey's authors found in their study of forty sites.", ""},
		{"a newsletter box is a newsletter prompt", "Get our best stories in your inbox. Sign up for the newsletter.", "newsletter prompt"},
		{"a sentence on newsletters is not", "The company said its newsletter had reached two million subscribers who sign up each week.", ""},
		{"a lone 'Related' heading ends the article", "Related Articles", "related stories heading"},
		{"a heading that starts with 'More' but says more is not", "More than a game: the club at 100", ""},
		{"a credit line is a photo credit", "Photo: Jane Smith/Reuters", "photo credit"},
		{"a caption ending with an agency credit is a photo credit", "Protesters outside the court on Monday. (AP Photo/John Doe)", "photo credit"},
		{"a tag line is a tag list", "Topics: weather, floods", "tag list"},
		{"an invitation to send tips is a tip invitation", "Join our forums to keep talking space! And if you have a news tip, correction or comment, let us know at: community@example.com.", "tip invitation"},
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

func TestCaptionCreditRule(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"a caption ending with a Credit: line", "The hospital where patients were treatedCredit: EPA", true},
		{"a caption ending with an agency photo credit", "A man loads trims into his truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)", true},
		{"a caption ending with an image credit in brackets", "China has warned it will act (Image: GETTY )", true},
		{"a caption with a screen-reader label", "Image caption Scooter Braun has managed many artists", true},
		{"a sentence that mentions a photo", "The photo by the river was taken in 1920 and shows the old mill before the fire destroyed it.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := matchRule(Block{Kind: BlockParagraph, Text: tt.text})
			if got := r != nil; got != tt.want {
				t.Errorf("matchRule(%q) = %v, want a rule: %v", tt.text, r, tt.want)
			}
		})
	}
}

func TestSectionPasses(t *testing.T) {
	link := func(text string) Block {
		return Block{Kind: BlockListItem, Text: text, Spans: []Span{{Kind: SpanLink, Start: 0, End: len([]rune(text)), Href: "https://x.example/a"}}}
	}
	para := func(text string) Block { return Block{Kind: BlockParagraph, Text: text} }
	t.Run("a list made only of links is dropped", func(t *testing.T) {
		got := dropLinkLists([]Block{para("Body."), link("Other story one"), link("Other story two")})
		if len(got) != 1 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("a list with text of its own is kept", func(t *testing.T) {
		got := dropLinkLists([]Block{link("Other story one"), {Kind: BlockListItem, Text: "A point the article makes."}})
		if len(got) != 2 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("a heading with nothing under it is dropped", func(t *testing.T) {
		got := dropEmptySections([]Block{para("Body."), {Kind: BlockHeading, Level: 3, Text: "More"}, {Kind: BlockHeading, Level: 2, Text: "Next part"}, para("Text.")})
		if len(got) != 3 || got[1].Text != "Next part" {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("a heading written as sentences is kept with nothing under it", func(t *testing.T) {
		h := Block{Kind: BlockHeading, Level: 3, Text: "Relotius legt auf Facebook ein Fake-Profil an. Es stützt seine Version."}
		got := dropEmptySections([]Block{para("Body."), h})
		if len(got) != 2 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("the paragraph about the company that ends a press release is dropped", func(t *testing.T) {
		for _, about := range []string{
			"Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.",
			"Die Beispiel AG ist ein führender Anbieter von Windenergieanlagen mit Sitz in Hamburg.",
		} {
			if got := dropCompanyBoilerplate([]Block{para("Body."), para(about)}); len(got) != 1 {
				t.Errorf("%q kept", about)
			}
		}
	})
	t.Run("a news story's last paragraph about a company is kept", func(t *testing.T) {
		last := para("Uber is a ride-hailing company that has faced protests in several cities this year.")
		if got := dropCompanyBoilerplate([]Block{para("Body."), last}); len(got) != 2 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("the page header above the title is dropped", func(t *testing.T) {
		long := strings.Repeat("A cat missing for five years was found a thousand miles from home. ", 3)
		got := startAtTitle([]Block{para("Home"), para("News"), para("https://news.example/a"), {Kind: BlockHeading, Text: "Cat found"}, para(long)}, "Cat found")
		if len(got) != 1 || got[0].Text != long {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("an author's note at the end is dropped", func(t *testing.T) {
		got := dropAuthorNote([]Block{para("Body of the article."), para("Amy Doe may be reached at amy@example.com. Follow her on Twitter @amy.")})
		if len(got) != 1 {
			t.Errorf("got %+v", got)
		}
	})
}

func TestCrossCheckWithJSONLDBody(t *testing.T) {
	words := func(prefix string, n int) string {
		var sb strings.Builder
		for i := range n {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(prefix)
			sb.WriteString(string(rune('a' + i%26)))
			sb.WriteString(string(rune('a' + i/26%26)))
		}
		return sb.String()
	}
	body := words("w", 120)
	para := func(s string) Block { return Block{Kind: BlockParagraph, Text: s} }
	t.Run("blocks after the body that it lacks are dropped", func(t *testing.T) {
		got := crossCheck([]Block{para(body), para("Read our other fine stories about many things today")}, body)
		if len(got) != 1 {
			t.Errorf("got %d blocks", len(got))
		}
	})
	t.Run("an extraction that missed the body is replaced by it", func(t *testing.T) {
		got := crossCheck([]Block{para("A short teaser that is not the article at all really")}, body)
		if len(got) != 1 || got[0].Text != body {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("a short body is only a summary and changes nothing", func(t *testing.T) {
		blocks := []Block{para(body), para("Read our other fine stories about many things today")}
		if got := crossCheck(blocks, words("w", 20)); len(got) != 2 {
			t.Errorf("got %d blocks", len(got))
		}
	})
}
