package library

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestALongClippingIsFoundByEveryWord adds a 3 MB text: its full-text
// entry, written inside the add's transaction, stays a fraction of the
// text (it held all of it, and its indexing took most of the transaction),
// and the clipping is still found by a word, a prefix, a CJK word and an
// excluded word from its last paragraph, and by a phrase from its start.
func TestALongClippingIsFoundByEveryWord(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	var paras []string
	paras = append(paras, "The harbour board met on a grey morning.")
	for i := 0; len(strings.Join(paras, "\n\n")) < 3<<20; i++ {
		paras = append(paras, fmt.Sprintf("Paragraph %d tells of the river council, the budget and the railway again.", i%500))
	}
	paras = append(paras, "At last the zebrafinch sang in 北京和平峰会 and the farewell ended it.")
	id := mustAdd(t, l, article("A very long dispatch", "https://long.example/dispatch", paras...))
	mustAdd(t, l, article("A short note", "https://short.example/note", "The river council met.", "Nothing else happened."))

	var indexed int
	if err := l.db.QueryRowContext(ctx, `SELECT length(text) FROM clippings_fts WHERE rowid = ?`, id).Scan(&indexed); err != nil {
		t.Fatal(err)
	}
	if indexed > 512<<10 {
		t.Errorf("the full-text entry of a 3 MB text holds %d bytes", indexed)
	}
	for _, tt := range []struct {
		query string
		want  bool
	}{
		{"zebrafinch", true},
		{"zebraf", true},
		{"farewell ended", true},
		{"和平", true},
		{`"harbour board met"`, true},
		{"council -zebrafinch", false},
		{"council -farewell", false},
		{"paragraph 499 railway", true},
	} {
		t.Run(tt.query, func(t *testing.T) {
			got, err := l.List(ctx, Filter{Query: tt.query, Typing: strings.HasSuffix(tt.query, "f")})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range got {
				found = found || s.ID == id
			}
			if found != tt.want {
				t.Errorf("search %q finds the long clipping: %v, want %v", tt.query, found, tt.want)
			}
		})
	}
}

// TestIndexBodyKeepsEveryWord checks that the entry of a long text holds
// its first indexWhole bytes as written and every later word once.
func TestIndexBodyKeepsEveryWord(t *testing.T) {
	short := "A short text, kept as it is."
	if got := indexBody(short); got != short {
		t.Errorf("indexBody(%q) = %q", short, got)
	}
	long := strings.Repeat("alpha beta gamma ", indexWhole/17+10) + "delta Alpha EPSILON epsilon"
	got := indexBody(long)
	if !strings.HasPrefix(got, long[:indexWhole-20]) {
		t.Error("the start of the text is not kept as written")
	}
	tail := strings.Fields(got[len(got)-40:])
	if strings.Count(got, "delta") != 1 || strings.Count(got, "EPSILON") != 1 || strings.Contains(got, "epsilon") {
		t.Errorf("later words are not each kept once: %q", tail)
	}
	if len(got) > indexWhole+40 {
		t.Errorf("the entry holds %d bytes for %d", len(got), len(long))
	}
}
