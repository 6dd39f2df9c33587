package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"margin/internal/benchdata"
)

// BenchmarkCLIAddRSS measures the memory a person's machine gives
// `margin add` of a 5,000-word page, entity suggestions included: the
// peak resident set of the real binary, built for the benchmark. `margin
// ls` on the same library is the floor of a command.
func BenchmarkCLIAddRSS(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "margin")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
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
