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
// image, and the links and images of its document.
func (a *Article) StripUserinfo() {
	for _, s := range []*string{&a.URL, &a.CanonicalURL, &a.SourceRef, &a.LeadImage} {
		*s = WithoutUserinfo(*s)
	}
	for i := range a.Document.Blocks {
		b := &a.Document.Blocks[i]
		b.Src = WithoutUserinfo(b.Src)
		for j := range b.Spans {
			b.Spans[j].Href = WithoutUserinfo(b.Spans[j].Href)
		}
	}
}
