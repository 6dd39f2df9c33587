//go:build (linux && !android) || freebsd || openbsd || netbsd

package app

import "github.com/go-gl/glfw/v3.3/glfw"

// askNoDepthBuffer asks GLFW for windows without a depth or stencil buffer,
// before Fyne opens the main window. Fyne's painter draws in order with
// the depth test off and no stencil, but leaves GLFW's defaults (24-bit
// depth, 8-bit stencil), so the driver kept a buffer of 4 bytes a pixel
// that nothing used: 4 MB for a window of 1280 by 800, in the process's
// memory under a software renderer and the graphics card's with a driver.
// GLFW keeps window hints from its initialisation to the window's
// creation; Fyne initialises GLFW on the first window, where initialising
// it again does nothing. It must run on the main thread, as Run does.
func askNoDepthBuffer() {
	if err := glfw.Init(); err != nil {
		return // Fyne reports it when it opens the window
	}
	glfw.WindowHint(glfw.DepthBits, 0)
	glfw.WindowHint(glfw.StencilBits, 0)
}
