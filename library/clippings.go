package library

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"margin/annotate"
	"margin/clip"
)

// write runs fn in one write transaction (BEGIN IMMEDIATE), committing when
// fn returns nil and rolling back otherwise, so a failed write leaves the
// library exactly as it was. op names the operation in errors.
func (l *Library) write(ctx context.Context, op string, fn func(tx *sql.Tx) error) error {
	if l.readOnly {
		return fmt.Errorf("%s: %w: it was opened for reading", op, ErrReadOnly)
	}
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", op, classify(err))
	}
	if txObserver != nil {
		// The write lock is held from here (BEGIN IMMEDIATE) to the end
		// of the commit or the rollback.
		txObserver(op, false)
		defer txObserver(op, true)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return fmt.Errorf("%s: %w", op, classify(err))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", op, classify(err))
	}
	return nil
}

// txObserver, set by tests and benchmarks, is told when each write
// transaction takes the library's write lock (done false) and when it
// lets it go (done true).
var txObserver func(op string, done bool)

// querier is what both *sql.DB and *sql.Tx offer for reading.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// now is the current time as stored: Unix milliseconds.
func now() int64 { return time.Now().UnixMilli() }

// Add files an article in the library and returns its id. When the library
// already holds the same article (the same URL, final or canonical, or the
// same text) it returns that clipping's id with existed true and changes
// nothing. The article's fetched pictures are filed with it. A failed Add
// leaves the library as it was.
func (l *Library) Add(ctx context.Context, a *clip.Article) (id int64, existed bool, err error) {
	row, err := newClippingRow(a)
	if err != nil {
		return 0, false, fmt.Errorf("add clipping: %w", err)
	}
	stmts, err := l.addStatements(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("add clipping: %w", classify(err))
	}
	err = l.write(ctx, "add clipping", func(tx *sql.Tx) error {
		st := stmts.in(ctx, tx)
		id, err = st.findDuplicate(ctx, row)
		if err != nil || id != 0 {
			existed = id != 0
			return err
		}
		if id, err = st.insertClipping(ctx, row); err != nil {
			return err
		}
		return storeImages(ctx, tx, id, a.Images)
	})
	if err != nil {
		return 0, false, err
	}
	return id, existed, nil
}

// Import is an article to add with AddMany, with the tags and note it
// arrives with (from another tool's export, say).
type Import struct {
	Article *clip.Article
	Tags    []string
	Note    string
	// Highlights are anchored by quote and context by AddImports (AddMany
	// ignores them).
	Highlights []annotate.Highlight
	// Fetch asks AddImports to queue the article's URL to be fetched: the
	// article is a stand-in made from a URL alone.
	Fetch bool
	// Added is when the person saved the article in the other tool; a new
	// clipping keeps it as its added time (AddImports; zero means now).
	Added time.Time
}

