package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"margin/library"
)

// The main window's list at 1280x800, in the window's coordinates (the
// window opens at the screen's top left, filling it): a point over its
// rows, and the scroll bar's thumb at the top and at the bottom of its
// track. A list of 100,000 rows has the shortest thumb, which a wheel
// flick of a few seconds does not move by a pixel.
const (
	scrollWidth, scrollHeight = 1280, 800
	listX, listY              = 170, 500
	barX                      = 343
	barTop, barBottom         = 230, 789
)

// frameInterval is Fyne's frame tick: the window is drawn at most 60 times
// a second, when something in it changed since the frame before. A frame
// is late when a tick went by without one (an interval of more than one
// and a half ticks).
const (
	frameInterval = time.Second / 60
	lateFrame     = frameInterval * 3 / 2
)

// scrollPhase is one way of scrolling the list, as xdotool's commands:
// hover before the measurement starts, then the scrolling itself.
type scrollPhase struct {
	name         string
	hover, input []string
}

// scrollPhases flick the wheel down from the top for four seconds, drag
// the scroll bar to the bottom in two (each frame lands on rows not read
// yet), flick the wheel up from the bottom and drag the bar back up. The
// wheel turns 200 clicks a second, 25 pixels each in Fyne (83 pixels, one
// and a third rows, a frame); the bar moves every 8 ms, so that every
// frame has something new to draw.
func scrollPhases() []scrollPhase {
	wheel := func(name, button string) scrollPhase {
		return scrollPhase{
			name:  name,
			hover: []string{"mousemove", strconv.Itoa(listX), strconv.Itoa(listY)},
			input: []string{"click", "--repeat", "800", "--delay", "5", button},
		}
	}
	drag := func(name string, from, to int) scrollPhase {
		p := scrollPhase{name: name, hover: []string{"mousemove", strconv.Itoa(barX), strconv.Itoa(from)}}
		p.input = []string{"mousedown", "1"}
		const moves = 250
		for i := 1; i <= moves; i++ {
			y := from + (to-from)*i/moves
			p.input = append(p.input, "mousemove", strconv.Itoa(barX), strconv.Itoa(y), "sleep", "0.008")
		}
		p.input = append(p.input, "mouseup", "1")
		return p
	}
	return []scrollPhase{
		wheel("wheel down", "5"),
		drag("drag down", barTop, barBottom),
		wheel("wheel up", "4"),
		drag("drag up", barBottom, barTop),
	}
}

