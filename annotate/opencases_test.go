package annotate

import (
	"reflect"
	"testing"
)

// The table cases of the reviewer's open cases of the thirteenth rounds
// (ner18l), on sentences written for the test (no name of a gold article).
func init() {
	add := func(rule string, cs ...ruleCase) { ruleCases[rule] = append(ruleCases[rule], cs...) }
	add(ruleShortFormOfOrganization,
		ruleCase{text: "Bankers Quux Co. The Fed cut rates.", phrase: "Fed", want: []string{"organization:Fed"}},
		ruleCase{text: "Officials said the Fed cut rates.", phrase: "Fed", want: []string{"organization:Fed"}},
		ruleCase{text: "He left Britain on Monday.", phrase: "Britain"},
		ruleCase{text: "The UN met.", phrase: "UN"})
	add("split inside at of or a cue word",
		ruleCase{text: "Quux Care Solutions Europe and Varrow Group signed.", phrase: "Quux Care Solutions Europe and Varrow Group", at: "Solutions",
			want: []string{"organization:Quux Care Solutions Europe", "organization:Varrow Group"}},
		ruleCase{text: "Quux Care Solutions Europe said it would hire.", phrase: "Quux Care Solutions Europe", at: "Solutions",
			want: []string{"organization:Quux Care Solutions Europe"}},
		ruleCase{text: "He read the Varrow Bank Africa report.", phrase: "Varrow Bank Africa", at: "Bank",
			want: []string{"organization:Varrow Bank", "place:Africa"}},
		ruleCase{text: "The Varrow Bank Asia office opened.", phrase: "Varrow Bank Asia", at: "Bank",
			want: []string{"organization:Varrow Bank", "place:Asia"}})
	add(ruleSpeechInTitleCase,
		ruleCase{text: "He said: “We Will Beat London.”", phrase: "We Will Beat London", want: []string{"place:London"}},
		ruleCase{text: "“They May Leave Paris,” he said.", phrase: "May Leave Paris", want: []string{"place:Paris"}},
		ruleCase{text: "She met Will Quillan in Paris.", phrase: "Will Quillan", left: "Will Quillan"},
		ruleCase{text: "Ann and Will Quillan met.", phrase: "Will Quillan", left: "Will Quillan"})
	add(ruleProductTrademark,
		ruleCase{text: "Brelco® announced results on Monday.", phrase: "Brelco", want: []string{"organization:Brelco"}},
		ruleCase{text: "Quillo Sense® hired a chief.", phrase: "Quillo Sense", want: []string{"organization:Quillo Sense"}},
		ruleCase{text: "Users love Quillo Sense® for its speed.", phrase: "Quillo Sense", want: []string{"other:Quillo Sense"}})
	add("a law or award by its last word",
		ruleCase{text: "The Big Deal store closed on Monday.", phrase: "Big Deal"},
		ruleCase{text: "The Big Deal: How Quux Won", phrase: "Big Deal"},
		ruleCase{text: "He read The Art of the Deal twice.", phrase: "Art of the Deal"},
		ruleCase{text: "Roosevelt signed the New Deal into law.", phrase: "New Deal", want: []string{"other:New Deal"}},
		ruleCase{text: "Lawmakers passed the Quillan Deal on Friday.", phrase: "Quillan Deal", want: []string{"other:Quillan Deal"}},
		ruleCase{text: "Shoppers queued for the Quillan Deal on Friday.", phrase: "Quillan Deal"})
}

// TestReviewerOpenCases runs the reviewer's open cases through Suggest
// whole, as a person sees them.
func TestReviewerOpenCases(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Bankers Quux Co. The Fed cut rates on Tuesday.", []string{"organization:Bankers Quux Co.", "organization:Fed=Federal Reserve"}},
		{"The Fed cut rates on Tuesday.", []string{"organization:Fed=Federal Reserve"}},
		{"Analysts said the Varrow Bank Africa report was late.", []string{"organization:Varrow Bank", "place:Africa"}},
		{"Quux Care Solutions Europe and Varrow Group signed a deal.", []string{"organization:Quux Care Solutions Europe", "organization:Varrow Group"}},
		{"“We Will Win,” the mayor told reporters.", nil},
		{"I May Destroy You is a series.", nil},
		{"“You Can Wait,” she said.", nil},
		{"Brelco® announced results on Monday.", []string{"organization:Brelco"}},
		{"The Big Deal store closed on Monday.", nil},
		{"He read The Art of the Deal twice.", nil},
	}
	for _, tt := range tests {
		if got := describe(Suggest(tt.text, nil)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Suggest(%q)\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
