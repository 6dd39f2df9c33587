package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

// This file checks conventions of the readers the exports are for, each
// found broken once: BibTeX's brace counting, pandoc's citations, the
// Markdown of a highlight beside a tagged name or inside code, MLA's
// punctuation, CSV's exact cells and bylines' names.

// oneParagraph is a clipping of one paragraph with the given highlights and
// confirmed mentions (by their exact text, first occurrence).
func oneParagraph(p string, highlights []string, mentions map[string]annotate.EntityType, spans ...clip.Span) *Item {
	c := &library.Clipping{ID: 1, Article: clip.Article{Title: "T", Document: clip.Document{Version: 1, Blocks: []clip.Block{para(p, spans...)}}}}
	it := &Item{Clipping: c, Entities: map[int64]annotate.Entity{}}
	for i, h := range highlights {
		it.Highlights = append(it.Highlights, annotate.Highlight{ID: int64(i + 1), Selector: sel(p, h, 0), Color: annotate.Yellow})
	}
	n := int64(0)
	for name, typ := range mentions {
		n++
		it.Entities[n] = annotate.Entity{ID: n, Name: name, Type: typ}
		it.Mentions = append(it.Mentions, annotate.Mention{ID: n, EntityID: n, Status: annotate.Confirmed, Selector: sel(p, name, 0)})
	}
	return it
}

func markdownOf(t *testing.T, it *Item, opts MarkdownOptions) (string, note) {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, it, opts); err != nil {
		t.Fatal(err)
	}
	return buf.String(), readNote(t, buf.String())
}

func TestMarkdownConventions(t *testing.T) {
	t.Run("an @ that pandoc would read as a citation is escaped, an address is not", func(t *testing.T) {
		p := "Write to me@home.example or follow @home and (@courier) today."
		md, n := markdownOf(t, oneParagraph(p, nil, nil), MarkdownOptions{Citation: CitationNone})
		for _, want := range []string{`me@home.example`, `follow \@home`, `(\@courier)`} {
			if !strings.Contains(md, want) {
				t.Errorf("the note lacks %q:\n%s", want, md)
			}
		}
		if !blockTexts(n.doc)[collapse(p)] {
			t.Errorf("the paragraph does not render as the text:\n%s", n.html)
		}
	})
	t.Run("a highlight partly over a tagged name keeps the name's link", func(t *testing.T) {
		p := "The plan was backed by Mayor Elena Ruiz on Tuesday."
		for _, h := range []string{"Ruiz on Tuesday", "backed by Mayor Elena", "Elena"} {
			it := oneParagraph(p, []string{h}, map[string]annotate.EntityType{"Elena Ruiz": annotate.Person})
			md, n := markdownOf(t, it, MarkdownOptions{EntityLinks: true, Citation: CitationNone})
			if !strings.Contains(md, "[[Elena Ruiz]]") {
				t.Errorf("highlight %q dropped the link:\n%s", h, md)
			}
			// goldmark does not read wiki links; the mark holds the
			// highlight once the brackets are taken off.
			marked := strings.NewReplacer("[[", "", "]]", "").Replace(textOf(n.doc, "mark"))
			if !strings.Contains(marked, h) {
				t.Errorf("highlight %q is not marked: %q\n%s", h, marked, md)
			}
		}
	})
	t.Run("a highlight starting and ending anywhere in inline code keeps the code's spaces", func(t *testing.T) {
		p := "Run  go  test ./...  now, then  wait ."
		code := "go  test ./...  now, then  wait "
		start := runeIndex(p, code, 0)
		span := clip.Span{Kind: clip.SpanCode, Start: start, End: start + len(code)}
		for s := 0; s < start+len(code); s++ {
			for end := max(s+1, start+1); end <= len(p); end++ {
				it := oneParagraph(p, nil, nil, span)
				it.Highlights = []annotate.Highlight{{ID: 1, Selector: annotate.Selector{Start: s, End: end, Exact: p[s:end]}, Color: annotate.Yellow}}
				for _, layout := range Layouts {
					for _, mark := range MarkStyles {
						md, n := markdownOf(t, it, MarkdownOptions{Layout: layout, Mark: mark, Citation: CitationNone})
						want := code
						if layout == LayoutHighlights {
							// The quote holds the highlighted part of the code.
							want = p[max(s, start):max(min(end, start+len(code)), max(s, start))]
						}
						if got := strings.ReplaceAll(textOf(n.doc, "code"), "\n", ""); got != want {
							t.Fatalf("highlight [%d, %d), %s, %s: code reads %q, want %q\n%s", s, end, layout, mark, got, want, md)
						}
					}
				}
			}
		}
	})
}

