package library

import (
	"context"
	"fmt"
	"strconv"
)

// migrations is the ordered list of schema changes. Migration i brings the
// database from user_version i to i+1; each runs in one transaction. Append
// only: never edit a migration that has shipped.
var migrations = []string{
	// 1: clippings, full-text search, annotations, entities, edit history.
	`
CREATE TABLE clippings (
	id            INTEGER PRIMARY KEY,
	title         TEXT NOT NULL DEFAULT '',
	byline        TEXT NOT NULL DEFAULT '',
	site          TEXT NOT NULL DEFAULT '',
	published     INTEGER,          -- Unix milliseconds, NULL when unknown
	published_tz  TEXT NOT NULL DEFAULT '', -- the zone offset as published, e.g. +05:30
	lang          TEXT NOT NULL DEFAULT '',
	excerpt       TEXT NOT NULL DEFAULT '',
	lead_image    TEXT NOT NULL DEFAULT '',
	url           TEXT NOT NULL DEFAULT '',
	canonical_url TEXT NOT NULL DEFAULT '',
	source        TEXT NOT NULL,
	source_ref    TEXT NOT NULL DEFAULT '',
	doc_version   INTEGER NOT NULL,
	document      TEXT NOT NULL,    -- clip.Document as JSON
	text          TEXT NOT NULL,    -- canonical text, the base of annotation offsets
	raw           BLOB,             -- original input, gzip-compressed
	content_hash  TEXT NOT NULL,    -- SHA-256 of the canonical text
	note          TEXT NOT NULL DEFAULT '',
	added         INTEGER NOT NULL, -- Unix milliseconds
	updated       INTEGER NOT NULL
);
CREATE UNIQUE INDEX clippings_content_hash ON clippings(content_hash);
CREATE INDEX clippings_url ON clippings(url);
CREATE INDEX clippings_canonical_url ON clippings(canonical_url);
CREATE INDEX clippings_added ON clippings(added);
CREATE INDEX clippings_published ON clippings(published);
CREATE INDEX clippings_title ON clippings(title COLLATE NOCASE);
CREATE INDEX clippings_site ON clippings(site COLLATE NOCASE);

-- Full-text index over the article and everything the person wrote about it.
-- notes holds the clipping's own note and the notes of its highlights.
CREATE VIRTUAL TABLE clippings_fts USING fts5(
	title, byline, site, text, notes,
	tokenize = 'unicode61 remove_diacritics 2'
);
-- Rank matches by bm25 with a title match worth most, then the byline,
-- the person's notes and the site, then the body.
INSERT INTO clippings_fts(clippings_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0, 3.0)');

CREATE TABLE tags (
	clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	tag         TEXT NOT NULL,
	PRIMARY KEY (clipping_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_tag ON tags(tag COLLATE NOCASE);

CREATE TABLE highlights (
	id          INTEGER PRIMARY KEY,
	clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	start       INTEGER NOT NULL,
	end         INTEGER NOT NULL,
	exact       TEXT NOT NULL,
	prefix      TEXT NOT NULL DEFAULT '',
	suffix      TEXT NOT NULL DEFAULT '',
	color       TEXT NOT NULL,
	note        TEXT NOT NULL DEFAULT '',
	orphaned    INTEGER NOT NULL DEFAULT 0,
	created     INTEGER NOT NULL,
	updated     INTEGER NOT NULL
);
CREATE INDEX highlights_clipping ON highlights(clipping_id, start);

CREATE TABLE entities (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	key  TEXT NOT NULL,             -- the name folded for matching (lower case)
	type TEXT NOT NULL
);
CREATE UNIQUE INDEX entities_key_type ON entities(key, type);

CREATE TABLE aliases (
	entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	key       TEXT NOT NULL,        -- the alias folded for matching
	alias     TEXT NOT NULL,
	PRIMARY KEY (entity_id, key)
) WITHOUT ROWID;
CREATE INDEX aliases_key ON aliases(key);

CREATE TABLE mentions (
	id          INTEGER PRIMARY KEY,
	clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	start       INTEGER NOT NULL,
	end         INTEGER NOT NULL,
	exact       TEXT NOT NULL,
	prefix      TEXT NOT NULL DEFAULT '',
	suffix      TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL,      -- confirmed, suggested, rejected
	orphaned    INTEGER NOT NULL DEFAULT 0,
	created     INTEGER NOT NULL
);
CREATE INDEX mentions_clipping ON mentions(clipping_id, start);
CREATE INDEX mentions_entity ON mentions(entity_id, status);

-- The undo/redo history of annotation edits. Each row is one edit as the
-- statements that undo and redo it, so history survives a restart.
CREATE TABLE edits (
	id          INTEGER PRIMARY KEY,
	clipping_id INTEGER,            -- NULL for library-wide edits (entities)
	label       TEXT NOT NULL,      -- what the person did, e.g. "Highlight"
	undo        TEXT NOT NULL,      -- JSON
	redo        TEXT NOT NULL,      -- JSON
	undone      INTEGER NOT NULL DEFAULT 0,
	created     INTEGER NOT NULL
);
CREATE INDEX edits_undone ON edits(undone, id);
CREATE INDEX edits_clipping ON edits(clipping_id);
`,
	// 2: the fetch queue: clippings imported from a URL alone whose page is
	// still to be fetched, with why the last attempt failed. Kept in the
	// library so that fetching resumes after a crash or a quit.
	`
CREATE TABLE fetch_queue (
	clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE,
	url         TEXT NOT NULL,
	attempts    INTEGER NOT NULL DEFAULT 0,
	error       TEXT NOT NULL DEFAULT '',
	queued      INTEGER NOT NULL    -- Unix milliseconds
);
`,
	// 3: a suggested mention's score (annotate.Suggestion.Score), so the GUI
	// can show weak suggestions apart and accept only the confident ones;
	// the person's own mentions score 1. An index on rejected texts, which
	// Suggest reads from the whole library.
	`
ALTER TABLE mentions ADD COLUMN score REAL NOT NULL DEFAULT 1;
CREATE INDEX mentions_rejected ON mentions(exact) WHERE status = 'rejected';
`,
	// 4: what exports need to stay stable: the library's own id (a note in a
	// vault names the library it came from), each clipping's citation key
	// once given, and what Margin last wrote of each note, the base of a
	// three-way merge with the person's edits.
	`
CREATE TABLE library_meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO library_meta (key, value) VALUES ('library_id', lower(hex(randomblob(16))));

CREATE TABLE citekeys (
	clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE,
	key         TEXT NOT NULL
);
CREATE UNIQUE INDEX citekeys_key ON citekeys(key);

CREATE TABLE exported_notes (
	clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	folder      TEXT NOT NULL,      -- the export folder, an absolute path
	path        TEXT NOT NULL,      -- the note's path inside the folder when written
	written     BLOB NOT NULL,      -- the note as Margin wrote it, gzip-compressed
	updated     INTEGER NOT NULL,   -- Unix milliseconds
	PRIMARY KEY (clipping_id, folder)
) WITHOUT ROWID;
`,
	// 5: deleted clippings, kept while the edit that deleted them can be
	// undone. Their annotations are kept in that edit.
	`
CREATE TABLE deleted_clippings (
	id            INTEGER PRIMARY KEY,
	title         TEXT NOT NULL,
	byline        TEXT NOT NULL,
	site          TEXT NOT NULL,
	published     INTEGER,
	published_tz  TEXT NOT NULL,
	lang          TEXT NOT NULL,
	excerpt       TEXT NOT NULL,
	lead_image    TEXT NOT NULL,
	url           TEXT NOT NULL,
	canonical_url TEXT NOT NULL,
	source        TEXT NOT NULL,
	source_ref    TEXT NOT NULL,
	doc_version   INTEGER NOT NULL,
	document      TEXT NOT NULL,
	text          TEXT NOT NULL,
	raw           BLOB,
	content_hash  TEXT NOT NULL,
	note          TEXT NOT NULL,
	added         INTEGER NOT NULL,
	updated       INTEGER NOT NULL
);
`,
	// 6: Chinese and Japanese runs in the full-text index as bigrams (see
	// indexText), so that a word inside a run is found. Only clippings
	// with such text are indexed again.
	`
UPDATE clippings_fts SET (title, byline, site, text, notes) = (
	SELECT margin_index_text(c.title), margin_index_text(c.byline), margin_index_text(c.site),
		margin_index_text(c.text), margin_index_text(` + notesOf + `)
	FROM clippings c WHERE c.id = clippings_fts.rowid)
WHERE rowid IN (
	SELECT c.id FROM clippings c
	WHERE margin_has_cjk(c.title) OR margin_has_cjk(c.byline) OR margin_has_cjk(c.site)
		OR margin_has_cjk(c.text) OR margin_has_cjk(` + notesOf + `));
`,
	// 7: the full-text index with its own lists of the words starting with
	// each letter, two and three letters, for a search as the person
	// types: without them, FTS5 reads and merges the lists of every word
	// starting "el" for "el*" (0.6 s over 100,000 clippings). FTS5 cannot
	// add them to a table, so the index is built again from its own
	// columns. The lists make each added clipping's entries four times as
	// many, which FTS5 merges after every transaction; merging 16 segments
	// at a time instead of 4 does less of that work (the daily Optimize
	// merges them all).
	`
CREATE VIRTUAL TABLE clippings_fts_new USING fts5(
	title, byline, site, text, notes,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '1 2 3'
);
INSERT INTO clippings_fts_new(clippings_fts_new, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0, 3.0)');
INSERT INTO clippings_fts_new(clippings_fts_new, rank) VALUES ('automerge', 16);
INSERT INTO clippings_fts_new(rowid, title, byline, site, text, notes)
	SELECT rowid, title, byline, site, text, notes FROM clippings_fts;
DROP TABLE clippings_fts;
ALTER TABLE clippings_fts_new RENAME TO clippings_fts;
`,
	// 8: an article's pictures, kept in the database so that backups,
	// restores and transactions cover them like the text. A picture is
	// stored once by the SHA-256 of its bytes whatever number of clippings
	// show it; clipping_images says where it goes in each, or why it is
	// missing. A picture no clipping shows any more is deleted with its
	// last row.
	`
CREATE TABLE images (
	hash   TEXT PRIMARY KEY,        -- SHA-256 of bytes, hex
	mime   TEXT NOT NULL,
	width  INTEGER NOT NULL,
	height INTEGER NOT NULL,
	bytes  BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE clipping_images (
	clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	src         TEXT NOT NULL,      -- the image block's address
	position    INTEGER NOT NULL,   -- order among the clipping's pictures
	hash        TEXT REFERENCES images(hash), -- NULL when the picture is missing
	error       TEXT NOT NULL DEFAULT '',     -- why it is missing
	fetched     INTEGER NOT NULL,   -- Unix milliseconds
	PRIMARY KEY (clipping_id, src)
) WITHOUT ROWID;
CREATE INDEX clipping_images_hash ON clipping_images(hash);

CREATE TRIGGER clipping_images_unused AFTER DELETE ON clipping_images
WHEN OLD.hash IS NOT NULL BEGIN
	DELETE FROM images WHERE hash = OLD.hash
		AND NOT EXISTS (SELECT 1 FROM clipping_images WHERE hash = OLD.hash);
END;
CREATE TRIGGER clipping_images_replaced AFTER UPDATE OF hash ON clipping_images
WHEN OLD.hash IS NOT NULL BEGIN
	DELETE FROM images WHERE hash = OLD.hash
		AND NOT EXISTS (SELECT 1 FROM clipping_images WHERE hash = OLD.hash);
END;
`,
	// 9: versions of a clipping whose page changed after it was clipped.
	// The clippings row stays the latest version (so lists, search and
	// annotations read it as before); each version it replaced is kept
	// whole in clipping_versions, searchable through versions_fts. The
	// validators of the last fetch make a check for changes a conditional
	// request. annotation_changes remembers each highlight or mention whose
	// text changed or vanished in a new version, with its old wording.
	`
ALTER TABLE clippings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clippings ADD COLUMN version_seen INTEGER;  -- Unix ms the latest version was first seen; NULL = added
ALTER TABLE clippings ADD COLUMN version_change TEXT NOT NULL DEFAULT ''; -- what changed from the version before, one line
ALTER TABLE clippings ADD COLUMN etag TEXT NOT NULL DEFAULT '';
ALTER TABLE clippings ADD COLUMN last_modified TEXT NOT NULL DEFAULT '';
ALTER TABLE clippings ADD COLUMN checked INTEGER;       -- Unix ms of the last check for changes

CREATE TABLE clipping_versions (
	id            INTEGER PRIMARY KEY,
	clipping_id   INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	version       INTEGER NOT NULL, -- 1 is the page as first clipped
	seen          INTEGER NOT NULL, -- Unix ms this version was first seen
	title         TEXT NOT NULL DEFAULT '',
	byline        TEXT NOT NULL DEFAULT '',
	published     INTEGER,
	published_tz  TEXT NOT NULL DEFAULT '',
	url           TEXT NOT NULL DEFAULT '',
	doc_version   INTEGER NOT NULL,
	document      TEXT NOT NULL,
	text          TEXT NOT NULL,
	raw           BLOB,
	content_hash  TEXT NOT NULL,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	change        TEXT NOT NULL DEFAULT '',
	UNIQUE (clipping_id, version)
);
-- The columns of clippings_fts, so one search expression reads both; site
-- and notes stay empty (a version has the clipping's).
CREATE VIRTUAL TABLE versions_fts USING fts5(
	title, byline, site, text, notes,
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER clipping_versions_delete AFTER DELETE ON clipping_versions BEGIN
	DELETE FROM versions_fts WHERE rowid = old.id;
END;

CREATE TABLE annotation_changes (
	id            INTEGER PRIMARY KEY,
	clipping_id   INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	kind          TEXT NOT NULL,    -- highlight or mention
	annotation_id INTEGER NOT NULL,
	version       INTEGER NOT NULL, -- the version whose text differs
	old_exact     TEXT NOT NULL,
	new_exact     TEXT NOT NULL DEFAULT '', -- empty when the passage vanished
	vanished      INTEGER NOT NULL DEFAULT 0,
	changed       INTEGER NOT NULL  -- Unix ms
);
CREATE INDEX annotation_changes_clipping ON annotation_changes(clipping_id, kind, annotation_id);
`,
	// 10: the entity map's co-occurrence counts. mention_paragraphs mirrors
	// each confirmed, anchored mention with the paragraph (block) it is in;
	// cooccur holds, for each clipping and each pair of entities both
	// mentioned in it (entity_a < entity_b), in how many of its paragraphs
	// both appear. Triggers keep both up to date as mentions are written,
	// retyped, merged, deleted or put back by undo, so no operation has to
	// know of them; the end fills them from the mentions already there.
	// A paragraph's index is the number of blank lines before the mention
	// in the canonical text (blocks are joined by one blank line).
	`
CREATE TABLE mention_paragraphs (
	mention_id  INTEGER PRIMARY KEY,
	clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	entity_id   INTEGER NOT NULL,
	paragraph   INTEGER NOT NULL,
	date        INTEGER NOT NULL   -- the clipping's date (published, else added), Unix milliseconds
);
CREATE INDEX mention_paragraphs_unit ON mention_paragraphs(clipping_id, paragraph, entity_id);
CREATE INDEX mention_paragraphs_entity ON mention_paragraphs(entity_id, clipping_id, date);

CREATE TABLE cooccur (
	clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
	entity_a    INTEGER NOT NULL,
	entity_b    INTEGER NOT NULL,
	paragraphs  INTEGER NOT NULL DEFAULT 0,
	date        INTEGER NOT NULL,  -- the clipping's date (published, else added), Unix milliseconds
	PRIMARY KEY (clipping_id, entity_a, entity_b)
) WITHOUT ROWID;
CREATE INDEX cooccur_a ON cooccur(entity_a, entity_b, date, paragraphs);
CREATE INDEX cooccur_b ON cooccur(entity_b, entity_a, date, paragraphs);
CREATE INDEX cooccur_date ON cooccur(date, entity_a, entity_b, paragraphs);

-- The counts over the whole library, one row per linked pair, so the
-- whole library's strongest links need no grouping of every clipping's.
CREATE TABLE cooccur_totals (
	entity_a   INTEGER NOT NULL,
	entity_b   INTEGER NOT NULL,
	paragraphs INTEGER NOT NULL,
	clippings  INTEGER NOT NULL,
	first      INTEGER,            -- the earliest and latest date of the clippings both are in
	last       INTEGER,
	PRIMARY KEY (entity_a, entity_b)
) WITHOUT ROWID;
CREATE INDEX cooccur_totals_paragraphs ON cooccur_totals(paragraphs);
CREATE INDEX cooccur_totals_clippings ON cooccur_totals(clippings);
CREATE INDEX cooccur_totals_b ON cooccur_totals(entity_b);

CREATE TRIGGER cooccur_totals_add AFTER INSERT ON cooccur
BEGIN
	INSERT INTO cooccur_totals (entity_a, entity_b, paragraphs, clippings, first, last)
	VALUES (new.entity_a, new.entity_b, new.paragraphs, 1, new.date, new.date)
	ON CONFLICT DO UPDATE SET paragraphs = paragraphs + excluded.paragraphs, clippings = clippings + 1,
		first = min(first, excluded.first), last = max(last, excluded.last);
END;

CREATE TRIGGER cooccur_totals_change AFTER UPDATE OF paragraphs, date ON cooccur
BEGIN
	UPDATE cooccur_totals SET paragraphs = paragraphs - old.paragraphs + new.paragraphs,
		first = (SELECT min(date) FROM cooccur WHERE entity_a = new.entity_a AND entity_b = new.entity_b),
		last = (SELECT max(date) FROM cooccur WHERE entity_a = new.entity_a AND entity_b = new.entity_b)
	WHERE entity_a = new.entity_a AND entity_b = new.entity_b;
END;

CREATE TRIGGER cooccur_totals_remove AFTER DELETE ON cooccur
BEGIN
	DELETE FROM cooccur_totals WHERE entity_a = old.entity_a AND entity_b = old.entity_b AND clippings <= 1;
	UPDATE cooccur_totals SET paragraphs = paragraphs - old.paragraphs, clippings = clippings - 1,
		first = (SELECT min(date) FROM cooccur WHERE entity_a = old.entity_a AND entity_b = old.entity_b),
		last = (SELECT max(date) FROM cooccur WHERE entity_a = old.entity_a AND entity_b = old.entity_b)
	WHERE entity_a = old.entity_a AND entity_b = old.entity_b;
END;

CREATE TRIGGER clippings_cooccur_date AFTER UPDATE OF published, added ON clippings
BEGIN
	UPDATE cooccur SET date = coalesce(new.published, new.added) WHERE clipping_id = new.id;
	UPDATE mention_paragraphs SET date = coalesce(new.published, new.added) WHERE clipping_id = new.id;
END;

CREATE TRIGGER mentions_cooccur_insert AFTER INSERT ON mentions
WHEN new.status = 'confirmed' AND new.orphaned = 0
BEGIN
	INSERT INTO mention_paragraphs (mention_id, clipping_id, entity_id, paragraph, date)
	SELECT new.id, new.clipping_id, new.entity_id,
		(length(substr(c.text, 1, new.start)) - length(replace(substr(c.text, 1, new.start), char(10) || char(10), ''))) / 2,
		coalesce(c.published, c.added)
	FROM clippings c WHERE c.id = new.clipping_id;
END;

CREATE TRIGGER mentions_cooccur_delete AFTER DELETE ON mentions
WHEN old.status = 'confirmed'
BEGIN
	DELETE FROM mention_paragraphs WHERE mention_id = old.id;
END;

CREATE TRIGGER mentions_cooccur_update AFTER UPDATE OF id, clipping_id, entity_id, start, status, orphaned ON mentions
BEGIN
	DELETE FROM mention_paragraphs WHERE mention_id = old.id;
	INSERT INTO mention_paragraphs (mention_id, clipping_id, entity_id, paragraph, date)
	SELECT new.id, new.clipping_id, new.entity_id,
		(length(substr(c.text, 1, new.start)) - length(replace(substr(c.text, 1, new.start), char(10) || char(10), ''))) / 2,
		coalesce(c.published, c.added)
	FROM clippings c WHERE c.id = new.clipping_id AND new.status = 'confirmed' AND new.orphaned = 0;
END;

-- A mention of an entity new to the clipping pairs it with every other
-- entity there; one new to its paragraph adds a shared paragraph to each
-- pair with the entities already in that paragraph.
CREATE TRIGGER mention_paragraphs_add BEFORE INSERT ON mention_paragraphs
BEGIN
	INSERT INTO cooccur (clipping_id, entity_a, entity_b, paragraphs, date)
	SELECT DISTINCT new.clipping_id, min(new.entity_id, p.entity_id), max(new.entity_id, p.entity_id), 0,
		new.date
	FROM mention_paragraphs p
	WHERE p.clipping_id = new.clipping_id AND p.entity_id <> new.entity_id
	AND NOT EXISTS (SELECT 1 FROM mention_paragraphs q WHERE q.entity_id = new.entity_id AND q.clipping_id = new.clipping_id)
	ON CONFLICT DO NOTHING;
	INSERT INTO cooccur (clipping_id, entity_a, entity_b, paragraphs, date)
	SELECT DISTINCT new.clipping_id, min(new.entity_id, p.entity_id), max(new.entity_id, p.entity_id), 1,
		new.date
	FROM mention_paragraphs p
	WHERE p.clipping_id = new.clipping_id AND p.paragraph = new.paragraph AND p.entity_id <> new.entity_id
	AND NOT EXISTS (SELECT 1 FROM mention_paragraphs q WHERE q.clipping_id = new.clipping_id AND q.paragraph = new.paragraph AND q.entity_id = new.entity_id)
	ON CONFLICT DO UPDATE SET paragraphs = paragraphs + 1;
END;

-- The last mention of an entity in a paragraph takes that paragraph from
-- its pairs; the last in the clipping takes the pairs away.
CREATE TRIGGER mention_paragraphs_remove AFTER DELETE ON mention_paragraphs
BEGIN
	UPDATE cooccur SET paragraphs = paragraphs - 1
	WHERE clipping_id = old.clipping_id AND (entity_a = old.entity_id OR entity_b = old.entity_id)
	AND (entity_a + entity_b - old.entity_id) IN (
		SELECT p.entity_id FROM mention_paragraphs p
		WHERE p.clipping_id = old.clipping_id AND p.paragraph = old.paragraph)
	AND NOT EXISTS (SELECT 1 FROM mention_paragraphs q WHERE q.clipping_id = old.clipping_id AND q.paragraph = old.paragraph AND q.entity_id = old.entity_id);
	DELETE FROM cooccur
	WHERE clipping_id = old.clipping_id AND (entity_a = old.entity_id OR entity_b = old.entity_id)
	AND NOT EXISTS (SELECT 1 FROM mention_paragraphs q WHERE q.entity_id = old.entity_id AND q.clipping_id = old.clipping_id);
END;

INSERT INTO mention_paragraphs (mention_id, clipping_id, entity_id, paragraph, date)
SELECT m.id, m.clipping_id, m.entity_id,
	(length(substr(c.text, 1, m.start)) - length(replace(substr(c.text, 1, m.start), char(10) || char(10), ''))) / 2,
	coalesce(c.published, c.added)
FROM mentions m JOIN clippings c ON c.id = m.clipping_id
WHERE m.status = 'confirmed' AND m.orphaned = 0
ORDER BY m.clipping_id, m.id;
`,
	// 11: whether a clipping's extraction was uncertain: no article was
	// found on the page and the clipping holds the text that reads most
	// like one (clip.Article.Uncertain), so that the reader, show and the
	// exports can say so. A deleted clipping keeps the flag for undo.
	`
ALTER TABLE clippings ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deleted_clippings ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;
`,
	// 12: the clippings an entity is mentioned in, from the index alone.
	// The entity card counts the clippings that mention a name
	// (ClippingsMentioning) and picks them out; with the entity and status
	// only in the index, each mention's row was read for its clipping: 15
	// ms for a name in 10,000 clippings, against 2 ms.
	`
DROP INDEX mentions_entity;
CREATE INDEX mentions_entity ON mentions(entity_id, status, clipping_id);
`,
	// 13: a document stored without its blocks' texts, which the text
	// column holds, and compressed when still long (encodeDocument), so
	// that adding a long page writes its text once and reading it holds
	// no second copy. The documents of compressDocumentFrom bytes or more
	// already stored are stored so here (octet_length finds them without
	// reading the others); shorter ones are read as they are. An older
	// Margin, which would find no texts, refuses the library by its schema
	// number.
	`
UPDATE clippings SET document = ` + storeDocumentFunc + `(document, text) WHERE octet_length(document) >= ` + strconv.Itoa(compressDocumentFrom) + `;
UPDATE deleted_clippings SET document = ` + storeDocumentFunc + `(document, text) WHERE octet_length(document) >= ` + strconv.Itoa(compressDocumentFrom) + `;
UPDATE clipping_versions SET document = ` + storeDocumentFunc + `(document, text) WHERE octet_length(document) >= ` + strconv.Itoa(compressDocumentFrom) + `;

-- The search entries of old versions as the clippings' are made
-- (indexBody): a long text's first part whole and every later word once,
-- Chinese and Japanese runs as bigrams. They held the text as it was.
UPDATE versions_fts SET (title, byline, text) = (
	SELECT ` + indexTextFunc + `(v.title), ` + indexTextFunc + `(v.byline), ` + indexBodyFunc + `(v.text)
	FROM clipping_versions v WHERE v.id = versions_fts.rowid)
WHERE rowid IN (
	SELECT v.id FROM clipping_versions v
	WHERE octet_length(v.text) > ` + strconv.Itoa(indexWhole) + ` OR margin_has_cjk(v.title)
		OR margin_has_cjk(v.byline) OR margin_has_cjk(v.text));
`,
	// 14: the full-text index merges 64 segments at a time instead of 16.
	// Each write transaction adds a segment with the clipping's entries
	// and those of its prefix lists (migration 7), and merging them
	// again level by level was a sixth of an add's processor time; with
	// 64 to a level there are fewer levels to go through (adding 10,000
	// clippings one at a time: 4-9% less processor time). Until the daily
	// Optimize merges them all, a search reads more segments: over 10,000
	// clippings added one at a time, 46 instead of 10, and a search's
	// processor time was about a tenth more (docs/performance.md). Only
	// the index's settings are written; the index is not built again.
	`
INSERT INTO clippings_fts(clippings_fts, rank) VALUES ('automerge', 64);
INSERT INTO clippings_fts(clippings_fts, rank) VALUES ('crisismerge', 64);
`,
}

// migrate brings the schema up to date, one migration per transaction.
// Each transaction begins IMMEDIATE and reads the version inside it, so two
// processes opening a new library at once do not both run a migration.
func (l *Library) migrate(ctx context.Context) error {
	for {
		done, err := l.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

func (l *Library) migrateOne(ctx context.Context) (done bool, err error) {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrate: %w", classify(err))
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, fmt.Errorf("migrate: %w", classify(err))
	}
	if v > len(migrations) {
		return false, fmt.Errorf("%w (schema %d, this Margin knows %d)", ErrNewerVersion, v, len(migrations))
	}
	if v == len(migrations) {
		return true, nil
	}
	if v == 0 {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return false, fmt.Errorf("migrate: %w", classify(err))
		}
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", v+1, classify(err))
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", v+1, classify(err))
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", v+1, classify(err))
	}
	return false, nil
}
