package refetch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"margin/annotate"
	"margin/clip"
	"margin/library"
	"margin/textdiff"
)

// site is a local news site whose one article can be edited.
type site struct {
	mu         sync.Mutex
	title      string
	paragraphs []string
	validators bool // send an ETag and honour If-None-Match
	requests   atomic.Int32
	notMod     atomic.Int32
}

func (s *site) set(title string, paragraphs ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.title, s.paragraphs = title, paragraphs
}

func (s *site) page() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title></head><body><article><h1>%s</h1>\n",
		html.EscapeString(s.title), html.EscapeString(s.title))
	b.WriteString(`<p class="byline">By Ana Ruiz</p>` + "\n")
	for _, p := range s.paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	body := s.page()
	if s.validators {
		sum := sha256.Sum256([]byte(body))
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.notMod.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, body)
}

var (
	lead     = "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its supports."
	quote    = "“We cannot take the risk any longer,” said the mayor, Lena Vos, who called the vote the hardest of her term."
	traffic  = "Traffic on the ring road is expected to rise by a fifth while the new crossing is built, according to the transport department."
	shops    = "Shop owners near the bridge said they feared losing customers, and asked the council for help with their rents during the works."
	extra    = "A ferry service will run every fifteen minutes during the closure, free of charge for residents of the two districts."
	reworded = "“We cannot take the risk any more,” said the mayor, Lena Vos, who called the vote the hardest of her term."
)

func opts() Options {
	o := Options{Clip: clip.DefaultOptions(), Delay: -1}
	return o
}

