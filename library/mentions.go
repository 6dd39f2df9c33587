package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"margin/annotate"
)

func checkStatus(s annotate.MentionStatus) error {
	switch s {
	case annotate.Confirmed, annotate.Suggested, annotate.Rejected:
		return nil
	}
	return fmt.Errorf("%w: unknown mention status %q", ErrInvalid, s)
}

const mentionColumns = `id, clipping_id, entity_id, start, end, exact, prefix, suffix, status, orphaned, score, created`

func scanMention(rows interface{ Scan(...any) error }) (annotate.Mention, error) {
	var (
		m       annotate.Mention
		status  string
		created int64
	)
	err := rows.Scan(&m.ID, &m.ClippingID, &m.EntityID, &m.Selector.Start, &m.Selector.End, &m.Selector.Exact,
		&m.Selector.Prefix, &m.Selector.Suffix, &status, &m.Orphaned, &m.Score, &created)
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
	return scanMentions(rows, 0)
}

// scanMentions reads and closes rows of mentionColumns into a slice made
// for n of them.
func scanMentions(rows *sql.Rows, n int) ([]annotate.Mention, error) {
	defer rows.Close()
	out := make([]annotate.Mention, 0, n)
	for rows.Next() {
		m, err := scanMention(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// clippingMentions returns the mentions of status (every one for "") in a
// clipping in text order, in a slice made at its size: grown by
// appending, the slices left behind for the 135,000 suggestions of a long
// page came to 80 MB.
func clippingMentions(ctx context.Context, q querier, clippingID int64, status annotate.MentionStatus) ([]annotate.Mention, error) {
	const where = ` FROM mentions WHERE clipping_id = ?1 AND (?2 = '' OR status = ?2)`
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*)`+where, clippingID, string(status)).Scan(&n); err != nil {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, `SELECT `+mentionColumns+where+` ORDER BY start, end, id`, clippingID, string(status))
	if err != nil {
		return nil, err
	}
	return scanMentions(rows, n)
}

// Mentions returns every mention in a clipping, in text order, whatever its
// status: confirmed, suggested (pending the person's decision) or rejected
// (kept so it is not suggested again). Callers showing or exporting
// mentions usually want only the confirmed ones.
func (l *Library) Mentions(ctx context.Context, clippingID int64) ([]annotate.Mention, error) {
	out, err := clippingMentions(ctx, l.db, clippingID, "")
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
	if m.Status != annotate.Suggested || m.Score <= 0 || m.Score > 1 {
		m.Score = 1 // the person's own
	}
	res, err := e.tx.ExecContext(ctx, `
		INSERT INTO mentions (clipping_id, entity_id, start, end, exact, prefix, suffix, status, score, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.ClippingID, m.EntityID, sel.Start, sel.End, sel.Exact, sel.Prefix, sel.Suffix, string(m.Status), m.Score, t)
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

// PendingPick chooses which of a clipping's pending suggestions a decision
// takes: every one, one entity's, or only the confident ones.
type PendingPick struct {
	// EntityID, when not 0, keeps only this entity's suggestions.
	EntityID int64
	// ConfidentOnly keeps only the suggestions annotate.Mention.Confident
	// reports confident enough to accept without reading them one by one.
	ConfidentOnly bool
}

// keeps reports whether m is a pending suggestion the pick takes.
func (p PendingPick) keeps(m annotate.Mention) bool {
	return m.Status == annotate.Suggested && !m.Orphaned &&
		(p.EntityID == 0 || m.EntityID == p.EntityID) &&
		(!p.ConfidentOnly || m.Confident())
}

// DecidePending confirms or rejects the pending suggestions of a clipping
// that pick chooses, in one edit (one undo step), and returns how many it
// decided. "Accept N confident" in the side panel and
// 'margin accept --all --confident' both call it, so the two faces accept
// the same suggestions. A clipping that is not in the library is an error
// wrapping ErrNotFound, not 0 decided.
func (l *Library) DecidePending(ctx context.Context, clippingID int64, status annotate.MentionStatus, pick PendingPick) (int, error) {
	if status != annotate.Confirmed && status != annotate.Rejected {
		return 0, fmt.Errorf("decide suggestions: %w: a decision confirms or rejects, not %q", ErrInvalid, status)
	}
	if err := checkClipping(ctx, l.db, clippingID); err != nil {
		return 0, fmt.Errorf("decide suggestions: %w", classify(err))
	}
	ms, err := clippingMentions(ctx, l.db, clippingID, annotate.Suggested)
	if err != nil {
		return 0, fmt.Errorf("decide suggestions: list mentions: %w", classify(err))
	}
	var ids []int64
	for _, m := range ms {
		if pick.keeps(m) {
			ids = append(ids, m.ID)
		}
	}
	if len(ids) == 0 {
		return 0, nil
	}
	if err := l.SetMentionStatus(ctx, status, ids...); err != nil {
		return 0, err
	}
	return len(ids), nil
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

// Suggest runs Margin's entity recogniser (annotate.SuggestLearned) over a
// clipping's text, knowing the library's entities and their aliases and
// the texts the person rejected anywhere in the library (which the
// recogniser no longer suggests, until ForgetRejection), and
// stores what it finds as suggested mentions: linked to the entity it names
// (by id, or by name or alias), or to a new entity. It never suggests again
// a span the person rejected, nor text they rejected anywhere in this
// clipping, nor a span that already has a mention. It returns the
// clipping's pending suggestions, in text order.
//
// Suggestions are Margin's, not the person's edits, so they are not in the
// undo history; confirming or rejecting them is.
func (l *Library) Suggest(ctx context.Context, clippingID int64) ([]annotate.Mention, error) {
	op := fmt.Sprintf("suggest entities in clipping %d", clippingID)
	text, err := clippingText(ctx, l.db, clippingID)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, classify(err))
	}
	entities, err := knownEntities(ctx, l.db)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, classify(err))
	}
	rejectedNames, err := l.RejectedNames(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	mentions, err := queryMentions(ctx, l.db, `SELECT `+mentionColumns+` FROM mentions WHERE clipping_id = ?`, clippingID)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, classify(err))
	}
	type span struct{ start, end int }
	taken := map[span]bool{}
	rejected := map[string]bool{}
	rejectedSpan := map[span]map[int64]bool{}
	for _, m := range mentions {
		sp := span{m.Selector.Start, m.Selector.End}
		if m.Status == annotate.Rejected {
			rejected[m.Selector.Exact] = true
			if rejectedSpan[sp] == nil {
				rejectedSpan[sp] = map[int64]bool{}
			}
			rejectedSpan[sp][m.EntityID] = true
		} else {
			taken[sp] = true
		}
	}
	mentions = nil
	runes := utf8.RuneCountInString(text)
	hash := contentHash(text)
	// writeBatch stores suggestions in one short transaction. The
	// recogniser takes a while; it runs outside every transaction, so
	// other writers wait at most for one batch. A long page has thousands
	// of suggestions, written a segment at a time as the recogniser makes
	// them; a batch not written (Margin closed meanwhile) is made by the
	// next Suggest, which skips the spans already suggested.
	writeBatch := func(batch []annotate.Suggestion) error {
		return l.write(ctx, op, func(tx *sql.Tx) error {
			var current string
			if err := tx.QueryRowContext(ctx, `SELECT content_hash FROM clippings WHERE id = ?`, clippingID).Scan(&current); err != nil {
				if errors.Is(err, sql.ErrNoRows) {
					return ErrNotFound
				}
				return err
			}
			if current != hash {
				return fmt.Errorf("%w: the clipping changed while Margin was reading it", ErrInvalid)
			}
			// Suggestions change no person's work, so they are written
			// outside the history.
			e := &editor{ctx: ctx, tx: tx}
			for _, s := range batch {
				sel := s.Selector
				sp := span{sel.Start, sel.End}
				if sel.Start < 0 || sel.End <= sel.Start || sel.End > runes || taken[sp] || rejected[sel.Exact] {
					continue
				}
				id, err := suggestedEntity(ctx, e, s)
				if err != nil {
					return err
				}
				if id == 0 || rejectedSpan[sp][id] {
					continue
				}
				if _, err := putMention(ctx, e, annotate.Mention{ClippingID: clippingID, EntityID: id, Status: annotate.Suggested, Score: s.Score}, sel); err != nil {
					return err
				}
			}
			return nil
		})
	}
	var batchTook time.Duration
	err = annotate.SuggestEach(text, annotate.Learned{Known: entities, Rejected: rejectedNames}, func(suggestions []annotate.Suggestion) error {
		for from := 0; from < len(suggestions); from += suggestBatch {
			if from > 0 {
				// Another process waiting to write polls for the lock
				// every 100 ms at most (SQLite's busy handler); batches
				// written back to back leave it gaps of microseconds, and
				// a note written meanwhile failed with "database is
				// locked" after 10 s. A pause as long as the batch took
				// lets it in.
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(min(batchTook, 100*time.Millisecond)):
				}
			}
			start := time.Now()
			if err := writeBatch(suggestions[from:min(from+suggestBatch, len(suggestions))]); err != nil {
				return err
			}
			batchTook = time.Since(start)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	pending, err := queryMentions(ctx, l.db, `SELECT `+mentionColumns+` FROM mentions
		WHERE clipping_id = ? AND status = 'suggested' ORDER BY start, end, id`, clippingID)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, classify(err))
	}
	return pending, nil
}