// AddMany files many articles in one transaction, far quicker than one Add
// each: an import of a whole reading list, or a generated library for
// benchmarks. Each is checked for a duplicate as Add does; a duplicate
// gets the existing clipping's id and is not changed. Either every article
// is filed or, on an error, none is. Imports are not undoable edits.
func (l *Library) AddMany(ctx context.Context, items []Import) (ids []int64, err error) {
	rows := make([]*clippingRow, len(items))
	for i, it := range items {
		if rows[i], err = newClippingRow(it.Article); err != nil {
			return nil, fmt.Errorf("add clippings: article %d: %w", i+1, err)
		}
	}
	stmts, err := l.addStatements(ctx)
	if err != nil {
		return nil, fmt.Errorf("add clippings: %w", classify(err))
	}
	ids = make([]int64, len(items))
	err = l.write(ctx, "add clippings", func(tx *sql.Tx) error {
		st := stmts.in(ctx, tx)
		for i, row := range rows {
			id, err := st.findDuplicate(ctx, row)
			if err != nil {
				return err
			}
			if id != 0 {
				ids[i] = id
				continue
			}
			if id, err = st.insertClipping(ctx, row); err != nil {
				return err
			}
			ids[i] = id
			seen := map[string]bool{}
			for _, t := range items[i].Tags {
				t = normalizeTag(t)
				if t == "" || seen[strings.ToLower(t)] {
					continue
				}
				seen[strings.ToLower(t)] = true
				if _, err := tx.ExecContext(ctx, `INSERT INTO tags (clipping_id, tag) VALUES (?, ?)`, id, t); err != nil {
					return err
				}
			}
			if note := strings.TrimSpace(items[i].Note); note != "" {
				if _, err := tx.ExecContext(ctx, `UPDATE clippings SET note = ? WHERE id = ?`, note, id); err != nil {
					return err
				}
				if err := refreshNotes(ctx, tx, id); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ids, nil
}

// clippingRow is an article as the clippings table stores it.
type clippingRow struct {
	a        *clip.Article
	text     string
	index    string // the text as the full-text index holds it (indexBody)
	document any    // as the document column holds it (encodeDocument)
	raw      []byte
	hash     string
	pub      sql.NullInt64
	pubTZ    string
}

// newClippingRow checks an article and converts it for storage.
func newClippingRow(a *clip.Article) (*clippingRow, error) {
	if a == nil {
		return nil, fmt.Errorf("%w: no article", ErrInvalid)
	}
	// Passwords in addresses are never stored, whoever made the article.
	stripped := *a
	stripped.Document.Blocks = slices.Clone(a.Document.Blocks)
	for i := range stripped.Document.Blocks {
		stripped.Document.Blocks[i].Spans = slices.Clone(stripped.Document.Blocks[i].Spans)
	}
	stripped.StripUserinfo()
	a = &stripped
	text := a.Text()
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%w: the article has no text", ErrInvalid)
	}
	doc := a.Document
	if doc.Version == 0 {
		doc.Version = clip.DocumentVersion
	}
	if doc.Blocks == nil {
		doc.Blocks = []clip.Block{}
	}
	docValue, err := encodeDocument(doc)
	if err != nil {
		return nil, err
	}
	r := &clippingRow{a: a, text: text, index: indexBody(text), document: docValue, hash: contentHash(text)}
	if a.Raw != "" {
		if r.raw, err = compress(a.Raw); err != nil {
			return nil, err
		}
	}
	if !a.Published.IsZero() {
		r.pub = sql.NullInt64{Int64: a.Published.UnixMilli(), Valid: true}
		r.pubTZ = a.Published.Format("-07:00")
	}
	return r, nil
}

func contentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// addStatements are the statements every new clipping runs, prepared once
// for the library (prepare): preparing them for each Add was a twentieth
// of its processor time. in binds them to a transaction.
type addStatements struct{ dup, row, fts *sql.Stmt }

// findDuplicateSQL finds a clipping with the same text, else one with the
// article's URL (?2) as its final or canonical URL, else one with its
// canonical URL (?3) as either; an empty URL finds nothing.
const findDuplicateSQL = `
	SELECT id FROM (
		SELECT id, 0 AS o FROM clippings WHERE content_hash = ?1
		UNION ALL SELECT id, 1 FROM clippings WHERE ?2 <> '' AND url = ?2
		UNION ALL SELECT id, 2 FROM clippings WHERE ?2 <> '' AND canonical_url = ?2
		UNION ALL SELECT id, 3 FROM clippings WHERE ?3 <> '' AND url = ?3
		UNION ALL SELECT id, 4 FROM clippings WHERE ?3 <> '' AND canonical_url = ?3)
	ORDER BY o LIMIT 1`

const insertClippingSQL = `
	INSERT INTO clippings (title, byline, site, published, published_tz, lang, excerpt,
		lead_image, url, canonical_url, source, source_ref, doc_version, document, text,
		raw, content_hash, added, updated, etag, last_modified, uncertain)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

const insertSearchEntrySQL = `
	INSERT INTO clippings_fts (rowid, title, byline, site, text, notes) VALUES (?, ?, ?, ?, ?, '')`

// addStatements returns the library's add statements, preparing them the
// first time. It is called outside a transaction: preparing takes a
// connection of the pool.
func (l *Library) addStatements(ctx context.Context) (*addStatements, error) {
	l.addMu.Lock()
	defer l.addMu.Unlock()
	if l.add != nil {
		return l.add, nil
	}
	var s addStatements
	for _, p := range []struct {
		stmt  **sql.Stmt
		query string
	}{{&s.dup, findDuplicateSQL}, {&s.row, insertClippingSQL}, {&s.fts, insertSearchEntrySQL}} {
		var err error
		if *p.stmt, err = l.db.PrepareContext(ctx, p.query); err != nil {
			s.close()
			return nil, err
		}
	}
	l.add = &s
	return l.add, nil
}

// in returns the statements bound to tx; they are closed with it.
func (s *addStatements) in(ctx context.Context, tx *sql.Tx) *addStatements {
	return &addStatements{tx.StmtContext(ctx, s.dup), tx.StmtContext(ctx, s.row), tx.StmtContext(ctx, s.fts)}
}

func (s *addStatements) close() {
	for _, st := range []*sql.Stmt{s.dup, s.row, s.fts} {
		if st != nil {
			st.Close()
		}
	}
}

// findDuplicate returns the id of a clipping with the same text or the same
// URL (final or canonical, either way round), or 0.
func (s *addStatements) findDuplicate(ctx context.Context, r *clippingRow) (int64, error) {
	var id int64
	err := s.dup.QueryRowContext(ctx, r.hash, r.a.URL, r.a.CanonicalURL).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// insertClipping stores a new clipping and its full-text entry.
func (s *addStatements) insertClipping(ctx context.Context, r *clippingRow) (int64, error) {
	a, t := r.a, now()
	res, err := s.row.ExecContext(ctx,
		a.Title, a.Byline, a.SiteName, r.pub, r.pubTZ, a.Language, a.Excerpt,
		a.LeadImage, a.URL, a.CanonicalURL, string(a.Source), a.SourceRef, clip.DocumentVersion,
		r.document, r.text, r.raw, r.hash, t, t, a.ETag, a.LastModified, a.Uncertain)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	_, err = s.fts.ExecContext(ctx, id, indexText(a.Title), indexText(a.Byline), indexText(a.SiteName), r.index)
	return id, err
}

// Get returns the clipping with the given id, with its document, note and
// tags, or an error wrapping ErrNotFound. The original input, as large as
// the page, is left out: Original returns it.
func (l *Library) Get(ctx context.Context, id int64) (*Clipping, error) {
	var c *Clipping
	err := l.readUnmapped(ctx, func(q querier) error {
		var err error
		c, err = getClipping(ctx, q, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("get clipping %d: %w", id, classify(err))
	}
	return c, nil
}

func getClipping(ctx context.Context, q querier, id int64) (*Clipping, error) {
	var (
		c            = &Clipping{ID: id}
		a            = &c.Article
		pub          sql.NullInt64
		pubTZ        string
		source       string
		doc          []byte
		text         string
		added, updtd int64
	)
	err := q.QueryRowContext(ctx, `
		SELECT title, byline, site, published, published_tz, lang, excerpt, lead_image, url,
			canonical_url, source, source_ref, document, text, content_hash, note, added, updated, uncertain
		FROM clippings WHERE id = ?`, id).Scan(
		&a.Title, &a.Byline, &a.SiteName, &pub, &pubTZ, &a.Language, &a.Excerpt, &a.LeadImage, &a.URL,
		&a.CanonicalURL, &source, &a.SourceRef, &doc, &text, &c.ContentHash, &c.Note, &added, &updtd, &a.Uncertain)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	a.Source = clip.Source(source)
	a.Published = publishedTime(pub, pubTZ)
	c.Added, c.Updated = time.UnixMilli(added), time.UnixMilli(updtd)
	if err := decodeDocument(doc, text, &a.Document); err != nil {
		return nil, err
	}
	c.Tags, err = clippingTags(ctx, q, id)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Original returns the input a clipping was made from (the page's HTML, or
// the copied text), or "" when it was not kept.
func (l *Library) Original(ctx context.Context, id int64) (string, error) {
	var raw []byte
	err := l.readUnmapped(ctx, func(q querier) error {
		return q.QueryRowContext(ctx, `SELECT raw FROM clippings WHERE id = ?`, id).Scan(&raw)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("get the original of clipping %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("get the original of clipping %d: %w", id, classify(err))
	}
	if len(raw) == 0 {
		return "", nil
	}
	s, err := decompress(raw)
	if err != nil {
		return "", fmt.Errorf("get the original of clipping %d: %w", id, err)
	}
	return s, nil
}

// publishedTime rebuilds a publication time in the zone it was published in.
func publishedTime(ms sql.NullInt64, tz string) time.Time {
	if !ms.Valid {
		return time.Time{}
	}
	t := time.UnixMilli(ms.Int64)
	z, err := time.Parse("-07:00", tz)
	if err != nil {
		return t
	}
	if _, off := z.Zone(); off != 0 {
		return t.In(time.FixedZone("", off))
	}
	return t.UTC()
}

// CheckClipping returns an error wrapping ErrNotFound when there is no
// clipping id, reading none of its columns: the cheap way for a command to
// say a clipping is missing before it acts on it.
func (l *Library) CheckClipping(ctx context.Context, id int64) error {
	return classify(checkClipping(ctx, l.db, id))
}

// checkClipping returns ErrNotFound (wrapped) when there is no clipping
// id. It reads no column of the row: reading the text to find out, as
// clippingText does, read and copied a long page's text whole (19 MB for
// the first export of a stored 19 MB article, which gives it a citation
// key).
func checkClipping(ctx context.Context, q querier, id int64) error {
	var one int
	err := q.QueryRowContext(ctx, `SELECT 1 FROM clippings WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("clipping %d: %w", id, ErrNotFound)
	}
	return err
}

// clippingText returns the canonical text of a clipping, or ErrNotFound.
func clippingText(ctx context.Context, q querier, id int64) (string, error) {
	var text string
	err := q.QueryRowContext(ctx, `SELECT text FROM clippings WHERE id = ?`, id).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("clipping %d: %w", id, ErrNotFound)
	}
	return text, err
}

