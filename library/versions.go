package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"margin/annotate"
	"margin/clip"
	"margin/textdiff"
)

// Version is one version of a clipping's article: the page as first
// clipped is version 1, and each change found by a check for changes adds
// the next. The clipping itself always shows the latest.
type Version struct {
	ClippingID int64     `json:"clipping_id"`
	Number     int       `json:"version"`
	Latest     bool      `json:"latest,omitempty"`
	Seen       time.Time `json:"seen"` // when this version was first seen
	Title      string    `json:"title"`
	Byline     string    `json:"byline,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	URL        string    `json:"url,omitempty"`
	// Change says in one line what changed from the version before
	// (textdiff.Difference.Summary); empty for version 1.
	Change      string        `json:"change,omitempty"`
	ContentHash string        `json:"content_hash"`
	Document    clip.Document `json:"-"` // only from Version
	Text        string        `json:"-"` // only from Version
	Raw         string        `json:"-"` // only from Version: the page as fetched
}

// Side is the version as textdiff compares it.
func (v *Version) Side() textdiff.Side {
	return textdiff.Side{Title: v.Title, Byline: v.Byline, Published: v.Published, Text: v.Text}
}

// Versions lists a clipping's versions, oldest first, without their text.
func (l *Library) Versions(ctx context.Context, id int64) ([]Version, error) {
	var out []Version
	err := l.read(ctx, func(q querier) error {
		latest, err := latestVersion(ctx, q, id, false)
		if err != nil {
			return err
		}
		rows, err := q.QueryContext(ctx, `SELECT `+versionColumns+`, '', '', NULL FROM clipping_versions
			WHERE clipping_id = ? ORDER BY version`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			v, err := scanVersion(rows)
			if err != nil {
				return err
			}
			out = append(out, v)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		out = append(out, *latest)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("versions of clipping %d: %w", id, classify(err))
	}
	return out, nil
}

// Version returns version n of a clipping with its text, document and raw
// page; n = 0 is the latest. A missing one is an error wrapping ErrNotFound.
func (l *Library) Version(ctx context.Context, id int64, n int) (*Version, error) {
	var v *Version
	err := l.readUnmapped(ctx, func(q querier) error {
		latest, err := latestVersion(ctx, q, id, true)
		if err != nil || n == 0 || n == latest.Number {
			v = latest
			return err
		}
		rows, err := q.QueryContext(ctx, `SELECT `+versionColumns+`, document, text, raw FROM clipping_versions
			WHERE clipping_id = ? AND version = ?`, id, n)
		if err != nil {
			return err
		}
		defer rows.Close()
		if !rows.Next() {
			if err := rows.Err(); err != nil {
				return err
			}
			return fmt.Errorf("version %d: %w", n, ErrNotFound)
		}
		got, err := scanVersion(rows)
		v = &got
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("clipping %d: %w", id, classify(err))
	}
	return v, nil
}

const versionColumns = `clipping_id, version, seen, title, byline, published, published_tz, url, change, content_hash`

// scanVersion reads versionColumns, then document, text and raw (which
// may be empty and NULL).
func scanVersion(rows *sql.Rows) (Version, error) {
	var (
		v        Version
		seen     int64
		pub      sql.NullInt64
		pubTZ    string
		doc, raw []byte
	)
	if err := rows.Scan(&v.ClippingID, &v.Number, &seen, &v.Title, &v.Byline, &pub, &pubTZ, &v.URL, &v.Change,
		&v.ContentHash, &doc, &v.Text, &raw); err != nil {
		return v, err
	}
	v.Seen, v.Published = time.UnixMilli(seen), publishedTime(pub, pubTZ)
	if len(doc) > 0 {
		if err := decodeDocument(doc, v.Text, &v.Document); err != nil {
			return v, err
		}
	}
	if len(raw) > 0 {
		var err error
		if v.Raw, err = decompress(raw); err != nil {
			return v, err
		}
	}
	return v, nil
}

// latestVersion reads the clippings row as a Version, with its text when
// full is true.
func latestVersion(ctx context.Context, q querier, id int64, full bool) (*Version, error) {
	var (
		v        = &Version{ClippingID: id, Latest: true}
		seen     int64
		pub      sql.NullInt64
		pubTZ    string
		doc, raw []byte
	)
	cols := `''`
	if full {
		cols = `document, text, raw`
	}
	dest := []any{&v.Number, &seen, &v.Title, &v.Byline, &pub, &pubTZ, &v.URL, &v.Change, &v.ContentHash}
	if full {
		dest = append(dest, &doc, &v.Text, &raw)
	} else {
		dest = append(dest, &doc)
	}
	err := q.QueryRowContext(ctx, `SELECT version, coalesce(version_seen, added), title, byline, published,
		published_tz, url, version_change, content_hash, `+cols+` FROM clippings WHERE id = ?`, id).Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	v.Seen, v.Published = time.UnixMilli(seen), publishedTime(pub, pubTZ)
	if len(doc) > 0 {
		if err := decodeDocument(doc, v.Text, &v.Document); err != nil {
			return nil, err
		}
	}
	if len(raw) > 0 {
		if v.Raw, err = decompress(raw); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// CheckTarget is a clipping a check for changes can fetch again.
type CheckTarget struct {
	ClippingID  int64
	URL         string
	ContentHash string
	Validators  clip.Validators
	Checked     time.Time // zero when never checked
}

// CheckFilter selects the clippings to check for changes: the given ids,
// or those with a tag, or all; always only those clipped from a web page.
type CheckFilter struct {
	IDs []int64
	Tag string
	All bool
	// CheckedBefore leaves out clippings checked at or after it, so that a
	// run stopped halfway goes on where it stopped. Zero checks all.
	CheckedBefore time.Time
}

// CheckTargets lists the clippings a filter selects that have a web
// address, the least recently checked first.
func (l *Library) CheckTargets(ctx context.Context, f CheckFilter) ([]CheckTarget, error) {
	where := []string{`(url LIKE 'http://%' OR url LIKE 'https://%')`}
	var args []any
	switch {
	case len(f.IDs) > 0:
		where = append(where, `id IN (?`+strings.Repeat(", ?", len(f.IDs)-1)+`)`)
		for _, id := range f.IDs {
			args = append(args, id)
		}
	case normalizeTag(f.Tag) != "":
		where = append(where, `id IN (SELECT clipping_id FROM tags WHERE tag = ? COLLATE NOCASE)`)
		args = append(args, normalizeTag(f.Tag))
	case f.All:
	default:
		return nil, fmt.Errorf("check targets: %w: no clippings selected", ErrInvalid)
	}
	if !f.CheckedBefore.IsZero() {
		where = append(where, `(checked IS NULL OR checked < ?)`)
		args = append(args, f.CheckedBefore.UnixMilli())
	}
	rows, err := l.db.QueryContext(ctx, `SELECT id, url, content_hash, etag, last_modified, checked FROM clippings
		WHERE `+strings.Join(where, " AND ")+` ORDER BY coalesce(checked, 0), id`, args...)
	if err != nil {
		return nil, fmt.Errorf("check targets: %w", classify(err))
	}
	defer rows.Close()
	out := []CheckTarget{}
	for rows.Next() {
		var (
			t       CheckTarget
			checked sql.NullInt64
		)
		if err := rows.Scan(&t.ClippingID, &t.URL, &t.ContentHash, &t.Validators.ETag, &t.Validators.LastModified, &checked); err != nil {
			return nil, fmt.Errorf("check targets: %w", classify(err))
		}
		if checked.Valid {
			t.Checked = time.UnixMilli(checked.Int64)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("check targets: %w", classify(err))
	}
	return out, nil
}

// MarkChecked records that a clipping was checked and had not changed,
// keeping the validators the server sent (empty ones leave those held).
func (l *Library) MarkChecked(ctx context.Context, id int64, v clip.Validators) error {
	return l.write(ctx, fmt.Sprintf("mark clipping %d checked", id), func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE clippings SET checked = ?,
			etag = coalesce(nullif(?, ''), etag), last_modified = coalesce(nullif(?, ''), last_modified)
			WHERE id = ?`, now(), v.ETag, v.LastModified, id)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
}

