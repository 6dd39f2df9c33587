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
