package annotate

import (
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	prose "github.com/jdkato/prose/v2"
)

// TestMaxentMatchesProse checks that the fast classifier gives prose's own
// labels, token for token, on the gold texts. prose adds up a token's
// feature weights in map order and breaks ties in map order, so a token
// whose best two labels score within rounding of each other may come out
// either way; one in two hundred is allowed for that.
func TestMaxentMatchesProse(t *testing.T) {
	r := loadModel()
	if r == nil {
		t.Fatal("recogniser did not load")
	}
	pm := proseModel()
	// prose's own pipeline is slow; two articles make over a thousand
	// tokens. They are named, so that articles added to the gold set do not
	// change what this test compares.
	var texts []string
	for _, d := range loadGold(t, tunePart) {
		if d.Name == "afghanistan-helicopter" || d.Name == "andrew-sputnik-column" {
			texts = append(texts, strings.Split(d.Text, "\n\n")...)
		}
	}
	if len(texts) == 0 {
		t.Fatal("the two gold articles this test reads are gone")
	}
	total, differ := 0, 0
	for _, block := range texts {
		want, err := prose.NewDocument(block, prose.WithSegmentation(false), prose.UsingModel(pm))
		if err != nil {
			t.Fatal(err)
		}
		tagged, err := prose.NewDocument(block, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(pm))
		if err != nil {
			t.Fatal(err)
		}
		var toks []nerToken
		for _, tok := range tagged.Tokens() {
			toks = append(toks, nerToken{tok.Text, tok.Tag})
		}
		got := r.ner.classify(toks, nil, nil)
		for i, tok := range want.Tokens() {
			total++
			if got[i] != tok.Label {
				differ++
				t.Logf("%q: got %s, prose %s", tok.Text, got[i], tok.Label)
			}
		}
	}
	if total == 0 || differ*200 > total {
		t.Errorf("%d of %d labels differ from prose's", differ, total)
	}
}

var (
	proseOnce sync.Once
	proseM    *prose.Model
)

// proseModel is prose's own pipeline, to compare with.
func proseModel() *prose.Model {
	proseOnce.Do(func() { proseM = prose.ModelFromData("margin") })
	return proseM
}

// TestTaggerMatchesProse checks that the fast tagger gives prose's own
// part-of-speech tags on the gold texts, every one. Only words written once
// in their block are compared: prose's tokenizer hands out one *Token for
// every occurrence of a word, so the tag of a word's last occurrence
// overwrites the earlier ones' ("US" first in a paragraph tagged PRP
// because a later "told US media" is), which Margin's tagger does not copy.
func TestTaggerMatchesProse(t *testing.T) {
	r := loadModel()
	if r == nil {
		t.Fatal("recogniser did not load")
	}
	total, differ := 0, 0
	for _, d := range loadGold(t, "") {
		for _, block := range strings.Split(d.Text, "\n\n") {
			want, err := prose.NewDocument(block, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(proseModel()))
			if err != nil {
				t.Fatal(err)
			}
			var words []string
			for _, tok := range want.Tokens() {
				words = append(words, tok.Text)
			}
			got := r.tagger.tag(words)
			seen := map[string]int{}
			for _, w := range words {
				seen[w]++
			}
			for i, tok := range want.Tokens() {
				if seen[tok.Text] > 1 {
					continue
				}
				total++
				if got[i] != tok.Tag {
					if tiedTags(r.tagger, words, got, i, tok.Tag) {
						// prose adds a word's weights in a map's order, so
						// of two classes whose sums differ only by rounding
						// it picks either; the tagger adds them in one order.
						t.Logf("%q: got %s, prose %s (a tie up to rounding)", tok.Text, got[i], tok.Tag)
						continue
					}
					differ++
					t.Logf("%q: got %s, prose %s", tok.Text, got[i], tok.Tag)
				}
			}
		}
	}
	if total == 0 || differ > 0 {
		t.Errorf("%d of %d tags differ from prose's", differ, total)
	}
}

func TestModelIsReleasedWhenIdle(t *testing.T) {
	old := IdleRelease
	IdleRelease = 50 * time.Millisecond
	defer func() {
		IdleRelease = old
		loadModel() // re-arm the timer with the usual delay
	}()
	modelMu.Lock()
	current.Store(nil)
	modelMu.Unlock()
	if loadModel() == nil {
		t.Fatal("the model did not load")
	}
	deadline := time.Now().Add(5 * time.Second)
	for current.Load() != nil && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if current.Load() != nil {
		t.Fatal("the model was not released after IdleRelease without use")
	}
	got := describe(Suggest("Donald Trump met Vladimir Putin in Budapest.", nil))
	want := []string{"person:Donald Trump", "person:Vladimir Putin", "place:Budapest"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Suggest after a release = %q, want %q", got, want)
	}
}

func TestFarFromCapitalsSkipsOnlyWordsNoPhraseReaches(t *testing.T) {
	words := strings.Fields("the rain fell on the Bank of England and the city of London , said a man in the street")
	skip := farFromCapitals(words)
	var kept []string
	for i, w := range words {
		if !skip[i] {
			kept = append(kept, w)
		}
	}
	want := "the Bank of England and of London ,"
	if got := strings.Join(kept, " "); got != want {
		t.Errorf("classified %q, want %q", got, want)
	}
}

// tiedTags reports whether the tagger's scores of word i of words (after
// the tags it gave the words before) for its own tag got[i] and for other
// differ by no more than the rounding of adding them in another order.
func tiedTags(p *perceptron, words, got []string, i int, other string) bool {
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for k, w := range words {
		ctx[k+2] = taggerNormalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	if i > 0 {
		p1 = got[i-1]
	}
	if i > 1 {
		p2 = got[i-2]
	}
	scores := make([]float64, len(p.classes))
	present := make([]bool, len(p.classes))
	p.score(ctx, i+2, words[i], p1, p2, scores, present, nil)
	mine, theirs := -1, -1
	for k, c := range p.classes {
		switch c {
		case got[i]:
			mine = k
		case other:
			theirs = k
		}
	}
	if mine < 0 || theirs < 0 || !present[theirs] {
		return false
	}
	return math.Abs(scores[mine]-scores[theirs]) <= 1e-9*math.Max(1, math.Abs(scores[mine]))
}
