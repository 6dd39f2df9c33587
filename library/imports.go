package library

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"margin/annotate"
)

// ImportResult says what AddImports did with a batch of imports.
type ImportResult struct {
	// IDs holds, for each import in order, the id of its clipping (new or
	// already in the library).
	IDs []int64 `json:"ids"`
	// Added and Existing count new clippings and those already filed.
	Added    int `json:"added"`
	Existing int `json:"existing"`
	// Highlights counts highlights added; Orphans, those of them whose
	// quote was not found in the clipping's text (kept, marked orphaned).
	Highlights int `json:"highlights"`
	Orphans    int `json:"orphans"`
	// Tags counts tags added to clippings.
	Tags int `json:"tags"`
	// Queued counts clippings put in the fetch queue (see Import.Fetch).
	Queued int `json:"queued"`
}

// AddImports files articles from another tool's export, with their tags,
// notes and highlights, in one transaction: either all of it is filed or,
// on an error, nothing is.
//
// An article already in the library (same URL or text, as Add decides) is
// not filed again; it gains only the tags it lacks, the note when it has
// none, and the highlights it does not already hold (same quote and note).
// So importing the same file twice adds nothing the second time.
//
// Each highlight is anchored in the clipping's text by its quote and the
// context around it (annotate.Anchor; Selector.Start, when known, says
// where to look first). A quote that cannot be found is kept as an orphan
// with its quote and note, never dropped. A highlight's Created time is kept
// when set. Imports are not undoable edits.
//
// progress, if not nil, is told how many items are filed so far, every few
// hundred items, from inside the transaction.
func (l *Library) AddImports(ctx context.Context, items []Import, progress func(done int)) (ImportResult, error) {
	res := ImportResult{IDs: make([]int64, len(items))}
	rows := make([]*clippingRow, len(items))
	for i, it := range items {
		var err error
		if rows[i], err = newClippingRow(it.Article); err != nil {
			return ImportResult{}, fmt.Errorf("import: item %d: %w", i+1, err)
		}
		for _, h := range it.Highlights {
			if h.Color != "" {
				if err := checkColor(h.Color); err != nil {
					return ImportResult{}, fmt.Errorf("import: item %d: %w", i+1, err)
				}
			}
		}
	}
	stmts, err := l.addStatements(ctx)
	if err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", classify(err))
	}
	err = l.write(ctx, "import", func(tx *sql.Tx) error {
		st := stmts.in(ctx, tx)
		for i, row := range rows {
			if i%256 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				if progress != nil && i > 0 {
					progress(i)
				}
			}
			id, err := st.findDuplicate(ctx, row)
			if err != nil {
				return err
			}
			existed := id != 0
			if existed {
				res.Existing++
			} else {
				if id, err = st.insertClipping(ctx, row); err != nil {
					return err
				}
				if t := items[i].Added; !t.IsZero() {
					if _, err := tx.ExecContext(ctx, `UPDATE clippings SET added = ? WHERE id = ?`, t.UnixMilli(), id); err != nil {
						return err
					}
				}
				res.Added++
			}
			res.IDs[i] = id
			if err := importInto(ctx, tx, id, row.text, items[i], existed, &res); err != nil {
				return fmt.Errorf("item %d: %w", i+1, err)
			}
		}
		if progress != nil {
			progress(len(rows))
		}
		return nil
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

// importInto adds an import's tags, note, highlights and fetch request to
// the clipping id, whose canonical text is text.
func importInto(ctx context.Context, tx *sql.Tx, id int64, text string, it Import, existed bool, res *ImportResult) error {
	for _, t := range it.Tags {
		t = normalizeTag(t)
		if t == "" {
			continue
		}
		r, err := tx.ExecContext(ctx, `
			INSERT INTO tags (clipping_id, tag)
			SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM tags WHERE clipping_id = ?1 AND tag = ?2 COLLATE NOCASE)`, id, t)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n > 0 {
			res.Tags++
		}
	}
	notesChanged := false
	if note := strings.TrimSpace(it.Note); note != "" {
		r, err := tx.ExecContext(ctx, `UPDATE clippings SET note = ? WHERE id = ? AND note = ''`, note, id)
		if err != nil {
			return err
		}
		n, _ := r.RowsAffected()
		notesChanged = n > 0
	}
	if len(it.Highlights) > 0 {
		have := map[[2]string]bool{}
		if existed {
			hs, err := tx.QueryContext(ctx, `SELECT exact, note FROM highlights WHERE clipping_id = ?`, id)
			if err != nil {
				return err
			}
			for hs.Next() {
				var k [2]string
				if err := hs.Scan(&k[0], &k[1]); err != nil {
					hs.Close()
					return err
				}
				have[k] = true
			}
			hs.Close()
			if err := hs.Err(); err != nil {
				return err
			}
		}
		for _, h := range it.Highlights {
			h.Note = strings.TrimSpace(h.Note)
			if strings.TrimSpace(h.Selector.Exact) == "" {
				continue
			}
			k := [2]string{h.Selector.Exact, h.Note}
			if have[k] {
				continue
			}
			have[k] = true
			sel, ok := annotate.Anchor(text, h.Selector)
			if ok {
				k[0] = sel.Exact
				if k[0] != h.Selector.Exact && have[k] {
					continue
				}
				have[k] = true
			} else {
				// An orphan keeps its quote and context; its span is empty
				// so that nothing is drawn for it.
				sel.Start, sel.End = 0, 0
				res.Orphans++
			}
			if h.Color == "" {
				h.Color = annotate.Yellow
			}
			created := now()
			if !h.Created.IsZero() {
				created = h.Created.UnixMilli()
			}
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO highlights (clipping_id, start, end, exact, prefix, suffix, color, note, orphaned, created, updated)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				id, sel.Start, sel.End, sel.Exact, sel.Prefix, sel.Suffix, string(h.Color), h.Note, !ok, created, created); err != nil {
				return err
			}
			res.Highlights++
			notesChanged = notesChanged || h.Note != ""
		}
	}
	if notesChanged {
		if err := refreshNotes(ctx, tx, id); err != nil {
			return err
		}
	}
	if it.Fetch && !existed {
		if _, err := tx.ExecContext(ctx, `
			INSERT OR IGNORE INTO fetch_queue (clipping_id, url, queued) VALUES (?, ?, ?)`,
			id, it.Article.URL, now()); err != nil {
			return err
		}
		res.Queued++
	}
	return nil
}

