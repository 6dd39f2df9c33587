package benchdata

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"margin/library"

	_ "modernc.org/sqlite" // the driver the library registers, for the bulk insert below
)

// mapVersion names the cached entity-map libraries; change it whenever
// their generator or the schema changes.
const mapVersion = "map-v4"

// MapEntities is how many entities a map library knows.
const MapEntities = 3000

// MapLibrary returns the directory of a library of n generated clippings
// (those of Library(tb, n)) with about perClipping confirmed mentions in
// each, of MapEntities entities drawn with a Zipf distribution (a few are
// everywhere, most are rare), each mention on a word of a random
// paragraph. It is built on the first call from a copy of Library's and
// cached in the temporary directory.
func MapLibrary(tb testing.TB, n, perClipping int) string {
	tb.Helper()
	ctx := context.Background()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("margin-bench-%s-%d-%d", mapVersion, n, perClipping))
	if _, err := os.Stat(filepath.Join(dir, "margin.db")); err == nil {
		return dir
	}
	base := Library(tb, n)
	start := time.Now()
	tmp := dir + ".building"
	os.RemoveAll(tmp)
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := copyFile(filepath.Join(base, "margin.db"), filepath.Join(tmp, "margin.db")); err != nil {
		tb.Fatal(err)
	}
	// Opening the copy brings its schema up to date.
	l, err := library.Open(ctx, tmp)
	if err != nil {
		tb.Fatal(err)
	}
	if err := l.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := fillMentions(ctx, filepath.Join(tmp, "margin.db"), perClipping); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("built a map library of %d clippings in %s", n, time.Since(start).Round(time.Second))
	return dir
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// fillMentions adds the entities and the confirmed mentions in one
// transaction, straight into the tables: through the library one mention
// is one transaction, far too slow for 200,000. The library's triggers
// count the co-occurrences as the rows go in, as they do for a person's
// mentions.
func fillMentions(ctx context.Context, path string, perClipping int) error {
	return directTx(ctx, path, func(tx *sql.Tx) error {
		c := NewCorpus(2)
		types := []string{"person", "organization", "place", "person", "event", "work"}
		seen := map[string]bool{}
		for i := 0; i < MapEntities; i++ {
			typ := types[i%len(types)]
			name := ""
			for name == "" || seen[strings.ToLower(name)+typ] {
				if typ == "person" && c.rng.IntN(2) == 0 {
					name = c.names[c.rng.IntN(len(c.names))]
				} else {
					w := c.vocab[300+c.rng.IntN(len(c.vocab)-300)]
					name = strings.ToUpper(w[:1]) + w[1:]
					if c.rng.IntN(2) == 0 {
						w2 := c.vocab[300+c.rng.IntN(len(c.vocab)-300)]
						name += " " + strings.ToUpper(w2[:1]) + w2[1:]
					}
				}
			}
			seen[strings.ToLower(name)+typ] = true
			if _, err := tx.ExecContext(ctx, `INSERT INTO entities (id, name, key, type) VALUES (?, ?, ?, ?)`,
				i+1, name, strings.ToLower(name), typ); err != nil {
				return err
			}
		}
		zipf := rand.NewZipf(c.rng, 1.2, 8, MapEntities-1)
		rows, err := tx.QueryContext(ctx, `SELECT id, text FROM clippings ORDER BY id`)
		if err != nil {
			return err
		}
		type clipping struct {
			id   int64
			text string
		}
		var all []clipping
		for rows.Next() {
			var cl clipping
			if err := rows.Scan(&cl.id, &cl.text); err != nil {
				rows.Close()
				return err
			}
			all = append(all, cl)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		ins, err := prepareConfirmedMention(ctx, tx)
		if err != nil {
			return err
		}
		defer ins.Close()
		now := time.Now().UnixMilli()
		for _, cl := range all {
			paras := strings.Split(cl.text, "\n\n")
			k := 1 + c.rng.IntN(2*perClipping-1)
			for range k {
				start, end, word := c.randomWord(paras)
				if _, err := ins.ExecContext(ctx, cl.id, int64(zipf.Uint64())+1, start, end, word, now); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// randomWord picks a word of a random paragraph of a clipping's text, given
// as its paragraphs, and returns where it lies in the text, in characters,
// as a mention's start and end do.
func (c *Corpus) randomWord(paras []string) (start, end int, word string) {
	p := c.rng.IntN(len(paras))
	for _, q := range paras[:p] {
		start += utf8.RuneCountInString(q) + 2
	}
	words := strings.Fields(paras[p])
	w := c.rng.IntN(len(words))
	before := strings.Index(paras[p], strings.Join(words[w:], " "))
	start += utf8.RuneCountInString(paras[p][:max(before, 0)])
	return start, start + utf8.RuneCountInString(words[w]), words[w]
}

// directTx runs fn in one transaction on the library file at path, opened
// straight with SQLite rather than through the library (for writing rows
// in bulk), and commits it when fn succeeds.
func directTx(ctx context.Context, path string, fn func(tx *sql.Tx) error) error {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// prepareConfirmedMention prepares the insert of a confirmed mention: its
// clipping, entity, rune span, exact text and time of creation.
func prepareConfirmedMention(ctx context.Context, tx *sql.Tx) (*sql.Stmt, error) {
	return tx.PrepareContext(ctx, `INSERT INTO mentions (clipping_id, entity_id, start, end, exact, status, created)
		VALUES (?, ?, ?, ?, ?, 'confirmed', ?)`)
}
