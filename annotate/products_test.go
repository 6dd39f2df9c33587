package annotate

import (
	"reflect"
	"testing"
)

// TestSuggestProductsAsAClass checks the rules of products.go on
// sentences written for the test (no name of a gold article): a product
// known by the words around one mention, and its other mentions.
func TestSuggestProductsAsAClass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a product before a word for its kind, and its other mentions", "Users of the Vexlo browser saw a bug. Later Vexlo crashed again.",
			[]string{"other:Vexlo", "other:Vexlo"}},
		{"a car before its kind in capitals", "The Kia Varrow SUV won the award.", []string{"other:Kia Varrow"}},
		{"a company before a product's kind is its maker", "He read it on the Google app.", []string{"organization:Google"}},
		{"a product a launch verb takes", "Last week the firm unveiled the new Varrow Unlimited.", []string{"other:Varrow Unlimited"}},
		{"a person a club unveils is no product", "The club unveiled Kepa Varrowitz on Wednesday.", []string{"person:Kepa Varrowitz"}},
		{"a maker's model by its number and name", "The airline ordered 30 Boeing 787 Skyliners.", []string{"other:Boeing 787 Skyliners"}},
		{"a name given to a kind of thing, and its other mentions", "A startup called Zorbly raised money. Zorbly plans to hire.",
			[]string{"organization:Zorbly", "organization:Zorbly"}},
		{"a product named after its kind and a naming verb", "The new alarm solution called Quillo Watch collects data.",
			[]string{"other:Quillo Watch"}},
		{"a show someone appears on, and its other mentions", "She appeared on Dancing with the Quux in May. The Dancing with the Quux finale aired.",
			[]string{"work:Dancing with the Quux", "work:Dancing with the Quux"}},
		{"a show after a broadcaster's possessive", "He starred in HBO's Game of Quux last year.", []string{"organization:HBO", "work:Game of Quux"}},
		{"a news channel someone appears on is no show", "He appeared on Fox News on Monday.", []string{"organization:Fox News"}},
		{"a person of a network is no show", "NBC's Ann Wu said so.", []string{"organization:NBC", "person:Ann Wu"}},
		{"indexes named alone where the market moves", "The Dow fell 1.2% and Hong Kong's Hang Seng slipped.",
			[]string{"other:Dow", "place:Hong Kong", "other:Hang Seng"}},
		{"an exchange is no index", "Zorbly shares rose 5% after it listed on the Nasdaq.", []string{"organization:Zorbly", "organization:Nasdaq"}},
		{"an acronym typed a product by its kind is the product at its other mentions", "The car uses the new QXB platform. The QXB’s flexibility shows.",
			[]string{"other:QXB", "other:QXB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(Suggest(tt.text, nil)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Suggest(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
