package library

import (
	"context"
	"fmt"
	"strings"
)

// normalizeTag trims a tag and collapses its inner white space. Tags keep
// their case but compare without it.
func normalizeTag(t string) string { return strings.Join(strings.Fields(t), " ") }

// AddTags tags a clipping. Tags already on it (in any case) and empty tags
// are skipped.
func (l *Library) AddTags(ctx context.Context, id int64, tags ...string) error {
	return l.edit(ctx, fmt.Sprintf("tag clipping %d", id), "Add Tags", id, func(e *editor) error {
		if err := checkClipping(ctx, e.tx, id); err != nil {
			return err
		}
		for _, t := range tags {
			t = normalizeTag(t)
			if t == "" {
				continue
			}
			var n int
			if err := e.tx.QueryRowContext(ctx, `SELECT count(*) FROM tags WHERE clipping_id = ? AND tag = ? COLLATE NOCASE`, id, t).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				continue
			}
			if _, err := e.tx.ExecContext(ctx, `INSERT INTO tags (clipping_id, tag) VALUES (?, ?)`, id, t); err != nil {
				return err
			}
			e.trackNew("tags", id, t)
		}
		return nil
	})
}

// RemoveTags removes tags (in any case) from a clipping.
func (l *Library) RemoveTags(ctx context.Context, id int64, tags ...string) error {
	return l.edit(ctx, fmt.Sprintf("untag clipping %d", id), "Remove Tags", id, func(e *editor) error {
		if err := checkClipping(ctx, e.tx, id); err != nil {
			return err
		}
		for _, t := range tags {
			t = normalizeTag(t)
			if err := e.track("tags", "clipping_id = ? AND tag = ? COLLATE NOCASE", id, t); err != nil {
				return err
			}
			if _, err := e.tx.ExecContext(ctx, `DELETE FROM tags WHERE clipping_id = ? AND tag = ? COLLATE NOCASE`, id, t); err != nil {
				return err
			}
		}
		return nil
	})
}

// clippingTags returns a clipping's tags in alphabetical order.
func clippingTags(ctx context.Context, q querier, id int64) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT tag FROM tags WHERE clipping_id = ? ORDER BY tag COLLATE NOCASE`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var tags []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		tags = append(tags, t)
	}
	return tags, rows.Err()
}

// Tags returns every tag in the library with how many clippings carry it,
// in alphabetical order. Tags differing only in case count as one.
func (l *Library) Tags(ctx context.Context) ([]TagCount, error) {
	tc, err := l.counts(ctx, `
		SELECT min(tag), count(DISTINCT clipping_id) FROM tags
		GROUP BY tag COLLATE NOCASE ORDER BY tag COLLATE NOCASE`)
	if err != nil {
		return nil, fmt.Errorf("list tags: %w", err)
	}
	return tc, nil
}

// Sites returns every site the library has clippings from, with how many,
// in alphabetical order. Clippings with no site name are left out.
func (l *Library) Sites(ctx context.Context) ([]TagCount, error) {
	tc, err := l.counts(ctx, `
		SELECT min(site), count(*) FROM clippings WHERE site <> ''
		GROUP BY site COLLATE NOCASE ORDER BY site COLLATE NOCASE`)
	if err != nil {
		return nil, fmt.Errorf("list sites: %w", err)
	}
	return tc, nil
}

func (l *Library) counts(ctx context.Context, query string) ([]TagCount, error) {
	rows, err := l.db.QueryContext(ctx, query)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	var out []TagCount
	for rows.Next() {
		var tc TagCount
		if err := rows.Scan(&tc.Tag, &tc.Count); err != nil {
			return nil, classify(err)
		}
		out = append(out, tc)
	}
	return out, classify(rows.Err())
}
