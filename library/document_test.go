package library

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"margin/clip"
)

// longDocument is a document whose JSON is well past compressDocumentFrom,
// with spans, a heading and a picture, so that a round trip keeps more
// than text.
func longDocument(words int) clip.Document {
	return documentEnding(words, "At last the zebrafinch sang at the 北京和平峰会.")
}

// documentEnding is longDocument with its last paragraph.
func documentEnding(words int, last string) clip.Document {
	doc := clip.Document{Version: clip.DocumentVersion}
	doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockHeading, Level: 2, Text: "Along the river"})
	for i := 0; i*12 < words; i++ {
		text := fmt.Sprintf("Paragraph %d: the harbour board met the council about the bridge, «quoted» and \"escaped\" — again.", i)
		doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockParagraph, Text: text,
			Spans: []clip.Span{{Kind: clip.SpanEmphasis, Start: 4, End: 9}}})
	}
	doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockImage, Src: "https://example.com/a.jpg", Alt: "a flood"},
		clip.Block{Kind: clip.BlockParagraph, Text: last})
	return doc
}

// documentColumn returns the document column of a row as stored, its
// SQLite type and its bytes, and the row's text.
func documentColumn(t *testing.T, db *sql.DB, table string, id int64) (typ string, value []byte, text string) {
	t.Helper()
	err := db.QueryRow(`SELECT typeof(document), document, text FROM `+table+` WHERE id = ?`, id).Scan(&typ, &value, &text)
	if err != nil {
		t.Fatalf("read the document of %s %d: %v", table, id, err)
	}
	return typ, value, text
}

// storedJSON returns the JSON of a document column's value, decompressed.
func storedJSON(t *testing.T, value []byte) string {
	t.Helper()
	if !isGzip(value) {
		return string(value)
	}
	b, err := decompressDocument(value)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestALongDocumentIsStoredCompressedAndReadBack(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	long := article("A long dispatch", "https://example.com/long")
	long.Document = longDocument(20_000)
	short := article("A short note", "https://example.com/short", "The river rose.", "Towns were flooded.")
	longID, shortID := mustAdd(t, l, long), mustAdd(t, l, short)

	for _, tt := range []struct {
		name string
		id   int64
		want *clip.Article
		typ  string
	}{
		{"a long document is a compressed blob", longID, long, "blob"},
		{"a short document stays JSON text", shortID, short, "text"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			typ, value, _ := documentColumn(t, l.db, "clippings", tt.id)
			if typ != tt.typ {
				t.Errorf("the document column is a %s, want a %s", typ, tt.typ)
			}
			if js, _ := json.Marshal(tt.want.Document); tt.typ == "blob" && len(value) > len(js)/10 {
				t.Errorf("the stored document is %d bytes for %d of JSON with its texts", len(value), len(js))
			}
			if stored := storedJSON(t, value); strings.Contains(stored, tt.want.Document.Blocks[0].Text) {
				t.Errorf("the stored document holds its texts: %.200s", stored)
			}
			c, err := l.Get(ctx, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(c.Document, tt.want.Document) {
				t.Errorf("Get returned another document")
			}
			v, err := l.Version(ctx, tt.id, 0)
			if err != nil || !reflect.DeepEqual(v.Document, tt.want.Document) {
				t.Errorf("Version returned another document, %v", err)
			}
		})
	}

	t.Run("a deleted long clipping comes back whole with undo", func(t *testing.T) {
		if err := l.Delete(ctx, longID); err != nil {
			t.Fatal(err)
		}
		if _, _, err := l.Undo(ctx); err != nil {
			t.Fatal(err)
		}
		c, err := l.Get(ctx, longID)
		if err != nil || !reflect.DeepEqual(c.Document, long.Document) || c.Text() != long.Text() {
			t.Errorf("after undo Get = another document, %v", err)
		}
	})
}

func TestADocumentThatDoesNotMatchItsTextIsAnError(t *testing.T) {
	ctx := context.Background()
	l := openTest(t)
	a := article("A long dispatch", "https://example.com/long")
	a.Document = longDocument(20_000)
	id := mustAdd(t, l, a)
	_, value, text := documentColumn(t, l.db, "clippings", id)
	for _, tt := range []struct {
		name     string
		document any
		text     string
	}{
		{"a cut document", value[:len(value)/2], text},
		{"a text one character shorter", value, text[:len(text)-1]},
		{"a text one character longer", value, text + "."},
		{"a text without its blank lines", value, strings.ReplaceAll(text, "\n\n", "\n!")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := l.db.Exec(`UPDATE clippings SET document = ?, text = ? WHERE id = ?`, tt.document, tt.text, id); err != nil {
				t.Fatal(err)
			}
			if _, err := l.Get(ctx, id); err == nil || !strings.Contains(err.Error(), "decode document") {
				t.Errorf("Get: %v, want an error decoding the document", err)
			}
		})
	}
}

