// Package capture is Margin's capture port: a small HTTP service on the
// loopback address that takes a page from the browser (its URL, its HTML as
// rendered, the person's selection and a tag) and files it in the library,
// the selection as a highlight. The browser side is a bookmarklet
// (Bookmarklet) and the WebExtension in extension/.
//
// Every web page the person visits can reach the port, so the service
// trusts nothing it is sent: it listens on 127.0.0.1 only, wants a token
// the browser side holds, checks the Host header against DNS rebinding,
// answers CORS and Private Network Access preflights only for its one
// endpoint, caps the body and limits the rate. docs/capture.md says what a
// hostile page can and cannot do.
package capture

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/time/rate"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

// DefaultPort is the port the capture service listens on unless the person
// sets another in Preferences (or with --port).
const DefaultPort = 48151

// Limits of the service.
const (
	// MaxBody is the largest request accepted: a rendered page's HTML is
	// rarely over a few megabytes.
	MaxBody = 16 << 20
	// RatePerMinute and Burst bound how many requests are handled: a
	// person clips a page every few seconds at most; a script hammering
	// the port is slowed to this.
	RatePerMinute = 60
	Burst         = 10
)

// TokenHeader is the header the browser side sends the token in. A custom
// header also means no cross-origin request reaches the endpoint without
// a CORS preflight.
const TokenHeader = "X-Margin-Token"

// Page is what the browser side sends: the page as the person sees it.
type Page struct {
	URL   string `json:"url"`
	Title string `json:"title,omitempty"`
	// HTML is the page as rendered (document.documentElement.outerHTML),
	// so that pages built by JavaScript or behind a login clip as seen.
	HTML string `json:"html"`
	// Selection is the text the person selected, if any; it becomes a
	// highlight. Prefix and Suffix are some text before and after it, to
	// find the right occurrence.
	Selection string `json:"selection,omitempty"`
	Prefix    string `json:"prefix,omitempty"`
	Suffix    string `json:"suffix,omitempty"`
	Tag       string `json:"tag,omitempty"`
}

// Result is the answer to a capture.
type Result struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Existed     bool   `json:"existed"`
	Highlighted bool   `json:"highlighted"`
	// Orphaned says the selection could not be found in the clipped text
	// (it is kept as an orphaned highlight).
	Orphaned bool `json:"orphaned,omitempty"`
	// Error is the one sentence of a refused request (its only field then).
	Error string `json:"error,omitempty"`
}

// Config sets up a Server.
type Config struct {
	// Port to listen on, on 127.0.0.1; 0 picks a free one (tests).
	Port  int
	Token string
	// OnClip, if set, is called after a page is filed (and, when new, its
	// entity suggestions made), so that the open window shows it at once.
	// It runs on the request's goroutine; the window must hop to its own
	// with fyne.Do.
	OnClip func(Result)
	// Limiter replaces the default rate limit (tests).
	Limiter *rate.Limiter
	// Trace, if set, sees every request before it is checked
	// (diagnostics, and tests recording what a browser sends).
	Trace func(r *http.Request)
}

// Server is the capture service.
type Server struct {
	lib     *library.Library
	cfg     Config
	limiter *rate.Limiter
	srv     *http.Server
	ln      net.Listener
	port    int
}

// New returns a capture server filing into lib. Start starts it.
func New(lib *library.Library, cfg Config) (*Server, error) {
	if len(cfg.Token) < 16 {
		return nil, errors.New("capture: the token is too short")
	}
	lim := cfg.Limiter
	if lim == nil {
		lim = rate.NewLimiter(rate.Every(time.Minute/RatePerMinute), Burst)
	}
	return &Server{lib: lib, cfg: cfg, limiter: lim}, nil
}

// Start listens on 127.0.0.1 and serves until Close. It returns once the
// port is open, or an error saying the port is taken.
func (s *Server) Start() error {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(s.cfg.Port)))
	if err != nil {
		return listenError(s.cfg.Port, err)
	}
	s.ln = ln
	s.port = ln.Addr().(*net.TCPAddr).Port
	s.srv = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("capture server stopped", "err", err)
		}
	}()
	return nil
}

// ListenError is why Start could not listen on a port. Its sentence is the
// one the window and 'margin serve' both show.
type ListenError struct {
	Port int
	Err  error
}

func (e *ListenError) Error() string {
	switch {
	case errors.Is(e.Err, syscall.EADDRINUSE):
		return fmt.Sprintf("port %d is taken by another program (perhaps Margin's window or 'margin serve', which file the pages themselves); choose another port or stop it", e.Port)
	case errors.Is(e.Err, syscall.EACCES):
		return fmt.Sprintf("this system does not let Margin use port %d; choose one above 1024", e.Port)
	}
	return fmt.Sprintf("cannot listen on port %d: %v", e.Port, e.Err)
}

