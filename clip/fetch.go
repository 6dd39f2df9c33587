package clip

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Page is a fetched HTML page.
type Page struct {
	// URL is the final URL, after redirects.
	URL string
	// Body is the page decoded to UTF-8.
	Body []byte
	// ContentType is the media type the server declared (or that was
	// sniffed), without parameters.
	ContentType string
	// ETag and LastModified are the validators the server sent, kept so a
	// later check for changes can ask for the page only if it changed.
	ETag         string
	LastModified string
}

// Validators are what a conditional request sends back to the server: the
// ETag and Last-Modified of the copy already held. Empty fields are not sent.
type Validators struct {
	ETag         string
	LastModified string
}

// Fetch downloads the HTML page at rawURL. It follows at most
// opts.MaxRedirects redirects, and only to http and https URLs; it refuses
// bodies larger than opts.MaxBytes and resources that are not HTML; and it
// decodes the body to UTF-8. Credentials never follow a redirect to another
// host.
func Fetch(ctx context.Context, rawURL string, opts Options) (*Page, error) {
	return fetch(ctx, rawURL, Validators{}, opts)
}

// FetchIfChanged is Fetch with If-None-Match and If-Modified-Since taken
// from v: a server that answers 304 Not Modified gives an error wrapping
// ErrNotModified and no body is read.
func FetchIfChanged(ctx context.Context, rawURL string, v Validators, opts Options) (*Page, error) {
	return fetch(ctx, rawURL, v, opts)
}

func fetch(ctx context.Context, rawURL string, v Validators, opts Options) (*Page, error) {
	opts = opts.withDefaults()
	u, err := checkURL(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, ErrInvalidURL)
	}
	req.Header.Set("User-Agent", opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Language", "en;q=0.9,*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}

	resp, err := newClient(opts).Do(req)
	if err != nil {
		return nil, fetchError(ctx, u.String(), err)
	}
	defer closeBody(resp)
	final := resp.Request.URL.String()

	if resp.StatusCode == http.StatusNotModified && (v.ETag != "" || v.LastModified != "") {
		return nil, fmt.Errorf("fetch %s: %w", final, ErrNotModified)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch: %w", &StatusError{URL: final, Code: resp.StatusCode})
	}
	if resp.ContentLength > opts.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w (%d bytes, the limit is %d)", final, ErrTooLarge, resp.ContentLength, opts.MaxBytes)
	}
	declared := resp.Header.Get("Content-Type")
	mediaType := mediaTypeOf(declared)
	if mediaType != "" && mediaType != "application/octet-stream" && !isHTMLType(mediaType) {
		return nil, fmt.Errorf("fetch: %w", &TypeError{URL: final, ContentType: mediaType})
	}

	body, err := io.ReadAll(io.LimitReader(resp.Body, opts.MaxBytes+1))
	if err != nil {
		return nil, fetchError(ctx, final, err)
	}
	if int64(len(body)) > opts.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w (more than %d bytes)", final, ErrTooLarge, opts.MaxBytes)
	}
	if mediaType == "" || mediaType == "application/octet-stream" {
		mediaType = mediaTypeOf(http.DetectContentType(body))
		if !isHTMLType(mediaType) && !looksLikeHTML(string(body[:min(len(body), 4096)])) {
			return nil, fmt.Errorf("fetch: %w", &TypeError{URL: final, ContentType: mediaType})
		}
		mediaType = "text/html"
	}
	// A server may call anything text/html: a PDF or an image behind that
	// header is refused as what it is.
	if err := checkBinary(body); err != nil {
		return nil, fmt.Errorf("fetch: %w", &TypeError{URL: final, ContentType: err.(*TypeError).ContentType})
	}
	utf, err := toUTF8(body, declared)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: decode: %w", final, err)
	}
	return &Page{URL: final, Body: utf, ContentType: mediaType,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}, nil
}

// newClient builds the HTTP client for one fetch from opts. Without a
// client of the caller's, it sends through a transport shared by every
// fetch with the same timeouts (sharedTransport), so that checking a
// thousand clippings of one site reuses a few connections instead of
// opening a thousand and leaving each idle until it times out.
func newClient(opts Options) *http.Client {
	var base http.Client
	if opts.Client != nil {
		base = *opts.Client
	}
	if base.Transport == nil {
		base.Transport = sharedTransport(opts.ConnectTimeout, opts.Timeout)
	}
	base.Timeout = 0 // the context carries the total timeout
	base.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		return checkRedirect(req, via, opts.MaxRedirects)
	}
	return &base
}

