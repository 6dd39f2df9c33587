package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"margin/cli"
)

// result is what one run of the command line gave.
type result struct {
	code           int
	stdout, stderr string
}

// runIn runs margin with args on the library in dir, with stdin as
// standard input.
func runIn(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cli.Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := cli.Run(context.Background(), append([]string{"--library", dir}, args...), env)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// ok runs margin and fails the test unless it succeeds.
func ok(t *testing.T, dir string, args ...string) result {
	t.Helper()
	r := runIn(t, dir, "", args...)
	if r.code != 0 {
		t.Fatalf("margin %s: exit %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
	}
	return r
}

// fails runs margin, expects the exit code, and for failures checks that
// stderr is one line naming the command.
func fails(t *testing.T, dir string, code int, stdin string, args ...string) result {
	t.Helper()
	r := runIn(t, dir, stdin, args...)
	if r.code != code {
		t.Fatalf("margin %s: exit %d, want %d; stdout %q stderr %q", strings.Join(args, " "), r.code, code, r.stdout, r.stderr)
	}
	if code == 1 {
		if lines := strings.Count(r.stderr, "\n"); lines != 1 || !strings.HasPrefix(r.stderr, "margin ") {
			t.Errorf("margin %s: stderr is not one line starting with margin: %q", strings.Join(args, " "), r.stderr)
		}
	}
	if code == 2 && !strings.Contains(r.stderr, "usage: margin") {
		t.Errorf("margin %s: bad usage does not show the usage: %q", strings.Join(args, " "), r.stderr)
	}
	return r
}

// readTestdata returns a file under testdata.
func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// addArticle adds testdata/article.html to a new library and returns the
// library's directory and the clipping's ID.
func addArticle(t *testing.T) (dir, id string) {
	t.Helper()
	dir = t.TempDir()
	r := runIn(t, dir, readTestdata(t, "article.html"), "add", "--url", "https://news.example/merkel", "-")
	if r.code != 0 {
		t.Fatalf("add: exit %d, %q", r.code, r.stderr)
	}
	return dir, strings.TrimSpace(r.stdout)
}

// lines returns the non-empty lines of s.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// atoi parses an ID printed by margin.
func atoi(t *testing.T, s string) int64 {
	t.Helper()
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil {
		t.Fatalf("%q is not an ID", s)
	}
	return n
}
