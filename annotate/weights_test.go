package annotate

import (
	"encoding/binary"
	"flag"
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

// buildWeightTable writes the weights in weightTable's layout: features in
// sorted order, each one's weights by label.
func buildWeightTable(names []string, index mapWeights) []byte {
	keys := make([]string, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	nslots := 1
	for nslots < 2*len(keys) {
		nslots *= 2
	}
	var keyBytes []byte
	var labels []byte
	var values []uint64
	feats := make([]uint32, 0, 2*(len(keys)+1))
	slots := make([]uint32, nslots)
	for i, k := range keys {
		feats = append(feats, uint32(len(keyBytes)), uint32(len(labels)))
		keyBytes = append(keyBytes, k...)
		lws := slices.Clone(index[k])
		slices.SortFunc(lws, func(a, b labelWeight) int { return a.label - b.label })
		for _, lw := range lws {
			labels = append(labels, byte(lw.label))
			values = append(values, math.Float64bits(lw.weight))
		}
		s := fnv1a([]byte(k)) & uint64(nslots-1)
		for slots[s] != 0 {
			s = (s + 1) & uint64(nslots-1)
		}
		slots[s] = uint32(i + 1)
	}
	feats = append(feats, uint32(len(keyBytes)), uint32(len(labels)))
	out := []byte(weightMagic)
	for _, n := range []int{len(keys), nslots, len(labels), len(keyBytes), len(names)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	for _, n := range names {
		out = binary.LittleEndian.AppendUint16(out, uint16(len(n)))
		out = append(out, n...)
	}
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	for _, f := range feats {
		out = binary.LittleEndian.AppendUint32(out, f)
	}
	out = append(out, keyBytes...)
	out = append(out, labels...)
	for _, v := range values {
		out = binary.LittleEndian.AppendUint64(out, v)
	}
	return out
}

// TestModelFiles checks that the embedded weight tables are prose's model,
// and writes them with -update.
func TestModelFiles(t *testing.T) {
	classes, tagger := mapPerceptron(t)
	labels, ner := mapMaxent(t)
	for _, f := range []struct {
		file     string
		embedded string
		built    []byte
	}{
		{"data/tagger.weights", taggerWeights, buildWeightTable(classes, tagger)},
		{"data/ner.weights", nerWeights, buildWeightTable(labels, ner)},
	} {
		if *updateModel {
			if err := os.WriteFile(filepath.FromSlash(f.file), f.built, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if string(f.built) != f.embedded {
			t.Errorf("%s is not what prose's model gives (%d bytes, built %d); run go test ./annotate/ -run TestModelFiles -update", f.file, len(f.embedded), len(f.built))
		}
	}
}

// TestCompactModelMatches checks that the weight tables hold every weight
// of the maps and no other, and that the tagger and the classifier give the
// same tags and labels from them as from the maps, token for token, on every
// gold article.
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
	}{"tagger": {tagMaps, compact.index, len(classes)}, "classifier": {nerMaps, compactNER.index, len(labels)}} {
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
	for _, d := range loadGold(t, "") {
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
	t.Logf("%d tokens: the same tags and labels", tokens)
}

// TestWeightTableRejectsDamage checks that a damaged table is an error,
// not a panic.
func TestWeightTableRejectsDamage(t *testing.T) {
	for _, data := range []string{"", "MWT1", nerWeights[:len(nerWeights)-1], "XXXX" + nerWeights[4:]} {
		if _, err := parseWeightTable(data); err == nil {
			t.Errorf("a damaged table of %d bytes was accepted", len(data))
		}
	}
}
