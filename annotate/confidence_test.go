package annotate

import (
	"reflect"
	"testing"
)

// TestLikelyNamesKeepsOrLeavesOutANameWhole checks that a name with its
// type is kept at every mention where one of them scores dropScore or
// more, and left out at every mention otherwise.
func TestLikelyNamesKeepsOrLeavesOutANameWhole(t *testing.T) {
	text := []rune("Quux met Quux in Zed. Quux left.")
	cands := []candidate{
		{start: 0, end: 4, typ: Organization},
		{start: 9, end: 13, typ: Organization},
		{start: 17, end: 20, typ: Place},
		{start: 22, end: 26, typ: Person},
	}
	scores := []float64{dropScore - 0.1, dropScore + 0.1, dropScore - 0.01, dropScore - 0.2}
	got := likelyNames(text, cands, scores)
	want := []bool{true, true, false, false}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("likelyNames = %v, want %v (an organisation with one likely mention kept whole; an unlikely place and a person of the organisation's name left out)", got, want)
	}
}

// TestSuggestLeavesOutUnlikelyNames checks that Suggest leaves out a name
// the rules type but the type classifier rates unlikely at all its
// mentions, and keeps the others: a town read as a club at its first
// mention, and as a place where the text says "in".
func TestSuggestLeavesOutUnlikelyNames(t *testing.T) {
	text := "Burnley moved top of the league after a 2-0 win over Zorbly. Ann Wu scored twice. Zorbly fans were quiet in Burnley."
	found := describe(suggestFound(text))
	if want := []string{"organization:Burnley", "organization:Zorbly", "person:Ann Wu", "organization:Zorbly", "place:Burnley"}; !reflect.DeepEqual(found, want) {
		t.Fatalf("the rules find %q, want %q", found, want)
	}
	for _, s := range Suggest(text, nil) {
		if s.Score < dropScore {
			t.Errorf("Suggest kept %s:%s scoring %.3f, below %.2f", s.Type, s.Selector.Exact, s.Score, dropScore)
		}
	}
	if got, want := describe(Suggest(text, nil)), []string{"organization:Zorbly", "person:Ann Wu", "organization:Zorbly", "place:Burnley"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Suggest = %q, want %q", got, want)
	}
}
