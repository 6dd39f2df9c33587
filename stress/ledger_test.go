package stress_test

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	_ "modernc.org/sqlite"
)

// ledger records what the margin processes reported as saved, so that the
// library can be checked against it afterwards.
type ledger struct {
	mu         sync.Mutex
	clippings  map[int64]string // acknowledged clipping ID -> its unique token
	highlights []highlightAck
	labels     []labelAck
	notes      map[int64][]noteAttempt // per clipping, in the order tried
	processes  int
	kills      int
	acks       int
	failures   []string // processes that failed by themselves
}

type highlightAck struct {
	id, clipping int64
	quote, note  string
}

type labelAck struct {
	clipping int64
	tag      string
}

// noteAttempt is one `margin note` run: a note it tried to set, and whether
// it reported it saved.
type noteAttempt struct {
	text  string
	acked bool
}

func newLedger() *ledger {
	return &ledger{clippings: map[int64]string{}, notes: map[int64][]noteAttempt{}}
}

// record counts a finished process and any failure of its own.
func (l *ledger) record(p proc, args []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.processes++
	if p.killed {
		l.kills++
	}
	if p.hung {
		l.failures = append(l.failures, fmt.Sprintf("margin %s hung", strings.Join(args, " ")))
	} else if !p.killed && p.code != 0 {
		l.failures = append(l.failures, fmt.Sprintf("margin %s: exit %d: %s", strings.Join(args, " "), p.code, p.stderrLine()))
	}
}

func (l *ledger) ack(fn func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.acks++
	fn()
}

func (l *ledger) killCount() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.kills
}

