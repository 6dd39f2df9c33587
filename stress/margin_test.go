package stress_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// marginBin is the margin binary the tests run, built once by TestMain
// (or given by MARGIN_BIN).
var marginBin string

func TestMain(m *testing.M) {
	if os.Getenv(peakEnv) != "" {
		os.Exit(runPeakHelper())
	}
	os.Exit(func() int {
		if bin := os.Getenv("MARGIN_BIN"); bin != "" {
			marginBin = bin
			return m.Run()
		}
		dir, err := os.MkdirTemp("", "margin-stress-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		marginBin = filepath.Join(dir, "margin")
		build := exec.Command("go", "build", "-o", marginBin, ".")
		build.Dir = ".."
		if out, err := build.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "build margin: %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}())
}

// full reports whether the tests run at full size (MARGIN_STRESS=full).
func full() bool { return os.Getenv("MARGIN_STRESS") == "full" }

// hangLimit is how long a margin process may run before the test counts it
// as hung and kills it.
const hangLimit = 2 * time.Minute

// proc is how one margin process ended.
type proc struct {
	stdout, stderr string
	code           int  // exit status; -1 when a signal ended it
	killed         bool // the test's SIGKILL ended it while it ran
	hung           bool
	took           time.Duration
}

// ok reports whether the process finished by itself with status 0.
func (p proc) ok() bool { return !p.killed && !p.hung && p.code == 0 }

// id returns the ID the process printed as the last line of its output.
func (p proc) id() (int64, bool) {
	out := strings.Fields(p.stdout)
	if len(out) == 0 {
		return 0, false
	}
	n, err := strconv.ParseInt(out[len(out)-1], 10, 64)
	return n, err == nil && n > 0
}

// stderrLine returns what margin itself wrote to stderr, leaving out the
// lines logged by libraries as the program starts (Fyne's locale warning).
func (p proc) stderrLine() string {
	var out []string
	for _, l := range strings.Split(p.stderr, "\n") {
		if strings.HasPrefix(l, "margin") {
			out = append(out, l)
		}
	}
	return strings.Join(out, " | ")
}

// margin runs the margin binary on the library in lib with stdin as its
// standard input. When killAfter is not negative, it sends SIGKILL to the
// process after that long; killed says whether the kill is what ended it.
func margin(t testing.TB, lib, stdin string, killAfter time.Duration, args ...string) proc {
	t.Helper()
	cmd := exec.Command(marginBin, append([]string{"--library", lib}, args...)...)
	cmd.Env = append(os.Environ(), "MARGIN_LIBRARY=")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("start margin: %v", err)
	}
	var kill *time.Timer
	if killAfter >= 0 {
		kill = time.AfterFunc(killAfter, func() { cmd.Process.Signal(syscall.SIGKILL) })
	}
	var hung atomic.Bool
	guard := time.AfterFunc(hangLimit, func() { hung.Store(true); cmd.Process.Signal(syscall.SIGKILL) })
	cmd.Wait()
	guard.Stop()
	if kill != nil {
		kill.Stop()
	}
	p := proc{stdout: out.String(), stderr: errb.String(), took: time.Since(start), hung: hung.Load()}
	ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
	p.code = ws.ExitStatus()
	p.killed = !p.hung && ws.Signaled() && ws.Signal() == syscall.SIGKILL
	return p
}
