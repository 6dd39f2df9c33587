package annotate

import (
	"math"
	"slices"
	"strings"
	"testing"

	prose "github.com/jdkato/prose/v2"
)

// TestTagCacheTagsAreScoresTags checks that the tagger gives the same tags
// with its cache of integer sums as with score's float64 sums alone, word
// for word, on every gold and unannotated text, the cache shared by the
// blocks of a text as recognise shares it.
func TestTagCacheTagsAreScoresTags(t *testing.T) {
	m := loadModel()
	if m == nil {
		t.Fatal("recogniser did not load")
	}
	c := m.tagger.newTagCache()
	if m.tagger.thousandths == nil || c == nil {
		t.Fatal("the tagger's weights are not read in thousandths: the cache is never used")
	}
	m.tagger.releaseTagCache(c)
	var texts []unannotatedText
	for _, d := range loadGold(t, "") {
		texts = append(texts, unannotatedText{d.Name, d.Text})
	}
	texts = append(texts, unannotatedTexts(t)...)
	words, decided := 0, 0
	for _, d := range texts {
		// Each text's cache goes back to the pool, as recognise's do, so
		// that the next text's is one emptied by reset.
		cache := m.tagger.newTagCache()
		for _, block := range strings.Split(d.Text, "\n\n") {
			doc, err := prose.NewDocument(block, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
			if err != nil {
				t.Fatal(err)
			}
			var ws []string
			for _, tok := range doc.Tokens() {
				ws = append(ws, tok.Text)
			}
			got, want := m.tagger.tagWith(ws, cache), m.tagger.tagWith(ws, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("%s: tags %q with the cache, %q without", d.Name, got, want)
			}
			words += len(ws)
			decided += decidedByCache(cache, ws, got)
		}
		m.tagger.releaseTagCache(cache)
	}
	if words < 10000 {
		t.Errorf("only %d words compared", words)
	}
	// The tags would be the same if the cache decided nothing and score
	// did all the work: the cache must decide most words itself.
	if decided < words/2 {
		t.Errorf("the cache decided %d of %d words alone", decided, words)
	}
	t.Logf("%d words of %d texts: the same tags; the cache decided %d alone", words, len(texts), decided)
}

// decidedByCache counts the words of ws whose best tag cache gives alone
// (its sums told the classes apart), each after the tags tags gave the
// two words before it, as tagWith asks it.
func decidedByCache(cache *tagCache, ws, tags []string) int {
	ctx := taggerContext(ws)
	n := 0
	p1, p2 := "-START-", "-START2-"
	for i, w := range ws {
		if _, sure := cache.best(ctx, i+2, w, p1, p2); sure {
			n++
		}
		p2, p1 = p1, tags[i]
	}
	return n
}

// TestThousandthsAreTheWeights checks that the palette read in thousandths
// is the palette: each weight is its integer over 1,000, exactly.
func TestThousandthsAreTheWeights(t *testing.T) {
	table, err := parseWeightTable(taggerWeights)
	if err != nil {
		t.Fatal(err)
	}
	k := thousandthsOf(table)
	if len(k) == 0 || len(k) != (table.values-table.pal)/8 {
		t.Fatalf("%d thousandths for a palette of %d", len(k), (table.values-table.pal)/8)
	}
	for i, n := range k {
		if w := u64(table.data, table.pal+8*i); float64(n)/1000 != math.Float64frombits(w) {
			t.Fatalf("weight %d: %d thousandths, stored %v", i, n, math.Float64frombits(w))
		}
	}
}
