package clip

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"margin/internal/golden"
)

// articleJSON renders an article for a golden file.
func articleJSON(t *testing.T, a *Article) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(struct {
		*Article
		Text string `json:"text"`
	}{a, a.Text()}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractFixtures(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		url       string
		title     string
		byline    string
		site      string
		lang      string
		published string
		contains  []string
		excludes  []string
		uncertain bool
	}{
		{
			name: "a news page keeps its article and loses its chrome", file: "news-chrome.html",
			url: "https://courier.example/news/harbour-bridge-reopens?utm=x", title: "Harbour bridge reopens after two-year repair",
			byline: "Mara Quist", site: "The Coastal Courier", lang: "en-GB", published: "2024-03-11T08:30:00+01:00",
			contains: []string{"first cars in two years", "Why the repair took so long", "The heaviest needed two cranes.", "fifty years", "new timetable until the summer"},
			excludes: []string{"Facebook", "Advertisement", "newsletter", "Support our journalism", "Make a contribution", "Ferry fares", "All rights reserved", "By Mara Quist"},
		},
		{
			name: "a windows-1251 page is decoded", file: "windows-1251.html",
			title: "В городе открылся новый мост", byline: "Ирина Соколова", site: "Вечерние вести", lang: "ru",
			published: "2022-05-20T09:00:00+03:00", contains: []string{"В пятницу утром", "промышленную зону"}, excludes: []string{"Автор"},
		},
		{
			name: "a Shift_JIS page is decoded", file: "shift_jis.html", title: "新しい図書館が開館", lang: "ja",
			contains: []string{"市の中心部に新しい図書館", "移動図書館"},
		},
		{
			name: "a page whose article is only in JSON-LD is read from it", file: "jsonld-only.html",
			title: "Neue Bibliothek eröffnet", byline: "Jonas Feld, Ida Kern", site: "Stadtanzeiger", lang: "de",
			published: "2023-09-02T10:15:00+02:00", contains: []string{"Die neue Stadtbibliothek", "18 Millionen Euro"},
			excludes: []string{"JavaScript"},
		},
		{
			name: "a fragment is an article whose first heading is the title", file: "fragment.html",
			title: "Notes from the archive", contains: []string{"hand press", "  col. 1  shipping news"},
		},
		{
			name: "an article about subscriptions keeps its paragraphs", file: "subscriptions-article.html",
			title: "Why readers pay for news", lang: "en",
			contains: []string{"make a donation to a newsroom", "sign up for the full site", "Support our journalism, say the banners", "once trust is earned"},
		},
		{
			name: "a page of link lists with no article gives its readable text, marked uncertain", file: "no-main-article.html",
			title: "Millbrook Parish Council", lang: "en", uncertain: true,
			contains: []string{"The parish council meets on the first Tuesday", "which of the councillors looks after"},
			excludes: []string{"Road closure on Mill Lane", "Allotments", "Site map"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(readFixture(t, tt.file), tt.url)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			check := func(what, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			check("Title", a.Title, tt.title)
			check("Byline", a.Byline, tt.byline)
			if tt.site != "" {
				check("SiteName", a.SiteName, tt.site)
			}
			check("Language", a.Language, tt.lang)
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.Format(time.RFC3339)
			}
			check("Published", pub, tt.published)
			if a.Uncertain != tt.uncertain {
				t.Errorf("Uncertain = %v, want %v", a.Uncertain, tt.uncertain)
			}
			text := a.Text()
			for _, s := range tt.contains {
				if !strings.Contains(text, s) {
					t.Errorf("text lacks %q:\n%s", s, text)
				}
			}
			for _, s := range tt.excludes {
				if strings.Contains(text, s) {
					t.Errorf("text has %q:\n%s", s, text)
				}
			}
			if a.Document.Version != DocumentVersion {
				t.Errorf("Version = %d, want %d", a.Document.Version, DocumentVersion)
			}
			golden.Check(t, strings.TrimSuffix(tt.file, filepath.Ext(tt.file))+".json", articleJSON(t, a))
		})
	}
}

