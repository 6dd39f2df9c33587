package stress_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"margin/library"
)

// TestStressParallelWriters runs four writer processes at once on one
// library, each adding clippings and highlighting them, while a reader
// lists and searches. No process may fail (in particular not with
// "database is locked") and no write may be lost.
func TestStressParallelWriters(t *testing.T) {
	perWriter := 3
	if full() {
		perWriter = 25
	}
	lib := t.TempDir()
	led := newLedger()
	done := make(chan struct{})
	// The library exists before the reader starts: a read command on a
	// folder with no library says so and fails, by design.
	if lb, err := library.Open(context.Background(), lib); err != nil {
		t.Fatal(err)
	} else {
		lb.Close()
	}

	var readers sync.WaitGroup
	readers.Add(1)
	reads := 0
	go func() {
		defer readers.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			for _, args := range [][]string{{"ls", "--json"}, {"search", "harbour"}, {"entities"}} {
				p := margin(t, lib, "", -1, args...)
				led.record(p, args)
				reads++
			}
		}
	}()

	var writers sync.WaitGroup
	for w := range 4 {
		writers.Add(1)
		go func() {
			defer writers.Done()
			r := rand.New(rand.NewPCG(uint64(w), 99))
			for i := range perWriter {
				token := fmt.Sprintf("pw%dx%d", w, i)
				args := []string{"add", "-"}
				p := margin(t, lib, article(r, token), -1, args...)
				led.record(p, args)
				id, ok := p.id()
				if !p.ok() || !ok {
					continue
				}
				led.ack(func() { led.clippings[id] = token })
				note := "parallel " + token
				args = []string{"highlight", fmt.Sprint(id), "--quote", token, "--note", note}
				p = margin(t, lib, "", -1, args...)
				led.record(p, args)
				if hid, ok := p.id(); p.ok() && ok {
					led.ack(func() {
						led.highlights = append(led.highlights, highlightAck{id: hid, clipping: id, quote: token, note: note})
					})
				}
			}
		}()
	}
	writers.Wait()
	close(done)
	readers.Wait()

	for _, f := range led.failures {
		t.Errorf("a process failed: %s", f)
	}
	if n := len(led.clippings); n != 4*perWriter {
		t.Errorf("%d clippings added, want %d", n, 4*perWriter)
	}
	if n := len(led.highlights); n != 4*perWriter {
		t.Errorf("%d highlights added, want %d", n, 4*perWriter)
	}
	rep := checkLibrary(t, lib, led)
	for _, p := range rep.problems {
		t.Errorf("damaged: %s", p)
	}
	for _, l := range rep.lost {
		t.Errorf("lost: %s", l)
	}
	summary := fmt.Sprintf("PARALLEL writers=4 clippings=%d highlights=%d reads=%d failures=%d lost=%d integrity_failures=%d",
		len(led.clippings), len(led.highlights), reads, len(led.failures), len(rep.lost), len(rep.problems))
	t.Log(summary)
	if full() {
		fmt.Println(summary)
	}
}

// TestCheckLibraryFindsDamage makes sure the checks the stress tests rely
// on do find a half-written library: a clipping without its full-text row,
// a highlight outside its text, a lost acknowledged write.
func TestCheckLibraryFindsDamage(t *testing.T) {
	lib := t.TempDir()
	r := rand.New(rand.NewPCG(1, 1))
	p := margin(t, lib, article(r, "dmg1"), -1, "add", "-")
	id, ok := p.id()
	if !p.ok() || !ok {
		t.Fatalf("add: %s", p.stderrLine())
	}
	if p := margin(t, lib, "", -1, "highlight", fmt.Sprint(id), "--quote", "dmg1"); !p.ok() {
		t.Fatalf("highlight: %s", p.stderrLine())
	}
	led := newLedger()
	led.clippings[id] = "dmg1"
	led.clippings[id+1] = "never-added"
	if rep := checkLibrary(t, lib, nil); len(rep.problems) != 0 {
		t.Fatalf("a sound library has problems: %v", rep.problems)
	}

	db, err := sql.Open("sqlite", filepath.Join(lib, "margin.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"UPDATE highlights SET end = end + 100000",
		"DELETE FROM clippings_fts WHERE rowid = " + fmt.Sprint(id),
	} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	rep := checkLibrary(t, lib, led)
	got := strings.Join(rep.problems, "\n")
	for _, want := range []string{"outside its clipping", "no full-text row"} {
		if !strings.Contains(got, want) {
			t.Errorf("the check did not find %q in:\n%s", want, got)
		}
	}
	if len(rep.lost) != 1 || !strings.Contains(rep.lost[0], "never-added") {
		t.Errorf("lost: %v", rep.lost)
	}
}
