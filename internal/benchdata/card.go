package benchdata

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cardVersion names the cached entity-card libraries; change it whenever
// their generator changes.
const cardVersion = "card-v1"

// CardClippings is how many clippings CardLibrary's entity is confirmed in.
const CardClippings = 10000

// CardLibrary returns the directory of a library for the entity card: a
// copy of MapLibrary(tb, n, 4) with one more entity, a person, confirmed
// in CardClippings of its clippings drawn at random, one to three times in
// each. It returns the entity's id. The library is built on the first call
// and cached in the temporary directory.
func CardLibrary(tb testing.TB, n int) (dir string, entityID int64) {
	tb.Helper()
	ctx := context.Background()
	entityID = MapEntities + 1
	dir = filepath.Join(os.TempDir(), fmt.Sprintf("margin-bench-%s-%s-%d", cardVersion, mapVersion, n))
	if _, err := os.Stat(filepath.Join(dir, "margin.db")); err == nil {
		return dir, entityID
	}
	base := MapLibrary(tb, n, 4)
	start := time.Now()
	tmp := dir + ".building"
	os.RemoveAll(tmp)
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := copyFile(filepath.Join(base, "margin.db"), filepath.Join(tmp, "margin.db")); err != nil {
		tb.Fatal(err)
	}
	if err := fillCardEntity(ctx, filepath.Join(tmp, "margin.db"), entityID); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("built an entity-card library of %d clippings in %s", n, time.Since(start).Round(time.Second))
	return dir, entityID
}

// fillCardEntity adds the entity and its mentions in one transaction,
// straight into the tables as fillMentions does.
func fillCardEntity(ctx context.Context, path string, entityID int64) error {
	return directTx(ctx, path, func(tx *sql.Tx) error {
		const name = "Ardent Wexley"
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities (id, name, key, type) VALUES (?, ?, ?, 'person')`,
			entityID, name, strings.ToLower(name)); err != nil {
			return err
		}
		var ids []int64
		rows, err := tx.QueryContext(ctx, `SELECT id FROM clippings ORDER BY id`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(ids) < CardClippings {
			return fmt.Errorf("the library has %d clippings, fewer than %d", len(ids), CardClippings)
		}
		c := NewCorpus(3)
		c.rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
		ins, err := prepareConfirmedMention(ctx, tx)
		if err != nil {
			return err
		}
		defer ins.Close()
		now := time.Now().UnixMilli()
		for _, id := range ids[:CardClippings] {
			var text string
			if err := tx.QueryRowContext(ctx, `SELECT text FROM clippings WHERE id = ?`, id).Scan(&text); err != nil {
				return err
			}
			paras := strings.Split(text, "\n\n")
			for range 1 + c.rng.IntN(3) {
				start, end, word := c.randomWord(paras)
				if _, err := ins.ExecContext(ctx, id, entityID, start, end, word, now); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
