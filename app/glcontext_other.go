//go:build !((linux && !android) || freebsd || openbsd || netbsd)

package app

// askNoDepthBuffer leaves the window's buffers to Fyne where it was not
// measured (see glcontext_unix.go).
func askNoDepthBuffer() {}
