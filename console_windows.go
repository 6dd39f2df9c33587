package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachConsole gives a command run from a terminal somewhere to write.
// Margin.exe is linked as a GUI program (-H=windowsgui), so that opening it
// from Explorer or the Start menu shows no console window; such a program
// starts without a console, and what a subcommand prints would be lost. So
// when the streams are not already redirected to a file or a pipe, it
// attaches to the console of the terminal that started it. Started from
// Explorer there is none, and nothing changes.
func attachConsole() {
	streams := []struct {
		handle uint32
		file   **os.File
		name   string
		flag   int
	}{
		{windows.STD_INPUT_HANDLE, &os.Stdin, "CONIN$", os.O_RDONLY},
		{windows.STD_OUTPUT_HANDLE, &os.Stdout, "CONOUT$", os.O_WRONLY},
		{windows.STD_ERROR_HANDLE, &os.Stderr, "CONOUT$", os.O_WRONLY},
	}
	redirected := true
	for _, s := range streams {
		if !usable(s.handle) {
			redirected = false
		}
	}
	if redirected {
		return
	}
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return
	}
	for _, s := range streams {
		if usable(s.handle) {
			continue
		}
		if f, err := os.OpenFile(s.name, s.flag, 0); err == nil {
			*s.file = f
		}
	}
}

// usable reports whether the standard handle is open on a file, pipe or
// console.
func usable(std uint32) bool {
	h, err := windows.GetStdHandle(std)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}
