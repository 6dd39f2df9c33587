package annotate

import "unicode/utf8"

// ContextRunes is how many runes of text before and after a span a Selector
// keeps as Prefix and Suffix. About a short phrase either side is enough to
// tell apart repeated quotes while staying small in the database.
const ContextRunes = 32

// NewSelector returns the Selector for the runes [start, end) of text, with
// Exact, Prefix and Suffix filled in. Offsets out of range are clamped to the
// text, and an end before start is taken as start, so the result always
// describes a span inside the text (possibly an empty one).
func NewSelector(text string, start, end int) Selector {
	return newSelectorRunes([]rune(text), start, end)
}

// newSelectorRunes is NewSelector over text already split into runes, so
// callers that make many selectors over one text convert it only once.
func newSelectorRunes(text []rune, start, end int) Selector {
	start, end = clampSpan(len(text), start, end)
	pre := max(0, start-ContextRunes)
	post := min(len(text), end+ContextRunes)
	return Selector{
		Start:  start,
		End:    end,
		Exact:  string(text[start:end]),
		Prefix: string(text[pre:start]),
		Suffix: string(text[end:post]),
	}
}

// clampSpan clamps start and end into [0, n] with start <= end.
func clampSpan(n, start, end int) (int, int) {
	start = min(max(start, 0), n)
	end = min(max(end, start), n)
	return start, end
}

// runeIndex maps byte offsets of a string to rune offsets. Matching is done
// on bytes (strings.Index is fast) but Margin's offsets are in runes.
type runeIndex struct {
	runeAt []int32 // runeAt[b] is the rune offset of byte b; len = len(s)+1
}

func newRuneIndex(s string) runeIndex {
	idx := runeIndex{runeAt: make([]int32, len(s)+1)}
	r := int32(0)
	for b := 0; b < len(s); {
		_, size := utf8.DecodeRuneInString(s[b:])
		for k := 0; k < size; k++ {
			idx.runeAt[b+k] = r
		}
		b += size
		r++
	}
	idx.runeAt[len(s)] = r
	return idx
}

// rune returns the rune offset of byte offset b.
func (x runeIndex) rune(b int) int { return int(x.runeAt[b]) }
