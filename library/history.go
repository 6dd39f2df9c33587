package library

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// The undo history is general: an edit records, for every row it touched,
// the row as it was before and as it is after (or that there was none), and
// undoing or redoing an edit puts those rows back. Each operation only says
// which rows it is about to touch; nothing in the history knows what a
// highlight or a merge is.

// historyLimit is how many edits the history keeps.
const historyLimit = 500

// historyTable describes a table whose rows edits record.
type historyTable struct {
	key  []string // primary key columns
	cols []string // recorded columns, key first
	// updateOnly tables have rows that edits change but never add or
	// remove (a clipping's note).
	updateOnly bool
}

var historyTables = map[string]historyTable{
	"clippings":  {key: []string{"id"}, cols: []string{"id", "note"}, updateOnly: true},
	"highlights": {key: []string{"id"}, cols: []string{"id", "clipping_id", "start", "end", "exact", "prefix", "suffix", "color", "note", "orphaned", "created", "updated"}},
	"entities":   {key: []string{"id"}, cols: []string{"id", "name", "key", "type"}},
	"aliases":    {key: []string{"entity_id", "key"}, cols: []string{"entity_id", "key", "alias"}},
	"mentions":   {key: []string{"id"}, cols: []string{"id", "clipping_id", "entity_id", "start", "end", "exact", "prefix", "suffix", "status", "orphaned", "created"}},
	"tags":       {key: []string{"clipping_id", "tag"}, cols: []string{"clipping_id", "tag"}},
	// A row of deleted_clippings is a clipping deleted by an edit that can
	// be undone; only its id is recorded, and putting a clipping into that
	// state or out of it moves the whole clipping (see trashClipping).
	"deleted_clippings": {key: []string{"id"}, cols: []string{"id"}},
}

// clippingColumns are the columns a deleted clipping keeps, in
// deleted_clippings as in clippings.
const clippingColumns = `id, title, byline, site, published, published_tz, lang, excerpt, lead_image, url,
	canonical_url, source, source_ref, doc_version, document, text, raw, content_hash, note, added, updated,
	uncertain`

