package library

import (
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// ErrCiteKeyTaken is returned by SetCiteKey for a key another clipping has.
var ErrCiteKeyTaken = errors.New("another clipping has that citation key")

// ID returns the library's own id, made once when the library was created
// and kept by backups and restores. A note exported to a vault names it, so
// two libraries exporting to one folder never take each other's notes.
func (l *Library) ID(ctx context.Context) (string, error) {
	var id string
	err := l.db.QueryRowContext(ctx, `SELECT value FROM library_meta WHERE key = 'library_id'`).Scan(&id)
	if err != nil {
		return "", fmt.Errorf("library id: %w", classify(err))
	}
	return id, nil
}

// CiteKey returns the clipping's citation key. A clipping gets its key the
// first time one is asked for: base if no other clipping has it, else base
// followed by a, b, c... The key is stored and never changes after that,
// whatever else is exported with the clipping, unless SetCiteKey changes it.
func (l *Library) CiteKey(ctx context.Context, id int64, base string) (string, error) {
	var key string
	err := l.db.QueryRowContext(ctx, `SELECT key FROM citekeys WHERE clipping_id = ?`, id).Scan(&key)
	if err == nil {
		return key, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("citation key of clipping %d: %w", id, classify(err))
	}
	if !ValidCiteKey(base) {
		return "", fmt.Errorf("citation key of clipping %d: %w: %q is not a citation key", id, ErrInvalid, base)
	}
	err = l.write(ctx, fmt.Sprintf("citation key of clipping %d", id), func(tx *sql.Tx) error {
		// Another process may have given the key since the read above.
		err := tx.QueryRowContext(ctx, `SELECT key FROM citekeys WHERE clipping_id = ?`, id).Scan(&key)
		if err == nil {
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if err := checkClipping(ctx, tx, id); err != nil {
			return err
		}
		if key, err = freeCiteKey(ctx, tx, base); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO citekeys (clipping_id, key) VALUES (?, ?)`, id, key)
		return err
	})
	return key, err
}

// PeekCiteKey returns the clipping's citation key without storing one: the
// key it has, or else the key CiteKey would give it now. The window shows
// it before the clipping is exported; only an export or the person's own
// key (SetCiteKey) stores one. A key not stored yet may still change if
// another clipping takes it first.
func (l *Library) PeekCiteKey(ctx context.Context, id int64, base string) (string, error) {
	var key string
	err := l.read(ctx, func(q querier) error {
		err := q.QueryRowContext(ctx, `SELECT key FROM citekeys WHERE clipping_id = ?`, id).Scan(&key)
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if err := checkClipping(ctx, q, id); err != nil {
			return err
		}
		if !ValidCiteKey(base) {
			return fmt.Errorf("%w: %q is not a citation key", ErrInvalid, base)
		}
		key, err = freeCiteKey(ctx, q, base)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("citation key of clipping %d: %w", id, classify(err))
	}
	return key, nil
}

// freeCiteKey returns base if no clipping has it, else base followed by
// the first of a, b, c... no clipping has.
func freeCiteKey(ctx context.Context, q querier, base string) (string, error) {
	taken := map[string]bool{}
	rows, err := q.QueryContext(ctx, `SELECT key FROM citekeys WHERE key >= ?1 AND key < ?1 || '~'`, base)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return "", err
		}
		taken[k] = true
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	key := base
	for n := 0; taken[key]; n++ {
		key = base + suffixLetters(n)
	}
	return key, nil
}

// SetCiteKey gives a clipping the citation key the person chose, without
// the spaces around it. A key BibTeX cannot read, or one another clipping
// has, is refused with a *CiteKeyError (wrapping ErrInvalid or
// ErrCiteKeyTaken) whose text says why; the clipping keeps its key.
func (l *Library) SetCiteKey(ctx context.Context, id int64, key string) error {
	key = strings.TrimSpace(key)
	op := fmt.Sprintf("set citation key of clipping %d", id)
	if err := CheckCiteKey(key); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return l.write(ctx, op, func(tx *sql.Tx) error {
		if err := checkClipping(ctx, tx, id); err != nil {
			return err
		}
		var other int64
		err := tx.QueryRowContext(ctx, `SELECT clipping_id FROM citekeys WHERE key = ?`, key).Scan(&other)
		switch {
		case err == nil && other != id:
			return &CiteKeyError{Key: key, Other: other}
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO citekeys (clipping_id, key) VALUES (?, ?)
			ON CONFLICT (clipping_id) DO UPDATE SET key = excluded.key`, id, key)
		return err
	})
}

// CiteKeyError is a citation key SetCiteKey refused. Its text is one
// sentence for the person, the same in the window and on the command line.
type CiteKeyError struct {
	Key string
	// Other is the clipping that has the key already; 0 when the key is
	// refused because BibTeX cannot read it.
	Other int64
}

// Error is the sentence saying why the key was refused.
func (e *CiteKeyError) Error() string {
	if e.Other != 0 {
		return fmt.Sprintf("Clipping %d has the citation key %q already; choose another.", e.Other, e.Key)
	}
	if e.Key == "" {
		return "A citation key cannot be empty."
	}
	return fmt.Sprintf("%q is not a citation key: use letters, digits and - _ : . + / only, starting with a letter or digit, at most 200 in all.", e.Key)
}

// Unwrap makes a taken key ErrCiteKeyTaken and an unreadable one ErrInvalid.
func (e *CiteKeyError) Unwrap() error {
	if e.Other != 0 {
		return ErrCiteKeyTaken
	}
	return ErrInvalid
}

// CheckCiteKey returns nil for a key BibTeX and CSL-JSON can both read, or
// else a *CiteKeyError saying why it cannot be one.
func CheckCiteKey(key string) error {
	if !ValidCiteKey(key) {
		return &CiteKeyError{Key: key}
	}
	return nil
}

// CiteKeyRefused returns the sentence saying why SetCiteKey refused a key,
// and false when err is not such a refusal.
func CiteKeyRefused(err error) (string, bool) {
	var ck *CiteKeyError
	if errors.As(err, &ck) {
		return ck.Error(), true
	}
	return "", false
}

// ValidCiteKey reports whether key can be a citation key in BibTeX and
// CSL-JSON alike: ASCII letters, digits and - _ : . + /, starting with a
// letter or digit.
func ValidCiteKey(key string) bool {
	if key == "" || len(key) > 200 {
		return false
	}
	for i, r := range key {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case i > 0 && strings.ContainsRune("-_:.+/", r):
		default:
			return false
		}
	}
	return true
}

