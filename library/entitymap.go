package library

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"margin/annotate"
)

// The entity map: which entities appear with which across the library, and
// the passages behind each link. The counts are kept by triggers (migration
// 5) in the table cooccur, one row per clipping and pair of entities both
// confirmed in it, with how many of its paragraphs hold both; so a map is
// a grouped read of that table, whatever the filter, and no edit has to
// recount the library.

// Unit is what two entities must share to be linked on the map.
type Unit string

// The units of a link.
const (
	UnitParagraph Unit = "paragraph" // a paragraph of a clipping (the default)
	UnitClipping  Unit = "clipping"  // a whole clipping
)

// ParseUnit reads a unit as a person types it; "" is UnitParagraph.
func ParseUnit(s string) (Unit, error) {
	switch Unit(strings.ToLower(strings.TrimSpace(s))) {
	case "", UnitParagraph, "paragraphs":
		return UnitParagraph, nil
	case UnitClipping, "clippings", "article":
		return UnitClipping, nil
	}
	return "", fmt.Errorf("%w: the unit is paragraph or clipping, not %q", ErrInvalid, s)
}

// DefaultMapLinks is how many of the strongest links a map shows when the
// filter does not say.
const DefaultMapLinks = 150

// MapFilter says which part of the library a map shows. The zero MapFilter
// is the whole library's strongest links by shared paragraphs.
type MapFilter struct {
	Entity int64                 // a map around one entity; 0 for the whole library
	Types  []annotate.EntityType // the types of entity shown; none means every type
	Tag    string                // clippings with this tag
	Site   string                // clippings from this site
	Query  string                // clippings matching this search (as the library list reads it)
	Since  time.Time             // clippings dated from then on (published, else added)
	Until  time.Time             // clippings dated before then
	Unit   Unit
	Limit  int // the strongest links kept; 0 is DefaultMapLinks, < 0 all
}

// MapNode is an entity on the map: Clippings and Mentions count its
// confirmed mentions in the clippings the filter selects.
type MapNode struct {
	ID        int64               `json:"id"`
	Name      string              `json:"name"`
	Type      annotate.EntityType `json:"type"`
	Clippings int                 `json:"clippings"`
	Mentions  int                 `json:"mentions"`
}

// MapLink is a link between two entities (A < B): Count is how many units
// (paragraphs or clippings, as the filter's unit) hold both, Paragraphs
// and Clippings both counts, First and Last the dates of the earliest and
// latest clipping holding both.
type MapLink struct {
	A          int64     `json:"a"`
	B          int64     `json:"b"`
	Count      int       `json:"count"`
	Paragraphs int       `json:"paragraphs"`
	Clippings  int       `json:"clippings"`
	First      time.Time `json:"first"`
	Last       time.Time `json:"last"`
}

// EntityMap is a map of entities and their links, strongest link first.
// Total is how many links the filter selects before the limit.
type EntityMap struct {
	Unit  Unit      `json:"unit"`
	Nodes []MapNode `json:"nodes"`
	Links []MapLink `json:"links"`
	Total int       `json:"total_links"`
}

// clippingWhere returns the conditions on the clipping c (with its date in
// dateCol) that the filter's tag, site, search and dates make.
func (f MapFilter) clippingWhere(idCol, dateCol string) ([]string, []any) {
	var where []string
	var args []any
	if t := normalizeTag(f.Tag); t != "" {
		where = append(where, idCol+" IN (SELECT clipping_id FROM tags WHERE tag = ? COLLATE NOCASE)")
		args = append(args, t)
	}
	if s := strings.TrimSpace(f.Site); s != "" {
		where = append(where, idCol+" IN (SELECT id FROM clippings WHERE site = ? COLLATE NOCASE)")
		args = append(args, s)
	}
	fq := translateQuery(f.Query, false)
	if fq.match != "" {
		where = append(where, idCol+" IN (SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?)")
		args = append(args, fq.expr())
	} else if fq.exclude != "" {
		where = append(where, idCol+" NOT IN (SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?)")
		args = append(args, fq.exclude)
	}
	if !f.Since.IsZero() {
		where = append(where, dateCol+" >= ?")
		args = append(args, f.Since.UnixMilli())
	}
	if !f.Until.IsZero() {
		where = append(where, dateCol+" < ?")
		args = append(args, f.Until.UnixMilli())
	}
	return where, args
}

