package annotate

import (
	"fmt"
	"regexp"
	"strings"
)

// perceptron is prose's averaged-perceptron part-of-speech tagger, run
// from prose's own weights but indexed by feature (see weightTable): prose
// builds a map of feature strings per token and walks a map of maps, which
// made tagging most of Suggest's time. TestTaggerMatchesProse checks that
// the tags are prose's own.
type perceptron struct {
	classes []string
	tagMap  map[string]string
	index   weights
}

// loadPerceptron reads the tagger's weights from the binary (see
// weightTable) and prose's table of words with a fixed tag.
func loadPerceptron() (*perceptron, error) {
	t, err := parseWeightTable(taggerWeights)
	if err != nil {
		return nil, fmt.Errorf("load the tagger's weights: %w", err)
	}
	p := &perceptron{classes: t.names, index: t}
	if err := decodeAsset("model/AveragedPerceptron/tags.gob", &p.tagMap); err != nil {
		return nil, err
	}
	return p, nil
}

// These are prose's special cases for tokens it does not tag by model. The
// link and e-mail patterns are github.com/mingrammer/commonregex's, which
// prose uses.
var (
	tagNone  = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	tagKeep  = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
	tagLink  = regexp.MustCompile(`(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`)
	tagEmail = regexp.MustCompile(`(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`)
)

// emoticons are tagged SYM, as prose does.
var emoticons = setOf("(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)", "(╯°□°）╯︵┻━┻",
	"-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()", ":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X",
	":-]", ":-o", ":-p", ":-x", ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o", ":o)", "=(",
	"=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:", "^___^", "o_0", "o_O", "o_o", "v_v", "xD",
	"xDD", "¯\\(ツ)/¯")

// tag returns the part of speech of each word, as prose's tagger would.
func (p *perceptron) tag(words []string) []string {
	out := make([]string, len(words))
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = taggerNormalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	scores := make([]float64, len(p.classes))
	present := make([]bool, len(p.classes))
	var buf []byte
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case emoticons[w]:
			tag = "SYM"
		case (strings.Contains(w, ".") && tagLink.MatchString(w)) || (strings.Contains(w, "@") && tagEmail.MatchString(w)) || strings.HasPrefix(w, "@"):
			tag = "NN"
		case w != "" && (w[0] == '0' || w[0] == '*') && tagNone.MatchString(w):
			tag = "-NONE-"
		case strings.HasPrefix(w, "-") && tagKeep.MatchString(w):
			tag = w
		default:
			if t, ok := p.tagMap[w]; ok {
				tag = t
				break
			}
			buf = p.score(ctx, i+2, w, p1, p2, scores, present, buf)
			best := -1
			for k := range scores {
				if present[k] && (best < 0 || scores[k] > scores[best]) {
					best = k
				}
			}
			if best >= 0 {
				tag = p.classes[best]
			}
		}
		out[i] = tag
		p2, p1 = p1, tag
	}
	return out
}

// score adds up the weights of word w's features at position c of ctx (the
// normalised words with two sentinels each side), after the tags p1 and p2,
// into scores, one per class, marking in present the classes any feature
// named. It returns buf, the scratch space for the features' keys.
func (p *perceptron) score(ctx []string, c int, w, p1, p2 string, scores []float64, present []bool, buf []byte) []byte {
	for k := range scores {
		scores[k], present[k] = 0, false
	}
	feature := func(parts ...string) {
		buf = buf[:0]
		for k, s := range parts {
			if k > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, s...)
		}
		p.index.add(scores, present, buf)
	}
	pref1 := ""
	if w != "" {
		pref1 = string(rune(w[0])) // prose converts the first byte, not rune
	}
	feature("bias")
	feature("i suffix", w[len(w)-min(len(w), 3):])
	feature("i pref1", pref1)
	feature("i-1 tag", p1)
	feature("i-2 tag", p2)
	feature("i tag+i-2 tag", p1, p2)
	feature("i word", ctx[c])
	feature("i-1 tag+i word", p1, ctx[c])
	feature("i-1 word", ctx[c-1])
	feature("i-1 suffix", ctx[c-1][len(ctx[c-1])-min(len(ctx[c-1]), 3):])
	feature("i-2 word", ctx[c-2])
	feature("i+1 word", ctx[c+1])
	feature("i+1 suffix", ctx[c+1][len(ctx[c+1])-min(len(ctx[c+1]), 3):])
	feature("i+2 word", ctx[c+2])
	return buf
}

// taggerNormalize is prose's normalisation of context words.
func taggerNormalize(word string) string {
	if word == "" {
		return word
	}
	first := word[:1]
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	}
	if len(word) == 4 && isInteger(word) {
		return "!YEAR"
	}
	if first[0] >= '0' && first[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isInteger reports whether strconv.Atoi would accept s (short strings
// only: no overflow check).
func isInteger(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
