package annotate

import (
	"hash/maphash"
	"strings"
	"sync"
	"unsafe"
)

// listFilter answers "certainly not a line of this list" for most names
// that are not, without the search: a Bloom filter of the list's lines (a
// bit array, two bits set per line). sortedList.has searches its text by
// halving, about eighteen steps over two megabytes for the towns, each a
// scan for a line's ends and a comparison; the rules ask about 11,000
// names of a 5,000-word article, and nine in ten are in no list. A name
// the filter rejects is in no line: each line set its bits when the
// filter was built, so has answers exactly as the search alone does; a
// name it admits (every line, and about one name in twenty-five of the
// others) is searched as before.
//
// A list's filter is built the first time the list is asked, from the
// list's embedded text, and kept for the life of the process: eight to
// sixteen bits a line (a power of two in all), 470 kB for every list of
// the package (256 kB of them the towns'), where a map of the lines would
// be 20 MB.
type listFilter struct {
	once sync.Once
	bits []uint64
	mask uint64 // the number of bits, less one (a power of two)
}

// listFilters holds the filter of each list, by where its text is: a
// sortedList is a plain value, written as a literal in many files and
// copied into others (townList, givenNames), so its filter cannot live in
// it.
var listFilters sync.Map // listKey → *listFilter

type listKey struct {
	data *byte
	size int
}

// filterSeed makes the filter's hashes; any seed works, as long as one
// process builds and reads with the same.
var filterSeed = maphash.MakeSeed()

// filterOf returns the filter of the list whose text is data, built.
func filterOf(data string) *listFilter {
	key := listKey{unsafe.StringData(data), len(data)}
	v, ok := listFilters.Load(key)
	if !ok {
		v, _ = listFilters.LoadOrStore(key, &listFilter{})
	}
	f := v.(*listFilter)
	f.once.Do(func() { f.build(data) })
	return f
}

// build sets the bits of every line of data.
func (f *listFilter) build(data string) {
	lines := strings.Count(data, "\n") + 1
	size := uint64(64)
	for size < 8*uint64(lines) {
		size *= 2
	}
	f.bits, f.mask = make([]uint64, size/64), size-1
	for line := range strings.SplitSeq(data, "\n") {
		h1, h2 := f.positions(line)
		f.bits[h1/64] |= 1 << (h1 % 64)
		f.bits[h2/64] |= 1 << (h2 % 64)
	}
}

// positions are the two bits of name: two halves of one 64-bit hash.
func (f *listFilter) positions(name string) (uint64, uint64) {
	h := maphash.String(filterSeed, name)
	return h & f.mask, (h >> 32) & f.mask
}

// mayHave reports whether name may be a line of the list: false only when
// it is not.
func (f *listFilter) mayHave(name string) bool {
	h1, h2 := f.positions(name)
	return f.bits[h1/64]&(1<<(h1%64)) != 0 && f.bits[h2/64]&(1<<(h2%64)) != 0
}
