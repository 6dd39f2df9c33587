package annotate

import (
	"reflect"
	"testing"
)

// The table cases of the phrase rule of things22b.go, on sentences written
// for the test (a real maker of the gazetteer, invented models).
func init() {
	ruleCases[ruleMakerModelCode] = []ruleCase{
		{text: "The carrier flies Chevrolet 929s on the route.", phrase: "Chevrolet", want: []string{"other:Chevrolet 929s"}},
		{text: "The carrier flies Chevrolet Q7s on the route.", phrase: "Chevrolet", want: []string{"other:Chevrolet Q7s"}},
		{text: "The laptop has a Chevrolet k5 chip inside.", phrase: "Chevrolet", want: []string{"other:Chevrolet k5"}},
		{text: "The laptop has a Chevrolet k5 2417x Pro inside.", phrase: "Chevrolet", want: []string{"other:Chevrolet k5 2417x Pro"}},
		// A decade, a resolution, a number with no letter: left to the other rules.
		{text: "Chevrolet 1990s sales were slow.", phrase: "Chevrolet"},
		{text: "Chevrolet 1080p screens are cheap.", phrase: "Chevrolet"},
		{text: "Chevrolet 929 is a jet.", phrase: "Chevrolet"},
	}
}

// TestLowerModelCode checks the codes a model is written with in lower
// case or the plural, and the words that look like them and are none.
func TestLowerModelCode(t *testing.T) {
	for w, want := range map[string]bool{
		"i7": true, "m2": true, "q12": true, "4790k": true, "5800x": true, "929s": true, "Q7s": true, "A380s": true,
		"1990s": false, "80s": false, "1080p": false, "4k": false, "7": false, "i": false, "60fps": false, "16gb": false, "PCs": false, "9s": false,
	} {
		if got := lowerModelCode(w); got != want {
			t.Errorf("lowerModelCode(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestThings22b: what Suggest makes of a maker's product with its model's
// codes and edition words after it.
func TestThings22b(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"My rig runs a Bridgestone Quux i7 4790k CPU at night.", []string{"other:Bridgestone Quux i7 4790k"}},
		{"The desk holds a Bridgestone Quux 7 5800H and a lamp.", []string{"other:Bridgestone Quux 7 5800H"}},
		{"The Bridgestone Quux 2 million sold out.", []string{"other:Bridgestone Quux 2"}},
	} {
		if got := suggested(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
