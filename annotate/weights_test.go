package annotate

import (
	"cmp"
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	prose "github.com/jdkato/prose/v2"
)

var updateModel = flag.Bool("update", false, "write the weight tables (data/*.weights) from prose's model")

// labelWeight is one label's weight for a feature.
type labelWeight struct {
	label  int
	weight float64
}

// mapWeights are a model's weights as maps, decoded from prose's files:
// what the recogniser used before weightTable.
type mapWeights map[string][]labelWeight

func (m mapWeights) add(scores []float64, present []bool, key []byte) {
	for _, lw := range m[string(key)] {
		scores[lw.label] += lw.weight
		if present != nil {
			present[lw.label] = true
		}
	}
}

// mapPerceptron decodes prose's tagger weights into maps. Classes that
// appear in the weights but not in prose's list of classes come after it,
// in sorted order.
func mapPerceptron(t testing.TB) ([]string, mapWeights) {
	var byFeature map[string]map[string]float64
	var classes []string
	if err := decodeAsset("model/AveragedPerceptron/weights.gob", &byFeature); err != nil {
		t.Fatal(err)
	}
	if err := decodeAsset("model/AveragedPerceptron/classes.gob", &classes); err != nil {
		t.Fatal(err)
	}
	classIndex := make(map[string]int, len(classes))
	for i, c := range classes {
		classIndex[c] = i
	}
	var extra []string
	for _, byClass := range byFeature {
		for c := range byClass {
			if _, ok := classIndex[c]; !ok && !slices.Contains(extra, c) {
				extra = append(extra, c)
			}
		}
	}
	slices.Sort(extra)
	for _, c := range extra {
		classIndex[c] = len(classes)
		classes = append(classes, c)
	}
	index := make(mapWeights, len(byFeature))
	for feat, byClass := range byFeature {
		for c, w := range byClass {
			index[feat] = append(index[feat], labelWeight{classIndex[c], w})
		}
	}
	return classes, index
}

// mapMaxent decodes prose's classifier weights into maps: a key of prose's
// mapping is feature-value-label, and values may hold hyphens themselves.
func mapMaxent(t testing.TB) ([]string, mapWeights) {
	var mapping map[string]int
	var weights []float64
	var labels []string
	for name, into := range map[string]any{"model/Maxent/mapping.gob": &mapping, "model/Maxent/weights.gob": &weights, "model/Maxent/labels.gob": &labels} {
		if err := decodeAsset(name, into); err != nil {
			t.Fatal(err)
		}
	}
	index := make(mapWeights, len(mapping)/len(labels)+1)
	for key, w := range mapping {
		if w < 0 || w >= len(weights) {
			continue
		}
		li := -1
		for i, l := range labels {
			if strings.HasSuffix(key, "-"+l) && (li < 0 || len(l) > len(labels[li])) {
				li = i
			}
		}
		if li < 0 {
			continue
		}
		fv := key[:len(key)-len(labels[li])-1]
		index[fv] = append(index[fv], labelWeight{li, weights[w]})
	}
	return labels, index
}

// buildWeightTable writes the weights in weightTable's layout, storing
// them as kind says (weightsPalette falls back to weightsFloat64 when there
// are more than 65,536 distinct weights): features in the order of their
// fingerprints, each one's weights by label. Two features with the same
// fingerprint are an error: weightTable could not tell them apart.
func buildWeightTable(names []string, index mapWeights, kind uint32) ([]byte, error) {
	type feature struct {
		fp  uint64
		key string
	}
	feats := make([]feature, 0, len(index))
	for k := range index {
		feats = append(feats, feature{fingerprint([]byte(k)), k})
	}
	slices.SortFunc(feats, func(a, b feature) int { return cmp.Compare(a.fp, b.fp) })
	for i := 1; i < len(feats); i++ {
		if feats[i].fp == feats[i-1].fp {
			return nil, fmt.Errorf("features %q and %q have the same fingerprint", feats[i-1].key, feats[i].key)
		}
	}
	bits := 0
	for 1<<(bits+1) <= len(feats) {
		bits++
	}
	buckets := make([]uint32, 1<<bits+1)
	for _, f := range feats {
		buckets[f.fp>>(64-bits)+1]++
	}
	for b := 1; b < len(buckets); b++ {
		buckets[b] += buckets[b-1]
	}
	var labels []byte
	var values []float64
	offs := make([]uint32, 0, len(feats)+1)
	for _, f := range feats {
		offs = append(offs, uint32(len(labels)))
		lws := slices.Clone(index[f.key])
		slices.SortFunc(lws, func(a, b labelWeight) int { return a.label - b.label })
		for _, lw := range lws {
			labels = append(labels, byte(lw.label))
			values = append(values, lw.weight)
		}
	}
	offs = append(offs, uint32(len(labels)))
	var palette []float64
	if kind == weightsPalette {
		palette = slices.Clone(values)
		slices.Sort(palette)
		palette = slices.Compact(palette)
		if len(palette) > 1<<16 {
			kind, palette = weightsFloat64, nil
		}
	}
	out := []byte(weightMagic)
	for _, n := range []int{len(feats), len(labels), bits, len(names), int(kind), len(palette)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	for _, n := range names {
		out = binary.LittleEndian.AppendUint16(out, uint16(len(n)))
		out = append(out, n...)
	}
	for _, b := range buckets {
		out = binary.LittleEndian.AppendUint32(out, b)
	}
	for _, f := range feats {
		out = binary.LittleEndian.AppendUint64(out, f.fp)
	}
	for _, o := range offs {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	out = append(out, labels...)
	for _, p := range palette {
		out = binary.LittleEndian.AppendUint64(out, math.Float64bits(p))
	}
	for _, v := range values {
		switch kind {
		case weightsFloat32:
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(v)))
		case weightsPalette:
			i, _ := slices.BinarySearch(palette, v)
			out = binary.LittleEndian.AppendUint16(out, uint16(i))
		default:
			out = binary.LittleEndian.AppendUint64(out, math.Float64bits(v))
		}
	}
	return out, nil
}

