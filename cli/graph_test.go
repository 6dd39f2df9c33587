package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGraph(t *testing.T) {
	dir, id := addArticle(t)
	ok(t, dir, "tag", id, "--quote", "Merkel", "--type", "person", "--name", "Angela Merkel", "--all")
	ok(t, dir, "tag", id, "--quote", "Macron", "--type", "person", "--all")
	ok(t, dir, "tag", id, "--quote", "Paris", "--type", "place", "--all")

	t.Run("json lists the links with their counts and dates", func(t *testing.T) {
		r := ok(t, dir, "graph", "--format", "json", "--unit", "clipping")
		var m struct {
			Nodes []struct {
				Name string `json:"name"`
			} `json:"nodes"`
			Links []struct {
				Count      int    `json:"count"`
				Paragraphs int    `json:"paragraphs"`
				Clippings  int    `json:"clippings"`
				First      string `json:"first"`
			} `json:"links"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
			t.Fatal(err)
		}
		if len(m.Nodes) != 3 || len(m.Links) != 3 {
			t.Fatalf("graph %+v, want 3 entities linked by 3 links", m)
		}
		for _, k := range m.Links {
			if k.Count != 1 || k.Clippings != 1 || k.First == "" {
				t.Errorf("link %+v", k)
			}
		}
	})
	t.Run("around one entity, a person only, as GraphML to a file", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "map.graphml")
		ok(t, dir, "graph", "--entity", "Merkel", "--type", "person", "--format", "graphml", "--out", out)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if !strings.Contains(s, "Angela Merkel") || !strings.Contains(s, "Macron") || strings.Contains(s, ">Paris<") {
			t.Errorf("graphml:\n%s", s)
		}
		r := fails(t, dir, 1, "", "graph", "--format", "gexf", "--out", out)
		if !strings.Contains(r.stderr, "--force") {
			t.Errorf("writing over a file: %q", r.stderr)
		}
		ok(t, dir, "graph", "--format", "gexf", "--out", out, "--force")
	})
	bad := []struct {
		name string
		code int
		args []string
		want string
	}{
		{"no format", 2, []string{"graph"}, "give a --format"},
		{"an unknown format", 2, []string{"graph", "--format", "dot"}, "graphml, gexf, csv, json"},
		{"an unknown unit", 2, []string{"graph", "--format", "csv", "--unit", "sentence"}, "paragraph or clipping"},
		{"a bad date", 2, []string{"graph", "--format", "csv", "--since", "last week"}, "is not a date"},
		{"an unknown entity", 1, []string{"graph", "--format", "csv", "--entity", "Nobody"}, `no entity named "Nobody"`},
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
