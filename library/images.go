package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"margin/clip"
)

// Image is one picture of a clipping as the library keeps it: the address
// of its image block and, when it was fetched, the key of its bytes.
type Image struct {
	// Src is the image block's address in the clipping's document.
	Src string `json:"src"`
	// Position orders the clipping's pictures as its document shows them.
	Position int `json:"position"`
	// Hash is the SHA-256 of the picture's bytes (see ImageData), or ""
	// when the picture is missing.
	Hash   string `json:"hash,omitempty"`
	MIME   string `json:"mime,omitempty"`
	Width  int    `json:"width,omitempty"`
	Height int    `json:"height,omitempty"`
	// Err says why a missing picture could not be fetched.
	Err string `json:"error,omitempty"`
}

// Missing reports whether the picture's bytes are not in the library.
func (im Image) Missing() bool { return im.Hash == "" }

// storeImages files a clipping's fetched pictures in tx: each picture's
// bytes once by hash, and a row per address saying where it goes. A
// picture fetched now replaces a missing one; a failure now never replaces
// a picture already kept.
func storeImages(ctx context.Context, tx querier, clippingID int64, imgs []clip.Image) error {
	t := now()
	for pos, im := range imgs {
		var hash any
		if im.Err == "" && len(im.Data) > 0 {
			h := im.Hash()
			if _, err := tx.ExecContext(ctx, `INSERT INTO images(hash, mime, width, height, bytes)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING`, h, im.MIME, im.Width, im.Height, im.Data); err != nil {
				return fmt.Errorf("store picture %s: %w", im.Src, err)
			}
			hash = h
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO clipping_images(clipping_id, src, position, hash, error, fetched)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT(clipping_id, src) DO UPDATE SET
				position = excluded.position,
				hash = coalesce(excluded.hash, clipping_images.hash),
				error = CASE WHEN excluded.hash IS NULL AND clipping_images.hash IS NOT NULL THEN '' ELSE excluded.error END,
				fetched = excluded.fetched`,
			clippingID, im.Src, pos, hash, im.Err, t); err != nil {
			return fmt.Errorf("store picture %s: %w", im.Src, err)
		}
	}
	return nil
}

// Images returns a clipping's pictures in document order, without their
// bytes (see ImageData).
func (l *Library) Images(ctx context.Context, clippingID int64) ([]Image, error) {
	out, err := queryImages(ctx, l.db, clippingID)
	if err != nil {
		return nil, fmt.Errorf("pictures of clipping %d: %w", clippingID, classify(err))
	}
	return out, nil
}

func queryImages(ctx context.Context, q querier, clippingID int64) ([]Image, error) {
	rows, err := q.QueryContext(ctx, `SELECT ci.src, ci.position, coalesce(ci.hash, ''), ci.error,
			coalesce(i.mime, ''), coalesce(i.width, 0), coalesce(i.height, 0)
		FROM clipping_images ci LEFT JOIN images i ON i.hash = ci.hash
		WHERE ci.clipping_id = ? ORDER BY ci.position, ci.src`, clippingID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Image
	for rows.Next() {
		var im Image
		if err := rows.Scan(&im.Src, &im.Position, &im.Hash, &im.Err, &im.MIME, &im.Width, &im.Height); err != nil {
			return nil, err
		}
		out = append(out, im)
	}
	return out, rows.Err()
}

// ImageData returns the bytes of the picture stored under hash, exactly as
// they were served. A hash the library does not hold is an error wrapping
// ErrNotFound.
func (l *Library) ImageData(ctx context.Context, hash string) ([]byte, error) {
	var data []byte
	err := l.db.QueryRowContext(ctx, `SELECT bytes FROM images WHERE hash = ?`, hash).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("picture %.12s: %w", hash, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("picture %.12s: %w", hash, classify(err))
	}
	return data, nil
}

// FetchResult says what FetchImages did.
type FetchResult struct {
	// Fetched counts the pictures fetched now, Failed those still
	// missing, Kept those the library already held.
	Fetched, Failed, Kept int
}

// Sentence says what was fetched, for a person.
func (r FetchResult) Sentence() string {
	switch {
	case r.Fetched == 0 && r.Failed == 0 && r.Kept == 0:
		return "The clipping has no pictures with a web address to fetch."
	case r.Fetched == 0 && r.Failed == 0:
		return fmt.Sprintf("All %d pictures were already kept.", r.Kept)
	case r.Failed == 0:
		return fmt.Sprintf("Fetched %s.", pictures(r.Fetched))
	}
	return fmt.Sprintf("Fetched %s; %d could not be fetched.", pictures(r.Fetched), r.Failed)
}

// FetchImages fetches the pictures of a clipping that the library does not
// hold (a clipping made before pictures were kept, or whose pictures
// failed) and files those that arrive, in one transaction. Pictures already
// kept are not fetched again.
func (l *Library) FetchImages(ctx context.Context, clippingID int64, opts clip.Options) (FetchResult, error) {
	var res FetchResult
	c, err := l.Get(ctx, clippingID)
	if err != nil {
		return res, err
	}
	have, err := l.Images(ctx, clippingID)
	if err != nil {
		return res, err
	}
	kept := map[string]bool{}
	for _, im := range have {
		kept[im.Src] = !im.Missing()
	}
	srcs := clip.ImageSources(c.Document)
	var missing clip.Document
	for _, src := range srcs {
		if kept[src] {
			res.Kept++
			continue
		}
		missing.Blocks = append(missing.Blocks, clip.Block{Kind: clip.BlockImage, Src: src})
	}
	if len(missing.Blocks) == 0 {
		return res, nil
	}
	fetched := clip.FetchImages(ctx, missing, c.URL, opts)
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("fetch pictures of clipping %d: %w", clippingID, err)
	}
	byDoc := make([]clip.Image, len(srcs))
	got := map[string]clip.Image{}
	for _, im := range fetched {
		got[im.Src] = im
		if im.Err == "" {
			res.Fetched++
		} else {
			res.Failed++
		}
	}
	// Every address is written with its document position; those kept
	// already carry no bytes and no error, which leaves their row as it is.
	for i, src := range srcs {
		if im, ok := got[src]; ok {
			byDoc[i] = im
		} else {
			byDoc[i] = clip.Image{Src: src}
		}
	}
	err = l.write(ctx, "fetch pictures", func(tx *sql.Tx) error {
		return storeImages(ctx, tx, clippingID, byDoc)
	})
	return res, err
}

// pictures says "1 picture" or "3 pictures".
func pictures(n int) string {
	if n == 1 {
		return "1 picture"
	}
	return fmt.Sprintf("%d pictures", n)
}
