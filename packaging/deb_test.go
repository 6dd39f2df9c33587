package packaging

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDebianPackage unpacks the .deb into a scratch root with dpkg -x and
// checks what it installs, then runs lintian on it and
// desktop-file-validate on its desktop entry.
func TestDebianPackage(t *testing.T) {
	id, version := appMetadata(t)
	deb := artefact(t, "MARGIN_DEB", "margin_"+version+"_amd64.deb", "package-deb")
	if _, err := exec.LookPath("dpkg"); err != nil {
		t.Skip("dpkg is not installed")
	}
	root := t.TempDir()
	if out, err := exec.Command("dpkg", "-x", deb, root).CombinedOutput(); err != nil {
		t.Fatalf("dpkg -x: %v: %s", err, out)
	}
	desktop := filepath.Join(root, "usr", "share", "applications", id+".desktop")

	t.Run("it installs the binary, desktop entry, icons and manual page", func(t *testing.T) {
		want := []string{"usr/bin/margin", "usr/share/applications/" + id + ".desktop",
			"usr/share/man/man1/margin.1.gz", "usr/share/doc/margin/copyright", "usr/share/lintian/overrides/margin"}
		for _, n := range []string{"16", "24", "32", "48", "64", "128", "256", "512"} {
			want = append(want, "usr/share/icons/hicolor/"+n+"x"+n+"/apps/"+id+".png")
		}
		for _, p := range want {
			if _, err := os.Stat(filepath.Join(root, p)); err != nil {
				t.Errorf("missing %s", p)
			}
		}
	})
	t.Run("it depends on the libraries the binary links and the ones GLFW opens", func(t *testing.T) {
		out, err := exec.Command("dpkg-deb", "--field", deb, "Depends").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, pkg := range []string{"libc6", "libgl1", "libx11-6", "libxrandr2", "libxcursor1"} {
			if !bytes.Contains(out, []byte(pkg)) {
				t.Errorf("Depends lacks %s: %s", pkg, out)
			}
		}
	})
	t.Run("the desktop entry starts margin with the icon named by the app ID", func(t *testing.T) {
		b, err := os.ReadFile(desktop)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range []string{"Exec=margin", "Icon=" + id, "Name=Margin", "Type=Application"} {
			if !bytes.Contains(b, []byte("\n"+line+"\n")) {
				t.Errorf("no line %q in:\n%s", line, b)
			}
		}
	})
	t.Run("the installed binary runs a command without a display", func(t *testing.T) {
		cmd := exec.Command(filepath.Join(root, "usr", "bin", "margin"), "help")
		cmd.Env = append(os.Environ(), "DISPLAY=", "WAYLAND_DISPLAY=")
		out, err := cmd.CombinedOutput()
		if err != nil || !bytes.Equal(out, []byte(runLinux(t, "help"))) {
			t.Errorf("margin help: %v\n%s", err, out)
		}
	})
	t.Run("the manual page is margin(1) of this version", func(t *testing.T) {
		f, err := os.Open(filepath.Join(root, "usr", "share", "man", "man1", "margin.1.gz"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(page, []byte(`"Margin `+version+`"`)) || !bytes.Contains(page, []byte(`\fBmargin\fR export`)) {
			t.Errorf("manual page:\n%.400s", page)
		}
	})
	t.Run("desktop-file-validate accepts the desktop entry", func(t *testing.T) {
		if _, err := exec.LookPath("desktop-file-validate"); err != nil {
			t.Skip("desktop-file-validate is not installed (Debian: apt-get install desktop-file-utils)")
		}
		out, err := exec.Command("desktop-file-validate", desktop).CombinedOutput()
		if err != nil || bytes.Contains(out, []byte("error: ")) || bytes.Contains(out, []byte("warning: ")) {
			t.Errorf("desktop-file-validate: %v\n%s", err, out)
		} else if len(out) > 0 {
			t.Logf("desktop-file-validate:\n%s", out)
		}
	})
	t.Run("lintian finds no errors", func(t *testing.T) {
		if _, err := exec.LookPath("lintian"); err != nil {
			t.Skip("lintian is not installed (Debian: apt-get install lintian)")
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		out, err := exec.CommandContext(ctx, "lintian", "--allow-root", "--tag-display-limit", "0", deb).CombinedOutput()
		var errs []string
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "E: ") {
				errs = append(errs, sc.Text())
			}
		}
		t.Logf("lintian:\n%s", out)
		if len(errs) > 0 {
			t.Errorf("lintian errors:\n%s", strings.Join(errs, "\n"))
		}
		// Exit status 1 means it found errors; 2 that it could not run.
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() != 1 || err != nil && !ok {
			t.Errorf("lintian: %v", err)
		}
	})
}
