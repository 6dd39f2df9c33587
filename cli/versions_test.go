package cli_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

func TestRefetchVersionsAndDiff(t *testing.T) {
	var (
		mu    sync.Mutex
		title = "Council votes to close harbour bridge"
		quote = "The mayor said the city could not take the risk any longer, and called the vote the hardest of her term."
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>%s</title></head><body><article><h1>%s</h1>
<p>The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its supports.</p>
<p>%s</p>
<p>Traffic on the ring road is expected to rise by a fifth while the new crossing is built, according to the transport department.</p>
</article></body></html>`, title, title, quote)
	}))
	defer srv.Close()
	dir := t.TempDir()
	id := strings.TrimSpace(ok(t, dir, "add", srv.URL+"/bridge").stdout)
	ok(t, dir, "highlight", id, "--quote", "take the risk any longer")

	if out := ok(t, dir, "refetch", id).stdout; !strings.Contains(out, "unchanged") {
		t.Errorf("refetch of an unchanged page: %q", out)
	}
	mu.Lock()
	title = "Harbour bridge to close next spring"
	quote = "The mayor said the city could not take the risk any more, and called the vote the hardest of her term."
	mu.Unlock()
	out := ok(t, dir, "refetch", "--all", "--delay", "0", "--fresh", "0").stdout
	if !strings.Contains(out, "changed: version 2 (headline changed; 1 paragraph changed)") {
		t.Errorf("refetch --all: %q", out)
	}
	if vs := lines(ok(t, dir, "versions", id).stdout); len(vs) != 2 || !strings.Contains(vs[1], "latest") {
		t.Errorf("versions: %q", vs)
	}
	diff := ok(t, dir, "diff", id).stdout
	for _, want := range []string{
		"headline: “Council votes to close harbour bridge” → “Harbour bridge to close next spring”",
		"[-longer-]{+more+}",
	} {
		if !strings.Contains(diff, want) {
			t.Errorf("diff lacks %q:\n%s", want, diff)
		}
	}
	if strings.Contains(diff, "Traffic on the ring road") {
		t.Errorf("diff shows an unchanged paragraph:\n%s", diff)
	}
	if out := ok(t, dir, "ls").stdout; !strings.Contains(out, "edited once; last: headline changed; 1 paragraph changed") {
		t.Errorf("ls does not say the clipping was edited: %q", out)
	}
	if out := runIn(t, dir, "", "search", "longer"); strings.Contains(out.stdout, "Harbour") {
		t.Errorf("search found old wording in the latest version: %q", out.stdout)
	}
	if out := ok(t, dir, "search", "--all-versions", "longer").stdout; !strings.Contains(out, "Harbour bridge") {
		t.Errorf("search --all-versions: %q", out)
	}
	if out := ok(t, dir, "highlights", id).stdout; !strings.Contains(out, "Changed in the article in version 2") {
		t.Errorf("highlights does not say the passage changed: %q", out)
	}
	if out := ok(t, dir, "show", id, "--json").stdout; !strings.Contains(out, `"changes"`) {
		t.Errorf("show --json has no changes")
	}
	fails(t, dir, 2, "", "refetch")
	fails(t, dir, 2, "", "refetch", id, "--all")
	fails(t, dir, 2, "", "diff", id, "1")
}