// suffixLetters returns a, b, ... z, aa, ab ...
func suffixLetters(n int) string {
	s := ""
	for {
		s = string(rune('a'+n%26)) + s
		n = n/26 - 1
		if n < 0 {
			return s
		}
	}
}

// ExportedNote is what Margin last wrote of a clipping's note in an export
// folder.
type ExportedNote struct {
	ClippingID int64
	Path       string // the note's path inside the folder when it was written
	Written    string // the note's whole text as written
}

// ExportedNote returns what Margin last wrote of the clipping's note in
// folder (an absolute path). When it has no record for that folder (the
// folder was moved) it returns the latest record for the clipping in any
// folder; ok is false when there is none at all.
func (l *Library) ExportedNote(ctx context.Context, clippingID int64, folder string) (n ExportedNote, ok bool, err error) {
	var z []byte
	err = l.db.QueryRowContext(ctx, `SELECT path, written FROM exported_notes WHERE clipping_id = ?1
		ORDER BY folder = ?2 DESC, updated DESC LIMIT 1`, clippingID, folder).Scan(&n.Path, &z)
	if errors.Is(err, sql.ErrNoRows) {
		return n, false, nil
	}
	if err != nil {
		return n, false, fmt.Errorf("exported note of clipping %d: %w", clippingID, classify(err))
	}
	if n.Written, err = decompress(z); err != nil {
		return n, false, fmt.Errorf("exported note of clipping %d: %w", clippingID, err)
	}
	n.ClippingID = clippingID
	return n, true, nil
}

// SaveExportedNotes records what Margin wrote of each note in folder, in
// one transaction. Notes of clippings no longer in the library are skipped.
func (l *Library) SaveExportedNotes(ctx context.Context, folder string, notes []ExportedNote) error {
	zs := make([][]byte, len(notes))
	for i, n := range notes {
		z, err := compressPooled(n.Written)
		if err != nil {
			return fmt.Errorf("record exported notes: %w", err)
		}
		zs[i] = z
	}
	t := now()
	return l.write(ctx, "record exported notes", func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO exported_notes (clipping_id, folder, path, written, updated)
			SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM clippings WHERE id = ?1)
			ON CONFLICT (clipping_id, folder) DO UPDATE SET path = excluded.path, written = excluded.written, updated = excluded.updated`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, n := range notes {
			if _, err := stmt.ExecContext(ctx, n.ClippingID, folder, n.Path, zs[i], t); err != nil {
				return err
			}
		}
		return nil
	})
}

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return w
}}

// compressPooled is compress at the fastest level: an export records
// thousands of notes, and the default level took 0.2 ms a note.
func compressPooled(s string) ([]byte, error) {
	return gzipString(&gzipWriters, s)
}
