package cli_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"margin/clip"
	"margin/library"
)

// TestSearchLimitCountsUpToACap: a search cut by --limit that matches more
// than 1,000 clippings says "more than 1,000" rather than counting them
// all, and the exact count below it.
func TestSearchLimitCountsUpToACap(t *testing.T) {
	dir := t.TempDir()
	l, err := library.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var items []library.Import
	for i := range 1005 {
		text := fmt.Sprintf("The harbour reopened on day %d.", i)
		if i < 1200 && i%2 == 0 {
			text += " Ferries ran again."
		}
		items = append(items, library.Import{Article: &clip.Article{Title: fmt.Sprintf("Harbour report %d", i), URL: fmt.Sprintf("https://x.example/%d", i),
			Source: clip.SourceURL, Document: clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{{Kind: clip.BlockParagraph, Text: text}}}}})
	}
	if _, err := l.AddMany(context.Background(), items); err != nil {
		t.Fatal(err)
	}
	l.Close()
	r := ok(t, dir, "search", "--limit", "3", "harbour")
	if len(lines(r.stdout)) == 0 || !strings.Contains(r.stderr, "margin search: 3 of more than 1,000 matches shown (--limit)") {
		t.Errorf("harbour: %+v", r)
	}
	r = ok(t, dir, "search", "--limit", "3", "ferries")
	if !strings.Contains(r.stderr, "margin search: 3 of 503 matches shown (--limit)") {
		t.Errorf("ferries: %+v", r)
	}
}
