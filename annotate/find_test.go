package annotate

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestFindAll(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []string // "start:end:exact"
	}{
		{
			name:  "every whole-word occurrence is found in text order",
			text:  "Putin met Trump. Trump later called Putin.",
			names: []string{"Trump", "Putin"},
			want:  []string{"0:5:Putin", "10:15:Trump", "17:22:Trump", "36:41:Putin"},
		},
		{
			name:  "a possessive still matches the name",
			text:  "Putin's envoy and Putin’s aide",
			names: []string{"Putin"},
			want:  []string{"0:5:Putin", "18:23:Putin"},
		},
		{
			name:  "a name inside a longer word is not a match",
			text:  "Iran and Ira and Irate",
			names: []string{"Ira"},
			want:  []string{"9:12:Ira"},
		},
		{
			name:  "the longest name wins where names overlap",
			text:  "Donald Trump said Trump would go",
			names: []string{"Trump", "Donald Trump"},
			want:  []string{"0:12:Donald Trump", "18:23:Trump"},
		},
		{
			name:  "matching is case-sensitive",
			text:  "the bush near Bush",
			names: []string{"Bush"},
			want:  []string{"14:18:Bush"},
		},
		{
			name:  "offsets are in runes",
			text:  "Zürich and Genève",
			names: []string{"Genève"},
			want:  []string{"11:17:Genève"},
		},
		{
			name:  "a name ending in punctuation matches before a word character",
			text:  "the U.S.-led talks in the U.S.",
			names: []string{"U.S."},
			want:  []string{"4:8:U.S.", "26:30:U.S."},
		},
		{
			name:  "empty and blank names are ignored",
			text:  "anything",
			names: []string{"", "  "},
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range FindAll(tt.text, tt.names...) {
				got = append(got, strconv.Itoa(s.Start)+":"+strconv.Itoa(s.End)+":"+s.Exact)
				if want := NewSelector(tt.text, s.Start, s.End); s != want {
					t.Errorf("selector %+v is not the full selector %+v", s, want)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindAll = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSortedListFindsEveryLine(t *testing.T) {
	for _, l := range append([]sortedList{firstNames.english, firstNames.us, institutions, wordNetThings, wordNetProgrammes}, towns.lists...) {
		lines := strings.Split(strings.TrimSuffix(l.data, "\n"), "\n")
		for i, line := range lines {
			if i > 0 && lines[i-1] >= line {
				t.Fatalf("list not sorted at %q", line)
			}
			if !l.has(line) {
				t.Fatalf("%q not found", line)
			}
			if l.has(line + "\x01") {
				t.Fatalf("%q found", line+"\x01")
			}
		}
	}
	for _, name := range []string{"", "\n", "Zzzzzzz", "A", "Noblesville\nSpokane"} {
		if towns.has(name) {
			t.Errorf("towns has %q", name)
		}
	}
	if !towns.has("Spokane") || !firstNames.has("Robin") {
		t.Error("Spokane or Robin missing")
	}
}

func TestGivenNames(t *testing.T) {
	Suggest("warm", nil) // isBasicWord reads the recogniser's words
	for name, want := range map[string]bool{
		"Robin":      true,  // English
		"Alexandria": true,  // American only
		"Jalen":      true,  // American only
		"Hope":       true,  // English, also a word
		"Story":      false, // American only, and a word
		"Ocasio":     false,
		"André":      true, // as "Andre"
		"Søren":      true,
		"":           false,
	} {
		if got := firstNames.has(name); got != want {
			t.Errorf("firstNames.has(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestSortedListHasAgreesWithASet checks sortedList.has against a set of
// the same lines, on every embedded list: each line is found, and so is
// nothing else near it (the line with a letter added or its last one
// dropped, unless that too is a line), and lists of a few lines too.
func TestSortedListHasAgreesWithASet(t *testing.T) {
	lists := append([]sortedList{firstNames.english, firstNames.us, institutions, wordNetThings, wordNetProgrammes,
		englishWords, holidays, {data: ""}, {data: "a"}, {data: "a\nb"}, {data: "a\nb\n"}, {data: "\na\nb"}, {data: "Ban Chang\nSan Diego\nSan Jose\nSan Juan\nSant Cugat\nSanta Fe"}},
		towns.lists...)
	for _, l := range lists {
		set := map[string]bool{}
		lines := strings.Split(l.data, "\n")
		for _, line := range lines {
			set[line] = true
		}
		// Names that sort before every line, after every line, or hold
		// what no line can: asked of every list, the empty one too.
		for _, probe := range []string{"", "\n", "a\nb", "!", "~", "\u00e9t\u00e9", "\uffff"} {
			if got, want := l.has(probe), set[probe] && probe != "" && !strings.Contains(probe, "\n"); got != want {
				t.Fatalf("has(%q) = %v, want %v (a list of %d lines)", probe, got, want, len(lines))
			}
		}
		for _, line := range lines {
			if line == "" {
				continue
			}
			for _, probe := range []string{line, line + "a", line + "~", "!" + line, line[:len(line)-1], strings.ToUpper(line)} {
				if got, want := l.has(probe), set[probe] && probe != ""; got != want {
					t.Fatalf("has(%q) = %v, want %v (a list of %d lines)", probe, got, want, len(lines))
				}
			}
		}
	}
}
