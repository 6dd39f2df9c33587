package annotate

import "testing"

func TestDiagNer16(t *testing.T) {
	tune := loadGold(t, tunePart)
	first, rest := tune[:len(tune)/2], tune[len(tune)/2:]
	learned := replayCorrections(first)
	t.Logf("known %d rejected %d", len(learned.Known), len(learned.Rejected))
	for _, d := range rest {
		cold := Suggest(d.Text, nil)
		after := SuggestLearned(d.Text, learned)
		type k struct{ s, e int; ty EntityType }
		cs := map[k]bool{}
		for _, s := range cold { cs[k{s.Selector.Start, s.Selector.End, s.Type}] = true }
		known, diff := 0, 0
		as := map[k]bool{}
		for _, s := range after {
			as[k{s.Selector.Start, s.Selector.End, s.Type}] = true
			if s.EntityID != 0 { known++ }
			if !cs[k{s.Selector.Start, s.Selector.End, s.Type}] { diff++; t.Logf("%s: new %s %q", d.Name, s.Type, s.Selector.Exact) }
		}
		for x := range cs { if !as[x] { diff++; t.Logf("%s: lost %s %q", d.Name, x.ty, []rune(d.Text)[x.s:x.e]) } }
		t.Logf("%s: %d suggestions, %d of known entities, %d differ", d.Name, len(after), known, diff)
	}
}