// VersionResult says what AddVersion did.
type VersionResult struct {
	// Added is false when the article was the same as the latest version.
	Added   bool `json:"added"`
	Version int  `json:"version"`
	// Change is the summary line of what changed.
	Change string `json:"change,omitempty"`
	// Changes are the highlights and mentions whose text changed or
	// vanished in the new version.
	Changes []AnnotationChange `json:"changes,omitempty"`
}

// AddVersion files a as the new latest version of a clipping, when its text,
// headline, byline or date differ from the latest; the version it replaces
// is kept whole. Highlights and mentions are anchored again in the new text
// (as Reextract does); each whose text changed or vanished is recorded with
// its old wording (Changes) and a vanished one is kept as an orphan, never
// dropped. All of it is one transaction: a crash leaves the old version or
// the whole new one. The validators of a are kept for the next check.
func (l *Library) AddVersion(ctx context.Context, id int64, a *clip.Article) (VersionResult, error) {
	var res VersionResult
	// The page is compressed only if it is a new version: most checks
	// find none.
	bare := *a
	bare.Raw = ""
	row, err := newClippingRow(&bare)
	if err != nil {
		return res, fmt.Errorf("add version of clipping %d: %w", id, err)
	}
	err = l.write(ctx, fmt.Sprintf("add version of clipping %d", id), func(tx *sql.Tx) error {
		// Most checks find the article as it was: the hash and metadata
		// say so without reading the stored text.
		head, err := latestVersion(ctx, tx, id, false)
		if err != nil {
			return err
		}
		res.Version = head.Number
		next := Version{Title: a.Title, Byline: a.Byline, Published: a.Published, Text: row.text}
		t := now()
		same := func() error {
			_, err := tx.ExecContext(ctx, `UPDATE clippings SET checked = ?, etag = ?, last_modified = ? WHERE id = ?`,
				t, a.ETag, a.LastModified, id)
			return err
		}
		meta := next.Side()
		meta.Text = head.Text // empty: only the headline, byline and date are compared
		if head.ContentHash == row.hash && textdiff.Compare(head.Side(), meta).Same() {
			return same()
		}
		old, err := latestVersion(ctx, tx, id, true)
		if err != nil {
			return err
		}
		diff := textdiff.Compare(old.Side(), next.Side())
		if diff.Same() {
			return same()
		}
		if a.Raw != "" {
			if row.raw, err = compress(a.Raw); err != nil {
				return err
			}
		}
		var other int64
		err = tx.QueryRowContext(ctx, `SELECT id FROM clippings WHERE content_hash = ? AND id <> ?`, row.hash, id).Scan(&other)
		if err == nil {
			return fmt.Errorf("%w: the new text is that of clipping %d", ErrInvalid, other)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		// The version replaced moves to clipping_versions as it stands.
		r, err := tx.ExecContext(ctx, `
			INSERT INTO clipping_versions (clipping_id, version, seen, title, byline, published, published_tz,
				url, doc_version, document, text, raw, content_hash, etag, last_modified, change)
			SELECT id, version, coalesce(version_seen, added), title, byline, published, published_tz,
				url, doc_version, document, text, raw, content_hash, etag, last_modified, version_change
			FROM clippings WHERE id = ?`, id)
		if err != nil {
			return err
		}
		vid, err := r.LastInsertId()
		if err != nil {
			return err
		}
		// Indexed as the clippings' entries are (indexBody): a long old
		// text whole made the transaction as long as adding it did.
		if _, err := tx.ExecContext(ctx, `INSERT INTO versions_fts (rowid, title, byline, site, text, notes)
			VALUES (?, ?, ?, '', ?, '')`, vid, indexText(old.Title), indexText(old.Byline), indexBody(old.Text)); err != nil {
			return err
		}
		res.Added, res.Version, res.Change = true, old.Number+1, diff.Summary()
		_, err = tx.ExecContext(ctx, `
			UPDATE clippings SET title = ?, byline = ?, published = ?, published_tz = ?, lang = ?,
				excerpt = ?, lead_image = ?, url = ?, canonical_url = ?, doc_version = ?, document = ?,
				text = ?, raw = ?, content_hash = ?, updated = ?, version = ?, version_seen = ?,
				version_change = ?, etag = ?, last_modified = ?, checked = ?, uncertain = ?
			WHERE id = ?`,
			a.Title, a.Byline, row.pub, row.pubTZ, a.Language, a.Excerpt, a.LeadImage,
			cmpOr(a.URL, old.URL), a.CanonicalURL, clip.DocumentVersion, row.document, row.text, row.raw,
			row.hash, t, res.Version, t, res.Change, a.ETag, a.LastModified, t, a.Uncertain, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE clippings_fts SET title = ?, byline = ?, text = ? WHERE rowid = ?`,
			indexText(a.Title), indexText(a.Byline), row.index, id); err != nil {
			return err
		}
		moved, err := anchorAgain(ctx, tx, id, row.text)
		if err != nil {
			return err
		}
		for _, m := range moved {
			if m.wasOrphan || (m.ok && m.old.Exact == m.now.Exact) {
				continue
			}
			c := AnnotationChange{Kind: m.kind, AnnotationID: m.id, ClippingID: id, Version: res.Version,
				Old: m.old.Exact, Vanished: !m.ok, Changed: time.UnixMilli(t), Seen: old.Seen}
			if m.ok {
				c.New = m.now.Exact
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO annotation_changes (clipping_id, kind, annotation_id,
				version, old_exact, new_exact, vanished, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				id, c.Kind, c.AnnotationID, c.Version, c.Old, c.New, c.Vanished, t); err != nil {
				return err
			}
			res.Changes = append(res.Changes, c)
		}
		// Undoing an older edit would bring back offsets into the old text.
		_, err = tx.ExecContext(ctx, `DELETE FROM edits WHERE clipping_id = ?`, id)
		return err
	})
	if err != nil {
		return VersionResult{}, err
	}
	return res, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// AnnotationChange is a highlight or mention whose passage changed or
// vanished when a new version of its clipping came.
type AnnotationChange struct {
	Kind         string `json:"kind"` // "highlight" or "mention"
	AnnotationID int64  `json:"id"`
	ClippingID   int64  `json:"clipping_id"`
	// Version is the version in which the passage differs.
	Version int `json:"version"`
	// Old is the wording before; New the wording now, empty when the
	// passage vanished.
	Old      string `json:"old"`
	New      string `json:"new,omitempty"`
	Vanished bool   `json:"vanished,omitempty"`
	// Seen is when the version with the old wording was first seen;
	// Changed when the new version was.
	Seen    time.Time `json:"seen"`
	Changed time.Time `json:"changed"`
}

// Sentence says the change in one sentence for a person, with both
// wordings and the dates they were seen, as the window and the export show
// it.
func (c AnnotationChange) Sentence() string {
	const day = "2 Jan 2006"
	if c.Vanished {
		return fmt.Sprintf("Removed from the article in version %d (seen %s); it read “%s” in the version seen %s.",
			c.Version, c.Changed.Format(day), c.Old, c.Seen.Format(day))
	}
	return fmt.Sprintf("Changed in the article in version %d (seen %s): “%s” (seen %s) now reads “%s”.",
		c.Version, c.Changed.Format(day), c.Old, c.Seen.Format(day), c.New)
}

// Changes returns the recorded changes of a clipping's highlights and
// mentions, oldest first.
func (l *Library) Changes(ctx context.Context, id int64) ([]AnnotationChange, error) {
	var out []AnnotationChange
	err := l.read(ctx, func(q querier) error {
		var err error
		out, err = queryChanges(ctx, q, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("changes of clipping %d: %w", id, classify(err))
	}
	return out, nil
}

func queryChanges(ctx context.Context, q querier, id int64) ([]AnnotationChange, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT a.kind, a.annotation_id, a.version, a.old_exact, a.new_exact, a.vanished, a.changed,
			coalesce(v.seen, 0)
		FROM annotation_changes a
		LEFT JOIN clipping_versions v ON v.clipping_id = a.clipping_id AND v.version = a.version - 1
		WHERE a.clipping_id = ?
			AND (a.kind = 'highlight' AND a.annotation_id IN (SELECT id FROM highlights WHERE clipping_id = ?1)
				OR a.kind = 'mention' AND a.annotation_id IN (SELECT id FROM mentions WHERE clipping_id = ?1))
		ORDER BY a.version, a.id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []AnnotationChange{}
	for rows.Next() {
		c := AnnotationChange{ClippingID: id}
		var changed, seen int64
		if err := rows.Scan(&c.Kind, &c.AnnotationID, &c.Version, &c.Old, &c.New, &c.Vanished, &changed, &seen); err != nil {
			return nil, err
		}
		c.Changed, c.Seen = time.UnixMilli(changed), time.UnixMilli(seen)
		out = append(out, c)
	}
	return out, rows.Err()
}

// anchored is one highlight or mention anchored again in a new text.
type anchored struct {
	kind      string // highlight or mention
	id        int64
	old, now  annotate.Selector
	ok        bool
	wasOrphan bool
}

// EditLine is the list's line about a clipping's versions: "edited 2
// times; last: 3 paragraphs changed", or "" when it was never edited.
func (s Summary) EditLine() string {
	if s.Versions <= 1 {
		return ""
	}
	n := s.Versions - 1
	line := "edited once"
	if n > 1 {
		line = fmt.Sprintf("edited %d times", n)
	}
	if s.LastChange != "" {
		line += "; last: " + s.LastChange
	}
	return line
}