// BenchmarkGUIListScroll100k measures the frames the real window presents
// while its library list of 100,000 clippings scrolls: the real binary
// under Xvfb, drawn by its OpenGL driver on Mesa's llvmpipe (software
// rendering on the processor, slower than a graphics card: an upper
// bound), driven by xdotool as a person scrolls (wheel flicks and drags of
// the scroll bar, see scrollPhases). Mesa's HUD writes the time between
// buffer swaps, one line a frame (GALLIUM_HUD=frametime with
// GALLIUM_HUD_DUMP_DIR), without a line of Margin changed. Every frame of
// a phase has new input, so every interval is a frame the window drew
// while the list moved: 16.7 ms when no tick is missed. Without Xvfb,
// xdotool or Mesa's HUD it prints that it is skipped.
func BenchmarkGUIListScroll100k(b *testing.B) {
	const metric = "list_scroll_100k_gl_frame_median"
	g := newGUIBench(b, metric, "xdotool")
	hud := filepath.Join(g.dir, "hud")
	if err := os.MkdirAll(hud, 0o755); err != nil {
		b.Fatal(err)
	}
	app := g.start(b, "GALLIUM_HUD=frametime", "GALLIUM_HUD_DUMP_DIR="+hud, "GALLIUM_HUD_VISIBLE=false")
	x := xdotool(g.display)
	if out, err := x(30*time.Second, "search", "--sync", "--name", "^Margin$", "getwindowgeometry", "--shell"); err != nil {
		b.Fatalf("the window did not appear: %v", err)
	} else if g := string(out); !strings.Contains(g, "X=0\n") || !strings.Contains(g, "Y=0\n") ||
		!strings.Contains(g, fmt.Sprintf("WIDTH=%d\n", scrollWidth)) || !strings.Contains(g, fmt.Sprintf("HEIGHT=%d\n", scrollHeight)) {
		b.Fatalf("the window is not at the top left at %dx%d, where the benchmark scrolls its list:\n%s", scrollWidth, scrollHeight, g)
	}
	// Mesa's HUD writes its file as the first frames are presented; on a
	// machine whose OpenGL is not Mesa's there is none, and nothing to wait
	// for.
	frames, err := frameTimesFile(hud, 10*time.Second)
	if err != nil {
		fmt.Printf("BENCH %s skipped (%v)\n", metric, err)
		b.Skip(err)
	}
	// The window starts the daily backup (with the index's optimisation)
	// on a copied library; the list is scrolled after it, as on any other
	// day than the first.
	waitForBackup(b, g.lib)
	time.Sleep(3 * time.Second)

	load := loadAverage()
	var all, wheel, drag []float64
	drawn, expected := 0, 0.0
	var cpu, uiCPU time.Duration
	for _, p := range scrollPhases() {
		if _, err := x(10*time.Second, p.hover...); err != nil {
			b.Fatalf("%s: xdotool: %v", p.name, err)
		}
		time.Sleep(time.Second) // the scroll bar shows itself on hover
		before := countLines(b, frames)
		cpuBefore, uiBefore := processCPU(b, app.Process.Pid), threadCPU(b, app.Process.Pid)
		start := time.Now()
		if _, err := x(time.Minute, p.input...); err != nil {
			b.Fatalf("%s: xdotool: %v", p.name, err)
		}
		took := time.Since(start)
		time.Sleep(frameInterval * 2) // the frame of the last input
		cpuPhase, uiPhase := processCPU(b, app.Process.Pid)-cpuBefore, threadCPU(b, app.Process.Pid)-uiBefore
		ms := frameTimes(b, frames, before)
		if len(ms) < 10 {
			b.Fatalf("%s: the window drew %d frames in %v: the list did not scroll", p.name, len(ms), took.Round(time.Millisecond))
		}
		// The first frame's interval began before the phase, while
		// nothing moved.
		intervals := ms[1:]
		b.Logf("%s: %d frames drawn in %v (%.0f at 60 a second), interval median %.1f ms, p95 %.1f ms, max %.1f ms, %d late; processor %.1f ms a frame, %.1f ms of it the UI thread's",
			p.name, len(ms), took.Round(time.Millisecond), took.Seconds()*60,
			quantile(intervals, 0.5), quantile(intervals, 0.95), slices.Max(intervals), late(intervals),
			perFrame(cpuPhase, len(ms)), perFrame(uiPhase, len(ms)))
		all = append(all, intervals...)
		if strings.HasPrefix(p.name, "wheel") {
			wheel = append(wheel, intervals...)
		} else {
			drag = append(drag, intervals...)
		}
		drawn += len(ms)
		expected += took.Seconds() * 60
		cpu += cpuPhase
		uiCPU += uiPhase
	}
	b.StopTimer()
	b.Logf("load average %s at the start, %s at the end", load, loadAverage())
	b.ReportMetric(quantile(all, 0.5), metric+":ms")
	b.ReportMetric(quantile(all, 0.95), "list_scroll_100k_gl_frame_p95:ms")
	b.ReportMetric(slices.Max(all), "list_scroll_100k_gl_frame_max:ms")
	b.ReportMetric(float64(late(all)), "list_scroll_100k_gl_frames_late:frames")
	b.ReportMetric(float64(drawn), "list_scroll_100k_gl_frames_drawn:frames")
	b.ReportMetric(expected, "list_scroll_100k_gl_frames_expected:frames")
	b.ReportMetric(quantile(wheel, 0.95), "list_scroll_100k_gl_wheel_p95:ms")
	b.ReportMetric(quantile(drag, 0.95), "list_scroll_100k_gl_drag_p95:ms")
	b.ReportMetric(perFrame(cpu, drawn), "list_scroll_100k_gl_cpu_per_frame:ms")
	b.ReportMetric(perFrame(uiCPU, drawn), "list_scroll_100k_gl_ui_cpu_per_frame:ms")
	if l, err := strconv.ParseFloat(strings.Fields(load + " 0")[0], 64); err == nil {
		b.ReportMetric(l, "list_scroll_100k_gl_load:load")
	}
}

// copyLibrary copies the library file of the library in cached to dir and
// returns dir, so that what the window writes (preferences, the automatic
// backup) leaves the cached library alone.
func copyLibrary(b *testing.B, cached, dir string) string {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	if out, err := exec.Command("cp", filepath.Join(cached, library.FileName), dir).CombinedOutput(); err != nil {
		b.Fatalf("copy the library: %v\n%s", err, out)
	}
	return dir
}

