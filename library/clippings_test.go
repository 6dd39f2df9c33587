package library

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"margin/clip"
)

// openTest opens a new library in a temporary directory.
func openTest(t testing.TB) *Library {
	t.Helper()
	l, err := Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// article makes an article with one paragraph per string.
func article(title, url string, paragraphs ...string) *clip.Article {
	a := &clip.Article{
		Title:    title,
		URL:      url,
		Source:   clip.SourceURL,
		SiteName: "Example News",
		Document: clip.Document{Version: clip.DocumentVersion},
		Raw:      "<html><body><h1>" + title + "</h1></body></html>",
	}
	for _, p := range paragraphs {
		a.Document.Blocks = append(a.Document.Blocks, clip.Block{Kind: clip.BlockParagraph, Text: p})
	}
	return a
}

// mustAdd adds an article and returns its id.
func mustAdd(t testing.TB, l *Library, a *clip.Article) int64 {
	t.Helper()
	id, existed, err := l.Add(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if existed {
		t.Fatalf("Add(%q): existed", a.Title)
	}
	return id
}

func TestAddThenGetReturnsTheArticle(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	pub := time.Date(2024, 3, 5, 14, 30, 0, 0, time.FixedZone("", 5*3600+1800))
	a := article("Rivers rise", "https://example.com/rivers", "The river rose.", "Towns were flooded.")
	a.Byline = "Ana Pérez"
	a.Published = pub
	a.CanonicalURL = "https://example.com/c/rivers"
	a.Language = "en"
	a.Document.Blocks = append(a.Document.Blocks, clip.Block{Kind: clip.BlockImage, Src: "https://example.com/a.jpg", Alt: "a flood"})
	a.Document.Blocks[0].Spans = []clip.Span{{Kind: clip.SpanEmphasis, Start: 4, End: 9}}

	id := mustAdd(t, l, a)
	c, err := l.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Published.Equal(pub) {
		t.Errorf("Published = %v, want %v", c.Published, pub)
	}
	if _, off := c.Published.Zone(); off != 5*3600+1800 {
		t.Errorf("Published zone offset = %d, want the one published", off)
	}
	c.Published, a.Published = time.Time{}, time.Time{}
	// The original input, as large as the page, comes apart.
	if raw, err := l.Original(ctx, id); raw != a.Raw || err != nil {
		t.Errorf("Original = %q, %v; want %q", raw, err, a.Raw)
	}
	a.Raw = ""
	if !reflect.DeepEqual(&c.Article, a) {
		t.Errorf("Get returned\n%+v\nwant\n%+v", c.Article, *a)
	}
	if c.ContentHash == "" || c.Added.IsZero() {
		t.Errorf("ContentHash %q, Added %v: want them set", c.ContentHash, c.Added)
	}
	if _, err := l.Get(ctx, id+100); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of a missing id: %v, want ErrNotFound", err)
	}
}

func TestAddingTheSameArticleAgainReturnsTheExistingClipping(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	first := article("One", "https://example.com/one", "First text.")
	first.CanonicalURL = "https://example.com/canonical-one"
	id := mustAdd(t, l, first)

	tests := []struct {
		name string
		a    *clip.Article
	}{
		{"the same final URL with other text", article("One", "https://example.com/one", "Changed text.")},
		{"the same canonical URL as final URL", article("One", "https://example.com/canonical-one", "Other text.")},
		{"a final URL that was the canonical one", func() *clip.Article {
			a := article("One", "https://example.com/other", "More text.")
			a.CanonicalURL = "https://example.com/one"
			return a
		}()},
		{"the same text from elsewhere", article("Copy", "https://mirror.example.org/x", "First text.")},
		{"the same text pasted", func() *clip.Article {
			a := article("", "", "First text.")
			a.Source = clip.SourceText
			return a
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, existed, err := l.Add(ctx, tt.a)
			if err != nil || !existed || got != id {
				t.Errorf("Add = %d, %v, %v; want %d, true, nil", got, existed, err, id)
			}
		})
	}
	if n, _ := l.Count(ctx, Filter{}); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
}

func TestADuplicateIsFoundByTextFirstThenFinalThenCanonicalURL(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	byText := mustAdd(t, l, article("A", "https://example.com/a", "Text of a."))
	byURL := mustAdd(t, l, article("B", "https://example.com/b", "Text of b."))
	c := article("C", "https://example.com/c", "Text of c.")
	c.CanonicalURL = "https://example.com/canonical-c"
	byCanonical := mustAdd(t, l, c)
	// Two pasted texts have no URL; an empty URL is no match.
	for _, text := range []string{"Pasted one.", "Pasted two."} {
		a := article("", "", text)
		a.Source = clip.SourceText
		mustAdd(t, l, a)
	}

	tests := []struct {
		name string
		a    *clip.Article
		want int64
	}{
		{"the text of one and the URL of another", article("X", "https://example.com/b", "Text of a."), byText},
		{"the final URL of one and the canonical URL of another", func() *clip.Article {
			a := article("X", "https://example.com/b", "New text.")
			a.CanonicalURL = "https://example.com/canonical-c"
			return a
		}(), byURL},
		{"a canonical URL that is another's canonical URL", func() *clip.Article {
			a := article("X", "https://example.com/elsewhere", "Newer text.")
			a.CanonicalURL = "https://example.com/canonical-c"
			return a
		}(), byCanonical},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, existed, err := l.Add(ctx, tt.a)
			if err != nil || !existed || got != tt.want {
				t.Errorf("Add = %d, %v, %v; want %d, true, nil", got, existed, err, tt.want)
			}
		})
	}
	if n, _ := l.Count(ctx, Filter{}); n != 5 {
		t.Errorf("Count = %d, want 5", n)
	}
}

