package annotate

import (
	"strings"
	"testing"
)

func init() {
	ruleCases[ruleOccupationTitle] = []ruleCase{
		{text: "Investigator Ann Quillbrand wrote in the warrant.", phrase: "Investigator Ann Quillbrand", want: []string{"person:Ann Quillbrand"}},
		{text: "Oceanographer Quillbrand said the debris would float.", phrase: "Oceanographer Quillbrand", want: []string{"person:Quillbrand"}},
		{text: "Pathologist Ann van Quill spoke.", phrase: "Pathologist Ann van Quill", want: []string{"person:Ann van Quill"}},
		{text: "The Harbor Ann Quill opened.", phrase: "Harbor Ann Quill"},                         // a place's last word
		{text: "Developer Valve shipped it.", phrase: "Developer Valve"},                           // a word of the dictionary
		{text: "Investigator Quillbrand Plasma grew.", phrase: "Investigator Quillbrand Plasma"},   // no person's name
		{text: "Scooter Quillbrand spoke. Scooter Quillbrand left.", phrase: "Scooter Quillbrand"}, // written twice: a nickname
		{text: "Quillbrand Ann Quill spoke.", phrase: "Quillbrand Ann Quill"},                      // no occupation
	}
}

func TestInnerParticle(t *testing.T) {
	for _, tt := range []struct {
		text, phrase string
		want         bool
	}{
		{"He met Erik van Quillebe there.", "Erik van Quillebe", true},
		{"He met Ann van de Quill there.", "Ann van de Quill", true},
		{"He met Ann bin Quarry there.", "Ann bin Quarry", true},
		{"He met Ann of Quarry there.", "Ann of Quarry", false}, // no particle
		{"He met Ann van there.", "Ann van", false},             // nothing after it
	} {
		runes := []rune(tt.text)
		toks := tokenize(runes)
		f := finder{runes: runes, toks: toks, labels: make([]string, len(toks)), tags: make([]string, len(toks)), lowerWords: lowerWordsOf(toks)}
		words := strings.Fields(tt.phrase)
		a := 0
		for a < len(toks) && toks[a].text != words[0] {
			a++
		}
		b := a + len(words)
		if got := f.fullPersonName(a, b); got != tt.want {
			t.Errorf("fullPersonName(%q) = %v, want %v", tt.phrase, got, tt.want)
		}
	}
}
