package annotate

import (
	"errors"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	prose "github.com/jdkato/prose/v2"
)

// The recogniser is prose's (github.com/jdkato/prose/v2) averaged-perceptron
// part-of-speech tagger and maximum-entropy named-entity classifier, trained
// on OntoNotes-style labels (PERSON, GPE, ORG, ...). Its model is embedded
// in the module, so nothing is downloaded. Its weights are kept in the
// binary in a compact form built from prose's (see weightTable); it is
// loaded once, lazily, and reused. prose's own tokenizer
// splits the text; its tagger and classifier run through perceptron
// (tagger.go) and maxent (ner.go), which read prose's weights and give
// prose's tags and labels about ten times faster.
//
// prose was chosen because it is pure Go, MIT-licensed and embeds its
// model. The other Go recognisers found need more: github.com/sbl/ner wraps
// the MITIE C library through cgo and needs its model files installed;
// ONNX-based ones (DistilBERT NER) need the ONNX runtime and a model bundle
// downloaded at run time, which Margin's machines cannot do;
// github.com/bornholm/go-anon (a linear CRF) is GPL-3.0 and loads its model
// from a file.
//
// Measured on a 5,000-word article (2 cores): prose's own pipeline takes
// about 0.45 s per NewDocument just to decode its model unless the model is
// reused, and about 0.7 s of CPU to tag and classify the text even then
// (per token it builds and looks up a string key per feature and label, and
// searches a word list linearly). Run through perceptron and maxent the same
// model takes about 75 ms of CPU, spread over the cores by paragraph.
type recogniser struct {
	tagger *perceptron
	ner    *maxent
}

// The model is loaded on first use and released after IdleRelease without
// use. Its weights are read in place from the binary (see weightTable), so
// what it holds on the heap is small (ner_model_mb, 0.1 MB; it was 30 MB of
// maps) and loading it takes about 20 ms; releasing it drops prose's word
// lists, and lets the system reclaim the weights' pages.
var (
	modelMu     sync.Mutex                 // held while loading or releasing
	current     atomic.Pointer[recogniser] // the loaded model, or nil
	modelFailed bool                       // loading failed; not tried again
	lastUse     atomic.Int64               // unix nanoseconds of the last use
	idleTimer   *time.Timer
)

// IdleRelease is how long the recogniser stays loaded without use.
var IdleRelease = 5 * time.Minute

// Warm starts loading the entity recogniser in the background, so that the
// first Suggest does not wait for it. It returns at once.
func Warm() { go loadModel() }

// loadModel returns the recogniser, loading it if it is not loaded. prose
// panics if its embedded model cannot be decoded; that is turned into a
// logged error, and Suggest then works from its rules and known entities
// alone.
func loadModel() *recogniser {
	lastUse.Store(time.Now().UnixNano())
	if m := current.Load(); m != nil {
		return m
	}
	modelMu.Lock()
	defer modelMu.Unlock()
	if m := current.Load(); m != nil || modelFailed {
		return m
	}
	m := decodeModel()
	if m == nil {
		modelFailed = true
		return nil
	}
	current.Store(m)
	if idleTimer == nil {
		idleTimer = time.AfterFunc(IdleRelease, releaseIfIdle)
	} else {
		idleTimer.Reset(IdleRelease)
	}
	return m
}

// releaseIfIdle drops the model when it was not used for IdleRelease, and
// otherwise looks again when that much time will have passed.
func releaseIfIdle() {
	modelMu.Lock()
	defer modelMu.Unlock()
	idle := time.Since(time.Unix(0, lastUse.Load()))
	if idle < IdleRelease {
		idleTimer.Reset(IdleRelease - idle)
		return
	}
	current.Store(nil)
}

// decodeModel decodes prose's embedded tagger and classifier.
func decodeModel() (model *recogniser) {
	defer func() {
		if r := recover(); r != nil {
			slog.Error("annotate: loading the entity recogniser failed", "err", r)
			model = nil
		}
	}()
	var r recogniser
	var errs [2]error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); r.tagger, errs[0] = loadPerceptron() }()
	go func() { defer wg.Done(); r.ner, errs[1] = loadMaxent() }()
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		slog.Error("annotate: loading the entity recogniser failed", "err", err)
		return nil
	}
	return &r
}