// trashClipping moves a clipping to deleted_clippings; its annotations go
// with the row (the edit that deletes it records them).
func trashClipping(ctx context.Context, tx *sql.Tx, id any) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO deleted_clippings (`+clippingColumns+`)
		SELECT `+clippingColumns+` FROM clippings WHERE id = ?`, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM clippings_fts WHERE rowid = ?`, id); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM clippings WHERE id = ?`, id)
	return err
}

// restoreClipping moves a deleted clipping back, with its search entry. A
// clipping of the same text or id added since stands in the way: then
// nothing is restored and the error says so.
func restoreClipping(ctx context.Context, tx *sql.Tx, id any) error {
	var clash int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM clippings c JOIN deleted_clippings d
		ON c.id = d.id OR c.content_hash = d.content_hash WHERE d.id = ?`, id).Scan(&clash); err != nil {
		return err
	}
	if clash > 0 {
		return errors.New("the deleted clipping was added again since, so it stays deleted")
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO clippings (`+clippingColumns+`)
		SELECT `+clippingColumns+` FROM deleted_clippings WHERE id = ?`, id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO clippings_fts (rowid, title, byline, site, text, notes)
		SELECT id, `+indexTextFunc+`(title), `+indexTextFunc+`(byline), `+indexTextFunc+`(site), `+indexBodyFunc+`(text), ''
		FROM clippings WHERE id = ?`, id); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM deleted_clippings WHERE id = ?`, id)
	return err
}

// rowState is one row of a table as an edit leaves it: Row holds the values
// of the table's recorded columns, or is nil when the row does not exist.
type rowState struct {
	Table string `json:"t"`
	Key   []any  `json:"k"`
	Row   []any  `json:"r"`
}

// editor records the rows an annotation edit touches, inside the edit's
// transaction.
type editor struct {
	ctx   context.Context
	tx    *sql.Tx
	label string
	keys  []rowState // Row is the state before the edit
	seen  map[string]bool
}

func quoteIdent(s string) string { return `"` + s + `"` }

func columnList(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = quoteIdent(c)
	}
	return strings.Join(q, ", ")
}

func keyWhere(key []string) string {
	w := make([]string, len(key))
	for i, c := range key {
		w[i] = quoteIdent(c) + " = ?"
	}
	return strings.Join(w, " AND ")
}

// track records the current state of the rows of table matching where,
// before the edit changes them.
func (e *editor) track(table, where string, args ...any) error {
	t := historyTables[table]
	rows, err := e.tx.QueryContext(e.ctx, "SELECT "+columnList(t.cols)+" FROM "+table+" WHERE "+where, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		vals := make([]any, len(t.cols))
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		e.add(rowState{Table: table, Key: slices.Clone(vals[:len(t.key)]), Row: vals})
	}
	return rows.Err()
}

// trackNew records that the row of table with the given key did not exist
// before the edit (it has just been inserted).
func (e *editor) trackNew(table string, key ...any) {
	e.add(rowState{Table: table, Key: key})
}

func (e *editor) add(s rowState) {
	k := s.Table + fmt.Sprint(s.Key...)
	if e.seen == nil {
		e.seen = map[string]bool{}
	}
	if e.seen[k] {
		return
	}
	e.seen[k] = true
	e.keys = append(e.keys, s)
}

// readRow returns the current state of one row.
func readRow(ctx context.Context, q querier, table string, key []any) ([]any, error) {
	t := historyTables[table]
	vals := make([]any, len(t.cols))
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	err := q.QueryRowContext(ctx, "SELECT "+columnList(t.cols)+" FROM "+table+" WHERE "+keyWhere(t.key), key...).Scan(ptrs...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return vals, err
}

// commit stores the edit in the history (clearing what could be redone) and
// refreshes the full-text notes of the clippings it touched. An edit that
// changed nothing leaves no trace.
func (e *editor) commit(clippingID int64) error {
	var undo, redo []rowState
	for _, s := range e.keys {
		after, err := readRow(e.ctx, e.tx, s.Table, s.Key)
		if err != nil {
			return err
		}
		if reflect.DeepEqual(normalizeRow(s.Row), normalizeRow(after)) {
			continue
		}
		undo = append(undo, s)
		redo = append(redo, rowState{Table: s.Table, Key: s.Key, Row: after})
	}
	if len(undo) == 0 {
		return nil
	}
	if err := refreshTouched(e.ctx, e.tx, undo, redo); err != nil {
		return err
	}
	u, err := json.Marshal(undo)
	if err != nil {
		return err
	}
	r, err := json.Marshal(redo)
	if err != nil {
		return err
	}
	if _, err := e.tx.ExecContext(e.ctx, `DELETE FROM edits WHERE undone = 1`); err != nil {
		return err
	}
	var cid any
	if clippingID != 0 {
		cid = clippingID
	}
	res, err := e.tx.ExecContext(e.ctx, `INSERT INTO edits (clipping_id, label, undo, redo, created) VALUES (?, ?, ?, ?, ?)`,
		cid, e.label, string(u), string(r), now())
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if _, err = e.tx.ExecContext(e.ctx, `DELETE FROM edits WHERE id <= ?`, id-historyLimit); err != nil {
		return err
	}
	// A deleted clipping whose deletion can no longer be undone (it fell
	// off the history, or a new edit cleared the redo) is gone for good.
	_, err = e.tx.ExecContext(e.ctx, `DELETE FROM deleted_clippings
		WHERE id NOT IN (SELECT clipping_id FROM edits WHERE clipping_id IS NOT NULL)`)
	return err
}

// normalizeRow makes a row read from the database comparable with one
// decoded from JSON.
func normalizeRow(r []any) []any {
	if r == nil {
		return nil
	}
	out := make([]any, len(r))
	for i, v := range r {
		switch v := v.(type) {
		case []byte:
			out[i] = string(v)
		case int:
			out[i] = int64(v)
		default:
			out[i] = v
		}
	}
	return out
}

// refreshTouched rewrites the full-text notes of every clipping whose note
// or highlights the row states touch.
func refreshTouched(ctx context.Context, q querier, lists ...[]rowState) error {
	ids := map[int64]bool{}
	for _, list := range lists {
		for _, s := range list {
			var v any
			switch {
			case (s.Table == "clippings" || s.Table == "deleted_clippings") && len(s.Key) > 0:
				v = s.Key[0]
			case s.Table == "highlights" && s.Row != nil:
				v = s.Row[1]
			}
			if id, ok := v.(int64); ok {
				ids[id] = true
			}
		}
	}
	for id := range ids {
		var live int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM clippings WHERE id = ?`, id).Scan(&live); err != nil {
			return err
		}
		if live == 0 {
			continue
		}
		if err := refreshNotes(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

// edit runs fn as one annotation edit: in one transaction, recording the
// rows fn tracks so the edit can be undone. label names the edit for the
// person ("Highlight"), and fn may change it through e.label.
func (l *Library) edit(ctx context.Context, op, label string, clippingID int64, fn func(e *editor) error) error {
	return l.write(ctx, op, func(tx *sql.Tx) error {
		e := &editor{ctx: ctx, tx: tx, label: label}
		if err := fn(e); err != nil {
			return err
		}
		return e.commit(clippingID)
	})
}

// Undo undoes the latest annotation edit not yet undone and returns its
// label (such as "Highlight", for a menu item "Undo Highlight"). ok is false
// when there is nothing to undo.
func (l *Library) Undo(ctx context.Context) (label string, ok bool, err error) {
	return l.travel(ctx, true)
}

// Redo redoes the edit undone last and returns its label. ok is false when
// there is nothing to redo; a new edit after an undo clears what could be
// redone.
func (l *Library) Redo(ctx context.Context) (label string, ok bool, err error) {
	return l.travel(ctx, false)
}

// CanUndo returns the label of the edit Undo would undo, or ok false.
func (l *Library) CanUndo(ctx context.Context) (label string, ok bool, err error) {
	return l.peek(ctx, `SELECT label FROM edits WHERE undone = 0 ORDER BY id DESC LIMIT 1`)
}

// CanRedo returns the label of the edit Redo would redo, or ok false.
func (l *Library) CanRedo(ctx context.Context) (label string, ok bool, err error) {
	return l.peek(ctx, `SELECT label FROM edits WHERE undone = 1 ORDER BY id LIMIT 1`)
}

func (l *Library) peek(ctx context.Context, query string) (string, bool, error) {
	var label string
	err := l.db.QueryRowContext(ctx, query).Scan(&label)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("history: %w", classify(err))
	}
	return label, true, nil
}

