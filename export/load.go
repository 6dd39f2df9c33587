package export

import (
	"context"
	"fmt"

	"margin/annotate"
	"margin/library"
)

// Load reads a clipping with its highlights, mentions and the entities they
// name from the library, ready to export, with its citation key (given now
// if it had none) and the library's id. A missing clipping is
// library.ErrNotFound (wrapped).
func Load(ctx context.Context, l *library.Library, id int64) (*Item, error) {
	c, err := l.Get(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("export clipping %d: %w", id, err)
	}
	hs, err := l.Highlights(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("export clipping %d: %w", id, err)
	}
	ms, err := l.Mentions(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("export clipping %d: %w", id, err)
	}
	it := &Item{Clipping: c, Highlights: hs, Mentions: ms, Entities: map[int64]annotate.Entity{}}
	if it.Library, err = l.ID(ctx); err != nil {
		return nil, fmt.Errorf("export clipping %d: %w", id, err)
	}
	if it.CiteKey, err = l.CiteKey(ctx, id, baseKey(it)); err != nil {
		return nil, fmt.Errorf("export clipping %d: %w", id, err)
	}
	for _, m := range ms {
		if m.Status != annotate.Confirmed {
			continue
		}
		if _, ok := it.Entities[m.EntityID]; ok {
			continue
		}
		e, err := l.Entity(ctx, m.EntityID)
		if err != nil {
			return nil, fmt.Errorf("export clipping %d: %w", id, err)
		}
		it.Entities[m.EntityID] = e
	}
	return it, nil
}

// LoadAll loads the clippings with the given IDs, in that order, stopping
// at the first error or when ctx is cancelled.
func LoadAll(ctx context.Context, l *library.Library, ids []int64) ([]*Item, error) {
	items := make([]*Item, 0, len(ids))
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return items, err
		}
		it, err := Load(ctx, l, id)
		if err != nil {
			return items, err
		}
		items = append(items, it)
	}
	return items, nil
}