// typeWhere returns the condition that the entity in col is of one of the
// filter's types.
func (f MapFilter) typeWhere(col string) (string, []any) {
	if len(f.Types) == 0 {
		return "", nil
	}
	args := make([]any, len(f.Types))
	for i, t := range f.Types {
		args[i] = string(t)
	}
	return col + " IN (SELECT id FROM entities WHERE type IN (?" + strings.Repeat(", ?", len(args)-1) + "))", args
}

func (f MapFilter) unit() Unit {
	if f.Unit == UnitClipping {
		return UnitClipping
	}
	return UnitParagraph
}

// Map returns the entity map the filter selects: its strongest links (by
// the filter's unit) and the entities they join, with the filter's entity
// itself even when it has no link.
func (l *Library) Map(ctx context.Context, f MapFilter) (*EntityMap, error) {
	m, err := l.entityMap(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("entity map: %w", classify(err))
	}
	return m, nil
}

func (l *Library) entityMap(ctx context.Context, f MapFilter) (*EntityMap, error) {
	tx, err := l.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	unit := f.unit()
	var (
		links []MapLink
		total int
	)
	if f.wholeLibrary() {
		links, total, err = totalLinks(ctx, tx, f)
	} else {
		links, err = filteredLinks(ctx, tx, f)
		total = len(links)
	}
	if err != nil {
		return nil, err
	}
	sort.Slice(links, func(i, j int) bool {
		if links[i].Count != links[j].Count {
			return links[i].Count > links[j].Count
		}
		if links[i].A != links[j].A {
			return links[i].A < links[j].A
		}
		return links[i].B < links[j].B
	})
	m := &EntityMap{Unit: unit, Total: total}
	if limit := f.limit(); limit > 0 && len(links) > limit {
		links = links[:limit]
	}
	m.Links = links
	ids := map[int64]bool{}
	if f.Entity != 0 {
		ids[f.Entity] = true
	}
	for _, k := range links {
		ids[k.A], ids[k.B] = true, true
	}
	m.Nodes, err = mapNodes(ctx, tx, ids, f)
	if err != nil {
		return nil, err
	}
	return m, nil
}

func (f MapFilter) limit() int {
	if f.Limit == 0 {
		return DefaultMapLinks
	}
	return f.Limit
}

// wholeLibrary reports whether the filter selects every clipping, so that
// the library's totals answer it.
func (f MapFilter) wholeLibrary() bool {
	w, _ := f.clippingWhere("x", "x")
	return len(w) == 0
}

// scanLinks reads links as entity_a, entity_b, count, paragraphs,
// clippings, first, last.
func scanLinks(rows *sql.Rows) ([]MapLink, error) {
	defer rows.Close()
	var links []MapLink
	for rows.Next() {
		var k MapLink
		var first, last int64
		if err := rows.Scan(&k.A, &k.B, &k.Count, &k.Paragraphs, &k.Clippings, &first, &last); err != nil {
			return nil, err
		}
		k.First, k.Last = time.UnixMilli(first).UTC(), time.UnixMilli(last).UTC()
		links = append(links, k)
	}
	return links, rows.Err()
}

