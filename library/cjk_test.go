package library

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"margin/annotate"
)

// cjkLibrary is a small library of Chinese, Japanese and English
// clippings: ids by title.
func cjkLibrary(t *testing.T) (*Library, map[string]int64) {
	t.Helper()
	l := openTest(t)
	ids := map[string]int64{}
	add := func(title string, paragraphs ...string) {
		ids[title] = mustAdd(t, l, article(title, "https://news.example/"+title, paragraphs...))
		time.Sleep(2 * time.Millisecond)
	}
	add("北京和平峰会开幕", "各国领导人出席了北京和平峰会。会议讨论了地区安全问题。")
	add("東京の会議", "東京の会議で新しい計画が発表された。コンピューターの利用も議論された。")
	add("Peace talks", "Leaders met in Beijing for the peace summit, 北京 in Chinese.")
	add("Mixed words", "The iPhone用户 survey was published on Tuesday.")
	return l, ids
}

func TestSearchFindsChineseAndJapaneseWordsInsideARun(t *testing.T) {
	l, _ := cjkLibrary(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		query string
		want  []string // as a set
	}{
		{"a Chinese word inside a run of characters", "和平", []string{"北京和平峰会开幕"}},
		{"a Chinese word at the end of a run", "峰会", []string{"北京和平峰会开幕"}},
		{"a Chinese word at the start of a run, also alone in English text", "北京", []string{"北京和平峰会开幕", "Peace talks"}},
		{"a Japanese word before a particle", "東京", []string{"東京の会議"}},
		{"a Japanese word after a particle", "会議", []string{"東京の会議"}},
		{"a simplified Chinese word is not its traditional form", "会议", []string{"北京和平峰会开幕"}},
		{"a katakana word with a prolonged sound mark", "コンピューター", []string{"東京の会議"}},
		{"a longer run across words", "和平峰会", []string{"北京和平峰会开幕"}},
		{"one character anywhere in a run", "議", []string{"東京の会議"}},
		{"one character that ends a run", "题", []string{"北京和平峰会开幕"}},
		{"the characters in another order match nothing", "平和", nil},
		{"characters that are not next to each other match nothing", "北和", nil},
		{"a CJK word with an English one", "peace 北京", []string{"Peace talks"}},
		{"a CJK word joined to Latin letters", "用户", []string{"Mixed words"}},
		{"Latin letters joined to a CJK word", "iphone", []string{"Mixed words"}},
		{"a phrase of Latin letters and CJK", `"iPhone用户 survey"`, []string{"Mixed words"}},
		{"a prefix of a CJK word", "東*", []string{"東京の会議"}},
		{"an excluded CJK word", "会議 -和平", []string{"東京の会議"}},
		{"a CJK word in the title only", "title:会議", []string{"東京の会議"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := l.List(ctx, Filter{Query: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			if g := titles(got); !sameSet(g, tt.want) {
				t.Errorf("List(%q) = %q, want %q", tt.query, g, tt.want)
			}
			n, err := l.Count(ctx, Filter{Query: tt.query})
			if err != nil || n != len(tt.want) {
				t.Errorf("Count(%q) = %d, %v, want %d", tt.query, n, err, len(tt.want))
			}
		})
	}
}

func TestCJKSnippetMarksTheWordInsideTheRun(t *testing.T) {
	l, ids := cjkLibrary(t)
	ctx := context.Background()
	got, err := l.List(ctx, Filter{Query: "和平"})
	if err != nil || len(got) != 1 {
		t.Fatalf("List = %v, %v", got, err)
	}
	if !strings.Contains(got[0].Snippet, "北京«和平»峰会") {
		t.Errorf("Snippet = %q, want 北京«和平»峰会", got[0].Snippet)
	}
	if _, err := l.AddHighlight(ctx, annotate.Highlight{ClippingID: ids["Peace talks"], Selector: annotate.Selector{Start: 0, End: 6}, Note: "会谈的地点在人民大会堂"}); err != nil {
		t.Fatal(err)
	}
	got, err = l.List(ctx, Filter{Query: "大会"})
	if err != nil || len(got) != 1 || got[0].ID != ids["Peace talks"] {
		t.Fatalf("a word inside a highlight's note: %v, %v", titles(got), err)
	}
	if !strings.Contains(got[0].Snippet, "人民«大会»堂") {
		t.Errorf("Snippet = %q, want 人民«大会»堂", got[0].Snippet)
	}
}

func TestIndexText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"text without CJK is left as it is", "Peace talks in Geneva, Montréal.", "Peace talks in Geneva, Montréal."},
		{"a run becomes its bigrams and its last character", "北京和平", " 北京 京和 和平 平 "},
		{"a run of one character stays", "京", " 京 "},
		{"CJK punctuation separates runs", "東京、大阪。", " 東京 京 、 大阪 阪 。"},
		{"a run is set apart from Latin letters", "iPhone用户", "iPhone 用户 户 "},
		{"kana and kanji make one run", "東京の", " 東京 京の の "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := indexText(tt.in); got != tt.want {
				t.Errorf("indexText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTranslateQueryOfCJK(t *testing.T) {
	tests := []struct {
		name, query, want string
	}{
		{"a word is the phrase of its bigrams", "北京和平", `"北京 京和 和平"`},
		{"one character is a prefix", "和", `"和"*`},
		{"a run before other words of a phrase keeps its last character", `"用户 survey"`, `"用户 户 survey"`},
		{"Latin letters and CJK in one word are two words", "iPhone用户", `"iPhone 用户"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := translateQuery(tt.query, false).match; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("translateQuery(%q) = %s, want %s", tt.query, got, tt.want)
			}
		})
	}
}
