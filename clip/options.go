package clip

import (
	"net/http"
	"time"
)

// Defaults for fetching pages.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	DefaultMaxBytes       = 20 << 20 // 20 MiB
	DefaultMaxRedirects   = 10
	// DefaultUserAgent looks like a current desktop browser, because many
	// news sites serve a stripped or blocked page to unknown clients.
	DefaultUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)

// Options says how pages are fetched. A zero field takes its default.
type Options struct {
	// ConnectTimeout bounds establishing the connection (TCP and TLS).
	ConnectTimeout time.Duration
	// Timeout bounds the whole fetch, from the request to the last byte.
	Timeout time.Duration
	// MaxBytes caps the size of the (decompressed) body.
	MaxBytes int64
	// MaxRedirects caps how many redirects are followed.
	MaxRedirects int
	// UserAgent is sent with every request.
	UserAgent string
	// Client, if set, is used as the base for requests; its redirect
	// policy and timeout are replaced by Margin's own.
	Client *http.Client

	// NoImages leaves an article's pictures unfetched (see FetchImages).
	NoImages bool
	// MaxImageBytes caps one picture, MaxImagesBytes all of an article's
	// pictures together, MaxImages how many are fetched.
	MaxImageBytes, MaxImagesBytes int64
	MaxImages                     int
	// ImageTimeout bounds fetching one picture.
	ImageTimeout time.Duration
	// OnImage, if set, is told after each picture how many of how many
	// are done, from the goroutine that fetched it.
	OnImage func(done, total int)
}

// DefaultOptions returns the options Margin fetches with.
func DefaultOptions() Options {
	return Options{
		ConnectTimeout: DefaultConnectTimeout,
		Timeout:        DefaultTimeout,
		MaxBytes:       DefaultMaxBytes,
		MaxRedirects:   DefaultMaxRedirects,
		UserAgent:      DefaultUserAgent,
	}
}

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = d.ConnectTimeout
	}
	if o.Timeout <= 0 {
		o.Timeout = d.Timeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = d.MaxBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = d.MaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = d.UserAgent
	}
	if o.MaxImageBytes <= 0 {
		o.MaxImageBytes = DefaultMaxImageBytes
	}
	if o.MaxImagesBytes <= 0 {
		o.MaxImagesBytes = DefaultMaxImagesBytes
	}
	if o.MaxImages <= 0 {
		o.MaxImages = DefaultMaxImages
	}
	if o.ImageTimeout <= 0 {
		o.ImageTimeout = DefaultImageTimeout
	}
	return o
}