// totalLinks reads the links of the whole library from the kept totals:
// the strongest links of the filter's entity and types, and how many there
// are in all.
func totalLinks(ctx context.Context, q querier, f MapFilter) ([]MapLink, int, error) {
	weight := "t.paragraphs"
	where := []string{"t.paragraphs > 0"}
	if f.unit() == UnitClipping {
		weight, where = "t.clippings", nil
	}
	var args []any
	from := "cooccur_totals t"
	if f.Entity != 0 {
		from = `(SELECT * FROM cooccur_totals WHERE entity_a = ? UNION ALL SELECT * FROM cooccur_totals WHERE entity_b = ?) t`
		args = append(args, f.Entity, f.Entity)
	}
	if tw, ta := f.typeWhere("t.entity_a"); tw != "" {
		where = append(where, tw, strings.Replace(tw, "t.entity_a", "t.entity_b", 1))
		args = append(append(args, ta...), ta...)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	var total int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM `+from+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	stmt := `SELECT t.entity_a, t.entity_b, ` + weight + `, t.paragraphs, t.clippings, t.first, t.last FROM ` + from + cond +
		" ORDER BY " + weight + " DESC, t.entity_a, t.entity_b"
	if limit := f.limit(); limit > 0 {
		stmt += fmt.Sprintf(" LIMIT %d", limit)
	}
	rows, err := q.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, 0, err
	}
	links, err := scanLinks(rows)
	return links, total, err
}

// filteredLinks groups the links of the clippings the filter selects.
func filteredLinks(ctx context.Context, q querier, f MapFilter) ([]MapLink, error) {
	where, args := f.clippingWhere("x.clipping_id", "x.date")
	// The unary plus keeps SQLite from searching the index once per pair of
	// entities of the types (millions of searches); it checks each row.
	if tw, ta := f.typeWhere("+x.entity_a"); tw != "" {
		where = append(where, tw, strings.Replace(tw, "+x.entity_a", "+x.entity_b", 1))
		args = append(append(args, ta...), ta...)
	}
	weight := "sum(x.paragraphs)"
	having := " HAVING sum(x.paragraphs) > 0"
	if f.unit() == UnitClipping {
		weight, having = "count(*)", ""
	}
	// Around one entity the two halves use an index each; a plain OR would
	// scan the table.
	from := "cooccur x"
	if !f.Since.IsZero() || !f.Until.IsZero() {
		// SQLite's statistics favour skipping through the pairs' index,
		// but a period's rows are one range of the date index: a month
		// of 50,000 clippings reads in milliseconds, not hundreds.
		from = "cooccur x INDEXED BY cooccur_date"
	}
	if f.Entity != 0 {
		from = `(SELECT * FROM cooccur WHERE entity_a = ? UNION ALL SELECT * FROM cooccur WHERE entity_b = ?) x`
		args = append([]any{f.Entity, f.Entity}, args...)
	}
	stmt := `SELECT x.entity_a, x.entity_b, ` + weight + `, sum(x.paragraphs), count(*), min(x.date), max(x.date) FROM ` + from
	if len(where) > 0 {
		stmt += " WHERE " + strings.Join(where, " AND ")
	}
	stmt += " GROUP BY x.entity_a, x.entity_b" + having
	rows, err := q.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, err
	}
	return scanLinks(rows)
}

// mapNodes reads the entities of a map with their counts in the clippings
// the filter selects, most mentioned first.
func mapNodes(ctx context.Context, q querier, ids map[int64]bool, f MapFilter) ([]MapNode, error) {
	nodes := make([]MapNode, 0, len(ids))
	if len(ids) == 0 {
		return nodes, nil
	}
	in := make([]any, 0, len(ids))
	for id := range ids {
		in = append(in, id)
	}
	list := "(?" + strings.Repeat(", ?", len(in)-1) + ")"
	// The counts by each entity's index entries (entity, clipping, date),
	// which hold all the filter needs.
	where, args := f.clippingWhere("p.clipping_id", "p.date")
	cond := ""
	if len(where) > 0 {
		cond = " AND " + strings.Join(where, " AND ")
	}
	rows, err := q.QueryContext(ctx, `SELECT e.id, e.name, e.type, coalesce(n.clippings, 0), coalesce(n.mentions, 0)
		FROM entities e LEFT JOIN (
			SELECT p.entity_id, count(DISTINCT p.clipping_id) AS clippings, count(*) AS mentions
			FROM mention_paragraphs p WHERE p.entity_id IN `+list+cond+`
			GROUP BY p.entity_id) n ON n.entity_id = e.id
		WHERE e.id IN `+list, append(append(append([]any{}, in...), args...), in...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var n MapNode
		if err := rows.Scan(&n.ID, &n.Name, &n.Type, &n.Clippings, &n.Mentions); err != nil {
			return nil, err
		}
		nodes = append(nodes, n)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(nodes, func(i, j int) bool {
		if nodes[i].Clippings != nodes[j].Clippings {
			return nodes[i].Clippings > nodes[j].Clippings
		}
		return nodes[i].ID < nodes[j].ID
	})
	return nodes, nil
}

// Passage is a place in a clipping where two linked entities appear: the
// paragraph holding both, or, where they share the clipping but no
// paragraph, the paragraphs of the first mention of each. Start and End
// are rune offsets in the clipping's text of what Quote shows (where the
// reader opens it); Quote is cut to about maxQuote characters around the
// names, with an ellipsis where it was cut.
type Passage struct {
	ClippingID int64     `json:"clipping_id"`
	Title      string    `json:"title"`
	Site       string    `json:"site,omitempty"`
	Date       time.Time `json:"date"`
	Start      int       `json:"start"`
	End        int       `json:"end"`
	Quote      string    `json:"quote"`
	Together   bool      `json:"together"` // both in this one paragraph
}

// maxQuote is about how long a passage's quote is.
const maxQuote = 320

// maxPassageClippings bounds how many clippings one drill-down reads, the
// latest first, so that a link of thousands still lists at once.
const maxPassageClippings = 100

// Passages returns the passages where the entities a and b both appear in
// the clippings the filter selects, latest clipping first; with the
// paragraph unit only paragraphs holding both. Total is how many clippings
// hold both, of which at most maxPassageClippings are read.
func (l *Library) Passages(ctx context.Context, a, b int64, f MapFilter) (passages []Passage, total int, err error) {
	passages, total, err = l.passages(ctx, a, b, f)
	if err != nil {
		return nil, 0, fmt.Errorf("passages of entities %d and %d: %w", a, b, classify(err))
	}
	return passages, total, nil
}

func (l *Library) passages(ctx context.Context, a, b int64, f MapFilter) ([]Passage, int, error) {
	if a > b {
		a, b = b, a
	}
	tx, err := l.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	where, args := f.clippingWhere("x.clipping_id", "x.date")
	where = append([]string{"x.entity_a = ?", "x.entity_b = ?"}, where...)
	args = append([]any{a, b}, args...)
	if f.unit() == UnitParagraph {
		where = append(where, "x.paragraphs > 0")
	}
	rows, err := tx.QueryContext(ctx, `SELECT x.clipping_id FROM cooccur x WHERE `+strings.Join(where, " AND ")+
		` ORDER BY x.date DESC, x.clipping_id DESC`, args...)
	if err != nil {
		return nil, 0, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, 0, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	total := len(ids)
	if len(ids) > maxPassageClippings {
		ids = ids[:maxPassageClippings]
	}
	var out []Passage
	for _, id := range ids {
		ps, err := clippingPassages(ctx, tx, id, a, b, f.unit())
		if err != nil {
			return nil, 0, err
		}
		out = append(out, ps...)
	}
	return out, total, nil
}

// clippingPassages returns the passages of one clipping where a and b
// appear.
func clippingPassages(ctx context.Context, db querier, id, a, b int64, unit Unit) ([]Passage, error) {
	var (
		p         Passage
		text, tz  string
		published sql.NullInt64
		added     int64
	)
	err := db.QueryRowContext(ctx, `SELECT title, site, published, published_tz, added, text FROM clippings WHERE id = ?`, id).
		Scan(&p.Title, &p.Site, &published, &tz, &added, &text)
	if err != nil {
		return nil, err
	}
	p.ClippingID = id
	p.Date = publishedTime(published, tz)
	if p.Date.IsZero() {
		p.Date = time.UnixMilli(added).UTC()
	}
	rows, err := db.QueryContext(ctx, `SELECT p.entity_id, p.paragraph, m.start, m.end
		FROM mention_paragraphs p JOIN mentions m ON m.id = p.mention_id
		WHERE p.clipping_id = ? AND p.entity_id IN (?, ?) ORDER BY m.start`, id, a, b)
	if err != nil {
		return nil, err
	}
	type spot struct {
		entity     int64
		para       int
		start, end int
	}
	var spots []spot
	for rows.Next() {
		var s spot
		if err := rows.Scan(&s.entity, &s.para, &s.start, &s.end); err != nil {
			rows.Close()
			return nil, err
		}
		spots = append(spots, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	paras := paragraphSpans(text)
	// Which entities each paragraph holds, and where their names are.
	type held struct {
		a, b      bool
		from, to  int // the runes the names span
		paragraph int
	}
	byPara := map[int]*held{}
	var order []int
	for _, s := range spots {
		h := byPara[s.para]
		if h == nil {
			h = &held{from: s.start, to: s.end, paragraph: s.para}
			byPara[s.para] = h
			order = append(order, s.para)
		}
		h.a = h.a || s.entity == a
		h.b = h.b || s.entity == b
		h.from, h.to = min(h.from, s.start), max(h.to, s.end)
	}
	runes := []rune(text)
	var out []Passage
	for _, n := range order {
		h := byPara[n]
		if !h.a || !h.b || n >= len(paras) {
			continue
		}
		q := p
		q.Together = true
		q.Start, q.End, q.Quote = quoteAround(runes, paras[n], h.from, h.to)
		out = append(out, q)
	}
	if len(out) > 0 || unit == UnitParagraph {
		return out, nil
	}
	// No paragraph holds both: the first paragraph of each, in text order.
	firstA, firstB := -1, -1
	for _, n := range order {
		if byPara[n].a && firstA < 0 {
			firstA = n
		}
		if byPara[n].b && firstB < 0 {
			firstB = n
		}
	}
	if firstA < 0 || firstB < 0 || max(firstA, firstB) >= len(paras) {
		return nil, nil
	}
	q := p
	var parts []string
	for i, n := range []int{min(firstA, firstB), max(firstA, firstB)} {
		h := byPara[n]
		s, e, quote := quoteAround(runes, paras[n], h.from, h.to)
		if i == 0 {
			q.Start = s
		}
		q.End = e
		parts = append(parts, quote)
	}
	q.Quote = strings.Join(parts, " […] ")
	return append(out, q), nil
}

// paragraphSpans returns the rune spans of the paragraphs of a canonical
// text: blocks are joined by one blank line (clip.Document.Text), which is
// also how the triggers count a mention's paragraph.
func paragraphSpans(text string) [][2]int {
	var spans [][2]int
	pos := 0
	for {
		i := strings.Index(text, "\n\n")
		if i < 0 {
			n := utf8.RuneCountInString(text)
			return append(spans, [2]int{pos, pos + n})
		}
		n := utf8.RuneCountInString(text[:i])
		spans = append(spans, [2]int{pos, pos + n})
		pos += n + 2
		text = text[i+2:]
	}
}

// quoteAround returns the part of the paragraph span that a quote shows:
// all of it when short, else about maxQuote runes around the names (from,
// to), widened to word boundaries, with an ellipsis at each cut.
func quoteAround(runes []rune, para [2]int, from, to int) (start, end int, quote string) {
	start, end = para[0], min(para[1], len(runes))
	if end-start > maxQuote {
		mid := (from + to) / 2
		s := max(start, mid-maxQuote/2)
		e := min(end, s+maxQuote)
		s = max(start, e-maxQuote)
		for s > start && runes[s-1] != ' ' {
			s--
		}
		for e < end && runes[e] != ' ' {
			e++
		}
		start, end = s, e
	}
	quote = strings.TrimSpace(string(runes[start:end]))
	if start > para[0] {
		quote = "…" + quote
	}
	if end < para[1] {
		quote += "…"
	}
	return start, end, quote
}

// Period is the length of the time strip's buckets.
type Period string

// The periods of a time strip.
const (
	Week  Period = "week"
	Month Period = "month"
)

// TimeCount is how many confirmed mentions of an entity the clippings
// dated in one period (from Start) hold.
type TimeCount struct {
	EntityID int64     `json:"entity_id"`
	Start    time.Time `json:"start"`
	Mentions int       `json:"mentions"`
}

// periodStart returns the start of the period holding t (UTC): the first
// of its month, or the Monday of its week.
func periodStart(t time.Time, p Period) time.Time {
	t = t.UTC()
	if p == Week {
		d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	}
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// MentionsOverTime returns, for each of the entities, its confirmed
// mentions per period in the clippings the filter selects (its entity and
// types aside), in time order; periods without a mention are left out.
func (l *Library) MentionsOverTime(ctx context.Context, ids []int64, p Period, f MapFilter) ([]TimeCount, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	where, args := f.clippingWhere("p.clipping_id", "p.date")
	in := make([]any, len(ids))
	for i, id := range ids {
		in[i] = id
	}
	where = append([]string{"p.entity_id IN (?" + strings.Repeat(", ?", len(ids)-1) + ")"}, where...)
	args = append(in, args...)
	rows, err := l.db.QueryContext(ctx, `SELECT p.entity_id, p.date, count(*)
		FROM mention_paragraphs p
		WHERE `+strings.Join(where, " AND ")+` GROUP BY p.entity_id, p.clipping_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("mentions over time: %w", classify(err))
	}
	defer rows.Close()
	type key struct {
		id    int64
		start int64
	}
	counts := map[key]int{}
	for rows.Next() {
		var id, date int64
		var n int
		if err := rows.Scan(&id, &date, &n); err != nil {
			return nil, fmt.Errorf("mentions over time: %w", classify(err))
		}
		counts[key{id, periodStart(time.UnixMilli(date), p).UnixMilli()}] += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mentions over time: %w", classify(err))
	}
	out := make([]TimeCount, 0, len(counts))
	for k, n := range counts {
		out = append(out, TimeCount{EntityID: k.id, Start: time.UnixMilli(k.start).UTC(), Mentions: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].EntityID < out[j].EntityID
	})
	return out, nil
}