// article returns copied text for a new clipping: a title and paragraphs
// with names in them, each paragraph holding the clipping's unique token.
func article(r *rand.Rand, token string) string {
	words := strings.Fields("river council budget harbour election market railway school hospital bridge museum forest report vote plan")
	names := []string{"Alice Brown", "the Harbour Board", "Springfield", "Carlos Mendes", "the Port Authority", "Lisbon", "Mayor Jane Okafor"}
	var b strings.Builder
	fmt.Fprintf(&b, "Dispatch %s from the %s\n\n", token, words[r.IntN(len(words))])
	for p := 0; p < 3+r.IntN(4); p++ {
		fmt.Fprintf(&b, "Reference %s:", token)
		for s := 0; s < 2+r.IntN(3); s++ {
			fmt.Fprintf(&b, " %s said the", names[r.IntN(len(names))])
			for w := 0; w < 6+r.IntN(10); w++ {
				b.WriteString(" " + words[r.IntN(len(words))])
			}
			b.WriteString(".")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// integrityReport is what checkLibrary found wrong with a library.
type integrityReport struct {
	problems []string // the library is damaged or half-written
	lost     []string // an acknowledged write is missing
}

func (r *integrityReport) problem(format string, args ...any) {
	r.problems = append(r.problems, fmt.Sprintf(format, args...))
}

func (r *integrityReport) lose(format string, args ...any) {
	r.lost = append(r.lost, fmt.Sprintf(format, args...))
}

// checkLibrary opens the library's database directly and checks it: SQLite
// integrity and foreign keys, the full-text index, every clipping complete
// (text, document, hash, its full-text row with its notes), every
// highlight and mention inside its clipping's text, and every write in the
// ledger present.
func checkLibrary(t *testing.T, dir string, led *ledger) *integrityReport {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "margin.db")+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rep := &integrityReport{}

	rows, err := db.Query("PRAGMA integrity_check")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		if s != "ok" {
			rep.problem("integrity_check: %s", s)
		}
	}
	rows.Close()
	var fk int
	if err := db.QueryRow("SELECT count(*) FROM pragma_foreign_key_check").Scan(&fk); err != nil || fk != 0 {
		rep.problem("foreign_key_check: %d rows, %v", fk, err)
	}
	if _, err := db.Exec("INSERT INTO clippings_fts(clippings_fts) VALUES ('integrity-check')"); err != nil {
		rep.problem("full-text index: %v", err)
	}

	type clipping struct {
		text, note string
	}
	clippings := map[int64]clipping{}
	rows, err = db.Query(`
		SELECT c.id, c.text, c.document, c.content_hash, c.note, f.text, f.notes
		FROM clippings c LEFT JOIN clippings_fts f ON f.rowid = c.id`)
	if err != nil {
		t.Fatal(err)
	}
	ftsNotes := map[int64]string{}
	for rows.Next() {
		var (
			id                    int64
			text, doc, hash, note string
			ftsText, notes        sql.NullString
		)
		if err := rows.Scan(&id, &text, &doc, &hash, &note, &ftsText, &notes); err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte(text))
		switch {
		case strings.TrimSpace(text) == "":
			rep.problem("clipping %d has no text", id)
		case !strings.HasPrefix(doc, "{") && !strings.HasPrefix(doc, "\x1f\x8b"): // JSON, or gzip from 64 KiB
			rep.problem("clipping %d has no document", id)
		case hash != hex.EncodeToString(sum[:]):
			rep.problem("clipping %d: content hash does not match its text", id)
		case !ftsText.Valid:
			rep.problem("clipping %d has no full-text row", id)
		case ftsText.String != text:
			rep.problem("clipping %d: full-text row has other text", id)
		case note != "" && !strings.Contains(notes.String, note):
			rep.problem("clipping %d: note %q is not in the full-text index", id, note)
		}
		clippings[id] = clipping{text: text, note: note}
		ftsNotes[id] = notes.String
	}
	rows.Close()
	var ftsRows int
	db.QueryRow("SELECT count(*) FROM clippings_fts").Scan(&ftsRows)
	if ftsRows != len(clippings) {
		rep.problem("%d full-text rows for %d clippings", ftsRows, len(clippings))
	}

	type span struct {
		id, clipping int64
		start, end   int
		exact, note  string
		orphaned     bool
	}
	spans := func(table, noteCol string) []span {
		rows, err := db.Query(`SELECT id, clipping_id, start, end, exact, ` + noteCol + `, orphaned FROM ` + table)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []span
		for rows.Next() {
			var s span
			if err := rows.Scan(&s.id, &s.clipping, &s.start, &s.end, &s.exact, &s.note, &s.orphaned); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		return out
	}
	highlights := map[int64]span{}
	for _, table := range []string{"highlights", "mentions"} {
		noteCol := "note"
		if table == "mentions" {
			noteCol = "''"
		}
		for _, s := range spans(table, noteCol) {
			if table == "highlights" {
				highlights[s.id] = s
			}
			c, ok := clippings[s.clipping]
			if !ok {
				rep.problem("%s %d belongs to no clipping", table, s.id)
				continue
			}
			if s.orphaned {
				continue
			}
			runes := []rune(c.text)
			if s.start < 0 || s.end <= s.start || s.end > len(runes) {
				rep.problem("%s %d [%d, %d) is outside its clipping's %d characters", table, s.id, s.start, s.end, len(runes))
				continue
			}
			if got := string(runes[s.start:s.end]); got != s.exact {
				rep.problem("%s %d quotes %q but its span holds %q", table, s.id, s.exact, got)
			}
			if s.note != "" && !strings.Contains(ftsNotes[s.clipping], s.note) {
				rep.problem("highlight %d: note %q is not in the full-text index", s.id, s.note)
			}
		}
	}

	if led == nil {
		return rep
	}
	for id, token := range led.clippings {
		c, ok := clippings[id]
		if !ok || !strings.Contains(c.text, token) {
			rep.lose("clipping %d (%s) was reported saved but is not in the library", id, token)
		}
	}
	for _, h := range led.highlights {
		s, ok := highlights[h.id]
		if !ok || s.clipping != h.clipping || s.exact != h.quote || s.note != h.note {
			rep.lose("highlight %d on clipping %d was reported saved but is missing or different", h.id, h.clipping)
		}
	}
	tags := map[string]bool{}
	rows, err = db.Query("SELECT clipping_id, tag FROM tags")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var tag string
		rows.Scan(&id, &tag)
		tags[fmt.Sprint(id, "/", tag)] = true
	}
	rows.Close()
	for _, l := range led.labels {
		if !tags[fmt.Sprint(l.clipping, "/", l.tag)] {
			rep.lose("tag %q on clipping %d was reported saved but is missing", l.tag, l.clipping)
		}
	}
	for id, attempts := range led.notes {
		// The note must be the last one reported saved, or one tried after
		// it whose process was killed after committing.
		allowed := map[string]bool{}
		last := -1
		for i, a := range attempts {
			if a.acked {
				last = i
			}
		}
		if last < 0 {
			allowed[""] = true
		}
		for _, a := range attempts[max(last, 0):] {
			allowed[a.text] = true
		}
		if got := clippings[id].note; !allowed[got] {
			rep.lose("clipping %d has note %q, not the one reported saved", id, got)
		}
	}
	return rep
}
