package capture

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/time/rate"

	"margin/library"
)

const testToken = "0123456789abcdef0123456789abcdef"

const articleHTML = `<!DOCTYPE html><html><head><title>Tides, and why they turn</title></head><body><article>
<h1>Tides, and why they turn</h1>
<p>The tide turns twice a day, pulled by the moon. The sun pulls too, less, and when the two pull together the tides are largest.</p>
<p>Neap tides are the smallest: the sun and the moon pull at right angles, and the sea rises and falls the least in the month.</p>
<p>Sailors have known this for as long as there have been sailors, and written it in almanacs that tell the hour of each high water.</p>
</article></body></html>`

// startServer starts a capture server on a free port over a new library.
func startServer(t *testing.T, cfg Config) (*Server, *library.Library) {
	t.Helper()
	l, err := library.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	cfg.Token = testToken
	s, err := New(l, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, l
}

func post(t *testing.T, s *Server, host, token string, body []byte) (int, Result) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("http://127.0.0.1:%d/clip", s.Port()), bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set(TokenHeader, token)
	}
	if host != "" {
		req.Host = host
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r Result
	b, _ := io.ReadAll(resp.Body)
	json.Unmarshal(b, &r)
	return resp.StatusCode, r
}

func pageJSON(p Page) []byte {
	b, _ := json.Marshal(p)
	return b
}

func TestCaptureFilesThePageWithItsHighlightAndTag(t *testing.T) {
	var got []Result
	s, l := startServer(t, Config{OnClip: func(r Result) { got = append(got, r) }})
	p := Page{URL: "https://example.org/tides", HTML: articleHTML, Selection: " pulled by the  moon", Prefix: "turns twice a day, ", Tag: "sea"}
	status, r := post(t, s, "", testToken, pageJSON(p))
	if status != http.StatusOK || r.ID == 0 || !r.Highlighted || r.Orphaned || r.Existed {
		t.Fatalf("status %d, result %+v", status, r)
	}
	if len(got) != 1 || got[0].ID != r.ID {
		t.Errorf("OnClip saw %+v", got)
	}
	c, _ := l.Get(context.Background(), r.ID)
	hs, _ := l.Highlights(context.Background(), r.ID)
	if len(hs) != 1 || hs[0].Selector.Exact != "pulled by the moon" || len(c.Tags) != 1 || c.Tags[0] != "sea" {
		t.Errorf("highlights %+v, tags %q", hs, c.Tags)
	}
	// Sending the same page again adds nothing.
	if status, r2 := post(t, s, "", testToken, pageJSON(p)); status != http.StatusOK || !r2.Existed || r2.Highlighted {
		t.Errorf("again: %d %+v", status, r2)
	}
}

func TestCaptureRefuses(t *testing.T) {
	s, l := startServer(t, Config{})
	good := pageJSON(Page{URL: "https://example.org/tides", HTML: articleHTML})
	big := pageJSON(Page{URL: "https://example.org/big", HTML: articleHTML + strings.Repeat("<p>x</p>", MaxBody/8)})
	tests := []struct {
		name   string
		host   string
		token  string
		body   []byte
		status int
	}{
		{"a request without the token", "", "", good, http.StatusUnauthorized},
		{"a request with a wrong token", "", "not-the-token-not-the-token", good, http.StatusUnauthorized},
		{"a request with a foreign Host, as after DNS rebinding", fmt.Sprintf("evil.example:%d", s.Port()), testToken, good, http.StatusMisdirectedRequest},
		{"a request naming another port", "127.0.0.1:1", testToken, good, http.StatusMisdirectedRequest},
		{"a request over the size cap", "", testToken, big, http.StatusRequestEntityTooLarge},
		{"a body that is not JSON", "", testToken, []byte("<html>"), http.StatusBadRequest},
		{"a page with no article", "", testToken, pageJSON(Page{URL: "https://example.org/x", HTML: "<html><body></body></html>"}), http.StatusUnprocessableEntity},
		{"a page whose URL is not a web address", "", testToken, pageJSON(Page{URL: "file:///etc/passwd", HTML: articleHTML}), http.StatusUnprocessableEntity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, r := post(t, s, tt.host, tt.token, tt.body)
			if status != tt.status || r.Error == "" {
				t.Errorf("status %d (%q); want %d", status, r.Error, tt.status)
			}
		})
	}
	if n, _ := l.Count(context.Background(), library.Filter{}); n != 0 {
		t.Errorf("refused requests filed %d clippings", n)
	}
}