// clipped adds the site's article to a new library and highlights each
// passage given, returning the clipping and its highlights.
func clipped(t *testing.T, srv *httptest.Server, passages ...string) (*library.Library, int64, []annotate.Highlight) {
	t.Helper()
	ctx := context.Background()
	lib, err := library.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	a, err := clip.Clip(ctx, srv.URL+"/news/bridge", clip.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := lib.Add(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	text := a.Text()
	var hs []annotate.Highlight
	for _, p := range passages {
		i := strings.Index(text, p)
		if i < 0 {
			t.Fatalf("%q is not in the clipped text %q", p, text)
		}
		start := len([]rune(text[:i]))
		h, err := lib.AddHighlight(ctx, annotate.Highlight{ClippingID: id, Note: "cite this",
			Selector: annotate.Selector{Start: start, End: start + len([]rune(p))}})
		if err != nil {
			t.Fatal(err)
		}
		hs = append(hs, h)
	}
	return lib, id, hs
}

func TestCheckForChanges(t *testing.T) {
	ctx := context.Background()
	s := &site{validators: true}
	s.set("Council votes to close harbour bridge", lead, quote, traffic, shops)
	srv := httptest.NewServer(s)
	defer srv.Close()
	lib, id, hs := clipped(t, srv, "We cannot take the risk any longer", "Traffic on the ring road is expected to rise by a fifth", "asked the council for help with their rents")
	hQuote, hTraffic, hShops := hs[0], hs[1], hs[2]

	t.Run("a server answering 304 adds no version", func(t *testing.T) {
		r, err := One(ctx, lib, id, opts())
		if err != nil {
			t.Fatal(err)
		}
		if r.Outcome != NotModified || s.notMod.Load() != 1 {
			t.Errorf("outcome = %q, 304s = %d, want one not-modified", r.Outcome, s.notMod.Load())
		}
		assertVersions(t, lib, id, 1)
	})

	t.Run("a word changed in a highlight and a paragraph inserted before one", func(t *testing.T) {
		s.set("Council votes to close harbour bridge", lead, reworded, extra, traffic, shops)
		r, err := One(ctx, lib, id, opts())
		if err != nil {
			t.Fatal(err)
		}
		if r.Outcome != Changed || r.Version != 2 {
			t.Fatalf("result = %+v, want version 2", r)
		}
		if want := "1 paragraph changed, 1 added"; r.Change != want {
			t.Errorf("change = %q, want %q", r.Change, want)
		}
		assertVersions(t, lib, id, 2)
		a, err := lib.Load(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		c := a.ChangesOf("highlight", hQuote.ID)
		if len(c) != 1 || c[0].Old != "We cannot take the risk any longer" || c[0].New != "We cannot take the risk any more" || c[0].Vanished {
			t.Errorf("the reworded highlight's changes = %+v", c)
		}
		if c := a.ChangesOf("highlight", hTraffic.ID); len(c) != 0 {
			t.Errorf("the highlight after the inserted paragraph is flagged: %+v", c)
		}
		for _, h := range a.Highlights {
			got := string([]rune(a.Text())[h.Selector.Start:h.Selector.End])
			if h.ID == hTraffic.ID && (got != hTraffic.Selector.Exact || h.Selector.Start <= hTraffic.Selector.Start) {
				t.Errorf("the highlight after the inserted paragraph reads %q at %d", got, h.Selector.Start)
			}
			if h.Orphaned {
				t.Errorf("highlight %q orphaned", h.Selector.Exact)
			}
		}
		v1, _ := lib.Version(ctx, id, 1)
		v2, _ := lib.Version(ctx, id, 2)
		d := textdiff.Compare(v1.Side(), v2.Side())
		var ins, del []string
		for _, sp := range d.Spans {
			switch sp.Op {
			case textdiff.Insert:
				ins = append(ins, strings.TrimSpace(sp.Text))
			case textdiff.Delete:
				del = append(del, strings.TrimSpace(sp.Text))
			}
		}
		if len(del) != 1 || del[0] != "longer" || len(ins) != 2 || ins[0] != "more" || ins[1] != extra {
			t.Errorf("words deleted %q, inserted %q", del, ins)
		}
	})

	t.Run("a highlighted paragraph removed and a new headline", func(t *testing.T) {
		s.set("Harbour bridge to close to cars next spring", lead, reworded, extra, traffic)
		r, err := One(ctx, lib, id, opts())
		if err != nil {
			t.Fatal(err)
		}
		if r.Outcome != Changed || r.Version != 3 || r.Change != "headline changed; 1 paragraph removed" {
			t.Fatalf("result = %+v", r)
		}
		a, err := lib.Load(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Harbour bridge to close to cars next spring" {
			t.Errorf("title = %q", a.Title)
		}
		c := a.ChangesOf("highlight", hShops.ID)
		if len(c) != 1 || !c[0].Vanished || c[0].Old != "asked the council for help with their rents" || c[0].Version != 3 {
			t.Errorf("the removed highlight's changes = %+v", c)
		}
		found := false
		for _, h := range a.Highlights {
			if h.ID == hShops.ID {
				found = true
				if !h.Orphaned || h.Note != "cite this" {
					t.Errorf("the removed passage's highlight = %+v, want an orphan with its note", h)
				}
			}
		}
		if !found {
			t.Error("the removed passage's highlight was dropped")
		}
		v2, _ := lib.Version(ctx, id, 2)
		v3, _ := lib.Version(ctx, id, 3)
		d := textdiff.Compare(v2.Side(), v3.Side())
		if len(d.Fields) != 1 || d.Fields[0].Name != "headline" || d.Fields[0].Old != "Council votes to close harbour bridge" {
			t.Errorf("fields = %+v", d.Fields)
		}
		if len(a.ChangesOf("highlight", hQuote.ID)) != 1 {
			t.Errorf("an earlier change was lost or repeated")
		}
	})

	t.Run("without validators the same article adds no version", func(t *testing.T) {
		s.validators = false
		r, err := One(ctx, lib, id, opts())
		if err != nil {
			t.Fatal(err)
		}
		if r.Outcome != Unchanged || r.Version != 3 {
			t.Errorf("result = %+v, want unchanged", r)
		}
		assertVersions(t, lib, id, 3)
	})

	t.Run("a site that fails adds nothing and says why", func(t *testing.T) {
		down := httptest.NewServer(http.NotFoundHandler())
		defer down.Close()
		lib2, err := library.Open(ctx, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer lib2.Close()
		a, _ := clip.Clip(ctx, srv.URL+"/news/bridge", clip.DefaultOptions())
		a.URL = down.URL + "/gone"
		id2, _, err := lib2.Add(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		r, err := One(ctx, lib2, id2, opts())
		if err != nil {
			t.Fatal(err)
		}
		if r.Outcome != Failed || !strings.Contains(r.Message, "404") {
			t.Errorf("result = %+v", r)
		}
		assertVersions(t, lib2, id2, 1)
	})
}

func assertVersions(t *testing.T, lib *library.Library, id int64, want int) {
	t.Helper()
	vs, err := lib.Versions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != want {
		t.Errorf("%d versions, want %d", len(vs), want)
	}
}

func TestRunIsPoliteAndResumable(t *testing.T) {
	ctx := context.Background()
	var inFlight, most atomic.Int32
	pages := map[string]*site{}
	for i := range 6 {
		s := &site{validators: true}
		s.set(fmt.Sprintf("Story %d", i), lead, fmt.Sprintf("Paragraph number %d of a story about the bridge and its repair.", i), traffic)
		pages[fmt.Sprintf("/s/%d", i)] = s
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		pages[r.URL.Path].ServeHTTP(w, r)
	}))
	defer srv.Close()
	lib, err := library.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	for p := range pages {
		a, err := clip.Clip(ctx, srv.URL+p, clip.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := lib.Add(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	pages["/s/2"].set("Story 2, updated", lead, "Paragraph number 2, corrected, of a story about the bridge.", traffic)

	// A first run stopped after three checks, then a second from the
	// same start: every clipping is checked once in all.
	start := time.Now()
	stopCtx, stop := context.WithCancel(ctx)
	o := opts()
	o.Delay = time.Millisecond
	o.Progress = func(r Result, done, total int) {
		if done == 3 {
			stop()
		}
	}
	first, _ := Run(stopCtx, lib, library.CheckFilter{All: true, CheckedBefore: start}, o)
	o.Progress = nil
	second, err := Run(ctx, lib, library.CheckFilter{All: true, CheckedBefore: start}, o)
	if err != nil {
		t.Fatal(err)
	}
	if first.Checked+second.Checked != 6 || first.Changed+second.Changed != 1 {
		t.Errorf("first run %+v, second %+v: want 6 checked, 1 changed in all", first, second)
	}
	if most.Load() != 1 {
		t.Errorf("%d requests at once to one host, want 1", most.Load())
	}
}