func TestAFailedAddLeavesTheLibraryAsItWas(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	mustAdd(t, l, article("Kept", "https://example.com/kept", "Kept text."))
	before := dump(t, l)

	tests := []struct {
		name string
		a    *clip.Article
	}{
		{"no article", nil},
		{"an article without text", article("Empty", "https://example.com/empty")},
		{"an article of white space", article("Blank", "https://example.com/blank", "  \n\t ")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := l.Add(ctx, tt.a); !errors.Is(err, ErrInvalid) {
				t.Errorf("Add: %v, want ErrInvalid", err)
			}
			if after := dump(t, l); !reflect.DeepEqual(before, after) {
				t.Errorf("the library changed:\n%v\n%v", before, after)
			}
		})
	}
	t.Run("a write that fails half-way", func(t *testing.T) {
		// The full-text row is written after the clipping's row; make it
		// fail so that the first must be rolled back.
		if _, err := l.db.Exec(`CREATE TRIGGER fail_fts BEFORE INSERT ON clippings
			WHEN NEW.title = 'Doomed' BEGIN SELECT RAISE(ABORT, 'no'); END`); err != nil {
			t.Fatal(err)
		}
		defer l.db.Exec(`DROP TRIGGER fail_fts`)
		if _, _, err := l.Add(ctx, article("Doomed", "https://example.com/doomed", "Doomed text.")); err == nil {
			t.Fatal("Add succeeded")
		}
		if after := dump(t, l); !reflect.DeepEqual(before, after) {
			t.Errorf("the library changed:\n%v\n%v", before, after)
		}
	})
}

// dump returns every row of every table of the library, to compare states.
func dump(t testing.TB, l *Library) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range []string{"clippings", "clippings_fts", "tags", "highlights", "entities", "aliases", "mentions", "edits"} {
		rows, err := l.db.Query("SELECT * FROM " + table + " ORDER BY 1")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out[table] = append(out[table], fmtRow(vals))
		}
		rows.Close()
	}
	return out
}

func fmtRow(vals []any) string {
	s := ""
	for _, v := range vals {
		if b, ok := v.([]byte); ok {
			v = string(b)
		}
		s += fmt.Sprintf("|%v", v)
	}
	return s
}

func TestDeleteRemovesTheClippingAndOnlyItsAnnotations(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	a := mustAdd(t, l, article("A", "https://example.com/a", "Alpha text about rivers."))
	b := mustAdd(t, l, article("B", "https://example.com/b", "Beta text about rivers."))
	if err := l.AddTags(ctx, a, "x"); err != nil {
		t.Fatal(err)
	}
	if err := l.AddTags(ctx, b, "x"); err != nil {
		t.Fatal(err)
	}
	if err := l.Delete(ctx, a); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Get(ctx, a); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Delete: %v", err)
	}
	if got, _ := l.List(ctx, Filter{Query: "rivers"}); len(got) != 1 || got[0].ID != b {
		t.Errorf("search after Delete = %+v, want only B", got)
	}
	if tags, _ := l.Tags(ctx); !reflect.DeepEqual(tags, []TagCount{{"x", 1}}) {
		t.Errorf("Tags = %v", tags)
	}
	if err := l.Delete(ctx, a); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Delete: %v, want ErrNotFound", err)
	}
}

