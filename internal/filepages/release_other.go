//go:build !linux

package filepages

// Release does nothing where the process's mappings cannot be read as on
// Linux; the system takes the pages back when it needs them.
func Release(extra ...[]byte) (int64, error) { return 0, nil }

// Resident returns 0 where the process's mappings cannot be read.
func Resident() (int64, error) { return 0, nil }
