package clip

import (
	"net/url"
	"strings"
)

// titleSeparators split a page title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " / "}

// cleanTitle removes the site's name from the start or end of a title
// ("Budget passes | The Daily" -> "Budget passes"). Only a part that names
// the site (its name or its host) is removed, so titles that merely contain
// a separator are kept.
func cleanTitle(title, site string, base *url.URL) string {
	title = normalizeSpace(title)
	names := siteNames(site, base)
	if len(names) == 0 {
		return title
	}
	for changed := true; changed; {
		changed = false
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(title, sep); i > 0 {
				if isSiteName(title[i+len(sep):], names) {
					title, changed = strings.TrimSpace(title[:i]), true
				}
			}
			if i := strings.Index(title, sep); i > 0 {
				if isSiteName(title[:i], names) {
					title, changed = strings.TrimSpace(title[i+len(sep):]), true
				}
			}
		}
	}
	return title
}

// siteNames returns the folded forms a site's name may take in a title.
func siteNames(site string, base *url.URL) []string {
	var names []string
	if f := foldText(site); f != "" {
		names = append(names, f)
	}
	if base != nil {
		host := strings.TrimPrefix(strings.ToLower(base.Hostname()), "www.")
		if host != "" {
			names = append(names, foldText(host))
			if i := strings.IndexByte(host, '.'); i > 0 {
				names = append(names, foldText(host[:i]))
			}
		}
	}
	return names
}

// isSiteName reports whether part names the site: equal to one of the
// folded names, or the name with a short addition ("The Daily Online").
func isSiteName(part string, names []string) bool {
	f := foldText(part)
	if f == "" {
		return false
	}
	for _, n := range names {
		if n == "" {
			continue
		}
		if f == n || (len(n) >= 4 && strings.Contains(f, n) && len(f) <= len(n)+8) ||
			(len(f) >= 4 && strings.Contains(n, f)) {
			return true
		}
	}
	return false
}
