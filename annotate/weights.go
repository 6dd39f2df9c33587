package annotate

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
)

// weightTable is one of the recogniser's models (the tagger's or the
// classifier's weights, prose's own), indexed by feature, in a compact form
// read in place from the binary: a hash table of the feature strings, each
// pointing at its run of (label, weight) pairs. It holds no Go map and
// allocates nothing: the model's 420,000 weights and 200,000 feature
// strings were 30 MB of maps on the heap (ner_model_mb), and decoding them
// from prose's gob files took 100 MB more for a moment, which made the
// peak memory of `margin add`. The files are built from prose's model by
// TestModelFiles (go test ./annotate/ -run TestModelFiles -update), which
// also checks that the embedded ones are what prose's model gives;
// TestCompactModelMatches checks the predictions are those of the maps.
//
// The layout, all integers little-endian:
//
//	"MWT1"
//	nfeat, nslots, nweights, keysLen, nnames  uint32
//	nnames × (uint16 length, bytes)            the label names, in order
//	nslots × uint32                            slot: feature index + 1, or 0
//	(nfeat+1) × (keyOff, weightOff uint32)     feature i's key and weights
//	keysLen bytes                              the features' keys
//	nweights × uint8                           label of each weight
//	nweights × uint64                          the weights, float64 bits
//
// A feature's key is found by FNV-1a hashing and linear probing; nslots is
// a power of two at least twice nfeat.
type weightTable struct {
	data                             string
	names                            []string
	nfeat, mask                      uint64
	slots, feats, keys, lab, weights int
}

const weightMagic = "MWT1"

// parseWeightTable checks data's layout and returns its table.
func parseWeightTable(data string) (*weightTable, error) {
	bad := errors.New("not a weight table of this version")
	if len(data) < 24 || data[:4] != weightMagic {
		return nil, bad
	}
	nfeat, nslots, nweights, keysLen, nnames := u32(data, 4), u32(data, 8), u32(data, 12), u32(data, 16), u32(data, 20)
	if nslots == 0 || nslots&(nslots-1) != 0 || nslots < 2*nfeat || nnames > 255 {
		return nil, bad
	}
	t := &weightTable{data: data, nfeat: uint64(nfeat), mask: uint64(nslots - 1)}
	off := 24
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
	t.slots = off
	t.feats = t.slots + 4*int(nslots)
	t.keys = t.feats + 8*(int(nfeat)+1)
	t.lab = t.keys + int(keysLen)
	t.weights = t.lab + int(nweights)
	if t.weights+8*int(nweights) != len(data) {
		return nil, fmt.Errorf("weight table: %d bytes, layout says %d", len(data), t.weights+8*int(nweights))
	}
	for i := range int(nweights) {
		if int(data[t.lab+i]) >= len(t.names) {
			return nil, bad
		}
	}
	return t, nil
}

// find returns the range [lo, hi) of the weights of the feature key, empty
// when the model has no such feature.
func (t *weightTable) find(key []byte) (lo, hi int) {
	h := fnv1a(key)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		f := u32(t.data, t.slots+4*int(i))
		if f == 0 {
			return 0, 0
		}
		e := t.feats + 8*int(f-1)
		k0, k1 := int(u32(t.data, e)), int(u32(t.data, e+8))
		if string(key) == t.data[t.keys+k0:t.keys+k1] {
			return int(u32(t.data, e+4)), int(u32(t.data, e+12))
		}
	}
}

// label and weight are the label index and the weight of weight i.
func (t *weightTable) label(i int) int { return int(t.data[t.lab+i]) }
func (t *weightTable) weight(i int) float64 {
	return math.Float64frombits(u64(t.data, t.weights+8*i))
}

// add adds the weights of feature key to scores, and marks their labels in
// present when it is not nil.
func (t *weightTable) add(scores []float64, present []bool, key []byte) {
	lo, hi := t.find(key)
	for i := lo; i < hi; i++ {
		l := t.label(i)
		scores[l] += t.weight(i)
		if present != nil {
			present[l] = true
		}
	}
}

func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func u64(s string, i int) uint64 { return uint64(u32(s, i)) | uint64(u32(s, i+4))<<32 }

// The weights of the tagger and the classifier, built from prose's model
// by TestModelFiles.
var (
	//go:embed data/tagger.weights
	taggerWeights string
	//go:embed data/ner.weights
	nerWeights string
)
