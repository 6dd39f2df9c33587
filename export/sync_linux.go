package export

import (
	"os"

	"golang.org/x/sys/unix"
)

// syncFiles makes the named files in dir durable. On Linux one syncfs of
// the file system does it for any number of files, far faster than an fsync
// each when thousands of notes are exported.
func syncFiles(dir string, paths []string) error {
	d, err := os.Open(dir)
	if err != nil {
		return syncEach(paths)
	}
	defer d.Close()
	if err := unix.Syncfs(int(d.Fd())); err != nil {
		return syncEach(paths)
	}
	return nil
}
