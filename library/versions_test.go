package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"margin/annotate"
	"margin/clip"
)

func TestAddVersionKeepsTheOldOneAndFlagsChangedHighlights(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	first := article("Mayor opens bridge", "https://news.example/bridge",
		"The mayor opened the new bridge on Monday.",
		"She said the bridge cost 40 million euros.",
		"Traffic is expected to ease within a year.")
	id := mustAdd(t, l, first)
	text := first.Text()
	hl := func(sub string) annotate.Highlight {
		i := strings.Index(text, sub)
		start := len([]rune(text[:i]))
		h, err := l.AddHighlight(ctx, annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: start, End: start + len([]rune(sub))}})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	kept := hl("opened the new bridge")
	reworded := hl("cost 40 million euros")
	removed := hl("expected to ease within a year")

	second := article("Mayor opens long-awaited bridge", "https://news.example/bridge",
		"The mayor opened the new bridge on Monday.",
		"She said the bridge cost 45 million euros.")
	res, err := l.AddVersion(ctx, id, second)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Added || res.Version != 2 {
		t.Fatalf("AddVersion = %+v, want version 2 added", res)
	}
	if want := "headline changed; 1 paragraph changed, 1 removed"; res.Change != want {
		t.Errorf("change = %q, want %q", res.Change, want)
	}

	t.Run("the old version is kept whole", func(t *testing.T) {
		v1, err := l.Version(ctx, id, 1)
		if err != nil {
			t.Fatal(err)
		}
		if v1.Text != text || v1.Title != "Mayor opens bridge" || v1.Raw == "" || v1.Latest {
			t.Errorf("version 1 = %+v", v1)
		}
		vs, err := l.Versions(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) != 2 || vs[0].Number != 1 || vs[1].Number != 2 || !vs[1].Latest {
			t.Errorf("versions = %+v", vs)
		}
	})
	t.Run("highlights are carried or flagged with their old wording", func(t *testing.T) {
		a, err := l.Load(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if a.Text() != second.Text() {
			t.Fatalf("the clipping does not show the latest text")
		}
		if len(a.Highlights) != 3 {
			t.Fatalf("highlights = %d, want all 3 kept", len(a.Highlights))
		}
		if c := a.ChangesOf("highlight", kept.ID); len(c) != 0 {
			t.Errorf("an unchanged passage is flagged: %+v", c)
		}
		c := a.ChangesOf("highlight", reworded.ID)
		if len(c) != 1 || c[0].Old != "cost 40 million euros" || c[0].New != "cost 45 million euros" || c[0].Vanished {
			t.Errorf("reworded highlight's changes = %+v", c)
		}
		c = a.ChangesOf("highlight", removed.ID)
		if len(c) != 1 || !c[0].Vanished || c[0].Old != "expected to ease within a year" {
			t.Errorf("removed highlight's changes = %+v", c)
		}
		for _, h := range a.Highlights {
			if h.ID == removed.ID && !h.Orphaned {
				t.Errorf("the removed passage's highlight is not an orphan")
			}
		}
	})
	t.Run("the same article again adds nothing", func(t *testing.T) {
		res, err := l.AddVersion(ctx, id, article("Mayor opens long-awaited bridge", "https://news.example/bridge",
			"The mayor opened the new bridge on Monday.",
			"She said the bridge cost 45 million euros."))
		if err != nil {
			t.Fatal(err)
		}
		if res.Added || res.Version != 2 {
			t.Errorf("AddVersion = %+v, want nothing added", res)
		}
	})
	t.Run("the list says it was edited", func(t *testing.T) {
		list, err := l.List(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := list[0].EditLine(), "edited once; last: headline changed; 1 paragraph changed, 1 removed"; got != want {
			t.Errorf("EditLine = %q, want %q", got, want)
		}
	})
	t.Run("search finds old wording only when asked", func(t *testing.T) {
		got, err := l.List(ctx, Filter{Query: "ease"})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 0 {
			t.Errorf("the latest version's search found a removed word")
		}
		got, err = l.List(ctx, Filter{Query: "ease", AllVersions: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].ID != id {
			t.Errorf("a search of all versions found %+v", got)
		}
	})
	t.Run("deleting the clipping deletes its versions", func(t *testing.T) {
		if err := l.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
		var n int
		if err := l.db.QueryRow(`SELECT (SELECT count(*) FROM clipping_versions) + (SELECT count(*) FROM versions_fts)`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%d version rows left", n)
		}
	})
}

func TestMarkCheckedKeepsValidators(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	a := article("A", "https://news.example/a", "One paragraph of text.")
	a.ETag = `"v1"`
	id := mustAdd(t, l, a)
	ts, err := l.CheckTargets(ctx, CheckFilter{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 1 || ts[0].Validators.ETag != `"v1"` || !ts[0].Checked.IsZero() {
		t.Fatalf("targets = %+v", ts)
	}
	if err := l.MarkChecked(ctx, id, clip.Validators{LastModified: "Mon, 02 Jan 2006 15:04:05 GMT"}); err != nil {
		t.Fatal(err)
	}
	ts, _ = l.CheckTargets(ctx, CheckFilter{IDs: []int64{id}})
	if len(ts) != 1 || ts[0].Validators.ETag != `"v1"` || ts[0].Validators.LastModified == "" || ts[0].Checked.IsZero() {
		t.Fatalf("targets after a check = %+v", ts)
	}
	ts, _ = l.CheckTargets(ctx, CheckFilter{All: true, CheckedBefore: ts[0].Checked})
	if len(ts) != 0 {
		t.Errorf("a resumed run checks again a clipping just checked")
	}
	other := mustAdd(t, l, article("B", "https://news.example/b", "Another paragraph of text."))
	if err := l.AddTags(ctx, other, "harbour"); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, l, &clip.Article{Title: "Pasted", Source: clip.SourceText, Document: clip.Document{Version: clip.DocumentVersion,
		Blocks: []clip.Block{{Kind: clip.BlockParagraph, Text: "Text pasted, with no address."}}}})
	if ts, _ := l.CheckTargets(ctx, CheckFilter{Tag: "Harbour"}); len(ts) != 1 || ts[0].ClippingID != other {
		t.Errorf("targets by tag = %+v", ts)
	}
	if ts, _ := l.CheckTargets(ctx, CheckFilter{All: true}); len(ts) != 2 {
		t.Errorf("all targets = %+v, want the two with a web address", ts)
	}
	if _, err := l.CheckTargets(ctx, CheckFilter{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("an empty filter: err = %v", err)
	}
}

func TestALibraryFromBeforeVersionsOpensWithOneVersionEach(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// A library as the Margin before versions wrote it: schema 8, one
	// clipping.
	db, err := sql.Open("sqlite", dsn(filepath.Join(dir, FileName), false))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:8] {
		if _, err := db.Exec(m); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`PRAGMA user_version = 8;
		INSERT INTO clippings (title, url, source, doc_version, document, text, content_hash, added, updated)
		VALUES ('Old', 'https://news.example/old', 'url', 1, '{"version":1,"blocks":[]}', 'Old text.', 'h', 1000, 1000);
		INSERT INTO clippings_fts (rowid, title, byline, site, text, notes) VALUES (1, 'Old', '', '', 'Old text.', '')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	l, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	vs, err := l.Versions(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 1 || vs[0].Number != 1 || !vs[0].Latest || vs[0].Seen.UnixMilli() != 1000 {
		t.Errorf("versions = %+v, want one, seen when added", vs)
	}
	list, err := l.List(ctx, Filter{})
	if err != nil || len(list) != 1 || list[0].EditLine() != "" {
		t.Errorf("list = %+v, %v", list, err)
	}
}

// TestALongOldVersionIsIndexedAsAClippingIs replaces a clipping of a long
// text with a new version: the old one's search entry holds its first
// part and every later word once (indexBody), and its last words and CJK
// words still find the clipping.
func TestALongOldVersionIsIndexedAsAClippingIs(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	var paras []string
	for i := 0; len(strings.Join(paras, "\n\n")) < 1<<20; i++ {
		paras = append(paras, fmt.Sprintf("Paragraph %d tells of the river council, the budget and the railway again.", i%500))
	}
	paras = append(paras, "At last the zebrafinch sang in 北京和平峰会 and the farewell ended it.")
	id := mustAdd(t, l, article("A very long dispatch", "https://long.example/dispatch", paras...))
	if _, err := l.AddVersion(ctx, id, article("A short dispatch", "https://long.example/dispatch", "It was all cut.")); err != nil {
		t.Fatal(err)
	}
	var indexed int
	if err := l.db.QueryRowContext(ctx, `SELECT length(text) FROM versions_fts`).Scan(&indexed); err != nil || indexed > 512<<10 {
		t.Errorf("the old version's entry holds %d characters, %v", indexed, err)
	}
	for _, query := range []string{"zebrafinch", "和平", "farewell ended"} {
		got, err := l.List(ctx, Filter{Query: query, AllVersions: true})
		if err != nil || len(got) != 1 || got[0].ID != id {
			t.Errorf("search %q = %v, %v, want the clipping by its old version", query, titles(got), err)
		}
	}
}
