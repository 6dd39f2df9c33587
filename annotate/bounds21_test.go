package annotate

// The table cases of the rules of bounds21.go, on sentences written for
// the test (no sentence of a gold article; the places are of the
// gazetteer, the other names invented).
func init() {
	ruleCases[ruleRegionByCompass] = []ruleCase{
		{text: "Snow fell across Northern Mongolia on Friday.", phrase: "Northern Mongolia", want: []string{"place:Northern Mongolia"}},
		{text: "The herds of West Siberia are thinning.", phrase: "West Siberia", want: []string{"place:West Siberia"}},
		{text: "Trains leave Central Siberia daily.", phrase: "Central Siberia", want: []string{"place:Central Siberia"}},
		{text: "Eastern Quillcorp shares rose.", phrase: "Eastern Quillcorp"},                        // no place after the word
		{text: "Rain in Western Siberia Quillworks fell.", phrase: "Western Siberia Quillworks"}, // the place and more
		{text: "Northern Varrow beat Southern Brelco 3-1.", phrase: "Northern Varrow"},
	}
}
