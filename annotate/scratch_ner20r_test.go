package annotate

import (
	"os"
	"testing"
)

func TestScratchNer20r(t *testing.T) {
	text := os.Getenv("NER_SCRATCH")
	if text == "" {
		t.Skip()
	}
	Suggest("Load.", nil)
	runes := []rune(text)
	toks := tokenize(runes)
	labels, tags := recognise(text, runes, toks)
	for i, tk := range toks {
		t.Logf("tok %q label=%s tag=%s start=%v", tk.text, labels[i], tags[i], tk.sentStart)
	}
	traceRules = func(rule, phrase string) { t.Logf("rule %q settled %q", rule, phrase) }
	defer func() { traceRules = nil }()
	for _, c := range findNames(runes, toks, labels, tags) {
		t.Logf("cand %q %s %s", string(runes[c.start:c.end]), c.typ, c.rule)
	}
}
