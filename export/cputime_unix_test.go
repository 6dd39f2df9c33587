//go:build unix

package export

import (
	"syscall"
	"time"
)

// processCPU is the processor time the test process has used so far, user
// and system, on every thread: on a loaded machine it says what an export
// costs when the wall clock cannot.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
