package annotate

import (
	"reflect"
	"strings"
	"testing"
)

// The table cases of the rules of productcues.go, on sentences written
// for the test (no name of a gold article).
func init() {
	ruleCases["a law or award by its last word"] = append(ruleCases["a law or award by its last word"],
		ruleCase{text: "He cited the Emoluments Clause again.", phrase: "Emoluments Clause", want: []string{"other:Emoluments Clause"}},
		ruleCase{text: "Democrats pushed the Green New Deal.", phrase: "Green New Deal", want: []string{"other:Green New Deal"}},
		ruleCase{text: "Jonas Deal, the governor, spoke.", phrase: "Jonas Deal"},
		ruleCase{text: "He cited the Quincy Doctrine again.", phrase: "Quincy Doctrine", want: []string{"other:Quincy Doctrine"}})
	ruleCases["a team named in the plural"] = append(ruleCases["a team named in the plural"],
		ruleCase{text: "The Quillaris program continues.", phrase: "Quillaris"})
	ruleCases["a device or edition by its last word"] = append(ruleCases["a device or edition by its last word"],
		ruleCase{text: "The James Quux Space Telescope will launch.", phrase: "James Quux Space Telescope", want: []string{"other:James Quux Space Telescope"}},
		ruleCase{text: "This Minnie Mouse outfit is cute.", phrase: "Minnie Mouse"})
	ruleCases["a product before a product noun"] = append(ruleCases["a product before a product noun"],
		ruleCase{text: "Users of the Quillox service waited.", phrase: "Quillox", want: []string{"other:Quillox"}},
		ruleCase{text: "He asked the Varrowa assistant.", phrase: "Varrowa", want: []string{"other:Varrowa"}},
		ruleCase{text: "He praised the Google service.", phrase: "Google"})
	ruleCases[ruleProductAppositive] = []ruleCase{
		{text: "The tech giant's game streaming service, Quillo, launched on Tuesday.", phrase: "Quillo", want: []string{"other:Quillo"}},
		{text: "It pulled its anti-nausea drug, Varrowex, off the market.", phrase: "Varrowex", want: []string{"other:Varrowex"}},
		{text: "The firm's new phone, Zorbly 5 Pro, ships in May.", phrase: "Zorbly", want: []string{"other:Zorbly 5 Pro"}},
		{text: "Quillo Sense, the company's patented ranking algorithm, orders posts.", phrase: "Quillo Sense", want: []string{"other:Quillo Sense"}},
		{text: "Quillo Sense®, the company's patented ranking algorithm, orders posts.", phrase: "Quillo Sense", want: []string{"other:Quillo Sense"}},
		{text: "Zorbly Dot, a smart speaker, costs $50.", phrase: "Zorbly Dot", want: []string{"other:Zorbly Dot"}},
		{text: "Its chief, Ann Smith, spoke.", phrase: "Ann Smith"},
		{text: "Asked about the app, Johnson, who runs it, said no.", phrase: "Johnson"},
		{text: "The new service, Google, was slow.", phrase: "Google"},
		{text: "He studied the service, Paris, and London.", phrase: "Paris"},
		{text: "Varrow Quux, the app store of the firm, opened.", phrase: "Varrow Quux"},
		{text: "Cloud services, Zorbly and others grew.", phrase: "Zorbly"},
		{text: "Ann Smith, the platform's founder, spoke.", phrase: "Ann Smith"},
	}
	ruleCases[ruleProductTrademark] = []ruleCase{
		{text: "The Zorbly Sense® engine ranks posts.", phrase: "Zorbly Sense", want: []string{"other:Zorbly Sense"}},
		{text: "Buy Quux Relay™ now.", phrase: "Quux Relay", want: []string{"other:Quux Relay"}},
		{text: "Google® sells ads.", phrase: "Google"},
		{text: "Brelco Systems® makes alarms.", phrase: "Brelco Systems"},
		{text: "Zorbly Sense makes alarms.", phrase: "Zorbly Sense"},
	}
	ruleCases[ruleProductAfterKind] = []ruleCase{
		{text: "He plays on the game streaming service Quillox at home.", phrase: "Quillox", want: []string{"other:Quillox"}},
		{text: "It pulled the anti-nausea drug Varrowex in 1983.", phrase: "Varrowex", want: []string{"other:Varrowex"}},
		{text: "Its lunar lander Zorbly Ghost will fly.", phrase: "Zorbly Ghost", want: []string{"other:Zorbly Ghost"}},
		{text: "The firm's new phone Zorbly 5 goes on sale.", phrase: "Zorbly", want: []string{"other:Zorbly 5"}},
		{text: "She chats on the app Signal.", phrase: "Signal"},
		{text: "He left the phone Ann Smith gave him.", phrase: "Ann Smith"},
		{text: "It is the platform Google built.", phrase: "Google"},
		{text: "He met the model Varrowa Quux.", phrase: "Varrowa Quux"},
		{text: "Rivals sell phones. Quillo phones sell.", phrase: "Quillo"},
	}
	ruleCases[ruleProductByItsParts] = []ruleCase{
		{text: "The Quillox's battery lasts a day.", phrase: "Quillox", want: []string{"other:Quillox"}},
		{text: "I like the Varrowfone 5 Pro's triple camera.", phrase: "Varrowfone", want: []string{"other:Varrowfone 5 Pro"}},
		{text: "Users praised the Zorblyx's bright display.", phrase: "Zorblyx", want: []string{"other:Zorblyx"}},
		{text: "Quux's engines failed.", phrase: "Quux"},
		{text: "The Kremlin's engine room hummed.", phrase: "Kremlin"},
		{text: "The Quillox's chief spoke.", phrase: "Quillox"},
	}
	ruleCases[ruleThingOfWordNet] = []ruleCase{
		{text: "He took Tylenol for the pain.", phrase: "Tylenol", want: []string{"other:Tylenol"}},
		{text: "Seniors rely on Medicare.", phrase: "Medicare", want: []string{"other:Medicare"}},
		{text: "Cuts to Medicaid and the Marshall Plan were debated.", phrase: "Marshall Plan", want: []string{"other:Marshall Plan"}},
		{text: "She asked for his Social Security number.", phrase: "Social Security"},
		{text: "He won an Oscar.", phrase: "Oscar"},
		{text: "The soldiers carried a Kalashnikov.", phrase: "Kalashnikov", want: []string{"other:Kalashnikov"}},
		{text: "Ann Xanax spoke. Xanax said so.", phrase: "Xanax", prior: "Ann Xanax"},
		{text: "Shares of Google rose.", phrase: "Google"},
	}
	ruleCases[ruleProductPossessive] = []ruleCase{
		{text: "Users of Google's Zorblyx complained.", phrase: "Zorblyx", prior: "Google", want: []string{"other:Zorblyx"}},
		{text: "Users of Google's Quillo complained.", phrase: "Quillo", prior: "Google"}, // a town
		{text: "It ran on Brelco Inc.'s Varrowware system.", phrase: "Varrowware", prior: "Brelco Inc.", want: []string{"other:Varrowware"}},
		{text: "She tried Logitech's QX Keys keyboard.", phrase: "QX Keys", prior: "Logitech", want: []string{"other:QX Keys"}},
		{text: "Google's Ann Smith said so.", phrase: "Ann Smith", prior: "Google"},
		{text: "Google's London office grew.", phrase: "London", prior: "Google"},
		{text: "Google's Quillo division grew.", phrase: "Quillo", prior: "Google"},
		{text: "Amazon's Alexa answered.", phrase: "Alexa", prior: "Amazon"},
		{text: "Google's Echo answered.", phrase: "Echo", prior: "Google"},
		{text: "Sony's QS5 sold out.", phrase: "QS5", prior: "Sony", want: []string{"other:QS5"}},
		{text: "Sony's HR staff left.", phrase: "HR", prior: "Sony"},
		{text: "Google's Q3 earnings beat forecasts.", phrase: "Q3", prior: "Google"},
		{text: "NASA's Quillo mission flew.", phrase: "Quillo", prior: "NASA"},
		{text: "The Varrow Healthcare Authority's Quillo Prevention campaign ran.", phrase: "Quillo Prevention", prior: "Varrow Healthcare Authority"},
		{text: "The Quux Bar Association's House of Delegates voted.", phrase: "House of Delegates", prior: "Quux Bar Association"},
		{text: "Google's Zorbly Labs grew.", phrase: "Zorbly Labs", prior: "Google"},
		{text: "Ann Quux's Varrow won.", phrase: "Varrow", prior: "Ann Quux"},
	}
}