func TestPreflightsAnsweredOnlyAsNeeded(t *testing.T) {
	s, _ := startServer(t, Config{})
	preflight := func(headers map[string]string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, fmt.Sprintf("http://127.0.0.1:%d/clip", s.Port()), nil)
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	t.Run("the browser side's preflight is allowed, private network access only when asked", func(t *testing.T) {
		r := preflight(map[string]string{"Origin": "https://news.example", "Access-Control-Request-Method": "POST",
			"Access-Control-Request-Headers": "content-type,x-margin-token"})
		if r.StatusCode != http.StatusNoContent || r.Header.Get("Access-Control-Allow-Origin") != "https://news.example" ||
			r.Header.Get("Access-Control-Allow-Private-Network") != "" {
			t.Errorf("%d %v", r.StatusCode, r.Header)
		}
		r = preflight(map[string]string{"Origin": "https://news.example", "Access-Control-Request-Method": "POST",
			"Access-Control-Request-Private-Network": "true"})
		if r.StatusCode != http.StatusNoContent || r.Header.Get("Access-Control-Allow-Private-Network") != "true" {
			t.Errorf("%d %v", r.StatusCode, r.Header)
		}
	})
	t.Run("a preflight for another method or header is refused", func(t *testing.T) {
		for _, h := range []map[string]string{
			{"Origin": "https://news.example", "Access-Control-Request-Method": "DELETE"},
			{"Origin": "https://news.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"},
		} {
			if r := preflight(h); r.StatusCode != http.StatusForbidden || r.Header.Get("Access-Control-Allow-Origin") != "" {
				t.Errorf("%v: %d %v", h, r.StatusCode, r.Header)
			}
		}
	})
}

func TestRateLimit(t *testing.T) {
	s, _ := startServer(t, Config{Limiter: rate.NewLimiter(0, 3)})
	var statuses []int
	for range 5 {
		status, _ := post(t, s, "", "", nil)
		statuses = append(statuses, status)
	}
	if statuses[2] != http.StatusUnauthorized || statuses[3] != http.StatusTooManyRequests || statuses[4] != http.StatusTooManyRequests {
		t.Errorf("statuses = %v; want three refusals for the token, then 429", statuses)
	}
}

func TestLoadTokenKeepsOneToken(t *testing.T) {
	dir := t.TempDir()
	a, err := LoadToken(dir)
	if err != nil || len(a) < 32 {
		t.Fatalf("%q %v", a, err)
	}
	if b, _ := LoadToken(dir); b != a {
		t.Errorf("second load %q != %q", b, a)
	}
	if c, _ := ResetToken(dir); c == a {
		t.Errorf("reset kept the token")
	}
}

func TestStartOnATakenPortSaysSo(t *testing.T) {
	first, l := startServer(t, Config{})
	s, err := New(l, Config{Port: first.Port(), Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Start()
	if err == nil {
		s.Close()
		t.Fatal("a second server started on a port already taken")
	}
	var le *ListenError
	if !errors.As(err, &le) || le.Port != first.Port() || !errors.Is(err, syscall.EADDRINUSE) {
		t.Fatalf("error %#v is not a ListenError for port %d", err, first.Port())
	}
	if want := fmt.Sprintf("port %d is taken by another program", first.Port()); !strings.HasPrefix(err.Error(), want) {
		t.Errorf("sentence %q does not begin %q", err.Error(), want)
	}
}
