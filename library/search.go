package library

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// summaryColumns are the columns scanSummary reads, from clippings as c.
const summaryColumns = `c.id, c.title, c.byline, c.site, c.url, c.published, c.published_tz, c.added,
	(SELECT count(*) FROM highlights h WHERE h.clipping_id = c.id), c.version, c.version_change`

// scanSummary reads summaryColumns.
func scanSummary(rows *sql.Rows) (Summary, error) {
	var (
		s     Summary
		pub   sql.NullInt64
		pubTZ string
		added int64
	)
	if err := rows.Scan(&s.ID, &s.Title, &s.Byline, &s.SiteName, &s.URL, &pub, &pubTZ, &added, &s.HighlightCount, &s.Versions, &s.LastChange); err != nil {
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
	search bool   // the query has positive terms: rank and snippets exist
	match  string // the FTS5 expression, when search is true: where[0] and args[0]
	rank   string // the rank's expression, when search is true
	terms  []term // the positive terms
	// loose is match with each phrase's words as separate words, "" when
	// the query has no phrase of several words. FTS5's bm25 counts the
	// clippings that hold a phrase over the whole table, checking the
	// phrase in every clipping with its words (half a second for "of the"
	// over 100,000 clippings), even when the query is bounded to a few ids.
	// So a ranked search ranks by its words, loose, and keeps the rows
	// that match the phrase, among the ids it ranks.
	loose string
	// newest is set when a search by relevance lists its matches newest
	// first instead (see shortPrefix).
	newest bool
}

// buildList translates a filter.
func buildList(f Filter) (*listQuery, error) {
	lq := &listQuery{from: "clippings c"}
	fq := translateQuery(f.Query, f.Typing)
	if fq.match != "" && f.AllVersions {
		// Earlier versions have their own full-text table; a clipping
		// matches when its latest or any earlier version does. The two
		// tables' ranks do not compare, so the list is by date.
		lq.terms = fq.terms
		lq.where = append(lq.where, `c.id IN (SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?
			UNION SELECT v.clipping_id FROM versions_fts JOIN clipping_versions v ON v.id = versions_fts.rowid
			WHERE versions_fts MATCH ?)`)
		lq.args = append(lq.args, fq.expr(), fq.expr())
	} else if fq.match != "" {
		lq.search = true
		lq.terms = fq.terms
		// The full-text table drives the query so that FTS5 itself orders
		// by rank and snippets are made only for the rows returned.
		lq.from = "clippings_fts CROSS JOIN clippings c ON c.id = clippings_fts.rowid"
		lq.match = fq.expr()
		lq.loose = fq.looseExpr()
		lq.where = append(lq.where, "clippings_fts MATCH ?")
		lq.args = append(lq.args, lq.match)
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
	if lq.search {
		lq.rank = "clippings_fts.rank"
		if len(lq.where) > 1 {
			// FTS5 ranks every match before a tag, site or entity
			// filters them; bm25 in the query's own ORDER BY is computed
			// only for the rows that pass.
			lq.rank = bm25Rank
		}
	}
	switch f.Sort {
	case "", SortRelevance:
		switch {
		case lq.search && shortPrefix(fq):
			lq.order, lq.newest = "clippings_fts.rowid DESC", true
		case lq.search:
			lq.order = lq.rank
		default:
			lq.order = "c.added DESC, c.id DESC"
		}
	case SortAdded:
		lq.order = "c.added DESC, c.id DESC"
	case SortPublished:
		// SQLite sorts NULL below every number, so undated clippings come
		// last, and the order is the index's, backwards.
		lq.order = "c.published DESC, c.id DESC"
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

// shortPrefixLetters is the longest prefix that a search for it alone
// lists newest first (see shortPrefix).
const shortPrefixLetters = 2

// shortPrefix reports whether a search is one prefix of one or two
// letters ("t", "el*", as a person starts typing), which a search by
// relevance lists newest first, by the order the clippings came into the
// library (their ids), without ranking. Such a prefix begins thousands of
// words and matches most of a library, so its rank says little of what the
// person is looking for, and it is what costs most to rank: bm25 reads the
// prefix's whole list of matches (a 1-letter prefix over 100,000
// clippings: every one) to count them before it ranks any. Newest first,
// the first page is the first entries of that list read backwards.
func shortPrefix(fq ftsQuery) bool {
	return len(fq.terms) == 1 && fq.terms[0].shortPrefix()
}

// NewestFirst reports whether the filter, sorted by relevance, lists its
// matches newest first rather than ranked: a search for one prefix of one
// or two letters alone (see shortPrefix). The window and 'margin search'
// say so beside the count.
func (f Filter) NewestFirst() bool {
	if f.Sort != "" && f.Sort != SortRelevance {
		return false
	}
	lq, err := buildList(f)
	return err == nil && lq.newest
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
	if lq.ranked() && f.Limit > 0 {
		return l.listRanked(ctx, lq, f)
	}
	if lq.search && f.Limit > 0 && !lq.newest {
		out, ok, err := l.listSortedSearch(ctx, lq, f)
		if ok || err != nil {
			return out, err
		}
	}
	query, args := lq.sql(summaryColumns, f, true)
	out, err := l.listRows(ctx, query, args)
	if err != nil {
		return nil, err
	}
	if len(lq.terms) > 0 {
		if err := l.addSnippets(ctx, out, lq.terms); err != nil {
			return nil, fmt.Errorf("list clippings: %w", classify(err))
		}
	}
	return out, nil
}

// listRows runs a list query and reads its summaries.
func (l *Library) listRows(ctx context.Context, query string, args []any) ([]Summary, error) {
	rows, err := l.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list clippings: %w", classify(err))
	}
	defer rows.Close()
	out := []Summary{}
	for rows.Next() {
		s, err := scanSummary(rows)
		if err != nil {
			return nil, fmt.Errorf("list clippings: %w", classify(err))
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list clippings: %w", classify(err))
	}
	return out, nil
}

// A ranked search is split in at most rankWorkers parts (one per
// processor) of at least rankPartSize clippings: below that, one query is
// quicker than several, as each part's bm25 first counts the clippings
// that hold each word over the whole table. Tests change them.
var (
	rankPartSize = int64(10000)
	rankWorkers  = func() int { return runtime.GOMAXPROCS(0) }
)

// ranked reports whether the query is ordered by full-text rank.
func (lq *listQuery) ranked() bool { return lq.search && lq.order == lq.rank }

// bm25Rank is the rank the full-text table is configured with (migration
// 1), as an expression.
const bm25Rank = "bm25(clippings_fts, 10.0, 4.0, 2.0, 1.0, 3.0)"

// A broad search over a large library ranks its newest matches first:
// those among the newest rankWindow clippings, or its newest rankMatches
// matches when they are nearer. Ranking costs a few microseconds a row
// and a look-up of the row's column sizes, most of a broad search's time:
// 2,000 matches (was 4,000, see docs/performance.md) halve it. Tests
// change them.
var (
	rankWindow  = 4000
	rankMatches = 2000
)

// windowSizes returns the window of a search over a large library: its
// newest rankMatches matches among the newest rankWindow clippings, twice
// as many when a tag, site or entity narrows the search, as fewer of the
// window's matches pass the filter and, short of a page, the older ones
// are ranked whole.
func (lq *listQuery) windowSizes() (clippings int64, matches int) {
	if len(lq.where) > 1 {
		return 2 * int64(rankWindow), 2 * rankMatches
	}
	return int64(rankWindow), rankMatches
}

// idChunk is how many ids a statement of "id IN (?, ...)" reads at
// once: SQLite refuses a statement of more than 32,766 variables.
const idChunk = 500

// A hit is a ranked match: a clipping's id and its rank.
type hit struct {
	id   int64
	rank float64
}

// listRanked returns a page of a search ordered by rank. Ranking is what
// costs in a search that matches much of the library: FTS5 computes bm25
// for every matching row, a few microseconds each, and checks a phrase of
// common words in every clipping that has its words. So in a library of
// more than rankWindow clippings, a search estimated to match more than
// rankMatches clippings ranks its newest matches first (see window), then
// the older ones: its first pages cost what a narrower search's do, and a
// broad search's best matches are as good among the newest thousands. A
// narrower search is ranked whole.
func (l *Library) listRanked(ctx context.Context, lq *listQuery, f Filter) ([]Summary, error) {
	var lo, hi int64
	if err := l.db.QueryRowContext(ctx, `SELECT coalesce((SELECT min(id) FROM clippings), 0), coalesce((SELECT max(id) FROM clippings), 0)`).Scan(&lo, &hi); err != nil {
		return nil, fmt.Errorf("list clippings: %w", classify(err))
	}
	// The window's matches, ranked, come first; then the older ones.
	win, err := l.window(ctx, lq, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("list clippings: %w", classify(err))
	}
	cut := max(win.cut, lo)
	var hits []hit
	if lq.loose != "" && win.from != 0 {
		// A search ranked by a looser expression than it matches (a
		// phrase, a typed prefix of four letters, a short last prefix:
		// see listQuery.loose) ranks the matches window read, so that
		// FTS5 checks the phrase once; ranked at once, the older
		// matches are read too.
		ids := win.ids
		if win.cut == 0 {
			older, err := l.newestMatches(ctx, lq.match, lo, win.from-1, -1)
			if err != nil {
				return nil, fmt.Errorf("list clippings: %w", classify(err))
			}
			ids = append(ids, older...)
		}
		hits, err = l.rankIDs(ctx, lq, ids, f.Offset, f.Limit)
	} else {
		hits, err = l.rankRange(ctx, lq, cut, hi, f.Offset, f.Limit)
	}
	if err != nil {
		return nil, fmt.Errorf("list clippings: %w", classify(err))
	}
	if n := f.Limit - len(hits); n > 0 && cut > lo {
		inWindow := 0
		if len(hits) == 0 {
			// The page starts past the window: count the window's matches.
			query, args := lq.sql("count(*)", Filter{}, false)
			query += " AND clippings_fts.rowid >= ?"
			if err := l.db.QueryRowContext(ctx, query, append(args, cut)...).Scan(&inWindow); err != nil {
				return nil, fmt.Errorf("list clippings: %w", classify(err))
			}
		} else {
			inWindow = f.Offset + len(hits)
		}
		older, err := l.rankRange(ctx, lq, lo, cut-1, max(0, f.Offset-inWindow), n)
		if err != nil {
			return nil, fmt.Errorf("list clippings: %w", classify(err))
		}
		hits = append(hits, older...)
	}
	// The page's rows are read once it is ranked: read with the ranks,
	// each match's row was read (its clipping's columns after the text,
	// over the pages the text overflows into, and its highlights
	// counted) before SQLite sorted them, up to 2,000 rows for a page of
	// 100 when ranked by bm25 in the query.
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	out, err := l.summaries(ctx, ids)
	if err != nil {
		return nil, err
	}
	if err := l.addSnippets(ctx, out, lq.terms); err != nil {
		return nil, fmt.Errorf("list clippings: %w", classify(err))
	}
	return out, nil
}

// scanHits runs a query of ids and ranks and reads its hits.
func (l *Library) scanHits(ctx context.Context, query string, args []any) ([]hit, error) {
	rows, err := l.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []hit
	for rows.Next() {
		var h hit
		if err := rows.Scan(&h.id, &h.rank); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// searchWindow is the part of a search's matches ranked first.
type searchWindow struct {
	// cut is the lowest id of the matches ranked first, 0 when they are
	// all ranked at once.
	cut int64
	// from is the lowest id of the newest clippings window looked at, 0
	// when the library is small enough to rank whole; ids are the matches
	// it read there, newest first.
	from int64
	ids  []int64
}

// window returns the matches a search ranks first. Of the library's ids lo
// to hi, it reads the search's matches among the newest rankWindow
// clippings (by lq.match, also for a search ranked by a looser
// expression), newest first, from the full-text index alone (FTS5
// neither ranks them nor goes past the rankMatches-th): when there are
// rankMatches, they are the window; when fewer, the matches over the
// whole library are estimated from them, and a search estimated to match
// more than rankMatches clippings ranks the newest rankWindow clippings'
// matches first; fewer still, all its matches are ranked at once.
func (l *Library) window(ctx context.Context, lq *listQuery, lo, hi int64) (searchWindow, error) {
	// Ids are given in the order clippings are added and seldom deleted:
	// the newest rankWindow clippings are about those with the highest ids,
	// which costs nothing to find (counting 100,000 rows or stepping over
	// 8,000 would cost milliseconds).
	w, m := lq.windowSizes()
	total := hi - lo + 1
	if total <= w {
		return searchWindow{}, nil
	}
	win := searchWindow{from: hi - w + 1}
	var err error
	if win.ids, err = l.newestMatches(ctx, lq.match, win.from, hi, m); err != nil {
		return searchWindow{}, err
	}
	switch n := int64(len(win.ids)); {
	case n > 0 && n == int64(m):
		win.cut = win.ids[n-1]
	case n*total/w > int64(m):
		win.cut = win.from
	}
	return win, nil
}

// newestMatches returns the ids from lo to hi of the newest n clippings
// (all when n is negative) that match the FTS5 expression, newest first,
// read from the full-text index alone.
func (l *Library) newestMatches(ctx context.Context, match string, lo, hi int64, n int) ([]int64, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?
		AND rowid >= ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?`, match, lo, hi, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// rankIDs returns the hits (ids and ranks) of the page at offset of a
// search's matches ids (newest first), by rank, for a search ranked by a
// looser expression than it matches (a phrase by its words: see
// listQuery.loose). FTS5 checks the phrase once, when its matches are
// read (newestMatches), where ranking in parts by id checked it, and
// merged the lists of a prefix too long to have its own ("burg*"), once a
// part. Its rank is the same as rankRange's.
func (l *Library) rankIDs(ctx context.Context, lq *listQuery, ids []int64, offset, limit int) ([]hit, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var list strings.Builder
	list.WriteByte('[')
	for i, id := range ids {
		if i > 0 {
			list.WriteByte(',')
		}
		list.WriteString(strconv.FormatInt(id, 10))
	}
	list.WriteByte(']')
	part := *lq
	part.args = append(slices.Clone(lq.args), ids[len(ids)-1], ids[0], list.String())
	part.args[0] = lq.loose
	// The unary plus keeps SQLite from looking each id up in the
	// full-text table (see rankRange).
	part.where = append(slices.Clone(lq.where), "clippings_fts.rowid >= ? AND clippings_fts.rowid <= ?",
		"+clippings_fts.rowid IN (SELECT value FROM json_each(?))")
	part.rank, part.order = bm25Rank, bm25Rank
	query, args := part.sql("c.id, "+part.rank, Filter{Limit: offset + limit}, true)
	hits, err := l.scanHits(ctx, query, args)
	if err != nil {
		return nil, err
	}
	sortHits(hits)
	return hits[min(offset, len(hits)):], nil
}

// sortHits orders hits by rank, best first, then by id.
func sortHits(hits []hit) {
	slices.SortFunc(hits, func(a, b hit) int {
		if c := cmp.Compare(a.rank, b.rank); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
}

// rankRange returns the hits (ids and ranks) of the page at offset of the
// matches with ids from lo to hi, by rank. The range is split by id into
// parts ranked at once on separate connections, one per processor. Each
// part returns its best offset+limit rows with their rank, which is
// comparable across parts (bm25's statistics are the whole table's), and
// the best of them make the page.
func (l *Library) rankRange(ctx context.Context, lq *listQuery, lo, hi int64, offset, limit int) ([]hit, error) {
	parts := int(min(int64(rankWorkers()), (hi-lo)/rankPartSize+1))
	step := (hi-lo)/int64(parts) + 1
	ranked := make([][]hit, parts)
	err := inParallel(parts, func(p int) error {
		part := *lq
		from, to := lo+int64(p)*step, min(lo+int64(p+1)*step, hi+1)
		part.where = append(slices.Clone(lq.where), "clippings_fts.rowid >= ? AND clippings_fts.rowid < ?")
		part.args = append(slices.Clone(lq.args), from, to)
		if lq.loose != "" {
			part.args[0] = lq.loose
			// The unary plus keeps SQLite from looking each id up in
			// the full-text table, a query (and bm25's counts) an id.
			part.where = append(part.where, `+clippings_fts.rowid IN (SELECT rowid FROM clippings_fts
				WHERE clippings_fts MATCH ? AND rowid >= ? AND rowid < ?)`)
			part.args = append(part.args, lq.match, from, to)
			// Ordered by FTS5's rank, FTS5 would rank every row with
			// the phrase's words before SQLite keeps those with the
			// phrase (50,000 rows for "heat with*" over 100,000
			// clippings, to keep 523): bm25 in the query's own ORDER BY
			// ranks only the rows kept.
			part.rank, part.order = bm25Rank, bm25Rank
		}
		query, args := part.sql("c.id, "+part.rank, Filter{Limit: offset + limit}, true)
		var err error
		ranked[p], err = l.scanHits(ctx, query, args)
		return err
	})
	if err != nil {
		return nil, err
	}
	hits := slices.Concat(ranked...)
	sortHits(hits)
	return hits[min(offset, len(hits)):min(offset+limit, len(hits))], nil
}

// walkAbove is the number of matches above which a search sorted by date
// or title walks the order's index (see listSortedSearch). Tests change it.
var walkAbove = 2000

// listSortedSearch returns a page of a search sorted by date or title
// when the search matches many clippings, and ok false otherwise. Joining
// every match to its clipping and sorting them all costs a few
// microseconds a match (a clipping's sort keys follow its text in the
// row), 90 ms for half of 50,000 clippings. Instead the matches' ids come
// from the full-text index alone, then the order's index is walked,
// newest or A first, until a page of matches has passed: when many
// clippings match, the page is near the start.
func (l *Library) listSortedSearch(ctx context.Context, lq *listQuery, f Filter) ([]Summary, bool, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?`, lq.match)
	if err != nil {
		return nil, false, fmt.Errorf("list clippings: %w", classify(err))
	}
	matched := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, false, fmt.Errorf("list clippings: %w", classify(err))
		}
		matched[id] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("list clippings: %w", classify(err))
	}
	if len(matched) <= walkAbove {
		return nil, false, nil
	}
	// The same query without the match, ids only, in the list's order.
	walk := *lq
	walk.from = "clippings c"
	walk.where, walk.args = lq.where[1:], lq.args[1:]
	query, args := walk.sql("c.id", Filter{}, true)
	rows, err = l.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, false, fmt.Errorf("list clippings: %w", classify(err))
	}
	var page []int64
	skip := f.Offset
	for len(page) < f.Limit && rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, false, fmt.Errorf("list clippings: %w", classify(err))
		}
		switch {
		case !matched[id]:
		case skip > 0:
			skip--
		default:
			page = append(page, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("list clippings: %w", classify(err))
	}
	out, err := l.summaries(ctx, page)
	if err != nil {
		return nil, false, err
	}
	if err := l.addSnippets(ctx, out, lq.terms); err != nil {
		return nil, false, fmt.Errorf("list clippings: %w", classify(err))
	}
	return out, true, nil
}

// summaries returns the summaries of the clippings ids, in that order,
// leaving out any deleted since the ids were read.
func (l *Library) summaries(ctx context.Context, ids []int64) ([]Summary, error) {
	out := make([]Summary, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	// A page of a ranked search is as long as its limit: its ids are
	// read idChunk at a time.
	byID := make(map[int64]Summary, len(ids))
	for i := 0; i < len(ids); i += idChunk {
		batch := ids[i:min(i+idChunk, len(ids))]
		args := make([]any, len(batch))
		for j, id := range batch {
			args[j] = id
		}
		found, err := l.listRows(ctx, `SELECT `+summaryColumns+` FROM clippings c WHERE c.id IN (?`+strings.Repeat(", ?", len(batch)-1)+`)`, args)
		if err != nil {
			return nil, err
		}
		for _, s := range found {
			byID[s.ID] = s
		}
	}
	for _, id := range ids {
		if s, ok := byID[id]; ok {
			out = append(out, s)
		}
	}
	return out, nil
}

// inParallel runs fn(0) to fn(n-1) at once and returns their errors.
func inParallel(n int, fn func(i int) error) error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn(i)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Count returns how many clippings the filter selects, ignoring its Limit
// and Offset.
func (l *Library) Count(ctx context.Context, f Filter) (int, error) {
	return l.count(ctx, f, 0)
}

// CountUpTo returns how many clippings the filter selects, ignoring its
// Limit and Offset, when they are at most most; when there are more, it
// returns most and true. It stops counting there: a broad search over a
// large library matches tens of thousands of clippings, and counting
// them all reads every match from the full-text index (17 ms of
// processor time for "t*" over 100,000 clippings), while a person reads
// "more than 1,000" as well.
func (l *Library) CountUpTo(ctx context.Context, f Filter, most int) (int, bool, error) {
	if most <= 0 {
		return 0, false, fmt.Errorf("count clippings: %w: the most to count must be positive", ErrInvalid)
	}
	n, err := l.count(ctx, f, most+1)
	if n > most {
		return most, true, err
	}
	return n, false, err
}

// count counts the clippings the filter selects, up to limit when it is
// positive.
func (l *Library) count(ctx context.Context, f Filter, limit int) (int, error) {
	lq, err := buildList(f)
	if err != nil {
		return 0, fmt.Errorf("count clippings: %w", err)
	}
	if lq.search && len(lq.where) == 1 {
		// Only the full-text index is asked: every clipping has its row
		// there, and joining each match to its clipping's row cost half
		// the count of a broad search.
		lq.from = "clippings_fts"
	}
	query, args := lq.sql("count(*)", f, false)
	if limit > 0 {
		query, args = lq.sql("1", f, false)
		query = "SELECT count(*) FROM (" + query + " LIMIT ?)"
		args = append(args, limit)
	}
	var n int
	if err := l.db.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count clippings: %w", classify(err))
	}
	return n, nil
}
