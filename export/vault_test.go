package export

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

// vaultArticle is a short news article for the re-export tests.
func vaultArticle() *clip.Article {
	return &clip.Article{
		Title:     "Council approves the transit plan",
		Byline:    "By Jane Doe",
		SiteName:  "The Riverside Courier",
		URL:       "https://courier.example/news/transit-plan",
		Source:    clip.SourceURL,
		Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC),
		Document: clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{
			para("The city council voted on Tuesday to approve the new transit plan."),
			{Kind: clip.BlockHeading, Level: 2, Text: "What the plan does"},
			para("It adds forty electric buses by 2027 and extends the Green Line."),
			para("Critics say the real cost is hidden in the bonds."),
		}},
	}
}

// openVaultLibrary opens a new library holding vaultArticle.
func openVaultLibrary(t *testing.T) (*library.Library, int64) {
	t.Helper()
	ctx := context.Background()
	l, err := library.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	id, _, err := l.Add(ctx, vaultArticle())
	if err != nil {
		t.Fatal(err)
	}
	return l, id
}

// highlight highlights the nth occurrence of exact in the clipping.
func highlight(t *testing.T, l *library.Library, id int64, exact, note string) {
	t.Helper()
	c, err := l.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	text := c.Text()
	start := runeIndex(text, exact, 0)
	h := annotate.Highlight{ClippingID: id, Selector: annotate.Selector{Start: start, End: start + len([]rune(exact))}, Color: annotate.Colors[0], Note: note}
	if _, err := l.AddHighlight(context.Background(), h); err != nil {
		t.Fatal(err)
	}
}

