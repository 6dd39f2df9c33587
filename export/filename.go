package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How notes are named in a folder
//
// A note is named for its clipping's title, made safe on every system
// (SafeName), so a vault reads like a list of articles and [[Title]] links
// work. Only when that name is already taken, by another clipping in the
// same export or by a file in the folder that is not this clipping's note,
// does the name get the clipping's ID: "Title (42).md". A note that was
// exported before is found by the margin_id in its front matter and written
// in place under whatever name it has now, so exporting again updates a
// vault (even after the person renamed a note) and never duplicates it.
// Within one export, clippings that already have a note keep it first, then
// the rest claim names in order of ID, so the oldest clipping gets the bare
// title and the result does not depend on the order items were given in.

// maxNameBytes bounds a file name stem; with " (ID)" and the extension the
// whole name stays well under the 255 bytes file systems allow.
const maxNameBytes = 180

// reservedNames are device names Windows will not let a file be called,
// with or without an extension. Windows counts the superscript digits ¹²³
// as digits here, and CONIN$ and CONOUT$ name the console.
var reservedNames = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true,
	"COM0": true, "COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT0": true, "LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
	"COM¹": true, "COM²": true, "COM³": true, "LPT¹": true, "LPT²": true, "LPT³": true,
}

// SafeName turns a title into a file name stem (without extension) that is
// valid on Windows, macOS and Linux and is a valid Obsidian link target:
// characters reserved by a system or by link syntax (<>:"/\|?*#^[] and
// control characters) become spaces or dashes, runs of spaces collapse,
// leading dots and trailing dots and spaces go, device names such as CON get
// an underscore, and the result is cut to a whole word under 180 bytes. An
// empty result is "Untitled".
func SafeName(title string) string {
	var sb strings.Builder
	for _, r := range title {
		switch {
		case r == ':':
			sb.WriteString(" - ")
		case r == '/' || r == '\\' || r == '|':
			sb.WriteString("-")
		case unicode.Is(unicode.Bidi_Control, r):
			// A right-to-left override would make "exe.txt.md" show as
			// "dm.txt.exe"; direction marks have no place in a name.
		case strings.ContainsRune(`<>"?*#^[]`, r), unicode.IsControl(r), r == utf8.RuneError,
			unicode.Is(unicode.Zs, r), r == '\u2028', r == '\u2029', r == '\ufeff':
			sb.WriteByte(' ')
		default:
			sb.WriteRune(r)
		}
	}
	s := strings.Join(strings.Fields(sb.String()), " ")
	s = strings.TrimLeft(s, ". -")
	if len(s) > maxNameBytes {
		cut := maxNameBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
		if i := strings.LastIndexByte(s, ' '); i > maxNameBytes/2 {
			s = s[:i]
		}
	}
	s = strings.TrimRight(s, ". -")
	if s == "" {
		return "Untitled"
	}
	if IsDeviceName(s) {
		s = "_" + s
	}
	return s
}

// IsDeviceName reports whether name, one element of a path, is a name
// Windows keeps for a device (CON, NUL, COM1...), with or without an
// extension ("nul.txt", "Aux.tar.gz"): no file or folder can have it there.
func IsDeviceName(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	return reservedNames[strings.ToUpper(strings.TrimSpace(stem))]
}

// nameKey is how file names are compared: case-insensitively, as on Windows
// and macOS.
func nameKey(name string) string { return strings.ToLower(name) }