// knownEntities are the entities Suggest suggests wherever their names
// occur: what the person taught, those with a mention they confirmed and
// those they made themselves, which Margin never suggested. An entity
// Margin made for a suggestion nobody confirmed is Margin's own guess:
// were it known, its type would come back in every later clipping scored
// as sure as the person's word, and "Accept N confident" would take it. An
// entity the person only ever rejected is not known either: its name is a
// rejected text.
func knownEntities(ctx context.Context, q querier) ([]annotate.Entity, error) {
	known, err := entityStats(ctx, q, `SELECT id, name, type, 0, 0 FROM entities e
		WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id AND m.status = 'confirmed')
		   OR NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)`)
	if err != nil {
		return nil, err
	}
	entities := make([]annotate.Entity, len(known))
	for i, k := range known {
		entities[i] = k.Entity
	}
	return entities, nil
}

// RejectedNames returns the texts the person rejected as names anywhere in
// the library, which Suggest no longer suggests unless they name a known
// entity.
func (l *Library) RejectedNames(ctx context.Context) ([]string, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT DISTINCT exact FROM mentions WHERE status = 'rejected'`)
	if err != nil {
		return nil, fmt.Errorf("list rejected names: %w", classify(err))
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("list rejected names: %w", classify(err))
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// ForgetRejection forgets that the person rejected text as a name: its
// rejected mentions, in every clipping, are deleted (one edit, undoable),
// so Suggest may suggest it again. It returns how many were forgotten.
func (l *Library) ForgetRejection(ctx context.Context, text string) (int, error) {
	n := 0
	err := l.edit(ctx, fmt.Sprintf("forget the rejection of %q", text), "Forget Rejection", 0, func(e *editor) error {
		where := `status = 'rejected' AND exact = ?`
		if err := e.track("mentions", where, text); err != nil {
			return err
		}
		res, err := e.tx.ExecContext(ctx, `DELETE FROM mentions WHERE `+where, text)
		if err != nil {
			return err
		}
		affected, err := res.RowsAffected()
		n = int(affected)
		return err
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// suggestBatch is how many suggestions one transaction writes: about 30 ms
// of work.
const suggestBatch = 200

// suggestedEntity returns the id of the entity a suggestion names: the
// known one it gives, or the one with its name (or alias), or a new one.
// It returns 0 for a suggestion with no usable name.
func suggestedEntity(ctx context.Context, e *editor, s annotate.Suggestion) (int64, error) {
	if s.EntityID != 0 {
		if _, err := getEntity(ctx, e.tx, s.EntityID); err == nil {
			return s.EntityID, nil
		} else if !errors.Is(err, ErrNotFound) {
			return 0, err
		}
	}
	name := normalizeName(s.Name)
	if name == "" {
		name = normalizeName(s.Selector.Exact)
	}
	if name == "" {
		return 0, nil
	}
	id, err := findEntity(ctx, e.tx, name, s.Type)
	if err == nil {
		return id, nil
	} else if !errors.Is(err, ErrNotFound) {
		return 0, err
	}
	ent, err := normalizeEntity(annotate.Entity{Name: name, Type: s.Type})
	if err != nil {
		return 0, nil
	}
	ent, err = createEntity(ctx, e, ent)
	return ent.ID, err
}
