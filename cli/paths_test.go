package cli

import (
	"strings"
	"testing"
)

func TestCheckPathRefusesDeviceNamesOnWindows(t *testing.T) {
	for _, tc := range []struct {
		name, goos, path string
		refused          bool
	}{
		{"a device as the file", "windows", `C:\out\nul.db`, true},
		{"a device as a folder", "windows", `C:\Notes\CON\x.md`, true},
		{"a device alone", "windows", "NUL", true},
		{"forward slashes too", "windows", "C:/out/aux.md", true},
		{"a plain Windows path", "windows", `D:\My notes\Margin`, false},
		{"a name that starts like a device", "windows", `C:\Console\null.md`, false},
		{"any name on Linux", "linux", "/tmp/con.md", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := checkPathFor(tc.goos, tc.path)
			if (err != nil) != tc.refused {
				t.Errorf("checkPathFor(%q, %q) = %v", tc.goos, tc.path, err)
			}
			if err != nil && !strings.Contains(err.Error(), "keeps the name") {
				t.Errorf("unclear message: %v", err)
			}
		})
	}
}
