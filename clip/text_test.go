package clip

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestExtractTextOfACopiedPage(t *testing.T) {
	a, err := ExtractText(string(readFixture(t, "copied-page.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Donald Trump plans to meet Vladimir Putin in Budapest, aims to push for Ukraine peace deal"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if a.Byline != "indiablooms" {
		t.Errorf("Byline = %q, want indiablooms", a.Byline)
	}
	if y, m, d := a.Published.Date(); y != 2025 || m != time.October || d != 17 {
		t.Errorf("Published = %v, want 17 October 2025", a.Published)
	}
	text := a.Text()
	if !strings.HasPrefix(text, "US President Donald Trump on Thursday") {
		t.Errorf("text starts %q", text[:min(len(text), 80)])
	}
	if !strings.HasSuffix(text, "additional U.S. pressure.") {
		t.Errorf("text ends %q", text[max(0, len(text)-80):])
	}
	// The photo caption above the title is dropped with the rest of the
	// page header: a copied caption cannot be told from a ticker item.
	for _, chrome := range []string{"Support Our Journalism", "contribution", "sharing button", "Follow us", "Dalai Lama", "Photo Courtesy", "IBNS"} {
		if strings.Contains(text, chrome) {
			t.Errorf("text has chrome %q", chrome)
		}
	}
	if got := len(a.Document.Blocks); got != 9 {
		t.Errorf("got %d paragraphs, want 9", got)
	}
	if a.Source != SourceText {
		t.Errorf("Source = %q", a.Source)
	}
}

func TestExtractText(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		title  string
		byline string
		first  string
	}{
		{
			name:  "a title over paragraphs is found",
			text:  "City opens new park\n\nThe city opened its largest park in fifty years on Saturday, with a lake, two playgrounds and a path along the river.\n\nThousands came.",
			title: "City opens new park", first: "The city opened",
		},
		{
			name:  "a 'By' line under the title is the byline",
			text:  "City opens new park\nBy Ana Ruiz\nThe city opened its largest park in fifty years on Saturday, with a lake and two playgrounds.",
			title: "City opens new park", byline: "Ana Ruiz", first: "The city opened",
		},
		{
			name:  "text with no title keeps every paragraph",
			text:  "The city opened its largest park in fifty years on Saturday.\nThousands came to see it.",
			first: "The city opened",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractText(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Byline != tt.byline {
				t.Errorf("Title, Byline = %q, %q; want %q, %q", a.Title, a.Byline, tt.title, tt.byline)
			}
			if !strings.HasPrefix(a.Text(), tt.first) {
				t.Errorf("text = %q, want it to start with %q", a.Text(), tt.first)
			}
		})
	}
}

func TestExtractTextRefusesEmptyText(t *testing.T) {
	if _, err := ExtractText(" \n\t\n"); !errors.Is(err, ErrEmptyInput) {
		t.Errorf("error = %v, want ErrEmptyInput", err)
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"by JANE DOE and John Roe", "JANE DOE and John Roe"},
		{"| @indiablooms | Oct 17, 2025, at 12:08 am", "indiablooms"},
		{"Jane Doe | Updated 3 hours ago", "Jane Doe"},
		{"By Jane Doe - March 3, 2024 10:00 AM", "Jane Doe"},
		{"Author: Jane Doe", "Jane Doe"},
		{"https://example.com/authors/jane", ""},
		{"Jane Doe • 5 min read", "Jane Doe"},
		{"Carrie ArnoldNovember 15, 2019", "Carrie Arnold"},
		{"By", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := cleanByline(tt.in); got != tt.want {
				t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRefineByline(t *testing.T) {
	tests := []struct{ in, site, want string }{
		{"Jill Disis, CNN Business", "CNN", "Jill Disis"},
		{"TOM KRISHER, AP Auto Writer", "Associated Press", "Tom Krisher"},
		{"Amy Kuperinsky, NJ Advance Media for NJ.", "nj", "Amy Kuperinsky"},
		{"Jane Doe, John Roe", "The Daily", "Jane Doe, John Roe"},
		{"Staff Reports", "The Republic", "Staff Reports"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := refineByline(tt.in, tt.site); got != tt.want {
				t.Errorf("refineByline(%q, %q) = %q, want %q", tt.in, tt.site, got, tt.want)
			}
		})
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ name, title, site, host, want string }{
		{"a site suffix after a bar is removed", "Budget passes | The Daily", "The Daily", "daily.example", "Budget passes"},
		{"a site suffix matching the host is removed", "Budget passes - Daily Example", "", "www.dailyexample.com", "Budget passes"},
		{"a site prefix is removed", "The Daily: Budget passes", "The Daily", "daily.example", "The Daily: Budget passes"},
		{"a dash inside the title is kept", "Left - and right - agree on budget", "The Daily", "daily.example", "Left - and right - agree on budget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := checkURL("https://" + tt.host + "/x")
			if got := cleanTitle(tt.title, tt.site, u); got != tt.want {
				t.Errorf("cleanTitle(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

func TestParseDateRefusesPlaceholders(t *testing.T) {
	for _, in := range []string{"0001-01-01T00:00:00Z", "Fri 6:45 PM", "", "3 comments"} {
		if got := parseDate(in); !got.IsZero() {
			t.Errorf("parseDate(%q) = %v, want no date", in, got)
		}
	}
}

func TestParseDateKeepsTheZone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-11T08:30:00+01:00", "2024-03-11T08:30:00+01:00"},
		{"2019-11-19T17:15:12.000Z", "2019-11-19T17:15:12Z"},
		{"Oct 17, 2025, at 12:08 am", "2025-10-17T00:08:00Z"},
		{"Published: November 20, 2019", "2019-11-20T00:00:00Z"},
		{"Nov. 18, 2019, 4:06 p.m.", "2019-11-18T16:06:00Z"},
		{"Sept. 3, 2020, 9:15 a.m.", "2020-09-03T09:15:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := parseDate(tt.in)
			if got.IsZero() || got.Format(time.RFC3339) != tt.want {
				t.Errorf("parseDate(%q) = %v, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestCopiedTextIsKeptAsWritten(t *testing.T) {
	text := "Title of the piece\n\nBy Ana Pérez\n\nمن می\u200cخواهم بروم، گفت. The family 👨\u200d👩\u200d👧 came to the cafe\u0301 together that morning, said the report.\n"
	a, err := ExtractText(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"می\u200cخواهم", "👨\u200d👩\u200d👧", "cafe\u0301"} {
		if !strings.Contains(a.Text(), want) {
			t.Errorf("the text lost %q: %q", want, a.Text())
		}
	}
}
