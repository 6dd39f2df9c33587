package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"margin/annotate"
)

// checkSpan reports an error unless [start, end) is a non-empty span of
// text's runes.
func checkSpan(text string, start, end int) error {
	if n := utf8.RuneCountInString(text); start < 0 || end <= start || end > n {
		return fmt.Errorf("%w: span [%d, %d) is not inside the text of %d characters", ErrInvalid, start, end, n)
	}
	return nil
}

func checkColor(c annotate.Color) error {
	if !slices.Contains(annotate.Colors, c) {
		return fmt.Errorf("%w: unknown colour %q", ErrInvalid, c)
	}
	return nil
}

// AddHighlight highlights the runes [Start, End) of a clipping's text, as
// given by h.ClippingID and h.Selector. It fills the quote and its context,
// the id and the times, and returns the stored highlight. An empty Color is
// yellow; a colour not in annotate.Colors is an error wrapping ErrInvalid.
// Highlights may overlap.
func (l *Library) AddHighlight(ctx context.Context, h annotate.Highlight) (annotate.Highlight, error) {
	if h.Color == "" {
		h.Color = annotate.Yellow
	}
	if err := checkColor(h.Color); err != nil {
		return annotate.Highlight{}, fmt.Errorf("add highlight: %w", err)
	}
	if err := checkNote(h.Note); err != nil {
		return annotate.Highlight{}, fmt.Errorf("add highlight: %w", err)
	}
	err := l.edit(ctx, "add highlight", "Highlight", h.ClippingID, func(e *editor) error {
		text, err := clippingText(ctx, e.tx, h.ClippingID)
		if err != nil {
			return err
		}
		if err := checkSpan(text, h.Selector.Start, h.Selector.End); err != nil {
			return err
		}
		h.Selector = annotate.NewSelector(text, h.Selector.Start, h.Selector.End)
		t := now()
		res, err := e.tx.ExecContext(ctx, `
			INSERT INTO highlights (clipping_id, start, end, exact, prefix, suffix, color, note, created, updated)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			h.ClippingID, h.Selector.Start, h.Selector.End, h.Selector.Exact, h.Selector.Prefix, h.Selector.Suffix,
			string(h.Color), h.Note, t, t)
		if err != nil {
			return err
		}
		if h.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		e.trackNew("highlights", h.ID)
		h.Orphaned = false
		h.Created, h.Updated = time.UnixMilli(t), time.UnixMilli(t)
		return nil
	})
	if err != nil {
		return annotate.Highlight{}, err
	}
	return h, nil
}

// UpdateHighlight changes a highlight's colour (unless h.Color is empty) and
// note; its span stays.
func (l *Library) UpdateHighlight(ctx context.Context, h annotate.Highlight) error {
	if h.Color != "" {
		if err := checkColor(h.Color); err != nil {
			return fmt.Errorf("update highlight %d: %w", h.ID, err)
		}
	}
	op := fmt.Sprintf("update highlight %d", h.ID)
	if err := checkNote(h.Note); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	cid, err := l.highlightClipping(ctx, h.ID)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return l.edit(ctx, op, "Edit Highlight", cid, func(e *editor) error {
		if err := e.track("highlights", "id = ?", h.ID); err != nil {
			return err
		}
		res, err := e.tx.ExecContext(ctx, `
			UPDATE highlights SET color = coalesce(nullif(?, ''), color), note = ?, updated = ? WHERE id = ?`,
			string(h.Color), h.Note, now(), h.ID)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
}

// DeleteHighlight deletes a highlight and its note.
func (l *Library) DeleteHighlight(ctx context.Context, id int64) error {
	op := fmt.Sprintf("delete highlight %d", id)
	cid, err := l.highlightClipping(ctx, id)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return l.edit(ctx, op, "Delete Highlight", cid, func(e *editor) error {
		if err := e.track("highlights", "id = ?", id); err != nil {
			return err
		}
		res, err := e.tx.ExecContext(ctx, `DELETE FROM highlights WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
}

// highlightClipping returns the clipping a highlight belongs to.
func (l *Library) highlightClipping(ctx context.Context, id int64) (int64, error) {
	var cid int64
	err := l.db.QueryRowContext(ctx, `SELECT clipping_id FROM highlights WHERE id = ?`, id).Scan(&cid)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	return cid, classify(err)
}

// mustAffect returns ErrNotFound when a statement changed no row.
func mustAffect(res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// Highlights returns a clipping's highlights in text order, orphaned ones
// included.
func (l *Library) Highlights(ctx context.Context, clippingID int64) ([]annotate.Highlight, error) {
	out, err := queryHighlights(ctx, l.db, clippingID)
	if err != nil {
		return nil, fmt.Errorf("list highlights: %w", classify(err))
	}
	return out, nil
}

// queryHighlights returns a clipping's highlights in text order.
func queryHighlights(ctx context.Context, q querier, clippingID int64) ([]annotate.Highlight, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT id, clipping_id, start, end, exact, prefix, suffix, color, note, orphaned, created, updated
		FROM highlights WHERE clipping_id = ? ORDER BY start, end, id`, clippingID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []annotate.Highlight{}
	for rows.Next() {
		var (
			h       annotate.Highlight
			color   string
			created int64
			updated int64
		)
		if err := rows.Scan(&h.ID, &h.ClippingID, &h.Selector.Start, &h.Selector.End, &h.Selector.Exact,
			&h.Selector.Prefix, &h.Selector.Suffix, &color, &h.Note, &h.Orphaned, &created, &updated); err != nil {
			return nil, err
		}
		h.Color = annotate.Color(color)
		h.Created, h.Updated = time.UnixMilli(created), time.UnixMilli(updated)
		out = append(out, h)
	}
	return out, rows.Err()
}

// reanchor anchors a clipping's highlights and mentions again in text,
// marking those not found as orphans, and returns how many are orphaned.
func reanchor(ctx context.Context, tx *sql.Tx, clippingID int64, text string) (int, error) {
	all, err := anchorAgain(ctx, tx, clippingID, text)
	orphans := 0
	for _, a := range all {
		if !a.ok {
			orphans++
		}
	}
	return orphans, err
}

// anchorAgain anchors each of a clipping's highlights and mentions in text
// with annotate.Anchor, storing the new spans; one not found keeps its old
// quote and is marked orphaned. It returns what happened to each.
func anchorAgain(ctx context.Context, tx *sql.Tx, clippingID int64, text string) ([]anchored, error) {
	var out []anchored
	for _, kind := range []string{"highlight", "mention"} {
		table := kind + "s"
		rows, err := tx.QueryContext(ctx, "SELECT id, start, end, exact, prefix, suffix, orphaned FROM "+table+" WHERE clipping_id = ?", clippingID)
		if err != nil {
			return nil, err
		}
		var all []anchored
		for rows.Next() {
			a := anchored{kind: kind}
			if err := rows.Scan(&a.id, &a.old.Start, &a.old.End, &a.old.Exact, &a.old.Prefix, &a.old.Suffix, &a.wasOrphan); err != nil {
				rows.Close()
				return nil, err
			}
			all = append(all, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for _, a := range all {
			a.now, a.ok = annotate.Anchor(text, a.old)
			out = append(out, a)
			if !a.ok {
				if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET orphaned = 1 WHERE id = ?", a.id); err != nil {
					return nil, err
				}
				continue
			}
			_, err := tx.ExecContext(ctx, "UPDATE "+table+" SET start = ?, end = ?, exact = ?, prefix = ?, suffix = ?, orphaned = 0 WHERE id = ?",
				a.now.Start, a.now.End, a.now.Exact, a.now.Prefix, a.now.Suffix, a.id)
			if err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
