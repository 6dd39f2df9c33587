package library

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// summaryColumns are the columns scanSummary reads, from clippings as c.
const summaryColumns = `c.id, c.title, c.byline, c.site, c.url, c.published, c.published_tz, c.added,
	(SELECT count(*) FROM highlights h WHERE h.clipping_id = c.id)`

// Snippets mark matches between « and », and cut text with an ellipsis.
const (
	snippetText  = `snippet(clippings_fts, 3, '«', '»', '…', 24)`
	snippetNotes = `snippet(clippings_fts, 4, '«', '»', '…', 24)`
)

// scanSummary reads summaryColumns, then any extra destinations.
func scanSummary(rows *sql.Rows, extra ...any) (Summary, error) {
	var (
		s     Summary
		pub   sql.NullInt64
		pubTZ string
		added int64
	)
	dest := append([]any{&s.ID, &s.Title, &s.Byline, &s.SiteName, &s.URL, &pub, &pubTZ, &added, &s.HighlightCount}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return s, err
	}
	s.Published = publishedTime(pub, pubTZ)
	s.Added = time.UnixMilli(added)
	return s, nil
}

// listQuery is a Filter translated to SQL.
type listQuery struct {
	from   string
	where  []string
	args   []any
	order  string
	search bool // the query has positive terms: rank and snippets exist
}

// buildList translates a filter.
func buildList(f Filter) (*listQuery, error) {
	lq := &listQuery{from: "clippings c"}
	fq := translateQuery(f.Query)
	if fq.match != "" {
		lq.search = true
		// The full-text table drives the query so that FTS5 itself orders
		// by rank and snippets are made only for the rows returned.
		lq.from = "clippings_fts CROSS JOIN clippings c ON c.id = clippings_fts.rowid"
		lq.where = append(lq.where, "clippings_fts MATCH ?")
		lq.args = append(lq.args, fq.expr())
	} else if fq.exclude != "" {
		lq.where = append(lq.where, "c.id NOT IN (SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?)")
		lq.args = append(lq.args, fq.exclude)
	}
	if t := normalizeTag(f.Tag); t != "" {
		lq.where = append(lq.where, "c.id IN (SELECT clipping_id FROM tags WHERE tag = ? COLLATE NOCASE)")
		lq.args = append(lq.args, t)
	}
	if e := strings.TrimSpace(f.Entity); e != "" {
		lq.where = append(lq.where, `c.id IN (
			SELECT m.clipping_id FROM mentions m WHERE m.status = 'confirmed' AND m.entity_id IN (
				SELECT id FROM entities WHERE key = ?
				UNION SELECT entity_id FROM aliases WHERE key = ?))`)
		lq.args = append(lq.args, foldKey(e), foldKey(e))
	}
	if s := strings.TrimSpace(f.Site); s != "" {
		lq.where = append(lq.where, "c.site = ? COLLATE NOCASE")
		lq.args = append(lq.args, s)
	}
	switch f.Sort {
	case "":
		if lq.search {
			lq.order = "clippings_fts.rank"
		} else {
			lq.order = "c.added DESC, c.id DESC"
		}
	case SortAdded:
		lq.order = "c.added DESC, c.id DESC"
	case SortPublished:
		lq.order = "c.published IS NULL, c.published DESC, c.id DESC"
	case SortTitle:
		lq.order = "c.title COLLATE NOCASE, c.id"
	default:
		return nil, fmt.Errorf("%w: unknown sort order %q", ErrInvalid, f.Sort)
	}
	if f.Limit < 0 || f.Offset < 0 {
		return nil, fmt.Errorf("%w: negative limit or offset", ErrInvalid)
	}
	return lq, nil
}

// sql assembles the query over the given columns, ordered and paged when
// paged is true.
func (lq *listQuery) sql(cols string, f Filter, paged bool) (string, []any) {
	var b strings.Builder
	args := lq.args
	b.WriteString("SELECT " + cols + " FROM " + lq.from)
	for i, w := range lq.where {
		if i == 0 {
			b.WriteString(" WHERE ")
		} else {
			b.WriteString(" AND ")
		}
		b.WriteString(w)
	}
	if paged {
		b.WriteString(" ORDER BY " + lq.order)
		switch {
		case f.Limit > 0:
			b.WriteString(" LIMIT ? OFFSET ?")
			args = append(args, f.Limit, f.Offset)
		case f.Offset > 0:
			b.WriteString(" LIMIT -1 OFFSET ?")
			args = append(args, f.Offset)
		}
	}
	return b.String(), args
}

// List returns the clippings the filter selects, in its order. A search
// sets each Summary's Snippet.
func (l *Library) List(ctx context.Context, f Filter) ([]Summary, error) {
	lq, err := buildList(f)
	if err != nil {
		return nil, fmt.Errorf("list clippings: %w", err)
	}
	cols := summaryColumns
	if lq.search {
		cols += ", " + snippetText + ", " + snippetNotes
	}
	query, args := lq.sql(cols, f, true)
	rows, err := l.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list clippings: %w", classify(err))
	}
	defer rows.Close()
	out := []Summary{}
	for rows.Next() {
		var text, notes string
		var extra []any
		if lq.search {
			extra = []any{&text, &notes}
		}
		s, err := scanSummary(rows, extra...)
		if err != nil {
			return nil, fmt.Errorf("list clippings: %w", classify(err))
		}
		if lq.search {
			s.Snippet = text
			if !strings.Contains(text, "«") && strings.Contains(notes, "«") {
				s.Snippet = notes
			}
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list clippings: %w", classify(err))
	}
	return out, nil
}

// Count returns how many clippings the filter selects, ignoring its Limit
// and Offset.
func (l *Library) Count(ctx context.Context, f Filter) (int, error) {
	lq, err := buildList(f)
	if err != nil {
		return 0, fmt.Errorf("count clippings: %w", err)
	}
	query, args := lq.sql("count(*)", f, false)
	var n int
	if err := l.db.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count clippings: %w", classify(err))
	}
	return n, nil
}
