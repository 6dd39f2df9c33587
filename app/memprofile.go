//go:build memprofile

package app

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"
)

// A binary built with -tags memprofile writes, every ten seconds while it
// runs, a heap profile of the process to path and its runtime memory
// statistics to path.txt, when MARGIN_MEMPROFILE names path: how the
// window's memory was measured (docs/performance.md). It is a tool for
// measuring, not a feature, so it is no part of the binary people run.
// Errors end it silently. Run calls it, so only the window writes the
// profile: the commands a benchmark runs beside the window (margin add)
// inherit MARGIN_MEMPROFILE and would overwrite the window's profile.
func profileMemory() {
	path := os.Getenv("MARGIN_MEMPROFILE")
	if path == "" {
		return
	}
	go func() {
		for {
			time.Sleep(10 * time.Second)
			f, err := os.Create(path)
			if err != nil {
				return
			}
			pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			mb := func(n uint64) float64 { return float64(n) / (1 << 20) }
			status, _ := os.ReadFile("/proc/self/status")
			os.WriteFile(path+".txt", fmt.Appendf(nil,
				"HeapAlloc %.1f MB\nHeapInuse %.1f MB\nHeapIdle %.1f MB\nHeapReleased %.1f MB\nStackInuse %.1f MB\nSys %.1f MB\nNumGC %d\nGoroutines %d\n\n%s",
				mb(m.HeapAlloc), mb(m.HeapInuse), mb(m.HeapIdle), mb(m.HeapReleased), mb(m.StackInuse), mb(m.Sys), m.NumGC, runtime.NumGoroutine(), status), 0o644)
		}
	}()
}
