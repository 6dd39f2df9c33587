//go:build unix

package annotate

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the test process has used so far, so a
// benchmark can report cost that does not depend on how busy the machine is.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
