package annotate

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
)

// spanOf returns the tokens [a, b) of text that write name.
func spanOf(t *testing.T, runes []rune, toks []token, text, name string) (int, int) {
	t.Helper()
	start, end := runeSpanOf(t, text, name)
	a, b := -1, -1
	for k, tk := range toks {
		if tk.start == start {
			a = k
		}
		if tk.end == end {
			b = k + 1
		}
	}
	if a < 0 || b <= a {
		t.Fatalf("%q is no run of tokens of %q", name, text)
	}
	return a, b
}

// The embedded span classifier types invented names by their words and
// the words around them, and reads a sentence's first adverb as no name.
func TestSpanClassifierTypesInventedNames(t *testing.T) {
	m := spanClassifier()
	if m == nil || m.n == 0 {
		t.Fatal("the span classifier's weights cannot be read")
	}
	loadModel() // the given names read prose's words once it is loaded, as in Suggest
	for _, c := range []struct {
		text, name string
		want       EntityType
	}{
		{"The company said Jonas Brelford, its chief executive, would resign.", "Jonas Brelford", Person},
		{"Mr. Quillan said the deal was done.", "Quillan", Person},
		{"Shares of Zorblex Corp. fell 5 percent on Monday.", "Zorblex Corp.", Organization},
		{"He has worked at Varrow Industries since 2010.", "Varrow Industries", Organization},
		{"She flew from Paris to Quillford on Tuesday.", "Paris", Place},
		{"Meanwhile, prices rose.", "Meanwhile", noEntity},
	} {
		runes := []rune(c.text)
		toks := tokenize(runes)
		words := tokenWords(toks)
		a, b := spanOf(t, runes, toks, c.text, c.name)
		ctx := candidateSpan(toks, words, a, b)
		text := string(runes[toks[a].start:toks[b-1].end])
		got, _ := bestClass(m.scores(ctx, spanHitsOf(text, words[a], words[b-1])), 0)
		if got != c.want {
			t.Errorf("%q in %q: %s, want %s", c.name, c.text, got, c.want)
		}
	}
}

// The type classifier's features pass the span classifier what Margin's
// lists say of a candidate as it looked them up itself; that must be what
// the span classifier was trained with (spanHitsOf).
func TestSpanFeaturesOfCandidatesAsTrained(t *testing.T) {
	defer func(old bool) { spanClassFeatures = old }(spanClassFeatures)
	spanClassFeatures = true
	m := spanClassifier()
	docs := loadGold(t, tunePart)
	sort.Slice(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	checked := 0
	for _, d := range docs[:6] {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		cands := findNames(runes, toks, labels, tags)
		words := tokenWords(toks)
		for i, fs := range candidateFeatures(runes, toks, labels, cands) {
			c := cands[i]
			a := sort.Search(len(toks), func(i int) bool { return toks[i].start >= c.start })
			b := sort.Search(len(toks), func(i int) bool { return toks[i].end >= c.end })
			if a >= len(toks) || b >= len(toks) || toks[a].start != c.start || toks[b].end != c.end || !toks[a].word {
				continue
			}
			ctx := candidateSpan(toks, words, a, b+1)
			want := spanClassFeaturesOf(m.scores(ctx, spanHitsOf(string(runes[c.start:c.end]), words[a], words[b])), c.typ)
			var got []string
			for _, f := range fs {
				if strings.HasPrefix(f, "span") {
					got = append(got, f)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s, %q: candidateFeatures gives %v, the lists looked up afresh %v", d.Name, c.name, got, want)
			}
			checked++
		}
	}
	if checked < 50 {
		t.Fatalf("only %d candidates checked", checked)
	}
}

// A weights file that is not the span classifier's is refused with an
// error, never read out of bounds.
func TestParseSpanModelRefusesOtherFiles(t *testing.T) {
	for _, data := range []string{"", "MSP1", "MWT2" + spanWeightsData[4:], spanWeightsData[:len(spanWeightsData)-1]} {
		if _, err := parseSpanModel(data); err == nil {
			t.Errorf("a file of %d bytes was read", len(data))
		}
	}
}

// spanModelFile writes a weights file of the given fingerprints (one
// weight of 1 for each class), count and scale.
func spanModelFile(count uint32, scale float32, keys ...uint64) string {
	le := binary.LittleEndian
	b := []byte("MSP1")
	b = le.AppendUint32(b, count)
	b = le.AppendUint32(b, uint32(len(spanClasses)))
	b = le.AppendUint32(b, math.Float32bits(scale))
	for _, f := range keys {
		b = le.AppendUint64(b, f)
	}
	for range keys {
		for range spanClasses {
			b = le.AppendUint16(b, 1)
		}
	}
	return string(b)
}

// A file whose header, scale or fingerprints its look-ups cannot trust is
// refused with a sentence, and one that is sound is read.
func TestParseSpanModelChecksItsParts(t *testing.T) {
	for _, c := range []struct {
		name string
		data string
		ok   bool
	}{
		{"a sound file", spanModelFile(3, 0.5, 1, 2, 1<<63), true},
		{"no features", spanModelFile(0, 0.5), true},
		{"fingerprints out of order", spanModelFile(3, 0.5, 2, 1, 3), false},
		{"a fingerprint twice", spanModelFile(3, 0.5, 1, 2, 2), false},
		{"a count too large for the file", spanModelFile(4, 0.5, 1, 2, 3), false},
		{"a count that overflows a size", spanModelFile(math.MaxUint32, 0.5, 1, 2, 3), false},
		{"a scale that is no number", spanModelFile(3, float32(math.NaN()), 1, 2, 3), false},
		{"an infinite scale", spanModelFile(3, float32(math.Inf(1)), 1, 2, 3), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := parseSpanModel(c.data)
			if (err == nil) != c.ok {
				t.Fatalf("error %v, want ok %v", err, c.ok)
			}
			if err != nil {
				return
			}
			sc := make([]float32, m.k)
			m.add(1<<63, sc)
			if len(c.data) > 16 && sc[0] != 0.5 {
				t.Errorf("the weight of a feature it holds reads %v, want 0.5", sc[0])
			}
		})
	}
}

// The corpora's labels are read in IOB1 (a name starts at I- after
// another type or none) and IOB2, leading words in lower case are
// trimmed, and labels Margin does not suggest are left out.
func TestCoNLLNames(t *testing.T) {
	text := "The\tO\nMad\tI-ORG\nCapsule\tI-ORG\nmet\tO\nAnn\tI-PER\nWu\tI-PER\nBo\tB-PER\nin\tO\nthe\tB-LOC\nQuill\tI-LOC\nValley\tI-LOC\non\tO\nMonday\tB-TIME\n\n" +
		"-DOCSTART- -X- O O\n\nVarrow\tB-ORG\n"
	ss := parseCoNLL(text, map[string]EntityType{"PER": Person, "LOC": Place, "ORG": Organization})
	if len(ss) != 2 {
		t.Fatalf("%d sentences, want 2", len(ss))
	}
	var got []string
	for _, s := range ss {
		for _, n := range s.names {
			got = append(got, strings.Join(s.words[n.a:n.b], " ")+"="+string(n.typ))
		}
	}
	want := []string{"Mad Capsule=organization", "Ann Wu=person", "Bo=person", "Quill Valley=place", "Varrow=organization"}
	if !slices.Equal(got, want) {
		t.Errorf("names %v, want %v", got, want)
	}
}
