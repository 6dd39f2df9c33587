package annotate

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
)

// maxent is prose's named-entity classifier (a binary maximum-entropy model
// over 17 features of a token and its neighbours, with the labels of the
// tokens before it as history), evaluated from prose's own embedded weights
// but about ten times faster: prose builds and looks up one string key per
// feature and label, and searches its word list linearly, for every token;
// here the weights are indexed by feature (see weightTable), and the
// features of a word alone are scored once per distinct word, so a token
// costs nine map look-ups. TestMaxentMatchesProse checks that the labels
// are prose's own.
type maxent struct {
	labels  []string
	history []string // prose's simplePOS of each label: "B", "I" or "O"
	index   weights
	words   map[string]bool
}

// loadMaxent reads the classifier's weights from the binary (see
// weightTable) and prose's list of common words.
func loadMaxent() (*maxent, error) {
	t, err := parseWeightTable(nerWeights)
	if err != nil {
		return nil, fmt.Errorf("load the classifier's weights: %w", err)
	}
	var words []string
	if err := decodeAsset("model/Maxent/words.gob", &words); err != nil {
		return nil, err
	}
	m := &maxent{labels: t.names, index: t, words: setOf(words...)}
	for _, l := range m.labels {
		m.history = append(m.history, strings.Split(l, "-")[0])
	}
	return m, nil
}

// decodeAsset decodes one of prose's embedded gob files into v.
func decodeAsset(name string, v any) error {
	b, err := prose.Asset(name)
	if err != nil {
		return fmt.Errorf("load %s: %w", name, err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("decode %s: %w", name, err)
	}
	return nil
}

// weights are a model's weights by feature: a weightTable, or in tests
// the maps prose's files decode to.
type weights interface {
	add(scores []float64, present []bool, key []byte)
}

// wordScores are the label scores of a word's own features, and its shape.
type wordScores struct {
	scores []float64
	shape  string
}

// farFromCapitals marks the tokens that neither begin with a capital
// letter nor stand next to one that does. Margin reads the recogniser's
// labels only on capitalised phrases, with their connectors ("of" in "Bank
// of England"), all of which begin with or stand next to a capital; a
// token farther off is labelled "O", which it almost always is, and the
// classifier, about a third of the time Suggest takes, skips most of a
// text's tokens.
func farFromCapitals(words []string) []bool {
	capital := func(i int) bool {
		if i < 0 || i >= len(words) || words[i] == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(words[i])
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	skip := make([]bool, len(words))
	for i := range words {
		skip[i] = !capital(i-1) && !capital(i) && !capital(i+1)
	}
	return skip
}

// nerToken is a token as prose's tagger leaves it: text and part of speech.
type nerToken struct{ text, tag string }

// classify returns the label of each token, exactly as prose's
// entityExtracter.classify would. The features of a word alone (its text,
// case, shape, affixes, length) are scored once per distinct word; only the
// features of its neighbours are looked up per token.
//
// cache holds those per-word scores; pass the same one for the blocks of a
// text (from one goroutine), or nil.
//
// A token marked in skip (skip may be nil) is labelled "O" without being
// classified; see farFromCapitals.
func (m *maxent) classify(toks []nerToken, cache map[string]*wordScores, skip []bool) []string {
	out := make([]string, len(toks))
	type local = wordScores
	locals := cache
	if locals == nil {
		locals = make(map[string]*local)
	}
	var buf []byte
	lookup := func(scores []float64, feature string, parts ...string) {
		buf = append(append(buf[:0], feature...), '-')
		for i, p := range parts {
			if i > 0 {
				buf = append(buf, '+')
			}
			buf = append(buf, p...)
		}
		m.index.add(scores, nil, buf)
	}
	localOf := func(word string) *local {
		if l, ok := locals[word]; ok {
			return l
		}
		l := &local{scores: make([]float64, len(m.labels)), shape: proseShape(word)}
		basic := "False"
		if m.words[word] {
			basic = "True"
		}
		lookup(l.scores, "bias", "True")
		lookup(l.scores, "en-wordlist", basic)
		lookup(l.scores, "prefix3", strings.ToLower(word[:min(len(word), 3)]))
		lookup(l.scores, "shape", l.shape)
		lookup(l.scores, "suffix3", strings.ToLower(word[len(word)-min(len(word), 3):]))
		lookup(l.scores, "word", word)
		lookup(l.scores, "word.lower", strings.ToLower(word))
		lookup(l.scores, "wordlen", strconv.Itoa(len(word)))
		locals[word] = l
		return l
	}
	scores := make([]float64, len(m.labels))
	for i, t := range toks {
		if skip != nil && skip[i] {
			out[i] = "O"
			continue
		}
		l := localOf(t.text)
		copy(scores, l.scores)
		prevtag, prevword, prevpos, prevShape := "None", "None", "None", "None"
		if i > 0 {
			prevword = strings.ToLower(toks[i-1].text)
			prevpos = toks[i-1].tag
			prevtag = m.historyOf(out[i-1])
			if i > 1 {
				// prose leaves the shape of the previous word out for the
				// second token; so must we.
				if l, ok := locals[toks[i-1].text]; ok {
					prevShape = l.shape
				} else {
					// A skipped word's scores are not needed, only its shape.
					prevShape = proseShape(toks[i-1].text)
				}
			}
		}
		nextword, nextpos := "None", "None"
		if i < len(toks)-1 {
			nextword = strings.ToLower(toks[i+1].text)
			nextpos = strings.ToLower(toks[i+1].tag)
		}
		lookup(scores, "nextpos", nextpos)
		lookup(scores, "nextword", nextword)
		lookup(scores, "pos", t.tag)
		lookup(scores, "pos+prevtag", t.tag, prevtag)
		lookup(scores, "prevpos", prevpos)
		lookup(scores, "prevtag", prevtag)
		lookup(scores, "prevword", prevword)
		lookup(scores, "shape+prevtag", prevShape, prevtag)
		lookup(scores, "word+nextpos", strings.ToLower(t.text), nextpos)
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

// proseShape is prose's word shape feature.
func proseShape(word string) string {
	if mayBeNumber(word) {
		if _, err := strconv.ParseFloat(word, 64); err == nil {
			return "number"
		}
	}
	if word == "" {
		return "other"
	}
	// prose matches `\W+$` and then `\w+$`: whether the last rune is an
	// ASCII word character decides.
	last, _ := utf8.DecodeLastRuneInString(word)
	if !(last < utf8.RuneSelf && (last == '_' || '0' <= last && last <= '9' || 'a' <= last && last <= 'z' || 'A' <= last && last <= 'Z')) {
		return "punct"
	}
	if strings.ToLower(word) == word {
		return "downcase"
	}
	if asciiTitle(word) == word {
		return "upcase"
	}
	return "mixedcase"
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

// mayBeNumber reports whether word could parse as a float: it holds a
// digit, or spells an infinity or NaN. It spares ParseFloat (and its error)
// for ordinary words.
func mayBeNumber(word string) bool {
	for i := 0; i < len(word); i++ {
		if word[i] >= '0' && word[i] <= '9' {
			return true
		}
	}
	l := strings.ToLower(strings.TrimLeft(word, "+-"))
	return l == "inf" || l == "infinity" || l == "nan"
}
