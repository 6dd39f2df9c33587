package annotate

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
)

// weightTable is one of the recogniser's models (the tagger's or the
// classifier's weights, prose's own), indexed by feature, in a compact form
// read in place from the binary: the features' fingerprints, sorted, each
// pointing at its run of (label, weight) pairs. It holds no Go map and
// allocates nothing: the model's 420,000 weights and 200,000 feature
// strings were 30 MB of maps on the heap (ner_model_mb), and decoding them
// from prose's gob files took 100 MB more for a moment, which made the
// peak memory of `margin add`. The files are built from prose's model by
// TestModelFiles (go test ./annotate/ -run TestModelFiles -update), which
// also checks that the embedded ones are what prose's model gives;
// TestCompactModelMatches checks the predictions are those of the maps.
//
// A suggestion looks up features all over both tables, so both are
// resident in full while `margin add` runs (cli_add_rss_mb): they are kept
// small. A feature is stored as a 64-bit fingerprint of its key, not the
// key (MWT1 stored the keys and a hash table of them, 11.3 MB for both
// tables; MWT2 is 4.6 MB). Two stored features never share a fingerprint
// (the build checks it), so every feature of the model finds its own
// weights; a feature the model lacks finds another's only if its
// fingerprint equals one of the at most 130,000 stored, a chance of about
// 1 in 1.4e14 per look-up, or 1e-9 per suggestion of 5,000 words (about
// 100,000 look-ups), and then it only adds one feature's weights to the
// scores. The weights are stored as exactly as the predictions need: the
// tagger's are prose's rounded to three decimals, 10,946 distinct values,
// so each is a 16-bit index into a table of them (exact); the
// classifier's are float32 (exact is float64), with which
// TestCompactModelMatches checks the tags and labels are those of the
// float64 weights on every gold and unannotated text.
//
// The layout, all integers little-endian:
//
//	"MWT2"
//	nfeat, nweights, bucketBits, nnames, kind, npal  uint32
//	nnames × (uint16 length, bytes)     the label names, in order
//	(2^bucketBits + 1) × uint32         first feature of each bucket
//	nfeat × uint64                      fingerprints, increasing
//	(nfeat+1) × uint32                  first weight of each feature
//	nweights × uint8                    label of each weight
//	the weights, by kind:
//	  weightsFloat64  nweights × uint64  float64 bits
//	  weightsFloat32  nweights × uint32  float32 bits
//	  weightsPalette  npal × uint64      float64 bits of the distinct weights,
//	                  nweights × uint16  index of each weight among them
//
// A feature's bucket is the top bucketBits bits of its fingerprint, so
// a look-up reads one bucket entry and compares one or two fingerprints.
type weightTable struct {
	data                                 string
	names                                []string
	kind                                 uint32
	shift                                uint
	buckets, fps, offs, lab, pal, values int
}

const weightMagic = "MWT2"

// The ways a table stores its weights.
const (
	weightsFloat64 = iota
	weightsFloat32
	weightsPalette
)