// transportKey is what a shared transport is built from.
type transportKey struct{ connect, header time.Duration }

// transports holds the shared transports by transportKey.
var transports sync.Map

// sharedTransport returns the transport for fetches with these timeouts,
// made on first use: connections to a host are kept a while and reused
// (at most maxIdlePerHost idle per host, maxIdle in all).
func sharedTransport(connect, header time.Duration) *http.Transport {
	key := transportKey{connect, header}
	if t, ok := transports.Load(key); ok {
		return t.(*http.Transport)
	}
	dialer := &net.Dialer{Timeout: connect, KeepAlive: 30 * time.Second}
	t, _ := transports.LoadOrStore(key, &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   connect,
		ResponseHeaderTimeout: header,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          maxIdle,
		MaxIdleConnsPerHost:   maxIdlePerHost,
		IdleConnTimeout:       30 * time.Second,
	})
	return t.(*http.Transport)
}

// The shared transports' pools of idle connections: a few per host (a
// check of the library fetches one page per host at a time, an article's
// pictures are fetched a few at once), and enough in all for the hosts a
// check or an import is working through.
const (
	maxIdlePerHost = 4
	maxIdle        = 32
)

// closeBody closes a response's body, reading first what is left of it
// where the server said it is small (a refused page: "404 Not Found", a
// type that is no HTML), so that its connection goes back to the shared
// transport's pool: closed unread, the connection is closed, and a check
// meeting many such pages opens a new one for each. A longer body, or one
// of no declared length, is closed unread, as reading it costs more than
// a new connection.
func closeBody(resp *http.Response) {
	if resp.ContentLength > 0 && resp.ContentLength <= maxDrain {
		_, _ = io.CopyN(io.Discard, resp.Body, maxDrain)
	}
	resp.Body.Close()
}

// maxDrain is the longest body closeBody reads before closing it.
const maxDrain = 16 << 10

// checkRedirect enforces Margin's redirect policy: a bounded number of hops,
// only to http and https, and no credentials carried to another host nor
// in clear over http after the first request went over https.
func checkRedirect(req *http.Request, via []*http.Request, max int) error {
	if len(via) > max {
		return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, max)
	}
	scheme := strings.ToLower(req.URL.Scheme)
	if scheme != "http" && scheme != "https" {
		return fmt.Errorf("redirect to %q: %w %q", truncate(req.URL.String(), 60), ErrUnsupportedScheme, req.URL.Scheme)
	}
	// Credentials go only where they were sent: not to another host, nor
	// in clear to the same host over plain http after https.
	if len(via) > 0 && (!strings.EqualFold(req.URL.Host, via[0].URL.Host) ||
		scheme == "http" && strings.EqualFold(via[0].URL.Scheme, "https")) {
		req.Header.Del("Authorization")
		req.Header.Del("Cookie")
		req.Header.Del("Proxy-Authorization")
		req.URL.User = nil
	}
	return nil
}

// fetchError turns a transport error into one that matches Margin's
// sentinels.
func fetchError(ctx context.Context, url string, err error) error {
	var ne net.Error
	switch {
	case errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrUnsupportedScheme):
		return fmt.Errorf("fetch %s: %w", url, unwrapURLError(err))
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		if errors.Is(ctx.Err(), context.Canceled) {
			return fmt.Errorf("fetch %s: %w", url, context.Canceled)
		}
		return fmt.Errorf("fetch %s: %w", url, ErrTimeout)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("fetch %s: %w", url, context.Canceled)
	}
	return fmt.Errorf("fetch %s: %w", url, unwrapURLError(err))
}

// unwrapURLError drops the "Get <url>:" prefix of a *url.Error, since the
// caller names the URL already.
func unwrapURLError(err error) error {
	type wrapper interface{ Unwrap() error }
	if ue, ok := err.(interface {
		wrapper
		Timeout() bool
	}); ok {
		if inner := ue.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}

// mediaTypeOf returns the lower-case media type of a Content-Type value.
func mediaTypeOf(ct string) string {
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(ct, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// isHTMLType reports whether a media type is an HTML page.
func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}
