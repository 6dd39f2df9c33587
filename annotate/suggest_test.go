package annotate

import (
	"os"
	"strings"
	"testing"
)

const seedPath = "/work/shared/seed/indiablooms-trump-putin-budapest.txt"

// seedBody returns the article body of the seed page: from the title line
// through the last paragraph of the story.
func seedBody(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Skip("shared seed not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	const first, last = "Donald Trump plans to meet", "additional U.S. pressure."
	i, j := strings.Index(s, first), strings.Index(s, last)
	if i < 0 || j < i {
		t.Fatal("seed article body not found")
	}
	return s[i : j+len(last)]
}

func TestSuggestSeed(t *testing.T) {
	text := seedBody(t)
	got := map[string]EntityType{}
	for _, s := range Suggest(text, nil) {
		t.Logf("%-13s %-30q name %q", s.Type, s.Selector.Exact, s.Name)
		got[s.Selector.Exact] = s.Type
	}
	for _, name := range []string{"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"} {
		if got[name] != Person {
			t.Errorf("%s suggested as %q, want person", name, got[name])
		}
	}
	for _, name := range []string{"Budapest", "Ukraine", "Russia", "Alaska", "Kyiv", "Moscow"} {
		if got[name] != Place {
			t.Errorf("%s suggested as %q, want place", name, got[name])
		}
	}
	for _, name := range []string{"Russian", "Ukrainian"} {
		if typ, ok := got[name]; ok {
			t.Errorf("%s suggested as %q, want nothing", name, typ)
		}
	}
}
