package packaging

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// fixtures are the pages the Windows test clips: a plain article, one
// titled with a Windows device name and one whose title holds every
// character Windows forbids in a file name.
var fixtures = []struct{ src, url string }{
	{"../cli/testdata/article.html", "https://example.com/news/merkel-macron"},
	{"testdata/device-title.html", "https://example.com/news/con"},
	{"testdata/reserved-title.html", "https://example.com/news/split"},
}

// wine runs Margin.exe under Wine in its own prefix.
type wine struct {
	t      *testing.T
	bin    string
	exe    string
	prefix string
}

func findWine(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"wine64", "wine", "/usr/lib/wine/wine64"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("Wine is not installed (Debian: apt-get install wine64); the Windows build is not run")
	return ""
}

// initPrefix creates the Wine prefix and, when its Wine has no
// bcryptprimitives.dll (Wine 8, Debian 12), builds the stand-in in
// testdata/wine into the prefix's system folder: Go's runtime needs the
// ProcessPrng it exports, which every Windows 10 and 11 has.
func (w *wine) initPrefix() {
	w.t.Helper()
	w.command("wineboot", "--init")
	system := w.cPath(`windows\system32`)
	dll := filepath.Join(system, "bcryptprimitives.dll")
	if _, err := os.Stat(dll); err == nil {
		return
	}
	cc, err := exec.LookPath("x86_64-w64-mingw32-gcc")
	if err != nil {
		w.t.Skip("this Wine has no bcryptprimitives.dll, which Go programs need, and MinGW-w64 is not installed to build its stand-in")
	}
	if out, err := exec.Command(cc, "-O2", "-shared", "-o", dll, "testdata/wine/bcryptprimitives.c", "-ladvapi32").CombinedOutput(); err != nil {
		w.t.Fatalf("build bcryptprimitives.dll: %v\n%s", err, out)
	}
	w.t.Log("this Wine has no bcryptprimitives.dll; its stand-in from testdata/wine is in the prefix")
}

// run runs Margin.exe with args and no display, and returns its standard
// output; a failure ends the test with its standard error.
func (w *wine) run(args ...string) string {
	w.t.Helper()
	return w.command(w.exe, args...)
}

// command runs a Windows program under Wine; a failure ends the test.
func (w *wine) command(program string, args ...string) string {
	w.t.Helper()
	out, errOut, err := w.try(program, args...)
	if err != nil {
		w.t.Fatalf("wine %s %q: %v\nstdout: %s\nstderr: %s", filepath.Base(program), args, err, out, errOut)
	}
	return out
}

// try runs a Windows program under Wine and returns what it printed.
func (w *wine) try(program string, args ...string) (stdout, stderr string, err error) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, w.bin, append([]string{program}, args...)...)
	env := []string{
		"WINEPREFIX=" + w.prefix,
		"WINEDEBUG=-all",
		// No Mono or Gecko: the first start would offer to download them.
		"WINEDLLOVERRIDES=mscoree=;mshtml=",
	}
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "DISPLAY", "WAYLAND_DISPLAY", "MARGIN_LIBRARY", "WINEPREFIX", "WINEDEBUG", "WINEDLLOVERRIDES":
			continue // the commands must not need a display
		}
		env = append(env, kv)
	}
	cmd.Env = env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