func (e *ListenError) Unwrap() error { return e.Err }

// listenError wraps a failure to listen on port.
func listenError(port int, err error) error { return &ListenError{Port: port, Err: err} }

// Port is the port the server listens on (after Start).
func (s *Server) Port() int { return s.port }

// Close stops the server, letting requests in flight finish for a moment.
func (s *Server) Close() error {
	if s.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}

// Handler is the service's HTTP handler: POST /clip (and its preflight),
// GET /ping for the extension to see that Margin runs.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(s.serve)
}

// refusal is a refused request: its status and the sentence shown.
type refusal struct {
	status int
	msg    string
}

// check is one rule a request must pass, in order.
type check struct {
	name string
	fn   func(s *Server, r *http.Request) *refusal
}

// checks are the rules every request passes before it is handled. The
// rate limit comes first so that guessing the token is slow too.
var checks = []check{
	{"rate", (*Server).checkRate},
	{"host", (*Server).checkHost},
	{"path", (*Server).checkPath},
}

func (s *Server) checkRate(r *http.Request) *refusal {
	if !s.limiter.Allow() {
		return &refusal{http.StatusTooManyRequests, "Too many requests; wait a moment."}
	}
	return nil
}

// checkHost refuses a request whose Host is not the loopback address and
// this port: a page on a name its owner points at 127.0.0.1 (DNS
// rebinding) sends its own name.
func (s *Server) checkHost(r *http.Request) *refusal {
	host, port, err := net.SplitHostPort(r.Host)
	if err != nil || (host != "127.0.0.1" && host != "localhost" && host != "[::1]" && host != "::1") ||
		(s.port != 0 && port != strconv.Itoa(s.port)) {
		return &refusal{http.StatusMisdirectedRequest, "Wrong host."}
	}
	return nil
}

func (s *Server) checkPath(r *http.Request) *refusal {
	switch r.URL.Path {
	case "/clip", "/ping":
		return nil
	}
	return &refusal{http.StatusNotFound, "Not found."}
}

func (s *Server) checkToken(r *http.Request) *refusal {
	got := r.Header.Get(TokenHeader)
	if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
		return &refusal{http.StatusUnauthorized, "Margin's token is missing or wrong; copy the bookmarklet or the token again from Preferences."}
	}
	return nil
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Trace != nil {
		s.cfg.Trace(r)
	}
	for _, c := range checks {
		if ref := c.fn(s, r); ref != nil {
			s.refuse(w, r, ref)
			return
		}
	}
	if r.Method == http.MethodOptions {
		s.preflight(w, r)
		return
	}
	s.allowOrigin(w, r)
	if ref := s.checkToken(r); ref != nil {
		s.refuse(w, r, ref)
		return
	}
	switch {
	case r.URL.Path == "/ping" && r.Method == http.MethodGet:
		writeJSON(w, http.StatusOK, map[string]any{"app": "margin", "ok": true})
	case r.URL.Path == "/clip" && r.Method == http.MethodPost:
		s.clip(w, r)
	default:
		s.refuse(w, r, &refusal{http.StatusMethodNotAllowed, "Method not allowed."})
	}
}

// preflight answers a CORS preflight for the endpoints, allowing the
// method and the two headers the browser side sends, and, when the browser
// asks (Private Network Access), access from a public page to this private
// address. Anything else asked for is not allowed.
func (s *Server) preflight(w http.ResponseWriter, r *http.Request) {
	method := r.Header.Get("Access-Control-Request-Method")
	if r.Header.Get("Origin") == "" || (method != http.MethodPost && method != http.MethodGet) {
		s.refuse(w, r, &refusal{http.StatusForbidden, "Not a preflight Margin answers."})
		return
	}
	for _, h := range strings.Split(r.Header.Get("Access-Control-Request-Headers"), ",") {
		h = strings.ToLower(strings.TrimSpace(h))
		if h != "" && h != "content-type" && h != strings.ToLower(TokenHeader) {
			s.refuse(w, r, &refusal{http.StatusForbidden, "Header not allowed."})
			return
		}
	}
	s.allowOrigin(w, r)
	w.Header().Set("Access-Control-Allow-Methods", method)
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type, "+TokenHeader)
	w.Header().Set("Access-Control-Max-Age", "600")
	if r.Header.Get("Access-Control-Request-Private-Network") == "true" {
		w.Header().Set("Access-Control-Allow-Private-Network", "true")
	}
	w.WriteHeader(http.StatusNoContent)
}

// allowOrigin lets the page that sent a request read the answer (the
// bookmarklet shows it). The answer tells nothing of the library beyond the
// new clipping's id and title, and only to a request that had the token.
func (s *Server) allowOrigin(w http.ResponseWriter, r *http.Request) {
	if o := r.Header.Get("Origin"); o != "" {
		w.Header().Set("Access-Control-Allow-Origin", o)
		w.Header().Add("Vary", "Origin")
	}
}

