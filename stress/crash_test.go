package stress_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestStressCrash runs margin processes that add clippings, highlight them,
// set notes and tags, four at a time on one library, and kills about half
// of them with SIGKILL at random moments. Then the library must be intact
// and hold every write a process reported as saved (exit 0 with the ID
// printed).
func TestStressCrash(t *testing.T) {
	target, deadline := 20, 3*time.Minute
	if full() {
		target, deadline = 200, 20*time.Minute
	}
	lib := t.TempDir()
	led := newLedger()
	stop := time.Now().Add(deadline)

	// addTook is how long a whole add takes (with entity suggestions), so
	// that some kills land late in it, when suggestions are written.
	var addMu sync.Mutex
	addTook := []time.Duration{time.Second}
	addDelay := func(r *rand.Rand) time.Duration {
		if r.IntN(2) == 0 {
			return time.Duration(r.Int64N(int64(50 * time.Millisecond)))
		}
		addMu.Lock()
		d := slices.Clone(addTook)
		addMu.Unlock()
		slices.Sort(d)
		return time.Duration(r.Int64N(int64(d[len(d)/2]) + 1))
	}

	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), uint64(time.Now().UnixNano())))
			var mine []int64 // this worker's acknowledged clippings
			tokens := map[int64]string{}
			for seq := 0; led.killCount() < target && time.Now().Before(stop); seq++ {
				kill := time.Duration(-1)
				if r.IntN(2) == 0 {
					kill = time.Duration(r.Int64N(int64(50 * time.Millisecond)))
				}
				op := r.IntN(10)
				if len(mine) == 0 {
					op = 0
				}
				switch {
				case op < 3: // add
					token := fmt.Sprintf("zq%dx%d", w, seq)
					if kill >= 0 {
						kill = addDelay(r)
					}
					args := []string{"add", "-"}
					p := margin(t, lib, article(r, token), kill, args...)
					led.record(p, args)
					if id, ok := p.id(); p.ok() && ok {
						led.ack(func() { led.clippings[id] = token })
						mine = append(mine, id)
						tokens[id] = token
						addMu.Lock()
						addTook = append(addTook, p.took)
						addMu.Unlock()
					}
				case op < 6: // highlight
					id := mine[r.IntN(len(mine))]
					note := fmt.Sprintf("hn%dx%d", w, seq)
					args := []string{"highlight", fmt.Sprint(id), "--quote", tokens[id], "--nth", fmt.Sprint(1 + r.IntN(3)), "--note", note}
					p := margin(t, lib, "", kill, args...)
					led.record(p, args)
					if hid, ok := p.id(); p.ok() && ok {
						led.ack(func() {
							led.highlights = append(led.highlights, highlightAck{id: hid, clipping: id, quote: tokens[id], note: note})
						})
					}
				case op < 9: // note
					id := mine[r.IntN(len(mine))]
					note := fmt.Sprintf("note %d of worker %d", seq, w)
					args := []string{"note", fmt.Sprint(id), note}
					led.mu.Lock()
					led.notes[id] = append(led.notes[id], noteAttempt{text: note})
					i := len(led.notes[id]) - 1
					led.mu.Unlock()
					p := margin(t, lib, "", kill, args...)
					led.record(p, args)
					if got, ok := p.id(); p.ok() && ok && got == id {
						led.ack(func() { led.notes[id][i].acked = true })
					}
				default: // label
					id := mine[r.IntN(len(mine))]
					tag := fmt.Sprintf("t%dx%d", w, seq)
					args := []string{"label", fmt.Sprint(id), tag}
					p := margin(t, lib, "", kill, args...)
					led.record(p, args)
					if p.ok() && strings.Contains(p.stdout, tag) {
						led.ack(func() { led.labels = append(led.labels, labelAck{clipping: id, tag: tag}) })
					}
				}
			}
		}()
	}
	wg.Wait()

	for _, f := range led.failures {
		t.Errorf("a process failed by itself: %s", f)
	}
	if led.kills < target {
		t.Errorf("only %d kills hit a running process in %v (want %d)", led.kills, deadline, target)
	}
	check := margin(t, lib, "", -1, "check")
	integrity := 0
	if !check.ok() {
		integrity++
		t.Errorf("margin check: exit %d: %s", check.code, check.stderrLine())
	}
	rep := checkLibrary(t, lib, led)
	integrity += len(rep.problems)
	for _, p := range rep.problems {
		t.Errorf("half-written or damaged: %s", p)
	}
	for _, l := range rep.lost {
		t.Errorf("lost: %s", l)
	}
	exportKills, exportDamaged := interruptExports(t, lib, target/4)
	summary := fmt.Sprintf("STRESS kills=%d acknowledged=%d lost=%d integrity_failures=%d processes=%d clippings=%d highlights=%d export_kills=%d exports_damaged=%d",
		led.kills, led.acks, len(rep.lost), integrity, led.processes, len(led.clippings), len(led.highlights), exportKills, exportDamaged)
	t.Log(summary)
	if full() {
		fmt.Println(summary)
	}
}

// interruptExports exports the whole library to one JSON file again and
// again, killing the export at random moments. The file must always be a
// whole export, the old or the new one, never a partial file.
func interruptExports(t *testing.T, lib string, n int) (kills, damaged int) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "library.json")
	args := []string{"export", "--all", "--format", "json", "--out", out}
	if p := margin(t, lib, "", -1, args...); !p.ok() {
		t.Fatalf("export: exit %d: %s", p.code, p.stderrLine())
	}
	r := rand.New(rand.NewPCG(7, uint64(time.Now().UnixNano())))
	for kills < n {
		p := margin(t, lib, "", time.Duration(r.Int64N(int64(60*time.Millisecond))), args...)
		if p.killed {
			kills++
		} else if !p.ok() {
			t.Errorf("export failed by itself: exit %d: %s", p.code, p.stderrLine())
		}
		data, err := os.ReadFile(out)
		if err != nil || !json.Valid(data) {
			damaged++
			t.Errorf("after an interrupted export the file is not whole JSON (%d bytes, %v)", len(data), err)
		}
	}
	return kills, damaged
}