func (l *Library) travel(ctx context.Context, undo bool) (label string, ok bool, err error) {
	op, query, mark := "undo", `SELECT id, label, undo, redo FROM edits WHERE undone = 0 ORDER BY id DESC LIMIT 1`, 1
	if !undo {
		op, query, mark = "redo", `SELECT id, label, redo, undo FROM edits WHERE undone = 1 ORDER BY id LIMIT 1`, 0
	}
	err = l.write(ctx, op, func(tx *sql.Tx) error {
		var (
			id            int64
			target, other string
		)
		err := tx.QueryRowContext(ctx, query).Scan(&id, &label, &target, &other)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		to, err := decodeStates(target)
		if err != nil {
			return err
		}
		from, err := decodeStates(other)
		if err != nil {
			return err
		}
		if err := applyStates(ctx, tx, to); err != nil {
			return err
		}
		if err := refreshTouched(ctx, tx, to, from); err != nil {
			return err
		}
		ok = true
		_, err = tx.ExecContext(ctx, `UPDATE edits SET undone = ? WHERE id = ?`, mark, id)
		return err
	})
	if err != nil {
		return "", false, err
	}
	return label, ok, nil
}

// decodeStates reads row states back from JSON, with integers as int64.
func decodeStates(s string) ([]rowState, error) {
	d := json.NewDecoder(bytes.NewReader([]byte(s)))
	d.UseNumber()
	var list []rowState
	if err := d.Decode(&list); err != nil {
		return nil, fmt.Errorf("decode history: %w", err)
	}
	fix := func(vals []any) {
		for i, v := range vals {
			n, ok := v.(json.Number)
			if !ok {
				continue
			}
			if x, err := n.Int64(); err == nil {
				vals[i] = x
			} else if f, err := n.Float64(); err == nil {
				vals[i] = f
			}
		}
	}
	for _, s := range list {
		if _, ok := historyTables[s.Table]; !ok {
			return nil, fmt.Errorf("decode history: unknown table %q", s.Table)
		}
		fix(s.Key)
		fix(s.Row)
	}
	return list, nil
}