// PendingFetch is a clipping filed from a URL alone, waiting for its page.
type PendingFetch struct {
	ClippingID int64     `json:"clipping_id"`
	URL        string    `json:"url"`
	Attempts   int       `json:"attempts"`
	Error      string    `json:"error,omitempty"` // why the last attempt failed
	Queued     time.Time `json:"queued"`
}

// PendingFetches lists the fetch queue, oldest first: clippings imported
// with only a URL whose page has not been fetched yet. With failed false it
// lists those never tried or tried fewer than maxAttempts times; with failed
// true, those whose last attempt failed.
func (l *Library) PendingFetches(ctx context.Context, failed bool, maxAttempts int) ([]PendingFetch, error) {
	where := `attempts < ?`
	if failed {
		where, maxAttempts = `error <> '' AND attempts >= ?`, 1
	}
	rows, err := l.db.QueryContext(ctx, `SELECT clipping_id, url, attempts, error, queued FROM fetch_queue WHERE `+where+`
		ORDER BY queued, clipping_id`, maxAttempts)
	if err != nil {
		return nil, fmt.Errorf("list fetch queue: %w", classify(err))
	}
	defer rows.Close()
	var out []PendingFetch
	for rows.Next() {
		var p PendingFetch
		var queued int64
		if err := rows.Scan(&p.ClippingID, &p.URL, &p.Attempts, &p.Error, &queued); err != nil {
			return nil, fmt.Errorf("list fetch queue: %w", classify(err))
		}
		p.Queued = time.UnixMilli(queued)
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list fetch queue: %w", classify(err))
	}
	return out, nil
}

// FetchFailed records a failed attempt to fetch a queued clipping's page;
// the clipping stays in the queue, listed with the reason.
func (l *Library) FetchFailed(ctx context.Context, clippingID int64, reason string) error {
	return l.write(ctx, fmt.Sprintf("record failed fetch of clipping %d", clippingID), func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE fetch_queue SET attempts = attempts + 1, error = ? WHERE clipping_id = ?`,
			reason, clippingID)
		return err
	})
}

// FetchDone takes a clipping out of the fetch queue once its page has been
// filed (with Reextract). A crash between the two leaves it queued, and the
// next fetch files the same page again, which changes nothing.
func (l *Library) FetchDone(ctx context.Context, clippingID int64) error {
	return l.write(ctx, fmt.Sprintf("finish fetch of clipping %d", clippingID), func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM fetch_queue WHERE clipping_id = ?`, clippingID)
		return err
	})
}
