package filepages

import (
	"testing"
	"unsafe"
)

// block is data of the program's file that the program never writes, a
// stand-in for an embedded font: 64 KB in the file's data.
var block = [64 << 10]byte{0: 1, 4096: 2, 40000: 3, 64<<10 - 1: 4}

func sum(b []byte) (s int) {
	for _, c := range b {
		s += int(c)
	}
	return s
}

func interior(b []byte) (lo, hi uintptr) {
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return pageUp(start), pageDown(start + uintptr(len(b)))
}

// TestReleaseGivesBackPagesAndKeepsTheirContent checks that the program's
// read-only pages and the embedded data named leave the resident set, and
// that the data reads the same afterwards, its pages coming back.
func TestReleaseGivesBackPagesAndKeepsTheirContent(t *testing.T) {
	want := sum(block[:])
	if want != 10 {
		t.Fatalf("block sums to %d before, want 10", want)
	}
	lo, hi := interior(block[:])
	before, err := residentBytes(lo, hi)
	if err != nil {
		t.Fatal(err)
	}
	if before == 0 {
		t.Fatal("the block read is not resident")
	}
	progBefore, err := Resident()
	if err != nil {
		t.Fatal(err)
	}
	released, err := Release(block[:])
	if err != nil {
		t.Fatal(err)
	}
	if released < before {
		t.Errorf("released %d bytes, fewer than the block's %d", released, before)
	}
	after, err := residentBytes(lo, hi)
	if err != nil {
		t.Fatal(err)
	}
	if after != 0 {
		t.Errorf("%d bytes of the block still resident after Release", after)
	}
	progAfter, err := Resident()
	if err != nil {
		t.Fatal(err)
	}
	if progAfter >= progBefore {
		t.Errorf("the program file's resident bytes went from %d to %d", progBefore, progAfter)
	}
	if got := sum(block[:]); got != want {
		t.Errorf("block sums to %d after Release, want %d", got, want)
	}
	if block[40000] != 3 || block[len(block)-1] != 4 {
		t.Error("the block's bytes changed")
	}
	if again, _ := residentBytes(lo, hi); again == 0 {
		t.Error("the block read again is not resident")
	}
}

// TestReleaseLeavesOtherMemory checks that memory not of the program file
// (the Go heap here) is left alone, whatever the caller passes.
func TestReleaseLeavesOtherMemory(t *testing.T) {
	heap := make([]byte, 256<<10)
	for i := range heap {
		heap[i] = byte(i)
	}
	if _, err := Release(heap); err != nil {
		t.Fatal(err)
	}
	for i, c := range heap {
		if c != byte(i) {
			t.Fatalf("heap byte %d is %d after Release, want %d", i, c, byte(i))
		}
	}
}

func TestParseSmaps(t *testing.T) {
	const smaps = `00400000-00c00000 r-xp 00000000 fd:01 1234 /usr/bin/margin
Size:               8192 kB
Rss:                3000 kB
Anonymous:             0 kB
00c00000-01400000 r--p 00800000 fd:01 1234 /usr/bin/margin
Rss:                2000 kB
Anonymous:             8 kB
01400000-01500000 rw-p 01000000 fd:01 1234 /usr/bin/margin
Rss:                 500 kB
Anonymous:           100 kB
01500000-01600000 rw-p 00000000 00:00 0 
Rss:                 900 kB
Anonymous:           900 kB
7f0000000000-7f0000100000 r-xp 00000000 fd:01 99 /usr/lib/libc.so.6
Rss:                 400 kB
Anonymous:             0 kB
7f0000100000-7f0000200000 r--p 00000000 00:2a 777 /opt/margin/bin/margin
Rss:                 300 kB
Anonymous:             0 kB
7f0000200000-7f0000300000 r--p 00000000 00:2a 778 /opt/margin/bin/margin-old
Rss:                 300 kB
Anonymous:             0 kB
`
	// The last but one is the program on an overlay file system, whose
	// mappings name the file beneath: found by its path.
	maps, err := parseSmaps([]byte(smaps), program{dev: mkdev(0xfd, 1), ino: 1234, path: "/opt/margin/bin/margin"})
	if err != nil {
		t.Fatal(err)
	}
	want := []mapping{
		{start: 0x400000, end: 0xc00000, private: true, rss: 3000 << 10},
		{start: 0xc00000, end: 0x1400000, private: true, rss: 2000 << 10, anon: 8 << 10},
		{start: 0x1400000, end: 0x1500000, writable: true, private: true, rss: 500 << 10, anon: 100 << 10},
		{start: 0x7f0000100000, end: 0x7f0000200000, private: true, rss: 300 << 10},
	}
	if len(maps) != len(want) {
		t.Fatalf("got %d mappings of the program, want %d: %+v", len(maps), len(want), maps)
	}
	for i := range want {
		if maps[i] != want[i] {
			t.Errorf("mapping %d is %+v, want %+v", i, maps[i], want[i])
		}
	}
}
