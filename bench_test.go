package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"margin/internal/benchdata"
	"margin/library"
)

// BenchmarkCLIAddRSS measures the memory a person's machine gives
// `margin add` of a 5,000-word page, entity suggestions included: the
// peak resident set of the real binary, built for the benchmark. `margin
// ls` on the same library is the floor of a command.
func BenchmarkCLIAddRSS(b *testing.B) {
	dir := b.TempDir()
	bin := buildMargin(b, dir)
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, []byte(longPage(5000)), 0o644); err != nil {
		b.Fatal(err)
	}
	lib := filepath.Join(dir, "library")
	b.ResetTimer()
	add := peakRSS(b, bin, "--library", lib, "add", "--url", "https://news.example/long", page)
	ls := peakRSS(b, bin, "--library", lib, "ls")
	b.StopTimer()
	b.ReportMetric(add, "cli_add_rss_mb:MB")
	b.ReportMetric(ls, "cli_ls_rss_mb:MB")
}

// longPage is an article page of about words words from the benchmark
// corpus, with people's names in it.
func longPage(words int) string {
	c := benchdata.NewCorpus(7)
	a := c.Article(0)
	var b strings.Builder
	b.WriteString("<html><head><title>" + a.Title + "</title></head><body><article><h1>" + a.Title + "</h1>")
	n := 0
	for i := 0; n < words; i++ {
		for _, bl := range c.Article(i + 1).Document.Blocks {
			b.WriteString("<p>" + bl.Text + "</p>\n")
			n += len(strings.Fields(bl.Text))
		}
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// peakRSS runs the binary and returns its peak resident set in MB.
func peakRSS(b *testing.B, bin string, args ...string) float64 {
	cmd := exec.Command(bin, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("margin %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		b.Skip("no resource usage on this system")
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}

// buildMargin builds the margin binary into dir as make build does, with
// Fyne's fyneDo migration and against the patched Fyne of the workspace
// tmp/go.work (see the Makefile and _patches/README.md), also when the
// benchmark is run without make once make deps has made the workspace;
// with MARGIN_MEMPROFILE set, with the memprofile tag too, so that the
// window it runs writes heap profiles there (app/memprofile.go,
// docs/performance.md).
func buildMargin(b *testing.B, dir string) string {
	bin := filepath.Join(dir, "margin")
	tags := "migrated_fynedo"
	if os.Getenv("MARGIN_MEMPROFILE") != "" {
		tags += ",memprofile"
	}
	cmd := exec.Command("go", "build", "-tags", tags, "-o", bin, ".")
	cmd.Env = os.Environ()
	if os.Getenv("GOWORK") == "" {
		work, err := filepath.Abs(filepath.Join("tmp", "go.work"))
		if _, statErr := os.Stat(work); err == nil && statErr == nil {
			cmd.Env = append(cmd.Env, "GOWORK="+work)
		} else {
			b.Logf("no workspace tmp/go.work (make deps makes it): the binary is built against Fyne as published, without Margin's patch")
		}
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// BenchmarkGUIIdleRSS measures the memory the window holds on a library of
// 100,000 clippings with a 5,000-word clipping open and its suggestions
// made, a minute after its daily backup is done: the real binary under
// Xvfb, its resident set read from /proc. Without Xvfb it prints that it is skipped.
func BenchmarkGUIIdleRSS(b *testing.B) {
	g := newGUIBench(b, "gui_idle_rss_mb")
	dir, bin, lib := g.dir, g.bin, g.lib
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, []byte(longPage(5000)), 0o644); err != nil {
		b.Fatal(err)
	}
	out, err := exec.Command(bin, "--library", lib, "add", "--url", "https://news.example/long", page).Output()
	if err != nil {
		b.Fatalf("margin add: %v", err)
	}
	id := strings.TrimSpace(string(out))
	// The window opens the clipping open when it last closed.
	prefs := filepath.Join(g.config, "fyne", "app.margin.desktop")
	if err := os.MkdirAll(prefs, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(prefs, "preferences.json"), []byte(`{"window.lastClipping":`+id+`}`), 0o644); err != nil {
		b.Fatal(err)
	}

	app := g.start(b)
	// The window starts the daily backup (with the index's optimisation)
	// on a copied library; idle is a minute after it is done, however long
	// the machine's load makes it.
	waitForBackup(b, lib)
	time.Sleep(time.Minute)
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", app.Process.Pid))
	if err != nil {
		b.Fatalf("the window is not running after a minute: %v", err)
	}
	b.StopTimer()
	if statusMB(status, "VmRSS:") == 0 {
		// A process that has exited has no memory in its status.
		b.Fatalf("the window has exited (another display on %s?)", g.display)
	}
	b.ReportMetric(statusMB(status, "VmRSS:"), "gui_idle_rss_mb:MB")
	// Of which the process's own memory, and pages of files it maps (the
	// library, read through a map): the system takes those back first.
	b.ReportMetric(statusMB(status, "RssAnon:"), "gui_idle_anon_mb:MB")
	b.ReportMetric(statusMB(status, "RssFile:"), "gui_idle_file_mb:MB")
	b.ReportMetric(statusMB(status, "VmHWM:"), "gui_peak_rss_mb:MB")
}

// guiBench is what a benchmark of the real window starts from: the margin
// binary built for it, a copy of the cached library of 100,000 clippings
// (so that what the window writes, the preferences and the automatic
// backup among it, leaves the cached one alone) and an X server.
type guiBench struct {
	dir, bin, lib, config, display string
}

// newGUIBench builds the binary, copies the library and starts Xvfb. Without
// Xvfb, or one of the other tools named, it prints that metric is skipped
// and skips the benchmark.
func newGUIBench(b *testing.B, metric string, tools ...string) *guiBench {
	xvfb, err := exec.LookPath("Xvfb")
	if err != nil {
		fmt.Printf("BENCH %s skipped (no Xvfb; apt-get install xvfb)\n", metric)
		b.Skip("no Xvfb")
	}
	for _, t := range tools {
		if _, err := exec.LookPath(t); err != nil {
			fmt.Printf("BENCH %s skipped (no %s; apt-get install %s)\n", metric, t, t)
			b.Skip("no " + t)
		}
	}
	cached := benchdata.Library(b, 100000)
	g := &guiBench{dir: b.TempDir()}
	g.bin = buildMargin(b, g.dir)
	g.lib = copyLibrary(b, cached, filepath.Join(g.dir, "library"))
	g.config = filepath.Join(g.dir, "config")
	g.display = startXvfb(b, xvfb)
	return g
}

// start resets the benchmark's timer and runs the window on the library,
// with env added to its environment; it is stopped when the benchmark ends.
func (g *guiBench) start(b *testing.B, env ...string) *exec.Cmd {
	b.ResetTimer()
	app := exec.Command(g.bin, "--library", g.lib)
	app.Env = append(os.Environ(), "DISPLAY="+g.display, "XDG_CONFIG_HOME="+g.config)
	app.Env = append(app.Env, env...)
	if err := app.Start(); err != nil {
		b.Fatalf("margin: %v", err)
	}
	b.Cleanup(func() { app.Process.Kill(); app.Wait() })
	return app
}

// waitForBackup waits until the window has made the library's daily
// backup, which it starts on opening a copied library; it fails the
// benchmark when none is made in ten minutes, since what it measures next
// would run beside the backup.
func waitForBackup(b *testing.B, lib string) {
	backups := filepath.Join(lib, library.BackupDir)
	for start := time.Now(); !hasBackup(backups); time.Sleep(time.Second) {
		if time.Since(start) > 10*time.Minute {
			b.Fatalf("the window made no backup in %s in ten minutes", backups)
		}
	}
}

// hasBackup reports whether dir holds a finished backup (not a partial
// one, whose name starts with a dot).
func hasBackup(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			return true
		}
	}
	return false
}

// statusMB reads a field of /proc/PID/status given in kB, in MB.
func statusMB(status []byte, field string) float64 {
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(rest), "%f", &kb)
			return kb / 1024
		}
	}
	return 0
}
