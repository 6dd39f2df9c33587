package clip

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// rxMetaCharset finds a charset declared in a <meta> tag anywhere in the
// head, for pages whose declaration comes after the first 1024 bytes that
// the standard prescan looks at.
var rxMetaCharset = lazyCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)`)

// toUTF8 decodes an HTML body to UTF-8. The encoding comes from, in order,
// a byte order mark, the charset of contentType, a <meta> declaration, and
// otherwise UTF-8 when the body is valid UTF-8 or windows-1252 when not.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain && name == "windows-1252" {
		enc, name = nil, ""
		head := body
		if len(head) > 64<<10 {
			head = head[:64<<10]
		}
		if m := rxMetaCharset.FindSubmatch(head); m != nil {
			enc, name = charset.Lookup(string(m[1]))
		}
		if enc == nil {
			if utf8.Valid(body) {
				enc, name = encoding.Nop, "utf-8"
			} else {
				enc, name = charset.Lookup("windows-1252")
			}
		}
	}
	body = trimBOM(body)
	if name == "utf-8" || enc == encoding.Nop {
		if utf8.Valid(body) {
			return body, nil
		}
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// trimBOM removes a UTF-8, UTF-16LE or UTF-16BE byte order mark; the
// decoders for UTF-16 need it removed only for UTF-8.
func trimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}
