// Package refetch checks clipped articles for changes: it fetches each
// page again (a conditional request when the first fetch recorded an ETag
// or a Last-Modified date), extracts it, and files a changed article as a
// new version with library.AddVersion, which keeps the old version and
// carries the highlights over. It is polite to each site: one request at a
// time per host with a delay between two, a few hosts at once.
package refetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"margin/clip"
	"margin/library"
)

// Options says how to check.
type Options struct {
	// Clip is how to fetch (timeouts, size limit, user agent).
	Clip clip.Options
	// Hosts is how many sites are checked at once (3 when 0).
	Hosts int
	// Delay is the pause between two requests to one host (2 s when 0;
	// negative for none, as in tests).
	Delay time.Duration
	// Progress, if set, is called after each clipping, from any goroutine.
	Progress func(Result, int, int)
}

func (o Options) withDefaults() Options {
	if o.Hosts <= 0 {
		o.Hosts = 3
	}
	if o.Delay == 0 {
		o.Delay = 2 * time.Second
	}
	if o.Clip.Timeout == 0 && o.Clip.MaxBytes == 0 && o.Clip.Client == nil {
		o.Clip = clip.DefaultOptions()
	}
	return o
}

// Outcome is what a check found.
type Outcome string

// The outcomes of a check.
const (
	NotModified Outcome = "not-modified" // the server answered 304
	Unchanged   Outcome = "unchanged"    // fetched, and the article is the same
	Changed     Outcome = "changed"      // a new version was filed
	Failed      Outcome = "failed"       // the page could not be fetched or read
)

// Result is the check of one clipping.
type Result struct {
	ClippingID int64   `json:"id"`
	URL        string  `json:"url"`
	Outcome    Outcome `json:"outcome"`
	// Version is the clipping's latest version after the check.
	Version int `json:"version,omitempty"`
	// Change says what changed, when Outcome is Changed.
	Change string `json:"change,omitempty"`
	// Changes are the highlights and mentions whose passage changed.
	Changes []library.AnnotationChange `json:"changes,omitempty"`
	// Message says why the check failed, in one sentence.
	Message string `json:"message,omitempty"`
}

// Tally counts a run's outcomes.
type Tally struct {
	Checked int `json:"checked"`
	Changed int `json:"changed"`
	Failed  int `json:"failed"`
}

// One checks one clipping for changes. A site's failure is a Result with
// Outcome Failed; the error is the library's or ctx's.
func One(ctx context.Context, lib *library.Library, id int64, opts Options) (Result, error) {
	ts, err := lib.CheckTargets(ctx, library.CheckFilter{IDs: []int64{id}})
	if err != nil {
		return Result{}, err
	}
	if len(ts) == 0 {
		if _, err := lib.Get(ctx, id); err != nil {
			return Result{}, err
		}
		return Result{}, fmt.Errorf("check clipping %d: %w: it was not clipped from a web address", id, library.ErrInvalid)
	}
	return check(ctx, lib, ts[0], opts.withDefaults())
}

// Run checks the clippings f selects, a few hosts at once and one request
// at a time per host. Each check is filed as it finishes, so a run stopped
// by ctx or a crash loses nothing, and with f.CheckedBefore set to the
// first run's start a second run goes on where the first stopped.
func Run(ctx context.Context, lib *library.Library, f library.CheckFilter, opts Options) (Tally, error) {
	opts = opts.withDefaults()
	targets, err := lib.CheckTargets(ctx, f)
	if err != nil {
		return Tally{}, err
	}
	// One queue per host, hosts in the order of their first clipping.
	var hosts []string
	byHost := map[string][]library.CheckTarget{}
	for _, t := range targets {
		h := hostOf(t.URL)
		if _, ok := byHost[h]; !ok {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], t)
	}
	var (
		mu       sync.Mutex
		tally    Tally
		firstErr error
		wg       sync.WaitGroup
	)
	jobs := make(chan []library.CheckTarget)
	for range min(opts.Hosts, max(len(hosts), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for queue := range jobs {
				for i, t := range queue {
					if i > 0 && opts.Delay > 0 {
						select {
						case <-time.After(opts.Delay):
						case <-ctx.Done():
						}
					}
					if ctx.Err() != nil {
						break
					}
					r, err := check(ctx, lib, t, opts)
					mu.Lock()
					if err != nil && firstErr == nil && ctx.Err() == nil {
						firstErr = err
					}
					if err == nil {
						tally.Checked++
						switch r.Outcome {
						case Changed:
							tally.Changed++
						case Failed:
							tally.Failed++
						}
					}
					done := tally.Checked
					mu.Unlock()
					if err == nil && opts.Progress != nil {
						opts.Progress(r, done, len(targets))
					}
				}
			}
		}()
	}
feed:
	for _, h := range hosts {
		select {
		case jobs <- byHost[h]:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return tally, firstErr
}

// hostOf is the host a URL's requests go to, lower case.
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return strings.ToLower(p.Host)
}

// check fetches one clipping's page and files what changed.
func check(ctx context.Context, lib *library.Library, t library.CheckTarget, opts Options) (Result, error) {
	r := Result{ClippingID: t.ClippingID, URL: t.URL}
	page, err := clip.FetchIfChanged(ctx, t.URL, t.Validators, opts.Clip)
	if ctx.Err() != nil {
		return r, ctx.Err()
	}
	if errors.Is(err, clip.ErrNotModified) {
		r.Outcome = NotModified
		return r, gone(&r, lib.MarkChecked(ctx, t.ClippingID, t.Validators))
	}
	if err != nil {
		r.Outcome, r.Message = Failed, clip.Message(err)
		return r, nil
	}
	a, err := clip.Extract(page.Body, page.URL)
	if err != nil {
		r.Outcome, r.Message = Failed, clip.Message(err)
		return r, nil
	}
	a.Source, a.SourceRef, a.Raw = clip.SourceURL, t.URL, string(page.Body)
	a.ETag, a.LastModified = page.ETag, page.LastModified
	res, err := lib.AddVersion(ctx, t.ClippingID, a)
	if errors.Is(err, library.ErrInvalid) {
		r.Outcome, r.Message = Failed, "The page now has the text of another clipping."
		return r, nil
	}
	if err != nil {
		return r, gone(&r, err)
	}
	r.Outcome, r.Version = Unchanged, res.Version
	if res.Added {
		r.Outcome, r.Change, r.Changes = Changed, res.Change, res.Changes
	}
	return r, nil
}

// gone turns a clipping deleted while it was checked into a failed check:
// nothing is left to file, and the run goes on.
func gone(r *Result, err error) error {
	if errors.Is(err, library.ErrNotFound) {
		r.Outcome, r.Message = Failed, "The clipping was deleted meanwhile."
		return nil
	}
	return err
}
