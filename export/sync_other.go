//go:build !linux

package export

// syncFiles makes the named files in dir durable, with an fsync each.
func syncFiles(dir string, paths []string) error {
	return syncEach(paths)
}
