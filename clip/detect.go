package clip

import (
	"fmt"
	"net/url"
	"strings"
)

// Kind says what a piece of input is.
type Kind int

// The kinds of input Detect recognises.
const (
	KindURL  Kind = iota + 1 // an http or https URL
	KindHTML                 // an HTML document or fragment
	KindText                 // plain text copied from a page
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case KindURL:
		return "url"
	case KindHTML:
		return "html"
	case KindText:
		return "text"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

var (
	// rxScheme matches a URL scheme at the start of the input.
	rxScheme = lazyCompile(`^([a-zA-Z][a-zA-Z0-9+.\-]*):`)
	// rxRefusedScheme matches URL schemes that are never clipped.
	rxRefusedScheme = lazyCompile(`(?i)^(javascript|vbscript|data|file|ftp|ftps|blob|about|mailto|tel|ws|wss|chrome|view-source):`)
	// rxBareHost matches a bare host name with a dot and a top-level
	// domain of letters, optionally followed by a port and a path.
	rxBareHost = lazyCompile(`^(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+\p{L}{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$`)
	// rxHTMLTag matches a tag that is common at the start of HTML input.
	rxDocTag  = lazyCompile(`(?i)<(?:!doctype\s+html|html|body)[\s>]`)
	rxHTMLTag = lazyCompile(`(?i)<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6]|ul|ol|li|blockquote|pre|figure|img|a|span|em|strong|b|i|br|table|header|footer|nav|!--)[\s>/]`)
)

// Detect says whether input is a URL, HTML or plain text, and returns it
// normalised: a trimmed absolute URL (a bare "example.com/path" becomes
// "https://example.com/path"), or the input unchanged otherwise. URLs with a
// scheme other than http and https are refused with ErrUnsupportedScheme.
func Detect(input string) (Kind, string, error) {
	s := strings.TrimSpace(strings.TrimPrefix(input, "\ufeff"))
	if s == "" {
		return 0, "", ErrEmptyInput
	}
	if m := rxRefusedScheme.FindStringSubmatch(s); m != nil {
		// Refused even when followed by spaces ("javascript: alert(1)"),
		// which would otherwise read as text.
		return 0, "", fmt.Errorf("%q: %w %q", truncate(s, 60), ErrUnsupportedScheme, strings.ToLower(m[1]))
	}
	single := !strings.ContainsAny(s, " \t\r\n")
	if single {
		if m := rxScheme.FindStringSubmatch(s); m != nil && !isHostPort(s) {
			scheme := strings.ToLower(m[1])
			if scheme != "http" && scheme != "https" {
				return 0, "", fmt.Errorf("%q: %w %q", truncate(s, 60), ErrUnsupportedScheme, scheme)
			}
			u, err := checkURL(s)
			if err != nil {
				return 0, "", err
			}
			return KindURL, u.String(), nil
		}
		if strings.HasPrefix(s, "//") {
			s = "https:" + s
			u, err := checkURL(s)
			if err != nil {
				return 0, "", err
			}
			return KindURL, u.String(), nil
		}
		if rxBareHost.MatchString(s) {
			u, err := checkURL("https://" + s)
			if err != nil {
				return 0, "", err
			}
			return KindURL, u.String(), nil
		}
	}
	if looksLikeHTML(s) {
		return KindHTML, input, nil
	}
	return KindText, input, nil
}

// isHostPort reports whether s is "host:port..." rather than "scheme:...".
func isHostPort(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 0 || i+1 >= len(s) {
		return false
	}
	j := i + 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j > i+1 && (j == len(s) || s[j] == '/') && strings.Contains(s[:i], ".")
}

// looksLikeHTML reports whether s contains markup that a browser would
// render as HTML, near its start.
func looksLikeHTML(s string) bool {
	head := s
	if len(head) > 4096 {
		head = head[:4096]
	}
	if strings.HasPrefix(strings.TrimSpace(head), "<") {
		return rxHTMLTag.MatchString(head)
	}
	// Text that starts as prose is HTML only if it has markup throughout,
	// not a tag mentioned in passing.
	return rxDocTag.MatchString(head) || len(rxHTMLTag.FindAllStringIndex(head, 4)) >= 4
}

// checkURL parses raw and makes sure it is an http or https URL with a host
// and no way to smuggle another scheme.
func checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", truncate(raw, 60), ErrInvalidURL)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return nil, fmt.Errorf("%q: %w %q", truncate(raw, 60), ErrUnsupportedScheme, u.Scheme)
	}
	if u.Host == "" || u.Hostname() == "" {
		return nil, fmt.Errorf("%q: %w: no host", truncate(raw, 60), ErrInvalidURL)
	}
	u.Scheme = scheme
	return u, nil
}

// truncate shortens s to at most n runes for error messages.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
