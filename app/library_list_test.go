package app

import (
	"testing"

	"margin/library"
)

func TestCountTextSaysWhenAShortPrefixIsListedNewestFirst(t *testing.T) {
	for _, c := range []struct {
		f    library.Filter
		want string
	}{
		{library.Filter{Query: "t", Typing: true}, "12 clippings found, newest first until a third letter"},
		{library.Filter{Query: "el*"}, "12 clippings found, newest first until a third letter"},
		{library.Filter{Query: "elg", Typing: true}, "12 clippings found"},
		{library.Filter{Query: "t", Typing: true, Sort: library.SortTitle}, "12 clippings found"},
		{library.Filter{}, "12 clippings"},
	} {
		if got := countText(12, false, c.f); got != c.want {
			t.Errorf("countText(%+v) = %q, want %q", c.f, got, c.want)
		}
	}
}