// cPath returns where C:\ + rel (with backslashes) lies in the prefix.
func (w *wine) cPath(rel string) string {
	return filepath.Join(w.prefix, "drive_c", filepath.FromSlash(strings.ReplaceAll(rel, `\`, "/")))
}

func TestWindowsBuildUnderWine(t *testing.T) {
	bin := findWine(t)
	_, version := appMetadata(t)
	exe := artefact(t, "MARGIN_WINDOWS_EXE", filepath.Join("windows", "Margin.exe"), "package-windows")
	w := &wine{t: t, bin: bin, exe: exe, prefix: filepath.Join(t.TempDir(), "wineprefix")}
	t.Logf("Margin %s, %s under %s", version, exe, bin)

	start := time.Now()
	w.initPrefix()
	t.Logf("a new Wine prefix: %v", time.Since(start).Round(time.Second))
	help := w.run("help")
	t.Run("help prints the same usage as the Linux build", func(t *testing.T) {
		if want := runLinux(t, "help"); help != want {
			t.Errorf("Windows help:\n%s\nLinux help:\n%s", help, want)
		}
	})

	// The fixtures are copied to C:\Pages, and the library lives under a
	// Windows path with a drive letter, backslashes and a space.
	const winLib, winNotes = `C:\Margin test\Library`, `C:\Margin test\Notes\`
	linuxLib, linuxNotes := filepath.Join(t.TempDir(), "library"), filepath.Join(t.TempDir(), "notes")+"/"
	for _, f := range fixtures {
		b, err := os.ReadFile(f.src)
		if err != nil {
			t.Fatal(err)
		}
		dst := w.cPath(`Pages\` + filepath.Base(f.src))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
		winID := w.run("--library", winLib, "add", "--url", f.url, `C:\Pages\`+filepath.Base(f.src))
		linuxID := runLinux(t, "--library", linuxLib, "add", "--url", f.url, f.src)
		if winID != linuxID {
			t.Fatalf("add %s: Windows printed %q, Linux %q", f.src, winID, linuxID)
		}
	}
	for _, args := range [][]string{
		{"highlight", "1", "--quote", "lasted three hours", "--color", "green", "--note", "a long meeting"},
		{"label", "1", "europe", "diplomacy"},
	} {
		w.run(append([]string{"--library", winLib}, args...)...)
		runLinux(t, append([]string{"--library", linuxLib}, args...)...)
	}
	t.Run("the library is a folder under the Windows path", func(t *testing.T) {
		if _, err := os.Stat(w.cPath(`Margin test\Library`)); err != nil {
			t.Error(err)
		}
	})

	w.run("--library", winLib, "export", "--all", "--format", "md", "--out", winNotes)
	runLinux(t, "--library", linuxLib, "export", "--all", "--format", "md", "--out", linuxNotes)
	winOut, linuxOut := readNotes(t, w.cPath(`Margin test\Notes`)), readNotes(t, linuxNotes)
	t.Run("the exported notes have the same names as on Linux", func(t *testing.T) {
		if !slices.Equal(names(winOut), names(linuxOut)) {
			t.Fatalf("Windows: %q\nLinux: %q", names(winOut), names(linuxOut))
		}
		if len(winOut) != len(fixtures) {
			t.Errorf("%d notes for %d clippings: %q", len(winOut), len(fixtures), names(winOut))
		}
		for _, n := range names(winOut) {
			if strings.ContainsAny(n, `<>:"/\|?*`) || strings.EqualFold(strings.SplitN(n, ".", 2)[0], "CON") {
				t.Errorf("%q is not a valid Windows file name", n)
			}
		}
	})
	t.Run("the exported notes' bytes equal the Linux build's", func(t *testing.T) {
		// Each library has its own random identity, written into its notes
		// as margin_library so that a note is only ever merged back into the
		// library that wrote it (docs/export.md). The two builds' libraries
		// are two libraries, so that one line is compared by its form and
		// the rest byte for byte.
		winID, linuxID := libraryIDs(t, winOut), libraryIDs(t, linuxOut)
		if winID == linuxID {
			t.Errorf("two libraries have the same identity %q", winID)
		}
		for _, name := range names(winOut) {
			b := bytes.Replace(winOut[name], []byte(winID), []byte(linuxID), 1)
			if !bytes.Equal(b, linuxOut[name]) {
				t.Errorf("%s differs:\nWindows:\n%s\nLinux:\n%s", name, b, linuxOut[name])
				continue
			}
			t.Logf("%q: %d bytes, the same on Windows and Linux", name, len(b))
		}
		merkel := string(winOut["Merkel meets Macron in Paris.md"])
		for _, want := range []string{"lasted three hours", "a long meeting", "diplomacy", "margin_id: 1"} {
			if !strings.Contains(merkel, want) {
				t.Errorf("the note lacks %q:\n%s", want, merkel)
			}
		}
	})

	t.Run("exporting again updates the notes in place", func(t *testing.T) {
		w.run("--library", winLib, "export", "--all", "--format", "md", "--out", winNotes)
		again := readNotes(t, w.cPath(`Margin test\Notes`))
		if !slices.Equal(names(again), names(winOut)) {
			t.Errorf("after a second export: %q, before: %q", names(again), names(winOut))
		}
	})

	t.Run("a path with a device's name is refused with a sentence saying why", func(t *testing.T) {
		for _, args := range [][]string{
			{"--library", winLib, "backup", `C:\Margin test\nul.db`},
			{"--library", winLib, "export", "1", "--out", `C:\Margin test\con.md`},
			{"--library", `C:\Margin test\AUX`, "ls"},
		} {
			_, errOut, err := w.try(w.exe, args...)
			if err == nil || !strings.Contains(errOut, "Windows keeps the name") {
				t.Errorf("Margin.exe %q: %v, %q", args, err, errOut)
			}
		}
	})

	t.Run("without --library the library is in %APPDATA%", func(t *testing.T) {
		w.run("add", "--url", fixtures[0].url, `C:\Pages\`+filepath.Base(fixtures[0].src))
		dirs, _ := filepath.Glob(filepath.Join(w.prefix, "drive_c", "users", "*", "AppData", "Roaming", "Margin"))
		if len(dirs) != 1 {
			t.Fatalf("no Margin folder in AppData\\Roaming: %q", dirs)
		}
		if got := w.run("ls"); !strings.Contains(got, "Merkel meets Macron") {
			t.Errorf("ls in the default library: %q", got)
		}
	})
}

// libraryIDs returns the margin_library property the notes share: one
// library's identity, 32 hexadecimal digits, the same in every note.
func libraryIDs(t *testing.T, notes map[string][]byte) string {
	t.Helper()
	re := regexp.MustCompile(`(?m)^margin_library: ([0-9a-f]{32})$`)
	id := ""
	for name, b := range notes {
		m := re.FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s has no margin_library of 32 hexadecimal digits:\n%s", name, b)
		}
		if id != "" && string(m[1]) != id {
			t.Fatalf("%s names library %s, another note %s", name, m[1], id)
		}
		id = string(m[1])
	}
	return id
}
