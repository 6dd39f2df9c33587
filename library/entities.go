package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"margin/annotate"
)

// normalizeName trims a name or alias and collapses its inner white space.
func normalizeName(s string) string { return strings.Join(strings.Fields(s), " ") }

// foldKey is how names and aliases are matched: normalised and in lower
// case, for every script (SQLite's NOCASE knows only ASCII).
func foldKey(s string) string { return strings.ToLower(normalizeName(s)) }

// normalizeEntity checks an entity's name and type and cleans its aliases:
// no empty ones, none equal to the name, none twice (ignoring case).
func normalizeEntity(e annotate.Entity) (annotate.Entity, error) {
	e.Name = normalizeName(e.Name)
	if e.Name == "" {
		return e, fmt.Errorf("%w: an entity needs a name", ErrInvalid)
	}
	e.Type = annotate.CanonicalType(normalizeName(string(e.Type)))
	if e.Type == "" {
		e.Type = annotate.Other
	}
	e.Aliases = cleanAliases(e.Name, e.Aliases)
	return e, nil
}

func cleanAliases(name string, aliases []string) []string {
	seen := map[string]bool{foldKey(name): true}
	var out []string
	for _, a := range aliases {
		a = normalizeName(a)
		if a == "" || seen[foldKey(a)] {
			continue
		}
		seen[foldKey(a)] = true
		out = append(out, a)
	}
	return out
}

// Entities returns the library's entities of the given type ("" for every
// type) with how many confirmed mentions each has and in how many
// clippings, most mentioned first. Entities with no confirmed mention are
// listed too, with zero counts.
func (l *Library) Entities(ctx context.Context, typ annotate.EntityType) ([]EntityStat, error) {
	out, err := entityStats(ctx, l.db, `
		SELECT e.id, e.name, e.type, count(m.id), count(DISTINCT m.clipping_id)
		FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id AND m.status = 'confirmed'
		WHERE ?1 = '' OR e.type = ?1
		GROUP BY e.id
		ORDER BY count(m.id) DESC, e.key, e.id`, string(annotate.CanonicalType(string(typ))))
	if err != nil {
		return nil, fmt.Errorf("list entities: %w", classify(err))
	}
	return out, nil
}

// entityStats runs a query of id, name, type and two counts, and fills in
// each entity's aliases.
func entityStats(ctx context.Context, q querier, query string, args ...any) ([]EntityStat, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []EntityStat{}
	for rows.Next() {
		var s EntityStat
		var typ string
		if err := rows.Scan(&s.ID, &s.Name, &typ, &s.Mentions, &s.Clippings); err != nil {
			return nil, err
		}
		s.Type = annotate.EntityType(typ)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	aliases, err := allAliases(ctx, q)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Aliases = aliases[out[i].ID]
	}
	return out, nil
}