// TestProductsThroughout checks that a product read by the words around
// one mention is that product at its other mentions, and where it is not.
func TestProductsThroughout(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a product's other mentions, over a place noun and where no phrase held it",
			"The firm's game streaming service, Quillo, launched. The Quillo port runs well. While Quillo users wait, Quillo grows.",
			[]string{"other:Quillo", "other:Quillo", "other:Quillo", "other:Quillo"}},
		{"a product named without its edition words",
			"Those on the Varrowcast Ultra see 30fps. While Varrowcast users enjoy it, others do not.",
			[]string{"other:Varrowcast Ultra", "other:Varrowcast"}},
		{"a brand's model with its tiers", "He uses a zPhone 11 Pro Max daily.", []string{"other:zPhone 11 Pro Max"}},
		{"a name the words around another mention make a company is not spread",
			"Quillex cars sell well. Quillex, which makes cars, reported revenue of $5 billion.",
			[]string{"other:Quillex", "organization:Quillex"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(Suggest(tt.text, nil)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Suggest(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestProductsListedAfterKind checks the names listed after a plural word
// for a kind of product.
func TestProductsListedAfterKind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"apps listed after such as", "She uses apps such as Quillo Notes, Zorblyx and Varrowcast daily.",
			[]string{"other:Quillo Notes", "other:Zorblyx", "other:Varrowcast"}},
		{"a company ends the list", "It sells services like HBO and Quillo Plus.", []string{"organization:HBO", "other:Quillo Plus"}},
		{"an English word ends the list", "He uses tools like Slack and Zorblyx.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			for _, s := range Suggest(tt.text, nil) {
				if s.Type == Other {
					got = append(got, string(s.Type)+":"+s.Selector.Exact)
				}
			}
			want := []string{}
			for _, w := range tt.want {
				if strings.HasPrefix(w, "other:") {
					want = append(want, w)
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Suggest(%q): other %q, want %q", tt.text, got, want)
			}
		})
	}
}

