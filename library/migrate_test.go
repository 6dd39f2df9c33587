package library

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// oldClipping is a clipping written into a library of an older schema.
type oldClipping struct{ title, text, note string }

// oldLibrary writes a library of the given schema version holding the
// clippings, each with a highlight with its note, indexed as Margin did at
// that version (the text as it is), and returns its directory.
func oldLibrary(t *testing.T, version int, clippings []oldClipping) string {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	db, err := sql.Open("sqlite", dsn(filepath.Join(dir, FileName), false))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stmts := []string{fmt.Sprintf("PRAGMA application_id = %d", applicationID)}
	stmts = append(stmts, migrations[:version]...)
	stmts = append(stmts, fmt.Sprintf("PRAGMA user_version = %d", version))
	for i, r := range clippings {
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
	return dir
}

// openMigrated opens the library in dir and checks it is at the newest
// schema.
func openMigrated(t *testing.T, dir string) *Library {
	t.Helper()
	ctx := context.Background()
	l, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	var version int
	if err := l.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil || version != len(migrations) {
		t.Fatalf("user_version = %d, %v, want %d", version, err, len(migrations))
	}
	return l
}

// TestMigrationIndexesCJKAgain opens a library of schema 1, whose index
// holds Chinese and Japanese runs whole, as Margin wrote it before, and
// finds words inside the runs after the migration.
func TestMigrationIndexesCJKAgain(t *testing.T) {
	ctx := context.Background()
	rows := []oldClipping{
		{"北京和平峰会开幕", "各国领导人出席了北京和平峰会。", ""},
		{"東京の会議", "東京の会議で新しい計画が発表された。", ""},
		{"Peace talks", "Leaders met in Beijing for the peace summit.", "人民大会堂"},
	}
	l := openMigrated(t, oldLibrary(t, 5, rows))
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

// TestMigrationAddsPrefixLists opens a library of schema 2 and checks that
// the full-text index built again has the lists of short prefixes, its
// ranking, and every clipping's words and notes.
func TestMigrationAddsPrefixLists(t *testing.T) {
	ctx := context.Background()
	rows := []oldClipping{
		{"Floods in the valley", "The river burst its banks after a week of rain.", "ask the mayor"},
		{"A quiet election", "Voters stayed home; the floods kept them away.", ""},
		{"Rain again", "Forecasters expect more rain.", ""},
	}
	l := openMigrated(t, oldLibrary(t, 6, rows))
	var schema string
	if err := l.db.QueryRowContext(ctx, "SELECT sql FROM sqlite_schema WHERE name = 'clippings_fts'").Scan(&schema); err != nil || !strings.Contains(schema, "prefix") {
		t.Errorf("the full-text table is %q, %v", schema, err)
	}
	for _, tt := range []struct {
		query string
		want  []string
		order bool // whether the order is the rank's
	}{
		{"f*", []string{"Floods in the valley", "A quiet election", "Rain again"}, false}, // Forecasters in "Rain again"
		{"fl*", []string{"Floods in the valley", "A quiet election"}, false},              // newest first, unranked
		{"flo*", []string{"Floods in the valley", "A quiet election"}, true},
		{"floods", []string{"Floods in the valley", "A quiet election"}, true}, // the title's match first
		{"mayor", []string{"Floods in the valley"}, true},
		{"election", []string{"A quiet election"}, true},
	} {
		got, err := l.List(ctx, Filter{Query: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		if g := titles(got); tt.order && strings.Join(g, "|") != strings.Join(tt.want, "|") || !sameSet(g, tt.want) {
			t.Errorf("List(%q) = %q, want %q", tt.query, g, tt.want)
		}
	}
}

// TestMigrationIndexesTheEntitysClippings opens a library of schema 11 with
// an entity confirmed in two of three clippings and suggested in the third,
// and checks that the clippings mentioning it are counted and listed from
// the index alone, as before.
func TestMigrationIndexesTheEntitysClippings(t *testing.T) {
	ctx := context.Background()
	dir := oldLibrary(t, 11, []oldClipping{
		{"Floods in the valley", "Rain in Lyon again.", ""},
		{"A quiet election", "Lyon votes.", ""},
		{"Rain again", "Lyon stays dry.", ""},
	})
	db, err := sql.Open("sqlite", dsn(filepath.Join(dir, FileName), false))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		`INSERT INTO entities (id, name, key, type) VALUES (1, 'Lyon', 'lyon', 'place')`,
		`INSERT INTO mentions (clipping_id, entity_id, start, end, exact, status, created) VALUES (1, 1, 8, 12, 'Lyon', 'confirmed', 0)`,
		`INSERT INTO mentions (clipping_id, entity_id, start, end, exact, status, created) VALUES (2, 1, 0, 4, 'Lyon', 'confirmed', 0)`,
		`INSERT INTO mentions (clipping_id, entity_id, start, end, exact, status, created) VALUES (3, 1, 0, 4, 'Lyon', 'suggested', 0)`,
	} {
		if _, err := db.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	db.Close()
	l := openMigrated(t, dir)
	var cols []string
	rows, err := l.db.QueryContext(ctx, `SELECT name FROM pragma_index_info('mentions_entity') ORDER BY seqno`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			t.Fatal(err)
		}
		cols = append(cols, c)
	}
	rows.Close()
	if strings.Join(cols, ",") != "entity_id,status,clipping_id" {
		t.Errorf("mentions_entity indexes %v", cols)
	}
	rows, err = l.db.QueryContext(ctx, `EXPLAIN QUERY PLAN
		SELECT count(DISTINCT clipping_id) FROM mentions WHERE entity_id = 1 AND status = 'confirmed' AND clipping_id <> 0`)
	if err != nil {
		t.Fatal(err)
	}
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	rows.Close()
	if !strings.Contains(strings.Join(plan, "; "), "COVERING INDEX mentions_entity") {
		t.Errorf("counting an entity's clippings: %q", plan)
	}
	got, total, err := l.ClippingsMentioning(ctx, 1, 0, 8)
	if err != nil || total != 2 || len(got) != 2 || got[0].Title != "A quiet election" || got[1].Title != "Floods in the valley" {
		t.Errorf("ClippingsMentioning(Lyon) = %q, %d, %v", titles(got), total, err)
	}
}

// TestMigrationMergesTheIndex64SegmentsAtATime opens a library of schema
// 13 with clippings in it, checks the full-text index's merge settings,
// that the clippings are still found, and that twenty clippings added one
// at a time stay twenty segments (at 16 to a level FTS5 merged the first
// sixteen) until Optimize merges them.
func TestMigrationMergesTheIndex64SegmentsAtATime(t *testing.T) {
	ctx := context.Background()
	rows := []oldClipping{
		{"Floods in the valley", "The river burst its banks after a week of rain.", "ask the mayor"},
		{"A quiet election", "Voters stayed home; the floods kept them away.", ""},
	}
	l := openMigrated(t, oldLibrary(t, 13, rows))
	settings := map[string]int{}
	r, err := l.db.QueryContext(ctx, "SELECT k, v FROM clippings_fts_config WHERE k IN ('automerge', 'crisismerge')")
	if err != nil {
		t.Fatal(err)
	}
	for r.Next() {
		var k string
		var v int
		if err := r.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		settings[k] = v
	}
	r.Close()
	if settings["automerge"] != 64 || settings["crisismerge"] != 64 {
		t.Errorf("the index's settings = %v, want automerge and crisismerge 64", settings)
	}
	for query, want := range map[string][]string{
		"floods": {"Floods in the valley", "A quiet election"}, "fl*": {"Floods in the valley", "A quiet election"},
		"mayor": {"Floods in the valley"}, "voters": {"A quiet election"},
	} {
		got, err := l.List(ctx, Filter{Query: query})
		if err != nil || !sameSet(titles(got), want) {
			t.Errorf("List(%q) = %q, %v, want %q", query, titles(got), err, want)
		}
	}

	segments := func() int {
		var n int
		if err := l.db.QueryRowContext(ctx, "SELECT count(DISTINCT segid) FROM clippings_fts_idx").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := segments()
	for i := range 20 {
		mustAdd(t, l, article(fmt.Sprintf("Report %d", i), fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("Rainfall report number %d.", i)))
	}
	if n := segments(); n < before+20 {
		t.Errorf("%d segments after 20 adds to %d, want every add's own", n, before)
	}
	if got, err := l.List(ctx, Filter{Query: "rainfall"}); err != nil || len(got) != 20 {
		t.Errorf("List(rainfall) = %d clippings, %v, want 20", len(got), err)
	}
	if err := l.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	if n := segments(); n != 1 {
		t.Errorf("%d segments after Optimize, want 1", n)
	}
}
