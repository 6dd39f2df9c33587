package clip

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"syscall"
)

// Sentinel errors that callers (the GUI, the CLI) recognise with errors.Is
// and turn into one clear sentence with Message.
var (
	// ErrUnsupportedScheme is returned for URLs other than http and https,
	// including redirects to such URLs.
	ErrUnsupportedScheme = errors.New("unsupported URL scheme")
	// ErrInvalidURL is returned for a URL that cannot be parsed or has no host.
	ErrInvalidURL = errors.New("invalid URL")
	// ErrNotHTML is returned when a fetched resource is not an HTML page.
	ErrNotHTML = errors.New("not an HTML page")
	// ErrTooLarge is returned when a page is larger than the size cap.
	ErrTooLarge = errors.New("page too large")
	// ErrNotArticle is returned when no readable article is found.
	ErrNotArticle = errors.New("no readable article found")
	// ErrTimeout is returned when fetching takes longer than allowed.
	ErrTimeout = errors.New("timed out")
	// ErrHTTPStatus is returned when the server answers with an error status.
	ErrHTTPStatus = errors.New("HTTP error status")
	// ErrNotModified is returned by FetchIfChanged when the server says
	// the page has not changed since the copy held (304 Not Modified).
	ErrNotModified = errors.New("not modified")
	// ErrEmptyInput is returned when there is nothing to clip.
	ErrEmptyInput = errors.New("empty input")
	// ErrTooManyRedirects is returned when a URL redirects more often than
	// Options.MaxRedirects allows.
	ErrTooManyRedirects = errors.New("too many redirects")
)

// StatusError is the error for an HTTP response with an error status. It
// matches ErrHTTPStatus with errors.Is.
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Is makes a StatusError match ErrHTTPStatus.
func (e *StatusError) Is(target error) bool { return target == ErrHTTPStatus }

// TypeError is the error for a resource that is not HTML. It matches
// ErrNotHTML with errors.Is and says what the resource was.
type TypeError struct {
	URL         string
	ContentType string
}

func (e *TypeError) Error() string {
	if e.URL == "" {
		return fmt.Sprintf("the input is %s, not HTML or text", describeType(e.ContentType))
	}
	return fmt.Sprintf("%s is %s, not an HTML page", e.URL, describeType(e.ContentType))
}

// Is makes a TypeError match ErrNotHTML.
func (e *TypeError) Is(target error) bool { return target == ErrNotHTML }

// describeType names a media type the way a person would.
func describeType(ct string) string {
	switch {
	case ct == "":
		return "of an unknown type"
	case ct == "application/octet-stream":
		return "binary data"
	case ct == "application/pdf":
		return "a PDF document (application/pdf)"
	case len(ct) > 6 && ct[:6] == "image/":
		return "an image (" + ct + ")"
	case len(ct) > 6 && ct[:6] == "video/":
		return "a video (" + ct + ")"
	case len(ct) > 6 && ct[:6] == "audio/":
		return "an audio file (" + ct + ")"
	}
	return "of type " + ct
}

// Message returns one clear sentence describing err for a person, without
// the technical chain that Error gives.
func Message(err error) string {
	if err == nil {
		return ""
	}
	var se *StatusError
	var te *TypeError
	var fe *FileTypeError
	var le *LimitError
	var ge *GzipError
	switch {
	case errors.As(err, &te) && te.URL == "":
		return "This is " + describeType(te.ContentType) + ", not a web page or text Margin can clip."
	case errors.As(err, &fe):
		name := "“" + fe.Name + "”"
		if fe.Name == stdinName {
			name = "Standard input"
		}
		return name + " is " + describeType(fe.ContentType) + ", not HTML or text Margin can clip."
	case errors.Is(err, ErrNotModified):
		return "The page has not changed."
	case errors.As(err, &ge) && ge.Name == stdinName:
		return "Standard input cannot be unpacked: the gzip-compressed input is damaged."
	case errors.As(err, &ge):
		return "“" + ge.Name + "” cannot be unpacked: the gzip-compressed file is damaged."
	case errors.As(err, &le) && le.What == unpackedBytes:
		return "The gzip-compressed file unpacks to more than " + sizeText(le.Limit) + ", more than Margin clips."
	case errors.Is(err, fs.ErrNotExist):
		return "There is no such file."
	case errors.Is(err, fs.ErrPermission):
		return "Margin is not allowed to read this file."
	case errors.Is(err, ErrFolder):
		return "This is a folder; give a saved page or a text file."
	case errors.Is(err, ErrNoSuchFile):
		return "There is no such file, and this is not a web address."
	case errors.Is(err, ErrPageURLWithURL):
		return "A page address goes with a file or standard input, not with a web address."
	case errors.As(err, &te):
		return "This link is " + describeType(te.ContentType) + ", not a web page Margin can clip."
	case errors.As(err, &le) && le.What == "nested elements":
		return fmt.Sprintf("The page nests elements more than %d deep, deeper than Margin reads.", le.Limit)
	case errors.As(err, &le) && le.What == "bytes":
		return fmt.Sprintf("The page is too large to clip (over %d MiB).", le.Limit>>20)
	case errors.As(err, &le):
		return fmt.Sprintf("The page is too large to clip (more than %s %s).", thousands(le.Limit), le.What)
	case errors.As(err, &se):
		return fmt.Sprintf("The site answered with an error (%d %s).", se.Code, http.StatusText(se.Code))
	case errors.Is(err, ErrUnsupportedScheme):
		return "Margin only clips http and https links."
	case errors.Is(err, ErrInvalidURL):
		return "This is not a valid web address."
	case errors.Is(err, ErrNotHTML):
		return "This link is not a web page Margin can clip."
	case errors.Is(err, ErrTooLarge):
		return fmt.Sprintf("The page is too large to clip (over %d MiB).", DefaultMaxBytes>>20)
	case errors.Is(err, ErrTooManyRedirects):
		return "The link redirects too many times."
	case errors.Is(err, ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return "The site took too long to answer."
	case errors.Is(err, context.Canceled):
		return "Clipping was cancelled."
	case errors.Is(err, ErrNotArticle):
		return "No readable article was found on this page."
	case errors.Is(err, ErrEmptyInput):
		return "There is nothing to clip."
	}
	if m := networkMessage(err); m != "" {
		return m
	}
	return "The page could not be clipped: " + err.Error()
}

// sizeText writes a size cap in MiB, or in bytes when it is not a whole
// number of MiB.
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return thousands(n) + " bytes"
}

// networkMessage names the network failures a person can act on: a
// mistyped host, a site that is down, no connection, a bad certificate.
func networkMessage(err error) string {
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	var unknownAuthority x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	switch {
	case errors.As(err, &dns) && dns.IsNotFound:
		return "The site " + dns.Name + " was not found; check the address."
	case errors.As(err, &dns):
		return "The site " + dns.Name + " could not be looked up; check the connection."
	case errors.Is(err, syscall.ECONNREFUSED):
		return "The site refused the connection; it may be down."
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return "The site cannot be reached; check the connection."
	case errors.Is(err, syscall.ECONNRESET):
		return "The site closed the connection before the page arrived."
	case errors.As(err, &cert), errors.As(err, &unknownAuthority),
		errors.As(err, &hostname), errors.As(err, &invalid):
		return "The site's security certificate is not valid, so Margin did not load it."
	}
	return ""
}
