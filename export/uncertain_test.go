package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestExportsSayAnExtractionWasUncertain(t *testing.T) {
	uncertain := council()
	uncertain.Clipping.Uncertain = true
	for _, tt := range []struct {
		name string
		it   *Item
		want bool
	}{
		{"a note made from a page with no article found says so in its front matter", uncertain, true},
		{"a note of an article does not", council(), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Markdown(&buf, tt.it, DefaultMarkdownOptions()); err != nil {
				t.Fatal(err)
			}
			n := readNote(t, buf.String())
			got, ok := n.front["extraction"]
			if ok != tt.want || (tt.want && got != "uncertain") {
				t.Errorf("extraction = %v (present %v), want present %v", got, ok, tt.want)
			}
			fm, err := ReadFrontMatter(strings.NewReader(buf.String()))
			if err != nil || (fm.Extraction == ExtractionUncertain) != tt.want {
				t.Errorf("ReadFrontMatter: extraction %q, %v", fm.Extraction, err)
			}

			buf.Reset()
			opts := DefaultMarkdownOptions()
			opts.Flavour = FlavourLogseq
			if err := Markdown(&buf, tt.it, opts); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(buf.String(), "\nextraction:: uncertain\n"); got != tt.want {
				t.Errorf("the Logseq note has extraction:: uncertain: %v, want %v", got, tt.want)
			}

			buf.Reset()
			if err := WebAnnotations(&buf, []*Item{tt.it}); err != nil {
				t.Fatal(err)
			}
			var coll struct {
				First struct {
					Items []struct {
						Target map[string]any `json:"target"`
					} `json:"items"`
				} `json:"first"`
			}
			if err := json.Unmarshal(buf.Bytes(), &coll); err != nil {
				t.Fatal(err)
			}
			if len(coll.First.Items) == 0 {
				t.Fatal("no annotations")
			}
			for _, a := range coll.First.Items {
				if got := a.Target["margin:extraction"] == "uncertain"; got != tt.want {
					t.Errorf("target %v: uncertain %v, want %v", a.Target, got, tt.want)
				}
			}
		})
	}
}