// TestIndexAfterItsExchange checks an index named with its exchange.
func TestIndexAfterItsExchange(t *testing.T) {
	for text, want := range map[string][]string{
		"In Mumbai, the BSE Sensex rose 0.5 percent.":    {"place:Mumbai", "other:BSE Sensex"},
		"The S&P BSE Sensex fell 1 percent on Monday.":   {"other:S&P BSE Sensex"},
		"Taiwan's Taiex fell 2 percent.":                 {"place:Taiwan", "other:Taiex"},
		"Shares of Quux BSE Sensex Fund rose 2 percent.": nil,
	} {
		got := describe(Suggest(text, nil))
		if want == nil {
			for _, g := range got {
				if strings.HasPrefix(g, "other:") {
					t.Errorf("Suggest(%q) = %q, want no index", text, got)
				}
			}
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Suggest(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestSeriesOf(t *testing.T) {
	for name, want := range map[string]string{
		"Varrowcast Ultra": "Varrowcast",
		"Quux Note 10 Pro": "Quux Note",
		"Varrowcast":       "",
		"Surface Pro":      "",
		"S&P 500":          "",
		"Google Pixel":     "",
		"Boeing 787":       "",
		"Galaxy Quillo 5":  "Galaxy Quillo",
		"QXB 9":            "",
	} {
		if got := seriesOf(name); got != want {
			t.Errorf("seriesOf(%q) = %q, want %q", name, got, want)
		}
	}
}
