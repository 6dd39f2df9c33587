package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestListSearchShowRemove(t *testing.T) {
	dir, id := addArticle(t)
	r := runIn(t, dir, readTestdata(t, "copied.txt"), "add", "-")
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	rain := strings.TrimSpace(r.stdout)
	ok(t, dir, "label", id, "europe")

	t.Run("ls lists the newest first", func(t *testing.T) {
		out := lines(ok(t, dir, "ls").stdout)
		if len(out) != 2 || !strings.HasPrefix(out[0], rain+" ") || !strings.Contains(out[1], "Merkel meets Macron in Paris") {
			t.Errorf("ls:\n%s", strings.Join(out, "\n"))
		}
	})
	t.Run("ls sorts by title and limits", func(t *testing.T) {
		out := lines(ok(t, dir, "ls", "--sort", "title", "--limit", "1").stdout)
		if len(out) != 1 || !strings.HasPrefix(out[0], id+" ") {
			t.Errorf("ls:\n%s", strings.Join(out, "\n"))
		}
	})
	t.Run("ls filters by tag, site and entity", func(t *testing.T) {
		var list []struct{ ID int64 }
		if err := json.Unmarshal([]byte(ok(t, dir, "ls", "--json", "--tag", "europe").stdout), &list); err != nil {
			t.Fatal(err)
		}
		if len(list) != 1 || list[0].ID != atoi(t, id) {
			t.Errorf("--tag europe: %+v", list)
		}
		if out := ok(t, dir, "ls", "--site", "news.example").stdout; len(lines(out)) != 1 {
			t.Errorf("--site: %s", out)
		}
		if out := ok(t, dir, "ls", "--entity", "Nobody").stdout; out != "" {
			t.Errorf("--entity Nobody: %s", out)
		}
	})
	t.Run("search prints matches with snippets", func(t *testing.T) {
		out := ok(t, dir, "search", "reservoirs").stdout
		if !strings.HasPrefix(out, rain+" ") || !strings.Contains(out, "«reservoirs»") {
			t.Errorf("search:\n%s", out)
		}
		var list []struct{ Snippet string }
		if err := json.Unmarshal([]byte(ok(t, dir, "search", "--json", "Elysee", "Palace").stdout), &list); err != nil {
			t.Fatal(err)
		}
		if len(list) != 1 || !strings.Contains(list[0].Snippet, "«Elysee»") {
			t.Errorf("search --json: %+v", list)
		}
	})
	t.Run("search with a limit says how many it left out", func(t *testing.T) {
		r := ok(t, dir, "search", "--limit", "1", "e*")
		if len(lines(r.stdout)) == 0 || !strings.Contains(r.stderr, "margin search: 1 of 2 matches shown (--limit)") {
			t.Errorf("%+v", r)
		}
		if r := ok(t, dir, "search", "--limit", "2", "e*"); strings.Contains(r.stderr, "shown") {
			t.Errorf("a limit that left none out: %+v", r)
		}
	})
	t.Run("search with no match says so on stderr", func(t *testing.T) {
		r := ok(t, dir, "search", "zebra")
		if r.stdout != "" || !strings.Contains(r.stderr, "no matches") {
			t.Errorf("%+v", r)
		}
	})
	t.Run("show prints title, metadata, tags, note, then the text", func(t *testing.T) {
		ok(t, dir, "note", id, "Read", "again")
		out := ok(t, dir, "show", id).stdout
		for _, want := range []string{"Merkel meets Macron in Paris\n=====", "By: Jane Doe", "URL: https://news.example/merkel", "Tags: europe", "Note:\n  Read again\n", "\n\nAngela Merkel met Emmanuel Macron"} {
			if !strings.Contains(out, want) {
				t.Errorf("show lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("show --text prints only the canonical text", func(t *testing.T) {
		out := ok(t, dir, "show", "--text", id).stdout
		if !strings.HasPrefix(out, "Angela Merkel met") {
			t.Errorf("show --text:\n%s", out)
		}
	})
	t.Run("show --json has the clipping, highlights and mentions", func(t *testing.T) {
		ok(t, dir, "highlight", id, "--quote", "three hours")
		ok(t, dir, "tag", id, "--quote", "Brussels", "--type", "place")
		var c struct {
			ID         int64
			Title      string
			Text       string
			Tags       []string
			Highlights []struct{ Selector struct{ Exact string } }
			Mentions   []struct {
				Entity, Status string
			}
		}
		if err := json.Unmarshal([]byte(ok(t, dir, "show", id, "--json").stdout), &c); err != nil {
			t.Fatal(err)
		}
		if c.ID != atoi(t, id) || len(c.Highlights) != 1 || c.Highlights[0].Selector.Exact != "three hours" || !strings.HasPrefix(c.Text, "Angela") {
			t.Errorf("show --json: %+v", c)
		}
		found := false
		for _, m := range c.Mentions {
			found = found || (m.Entity == "Brussels" && m.Status == "confirmed")
		}
		if !found {
			t.Errorf("no confirmed mention of Brussels: %+v", c.Mentions)
		}
	})
	t.Run("rm deletes a clipping", func(t *testing.T) {
		ok(t, dir, "rm", rain)
		fails(t, dir, 1, "", "show", rain)
		if out := lines(ok(t, dir, "ls").stdout); len(out) != 1 {
			t.Errorf("ls after rm:\n%s", strings.Join(out, "\n"))
		}
	})

	bad := []struct {
		name string
		code int
		args []string
		want string
	}{
		{"ls with an argument", 2, []string{"ls", "x"}, "unexpected argument"},
		{"ls with an unknown sort", 2, []string{"ls", "--sort", "size"}, "unknown --sort"},
		{"ls with a negative limit", 2, []string{"ls", "--limit", "-1"}, "--limit"},
		{"search without a query", 2, []string{"search"}, "no query"},
		{"show without an ID", 2, []string{"show"}, "give one clipping ID"},
		{"show with a bad ID", 2, []string{"show", "abc"}, `"abc" is not a clipping ID`},
		{"show with --json and --text", 2, []string{"show", "--json", "--text", id}, "do not go together"},
		{"show of a missing clipping", 1, []string{"show", "99"}, "no clipping 99 in the library"},
		{"rm without an ID", 2, []string{"rm"}, "give the ID"},
		{"rm of a missing clipping", 1, []string{"rm", "99"}, "no clipping 99"},
		{"an unknown command", 2, []string{"frobnicate"}, "unknown command"},
	}
	for _, tt := range bad {
		t.Run(tt.name+" fails", func(t *testing.T) {
			r := runIn(t, dir, "", tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tt.code, tt.want)
			}
			if tt.code == 1 && strings.Count(r.stderr, "\n") != 1 {
				t.Errorf("stderr is not one line: %q", r.stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	dir := t.TempDir()
	out := ok(t, dir, "help").stdout
	for _, c := range []string{"add", "ls", "show", "search", "rm", "highlight", "highlights", "tag", "suggest", "accept", "reject", "entities", "label", "note", "undo", "redo", "backup", "restore", "check", "forget"} {
		if !strings.Contains(out, "\n  "+c+" ") {
			t.Errorf("help does not list %s:\n%s", c, out)
		}
	}
	if r := ok(t, dir, "highlight", "-h"); !strings.HasPrefix(r.stdout, "usage: margin highlight ID --quote") {
		t.Errorf("highlight -h: %q", r.stdout)
	}
}
