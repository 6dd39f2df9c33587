package app

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"margin/library"
)

// TestStressWindowDuringALongAdd opens the window on a library while three
// margin processes work on the same library: one adds a long page (3 MB
// when MARGIN_STRESS=full, else 300 KB), one lists and searches, one writes
// a note again and again. The window's list is refreshed and searched all
// the while; each refresh or search returns in under 500 ms (the median;
// none waits seconds, as one waiting for the add's lock would), and once
// the add ends the window finds the long clipping.
//
// It runs the margin binary named by MARGIN_BIN: `make stress` runs it
// from the stress suite (stress.TestStressWindowDuringALongAdd) with the
// binary it builds. Without MARGIN_BIN it is skipped.
func TestStressWindowDuringALongAdd(t *testing.T) {
	bin := os.Getenv("MARGIN_BIN")
	if bin == "" {
		t.Skip("MARGIN_BIN is not set; make stress runs this test with the binary it builds")
	}
	size := 300 << 10
	if os.Getenv("MARGIN_STRESS") == "full" {
		size = 3 << 20
	}
	dir := t.TempDir()
	lib, err := library.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	addArticles(t, lib, "Harbour plans divide the city", "Storm closes the airport")
	w := newMainWindow(test.NewTempApp(t), lib, newTestTasks())
	w.win.Resize(fyne.NewSize(1200, 800))
	w.Show()
	t.Cleanup(func() {
		w.wait()
		w.cancel()
		lib.Close()
	})
	w.wait()

	var page strings.Builder
	page.WriteString("<!doctype html><html><head><title>A very long dispatch</title></head><body><article><h1>A very long dispatch</h1>")
	for i := 0; page.Len() < size; i++ {
		fmt.Fprintf(&page, "<p>Paragraph %d: rain fell on the harbour as Maria Lopez walked to the council meeting in Valparaiso, "+
			"where the port authority of dispatch%d was expected to announce its plans for the coming decade.</p>\n", i, i%97)
	}
	page.WriteString("<p>The zebrafinch sang at the end.</p></article></body></html>")
	path := filepath.Join(t.TempDir(), "long.html")
	if err := os.WriteFile(path, []byte(page.String()), 0o600); err != nil {
		t.Fatal(err)
	}

	run := func(args ...string) (string, error) {
		cmd := exec.Command(bin, append([]string{"--library", dir}, args...)...)
		cmd.Env = append(os.Environ(), "MARGIN_LIBRARY=")
		out, err := cmd.CombinedOutput()
		return strings.TrimSpace(string(out)), err
	}
	done := make(chan error, 1)
	var addOut string
	go func() {
		var err error
		addOut, err = run("add", path)
		done <- err
	}()
	var (
		mu       sync.Mutex
		failures []string
		stop     = make(chan struct{})
		cliRuns  int
		others   sync.WaitGroup
	)
	for _, args := range [][][]string{
		{{"ls"}, {"search", "harbour"}},
		{{"note", "1", "written meanwhile"}},
	} {
		others.Add(1)
		go func() {
			defer others.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				a := args[i%len(args)]
				out, err := run(a...)
				mu.Lock()
				cliRuns++
				if err != nil {
					failures = append(failures, fmt.Sprintf("margin %s: %s", a[0], out))
				}
				mu.Unlock()
			}
		}()
	}

	var refreshes, searches []time.Duration
	var addErr error
	for running := true; running; {
		select {
		case addErr = <-done:
			running = false
		case <-time.After(100 * time.Millisecond):
			start := time.Now()
			w.list.reloadKeepPosition()
			w.wait()
			refreshes = append(refreshes, time.Since(start))
			start = time.Now()
			w.list.search.SetText(fmt.Sprintf("harbour %d", len(searches)%3))
			w.wait()
			searches = append(searches, time.Since(start))
			w.list.search.SetText("")
			w.wait()
		}
	}
	close(stop)
	others.Wait()
	if addErr != nil {
		t.Fatalf("the long add failed: %v: %s", addErr, addOut)
	}
	for _, f := range failures {
		t.Error(f)
	}
	summary := fmt.Sprintf("WINDOW page_mb=%.1f cli_runs=%d cli_failures=%d", float64(size)/(1<<20), cliRuns, len(failures))
	for _, m := range []struct {
		name string
		d    []time.Duration
	}{{"refresh", refreshes}, {"search", searches}} {
		if len(m.d) == 0 {
			t.Errorf("the window's list was never refreshed during the add")
			continue
		}
		slices.Sort(m.d)
		median, most := m.d[len(m.d)/2], m.d[len(m.d)-1]
		summary += fmt.Sprintf(" %s_runs=%d %s_median_ms=%d %s_max_ms=%d", m.name, len(m.d), m.name, median.Milliseconds(), m.name, most.Milliseconds())
		if median > 500*time.Millisecond || most > 2*time.Second {
			t.Errorf("the window's list %s took %v (median %v) while the page was added", m.name, most, median)
		}
	}
	w.list.search.SetText("zebrafinch")
	w.wait()
	if got := listTitles(w); len(got) != 1 || got[0] != "A very long dispatch" {
		t.Errorf("after the add, the window's search for a word of the long page lists %q", got)
	}
	t.Log(summary)
	fmt.Println(summary)
}
