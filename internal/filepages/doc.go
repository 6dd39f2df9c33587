// Package filepages gives back to the system, when the window is idle, the
// pages of the program's own file that it holds resident without using
// them: the code and read-only data touched at start-up, the recogniser's
// weights (read in place from the binary) and embedded fonts once parsed.
//
// These pages are copies of the program file, kept in the system's file
// cache; dropping them from the process costs nothing to get back: a page
// touched again is mapped again from the cache (a minor fault, a
// microsecond), or read from the file if the system needed the memory in
// between, as it would have taken it from the process anyway. Measured on
// the window over 100,000 clippings, see docs/performance.md ("Memory").
package filepages