// allAliases returns every alias in the library by entity.
func allAliases(ctx context.Context, q querier) (map[int64][]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT entity_id, alias FROM aliases ORDER BY entity_id, key`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var id int64
		var a string
		if err := rows.Scan(&id, &a); err != nil {
			return nil, err
		}
		out[id] = append(out[id], a)
	}
	return out, rows.Err()
}

// Entity returns the entity with the given id and its aliases, or an error
// wrapping ErrNotFound.
func (l *Library) Entity(ctx context.Context, id int64) (annotate.Entity, error) {
	e, err := getEntity(ctx, l.db, id)
	if err != nil {
		return e, fmt.Errorf("get entity %d: %w", id, classify(err))
	}
	return e, nil
}

func getEntity(ctx context.Context, q querier, id int64) (annotate.Entity, error) {
	e := annotate.Entity{ID: id}
	var typ string
	err := q.QueryRowContext(ctx, `SELECT name, type FROM entities WHERE id = ?`, id).Scan(&e.Name, &typ)
	if errors.Is(err, sql.ErrNoRows) {
		return e, ErrNotFound
	}
	if err != nil {
		return e, err
	}
	e.Type = annotate.EntityType(typ)
	rows, err := q.QueryContext(ctx, `SELECT alias FROM aliases WHERE entity_id = ? ORDER BY key`, id)
	if err != nil {
		return e, err
	}
	defer rows.Close()
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return e, err
		}
		e.Aliases = append(e.Aliases, a)
	}
	return e, rows.Err()
}

// FindEntity returns the entity with the given name or, failing that, the
// given alias, ignoring case; an error wrapping ErrNotFound if none.
func (l *Library) FindEntity(ctx context.Context, nameOrAlias string) (annotate.Entity, error) {
	id, err := findEntity(ctx, l.db, nameOrAlias, "")
	if err == nil {
		var e annotate.Entity
		e, err = getEntity(ctx, l.db, id)
		if err == nil {
			return e, nil
		}
	}
	return annotate.Entity{}, fmt.Errorf("find entity %q: %w", nameOrAlias, classify(err))
}

// findEntity returns the id of the entity with that name, or alias, and
// preferably of type typ.
func findEntity(ctx context.Context, q querier, name string, typ annotate.EntityType) (int64, error) {
	name = normalizeName(name)
	var id int64
	err := q.QueryRowContext(ctx, `
		SELECT id FROM (
			SELECT id, 0 AS alias, type = ?2 AS same FROM entities WHERE key = ?1
			UNION ALL
			SELECT e.id, 1, e.type = ?2 FROM aliases a JOIN entities e ON e.id = a.entity_id
			WHERE a.key = ?1)
		ORDER BY same DESC, alias, id LIMIT 1`, foldKey(name), string(annotate.CanonicalType(string(typ)))).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	return id, err
}

// CreateEntity adds an entity to the library (an empty type is
// annotate.Other) and returns it with its id. If an entity of that name and
// type exists already, it is returned instead, with the new aliases added.
func (l *Library) CreateEntity(ctx context.Context, e annotate.Entity) (annotate.Entity, error) {
	e, err := normalizeEntity(e)
	if err != nil {
		return annotate.Entity{}, fmt.Errorf("create entity: %w", err)
	}
	err = l.edit(ctx, fmt.Sprintf("create entity %q", e.Name), "New Entity", 0, func(ed *editor) error {
		var err error
		e, err = createEntity(ctx, ed, e)
		return err
	})
	if err != nil {
		return annotate.Entity{}, err
	}
	return e, nil
}

// createEntity is CreateEntity inside an edit, for e already normalised.
func createEntity(ctx context.Context, ed *editor, e annotate.Entity) (annotate.Entity, error) {
	err := ed.tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE key = ? AND type = ?`, foldKey(e.Name), string(e.Type)).Scan(&e.ID)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		res, err := ed.tx.ExecContext(ctx, `INSERT INTO entities (name, key, type) VALUES (?, ?, ?)`, e.Name, foldKey(e.Name), string(e.Type))
		if err != nil {
			return e, err
		}
		if e.ID, err = res.LastInsertId(); err != nil {
			return e, err
		}
		ed.trackNew("entities", e.ID)
	case err != nil:
		return e, err
	}
	if err := addAliases(ctx, ed, e.ID, e.Aliases); err != nil {
		return e, err
	}
	return getEntity(ctx, ed.tx, e.ID)
}

// addAliases gives an entity more names, skipping its name and the aliases
// it has (ignoring case).
func addAliases(ctx context.Context, ed *editor, id int64, aliases []string) error {
	cur, err := getEntity(ctx, ed.tx, id)
	if err != nil {
		return err
	}
	for _, a := range cleanAliases(cur.Name, append(cur.Aliases, aliases...))[len(cur.Aliases):] {
		if _, err := ed.tx.ExecContext(ctx, `INSERT INTO aliases (entity_id, key, alias) VALUES (?, ?, ?)`, id, foldKey(a), a); err != nil {
			return err
		}
		ed.trackNew("aliases", id, foldKey(a))
	}
	return nil
}