// applyStates puts each row into the given state: rows that should not
// exist are deleted first, then the others are written back. Foreign keys
// are checked at commit, so the order of rows does not matter, and rows of
// a clipping deleted since are skipped.
func applyStates(ctx context.Context, tx *sql.Tx, list []rowState) (err error) {
	if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys = ON`); err != nil {
		return err
	}
	// A clipping comes back before its annotations are written back, and
	// goes after they are put as they were.
	for _, s := range list {
		if s.Table == "deleted_clippings" && s.Row == nil {
			if err := restoreClipping(ctx, tx, s.Key[0]); err != nil {
				return err
			}
		}
	}
	defer func() {
		if err != nil {
			return
		}
		for _, s := range list {
			if s.Table == "deleted_clippings" && s.Row != nil {
				if err = trashClipping(ctx, tx, s.Key[0]); err != nil {
					return
				}
			}
		}
	}()
	for _, s := range list {
		t := historyTables[s.Table]
		if s.Row != nil || t.updateOnly || s.Table == "deleted_clippings" {
			continue
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+s.Table+" WHERE "+keyWhere(t.key), s.Key...); err != nil {
			return err
		}
	}
	for _, s := range list {
		t := historyTables[s.Table]
		if s.Row == nil || s.Table == "deleted_clippings" {
			continue
		}
		if len(s.Row) != len(t.cols) {
			return fmt.Errorf("decode history: %d values for %s", len(s.Row), s.Table)
		}
		if i := slices.Index(t.cols, "clipping_id"); i >= 0 {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM clippings WHERE id = ?`, s.Row[i]).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				continue
			}
		}
		var err error
		if t.updateOnly {
			set := make([]string, 0, len(t.cols))
			for _, c := range t.cols[len(t.key):] {
				set = append(set, quoteIdent(c)+" = ?")
			}
			args := append(slices.Clone(s.Row[len(t.key):]), s.Row[:len(t.key)]...)
			_, err = tx.ExecContext(ctx, "UPDATE "+s.Table+" SET "+strings.Join(set, ", ")+" WHERE "+keyWhere(t.key), args...)
		} else {
			q := "INSERT INTO " + s.Table + " (" + columnList(t.cols) + ") VALUES (?" + strings.Repeat(", ?", len(t.cols)-1) + ") ON CONFLICT (" + columnList(t.key) + ") DO "
			if len(t.cols) == len(t.key) {
				q += "NOTHING"
			} else {
				set := make([]string, 0, len(t.cols))
				for _, c := range t.cols[len(t.key):] {
					set = append(set, quoteIdent(c)+" = excluded."+quoteIdent(c))
				}
				q += "UPDATE SET " + strings.Join(set, ", ")
			}
			_, err = tx.ExecContext(ctx, q, s.Row...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
