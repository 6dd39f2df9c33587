package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"margin/internal/golden"
)

func TestFormatsGolden(t *testing.T) {
	for _, f := range []Format{FormatJSON, FormatCSL, FormatBibTeX, FormatCSV} {
		t.Run(string(f)+" of an annotated and a bare clipping matches its golden file", func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, []*Item{council(), plain()}, f, MarkdownOptions{}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "items"+f.Ext(), buf.Bytes())
		})
	}
}

func TestWriteRefusesSeveralNotesInOneStream(t *testing.T) {
	if err := Write(&bytes.Buffer{}, []*Item{council(), plain()}, FormatMarkdown, MarkdownOptions{}); err != ErrOneNote {
		t.Errorf("err = %v, want ErrOneNote", err)
	}
	if err := Write(&bytes.Buffer{}, nil, "docx", MarkdownOptions{}); err == nil {
		t.Error("an unknown format gave no error")
	}
}

func TestWebAnnotationSelectorsPointAtTheQuote(t *testing.T) {
	it := council()
	var buf bytes.Buffer
	if err := WebAnnotations(&buf, []*Item{it}); err != nil {
		t.Fatal(err)
	}
	var coll struct {
		Context string `json:"@context"`
		ID      string `json:"id"`
		Total   int    `json:"total"`
		First   struct {
			ID    string `json:"id"`
			Items []struct {
				ID         string `json:"id"`
				Motivation string `json:"motivation"`
				Body       []struct {
					Value   string `json:"value"`
					Purpose string `json:"purpose"`
				} `json:"body"`
				Target struct {
					Source   string `json:"source"`
					Selector []struct {
						Type  string `json:"type"`
						Exact string `json:"exact"`
						Start *int   `json:"start"`
						End   *int   `json:"end"`
					} `json:"selector"`
				} `json:"target"`
			} `json:"items"`
		} `json:"first"`
	}
	if err := json.Unmarshal(buf.Bytes(), &coll); err != nil {
		t.Fatal(err)
	}
	if coll.Context != "http://www.w3.org/ns/anno.jsonld" {
		t.Errorf("@context = %q", coll.Context)
	}
	if !strings.HasPrefix(coll.ID, "urn:") || !strings.HasPrefix(coll.First.ID, coll.ID) || coll.First.ID == coll.ID {
		t.Errorf("collection id %q, page id %q: the model requires both", coll.ID, coll.First.ID)
	}
	// 7 highlights, the clipping's tags and note, and 5 confirmed
	// mentions; suggested and rejected ones stay out.
	if coll.Total != 13 || len(coll.First.Items) != 13 {
		t.Fatalf("total = %d with %d items, want 13", coll.Total, len(coll.First.Items))
	}
	text := []rune(it.Clipping.Text())
	for _, a := range coll.First.Items {
		if a.ID == "urn:margin:clipping:42" {
			var got []string
			for _, b := range a.Body {
				got = append(got, b.Purpose+":"+b.Value)
			}
			want := []string{"tagging:transit", "tagging:city council", "commenting:" + it.Clipping.Note}
			if a.Motivation != "tagging" || strings.Join(got, "|") != strings.Join(want, "|") || a.Target.Source == "" {
				t.Errorf("the clipping's annotation has %s %q, want tagging %q", a.Motivation, got, want)
			}
			continue
		}
		var quote string
		var pos bool
		for _, s := range a.Target.Selector {
			switch s.Type {
			case "TextQuoteSelector":
				quote = s.Exact
			case "TextPositionSelector":
				pos = true
				if got := string(text[*s.Start:*s.End]); got != quote {
					t.Errorf("%s: position selects %q, quote is %q", a.ID, got, quote)
				}
			}
		}
		if quote == "" {
			t.Errorf("%s has no TextQuoteSelector", a.ID)
		}
		orphan := a.ID == "urn:margin:highlight:5"
		if pos == orphan {
			t.Errorf("%s: has position selector = %v, want %v", a.ID, pos, !orphan)
		}
	}
}

func TestCSVRowsAreMentions(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, []*Item{council()}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 6 {
		t.Fatalf("%d rows, want a header and 5 mentions", len(rows))
	}
	if strings.Join(rows[0][:5], ",") != "entity,type,clipping,quote,context" {
		t.Errorf("header = %v", rows[0])
	}
	for _, r := range rows[1:] {
		if !strings.Contains(r[4], r[3]) {
			t.Errorf("context %q does not hold the quote %q", r[4], r[3])
		}
	}
}

func TestDefuseFormula(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"+1", "'+1"},
		{"-2", "'-2"},
		{"@SUM", "'@SUM"},
		{"Elena Ruiz", "Elena Ruiz"},
		{"", ""},
	} {
		t.Run("a cell "+tc.in+" is written as "+tc.want, func(t *testing.T) {
			if got := defuseFormula(tc.in); got != tc.want {
				t.Errorf("got %q", got)
			}
		})
	}
}

func TestBibEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Profits & Losses: 50% of $5", `Profits \& Losses: 50\% of \$5`},
		{"#1 {set} a_b ~ ^ \\", `\#1 $\lbrace$set$\rbrace$ a\_b \textasciitilde{} \textasciicircum{} \textbackslash{}`},
		{"Open { brace", `Open $\lbrace$ brace`},
		{"`code` and ``quotes''", "\\`{}code\\`{} and \\`{}\\`{}quotes'{}'"},
		{"A -- B --- C", `A -{}- B -{}-{}- C`},
		{"Ruíz  and\nco", "Ruíz and co"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := bibEscape(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCiteKeys(t *testing.T) {
	a, b, c := council(), council(), plain()
	b.Clipping.ID = 43
	keys := citeKeys([]*Item{b, c, a})
	want := []string{"doe2024breakingb", "exampleorgndcon", "doe2024breakinga"}
	for i := range want {
		if keys[i] != want[i] {
			t.Errorf("keys = %v, want %v", keys, want)
			break
		}
	}
}
