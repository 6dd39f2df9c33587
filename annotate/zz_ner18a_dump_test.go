package annotate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestNer18aDump writes the suggestions for the unannotated texts of
// NER18A_CORPUS to NER18A_OUT (a study; not committed).
func TestNer18aDump(t *testing.T) {
	in, out := os.Getenv("NER18A_CORPUS"), os.Getenv("NER18A_OUT")
	if in == "" || out == "" {
		t.Skip("study")
	}
	fin, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer fin.Close()
	fo, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fo.Close()
	w := bufio.NewWriter(fo)
	defer w.Flush()
	sc := bufio.NewScanner(fin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		runes := []rune(d.Text)
		for _, s := range Suggest(d.Text, nil) {
			a, b := max(0, s.Selector.Start-40), min(len(runes), s.Selector.End+40)
			ctx := strings.ReplaceAll(string(runes[a:s.Selector.Start])+"[["+s.Selector.Exact+"]]"+string(runes[s.Selector.End:b]), "\n", " ")
			fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\n", d.ID, s.Selector.Start, s.Type, s.Selector.Exact, ctx)
		}
	}
}

// TestNer18aCands prints the candidates, with their rules, for the text of
// the file NER18A_TEXT (a study).
func TestNer18aCands(t *testing.T) {
	p := os.Getenv("NER18A_TEXT")
	if p == "" {
		t.Skip("study")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if strings.HasSuffix(p, ".json") {
		var d goldDoc
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		text = d.Text
	}
	runes := []rune(text)
	toks := tokenize(runes)
	labels, tags := recognise(text, runes, toks)
	for _, c := range findNames(runes, toks, labels, tags) {
		fmt.Printf("%5d %-12s %-40q %v %s\n", c.start, c.typ, string(runes[c.start:c.end]), c.firm, c.rule)
	}
}