func (s *Server) refuse(w http.ResponseWriter, r *http.Request, ref *refusal) {
	slog.Debug("capture: refused", "status", ref.status, "path", r.URL.Path, "host", r.Host, "origin", r.Header.Get("Origin"))
	writeJSON(w, ref.status, map[string]string{"error": ref.msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// clip reads a Page and files it.
func (s *Server) clip(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		s.refuse(w, r, &refusal{http.StatusUnsupportedMediaType, "Send the page as JSON."})
		return
	}
	if r.ContentLength > MaxBody {
		s.refuse(w, r, &refusal{http.StatusRequestEntityTooLarge, fmt.Sprintf("The page is larger than %d MB.", MaxBody>>20)})
		return
	}
	var p Page
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBody))
	if err := dec.Decode(&p); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.refuse(w, r, &refusal{http.StatusRequestEntityTooLarge, fmt.Sprintf("The page is larger than %d MB.", MaxBody>>20)})
			return
		}
		s.refuse(w, r, &refusal{http.StatusBadRequest, "The request is not a page Margin can read."})
		return
	}
	res, err := File(r.Context(), s.lib, p)
	if err != nil {
		status := http.StatusInternalServerError
		if clip.IsInputError(err) || errors.Is(err, clip.ErrNotArticle) || errors.Is(err, clip.ErrInvalidURL) {
			status = http.StatusUnprocessableEntity
		}
		s.refuse(w, r, &refusal{status, clip.Message(err)})
		return
	}
	writeJSON(w, http.StatusOK, res)
	// Entity suggestions, as for a page clipped in the window or with
	// margin add, once the browser has its answer; their failure fails
	// nothing.
	if !res.Existed {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), time.Minute)
		defer cancel()
		if _, err := s.lib.Suggest(ctx, res.ID); err != nil {
			slog.Warn("capture: no entity suggestions", "clipping", res.ID, "err", err)
		}
	}
	if s.cfg.OnClip != nil {
		s.cfg.OnClip(res)
	}
}

// File files a page sent from the browser: its article extracted from the
// rendered HTML, tagged, with the selection as a highlight (anchored by
// its context, kept as an orphan if not found), all in one transaction. A
// page already in the library gains the tag and the highlight.
func File(ctx context.Context, lib *library.Library, p Page) (Result, error) {
	if u := strings.TrimSpace(p.URL); u != "" {
		if k, _, err := clip.Detect(u); err != nil || k != clip.KindURL {
			return Result{}, fmt.Errorf("capture: %w", clip.ErrInvalidURL)
		}
	}
	a, err := clip.Extract([]byte(p.HTML), p.URL)
	if err != nil {
		return Result{}, err
	}
	a.Source, a.SourceRef, a.Raw = clip.SourceURL, p.URL, p.HTML
	if a.Title == "" {
		a.Title = strings.TrimSpace(p.Title)
	}
	it := library.Import{Article: a}
	if t := strings.TrimSpace(p.Tag); t != "" {
		it.Tags = []string{t}
	}
	sel := annotate.NormalizeQuote(p.Selection)
	if sel != "" {
		it.Highlights = []annotate.Highlight{{Selector: annotate.Selector{
			Exact: sel, Prefix: collapse(p.Prefix), Suffix: collapse(p.Suffix)}}}
	}
	res, err := lib.AddImports(ctx, []library.Import{it}, nil)
	if err != nil {
		return Result{}, err
	}
	return Result{ID: res.IDs[0], Title: a.Title, Existed: res.Existing > 0,
		Highlighted: res.Highlights > 0, Orphaned: res.Orphans > 0}, nil
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// NewToken returns a fresh random token.
func NewToken() string {
	b := make([]byte, 24)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// TokenFile is where, in the library's folder, the token is kept, so that
// the window and margin serve accept the same bookmarklet.
const TokenFile = "capture-token"

// LoadToken returns the token kept in the library folder dir, making one
// when there is none. The file is readable by its owner only.
func LoadToken(dir string) (string, error) {
	path := filepath.Join(dir, TokenFile)
	b, err := os.ReadFile(path)
	if err == nil {
		if t := strings.TrimSpace(string(b)); len(t) >= 16 {
			return t, nil
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("read the capture token: %w", err)
	}
	return ResetToken(dir)
}

// ResetToken makes a new token, so that bookmarklets holding the old one
// (one a hostile page may have read) stop working.
func ResetToken(dir string) (string, error) {
	t := NewToken()
	path := filepath.Join(dir, TokenFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(t+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("write the capture token: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", fmt.Errorf("write the capture token: %w", err)
	}
	return t, nil
}
