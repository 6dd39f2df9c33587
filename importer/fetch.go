package importer

import (
	"context"
	"errors"
	"sync"

	"margin/clip"
	"margin/library"
)

// FetchOptions says how to fetch the queue.
type FetchOptions struct {
	// Workers is how many pages are fetched at once (3 when 0): a few, to be
	// kind to the sites and to the person's connection.
	Workers int
	// MaxAttempts is how many times a page is tried across runs (3 when 0);
	// a page that failed that often stays listed as failed.
	MaxAttempts int
	// Clip is how to fetch and extract a page; clip.Clip when nil.
	Clip func(ctx context.Context, url string) (*clip.Article, error)
	// Progress, if set, is called after each page.
	Progress func(Progress)
}

// FetchResult counts what a fetch run did.
type FetchResult struct {
	Fetched int `json:"fetched"`
	Failed  int `json:"failed"`
}

// FetchQueued fetches the pages of the clippings imported from a URL alone
// (the library's fetch queue), a few at a time, and files each over its
// stand-in with Reextract, so highlights anchor again in the real text. The
// queue lives in the library: a run stopped by a crash, a quit or ctx goes on
// where it stopped next time. A page that fails stays in the queue with the
// reason (library.PendingFetches lists it); it is never dropped.
func FetchQueued(ctx context.Context, lib *library.Library, opts FetchOptions) (FetchResult, error) {
	if opts.Workers <= 0 {
		opts.Workers = 3
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 3
	}
	if opts.Clip == nil {
		copts := clip.DefaultOptions()
		opts.Clip = func(ctx context.Context, url string) (*clip.Article, error) { return clip.Clip(ctx, url, copts) }
	}
	queue, err := lib.PendingFetches(ctx, false, opts.MaxAttempts)
	if err != nil {
		return FetchResult{}, err
	}
	var (
		mu       sync.Mutex
		res      FetchResult
		firstErr error
		wg       sync.WaitGroup
	)
	jobs := make(chan library.PendingFetch)
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				ok, err := fetchOne(ctx, lib, p, opts)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				if ok {
					res.Fetched++
				} else if err == nil {
					res.Failed++
				}
				done := res.Fetched + res.Failed
				mu.Unlock()
				if opts.Progress != nil {
					opts.Progress(Progress{Phase: "fetching", Done: done, Total: len(queue)})
				}
			}
		}()
	}
feed:
	for _, p := range queue {
		select {
		case jobs <- p:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return res, firstErr
}

// fetchOne fetches one queued page. It returns ok when the page was filed;
// a failure of the site is recorded in the queue and is no error, a
// failure of the library is.
func fetchOne(ctx context.Context, lib *library.Library, p library.PendingFetch, opts FetchOptions) (ok bool, err error) {
	a, err := opts.Clip(ctx, p.URL)
	if ctx.Err() != nil {
		return false, nil
	}
	if err == nil {
		if a.URL == "" {
			a.URL = p.URL
		}
		if a.SourceRef == "" {
			a.SourceRef = p.URL
		}
		_, err = lib.Reextract(ctx, p.ClippingID, a)
		if errors.Is(err, library.ErrNotFound) {
			// Deleted meanwhile: the queue row went with it.
			return false, nil
		}
		if err != nil && !errors.Is(err, library.ErrInvalid) {
			return false, err
		}
	}
	if err != nil {
		return false, lib.FetchFailed(ctx, p.ClippingID, clip.Message(err))
	}
	return true, lib.FetchDone(ctx, p.ClippingID)
}
