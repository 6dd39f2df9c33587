package stress_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestStressRefetchCrash checks a clipping for changes again and again
// while the page it came from is edited before each check, killing most
// checks with SIGKILL at random moments. After each, the clipping must show
// either the old version or the whole new one: the number of versions, the
// latest text and the kept versions agree, and no highlight is lost.
func TestStressRefetchCrash(t *testing.T) {
	target, deadline := 15, 2*time.Minute
	if full() {
		target, deadline = 100, 15*time.Minute
	}
	var revision atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := revision.Load()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>Harbour bridge, revision %d</title></head><body><article>
<h1>Harbour bridge, revision %d</h1>
<p>The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its supports.</p>
<p>The mayor said the city could not take the risk any longer; this paragraph is revision marker rv%dx of the report.</p>
<p>Traffic on the ring road is expected to rise by a fifth while the new crossing is built, according to the transport department.</p>
</article></body></html>`, n, n, n)
	}))
	defer srv.Close()

	lib := t.TempDir()
	p := margin(t, lib, "", -1, "add", srv.URL+"/bridge")
	id := strings.TrimSpace(p.stdout)
	if !p.ok() || id == "" {
		t.Fatalf("add: exit %d: %s", p.code, p.stderrLine())
	}
	for _, q := range []string{"expected to rise by a fifth", "could not take the risk any longer"} {
		if p := margin(t, lib, "", -1, "highlight", id, "--quote", q); !p.ok() {
			t.Fatalf("highlight: exit %d: %s", p.code, p.stderrLine())
		}
	}

	versions := 1 // what the library held after the last check
	shown := int64(0)
	took := []time.Duration{100 * time.Millisecond}
	kills, checks := 0, 0
	r := rand.New(rand.NewPCG(11, uint64(time.Now().UnixNano())))
	stop := time.Now().Add(deadline)
	for kills < target && time.Now().Before(stop) {
		next := revision.Add(1)
		kill := time.Duration(-1)
		if r.IntN(4) != 0 {
			d := slices.Clone(took)
			slices.Sort(d)
			kill = time.Duration(r.Int64N(int64(d[len(d)/2]) + 1))
		}
		p := margin(t, lib, "", kill, "refetch", id)
		checks++
		switch {
		case p.killed:
			kills++
		case p.ok():
			took = append(took, p.took)
		default:
			t.Fatalf("refetch failed by itself: exit %d: %s", p.code, p.stderrLine())
		}

		// The state after: the old version or the whole new one.
		vp := margin(t, lib, "", -1, "versions", id, "--json")
		var vs []struct {
			Version int  `json:"version"`
			Latest  bool `json:"latest"`
		}
		if !vp.ok() || json.Unmarshal([]byte(vp.stdout), &vs) != nil {
			t.Fatalf("versions after a killed refetch: exit %d: %s", vp.code, vp.stderrLine())
		}
		text := margin(t, lib, "", -1, "show", id, "--text").stdout
		hl := margin(t, lib, "", -1, "highlights", id).stdout
		switch {
		case len(vs) == versions && strings.Contains(text, fmt.Sprintf("rv%dx", shown)):
			// old state
		case len(vs) == versions+1 && strings.Contains(text, fmt.Sprintf("rv%dx", next)):
			versions, shown = len(vs), next
		default:
			t.Fatalf("after check %d (killed %v): %d versions, text %q; want %d with rv%dx or %d with rv%dx",
				checks, p.killed, len(vs), text, versions, shown, versions+1, next)
		}
		if !vs[len(vs)-1].Latest || vs[len(vs)-1].Version != len(vs) {
			t.Fatalf("versions out of order: %+v", vs)
		}
		if n := len(lines(hl)); n < 2 {
			t.Fatalf("highlights lost after check %d: %q", checks, hl)
		}
		if p.ok() && len(vs) != versions {
			t.Fatalf("a finished refetch of an edited page added no version")
		}
	}
	if kills < target {
		t.Errorf("only %d kills hit a running refetch in %v (want %d)", kills, deadline, target)
	}
	if p := margin(t, lib, "", -1, "check"); !p.ok() {
		t.Errorf("margin check: exit %d: %s", p.code, p.stderrLine())
	}
	// Every kept version can be read and differs from the next.
	for v := 1; v < versions; v++ {
		if p := margin(t, lib, "", -1, "diff", id, fmt.Sprint(v), fmt.Sprint(v+1)); !p.ok() || strings.Contains(p.stdout, "no differences") {
			t.Errorf("diff %d %d: exit %d: %s %s", v, v+1, p.code, p.stdout, p.stderrLine())
		}
	}
	summary := fmt.Sprintf("STRESS refetch_kills=%d refetch_checks=%d versions=%d", kills, checks, versions)
	t.Log(summary)
	if full() {
		fmt.Println(summary)
	}
}

// lines returns the non-empty lines of s.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
