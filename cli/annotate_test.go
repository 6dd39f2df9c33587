package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"margin/annotate"
)

// mentionOut is a mention as suggest --json prints it.
type mentionOut struct {
	ID       int64
	Entity   string
	Type     string
	Status   string
	Score    float64
	Selector struct{ Exact string }
}

func suggestions(t *testing.T, dir, id string) []mentionOut {
	t.Helper()
	var ms []mentionOut
	if err := json.Unmarshal([]byte(ok(t, dir, "suggest", "--json", id).stdout), &ms); err != nil {
		t.Fatal(err)
	}
	return ms
}

func TestHighlight(t *testing.T) {
	dir, id := addArticle(t)
	t.Run("the first occurrence is highlighted by default", func(t *testing.T) {
		r := ok(t, dir, "highlight", id, "--quote", "Merkel")
		if strings.TrimSpace(r.stdout) != "1" {
			t.Errorf("stdout %q", r.stdout)
		}
	})
	t.Run("--nth, --color and --note choose the occurrence and describe it", func(t *testing.T) {
		ok(t, dir, "highlight", id, "--quote", "Merkel", "--nth", "2", "--color", "blue", "--note", "the second time")
		var hs []struct {
			Color, Note string
			Selector    struct {
				Start, End int
				Exact      string
			}
		}
		if err := json.Unmarshal([]byte(ok(t, dir, "highlights", "--json", id).stdout), &hs); err != nil {
			t.Fatal(err)
		}
		text := []rune(ok(t, dir, "show", "--text", id).stdout)
		if len(hs) != 2 || hs[1].Color != "blue" || hs[1].Note != "the second time" || hs[1].Selector.Start <= hs[0].Selector.Start {
			t.Fatalf("highlights %+v", hs)
		}
		for _, h := range hs {
			if got := string(text[h.Selector.Start:h.Selector.End]); got != "Merkel" {
				t.Errorf("highlight covers %q", got)
			}
		}
	})
	t.Run("highlights lists them with notes", func(t *testing.T) {
		out := ok(t, dir, "highlights", id).stdout
		if !strings.Contains(out, `blue    `) || !strings.Contains(out, "note: the second time") {
			t.Errorf("highlights:\n%s", out)
		}
	})
	t.Run("undo and redo take back the last highlight", func(t *testing.T) {
		if out := ok(t, dir, "undo").stdout; out != "undid Highlight\n" {
			t.Errorf("undo: %q", out)
		}
		if n := len(lines(ok(t, dir, "highlights", id).stdout)); n != 1 {
			t.Errorf("%d lines after undo", n)
		}
		if out := ok(t, dir, "redo").stdout; out != "redid Highlight\n" {
			t.Errorf("redo: %q", out)
		}
		if r := ok(t, dir, "redo"); r.stdout != "" || !strings.Contains(r.stderr, "nothing to redo") {
			t.Errorf("second redo: %+v", r)
		}
	})
	bad := []struct {
		name string
		code int
		args []string
		want string
	}{
		{"a quote not in the text", 1, []string{"highlight", id, "--quote", "Obama"}, `"Obama" is not in the text of clipping 1`},
		{"an occurrence past the last", 1, []string{"highlight", id, "--quote", "Merkel", "--nth", "3"}, `"Merkel" occurs 2 times in clipping 1, so there is no occurrence 3`},
		{"a missing clipping", 1, []string{"highlight", "42", "--quote", "Paris"}, "no clipping 42"},
		{"no quote", 2, []string{"highlight", id}, "--quote is required"},
		{"an unknown colour", 2, []string{"highlight", id, "--quote", "Paris", "--color", "red"}, "unknown colour"},
		{"--nth 0", 2, []string{"highlight", id, "--quote", "Paris", "--nth", "0"}, "counts from 1"},
		{"highlights of a missing clipping", 1, []string{"highlights", "42"}, "no clipping 42"},
		{"highlights without an ID", 2, []string{"highlights"}, "give one clipping ID"},
		{"undo with an argument", 2, []string{"undo", "3"}, "takes no arguments"},
	}
	for _, tt := range bad {
		t.Run(tt.name+" fails", func(t *testing.T) {
			r := fails(t, dir, tt.code, "", tt.args...)
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q does not say %q", r.stderr, tt.want)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	dir, id := addArticle(t)

	t.Run("tag makes a new entity and a confirmed mention", func(t *testing.T) {
		r := ok(t, dir, "tag", id, "--quote", "Elysee Palace", "--type", "place", "--name", "Élysée Palace")
		if len(lines(r.stdout)) != 1 || !strings.Contains(r.stderr, `new entity`) {
			t.Errorf("%+v", r)
		}
	})
	t.Run("tag --all tags every occurrence of the name and the quote", func(t *testing.T) {
		r := ok(t, dir, "tag", id, "--quote", "Merkel", "--nth", "2", "--name", "Angela Merkel", "--type", "person", "--all")
		if n := len(lines(r.stdout)); n != 2 {
			t.Errorf("tagged %d mentions: %+v", n, r)
		}
		var es []struct {
			Name      string
			Aliases   []string
			Mentions  int
			Clippings int
		}
		if err := json.Unmarshal([]byte(ok(t, dir, "entities", "--json", "--type", "person").stdout), &es); err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 || es[0].Name != "Angela Merkel" || es[0].Mentions != 2 || es[0].Clippings != 1 || len(es[0].Aliases) != 1 {
			t.Errorf("entities %+v", es)
		}
	})
	t.Run("tag reuses an existing entity without a type", func(t *testing.T) {
		r := ok(t, dir, "tag", id, "--quote", "Merkel", "--nth", "2")
		if strings.Contains(r.stderr, "new entity") {
			t.Errorf("made a new entity: %+v", r)
		}
	})
	t.Run("suggest lists pending suggestions with mention IDs", func(t *testing.T) {
		ms := suggestions(t, dir, id)
		names := map[string]bool{}
		for _, m := range ms {
			names[m.Entity] = true
			if m.Status != "suggested" {
				t.Errorf("suggestion %+v is not pending", m)
			}
		}
		if !names["Emmanuel Macron"] || !names["Brussels"] || names["Angela Merkel"] {
			t.Errorf("suggestions %+v", ms)
		}
		out := ok(t, dir, "suggest", id).stdout
		if !strings.Contains(out, `"Brussels"`) {
			t.Errorf("suggest:\n%s", out)
		}
	})
	t.Run("accept takes the mentions named", func(t *testing.T) {
		var macron []string
		for _, m := range suggestions(t, dir, id) {
			if m.Entity == "Emmanuel Macron" {
				macron = append(macron, itoa(m.ID))
			}
		}
		if len(macron) == 0 {
			t.Fatal("no suggestion of Macron")
		}
		r := ok(t, dir, append([]string{"accept", id}, macron...)...)
		if r.stdout != "accepted "+itoa(int64(len(macron)))+" suggestion"+map[bool]string{true: "", false: "s"}[len(macron) == 1]+"\n" {
			t.Errorf("accept: %q", r.stdout)
		}
	})
	t.Run("reject --entity rejects only that entity's suggestions, for good", func(t *testing.T) {
		if out := ok(t, dir, "reject", id, "--entity", "Brussels").stdout; out != "rejected 1 suggestion\n" {
			t.Errorf("reject: %q", out)
		}
		for _, m := range suggestions(t, dir, id) {
			if m.Entity == "Brussels" {
				t.Errorf("Brussels suggested again after its rejection")
			}
		}
	})
	t.Run("forget lets a rejected name be suggested again", func(t *testing.T) {
		if out := ok(t, dir, "forget", "Brussels").stdout; out != "forgot 1 rejection of \"Brussels\"\n" {
			t.Errorf("forget: %q", out)
		}
		found := false
		for _, m := range suggestions(t, dir, id) {
			found = found || m.Entity == "Brussels"
		}
		if !found {
			t.Errorf("Brussels not suggested again after forgetting its rejection")
		}
	})
	t.Run("accept --all --confident takes only the confident ones", func(t *testing.T) {
		before := suggestions(t, dir, id)
		ok(t, dir, "accept", id, "--all", "--confident")
		for _, m := range suggestions(t, dir, id) {
			if (annotate.Mention{Score: m.Score}).Confident() {
				t.Errorf("confident %q still pending", m.Selector.Exact)
			}
		}
		if len(before) == 0 {
			t.Error("no suggestions to accept")
		}
	})
	t.Run("accept --all takes the rest", func(t *testing.T) {
		ok(t, dir, "accept", id, "--all")
		if ms := suggestions(t, dir, id); len(ms) != 0 {
			t.Errorf("still pending: %+v", ms)
		}
		out := ok(t, dir, "entities").stdout
		if !strings.HasPrefix(out, "ID  NAME") || !strings.Contains(out, "Emmanuel Macron") {
			t.Errorf("entities:\n%s", out)
		}
	})
	bad := []struct {
		name string
		code int
		args []string
		want string
	}{
		{"tag without a quote", 2, []string{"tag", id, "--type", "person"}, "--quote is required"},
		{"tag of a new entity without a type", 2, []string{"tag", id, "--quote", "Tuesday"}, "give its --type"},
		{"tag of a quote not in the text", 1, []string{"tag", id, "--quote", "Madrid", "--type", "place"}, "not in the text"},
		{"accept without mentions", 2, []string{"accept", id}, "give the mention IDs"},
		{"accept with mentions and --all", 2, []string{"accept", id, "3", "--all"}, "not both"},
		{"forget without a text", 2, []string{"forget"}, "give the text to forget"},
		{"accept of another clipping's mention", 1, []string{"accept", id, "9999"}, "mention 9999 is not in clipping 1"},
		{"reject with a bad mention ID", 2, []string{"reject", id, "x"}, `"x" is not a mention ID`},
		{"reject of an unknown entity", 1, []string{"reject", id, "--entity", "Nobody"}, `there is no entity "Nobody"`},
		{"suggest of a missing clipping", 1, []string{"suggest", "77"}, "no clipping 77"},
		{"accept of a missing clipping", 1, []string{"accept", "77", "--all"}, "no clipping 77 in the library"},
		{"reject of a missing clipping's mention", 1, []string{"reject", "77", "3"}, "no clipping 77 in the library"},
		{"highlights of a missing clipping", 1, []string{"highlights", "77"}, "no clipping 77 in the library"},
		{"entities with an argument", 2, []string{"entities", "x"}, "unexpected argument"},
	}
	for _, tt := range bad {
		t.Run(tt.name+" fails", func(t *testing.T) {
			r := fails(t, dir, tt.code, "", tt.args...)
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q does not say %q", r.stderr, tt.want)
			}
		})
	}
}

func TestLabelAndNote(t *testing.T) {
	dir, id := addArticle(t)
	if out := ok(t, dir, "label", id, "europe", "politics", "Europe").stdout; out != "europe, politics\n" {
		t.Errorf("label: %q", out)
	}
	if out := ok(t, dir, "label", "--remove", id, "politics").stdout; out != "europe\n" {
		t.Errorf("label --remove: %q", out)
	}
	ok(t, dir, "note", id, "first")
	r := runIn(t, dir, "from\nstandard input\n", "note", id, "-")
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	if out := ok(t, dir, "show", id).stdout; !strings.Contains(out, "Note:\n  from\n  standard input\n") {
		t.Errorf("show:\n%s", out)
	}
	ok(t, dir, "note", id, "")
	if out := ok(t, dir, "show", id).stdout; strings.Contains(out, "Note:") {
		t.Errorf("note not cleared:\n%s", out)
	}
	fails(t, dir, 2, "", "label", id)
	fails(t, dir, 2, "", "label", id, " ")
	fails(t, dir, 1, "", "label", "5", "x")
	fails(t, dir, 2, "", "note", id)
	fails(t, dir, 1, "", "note", "5", "x")
}

func TestBackupRestoreCheck(t *testing.T) {
	dir, id := addArticle(t)
	ok(t, dir, "highlight", id, "--quote", "three hours")
	if out := ok(t, dir, "check").stdout; out != "ok: 1 clipping\n" {
		t.Errorf("check: %q", out)
	}
	backup := filepath.Join(t.TempDir(), "b", "margin-backup.db")
	ok(t, dir, "backup", backup)

	restored := filepath.Join(t.TempDir(), "restored")
	ok(t, restored, "restore", backup)
	if out := ok(t, restored, "highlights", id).stdout; !strings.Contains(out, `"three hours"`) {
		t.Errorf("restored highlights:\n%s", out)
	}

	t.Run("restore refuses to replace a library", func(t *testing.T) {
		before, _ := os.ReadFile(filepath.Join(dir, "margin.db"))
		r := fails(t, dir, 1, "", "restore", backup)
		if !strings.Contains(r.stderr, "already exists") {
			t.Errorf("stderr %q", r.stderr)
		}
		after, _ := os.ReadFile(filepath.Join(dir, "margin.db"))
		if string(before) != string(after) {
			t.Error("the library changed")
		}
	})
	t.Run("restore refuses a file that is not a backup", func(t *testing.T) {
		junk := filepath.Join(t.TempDir(), "junk.db")
		os.WriteFile(junk, []byte("not a database, just some text that is long enough to have a header of a hundred bytes ........................"), 0o644)
		r := fails(t, filepath.Join(t.TempDir(), "new"), 1, "", "restore", junk)
		if !strings.Contains(r.stderr, "not an intact Margin backup") {
			t.Errorf("stderr %q", r.stderr)
		}
	})
	t.Run("restore of a missing file fails", func(t *testing.T) {
		fails(t, filepath.Join(t.TempDir(), "new"), 1, "", "restore", filepath.Join(t.TempDir(), "none.db"))
	})
	fails(t, dir, 2, "", "backup")
	fails(t, dir, 2, "", "restore")
	fails(t, dir, 2, "", "check", "now")
}

// TestRestoredBackupExportsTheSameBytes checks that a backup is lossless:
// every export format of a restored library is byte for byte the
// original's, annotations, entities, tags and notes included.
func TestRestoredBackupExportsTheSameBytes(t *testing.T) {
	dir, id := addArticle(t)
	ok(t, dir, "highlight", id, "--quote", "three hours", "--color", "green", "--note", "how long *exactly*?")
	ok(t, dir, "suggest", id)
	ok(t, dir, "accept", id, "--all")
	ok(t, dir, "label", id, "diplomacy", "europe")
	ok(t, dir, "note", id, "Compare with the wire report.")
	backup := filepath.Join(t.TempDir(), "margin-backup.db")
	ok(t, dir, "backup", backup)
	restored := filepath.Join(t.TempDir(), "restored")
	ok(t, restored, "restore", backup)

	exports := [][]string{
		{"--format", "md"},
		{"--format", "md", "--layout", "highlights", "--links"},
		{"--format", "json"},
		{"--format", "csl"},
		{"--format", "bibtex"},
		{"--format", "csv"},
	}
	for _, args := range exports {
		args = append([]string{"export", id, "--out", "-"}, args...)
		want := ok(t, dir, args...).stdout
		got := ok(t, restored, args...).stdout
		if len(want) < 100 {
			t.Errorf("margin %s wrote only %q", strings.Join(args, " "), want)
		}
		if got != want {
			t.Errorf("margin %s differs after restore:\n%s\n---\n%s", strings.Join(args, " "), want, got)
		}
	}
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestTagAllThenOneUndoLeavesNoTrace(t *testing.T) {
	dir, id := addArticle(t)
	before := ok(t, dir, "show", "--json", id).stdout
	entities := ok(t, dir, "entities", "--json").stdout
	r := ok(t, dir, "tag", id, "--quote", "Merkel", "--nth", "2", "--name", "Angela Merkel", "--type", "place", "--all")
	if n := len(lines(r.stdout)); n != 2 || !strings.Contains(r.stderr, "Tagged 2 mentions of Angela Merkel (Place).") {
		t.Fatalf("tag --all: %+v", r)
	}
	if out := ok(t, dir, "undo").stdout; out != "undid Tag All Mentions\n" {
		t.Errorf("undo: %q", out)
	}
	if got := ok(t, dir, "show", "--json", id).stdout; got != before {
		t.Errorf("the clipping after one undo:\n%s\nwant\n%s", got, before)
	}
	if got := ok(t, dir, "entities", "--json").stdout; got != entities {
		t.Errorf("the entities after one undo:\n%s\nwant\n%s", got, entities)
	}
}
