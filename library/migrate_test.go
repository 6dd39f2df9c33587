package library

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// TestMigrationIndexesCJKAgain opens a library of schema 1, whose index
// holds Chinese and Japanese runs whole, as Margin wrote it before, and
// finds words inside the runs after the migration.
func TestMigrationIndexesCJKAgain(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := sql.Open("sqlite", dsn(filepath.Join(dir, FileName), false))
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{
		fmt.Sprintf("PRAGMA application_id = %d", applicationID),
		migrations[0],
		"PRAGMA user_version = 1",
	}
	rows := []struct{ title, text, note string }{
		{"北京和平峰会开幕", "各国领导人出席了北京和平峰会。", ""},
		{"東京の会議", "東京の会議で新しい計画が発表された。", ""},
		{"Peace talks", "Leaders met in Beijing for the peace summit.", "人民大会堂"},
	}
	for i, r := range rows {
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO clippings (id, title, source, doc_version, document, text, content_hash, added, updated)
			VALUES (%d, '%s', 'url', 1, '{}', '%s', 'hash%d', %d, %d)`, i+1, r.title, r.text, i, i, i),
			fmt.Sprintf(`INSERT INTO highlights (clipping_id, start, end, exact, color, note, created, updated)
			VALUES (%d, 0, 1, 'x', 'yellow', '%s', 0, 0)`, i+1, r.note),
			fmt.Sprintf(`INSERT INTO clippings_fts (rowid, title, byline, site, text, notes) VALUES (%d, '%s', '', '', '%s', '%s')`,
				i+1, r.title, r.text, r.note))
	}
	for _, s := range stmts {
		if _, err := db.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	l, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var version int
	if err := l.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil || version != len(migrations) {
		t.Fatalf("user_version = %d, %v, want %d", version, err, len(migrations))
	}
	for query, want := range map[string]string{
		"和平": "北京和平峰会开幕", "峰会": "北京和平峰会开幕", "東京": "東京の会議", "会議": "東京の会議",
		"計画": "東京の会議", "大会": "Peace talks", "peace": "Peace talks",
	} {
		got, err := l.List(ctx, Filter{Query: query})
		if err != nil || len(got) != 1 || got[0].Title != want {
			t.Errorf("List(%q) = %q, %v, want %q", query, titles(got), err, want)
		}
	}
	// A clipping without CJK keeps its index entry as it was written.
	var text string
	if err := l.db.QueryRowContext(ctx, "SELECT text FROM clippings_fts WHERE rowid = 3").Scan(&text); err != nil || text != rows[2].text {
		t.Errorf("the English clipping's index text = %q, %v", text, err)
	}
}
