package annotate

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// unannotatedText is a text no gold article holds, to read what a change
// does to news nobody annotated.
type unannotatedText struct {
	Name, Text string
}

// unannotatedTexts gathers the texts of issue 16's reading of unannotated
// news: the Penn Treebank sample prose ships (its tokens without the
// traces, in chunks of about 1,500), the AEB pages of shared/corpus whose
// key no gold article has, and the English trafilatura snippets of pages
// outside the gold set, and the seed page with its chrome. Missing sources
// are skipped.
func unannotatedTexts(t *testing.T) []unannotatedText {
	gold := map[string]bool{}
	for _, d := range loadGold(t, "") {
		gold[d.Key] = true
	}
	var out []unannotatedText
	if home, err := os.UserHomeDir(); err == nil {
		p := filepath.Join(home, "go/pkg/mod/github.com/jdkato/prose/v2@v2.0.0/testdata")
		var toks []struct{ Text string }
		var tags []string
		if b, err := os.ReadFile(filepath.Join(p, "treebank_tokens.json")); err == nil && json.Unmarshal(b, &toks) == nil {
			if b, err := os.ReadFile(filepath.Join(p, "treebank_tags.json")); err == nil && json.Unmarshal(b, &tags) == nil && len(tags) == len(toks) {
				out = append(out, treebankChunks(toks, tags)...)
			}
		}
	}
	corpus := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		corpus = "/work/shared/corpus"
	}
	var aeb map[string]struct{ ArticleBody string }
	if b, err := os.ReadFile(filepath.Join(corpus, "aeb-dev", "ground-truth.json")); err == nil && json.Unmarshal(b, &aeb) == nil {
		var keys []string
		for k := range aeb {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !gold[k] && strings.TrimSpace(aeb[k].ArticleBody) != "" {
				out = append(out, unannotatedText{"aeb:" + k[:8], aeb[k].ArticleBody})
			}
		}
	}
	var traf map[string]struct {
		File string
		With []string
	}
	if b, err := os.ReadFile(filepath.Join(corpus, "trafilatura-dev", "evaldata.json")); err == nil && json.Unmarshal(b, &traf) == nil {
		var keys []string
		for k := range traf {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			text := strings.Join(traf[k].With, "\n\n")
			if gold[k] || !looksEnglish(text) {
				continue
			}
			out = append(out, unannotatedText{"traf:" + traf[k].File, text})
		}
	}
	if b, err := os.ReadFile(seedPath); err == nil {
		// The seed page whole, as copied from a browser: its menus,
		// buttons and footer are text a person clips too.
		out = append(out, unannotatedText{"seed:" + filepath.Base(seedPath), string(b)})
	}
	return out
}

// looksEnglish reports whether one in eight words or more of text is one
// of the commonest English words.
func looksEnglish(text string) bool {
	common := setOf("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "it", "as", "by", "he", "she", "a")
	words := strings.Fields(strings.ToLower(text))
	n := 0
	for _, w := range words {
		if common[strings.Trim(w, ".,;:\"'“”")] {
			n++
		}
	}
	return len(words) >= 20 && n*8 >= len(words)
}

// treebankChunks joins the Treebank's tokens into text, leaving out its
// traces (tag -NONE-), cut after a sentence every 1,500 tokens or so.
func treebankChunks(toks []struct{ Text string }, tags []string) []unannotatedText {
	var out []unannotatedText
	var b strings.Builder
	n := 0
	for i, t := range toks {
		if tags[i] == "-NONE-" {
			continue
		}
		w := t.Text
		switch w {
		case "``":
			w = "“"
		case "''":
			w = "”"
		case "-LRB-", "-LCB-":
			w = "("
		case "-RRB-", "-RCB-":
			w = ")"
		}
		glue := b.Len() == 0 || strings.HasPrefix(w, "'") && w != "'" || w == "n't" ||
			strings.ContainsAny(w[:1], ",.;:?!%)”") && w != "--" && w != "..."
		if s := b.String(); strings.HasSuffix(s, "“") || strings.HasSuffix(s, "(") || strings.HasSuffix(s, "$") && unicode.IsDigit([]rune(w)[0]) {
			glue = true
		}
		if !glue {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		n++
		if n >= 1500 && w == "." {
			out = append(out, unannotatedText{"treebank:" + itoa(len(out)), b.String()})
			b.Reset()
			n = 0
		}
	}
	if b.Len() > 0 {
		out = append(out, unannotatedText{"treebank:" + itoa(len(out)), b.String()})
	}
	return out
}

// TestDumpUnannotated writes, when NER_DUMP names a directory, the names
// found in each unannotated text (with the rule that typed each and the
// score Suggest gives it) to
// NER_DUMP/names.jsonl and the texts to NER_DUMP/texts.jsonl, to compare
// two versions of the rules on news nobody annotated. NER_TEXTS, if set,
// names a file of such texts to read instead (one JSON object a line, with
// Name and Text: the pages of a study such as unsuggested-study.md's).
func TestDumpUnannotated(t *testing.T) {
	dir := os.Getenv("NER_DUMP")
	if dir == "" {
		t.Skip("set NER_DUMP to a directory")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var texts []unannotatedText
	if p := os.Getenv("NER_TEXTS"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var x unannotatedText
			if err := json.Unmarshal([]byte(line), &x); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			texts = append(texts, x)
		}
	} else {
		texts = unannotatedTexts(t)
	}
	nf, err := os.Create(filepath.Join(dir, "names.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer nf.Close()
	tf, err := os.Create(filepath.Join(dir, "texts.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer tf.Close()
	nw, tw := bufio.NewWriter(nf), bufio.NewWriter(tf)
	for _, x := range texts {
		writeNames(nw, x)
		b, _ := json.Marshal(x)
		tw.Write(append(b, '\n'))
	}
	if err := nw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := tw.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d texts", len(texts))
}

// writeNames writes the names the rules find in x to w, a JSON line each
// with the rule that typed it and its score (the layout of names.jsonl).
func writeNames(w *bufio.Writer, x unannotatedText) {
	type name struct {
		Doc   string     `json:"doc"`
		S     int        `json:"start"`
		E     int        `json:"end"`
		Text  string     `json:"text"`
		Type  EntityType `json:"type"`
		Rule  string     `json:"rule"`
		Score float64    `json:"score"`
	}
	runes := []rune(x.Text)
	toks := tokenize(runes)
	labels, tags := recognise(x.Text, runes, toks)
	cands := findNames(runes, toks, labels, tags)
	scores := candidateScores(runes, toks, labels, cands)
	for i, c := range cands {
		b, _ := json.Marshal(name{Doc: x.Name, S: c.start, E: c.end, Text: string(runes[c.start:c.end]), Type: c.typ, Rule: c.rule, Score: scores[i]})
		w.Write(append(b, '\n'))
	}
}
