package annotate

import "testing"

// The cases of phraseOfAnotherLanguage, run by TestPhraseRules with the
// other rules' cases. The sentences are invented.
func init() {
	ruleCases[rulePhraseOtherLanguage] = []ruleCase{
		{text: "Die Daten werden in der Klinik nicht mit dem Arzt und auch nicht mit der Kasse geteilt.", phrase: "Daten", want: []string{":Daten"}},
		{text: "Makanya dia datang ke kota dan tidak pulang, karena itu adalah yang terbaik dari dia dan untuk dia.", phrase: "Makanya", want: []string{":Makanya"}},
		// A given name and more inside a sentence is passed on.
		{text: "Yang datang ke kota adalah Emilia Renita dan dia tidak pulang, itu yang terbaik dari dia.", phrase: "Emilia Renita"},
		// English, and a list or a short clip, is left to the other rules.
		{text: "The data were shared with the clinic and the doctor.", phrase: "The"},
		{text: "Handschriftliche Dokumentationen.", phrase: "Handschriftliche Dokumentationen"},
		{text: "Results: Palm Bay 21, Rockledge 14; Titusville 7, Cocoa 3.", phrase: "Palm Bay"},
	}
	ruleCases[rulePersonAfterPM] = []ruleCase{
		{text: "Congress is angry. PM Modi thanks Trump for the tariff cut.", phrase: "Modi", want: []string{"person:Modi"}},
		{text: "UK PM Ann Varrow spoke on Friday.", phrase: "Ann Varrow", want: []string{"person:Ann Varrow"}},
		{text: "The talks start at 5 PM Eastern time.", phrase: "Eastern"},
		{text: "The talks start at 5:30 PM Monday.", phrase: "Monday"},
	}
}

func TestOtherLanguage(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits durch alle Branchen, und das ist nicht neu: sie wird auch die Medizin mit der Zeit und mit dem Patienten verändern.", true},
		{"Nesta página você terá sempre a classificação atualizada da NASCAR até a última corrida, com os pontos e as vitórias de cada piloto para que não perca nada.", true},
		{"Sebelum Islam pecah jadi Sunni dan Syiah, yang ada hanya Islam dan itu sudah sempurna untuk kita dan akan tetap begitu.", true},
		{"President Donald Trump said on Thursday that he will meet Vladimir Putin in Budapest, and that the talks would be productive for the region.", false},
		// A list of names and numbers, few function words of either.
		{"1 Kyle Busch 5040 5 1 17 27\n2 Martin Truex Jr. 5035 7 0 15 24\n3 Kevin Harvick 5033 4 6 15 26", false},
		// English quoting a phrase of another language.
		{"The motto of the fair, „Die Zukunft ist jetzt und für alle“, was printed on the walls of the hall, and visitors said it was the best of the year.", false},
	} {
		runes := []rune(c.text)
		f := &finder{runes: runes, toks: tokenize(runes)}
		if got := f.otherLanguage(); got != c.want {
			t.Errorf("otherLanguage(%.40q) = %v, want %v", c.text, got, c.want)
		}
	}
}
