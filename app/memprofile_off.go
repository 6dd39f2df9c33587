//go:build !memprofile

package app

// profileMemory does nothing in the binary people run: the heap profiles
// are a tool for measuring (memprofile.go).
func profileMemory() {}
