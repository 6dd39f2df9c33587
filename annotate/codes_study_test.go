package annotate

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDumpMoreUnannotated writes, when NER_DUMP names a directory, the
// names found in more unannotated texts than TestDumpUnannotated reads,
// to compare two versions of the rules on products named by codes and
// numbers, which the Treebank and the gold set's neighbours hold few of:
// the texts of NER_EXTRA, a JSON list of {"Name", "Text"} (for instance
// the English pages of shared/corpus outside the gold set, as `margin
// extract --json` prints them), and the 1,800 Reddit posts of prose's
// product test data, one text each. Names go to NER_DUMP/more-names.jsonl
// in the layout of names.jsonl.
func TestDumpMoreUnannotated(t *testing.T) {
	dir := os.Getenv("NER_DUMP")
	if dir == "" {
		t.Skip("set NER_DUMP to a directory")
	}
	var texts []unannotatedText
	if p := os.Getenv("NER_EXTRA"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &texts); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		p := filepath.Join(home, "go/pkg/mod/github.com/jdkato/prose/v2@v2.0.0/testdata/reddit_product.jsonl")
		if fh, err := os.Open(p); err == nil {
			sc := bufio.NewScanner(fh)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for n := 0; sc.Scan(); n++ {
				var post struct{ Text string }
				if json.Unmarshal(sc.Bytes(), &post) == nil && post.Text != "" {
					texts = append(texts, unannotatedText{"reddit:" + itoa(n), post.Text})
				}
			}
			fh.Close()
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	nf, err := os.Create(filepath.Join(dir, "more-names.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer nf.Close()
	nw := bufio.NewWriter(nf)
	for _, x := range texts {
		writeNames(nw, x)
	}
	if err := nw.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d texts", len(texts))
}

// TestShowNames prints the names found in each line of the file NER_LINES,
// with their types and rules, to read what the rules make of invented
// sentences.
func TestShowNames(t *testing.T) {
	p := os.Getenv("NER_LINES")
	if p == "" {
		t.Skip("set NER_LINES to a file of sentences")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		runes := []rune(line)
		toks := tokenize(runes)
		labels, tags := recognise(line, runes, toks)
		var out []string
		for _, c := range findNames(runes, toks, labels, tags) {
			out = append(out, string(runes[c.start:c.end])+"/"+string(c.typ)+" ("+c.rule+")")
		}
		t.Logf("%s\n\t%s", line, strings.Join(out, "; "))
	}
}
