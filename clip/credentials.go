package clip

import (
	"net/url"
	"strings"
)

// WithoutUserinfo returns the address u without a user name and password
// ("https://ana:secret@host/" gives "https://host/"). A password may be
// needed to fetch a page, but it must never be kept with the clipping, shown
// or exported. Anything that is not such an address is returned as it is.
func WithoutUserinfo(u string) string {
	if !strings.Contains(u, "@") {
		return u
	}
	p, err := url.Parse(u)
	if err != nil || p.User == nil || p.Host == "" {
		return u
	}
	p.User = nil
	return p.String()
}

// StripUserinfo removes user names and passwords from every address an
// article holds: its own, the canonical and source addresses, the lead
// image, the links and images of its document, its fetched pictures, and
// every address written in the original page (Raw): a page's canonical
// link may carry the password it was fetched with. The Images slice is
// replaced, not changed in place.
func (a *Article) StripUserinfo() {
	for _, s := range []*string{&a.URL, &a.CanonicalURL, &a.SourceRef, &a.LeadImage} {
		*s = WithoutUserinfo(*s)
	}
	a.Raw = WithoutUserinfoIn(a.Raw)
	if len(a.Images) > 0 {
		imgs := make([]Image, len(a.Images))
		for i, im := range a.Images {
			im.Src = WithoutUserinfo(im.Src)
			imgs[i] = im
		}
		a.Images = imgs
	}
	for i := range a.Document.Blocks {
		b := &a.Document.Blocks[i]
		b.Src = WithoutUserinfo(b.Src)
		for j := range b.Spans {
			b.Spans[j].Href = WithoutUserinfo(b.Spans[j].Href)
		}
	}
}

// WithoutUserinfoIn returns s, a page or any text, with the user name and
// password taken out of every address written in it: whatever lies
// between "//" (or "\/\/", as JSON escapes it) and an "@" (or the HTML
// character references for one) within the same host part, which ends at
// a slash, "?", "#", white space, a quote, "<", ">" or ")". Only what is
// written as an address loses anything: an e-mail address has no "//".
func WithoutUserinfoIn(s string) string {
	if !strings.Contains(s, "@") && !strings.Contains(s, "&#") && !strings.Contains(s, "&commat;") {
		return s
	}
	var b strings.Builder
	last := 0
	plain, escaped := find(s, "//", 0), find(s, `\/\/`, 0)
	for i := 0; ; {
		// The next "//" or "\/\/" at or after i, each looked for again
		// only once passed, so a page of many addresses is read once.
		if plain >= 0 && plain < i {
			plain = find(s, "//", i)
		}
		if escaped >= 0 && escaped < i {
			escaped = find(s, `\/\/`, i)
		}
		var start int
		switch {
		case plain < 0 && escaped < 0:
			if last == 0 {
				return s
			}
			b.WriteString(s[last:])
			return b.String()
		case escaped < 0 || (plain >= 0 && plain < escaped):
			start = plain + 2
		default:
			start = escaped + 4
		}
		at, k := -1, start
		for k < len(s) && !endsHost(s[k]) {
			if n := atSign(s[k:]); n > 0 {
				at = k + n
				k += n
				continue
			}
			k++
		}
		if at > start {
			b.WriteString(s[last:start])
			last = at
		}
		i = max(k, start)
	}
}

// find returns the index of the first sep in s at or after i, or -1.
func find(s, sep string, i int) int {
	if j := strings.Index(s[i:], sep); j >= 0 {
		return i + j
	}
	return -1
}

// endsHost reports whether c ends the host part of an address written in
// a page.
func endsHost(c byte) bool {
	switch c {
	case '/', '\\', '?', '#', ' ', '\t', '\n', '\r', '\f', '"', '\'', '<', '>', ')', '`':
		return true
	}
	return false
}

// atSign returns the length of the "@" s begins with, written as itself
// or as an HTML character reference, or 0.
func atSign(s string) int {
	if s[0] == '@' {
		return 1
	}
	if s[0] != '&' {
		return 0
	}
	for _, ref := range []string{"&#64;", "&#x40;", "&#X40;", "&commat;"} {
		if len(s) >= len(ref) && strings.EqualFold(s[:len(ref)], ref) {
			return len(ref)
		}
	}
	return 0
}