// startXvfb starts an X server on a display no other one uses, stopped
// when the benchmark ends, and returns the display's name.
func startXvfb(b *testing.B, xvfb string) string {
	n := 90 + os.Getpid()%100
	for exists(fmt.Sprintf("/tmp/.X%d-lock", n)) || exists(fmt.Sprintf("/tmp/.X11-unix/X%d", n)) {
		n++
	}
	display := fmt.Sprintf(":%d", n)
	x := exec.Command(xvfb, display, "-screen", "0", fmt.Sprintf("%dx%dx24", scrollWidth, scrollHeight), "-nolisten", "tcp")
	if err := x.Start(); err != nil {
		b.Fatalf("Xvfb: %v", err)
	}
	// Stopped with SIGTERM, so that it removes its lock file and socket,
	// then killed if it has not ended in five seconds.
	b.Cleanup(func() {
		ended := make(chan struct{})
		go func() { x.Wait(); close(ended) }()
		x.Process.Signal(syscall.SIGTERM)
		select {
		case <-ended:
		case <-time.After(5 * time.Second):
			x.Process.Kill()
			<-ended
		}
	})
	for start := time.Now(); time.Since(start) < 10*time.Second && !exists(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	return display
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// xdotool returns a function that runs xdotool on display with args,
// stopped after timeout, and returns what it printed.
func xdotool(display string) func(timeout time.Duration, args ...string) ([]byte, error) {
	return func(timeout time.Duration, args ...string) ([]byte, error) {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, "xdotool", args...)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		out, err := cmd.Output()
		if err != nil {
			return out, fmt.Errorf("xdotool %s: %w", args[0], err)
		}
		return out, nil
	}
}

// frameTimesFile finds the file in which Mesa's HUD writes the frame
// times ("frametime_(ms)" in Mesa 22; the name has varied), waiting up to
// timeout for the window's first frames.
func frameTimesFile(dir string, timeout time.Duration) (string, error) {
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		if files, _ := filepath.Glob(filepath.Join(dir, "frametime*")); len(files) > 0 {
			return files[0], nil
		}
		if time.Since(start) > timeout {
			return "", errors.New("no frame times from Mesa's HUD: the window is not drawn by Mesa's Gallium drivers")
		}
	}
}

// countLines returns the number of frames in the HUD's file so far.
func countLines(b *testing.B, path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return strings.Count(string(data), "\n")
}

// frameTimes returns the frame times, in ms, the HUD's file holds after
// its first skip lines. The HUD writes a line as each frame is presented.
func frameTimes(b *testing.B, path string, skip int) []float64 {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var ms []float64
	for _, l := range lines[min(skip, len(lines)):] {
		v, err := strconv.ParseFloat(strings.TrimSpace(l), 64)
		if err != nil {
			b.Fatalf("a frame time in %s: %v", path, err)
		}
		ms = append(ms, v)
	}
	return ms
}

// quantile returns the q quantile (nearest rank) of xs.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(q*float64(len(s))+0.999999) - 1
	return s[max(0, min(i, len(s)-1))]
}

// late counts the frames presented more than one and a half ticks after
// the one before: a frame of the 60 a second was missed.
func late(ms []float64) int {
	n := 0
	for _, v := range ms {
		if v > float64(lateFrame.Microseconds())/1000 {
			n++
		}
	}
	return n
}

// processCPU returns the processor time the process has used, all its
// threads (Mesa's rendering threads among them).
func processCPU(b *testing.B, pid int) time.Duration {
	return statCPU(b, fmt.Sprintf("/proc/%d/stat", pid))
}

// threadCPU returns the processor time of the process's first thread, the
// one Fyne locks its main goroutine to: events, layout and the GL calls
// (Mesa's llvmpipe fills the pixels on threads of its own).
func threadCPU(b *testing.B, pid int) time.Duration {
	return statCPU(b, fmt.Sprintf("/proc/%d/task/%d/stat", pid, pid))
}

// perFrame is d over n frames, in ms.
func perFrame(d time.Duration, n int) float64 {
	return float64(d.Microseconds()) / 1000 / float64(max(n, 1))
}

// statCPU reads the processor time, user and system, from a stat file of
// /proc. It fails the benchmark when it cannot: a time of 0 would be
// reported as a measured processor time a frame.
func statCPU(b *testing.B, path string) time.Duration {
	d, err := readStatCPU(path)
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// readStatCPU reads the processor time, user and system, from a stat file
// of /proc.
func readStatCPU(path string) (time.Duration, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("processor time: %w", err)
	}
	// utime and stime are fields 14 and 15 (proc(5)), in clock ticks of
	// 1/100 s, counted from the state, the field after the command's name
	// in parentheses.
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("processor time: %s has %d fields after the name", path, len(f))
	}
	u, errU := strconv.ParseInt(f[11], 10, 64)
	s, errS := strconv.ParseInt(f[12], 10, 64)
	if err := errors.Join(errU, errS); err != nil {
		return 0, fmt.Errorf("processor time in %s: %w", path, err)
	}
	return time.Duration(u+s) * 10 * time.Millisecond, nil
}

// loadAverage returns the system's load averages over 1, 5 and 15 minutes.
func loadAverage() string {
	data, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// The scroll benchmark's processor time a frame is measured or the
// benchmark fails: a stat file that cannot be read is an error, not 0.
func TestReadStatCPUSaysWhenItCannot(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	if _, err := readStatCPU("/proc/self/stat"); err != nil {
		t.Errorf("this process's stat: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "stat")
	if err := os.WriteFile(bad, []byte("1 (margin) S 0 1"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{filepath.Join(t.TempDir(), "gone"), bad} {
		if d, err := readStatCPU(path); err == nil {
			t.Errorf("%s read as %v", path, d)
		}
	}
}
