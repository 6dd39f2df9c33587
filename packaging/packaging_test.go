// Package packaging holds the tests of Margin's packages: the Windows build
// run under Wine, the Debian package checked by lintian and
// desktop-file-validate, and the Flatpak manifest. The packages are built
// by make (package-windows, package-deb); each test skips, saying why, when
// what it needs is not there. Its subfolders hold the small programs the
// package scripts run (the manual page, the icon sizes).
package packaging

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"margin/cli"
)

// appMetadata returns the app ID and version FyneApp.toml gives, the one
// place they are written.
func appMetadata(t *testing.T) (id, version string) {
	t.Helper()
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	field := func(name string) string {
		m := regexp.MustCompile(`(?m)^` + name + `\s*=\s*"([^"]*)"`).FindSubmatch(b)
		if m == nil {
			t.Fatalf("FyneApp.toml has no %s", name)
		}
		return string(m[1])
	}
	return field("ID"), field("Version")
}

// artefact returns the path in env, or the file dist/name when it exists,
// or skips the test with how to build it.
func artefact(t *testing.T, env, name, target string) string {
	t.Helper()
	if p := os.Getenv(env); p != "" {
		return p
	}
	p := filepath.Join("..", "dist", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no %s: run 'make %s' first, or set %s", p, target, env)
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// runLinux runs Margin's command line in this process, as the Linux
// binary does, and returns what it printed.
func runLinux(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &cli.Env{Stdin: bytes.NewReader(nil), Stdout: &out, Stderr: &errOut}
	if code := cli.Run(context.Background(), args, env); code != 0 {
		t.Fatalf("margin %q: exit %d: %s", args, code, errOut.String())
	}
	return out.String()
}

// readNotes returns the files in dir by name.
func readNotes(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	notes := map[string][]byte{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		notes[e.Name()] = b
	}
	return notes
}

func names(m map[string][]byte) []string {
	var s []string
	for n := range m {
		s = append(s, n)
	}
	sort.Strings(s)
	return s
}
