package annotate

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	prose "github.com/jdkato/prose/v2"
)

// maxent is prose's named-entity classifier (a binary maximum-entropy model
// over 17 features of a token and its neighbours, with the labels of the
// tokens before it as history), evaluated from prose's own embedded weights
// but about ten times faster: prose builds and looks up one string key per
// feature and label, and searches its word list linearly, for every token;
// here the weights are indexed by feature once, at load time, so a token
// costs 17 map look-ups. TestMaxentMatchesProse checks that the labels are
// prose's own.
type maxent struct {
	labels  []string
	history []string // prose's simplePOS of each label: "B", "I" or "O"
	index   map[string][]labelWeight
	words   map[string]bool
}

type labelWeight struct {
	label  int
	weight float64
}

// maxentFeatures are prose's feature names, in its order.
var maxentFeatures = []string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

// loadMaxent decodes prose's embedded classifier.
func loadMaxent() (*maxent, error) {
	var mapping map[string]int
	var weights []float64
	var labels, words []string
	for _, a := range []struct {
		name string
		into any
	}{
		{"model/Maxent/mapping.gob", &mapping},
		{"model/Maxent/weights.gob", &weights},
		{"model/Maxent/labels.gob", &labels},
		{"model/Maxent/words.gob", &words},
	} {
		b, err := prose.Asset(a.name)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", a.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.into); err != nil {
			return nil, fmt.Errorf("decode %s: %w", a.name, err)
		}
	}
	m := &maxent{labels: labels, index: make(map[string][]labelWeight, len(mapping)/len(labels)+1), words: setOf(words...)}
	for _, l := range labels {
		m.history = append(m.history, strings.Split(l, "-")[0])
	}
	for key, w := range mapping {
		if w < 0 || w >= len(weights) {
			continue
		}
		// key is feature-value-label; values may hold hyphens themselves.
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
		m.index[fv] = append(m.index[fv], labelWeight{li, weights[w]})
	}
	return m, nil
}

// nerToken is a token as prose's tagger leaves it: text and part of speech.
type nerToken struct{ text, tag string }

// classify returns the label of each token, exactly as prose's
// entityExtracter.classify would.
func (m *maxent) classify(toks []nerToken) []string {
	out := make([]string, len(toks))
	scores := make([]float64, len(m.labels))
	shapes := make([]string, len(toks))
	for i, t := range toks {
		shapes[i] = proseShape(t.text)
	}
	var buf []byte
	for i, t := range toks {
		for k := range scores {
			scores[k] = 0
		}
		lower := strings.ToLower(t.text)
		prevtag, prevword, prevpos, prevShape := "None", "None", "None", "None"
		if i > 0 {
			prevword = strings.ToLower(toks[i-1].text)
			prevpos = toks[i-1].tag
			prevtag = m.historyOf(out[i-1])
			if i > 1 {
				// prose leaves the shape of the previous word out for the
				// second token; so must we.
				prevShape = shapes[i-1]
			}
		}
		nextword, nextpos := "None", "None"
		if i < len(toks)-1 {
			nextword = strings.ToLower(toks[i+1].text)
			nextpos = strings.ToLower(toks[i+1].tag)
		}
		basic := "False"
		if m.words[t.text] {
			basic = "True"
		}
		values := [...]string{
			"True", basic, nextpos, nextword, t.tag, t.tag + "+" + prevtag,
			strings.ToLower(t.text[:min(len(t.text), 3)]), prevpos, prevtag, prevword, shapes[i], prevShape + "+" + prevtag,
			strings.ToLower(t.text[len(t.text)-min(len(t.text), 3):]), t.text, lower + "+" + nextpos, lower, strconv.Itoa(len(t.text)),
		}
		for f, v := range values {
			buf = append(append(append(buf[:0], maxentFeatures[f]...), '-'), v...)
			for _, lw := range m.index[string(buf)] {
				scores[lw.label] += lw.weight
			}
		}
		best := 0
		for k := range scores {
			if scores[k] > scores[best] {
				best = k
			}
		}
		out[i] = m.labels[best]
	}
	return out
}

func (m *maxent) historyOf(label string) string {
	for i, l := range m.labels {
		if l == label {
			return m.history[i]
		}
	}
	return "O"
}

var (
	trailingNonWord = regexp.MustCompile(`\W+$`)
	trailingWord    = regexp.MustCompile(`\w+$`)
)

// proseShape is prose's word shape feature.
func proseShape(word string) string {
	if _, err := strconv.ParseFloat(word, 64); err == nil {
		return "number"
	}
	if trailingNonWord.MatchString(word) {
		return "punct"
	}
	if trailingWord.MatchString(word) {
		if strings.ToLower(word) == word {
			return "downcase"
		}
		if asciiTitle(word) == word {
			return "upcase"
		}
		return "mixedcase"
	}
	return "other"
}

// asciiTitle is strings.Title (deprecated, which prose uses): the first
// letter of each word upper-cased, words separated as strings.Title does.
func asciiTitle(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		sep := titleSeparator(prev)
		prev = r
		if sep {
			return toTitle(r)
		}
		return r
	}, s)
}

// titleSeparator is strings.Title's notion of a word separator.
func titleSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

func toTitle(r rune) rune { return unicode.ToTitle(r) }
