package export

import (
	"strings"
	"testing"
)

func TestMerge3Lines(t *testing.T) {
	base := "a\nb\nc\nd\n"
	for _, tc := range []struct {
		name, theirs, ours, want string
		conflicts                int
	}{
		{"the person's edit alone stays", "a\nB\nc\nd\n", base, "a\nB\nc\nd\n", 0},
		{"Margin's change alone is applied", base, "a\nb\nC\nd\n", "a\nb\nC\nd\n", 0},
		{"changes to different lines are both applied", "a\nB\nc\nd\n", "a\nb\nc\nD\n", "a\nB\nc\nD\n", 0},
		{"insertions at one place keep both, Margin's first", "a\nb\nmine\nc\nd\n", "a\nb\nnew\nc\nd\n", "a\nb\nnew\nmine\nc\nd\n", 0},
		{"the same change on both sides is no conflict", "a\nX\nc\nd\n", "a\nX\nc\nd\n", "a\nX\nc\nd\n", 0},
		{"a clash keeps the person's lines", "a\nmine\nc\nd\n", "a\nnew\nc\nd\n", "a\nmine\nc\nd\n", 1},
		{"a deletion by the person stays deleted", "a\nc\nd\n", "a\nb\nc\nD\n", "a\nc\nD\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, conflicts := merge3Lines(base, tc.theirs, tc.ours)
			if got != tc.want || len(conflicts) != tc.conflicts {
				t.Errorf("got %q with conflicts %q, want %q with %d", got, conflicts, tc.want, tc.conflicts)
			}
		})
	}
}

func TestMergeFrontMatter(t *testing.T) {
	base := "---\ntitle: A\ntags:\n  - x\nhighlights: 1\nmargin_id: 1\n---\n"
	theirs := "---\ntitle: A\ntags: [x, mine]\nhighlights: 1\nmargin_id: 1\nstatus: read\n---\n"
	ours := "---\ntitle: A\ntags:\n  - x\nhighlights: 2\nmargin_id: 1\npeople:\n  - Ann\n---\n"
	got, conflicts := mergeFrontMatter(base, theirs, ours)
	m := yamlMap(got)
	var keys []string
	for _, p := range properties(m) {
		keys = append(keys, p.key)
	}
	if strings.Join(keys, ",") != "title,tags,highlights,margin_id,status,people" || len(conflicts) != 0 {
		t.Fatalf("keys %v, conflicts %v:\n%s", keys, conflicts, got)
	}
	for _, want := range []string{"mine", "highlights: 2", "status: read", "- Ann"} {
		if !strings.Contains(got, want) {
			t.Errorf("merged front matter lacks %q:\n%s", want, got)
		}
	}
	// Margin changes tags too: the person's list is kept and named.
	_, conflicts = mergeFrontMatter(base, theirs, strings.Replace(ours, "  - x", "  - y", 1))
	if len(conflicts) != 1 || conflicts[0] != "property tags" {
		t.Errorf("conflicts %q", conflicts)
	}
}

// FuzzMergeNote checks what a merge must always do: a side that did not
// change gives the other side whole, and a merge keeps every line the
// person added that Margin did not touch.
func FuzzMergeNote(f *testing.F) {
	f.Add("---\ntitle: a\n---\n\nx\ny\n", "---\ntitle: a\nstatus: read\n---\n\nx\nmine\ny\n", "---\ntitle: b\n---\n\nx\ny\nz\n")
	f.Add("a\n\nb\n", "a\n\nb\n\nc\n", "a\n\nB\n")
	f.Add("", "x", "y")
	f.Fuzz(func(t *testing.T, base, theirs, ours string) {
		if got := mergeNote(base, base, ours); got.text != ours && len(got.conflicts) == 0 && splitOK(base, ours) {
			t.Errorf("unchanged note: merge gave %q, want Margin's %q", got.text, ours)
		}
		if got := mergeNote(base, theirs, base); got.text != theirs && splitOK(base, theirs) {
			t.Errorf("unchanged by Margin: merge gave %q, want the person's %q", got.text, theirs)
		}
	})
}

// splitOK reports whether both texts have front matter the merge reads
// alike (YAML it can parse, or none), where the properties above hold.
func splitOK(a, b string) bool {
	fa, _ := splitNote(a)
	fb, _ := splitNote(b)
	return (fa == "") == (fb == "") && (fa == "" || (yamlMap(fa) != nil && yamlMap(fb) != nil))
}
