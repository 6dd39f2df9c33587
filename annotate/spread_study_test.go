package annotate

import (
	"sort"
	"strings"
	"testing"
)

// candidatesBeforeResolve runs findNames' steps up to resolve and returns
// the finder and a copy of its candidates then, for a study of what
// resolve spreads.
func candidatesBeforeResolve(runes []rune, toks []token, labels, tags []string) (*finder, []candidate) {
	f := typedNames(runes, toks, labels, tags)
	return f, append([]candidate(nil), f.cands...)
}

// spreadEvidence names what typed c's name before resolve spread a type
// to c: each typed mention of the name, by its type ("!" where a rule,
// not a guess, typed it) and rule, and for an organisation's last word
// alone the names in full it comes from ("FULL ...").
func spreadEvidence(c candidate, before []candidate) []string {
	var ev []string
	for _, b := range before {
		if c.rule == ruleShortOrganization && b.typ == Organization && b.words > 1 && shortOrgName(b) == c.name {
			ev = append(ev, "FULL "+b.name+" ("+b.rule+")")
		}
		if b.name == c.name && b.typ != "" {
			fm := ""
			if b.firm {
				fm = "!"
			}
			ev = append(ev, string(b.typ)+fm+" "+b.rule)
		}
	}
	return ev
}

// TestSpreadStudy logs, for the suggestions resolve types by a name's
// other mentions (one type per name, a thing named again, an
// organisation's last word alone), the rules that typed the name's
// mentions before resolve, and whether the gold agrees: FA and half A
// each case; FB and half B only counted, by rule and verdict (a study,
// -v; it asserts nothing).
func TestSpreadStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	tune := loadGold(t, tunePart)
	fa, fb := freshHalves(tune)
	ha, hb := tuneHalves(tune)
	spread := setOf(ruleOneType, ruleThingAgain, ruleShortOrganization)
	for _, p := range []struct {
		name string
		docs []goldDoc
		show bool
	}{{"FA", fa, true}, {"A", ha, true}, {"FB", fb, false}, {"B", hb, false}} {
		var out []string
		for _, d := range p.docs {
			runes := []rune(d.Text)
			toks := tokenize(runes)
			labels, tags := recognise(d.Text, runes, toks)
			f, before := candidatesBeforeResolve(runes, toks, labels, tags)
			got := f.dropSentenceInitialThe(f.resolve())
			gold := goldTypes(d)
			for _, c := range got {
				if !spread[c.rule] {
					continue
				}
				ev := spreadEvidence(c, before)
				sort.Strings(ev)
				verdict := goldVerdict(gold, c)
				lo, hi := max(c.start-40, 0), min(c.end+40, len(runes))
				ctx := strings.ReplaceAll(string(runes[lo:hi]), "\n", " ")
				if !p.show {
					ctx = ""
				}
				out = append(out, c.rule+" | "+string(c.typ)+" "+c.name+" | "+verdict+" | "+strings.Join(ev, "; ")+" | "+d.Name+" | "+ctx)
			}
		}
		if !p.show {
			// A half that checks rules is counted only, by rule and
			// verdict: no case of it is logged.
			counted := map[string]int{}
			for _, l := range out {
				parts := strings.SplitN(l, " | ", 3)
				v := strings.SplitN(parts[2], " | ", 2)[0]
				counted[parts[0]+" | "+v]++
			}
			out = out[:0]
			for k, n := range counted {
				out = append(out, k+" | "+itoa(n))
			}
		}
		sort.Strings(out)
		for _, l := range out {
			t.Log(p.name + " " + l)
		}
	}
}

// TestHolidayStudy logs, on FA and half A, each mention of a holiday's
// word and what the gold and the suggestions say of it (a study, -v).
func TestHolidayStudy(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	for _, d := range faAndHalfA(loadGold(t, tunePart)) {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		got := map[int]string{}
		for _, c := range findNames(runes, toks, labels, tags) {
			got[c.start] = string(c.typ) + " " + c.name + " (" + c.rule + ")"
		}
		gold := map[int]string{}
		for _, e := range d.Entities {
			gold[e.Start] = string(e.Type) + " " + string(runes[e.Start:e.End])
		}
		for _, tk := range toks {
			if holidayWords[tk.text] && tk.text != "New" && tk.text != "National" && tk.text != "St." && tk.text != "Saint" || tk.text == "Halloween" || tk.text == "Hanukkah" || tk.text == "Ramadan" || tk.text == "Diwali" || tk.text == "Passover" {
				lo, hi := max(tk.start-30, 0), min(tk.end+30, len(runes))
				t.Logf("%s %s | gold %q | got %q | %s", d.Half, d.Name, gold[tk.start], got[tk.start], strings.ReplaceAll(string(runes[lo:hi]), "\n", " "))
			}
		}
	}
}

// TestSpreadUnannotated logs what resolve spreads on unannotated news,
// with the rules that typed the name before (a study, -v).
func TestSpreadUnannotated(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	spread := setOf(ruleOneType, ruleThingAgain, ruleShortOrganization)
	for _, x := range unannotatedTexts(t) {
		runes := []rune(x.Text)
		toks := tokenize(runes)
		labels, tags := recognise(x.Text, runes, toks)
		f, before := candidatesBeforeResolve(runes, toks, labels, tags)
		for _, c := range f.dropSentenceInitialThe(f.resolve()) {
			if !spread[c.rule] {
				continue
			}
			ev := map[string]int{}
			for _, e := range spreadEvidence(c, before) {
				ev[e]++
			}
			var evs []string
			for k, n := range ev {
				evs = append(evs, k+" x"+itoa(n))
			}
			sort.Strings(evs)
			lo, hi := max(c.start-35, 0), min(c.end+25, len(runes))
			t.Logf("%s | %s %s | %s | %s", c.rule, c.typ, c.name, strings.Join(evs, "; "), strings.ReplaceAll(string(runes[lo:c.start])+"["+string(runes[c.start:c.end])+"]"+string(runes[c.end:hi]), "\n", " "))
		}
	}
}

// TestFalseByRuleFA logs each wrong suggestion on FA and half A with the
// rule that typed it (a study, -v).
func TestFalseByRuleFA(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("a study: run with -v")
	}
	for _, d := range faAndHalfA(loadGold(t, tunePart)) {
		runes := []rune(d.Text)
		toks := tokenize(runes)
		labels, tags := recognise(d.Text, runes, toks)
		gold := goldTypes(d)
		for _, c := range findNames(runes, toks, labels, tags) {
			g, ok := gold[[2]int{c.start, c.end}]
			if ok && g == c.typ {
				continue
			}
			lo, hi := max(c.start-30, 0), min(c.end+20, len(runes))
			t.Logf("%s %s | %s %q | gold %s | %s | %s", d.Half, d.Name, c.typ, c.name, g, c.rule, strings.ReplaceAll(string(runes[lo:hi]), "\n", " "))
		}
	}
}
