package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// detector recognises one kind from a file's name and its first bytes.
type detector struct {
	kind  Kind
	match func(name string, head []byte) bool
}

// detectors are tried in order; the first that matches names the kind.
var detectors = []detector{
	{Omnivore, isOmnivoreZip},
	{PocketCSV, isPocketZip},
	{Bookmarks, isNetscapeBookmarks},
	{PocketHTML, isPocketHTML},
	{Readwise, isReadwiseCSV},
	{PocketCSV, isPocketCSV},
	{Wallabag, isWallabagJSON},
	{Hypothesis, isHypothesisJSON},
	{Omnivore, isOmnivoreJSON},
}

// Detect tells an export's kind from its name and content, or returns an
// error wrapping ErrUnknownKind.
func Detect(name string, data []byte) (Kind, error) {
	head := data[:min(len(data), 64<<10)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for _, d := range detectors {
		if d.match(name, head) {
			return d.kind, nil
		}
	}
	return "", fmt.Errorf("%w (%s)", ErrUnknownKind, filepath.Base(name))
}

func isZip(head []byte) bool { return bytes.HasPrefix(head, []byte("PK\x03\x04")) }

// zipNames lists the names of the files in a zip from its local headers
// (enough to tell the kind; the parser reads the central directory).
func zipNames(head []byte) []string {
	var names []string
	for i := 0; i+30 <= len(head); {
		j := bytes.Index(head[i:], []byte("PK\x03\x04"))
		if j < 0 || i+j+30 > len(head) {
			break
		}
		p := i + j
		n := int(head[p+26]) | int(head[p+27])<<8
		if p+30+n > len(head) {
			break
		}
		names = append(names, string(head[p+30:p+30+n]))
		i = p + 30 + n
	}
	return names
}

var omnivoreMetadata = regexp.MustCompile(`(^|/)metadata_\d+_to_\d+\.json$`)

func isOmnivoreZip(_ string, head []byte) bool {
	if !isZip(head) {
		return false
	}
	for _, n := range zipNames(head) {
		if omnivoreMetadata.MatchString(n) || strings.HasPrefix(n, "content/") || strings.HasPrefix(n, "highlights/") {
			return true
		}
	}
	return false
}

func isPocketZip(_ string, head []byte) bool {
	if !isZip(head) {
		return false
	}
	for _, n := range zipNames(head) {
		if strings.HasSuffix(strings.ToLower(n), ".csv") {
			return true
		}
	}
	return false
}

func isNetscapeBookmarks(_ string, head []byte) bool {
	return bytes.Contains(bytes.ToUpper(head[:min(len(head), 1024)]), []byte("NETSCAPE-BOOKMARK-FILE"))
}

func isPocketHTML(_ string, head []byte) bool {
	s := strings.ToLower(string(head))
	return strings.Contains(s, "<title>pocket export</title>") || (strings.Contains(s, "<a ") && strings.Contains(s, "time_added="))
}

// csvHeader returns the first line of a file, lower-cased, when it looks
// like a CSV header.
func csvHeader(head []byte) string {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	return strings.ToLower(strings.TrimSpace(string(line)))
}

func isReadwiseCSV(_ string, head []byte) bool {
	h := csvHeader(head)
	return strings.HasPrefix(h, "highlight,") || strings.Contains(h, ",book title,") || strings.Contains(h, "\"book title\"")
}

func isPocketCSV(_ string, head []byte) bool {
	h := csvHeader(head)
	return strings.Contains(h, "url") && strings.Contains(h, "time_added")
}

// jsonStart returns the JSON after its first '[' or '{'.
func jsonStart(head []byte) []byte {
	t := bytes.TrimSpace(head)
	if len(t) == 0 || (t[0] != '[' && t[0] != '{') {
		return nil
	}
	return t
}

func isWallabagJSON(_ string, head []byte) bool {
	t := jsonStart(head)
	return t != nil && t[0] == '[' && (bytes.Contains(t, []byte(`"is_archived"`)) || bytes.Contains(t, []byte(`"annotator_schema_version"`)) ||
		(bytes.Contains(t, []byte(`"content"`)) && bytes.Contains(t, []byte(`"given_url"`))))
}

func isHypothesisJSON(_ string, head []byte) bool {
	t := jsonStart(head)
	return t != nil && bytes.Contains(t, []byte(`"uri"`)) && bytes.Contains(t, []byte(`"target"`))
}

func isOmnivoreJSON(name string, head []byte) bool {
	t := jsonStart(head)
	return t != nil && (omnivoreMetadata.MatchString(filepath.Base(name)) || (bytes.Contains(t, []byte(`"slug"`)) && bytes.Contains(t, []byte(`"savedAt"`))))
}