func TestExtractIsDeterministic(t *testing.T) {
	page := readFixture(t, "news-chrome.html")
	first, err := Extract(page, "https://courier.example/x")
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, _ := Extract(page, "https://courier.example/x")
		if !bytes.Equal(articleJSON(t, first), articleJSON(t, again)) {
			t.Fatal("two extractions of the same page differ")
		}
	}
}

func TestExtractNewsPageMetadata(t *testing.T) {
	a, err := Extract(readFixture(t, "news-chrome.html"), "https://courier.example/news/harbour-bridge-reopens?utm=x")
	if err != nil {
		t.Fatal(err)
	}
	if a.CanonicalURL != "https://courier.example/news/harbour-bridge-reopens" {
		t.Errorf("CanonicalURL = %q", a.CanonicalURL)
	}
	if a.LeadImage != "https://courier.example/img/bridge.jpg" {
		t.Errorf("LeadImage = %q", a.LeadImage)
	}
	if a.Excerpt == "" {
		t.Error("Excerpt is empty")
	}
}

// TestPublishedDateSources checks each place a page may keep its date,
// and that a better source wins over a worse one.
func TestPublishedDateSources(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"JSON-LD with a trailing comma", `<script type="application/ld+json">{"@type": "NewsArticle", "keywords": ["a", "b", ], "datePublished": "2019-11-18T16:06:51-05:00",}</script>`, ``, "2019-11-18T16:06:51-05:00"},
		{"JSON-LD medical page", `<script type="application/ld+json">{"@type":"MedicalWebPage","headline":"Tips","datePublished":"2019-11-14T08:00:00.000Z"}</script>`, ``, "2019-11-14T08:00:00Z"},
		{"JSON-LD placeholder, then time", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>`, `<time datetime="2020-02-03">Feb 3</time>`, "2020-02-03T00:00:00Z"},
		{"time text", ``, `<time class="pub">November 18, 2019</time>`, "2019-11-18T00:00:00Z"},
		{"time data-pubdate", ``, `<time data-pubdate="Nov. 18, 2019, 4:06 p.m.">Yesterday</time>`, "2019-11-18T16:06:00Z"},
		{"a date's class name", ``, `<div class="article-publish-date">November 19, 2019, 9:02 AM</div>`, "2019-11-19T09:02:00Z"},
		{"time before a class name", ``, `<span class="post-date">May 1, 2018</span><time datetime="2018-05-02">x</time>`, "2018-05-02T00:00:00Z"},
		{"meta before all", `<meta property="article:published_time" content="2017-07-07T07:07:07Z">`, `<time datetime="2018-05-02">x</time>`, "2017-07-07T07:07:07Z"},
	}
	para := strings.Repeat("The harbour bridge reopened to traffic on Monday after two years of repairs, and the city's ferries went back to their old timetable. ", 6)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Bridge</title>" + tt.head + "</head><body><article><h1>Bridge</h1>" + tt.body +
				"<p>" + para + "</p><p>" + para + "</p></article></body></html>"
			a, err := Extract([]byte(page), "https://courier.example/bridge")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format(time.RFC3339); a.Published.IsZero() || got != tt.want {
				t.Errorf("Published = %v, want %s", a.Published, tt.want)
			}
		})
	}
}

func TestExtractDocumentModel(t *testing.T) {
	a, err := Extract(readFixture(t, "news-chrome.html"), "https://courier.example/news/x")
	if err != nil {
		t.Fatal(err)
	}
	find := func(text string) Block {
		for _, b := range a.Document.Blocks {
			if strings.HasPrefix(b.Text, text) {
				return b
			}
		}
		t.Fatalf("no block starts with %q", text)
		return Block{}
	}
	spanText := func(b Block, s Span) string { return string([]rune(b.Text)[s.Start:s.End]) }

	t.Run("headings carry their level", func(t *testing.T) {
		if b := find("Why the repair"); b.Kind != BlockHeading || b.Level != 2 {
			t.Errorf("block = %+v", b)
		}
	})
	t.Run("nested list items carry their depth", func(t *testing.T) {
		if b := find("The deck was lifted"); b.Kind != BlockListItem || b.Level != 0 {
			t.Errorf("block = %+v", b)
		}
		if b := find("The heaviest"); b.Kind != BlockListItem || b.Level != 1 {
			t.Errorf("block = %+v", b)
		}
	})
	t.Run("block quotes are quotes", func(t *testing.T) {
		if b := find("We will not"); b.Kind != BlockQuote {
			t.Errorf("block = %+v", b)
		}
	})
	t.Run("strong, emphasis and links are spans over rune offsets", func(t *testing.T) {
		b := find("The harbour bridge")
		if len(b.Spans) != 1 || b.Spans[0].Kind != SpanStrong || spanText(b, b.Spans[0]) != "twice its first estimate" {
			t.Errorf("spans = %+v", b.Spans)
		}
		b = find("Drivers queued")
		if len(b.Spans) != 1 || b.Spans[0].Kind != SpanEmphasis || spanText(b, b.Spans[0]) != "Quay Street" {
			t.Errorf("spans = %+v", b.Spans)
		}
		b = find("Engineers found")
		if len(b.Spans) != 1 || b.Spans[0].Kind != SpanLink || spanText(b, b.Spans[0]) != "2019 survey" ||
			b.Spans[0].Href != "https://courier.example/news/bridge-survey" {
			t.Errorf("spans = %+v", b.Spans)
		}
	})
	t.Run("images keep their source and alt text", func(t *testing.T) {
		var found bool
		for _, b := range a.Document.Blocks {
			if b.Kind == BlockImage && b.Src == "https://courier.example/img/bridge.jpg" && b.Alt == "Cars crossing the harbour bridge" {
				found = true
			}
		}
		if !found {
			t.Errorf("no image block in %+v", a.Document.Blocks)
		}
	})
}

func TestBuildDocumentNormalisesWhitespace(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string
	}{
		{"runs of spaces and newlines become one space", "<p>  one \n\t two   three </p>", []string{"one two three"}},
		{"non-breaking and zero-width spaces are normalised", "<p>a\u00a0b\u200bc</p>", []string{"a bc"}},
		{"a line break is kept once inside a block", "<p>one<br><br>two<br></p>", []string{"one\ntwo"}},
		{"text beside blocks becomes its own block", "<div>loose text<p>para</p>tail</div>", []string{"loose text", "para", "tail"}},
		{"preformatted text keeps its spacing", "<pre>\n  a  b\n    c\n</pre>", []string{"  a  b\n    c"}},
		{"table rows become blocks with cells apart", "<table><tr><td>a</td><td>b</td></tr></table>", []string{"a | b"}},
		{"scripts, styles and hidden elements are not text", "<p>a<script>x()</script><span hidden>h</span><style>p{}</style> b</p>", []string{"a b"}},
		{"decomposed accents are kept as written", "<p>Cafe\u0301</p>", []string{"Cafe\u0301"}},
		{"zero-width non-joiners and joiners are kept", "<p>می\u200cخواهم 👨\u200d👩\u200d👧</p>", []string{"می\u200cخواهم 👨\u200d👩\u200d👧"}},
		{"soft hyphens and word joiners are dropped", "<p>extra\u00adordinary a\u2060b</p>", []string{"extraordinary ab"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.html)
			d := buildDocument(doc, nil)
			var got []string
			for _, b := range d.Blocks {
				if b.HasText() {
					got = append(got, b.Text)
				}
			}
			if strings.Join(got, "¶") != strings.Join(tt.want, "¶") {
				t.Errorf("blocks = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractRefusesPagesWithoutText(t *testing.T) {
	for _, page := range []string{"<html><body></body></html>", "<div><img src=a.png></div>", "   "} {
		_, err := Extract([]byte(page), "")
		if !errors.Is(err, ErrNotArticle) && !errors.Is(err, ErrEmptyInput) {
			t.Errorf("Extract(%q) error = %v, want ErrNotArticle or ErrEmptyInput", page, err)
		}
	}
}