func TestMLAWithoutAddressEndsInAPeriod(t *testing.T) {
	pub := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		c    library.Clipping
		want string
	}{
		{"site and date", library.Clipping{Article: clip.Article{Title: "Rivers rise", Byline: "Jane Doe", SiteName: "The Courier", Published: pub}},
			"Doe, Jane. “Rivers rise.” The Courier, 5 Mar. 2024."},
		{"site only", library.Clipping{Article: clip.Article{Title: "Rivers rise", SiteName: "The Courier"}},
			"“Rivers rise.” The Courier."},
		{"nothing but the title", library.Clipping{Article: clip.Article{Title: "Rivers rise"}},
			"“Rivers rise.”"},
		{"with an address", library.Clipping{Article: clip.Article{Title: "Rivers rise", SiteName: "The Courier", Published: pub, URL: "https://courier.example/rivers"}},
			"“Rivers rise.” The Courier, 5 Mar. 2024, courier.example/rivers."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Cite(&tc.c, CitationMLA); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBylinesSplitIntoNames(t *testing.T) {
	for _, tc := range []struct {
		byline string
		want   []name
	}{
		{"Jane Doe. The Riverside Courier", []name{{Given: "Jane", Family: "Doe"}}},
		{"By Jane Doe. Updated March 5", []name{{Given: "Jane", Family: "Doe"}}},
		{"Dr. Jane Doe", []name{{Given: "Jane", Family: "Doe"}}},
		{"Prof. Jane Q. Doe and Mr. John Roe", []name{{Given: "Jane Q.", Family: "Doe"}, {Given: "John", Family: "Roe"}}},
		{"Martin Luther King Jr.", []name{{Given: "Martin Luther", Family: "King", Suffix: "Jr."}}},
		{"Martin Luther King, Jr.", []name{{Given: "Martin Luther", Family: "King", Suffix: "Jr."}}},
		{"Jane Doe | Reuters", []name{{Given: "Jane", Family: "Doe"}}},
		{"Marcus van der Berg", []name{{Given: "Marcus", Family: "van der Berg"}}},
		{"Reuters Staff", []name{{Literal: "Reuters Staff"}}},
	} {
		t.Run(tc.byline, func(t *testing.T) {
			got := parseByline(tc.byline)
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("name %d: got %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestBibTeXBracesBalance(t *testing.T) {
	a, b := plain(), plain()
	a.Clipping.Title, a.Clipping.SiteName = "Open { brace and a ` tick", "Site } closed"
	b.Clipping.ID, b.Clipping.Title = 8, "After"
	var buf bytes.Buffer
	if err := BibTeX(&buf, []*Item{a, b}); err != nil {
		t.Fatal(err)
	}
	// BibTeX counts every brace, escaped or not: each entry must close
	// where it ends.
	for _, entry := range strings.Split(buf.String(), "\n\n") {
		depth := 0
		for _, r := range entry {
			switch r {
			case '{':
				depth++
			case '}':
				depth--
			}
			if depth < 0 {
				t.Fatalf("a brace closes too soon:\n%s", entry)
			}
		}
		if depth != 0 {
			t.Errorf("braces do not balance:\n%s", entry)
		}
	}
}

func TestCSVKeepsQuotesExactAndExcelGuardsThemInAColumn(t *testing.T) {
	p := "=SUM(A1) said -Elena Ruiz, quoting +Marcus."
	it := oneParagraph(p, nil, map[string]annotate.EntityType{"=SUM(A1)": annotate.Other, "Elena Ruiz": annotate.Person})
	var plainCSV, excel bytes.Buffer
	if err := CSV(&plainCSV, []*Item{it}); err != nil {
		t.Fatal(err)
	}
	if err := CSVExcel(&excel, []*Item{it}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&plainCSV).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[1][3] != "=SUM(A1)" || rows[1][0] != "=SUM(A1)" {
		t.Errorf("the plain CSV changed a cell: %q", rows[1])
	}
	if !bytes.HasPrefix(excel.Bytes(), []byte("\uFEFF")) || !bytes.Contains(excel.Bytes(), []byte("\r\n")) {
		t.Error("the Excel CSV lacks its byte order mark or CRLF line ends")
	}
	xrows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(excel.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if h := xrows[0]; h[len(h)-1] != "guarded" {
		t.Errorf("header %q", h)
	}
	r := xrows[1]
	if r[0] != "'=SUM(A1)" || r[3] != "'=SUM(A1)" || r[len(r)-1] != "entity;quote;context" {
		t.Errorf("Excel row %q", r)
	}
	// Taking the apostrophe off the named columns gives the exact cells.
	for _, col := range strings.Split(r[len(r)-1], ";") {
		for i, h := range csvHeader {
			if h == col {
				r[i] = strings.TrimPrefix(r[i], "'")
			}
		}
	}
	if strings.Join(r[:len(csvHeader)], ",") != strings.Join(rows[1], ",") {
		t.Errorf("unguarded Excel row %q, want %q", r, rows[1])
	}
}

func TestObsidianTags(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"programming languages", "programming-languages"},
		{"S&P", "S-P"},
		{"S&P 500", "S-P-500"},
		{"#climate", "climate"},
		{"2024", "_2024"},
		{"news/europe", "news/europe"},
		{"/leading and trailing/", "leading-and-trailing"},
		{"Zürich (city)", "Zürich-city"},
		{"C++", "C"},
		{"?!", ""},
	} {
		t.Run(tc.in+" becomes "+tc.want, func(t *testing.T) {
			if got := ObsidianTag(tc.in); got != tc.want {
				t.Errorf("got %q", got)
			}
		})
	}
	if got := ObsidianTags([]string{"City council", "city-council", "?!", "transit"}); strings.Join(got, ",") != "City-council,transit" {
		t.Errorf("ObsidianTags = %q", got)
	}
}