// TestMigrationCompressesLongDocuments opens a library of schema 11 with
// long and short documents in clippings, deleted_clippings and
// clipping_versions, stored as JSON text as Margin did then: the long ones
// are compressed, the short ones left as they were, and every one reads
// back the same.
func TestMigrationCompressesLongDocuments(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := sql.Open("sqlite", dsn(filepath.Join(dir, FileName), false))
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{fmt.Sprintf("PRAGMA application_id = %d", applicationID)}
	stmts = append(stmts, migrations[:11]...)
	stmts = append(stmts, "PRAGMA user_version = 11")
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	long, short := longDocument(40_000), documentEnding(10, "A short one.")
	if len(long.Text()) <= indexWhole {
		t.Fatalf("the long text is %d bytes, not past indexWhole", len(long.Text()))
	}
	docs := map[int64]clip.Document{1: long, 2: short, 3: long}
	for id, doc := range docs {
		js, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		table := "clippings"
		if id == 3 {
			table = "deleted_clippings"
		}
		text := doc.Text()
		if id == 3 {
			// A row whose text is not its document's keeps its texts.
			text = "Another text."
		}
		if _, err := db.Exec(`INSERT INTO `+table+` (id, title, byline, site, published_tz, lang, excerpt, lead_image,
			url, canonical_url, source, source_ref, doc_version, document, text, content_hash, note, added, updated)
			VALUES (?, 'Title', '', '', '', '', '', '', '', '', 'url', '', 1, ?, ?, ?, '', 1000, 1000)`,
			id, string(js), text, fmt.Sprint("hash", id)); err != nil {
			t.Fatal(err)
		}
		if table == "clippings" {
			if _, err := db.Exec(`INSERT INTO clippings_fts (rowid, title, byline, site, text, notes) VALUES (?, 'Title', '', '', ?, '')`,
				id, doc.Text()); err != nil {
				t.Fatal(err)
			}
		}
	}
	js, _ := json.Marshal(long)
	if _, err := db.Exec(`UPDATE clippings SET version = 2 WHERE id = 1;
		INSERT INTO clipping_versions (id, clipping_id, version, seen, doc_version, document, text, content_hash)
		VALUES (7, 1, 1, 500, 1, ?, ?, 'old');
		INSERT INTO versions_fts (rowid, title, byline, site, text, notes) VALUES (7, 'Title', '', '', ?, '')`,
		string(js), long.Text(), long.Text()); err != nil {
		t.Fatal(err)
	}
	db.Close()

	l := openMigrated(t, dir)
	for _, tt := range []struct {
		table     string
		id        int64
		doc       clip.Document
		typ       string
		withTexts bool
	}{
		{"clippings", 1, long, "blob", false},
		{"clippings", 2, short, "text", true},
		{"deleted_clippings", 3, long, "blob", true},
		{"clipping_versions", 7, long, "blob", false},
	} {
		typ, value, text := documentColumn(t, l.db, tt.table, tt.id)
		if typ != tt.typ {
			t.Errorf("%s %d: the document is a %s, want a %s", tt.table, tt.id, typ, tt.typ)
		}
		if got := strings.Contains(storedJSON(t, value), "the harbour board met the council"); got != tt.withTexts {
			t.Errorf("%s %d: the stored document holds its texts: %v, want %v", tt.table, tt.id, got, tt.withTexts)
		}
		var got clip.Document
		if err := decodeDocument(value, text, &got); err != nil || !reflect.DeepEqual(got, tt.doc) {
			t.Errorf("%s %d: the stored document decodes to another, %v", tt.table, tt.id, err)
		}
	}
	for id, doc := range map[int64]clip.Document{1: long, 2: short} {
		c, err := l.Get(ctx, id)
		if err != nil || !reflect.DeepEqual(c.Document, doc) {
			t.Errorf("Get(%d) after the migration: another document, %v", id, err)
		}
	}
	if v, err := l.Version(ctx, 1, 1); err != nil || !reflect.DeepEqual(v.Document, long) {
		t.Errorf("Version(1, 1) after the migration: another document, %v", err)
	}

	// The old version's search entry is made as a clipping's is: shorter
	// than its text, with its last words and its CJK words found.
	var indexed int
	if err := l.db.QueryRow(`SELECT length(text) FROM versions_fts WHERE rowid = 7`).Scan(&indexed); err != nil || indexed >= len([]rune(long.Text())) {
		t.Errorf("the old version's entry holds %d characters of %d, %v", indexed, len([]rune(long.Text())), err)
	}
	if _, err := l.db.Exec(`UPDATE clippings_fts SET text = 'another text' WHERE rowid = 1`); err != nil {
		t.Fatal(err)
	}
	for _, query := range []string{"zebrafinch", "和平", "峰会"} {
		got, err := l.List(ctx, Filter{Query: query, AllVersions: true})
		if err != nil || len(got) != 1 || got[0].ID != 1 {
			t.Errorf("search %q after the migration = %v, %v, want the clipping by its old version", query, titles(got), err)
		}
	}
}
