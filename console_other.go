//go:build !windows

package main

// attachConsole does nothing: outside Windows a program started from a
// terminal writes to it.
func attachConsole() {}
