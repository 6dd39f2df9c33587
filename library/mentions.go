package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"margin/annotate"
)

func checkStatus(s annotate.MentionStatus) error {
	switch s {
	case annotate.Confirmed, annotate.Suggested, annotate.Rejected:
		return nil
	}
	return fmt.Errorf("%w: unknown mention status %q", ErrInvalid, s)
}

const mentionColumns = `id, clipping_id, entity_id, start, end, exact, prefix, suffix, status, orphaned, created`

func scanMention(rows interface{ Scan(...any) error }) (annotate.Mention, error) {
	var (
		m       annotate.Mention
		status  string
		created int64
	)
	err := rows.Scan(&m.ID, &m.ClippingID, &m.EntityID, &m.Selector.Start, &m.Selector.End, &m.Selector.Exact,
		&m.Selector.Prefix, &m.Selector.Suffix, &status, &m.Orphaned, &created)
	m.Status = annotate.MentionStatus(status)
	m.Created = time.UnixMilli(created)
	return m, err
}

// queryMentions runs a query over mentionColumns.
func queryMentions(ctx context.Context, q querier, query string, args ...any) ([]annotate.Mention, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []annotate.Mention{}
	for rows.Next() {
		m, err := scanMention(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Mentions returns every mention in a clipping, in text order, whatever its
// status: confirmed, suggested (pending the person's decision) or rejected
// (kept so it is not suggested again). Callers showing or exporting
// mentions usually want only the confirmed ones.
func (l *Library) Mentions(ctx context.Context, clippingID int64) ([]annotate.Mention, error) {
	out, err := queryMentions(ctx, l.db, `SELECT `+mentionColumns+` FROM mentions WHERE clipping_id = ? ORDER BY start, end, id`, clippingID)
	if err != nil {
		return nil, fmt.Errorf("list mentions: %w", classify(err))
	}
	return out, nil
}

// AddMention links the runes [Start, End) of a clipping's text to an
// entity, confirmed unless m.Status says otherwise, and returns the stored
// mention with its quote and context. If the entity is already mentioned at
// that span, that mention takes the new status instead.
func (l *Library) AddMention(ctx context.Context, m annotate.Mention) (annotate.Mention, error) {
	if m.Status == "" {
		m.Status = annotate.Confirmed
	}
	if err := checkStatus(m.Status); err != nil {
		return annotate.Mention{}, fmt.Errorf("add mention: %w", err)
	}
	err := l.edit(ctx, "add mention", "Tag Entity", m.ClippingID, func(e *editor) error {
		text, err := clippingText(ctx, e.tx, m.ClippingID)
		if err != nil {
			return err
		}
		if _, err := getEntity(ctx, e.tx, m.EntityID); err != nil {
			return fmt.Errorf("entity %d: %w", m.EntityID, err)
		}
		if err := checkSpan(text, m.Selector.Start, m.Selector.End); err != nil {
			return err
		}
		m, err = putMention(ctx, e, m, annotate.NewSelector(text, m.Selector.Start, m.Selector.End))
		return err
	})
	if err != nil {
		return annotate.Mention{}, err
	}
	return m, nil
}

// putMention stores a mention of m.EntityID at sel in m.ClippingID with
// m.Status, or gives an existing mention of the same entity and span that
// status.
func putMention(ctx context.Context, e *editor, m annotate.Mention, sel annotate.Selector) (annotate.Mention, error) {
	old, err := scanMention(e.tx.QueryRowContext(ctx, `SELECT `+mentionColumns+` FROM mentions
		WHERE clipping_id = ? AND entity_id = ? AND start = ? AND end = ?`, m.ClippingID, m.EntityID, sel.Start, sel.End))
	switch {
	case err == nil:
		if old.Status == m.Status && !old.Orphaned {
			return old, nil
		}
		if err := e.track("mentions", "id = ?", old.ID); err != nil {
			return old, err
		}
		if _, err := e.tx.ExecContext(ctx, `UPDATE mentions SET status = ?, orphaned = 0 WHERE id = ?`, string(m.Status), old.ID); err != nil {
			return old, err
		}
		old.Status, old.Orphaned = m.Status, false
		return old, nil
	case !errors.Is(err, sql.ErrNoRows):
		return m, err
	}
	t := now()
	res, err := e.tx.ExecContext(ctx, `
		INSERT INTO mentions (clipping_id, entity_id, start, end, exact, prefix, suffix, status, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.ClippingID, m.EntityID, sel.Start, sel.End, sel.Exact, sel.Prefix, sel.Suffix, string(m.Status), t)
	if err != nil {
		return m, err
	}
	if m.ID, err = res.LastInsertId(); err != nil {
		return m, err
	}
	e.trackNew("mentions", m.ID)
	m.Selector, m.Orphaned, m.Created = sel, false, time.UnixMilli(t)
	return m, nil
}

// TagAll tags every occurrence of the entity's name and aliases in the
// clipping's text (whole words, as annotate.FindAll finds them) as a
// confirmed mention, and returns the mentions it added or confirmed. Spans
// already confirmed for the entity are skipped.
func (l *Library) TagAll(ctx context.Context, clippingID, entityID int64) ([]annotate.Mention, error) {
	var out []annotate.Mention
	err := l.edit(ctx, "tag all", "Tag All", clippingID, func(e *editor) error {
		text, err := clippingText(ctx, e.tx, clippingID)
		if err != nil {
			return err
		}
		ent, err := getEntity(ctx, e.tx, entityID)
		if err != nil {
			return fmt.Errorf("entity %d: %w", entityID, err)
		}
		for _, sel := range annotate.FindAll(text, append([]string{ent.Name}, ent.Aliases...)...) {
			m := annotate.Mention{ClippingID: clippingID, EntityID: entityID, Status: annotate.Confirmed}
			before := len(e.keys)
			m, err := putMention(ctx, e, m, sel)
			if err != nil {
				return err
			}
			if len(e.keys) > before {
				out = append(out, m)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if out == nil {
		out = []annotate.Mention{}
	}
	return out, nil
}

// SetMentionStatus confirms, rejects or re-suggests mentions, all in one
// edit. A rejected mention stays in the library so that Suggest does not
// suggest it again.
func (l *Library) SetMentionStatus(ctx context.Context, status annotate.MentionStatus, ids ...int64) error {
	if err := checkStatus(status); err != nil {
		return fmt.Errorf("set mention status: %w", err)
	}
	label := map[annotate.MentionStatus]string{
		annotate.Confirmed: "Confirm Mention", annotate.Rejected: "Reject Mention", annotate.Suggested: "Unconfirm Mention",
	}[status]
	return l.edit(ctx, "set mention status", label, l.mentionsClipping(ctx, ids), func(e *editor) error {
		for _, id := range ids {
			if err := e.track("mentions", "id = ?", id); err != nil {
				return err
			}
			res, err := e.tx.ExecContext(ctx, `UPDATE mentions SET status = ? WHERE id = ?`, string(status), id)
			if err != nil {
				return err
			}
			if err := mustAffect(res); err != nil {
				return fmt.Errorf("mention %d: %w", id, err)
			}
		}
		return nil
	})
}

// DeleteMentions deletes mentions, all in one edit.
func (l *Library) DeleteMentions(ctx context.Context, ids ...int64) error {
	return l.edit(ctx, "delete mentions", "Delete Mention", l.mentionsClipping(ctx, ids), func(e *editor) error {
		for _, id := range ids {
			if err := e.track("mentions", "id = ?", id); err != nil {
				return err
			}
			res, err := e.tx.ExecContext(ctx, `DELETE FROM mentions WHERE id = ?`, id)
			if err != nil {
				return err
			}
			if err := mustAffect(res); err != nil {
				return fmt.Errorf("mention %d: %w", id, err)
			}
		}
		return nil
	})
}

// mentionsClipping returns the clipping the mentions belong to when they
// all belong to one, for the history; 0 otherwise.
func (l *Library) mentionsClipping(ctx context.Context, ids []int64) int64 {
	if len(ids) == 0 {
		return 0
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	var n, cid int64
	err := l.db.QueryRowContext(ctx, `SELECT count(DISTINCT clipping_id), min(clipping_id) FROM mentions WHERE id IN (?`+
		strings.Repeat(", ?", len(ids)-1)+`)`, args...).Scan(&n, &cid)
	if err != nil || n != 1 {
		return 0
	}
	return cid
}
