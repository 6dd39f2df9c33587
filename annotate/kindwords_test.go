package annotate

import "testing"

// TestKindWords checks that kindWords writes each word once, with a class
// and a rule that reads it, and that each rule's set holds what its
// examples need and nothing of another form's role.
func TestKindWords(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range kindWords {
		if k.class == 0 {
			t.Errorf("%q/%q has no class", k.one, k.many)
		}
		for _, form := range []struct {
			w     string
			reads kindRole
		}{{k.one, k.oneReads}, {k.many, k.manyReads}} {
			if (form.w == "") != (form.reads == 0) {
				t.Errorf("%q/%q: a form and its roles go together", k.one, k.many)
			}
			if form.w == "" {
				continue
			}
			if seen[form.w] {
				t.Errorf("%q is written twice", form.w)
			}
			seen[form.w] = true
		}
	}
	for _, c := range []struct {
		set     map[string]bool
		in, out []string
		rule    string
	}{
		{productCueNouns, []string{"app", "crossover", "phones"}, []string{"phone", "probe", "product"}, "productCueNouns"},
		{craftCueNouns, []string{"rover", "phone", "cars"}, []string{"app", "phones"}, "craftCueNouns"},
		{programmeNouns, []string{"program", "mission"}, []string{"programs", "scheme"}, "programmeNouns"},
		{productKindNouns, []string{"service", "drug", "lander"}, []string{"apps", "products", "solution"}, "productKindNouns"},
		{productKindsPlural, []string{"apps", "drugs", "brands", "aircraft"}, []string{"app", "earbuds"}, "productKindsPlural"},
		{deviceWords, []string{"phone", "battery"}, []string{"browser", "consoles"}, "deviceWords"},
		{vehicleWords, []string{"sedan", "planes", "horsepower"}, []string{"sedans", "rocket"}, "vehicleWords"},
	} {
		for _, w := range c.in {
			if !c.set[w] {
				t.Errorf("%s lacks %q", c.rule, w)
			}
		}
		for _, w := range c.out {
			if c.set[w] {
				t.Errorf("%s holds %q", c.rule, w)
			}
		}
	}
	for w, typ := range map[string]EntityType{"solution": Other, "products": Other, "company": Organization, "village": Place} {
		if kindNouns[w] != typ {
			t.Errorf("kindNouns[%q] = %v, want %v", w, kindNouns[w], typ)
		}
	}
	if _, ok := kindNouns["pill"]; ok {
		t.Error(`kindNouns holds "pill", which no naming verb reads`)
	}
}