func TestNoteAndTags(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	id := mustAdd(t, l, article("A", "https://example.com/a", "Some text."))
	if err := l.SetNote(ctx, id, "remember the floods"); err != nil {
		t.Fatal(err)
	}
	if err := l.AddTags(ctx, id, " climate  news ", "Water", "water", ""); err != nil {
		t.Fatal(err)
	}
	c, err := l.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Note != "remember the floods" || !reflect.DeepEqual(c.Tags, []string{"climate news", "Water"}) {
		t.Errorf("note %q tags %q", c.Note, c.Tags)
	}
	if err := l.RemoveTags(ctx, id, "WATER"); err != nil {
		t.Fatal(err)
	}
	if c, _ := l.Get(ctx, id); !reflect.DeepEqual(c.Tags, []string{"climate news"}) {
		t.Errorf("tags after RemoveTags = %q", c.Tags)
	}
	if got, _ := l.List(ctx, Filter{Query: "floods"}); len(got) != 1 {
		t.Errorf("the note is not searchable: %v", got)
	}
	if err := l.SetNote(ctx, id+1, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetNote on a missing clipping: %v", err)
	}
	if err := l.AddTags(ctx, id+1, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("AddTags on a missing clipping: %v", err)
	}
}

func TestAddMany(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	first := mustAdd(t, l, article("Already here", "https://x.example/here", "A clipping added before the import."))
	items := []Import{
		{Article: article("Harbour report", "https://x.example/harbour", "The harbour reopened."), Tags: []string{"port", " Port ", "longread"}, Note: "read for the brief"},
		{Article: article("Already here", "https://x.example/here", "A clipping added before the import.")},
		{Article: article("Bridge report", "https://x.example/bridge", "The bridge closed.")},
		{Article: article("Bridge report again", "https://x.example/bridge", "The bridge closed, again.")},
	}
	ids, err := l.AddMany(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	if ids[1] != first || ids[3] != ids[2] || ids[0] == ids[2] || ids[0] == first {
		t.Errorf("ids = %v (the existing clipping is %d)", ids, first)
	}
	if n, _ := l.Count(ctx, Filter{}); n != 3 {
		t.Errorf("%d clippings, want 3", n)
	}
	if got, _ := l.List(ctx, Filter{Tag: "PORT"}); len(got) != 1 || got[0].ID != ids[0] {
		t.Errorf("tagged port: %v", got)
	}
	if tags, _ := l.Tags(ctx); len(tags) != 2 {
		t.Errorf("tags = %v, want port and longread once each", tags)
	}
	if got, _ := l.List(ctx, Filter{Query: "brief"}); len(got) != 1 || got[0].ID != ids[0] || !strings.Contains(got[0].Snippet, "«brief»") {
		t.Errorf("the import's note is not searchable: %+v", got)
	}

	t.Run("an invalid article files none", func(t *testing.T) {
		bad := []Import{
			{Article: article("Fine", "https://x.example/fine", "Fine text.")},
			{Article: &clip.Article{Title: "Empty"}},
		}
		if _, err := l.AddMany(ctx, bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("err = %v, want ErrInvalid", err)
		}
		if n, _ := l.Count(ctx, Filter{}); n != 3 {
			t.Errorf("%d clippings after a failed import, want 3", n)
		}
	})
	t.Run("a cancelled import files none", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := l.AddMany(cctx, []Import{{Article: article("Late", "https://x.example/late", "Late text.")}}); err == nil {
			t.Error("a cancelled import succeeded")
		}
		if n, _ := l.Count(ctx, Filter{}); n != 3 {
			t.Errorf("%d clippings after a cancelled import, want 3", n)
		}
	})
}

// TestAddsRunTheirPreparedStatementsOnAnyConnection adds clippings after
// the pool's connections, on which the add's statements were prepared,
// are closed, and with a pool of one connection, which the preparing must
// not wait for.
func TestAddsRunTheirPreparedStatementsOnAnyConnection(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	mustAdd(t, l, article("First", "https://example.com/1", "First text."))
	l.ReleaseMemory()
	mustAdd(t, l, article("Second", "https://example.com/2", "Second text."))
	l.db.SetMaxOpenConns(1)
	mustAdd(t, l, article("Third", "https://example.com/3", "Third text."))
	ids, err := l.AddMany(ctx, []Import{{Article: article("Fourth", "https://example.com/4", "Fourth text.")},
		{Article: article("First again", "https://example.com/1", "Other text.")}})
	if err != nil || len(ids) != 2 || ids[1] != 1 {
		t.Fatalf("AddMany = %v, %v, want a new id and 1", ids, err)
	}
	if got, err := l.List(ctx, Filter{Query: "text"}); err != nil || len(got) != 4 {
		t.Errorf("List(text) = %q, %v, want 4 clippings", titles(got), err)
	}

	// The statements prepared the first time with one connection.
	one := openTest(t)
	one.db.SetMaxOpenConns(1)
	done := make(chan error, 1)
	go func() {
		_, _, err := one.Add(ctx, article("Only", "https://example.com/only", "Only text."))
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the first Add with a pool of one connection did not return")
	}
}
