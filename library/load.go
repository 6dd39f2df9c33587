package library

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"

	"margin/annotate"
)

// Annotated is a clipping with everything attached to it, as read together.
type Annotated struct {
	*Clipping
	// Highlights are in text order, orphaned ones included.
	Highlights []annotate.Highlight
	// Mentions are in text order, whatever their status; see Mentions.
	Mentions []annotate.Mention
	// Entities are the entities the mentions name, by id, with aliases.
	Entities map[int64]annotate.Entity
	// Images are the clipping's pictures in document order, without their
	// bytes (see ImageData).
	Images []Image
	// Changes are the highlights and mentions whose passage changed or
	// vanished in a later version of the article, oldest first.
	Changes []AnnotationChange
}

// ChangesOf returns the recorded changes of one highlight ("highlight") or
// mention ("mention"), oldest first.
func (a *Annotated) ChangesOf(kind string, id int64) []AnnotationChange {
	var out []AnnotationChange
	for _, c := range a.Changes {
		if c.Kind == kind && c.AnnotationID == id {
			out = append(out, c)
		}
	}
	return out
}

// Confirmed returns the confirmed mentions, the ones to show as the
// person's and to export.
func (a *Annotated) Confirmed() []annotate.Mention {
	var out []annotate.Mention
	for _, m := range a.Mentions {
		if m.Status == annotate.Confirmed {
			out = append(out, m)
		}
	}
	return out
}

// Load returns a clipping with its note, tags, highlights, mentions, the
// entities they name and its pictures, read in one transaction so that they agree with each
// other. A missing clipping is an error wrapping ErrNotFound.
func (l *Library) Load(ctx context.Context, id int64) (*Annotated, error) {
	return l.load(ctx, id, "")
}

// LoadConfirmed is Load with only the confirmed mentions and the entities
// they name: what an export needs. The suggestions of a long page (135,000
// for a 19 MB article) are not read.
func (l *Library) LoadConfirmed(ctx context.Context, id int64) (*Annotated, error) {
	return l.load(ctx, id, annotate.Confirmed)
}

// load is Load with the mentions of one status, or of all for "".
func (l *Library) load(ctx context.Context, id int64, status annotate.MentionStatus) (*Annotated, error) {
	var a Annotated
	err := l.readUnmapped(ctx, func(q querier) error {
		var err error
		if a.Clipping, err = getClipping(ctx, q, id); err != nil {
			return err
		}
		if a.Highlights, err = queryHighlights(ctx, q, id); err != nil {
			return err
		}
		if a.Mentions, err = clippingMentions(ctx, q, id, status); err != nil {
			return err
		}
		if a.Entities, err = mentionedEntities(ctx, q, id, status); err != nil {
			return err
		}
		if a.Images, err = queryImages(ctx, q, id); err != nil {
			return err
		}
		a.Changes, err = queryChanges(ctx, q, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load clipping %d: %w", id, classify(err))
	}
	return &a, nil
}

// mentionedEntities returns the entities a clipping's mentions of status
// (all for "") name, with their aliases, in two queries whatever their
// number.
func mentionedEntities(ctx context.Context, q querier, clippingID int64, status annotate.MentionStatus) (map[int64]annotate.Entity, error) {
	out := map[int64]annotate.Entity{}
	rows, err := q.QueryContext(ctx, `SELECT id, name, type FROM entities
		WHERE id IN (SELECT entity_id FROM mentions WHERE clipping_id = ?1 AND (?2 = '' OR status = ?2))`, clippingID, string(status))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var e annotate.Entity
		var typ string
		if err := rows.Scan(&e.ID, &e.Name, &typ); err != nil {
			return nil, err
		}
		e.Type = annotate.EntityType(typ)
		out[e.ID] = e
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	arows, err := q.QueryContext(ctx, `SELECT entity_id, alias FROM aliases
		WHERE entity_id IN (SELECT entity_id FROM mentions WHERE clipping_id = ?1 AND (?2 = '' OR status = ?2))
		ORDER BY entity_id, key`, clippingID, string(status))
	if err != nil {
		return nil, err
	}
	defer arows.Close()
	for arows.Next() {
		var id int64
		var alias string
		if err := arows.Scan(&id, &alias); err != nil {
			return nil, err
		}
		e := out[id]
		e.Aliases = append(e.Aliases, alias)
		out[id] = e
	}
	return out, arows.Err()
}

// read runs fn in one read transaction on one connection, so that what fn
// reads is one state of the library even while another process writes.
// Transactions opened through database/sql begin IMMEDIATE (see dsn) and
// would wait for writers; this one begins DEFERRED and takes no write lock.
func (l *Library) read(ctx context.Context, fn func(q querier) error) error {
	return l.readOn(ctx, false, fn)
}

// readUnmapped is read for reading one clipping whole, on a connection
// without the memory map. A row is its small columns, then its document,
// text and original page, and reading a column after a long text walks
// the text's pages; mapped, every page read stays resident (a 19 MB page
// shown: 48 MB of the database, on top of the copies read). Unmapped, the
// pages pass through the connection's page cache of 8 MB. Searches, which
// read much of the index again and again, keep the map.
func (l *Library) readUnmapped(ctx context.Context, fn func(q querier) error) error {
	return l.readOn(ctx, true, fn)
}

func (l *Library) readOn(ctx context.Context, unmapped bool, fn func(q querier) error) error {
	if unmapped {
		return l.unmapped(ctx, false, func(conn *sql.Conn) error { return readTx(ctx, conn, fn) })
	}
	conn, err := l.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return readTx(ctx, conn, fn)
}

// readTx runs fn in a DEFERRED read transaction on conn.
func readTx(ctx context.Context, conn *sql.Conn, fn func(q querier) error) error {
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return err
	}
	err := fn(conn)
	// A read changes nothing, so ending it by rollback loses nothing; it
	// runs without ctx so that a cancelled read still ends.
	if _, rerr := conn.ExecContext(context.Background(), `ROLLBACK`); rerr != nil {
		// A connection left inside a transaction must not go back to the
		// pool: ErrBadConn has database/sql close it.
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		if err == nil {
			err = rerr
		}
	}
	return err
}