// The way each table stores its weights: the tagger's are few distinct
// values, the classifier's float32 (see weightTable; TestCompactModelMatches
// checks the predictions are those of the float64 weights).
const (
	taggerWeightsKind = weightsPalette
	nerWeightsKind    = weightsFloat32
)

// TestModelFiles checks that the embedded weight tables are prose's model,
// and writes them with -update.
func TestModelFiles(t *testing.T) {
	classes, tagger := mapPerceptron(t)
	labels, ner := mapMaxent(t)
	for _, f := range []struct {
		file     string
		embedded string
		names    []string
		maps     mapWeights
		kind     uint32
	}{
		{"data/tagger.weights", taggerWeights, classes, tagger, taggerWeightsKind},
		{"data/ner.weights", nerWeights, labels, ner, nerWeightsKind},
	} {
		built, err := buildWeightTable(f.names, f.maps, f.kind)
		if err != nil {
			t.Fatalf("%s: %v", f.file, err)
		}
		if *updateModel {
			if err := os.WriteFile(filepath.FromSlash(f.file), built, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if string(built) != f.embedded {
			t.Errorf("%s is not what prose's model gives (%d bytes, built %d); run go test ./annotate/ -run TestModelFiles -update", f.file, len(f.embedded), len(built))
		}
	}
}

// TestCompactModelMatches checks that the weight tables hold every weight
// of the maps, as precisely as their kind stores it, and no other, and that
// the tagger and the classifier give the same tags and labels from them as
// from the maps' float64 weights, token for token, on every gold article
// and every unannotated text (unannotatedTexts).
func TestCompactModelMatches(t *testing.T) {
	classes, tagMaps := mapPerceptron(t)
	labels, nerMaps := mapMaxent(t)
	compact, err := loadPerceptron()
	if err != nil {
		t.Fatal(err)
	}
	compactNER, err := loadMaxent()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(compact.classes, classes) || !slices.Equal(compactNER.labels, labels) {
		t.Fatalf("labels differ: %q %q, maps %q %q", compact.classes, compactNER.labels, classes, labels)
	}
	for name, m := range map[string]struct {
		maps  mapWeights
		table weights
		n     int
	}{"tagger": {storedWeights(tagMaps, taggerWeightsKind), compact.index, len(classes)}, "classifier": {storedWeights(nerMaps, nerWeightsKind), compactNER.index, len(labels)}} {
		for key := range m.maps {
			want, wantP := make([]float64, m.n), make([]bool, m.n)
			got, gotP := make([]float64, m.n), make([]bool, m.n)
			m.maps.add(want, wantP, []byte(key))
			m.table.add(got, gotP, []byte(key))
			if !slices.Equal(want, got) || !slices.Equal(wantP, gotP) {
				t.Fatalf("%s: feature %q: %v %v, maps %v %v", name, key, got, gotP, want, wantP)
			}
		}
		for _, key := range []string{"", "word-Zzyzxq", "bias", "i word nonexistentword"} {
			if _, ok := m.maps[key]; ok {
				continue
			}
			got := make([]float64, m.n)
			m.table.add(got, nil, []byte(key))
			if slices.ContainsFunc(got, func(f float64) bool { return f != 0 }) {
				t.Errorf("%s: feature %q not in the model has weights %v", name, key, got)
			}
		}
	}

	withMaps := &perceptron{classes: classes, tagMap: compact.tagMap, index: tagMaps}
	nerWithMaps := &maxent{labels: labels, history: compactNER.history, index: nerMaps, words: compactNER.words}
	tokens := 0
	var texts []unannotatedText
	for _, d := range loadGold(t, "") {
		texts = append(texts, unannotatedText{d.Name, d.Text})
	}
	nGold := len(texts)
	texts = append(texts, unannotatedTexts(t)...)
	for _, d := range texts {
		for _, block := range strings.Split(d.Text, "\n\n") {
			doc, err := prose.NewDocument(block, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
			if err != nil {
				t.Fatal(err)
			}
			var words []string
			for _, tok := range doc.Tokens() {
				words = append(words, tok.Text)
			}
			tags, want := compact.tag(words), withMaps.tag(words)
			if !slices.Equal(tags, want) {
				t.Fatalf("%s: tags %q, from the maps %q", d.Name, tags, want)
			}
			toks := make([]nerToken, len(words))
			for i := range words {
				toks[i] = nerToken{words[i], tags[i]}
			}
			got, wantLabels := compactNER.classify(toks, nil, nil), nerWithMaps.classify(toks, nil, nil)
			if !slices.Equal(got, wantLabels) {
				t.Fatalf("%s: labels %q, from the maps %q", d.Name, got, wantLabels)
			}
			tokens += len(words)
		}
	}
	if tokens < 10000 {
		t.Errorf("only %d tokens compared", tokens)
	}
	t.Logf("%d tokens of %d gold and %d unannotated texts: the same tags and labels", tokens, nGold, len(texts)-nGold)
}

// storedWeights are m's weights as precisely as a table of kind stores
// them.
func storedWeights(m mapWeights, kind uint32) mapWeights {
	if kind != weightsFloat32 {
		return m
	}
	out := make(mapWeights, len(m))
	for k, lws := range m {
		for _, lw := range lws {
			out[k] = append(out[k], labelWeight{lw.label, float64(float32(lw.weight))})
		}
	}
	return out
}

// TestWeightTableRejectsDamage checks that a damaged table is an error,
// not a panic, whether its size or one of the indices it holds is wrong.
func TestWeightTableRejectsDamage(t *testing.T) {
	for _, data := range []string{"", "MWT2", "MWT1" + nerWeights[4:], nerWeights[:len(nerWeights)-1], "XXXX" + nerWeights[4:]} {
		if _, err := parseWeightTable(data); err == nil {
			t.Errorf("a damaged table of %d bytes was accepted", len(data))
		}
	}
	tagger, err := parseWeightTable(taggerWeights)
	if err != nil {
		t.Fatal(err)
	}
	set := func(data string, at int, b ...byte) string {
		d := []byte(data)
		copy(d[at:], b)
		return string(d)
	}
	ner, err := parseWeightTable(nerWeights)
	if err != nil {
		t.Fatal(err)
	}
	// The first bucket after the first that holds a feature: moving its
	// start one on leaves the buckets in order but puts that feature in
	// the bucket before, where find would never look for it.
	moved := 1
	for u32(taggerWeights, tagger.buckets+4*moved) == u32(taggerWeights, tagger.buckets+4*moved+4) {
		moved++
	}
	start := u32(taggerWeights, tagger.buckets+4*moved)
	for name, data := range map[string]string{
		"a bucket past the last feature":       set(taggerWeights, tagger.buckets+4, 0xff, 0xff, 0xff, 0x7f),
		"fingerprints out of order":            set(taggerWeights, tagger.fps+8*2, 0, 0, 0, 0, 0, 0, 0, 0),
		"a run of weights past the last":       set(taggerWeights, tagger.offs+4, 0xff, 0xff, 0xff, 0x7f),
		"a label past the names":               set(taggerWeights, tagger.lab, 0xff),
		"an index past the distinct weights":   set(taggerWeights, tagger.values, 0xff, 0xff),
		"a kind of weights this version lacks": set(taggerWeights, 20, 9),
		"more features than bytes":             set(taggerWeights, 4, 0xff, 0xff, 0xff, 0xff),
		"more weights than bytes":              set(taggerWeights, 8, 0xff, 0xff, 0xff, 0xff),
		"a fingerprint outside its bucket":     set(taggerWeights, tagger.buckets+4*moved, byte(start+1), byte((start+1)>>8), byte((start+1)>>16), byte((start+1)>>24)),
		"a distinct weight that is NaN":        set(taggerWeights, tagger.pal, 1, 0, 0, 0, 0, 0, 0xf8, 0x7f),
		"a float32 weight that is infinite":    set(nerWeights, ner.values+4*3, 0, 0, 0x80, 0x7f),
		"a float32 weight that is NaN":         set(nerWeights, ner.values, 0, 0, 0xc0, 0x7f),
	} {
		if _, err := parseWeightTable(data); err == nil {
			t.Errorf("a table with %s was accepted", name)
		}
	}
}

// FuzzParseWeightTable checks that any bytes either are refused or give a
// table whose look-ups stay inside it, from small tables of each kind.
func FuzzParseWeightTable(f *testing.F) {
	index := mapWeights{"bias": {{0, 0.5}, {1, -0.25}}, "word-the": {{1, 2}}, "suffix-ing": {{0, 1.5}, {2, 0.125}}}
	for kind := range uint32(weightsPalette + 1) {
		built, err := buildWeightTable([]string{"A", "B", "C"}, index, kind)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(built)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		table, err := parseWeightTable(string(data))
		if err != nil {
			return
		}
		scores, present := make([]float64, len(table.names)), make([]bool, len(table.names))
		for _, key := range []string{"bias", "word-the", "suffix-ing", "", "missing"} {
			table.add(scores, present, []byte(key))
		}
	})
}