// exportVault loads the clippings and exports them to dir.
func exportVault(t *testing.T, l *library.Library, dir string, opts MarkdownOptions, ids ...int64) Summary {
	t.Helper()
	ctx := context.Background()
	items, err := LoadAll(ctx, l, ids)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := WriteFolder(ctx, l, dir, items, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// mustReplace replaces old, which must be in s, once.
func mustReplace(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q not in the note:\n%s", old, s)
	}
	return strings.Replace(s, old, new, 1)
}

func TestReexportKeepsThePersonsEdits(t *testing.T) {
	for _, layout := range Layouts {
		t.Run("in the "+string(layout)+" layout", func(t *testing.T) {
			l, id := openVaultLibrary(t)
			opts := MarkdownOptions{Layout: layout}
			highlight(t, l, id, "approve the new transit plan", "The key vote.")
			dir := t.TempDir()
			sum := exportVault(t, l, dir, opts, id)
			first := sum.Paths[0]

			// The person edits the note as in Obsidian: a property, a
			// paragraph after the highlights, a heading renamed, the note
			// renamed and moved into a subfolder.
			note := readFile(t, first)
			note = mustReplace(t, note, "highlights: 1\n", "highlights: 1\nstatus: read\n")
			note = mustReplace(t, note, "# Council approves the transit plan\n", "# Council approves the plan (my title)\n")
			mine := "My own thought: compare with the 2019 plan.\n\n"
			if layout == LayoutHighlights {
				note = mustReplace(t, note, "The key vote.\n\n", "The key vote.\n\n"+mine)
			} else {
				note = mustReplace(t, note, "## What the plan does\n", "## What the plan really does\n")
				note += "\n" + mine
			}
			moved := filepath.Join(dir, "Reading", "Transit vote.md")
			writeFile(t, moved, note)
			if err := os.Remove(first); err != nil {
				t.Fatal(err)
			}

			// Margin adds a highlight and exports again.
			highlight(t, l, id, "real cost is hidden", "Check the bond terms.")
			sum = exportVault(t, l, dir, opts, id)
			if sum.Updated != 1 || sum.Created != 0 || len(sum.Conflicts) != 0 || sum.Paths[0] != moved {
				t.Fatalf("summary = %+v, want the moved note updated without conflict", sum)
			}
			got := readFile(t, moved)
			for _, want := range []string{"status: read\n", "# Council approves the plan (my title)\n", mine, "real cost is hidden", "Check the bond terms.", "highlights: 2\n", "The key vote."} {
				if !strings.Contains(got, want) {
					t.Errorf("the note lost or lacks %q:\n%s", want, got)
				}
			}
			if layout == LayoutFull && !strings.Contains(got, "## What the plan really does\n") {
				t.Errorf("the renamed heading was lost:\n%s", got)
			}
			if n := strings.Count(got, "real cost is hidden"); n != 1 {
				t.Errorf("the new highlight is in the note %d times:\n%s", n, got)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("the folder holds %d entries, want only the subfolder", len(entries))
			}

			// A third export with nothing new does not touch the note,
			// so a sync tool sees no change.
			old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
			if err := os.Chtimes(moved, old, old); err != nil {
				t.Fatal(err)
			}
			sum = exportVault(t, l, dir, opts, id)
			if again := readFile(t, moved); again != got || len(sum.Conflicts) != 0 {
				t.Errorf("an export with nothing new changed the note (conflicts %v)", sum.Conflicts)
			}
			if fi, err := os.Stat(moved); err != nil || !fi.ModTime().Equal(old) {
				t.Errorf("an export with nothing new wrote the note again")
			}
		})
	}
}

func TestReexportKeepsAConflictingEditAndSaysSo(t *testing.T) {
	l, id := openVaultLibrary(t)
	opts := MarkdownOptions{Layout: LayoutFull}
	dir := t.TempDir()
	path := exportVault(t, l, dir, opts, id).Paths[0]

	// The person rewrites a sentence of the article, and Margin highlights
	// part of the same sentence.
	edited := mustReplace(t, readFile(t, path), "Critics say the real cost is hidden in the bonds.", "Critics say the real cost is hidden in the bonds (they are wrong).")
	writeFile(t, path, edited)
	highlight(t, l, id, "real cost is hidden", "")
	sum := exportVault(t, l, dir, opts, id)
	if len(sum.Conflicts) != 1 {
		t.Fatalf("conflicts = %v, want one", sum.Conflicts)
	}
	c := sum.Conflicts[0]
	if got := readFile(t, path); got != strings.Replace(edited, "highlights: 0", "highlights: 1", 1) {
		t.Errorf("the person's note was changed beyond Margin's own property:\n%s", got)
	}
	copyText := readFile(t, c.Copy)
	if !strings.Contains(copyText, "==real cost is hidden==") || strings.Contains(copyText, "margin_id") {
		t.Errorf("Margin's version beside the note is wrong:\n%s", copyText)
	}
	msg := c.Message()
	if !strings.Contains(msg, filepath.Base(c.Copy)) || !strings.Contains(msg, "your version is kept") || strings.Count(msg, ".") > 3 {
		t.Errorf("message %q", msg)
	}

	// The next export finds the note, not Margin's version, and does not
	// report the same conflict again.
	sum = exportVault(t, l, dir, opts, id)
	if len(sum.Conflicts) != 0 || sum.Paths[0] != path {
		t.Errorf("second export: %+v", sum)
	}
}

func TestANoteBelongsToOneLibrary(t *testing.T) {
	ctx := context.Background()
	a, idA := openVaultLibrary(t)
	b, idB := openVaultLibrary(t)
	if idA != idB {
		t.Fatalf("the test needs both libraries to give the clipping the same id: %d, %d", idA, idB)
	}
	dir := t.TempDir()
	pathA := exportVault(t, a, dir, MarkdownOptions{}, idA).Paths[0]
	noteA := readFile(t, pathA)

	// A file of the person's that claims the clipping is not Margin's.
	foreign := filepath.Join(dir, "Mine.md")
	writeFile(t, foreign, "---\nmargin_id: 1\n---\n\nMy notes.\n")

	if err := b.AddTags(ctx, idB, "other library"); err != nil {
		t.Fatal(err)
	}
	sum := exportVault(t, b, dir, MarkdownOptions{}, idB)
	if sum.Created != 1 || sum.Updated != 0 || sum.Paths[0] == pathA {
		t.Errorf("the second library's export: %+v", sum)
	}
	if readFile(t, pathA) != noteA {
		t.Error("the second library wrote over the first library's note")
	}
	if readFile(t, foreign) != "---\nmargin_id: 1\n---\n\nMy notes.\n" {
		t.Error("a file Margin did not write was written over")
	}
	if len(sum.LeftAlone) != 2 || !strings.Contains(sum.LeftAloneMessage(), "2 files name these clippings") {
		t.Errorf("left alone %q: %s", sum.LeftAlone, sum.LeftAloneMessage())
	}
	var got []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		got = append(got, e.Name())
	}
	want := []string{"Council approves the transit plan (1).md", "Council approves the transit plan.md", "Mine.md"}
	if !slices.Equal(got, want) {
		t.Errorf("files %q, want %q", got, want)
	}
}

