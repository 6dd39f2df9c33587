package library

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"margin/annotate"
)

// Tag is what a person tags: a span of a clipping's text as a mention of an
// entity, and with All every other mention of it.
type Tag struct {
	ClippingID int64
	// Start and End are the span's rune offsets in the clipping's text.
	Start, End int
	// EntityID names an existing entity. When it is 0, the entity is the one
	// of type Type named Name (or with Name as an alias), created when there
	// is none; an empty Name is the span's text, and without a Type only an
	// existing entity of any type is found.
	EntityID int64
	Name     string
	Type     annotate.EntityType
	// All tags every whole-word occurrence of the entity's name and
	// aliases in the clipping too. The span's text becomes one of the
	// entity's aliases when it is not one already, so that it is found.
	All bool
}

// TagResult is what a tag did.
type TagResult struct {
	Entity annotate.Entity
	// Created is true when the entity is new.
	Created bool
	// Mentions are the mentions the tag added or confirmed, in text order;
	// none when every one was tagged already.
	Mentions []annotate.Mention
	// All is the tag's All: every mention was asked for.
	All bool
}

// ErrNoType is returned (wrapped) by TagSpan for a name no entity has when
// no type was given to create one.
var ErrNoType = errors.New("no entity has that name, and no type was given to create one")

// TagSpan tags a span of a clipping as a mention of an entity, finding or
// creating the entity, adding the span's text as an alias and tagging
// every mention when t.All is set. It is one transaction and one undo step:
// a failure half-way leaves nothing, and one Undo takes all of it back.
func (l *Library) TagSpan(ctx context.Context, t Tag) (TagResult, error) {
	res := TagResult{All: t.All}
	label := "Tag Entity"
	if t.All {
		label = "Tag All Mentions"
	}
	err := l.edit(ctx, fmt.Sprintf("tag clipping %d", t.ClippingID), label, t.ClippingID, func(e *editor) error {
		text, err := clippingText(ctx, e.tx, t.ClippingID)
		if err != nil {
			return err
		}
		if err := checkSpan(text, t.Start, t.End); err != nil {
			return err
		}
		sel := annotate.NewSelector(text, t.Start, t.End)
		spanText := normalizeName(sel.Exact)
		if res.Entity, res.Created, err = tagEntity(ctx, e, t, spanText); err != nil {
			return err
		}
		if t.All && spanText != "" {
			if err := addAliases(ctx, e, res.Entity.ID, []string{spanText}); err != nil {
				return err
			}
			if res.Entity, err = getEntity(ctx, e.tx, res.Entity.ID); err != nil {
				return err
			}
		}
		sels := []annotate.Selector{sel}
		if t.All {
			sels = append(sels, annotate.FindAll(text, append([]string{res.Entity.Name}, res.Entity.Aliases...)...)...)
		}
		for _, s := range sels {
			before := len(e.keys)
			m, err := putMention(ctx, e, annotate.Mention{ClippingID: t.ClippingID, EntityID: res.Entity.ID, Status: annotate.Confirmed}, s)
			if err != nil {
				return err
			}
			if len(e.keys) > before {
				res.Mentions = append(res.Mentions, m)
			}
		}
		sortMentions(res.Mentions)
		return nil
	})
	if err != nil {
		return TagResult{}, err
	}
	if res.Mentions == nil {
		res.Mentions = []annotate.Mention{}
	}
	return res, nil
}

// tagEntity finds or creates the entity a tag names, inside its edit.
func tagEntity(ctx context.Context, e *editor, t Tag, spanText string) (annotate.Entity, bool, error) {
	if t.EntityID != 0 {
		ent, err := getEntity(ctx, e.tx, t.EntityID)
		if err != nil {
			return ent, false, fmt.Errorf("entity %d: %w", t.EntityID, err)
		}
		return ent, false, nil
	}
	name := normalizeName(t.Name)
	if name == "" {
		name = spanText
	}
	if name == "" {
		return annotate.Entity{}, false, fmt.Errorf("%w: an entity needs a name", ErrInvalid)
	}
	// Types are matched in lower case, as the built-in ones are written,
	// whichever face the person typed one in.
	typ := annotate.EntityType(strings.ToLower(string(annotate.CanonicalType(normalizeName(string(t.Type))))))
	id, err := findEntity(ctx, e.tx, name, typ)
	switch {
	case err == nil:
		ent, err := getEntity(ctx, e.tx, id)
		if err != nil || typ == "" || ent.Type == typ {
			return ent, false, err
		}
	case !errors.Is(err, ErrNotFound):
		return annotate.Entity{}, false, err
	case typ == "":
		return annotate.Entity{}, false, fmt.Errorf("%q: %w", name, ErrNoType)
	}
	// No entity of that type goes by the name: a new one, even when an
	// entity of another type does ("Washington" the place and the person).
	ent, err := normalizeEntity(annotate.Entity{Name: name, Type: typ})
	if err != nil {
		return ent, false, err
	}
	ent, err = createEntity(ctx, e, ent)
	return ent, err == nil, err
}

// sortMentions puts mentions in text order.
func sortMentions(ms []annotate.Mention) {
	slices.SortFunc(ms, func(a, b annotate.Mention) int {
		if c := cmp.Compare(a.Selector.Start, b.Selector.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.Selector.End, b.Selector.End)
	})
}
