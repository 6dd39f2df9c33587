package export

import (
	"context"
	"fmt"

	"margin/annotate"
	"margin/library"
)

// Load reads a clipping with its highlights, confirmed mentions and the
// entities they name from the library (in one read, library.LoadConfirmed),
// ready to export, with its citation key (given now if it had none) and the
// library's id. A missing clipping is library.ErrNotFound (wrapped).
func Load(ctx context.Context, l *library.Library, id int64) (*Item, error) {
	a, err := l.LoadConfirmed(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("export clipping %d: %w", id, err)
	}
	it := FromAnnotated(a)
	if it.Library, err = l.ID(ctx); err != nil {
		return nil, fmt.Errorf("export clipping %d: %w", id, err)
	}
	// A library on a read-only disk still exports; a key not given yet is
	// the one it would be given (citeKey).
	if it.CiteKey, err = citeKey(ctx, l, id, baseKey(it)); err != nil {
		return nil, fmt.Errorf("export clipping %d: %w", id, err)
	}
	return it, nil
}

// FromAnnotated is the export item of a clipping read with library.Load:
// its mentions are the confirmed ones and its entities those they name, as
// only confirmed mentions are exported (a long page's suggestions, 135,000
// of them, are not held while its note is written). Library and CiteKey
// are left for Load to set.
func FromAnnotated(a *library.Annotated) *Item {
	it := &Item{Clipping: a.Clipping, Highlights: a.Highlights, Mentions: a.Confirmed(), Entities: map[int64]annotate.Entity{}, Images: a.Images,
		Changes: a.Changes}
	for _, m := range it.Mentions {
		if e, ok := a.Entities[m.EntityID]; ok {
			it.Entities[m.EntityID] = e
		}
	}
	return it
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
