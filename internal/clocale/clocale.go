// Package clocale works around the "C.UTF-8" locale, the default of many
// Debian systems and containers, which Fyne's locale lookup reads as the
// language tag "C" and reports as an error on every start, on stderr,
// before main runs. Importing this package for its side effect presents
// such a locale as plain "C" for messages, which Fyne takes as English.
//
// It is a module of its own, named to sort before fyne.io, because Go
// initialises packages in import-path order where dependencies allow
// (Go 1.21 and later): this init then runs before Fyne's.
package clocale

import (
	"os"
	"strings"
)

func init() {
	for _, name := range [...]string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			if name == "LANG" {
				// Only messages: the character set of LANG stays.
				os.Setenv("LC_MESSAGES", "C")
			} else {
				os.Setenv(name, "C")
			}
		}
		return
	}
}