func TestReexportPicksTheNoteMarginWrote(t *testing.T) {
	l, id := openVaultLibrary(t)
	dir := t.TempDir()
	path := exportVault(t, l, dir, MarkdownOptions{}, id).Paths[0]
	note := readFile(t, path)

	t.Run("a copy the person made is left alone", func(t *testing.T) {
		cp := filepath.Join(dir, "A copy.md")
		writeFile(t, cp, note+"\nMy copy.\n")
		highlight(t, l, id, "forty electric buses", "")
		sum := exportVault(t, l, dir, MarkdownOptions{}, id)
		if sum.Paths[0] != path || len(sum.Conflicts) != 0 {
			t.Errorf("summary %+v, want %s updated", sum, path)
		}
		if readFile(t, cp) != note+"\nMy copy.\n" {
			t.Error("the person's copy was written")
		}
		if !strings.Contains(readFile(t, path), "==forty electric buses==") {
			t.Error("the note was not updated")
		}
		os.Remove(cp)
	})
	t.Run("a note from before notes named their library is taken where the library wrote it", func(t *testing.T) {
		old := readFile(t, path)
		lib := regexp.MustCompile(`(?m)^margin_library: .*\n`)
		writeFile(t, path, lib.ReplaceAllString(old, "")+"\nAdded later.\n")
		highlight(t, l, id, "real cost", "")
		sum := exportVault(t, l, dir, MarkdownOptions{}, id)
		got := readFile(t, path)
		if sum.Updated != 1 || len(sum.Conflicts) != 0 || !strings.Contains(got, "Added later.") || !strings.Contains(got, "==real cost==") || !lib.MatchString(got) {
			t.Errorf("summary %+v:\n%s", sum, got)
		}
	})
}

func TestReexportKeepsEditsToALogseqPage(t *testing.T) {
	l, id := openVaultLibrary(t)
	opts := MarkdownOptions{Flavour: FlavourLogseq, Layout: LayoutHighlights}
	highlight(t, l, id, "approve the new transit plan", "The key vote.")
	dir := t.TempDir()
	path := exportVault(t, l, dir, opts, id).Paths[0]
	note := mustReplace(t, readFile(t, path), "highlights:: 1\n", "highlights:: 1\nstatus:: read\n")
	note += "- My own block.\n"
	moved := filepath.Join(dir, "pages", "transit.md")
	writeFile(t, moved, note)
	os.Remove(path)

	highlight(t, l, id, "real cost is hidden", "")
	sum := exportVault(t, l, dir, opts, id)
	got := readFile(t, moved)
	if sum.Paths[0] != moved || len(sum.Conflicts) != 0 {
		t.Fatalf("summary %+v", sum)
	}
	for _, want := range []string{"status:: read\n", "highlights:: 2\n", "- My own block.\n", "> real cost is hidden"} {
		if !strings.Contains(got, want) {
			t.Errorf("the page lacks %q:\n%s", want, got)
		}
	}
}