// UpdateEntity changes an entity's name, type and aliases (the aliases
// replace the old ones). A name and type another entity has already is an
// error wrapping ErrEntityExists; merge the two instead.
func (l *Library) UpdateEntity(ctx context.Context, e annotate.Entity) error {
	e, err := normalizeEntity(e)
	op := fmt.Sprintf("update entity %d", e.ID)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return l.edit(ctx, op, "Edit Entity", 0, func(ed *editor) error {
		old, err := getEntity(ctx, ed.tx, e.ID)
		if err != nil {
			return err
		}
		if old.Name != e.Name {
			ed.label = "Rename Entity"
		}
		var other int64
		err = ed.tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE key = ? AND type = ? AND id <> ?`,
			foldKey(e.Name), string(e.Type), e.ID).Scan(&other)
		if err == nil {
			return fmt.Errorf("%w: %s (%s)", ErrEntityExists, e.Name, e.Type)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if err := ed.track("entities", "id = ?", e.ID); err != nil {
			return err
		}
		if err := ed.track("aliases", "entity_id = ?", e.ID); err != nil {
			return err
		}
		if _, err := ed.tx.ExecContext(ctx, `UPDATE entities SET name = ?, key = ?, type = ? WHERE id = ?`, e.Name, foldKey(e.Name), string(e.Type), e.ID); err != nil {
			return err
		}
		if _, err := ed.tx.ExecContext(ctx, `DELETE FROM aliases WHERE entity_id = ?`, e.ID); err != nil {
			return err
		}
		return addAliases(ctx, ed, e.ID, e.Aliases)
	})
}

// AddAliases gives an entity other names it goes by.
func (l *Library) AddAliases(ctx context.Context, id int64, aliases ...string) error {
	return l.edit(ctx, fmt.Sprintf("add aliases to entity %d", id), "Add Alias", 0, func(ed *editor) error {
		return addAliases(ctx, ed, id, aliases)
	})
}

// RemoveAliases removes names from an entity's aliases, ignoring case.
func (l *Library) RemoveAliases(ctx context.Context, id int64, aliases ...string) error {
	return l.edit(ctx, fmt.Sprintf("remove aliases from entity %d", id), "Remove Alias", 0, func(ed *editor) error {
		if _, err := getEntity(ctx, ed.tx, id); err != nil {
			return err
		}
		for _, a := range aliases {
			k := foldKey(a)
			if err := ed.track("aliases", "entity_id = ? AND key = ?", id, k); err != nil {
				return err
			}
			if _, err := ed.tx.ExecContext(ctx, `DELETE FROM aliases WHERE entity_id = ? AND key = ?`, id, k); err != nil {
				return err
			}
		}
		return nil
	})
}

// MergeEntities merges the entity drop into keep: drop's mentions and
// aliases move to keep, drop's name becomes one of keep's aliases, and drop
// is deleted. Where both had a mention of the same span, one is kept.
func (l *Library) MergeEntities(ctx context.Context, keep, drop int64) error {
	op := fmt.Sprintf("merge entity %d into %d", drop, keep)
	if keep == drop {
		return fmt.Errorf("%s: %w: an entity cannot be merged into itself", op, ErrInvalid)
	}
	return l.edit(ctx, op, "Merge Entities", 0, func(ed *editor) error {
		if _, err := getEntity(ctx, ed.tx, keep); err != nil {
			return err
		}
		d, err := getEntity(ctx, ed.tx, drop)
		if err != nil {
			return err
		}
		for _, track := range []struct {
			table, where string
		}{
			{"entities", "id = ?"}, {"aliases", "entity_id = ?"}, {"mentions", "entity_id = ?"},
		} {
			for _, id := range []int64{keep, drop} {
				if err := ed.track(track.table, track.where, id); err != nil {
					return err
				}
			}
		}
		// A span both entities mention keeps keep's mention, confirmed if
		// either was.
		if _, err := ed.tx.ExecContext(ctx, `
			UPDATE mentions AS k SET status = 'confirmed'
			WHERE k.entity_id = ?1 AND k.status <> 'confirmed' AND EXISTS (
				SELECT 1 FROM mentions d WHERE d.entity_id = ?2 AND d.clipping_id = k.clipping_id
				AND d.start = k.start AND d.end = k.end AND d.status = 'confirmed')`, keep, drop); err != nil {
			return err
		}
		if _, err := ed.tx.ExecContext(ctx, `
			DELETE FROM mentions AS d
			WHERE d.entity_id = ?2 AND EXISTS (
				SELECT 1 FROM mentions k WHERE k.entity_id = ?1 AND k.clipping_id = d.clipping_id
				AND k.start = d.start AND k.end = d.end)`, keep, drop); err != nil {
			return err
		}
		if _, err := ed.tx.ExecContext(ctx, `UPDATE mentions SET entity_id = ? WHERE entity_id = ?`, keep, drop); err != nil {
			return err
		}
		if _, err := ed.tx.ExecContext(ctx, `DELETE FROM entities WHERE id = ?`, drop); err != nil {
			return err
		}
		return addAliases(ctx, ed, keep, append([]string{d.Name}, d.Aliases...))
	})
}

// DeleteEntity deletes an entity with its aliases and mentions.
func (l *Library) DeleteEntity(ctx context.Context, id int64) error {
	return l.edit(ctx, fmt.Sprintf("delete entity %d", id), "Delete Entity", 0, func(ed *editor) error {
		for _, t := range []struct{ table, where string }{
			{"entities", "id = ?"}, {"aliases", "entity_id = ?"}, {"mentions", "entity_id = ?"},
		} {
			if err := ed.track(t.table, t.where, id); err != nil {
				return err
			}
		}
		res, err := ed.tx.ExecContext(ctx, `DELETE FROM entities WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
}

// ClippingsMentioning returns the newest clippings with a confirmed mention
// of the entity, newest added first, at most limit of them (limit < 1: all),
// leaving out the clipping except (0 leaves out none), and how many such
// clippings there are in all: the entity card shows a few and says how many
// more there are.
func (l *Library) ClippingsMentioning(ctx context.Context, entityID, except int64, limit int) ([]Summary, int, error) {
	var total int
	if err := l.db.QueryRowContext(ctx, `SELECT count(DISTINCT clipping_id) FROM mentions
		WHERE entity_id = ? AND status = 'confirmed' AND clipping_id <> ?`, entityID, except).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("clippings mentioning entity %d: %w", entityID, classify(err))
	}
	if total == 0 {
		return []Summary{}, 0, nil
	}
	if limit < 1 {
		limit = total
	}
	// A clipping's added date lies past its text in the row, so sorting
	// the clippings that mention the entity reads every one of them whole
	// (160 ms for 10,000). For a name in many clippings, walking the added
	// date's index from the newest and keeping those that mention it finds
	// the newest few in a few hundred steps, and a rare name's few rows
	// are read at once.
	from := "clippings c"
	if total > walkAddedAbove && limit < total {
		from = "clippings c INDEXED BY clippings_added"
	}
	rows, err := l.db.QueryContext(ctx, `SELECT `+summaryColumns+` FROM `+from+`
		WHERE c.id IN (SELECT clipping_id FROM mentions WHERE entity_id = ? AND status = 'confirmed')
		AND c.id <> ?
		ORDER BY c.added DESC, c.id DESC LIMIT ?`, entityID, except, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("clippings mentioning entity %d: %w", entityID, classify(err))
	}
	defer rows.Close()
	out := []Summary{}
	for rows.Next() {
		s, err := scanSummary(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("clippings mentioning entity %d: %w", entityID, classify(err))
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("clippings mentioning entity %d: %w", entityID, classify(err))
	}
	return out, total, nil
}

// walkAddedAbove is how many clippings must mention an entity before
// ClippingsMentioning walks the added date's index rather than reading
// the clippings that mention it: reading a clipping's row costs about as
// much as two hundred steps through the index, and the walk finds the
// newest few within the library's size divided by the clippings that
// mention the entity, times the few.
var walkAddedAbove = 200

// CoMentioned returns the entities mentioned in the same clippings as the
// given one (confirmed mentions on both sides): Clippings is how many
// clippings they share, Mentions how often the other entity is mentioned in
// them. Most shared first.
func (l *Library) CoMentioned(ctx context.Context, entityID int64) ([]EntityStat, error) {
	out, err := entityStats(ctx, l.db, `
		SELECT e.id, e.name, e.type, count(m.id), count(DISTINCT m.clipping_id)
		FROM mentions m JOIN entities e ON e.id = m.entity_id
		WHERE m.status = 'confirmed' AND m.entity_id <> ?1 AND m.clipping_id IN (
			SELECT clipping_id FROM mentions WHERE entity_id = ?1 AND status = 'confirmed')
		GROUP BY e.id
		ORDER BY count(DISTINCT m.clipping_id) DESC, count(m.id) DESC, e.key, e.id`, entityID)
	if err != nil {
		return nil, fmt.Errorf("entities mentioned with entity %d: %w", entityID, classify(err))
	}
	return out, nil
}