// parseWeightTable checks data's layout and returns its table.
func parseWeightTable(data string) (*weightTable, error) {
	bad := errors.New("not a weight table of this version")
	if len(data) < 28 || data[:4] != weightMagic {
		return nil, bad
	}
	nfeat, nweights, bits, nnames, kind, npal := int(u32(data, 4)), int(u32(data, 8)), u32(data, 12), u32(data, 16), u32(data, 20), int(u32(data, 24))
	if bits > 24 || nnames > 255 || kind > weightsPalette || npal > 1<<16 || kind != weightsPalette && npal != 0 {
		return nil, bad
	}
	// A count larger than the data cannot be right, and checking it
	// before the layout is computed keeps the offsets below from
	// overflowing where int has 32 bits (a uint32 above 2^31 would be
	// negative there).
	if nfeat < 0 || nfeat > len(data)/8 || nweights < 0 || nweights > len(data) {
		return nil, bad
	}
	t := &weightTable{data: data, kind: kind, shift: uint(64 - bits)}
	off := 28
	for range nnames {
		if off+2 > len(data) {
			return nil, bad
		}
		n := int(data[off]) | int(data[off+1])<<8
		if off+2+n > len(data) {
			return nil, bad
		}
		t.names = append(t.names, data[off+2:off+2+n])
		off += 2 + n
	}
	nbuckets := 1 << bits
	t.buckets = off
	t.fps = t.buckets + 4*(nbuckets+1)
	t.offs = t.fps + 8*nfeat
	t.lab = t.offs + 4*(nfeat+1)
	t.pal = t.lab + nweights
	t.values = t.pal + 8*npal
	size := t.values + [...]int{8, 4, 2}[kind]*nweights
	if size != len(data) {
		return nil, fmt.Errorf("weight table: %d bytes, layout says %d", len(data), size)
	}
	// Every index read from the table is checked here, once, so that a
	// look-up cannot read outside it.
	for b := range nbuckets {
		if u32(data, t.buckets+4*b) > u32(data, t.buckets+4*b+4) {
			return nil, bad
		}
	}
	if u32(data, t.buckets) != 0 || int(u32(data, t.buckets+4*nbuckets)) != nfeat {
		return nil, bad
	}
	for i := range nfeat {
		fp := u64(data, t.fps+8*i)
		if i > 0 && fp <= u64(data, t.fps+8*(i-1)) {
			return nil, bad
		}
		// A fingerprint outside its bucket would never be found: find
		// reads only the bucket the top bits choose.
		if b := t.buckets + 4*int(fp>>t.shift); uint32(i) < u32(data, b) || uint32(i) >= u32(data, b+4) {
			return nil, bad
		}
		if u32(data, t.offs+4*i) > u32(data, t.offs+4*i+4) {
			return nil, bad
		}
	}
	if u32(data, t.offs) != 0 || int(u32(data, t.offs+4*nfeat)) != nweights {
		return nil, bad
	}
	for i := range nweights {
		if int(data[t.lab+i]) >= len(t.names) || kind == weightsPalette && int(u16(data, t.values+2*i)) >= npal {
			return nil, bad
		}
	}
	// A weight that is not a finite number would make every score it is
	// added to NaN or infinite, and the argmax of those meaningless.
	finite := func(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
	switch kind {
	case weightsFloat32:
		for i := range nweights {
			if !finite(float64(math.Float32frombits(u32(data, t.values+4*i)))) {
				return nil, bad
			}
		}
	case weightsPalette:
		for i := range npal {
			if !finite(math.Float64frombits(u64(data, t.pal+8*i))) {
				return nil, bad
			}
		}
	default:
		for i := range nweights {
			if !finite(math.Float64frombits(u64(data, t.values+8*i))) {
				return nil, bad
			}
		}
	}
	return t, nil
}

// find returns the range [lo, hi) of the weights of the feature key, empty
// when the model has no such feature (but see weightTable on fingerprints).
func (t *weightTable) find(key []byte) (lo, hi int) {
	fp := fingerprint(key)
	b := t.buckets + 4*int(fp>>t.shift)
	for i, end := int(u32(t.data, b)), int(u32(t.data, b+4)); i < end; i++ {
		switch f := u64(t.data, t.fps+8*i); {
		case f == fp:
			return int(u32(t.data, t.offs+4*i)), int(u32(t.data, t.offs+4*i+4))
		case f > fp:
			return 0, 0
		}
	}
	return 0, 0
}

// add adds the weights of feature key to scores, and marks their labels in
// present when it is not nil. The loop is written once per kind of
// weights, so that the kind is not tested for every weight.
func (t *weightTable) add(scores []float64, present []bool, key []byte) {
	lo, hi := t.find(key)
	if lo == hi {
		return
	}
	labels := t.data[t.lab+lo : t.lab+hi]
	switch t.kind {
	case weightsFloat32:
		for i, l := range []byte(labels) {
			scores[l] += float64(math.Float32frombits(u32(t.data, t.values+4*(lo+i))))
		}
	case weightsPalette:
		for i, l := range []byte(labels) {
			scores[l] += math.Float64frombits(u64(t.data, t.pal+8*int(u16(t.data, t.values+2*(lo+i)))))
		}
	default:
		for i, l := range []byte(labels) {
			scores[l] += math.Float64frombits(u64(t.data, t.values+8*(lo+i)))
		}
	}
	if present != nil {
		for _, l := range []byte(labels) {
			present[l] = true
		}
	}
}

// fingerprint is a feature key's 64-bit hash: FNV-1a, then splitmix64's
// finaliser, so that the top bits, which choose the bucket, depend on
// every byte as much as the low ones do.
func fingerprint(key []byte) uint64 {
	h := fnv1a(key)
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// u16, u32 and u64 read a little-endian integer at s[i:]. Slicing first
// leaves one bounds check, and lets the compiler read the bytes in one
// load, as encoding/binary does.
func u16(s string, i int) uint16 {
	b := s[i : i+2]
	return uint16(b[0]) | uint16(b[1])<<8
}

func u32(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func u64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// The weights of the tagger and the classifier, built from prose's model
// by TestModelFiles.
var (
	//go:embed data/tagger.weights
	taggerWeights string
	//go:embed data/ner.weights
	nerWeights string
)