// Delete removes a clipping with its note, tags, highlights and mentions, as
// one edit that Undo brings back whole. The entities it mentions stay in
// the library.
func (l *Library) Delete(ctx context.Context, id int64) error {
	return l.edit(ctx, fmt.Sprintf("delete clipping %d", id), "Delete Clipping", id, func(e *editor) error {
		var n int
		if err := e.tx.QueryRowContext(ctx, `SELECT count(*) FROM clippings WHERE id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		// The annotations go with the clipping; the edit records them so
		// that undoing it brings them back.
		for _, table := range []string{"highlights", "mentions", "tags"} {
			if err := e.track(table, "clipping_id = ?", id); err != nil {
				return err
			}
		}
		e.trackNew("deleted_clippings", id)
		return trashClipping(ctx, e.tx, id)
	})
}

// MaxNoteBytes is the most a note (on a clipping or a highlight) may hold:
// about 300 pages of text.
const MaxNoteBytes = 1 << 20

// checkNote refuses a note longer than MaxNoteBytes, or not valid UTF-8,
// rather than storing part of it or bytes no one can read back.
func checkNote(note string) error {
	if len(note) > MaxNoteBytes {
		return fmt.Errorf("%w: the note is longer than the 1 MiB a note may hold; nothing was changed", ErrInvalid)
	}
	if !utf8.ValidString(note) {
		return fmt.Errorf("%w: the note is not UTF-8 text; nothing was changed", ErrInvalid)
	}
	return nil
}

// SetNote sets the person's note on a clipping; the note is searchable. A
// note past MaxNoteBytes or not UTF-8 is refused with ErrInvalid.
func (l *Library) SetNote(ctx context.Context, id int64, note string) error {
	if err := checkNote(note); err != nil {
		return fmt.Errorf("set note on clipping %d: %w", id, err)
	}
	return l.edit(ctx, fmt.Sprintf("set note on clipping %d", id), "Note", id, func(e *editor) error {
		if err := e.track("clippings", "id = ?", id); err != nil {
			return err
		}
		res, err := e.tx.ExecContext(ctx, `UPDATE clippings SET note = ? WHERE id = ?`, note, id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return ErrNotFound
		}
		return nil
	})
}

// refreshNotes rewrites the notes column of a clipping's full-text entry:
// its own note and the notes of its highlights.
func refreshNotes(ctx context.Context, q querier, id int64) error {
	_, err := q.ExecContext(ctx, `
		UPDATE clippings_fts SET notes = (SELECT `+indexTextFunc+`(`+notesOf+`) FROM clippings c WHERE c.id = ?1)
		WHERE rowid = ?1`, id)
	return err
}

// notesOf is the text of the full-text index's notes column for the
// clipping c: its own note and the notes of its highlights, a line each.
const notesOf = `c.note || coalesce((SELECT char(10) || group_concat(h.note, char(10))
	FROM highlights h WHERE h.clipping_id = c.id AND h.note <> ''), '')`

// Reextract replaces a clipping's article (document, text, metadata and
// original input) with a, typically a fresh extraction of the same page,
// keeping the note and tags. Each highlight and mention is anchored again in
// the new text; those that cannot be found are kept as orphans with their
// quote and note. It returns how many are orphaned.
func (l *Library) Reextract(ctx context.Context, id int64, a *clip.Article) (orphaned int, err error) {
	row, err := newClippingRow(a)
	if err != nil {
		return 0, fmt.Errorf("re-extract clipping %d: %w", id, err)
	}
	err = l.write(ctx, fmt.Sprintf("re-extract clipping %d", id), func(tx *sql.Tx) error {
		if err := checkClipping(ctx, tx, id); err != nil {
			return err
		}
		var other int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM clippings WHERE content_hash = ? AND id <> ?`, row.hash, id).Scan(&other)
		if err == nil {
			return fmt.Errorf("%w: the new text is that of clipping %d", ErrInvalid, other)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		_, err = tx.ExecContext(ctx, `
			UPDATE clippings SET title = ?, byline = ?, site = ?, published = ?, published_tz = ?,
				lang = ?, excerpt = ?, lead_image = ?, url = ?, canonical_url = ?, source = ?,
				source_ref = ?, doc_version = ?, document = ?, text = ?, raw = ?, content_hash = ?,
				updated = ?, uncertain = ?
			WHERE id = ?`,
			a.Title, a.Byline, a.SiteName, row.pub, row.pubTZ, a.Language, a.Excerpt, a.LeadImage,
			a.URL, a.CanonicalURL, string(a.Source), a.SourceRef, clip.DocumentVersion,
			row.document, row.text, row.raw, row.hash, now(), a.Uncertain, id)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE clippings_fts SET title = ?, byline = ?, site = ?, text = ? WHERE rowid = ?`,
			indexText(a.Title), indexText(a.Byline), indexText(a.SiteName), row.index, id)
		if err != nil {
			return err
		}
		if orphaned, err = reanchor(ctx, tx, id, row.text); err != nil {
			return err
		}
		// Undoing an older edit would bring back offsets into the old text.
		_, err = tx.ExecContext(ctx, `DELETE FROM edits WHERE clipping_id = ?`, id)
		return err
	})
	if err != nil {
		return 0, err
	}
	return orphaned, nil
}

// compress gzips s, the original input of an article, at the default
// level with a reused writer: a new writer allocates and clears 800 KB,
// which for a page of 5 KB took three quarters of the time (adding 10,000
// clippings: 4.4 s of processor time, 1.1 s reused; the bytes are the
// same).
func compress(s string) ([]byte, error) {
	return gzipString(&rawWriters, s)
}

var rawWriters = sync.Pool{New: func() any { return gzip.NewWriter(nil) }}

// gzipString gzips s with a writer from pool, which it puts back.
func gzipString(pool *sync.Pool, s string) ([]byte, error) {
	var b bytes.Buffer
	w := pool.Get().(*gzip.Writer)
	defer pool.Put(w)
	w.Reset(&b)
	if err := writeStringPieces(w, s); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeStringPieces writes s to w 64 KiB at a time. A gzip writer takes
// bytes, and converting a whole string to bytes copies it: a long page's
// original, or a note of 20 MB kept for the next export's merge.
func writeStringPieces(w io.Writer, s string) error {
	buf := make([]byte, min(len(s), 64<<10))
	for len(s) > 0 {
		n := copy(buf, s)
		if _, err := w.Write(buf[:n]); err != nil {
			return err
		}
		s = s[n:]
	}
	return nil
}

// decompress returns the text compress made, read as decompressDocument
// reads a document.
func decompress(b []byte) (string, error) {
	s, err := decompressDocument(b)
	if err != nil {
		return "", fmt.Errorf("decompress original: %w", err)
	}
	return string(s), nil
}