// recognise runs the recogniser over text and returns, for each token, the
// entity label it gave ("PERSON", "GPE", ...), or "" for none. Blocks are
// tagged in parallel.
func recognise(text string, runes []rune, toks []token) (labels, tags []string) {
	labels = make([]string, len(toks))
	tags = make([]string, len(toks))
	m := loadModel()
	if m == nil || len(toks) == 0 {
		return labels, tags
	}
	// prose replaces curly quotes with straight ones before tokenising; do
	// the same, rune for rune, so its tokens can be found in the text.
	clean := []rune(quoteFolder.Replace(text))
	if len(clean) != len(runes) {
		clean = runes
	}
	blocks := splitBlocks(clean)

	type labelled struct {
		start, end int
		label, tag string
	}
	results := make([][]labelled, len(blocks))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cache := make(map[string]*wordScores)
			tagCache := m.tagger.newTagCache()
			defer m.tagger.releaseTagCache(tagCache)
			for bi := range next {
				b := blocks[bi]
				s := string(clean[b.start:b.end])
				doc, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
				if err != nil {
					continue
				}
				ptoks := doc.Tokens()
				words := make([]string, len(ptoks))
				for i, t := range ptoks {
					words[i] = t.Text
				}
				tags := m.tagger.tagWith(words, tagCache)
				ntoks := make([]nerToken, len(ptoks))
				for i, t := range ptoks {
					ntoks[i] = nerToken{t.Text, tags[i]}
				}
				plabels := m.ner.classify(ntoks, cache, farFromCapitals(words))
				idx := newRuneIndex(s)
				cursor := 0
				for ti, t := range ptoks {
					t.Label = plabels[ti]
					if t.Text == "" {
						continue
					}
					i := strings.Index(s[cursor:], t.Text)
					if i < 0 || i > 64 {
						continue
					}
					bs := cursor + i
					cursor = bs + len(t.Text)
					label := t.Label
					if label == "O" {
						label = ""
					}
					if k := strings.IndexByte(label, '-'); k >= 0 {
						label = label[k+1:]
					}
					results[bi] = append(results[bi], labelled{b.start + idx.rune(bs), b.start + idx.rune(cursor), label, tags[ti]})
				}
			}
		}()
	}
	for bi := range blocks {
		next <- bi
	}
	close(next)
	wg.Wait()

	// Give each token the label of the recogniser's token that overlaps it.
	ti := 0
	for _, res := range results {
		for _, l := range res {
			for ti < len(toks) && toks[ti].end <= l.start {
				ti++
			}
			for k := ti; k < len(toks) && toks[k].start < l.end; k++ {
				if l.label != "" {
					labels[k] = l.label
				}
				if tags[k] == "" {
					tags[k] = l.tag
				}
			}
		}
	}
	return labels, tags
}

// quoteFolder folds curly quotes as prose does, rune for rune.
var quoteFolder = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

// splitBlocks splits text at blank lines and returns the non-empty blocks.
func splitBlocks(runes []rune) []span {
	var out []span
	start := 0
	for i := 0; i <= len(runes); i++ {
		if i == len(runes) || (runes[i] == '\n' && i+1 < len(runes) && runes[i+1] == '\n') {
			if strings.TrimSpace(string(runes[start:i])) != "" {
				out = append(out, span{start, i})
			}
			start = i + 1
		}
	}
	return out
}

// entityType maps prose's labels onto Margin's types.
func entityType(label string) EntityType {
	switch label {
	case "":
		return ""
	case "PERSON":
		return Person
	case "GPE", "LOC", "LOCATION", "FAC", "FACILITY":
		return Place
	case "ORG", "ORGANIZATION", "NORP":
		return Organization
	case "EVENT":
		return Event
	case "WORK_OF_ART":
		return Work
	default:
		return Other
	}
}
