package app

import (
	"os"
	"testing"
)

// TestMain makes the windows of the package's tests and benchmarks queue
// their UI updates for Window.wait to run on the test's goroutine (see
// testUI).
func TestMain(m *testing.M) {
	testUI = make(chan func(), 4096)
	os.Exit(m.Run())
}
