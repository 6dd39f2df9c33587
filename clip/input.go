package clip

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// Input is what a person asks Margin to clip, from the window or the
// command line: ClipInput routes it and checks it the same way for both.
type Input struct {
	// Text is a web address, the path of a saved page or text file (or its
	// file:// URL), "-" for Stdin, or pasted HTML or copied text.
	Text string
	// Stdin is read when Text is "-".
	Stdin io.Reader
	// PageURL is the address a file or standard input was saved from, if
	// the person knows it; links and the clipping's URL are resolved
	// against it. It is refused with a web address, which has its own.
	PageURL string
}

var (
	// ErrNotText is returned for a file or stream that is neither HTML nor
	// text (a PDF, a photo). See FileTypeError.
	ErrNotText = errors.New("not HTML or text")
	// ErrNoSuchFile is returned for a single line that is neither a web
	// address nor a file that exists.
	ErrNoSuchFile = errors.New("no such file, and not a web address")
	// ErrFolder is returned for the path of a folder.
	ErrFolder = errors.New("a folder, not a file")
	// ErrPageURLWithURL is returned when Input.PageURL comes with a web
	// address.
	ErrPageURLWithURL = errors.New("a page address is for a file or standard input, not a web address")
)

// FileTypeError is the error for a file or stream that is not HTML or
// text. It matches ErrNotText with errors.Is.
type FileTypeError struct {
	Name        string // the file's name, or "standard input"
	ContentType string // as sniffed
}

func (e *FileTypeError) Error() string {
	return fmt.Sprintf("%s is not HTML or text (it looks like %s)", e.Name, e.ContentType)
}

// Is makes a FileTypeError match ErrNotText.
func (e *FileTypeError) Is(target error) bool { return target == ErrNotText }

// ErrBadGzip is returned for a file or stream that starts as
// gzip-compressed data but cannot be unpacked. See GzipError.
var ErrBadGzip = errors.New("damaged gzip-compressed data")

// GzipError is the error for a gzip-compressed file or stream that cannot
// be unpacked. It matches ErrBadGzip with errors.Is.
type GzipError struct {
	Name string // the file's name, or "standard input"
	Err  error  // what the gzip reader said
}

func (e *GzipError) Error() string {
	return fmt.Sprintf("%s: %v: %v", e.Name, ErrBadGzip, e.Err)
}

// Is makes a GzipError match ErrBadGzip.
func (e *GzipError) Is(target error) bool { return target == ErrBadGzip }

// Unwrap returns what the gzip reader said.
func (e *GzipError) Unwrap() error { return e.Err }

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// readInput reads a file or stream named name, at most max bytes of it and
// one more, so that clipData can tell that it is too large. A
// gzip-compressed input (a page saved as .html.gz) is unpacked as it is
// read; the cap is on what it unpacks to, so a small file that would
// unpack to gigabytes is refused having read no more than the cap.
func readInput(r io.Reader, name string, max int64) ([]byte, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(len(gzipMagic)); !bytes.Equal(magic, gzipMagic) {
		data, err := io.ReadAll(io.LimitReader(br, max+1))
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		return data, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, &GzipError{Name: name, Err: err}
	}
	data, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		return nil, &GzipError{Name: name, Err: err}
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("clip %s: %w", name, &LimitError{What: unpackedBytes, Limit: max})
	}
	return data, nil
}

// unpackedBytes is what a LimitError counts for a gzip-compressed input
// that unpacks to more than the size cap.
const unpackedBytes = "bytes unpacked"

// stdinName names standard input in errors.
const stdinName = "standard input"

// ClipInput clips what a person gave: standard input, a file, a web
// address (fetched), or pasted HTML or text. A file or stream must be HTML
// or text, gzip-compressed or not, and at most opts.MaxBytes long (once
// unpacked); errors match this package's
// sentinels, and Message turns them into one sentence for the person.
// The article's pictures are fetched into its Images unless opts.NoImages.
func ClipInput(ctx context.Context, in Input, opts Options) (*Article, error) {
	opts = opts.withDefaults()
	a, err := clipInput(ctx, in, opts)
	if err != nil {
		return nil, err
	}
	return withImages(ctx, a, opts), nil
}

// ExtractInput extracts the article of a file, or of standard input for
// "-", read as ClipInput reads it (unpacked if gzip-compressed, refused if
// larger than opts.MaxBytes or not HTML or text), without fetching
// anything: Text is always a path (or a file:// URL), never a web address
// or pasted text, and the article's pictures are left unfetched. It is
// for reading pages without a library (margin extract). A missing file
// matches fs.ErrNotExist.
func ExtractInput(ctx context.Context, in Input, opts Options) (*Article, error) {
	a, _, err := clipLocal(ctx, in, opts.withDefaults())
	return a, err
}

// checkPageURL refuses a page address that is not a web address.
func checkPageURL(pageURL string) error {
	if pageURL == "" {
		return nil
	}
	if k, _, err := Detect(pageURL); err != nil || k != KindURL {
		return fmt.Errorf("page address %q: %w", pageURL, ErrInvalidURL)
	}
	return nil
}

// clipStdin extracts the article given on in.Stdin.
func clipStdin(in Input, opts Options) (*Article, error) {
	data, err := readInput(in.Stdin, stdinName, opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	return clipData(data, stdinName, in.PageURL, opts)
}

// clipLocal clips standard input for "-" or the file in.Text names. done
// is false when in.Text names no file there is (err then says so), and
// the input may be something else: a web address or pasted text.
func clipLocal(ctx context.Context, in Input, opts Options) (a *Article, done bool, err error) {
	if err := checkPageURL(in.PageURL); err != nil {
		return nil, true, err
	}
	s := strings.TrimSpace(in.Text)
	if s == "-" && in.Stdin != nil {
		a, err := clipStdin(in, opts)
		return a, true, err
	}
	path, ok := filePath(s)
	if !ok {
		return nil, false, fmt.Errorf("%q: %w", truncate(s, 60), ErrNoSuchFile)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, false, fmt.Errorf("clip: %w", err)
	}
	if st.IsDir() {
		return nil, true, fmt.Errorf("%s: %w", path, ErrFolder)
	}
	a, err = clipFile(ctx, path, in.PageURL, opts)
	return a, true, err
}

func clipInput(ctx context.Context, in Input, opts Options) (*Article, error) {
	if a, done, err := clipLocal(ctx, in, opts); done {
		return a, err
	}
	s := strings.TrimSpace(in.Text)
	kind, _, err := Detect(in.Text)
	if err != nil {
		return nil, fmt.Errorf("clip: %w", err)
	}
	switch {
	case kind == KindURL && in.PageURL != "":
		return nil, ErrPageURLWithURL
	case kind == KindText && !strings.ContainsAny(s, " \t\r\n"):
		// One word alone is a path or an address mistyped, not an article.
		return nil, fmt.Errorf("%q: %w", s, ErrNoSuchFile)
	}
	return Clip(ctx, in.Text, opts)
}

// filePath is the path a single line names: the line itself or a file://
// URL's path. ok is false for what cannot be a path (several lines, HTML).
func filePath(s string) (string, bool) {
	if s == "" || strings.ContainsAny(s, "\n<") {
		return "", false
	}
	if strings.HasPrefix(s, "file://") {
		u, err := url.Parse(s)
		if err != nil || u.Path == "" {
			return "", false
		}
		return u.Path, true
	}
	return s, true
}

// ClipFile extracts the article in a file on disk: an HTML page (saved from
// a browser, in any encoding it declares) or copied text, either of them
// gzip-compressed or not. A file that is neither, or larger than
// opts.MaxBytes (unpacked), is refused.
func ClipFile(ctx context.Context, path string, opts Options) (*Article, error) {
	return clipFile(ctx, path, "", opts.withDefaults())
}

func clipFile(ctx context.Context, path, pageURL string, opts Options) (*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("clip %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("clip: %w", err)
	}
	defer f.Close()
	data, err := readInput(f, filepath.Base(path), opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	a, err := clipData(data, filepath.Base(path), pageURL, opts)
	if err != nil {
		return nil, err
	}
	if a.Source != SourceText {
		a.Source = SourceFile
	}
	a.SourceRef = path
	return a, nil
}

// clipData extracts the article in the bytes of a file or stream named
// name, refusing what is too large or not HTML or text.
func clipData(data []byte, name, pageURL string, opts Options) (*Article, error) {
	if int64(len(data)) > opts.MaxBytes {
		return nil, fmt.Errorf("clip %s: %w (more than %d bytes)", name, ErrTooLarge, opts.MaxBytes)
	}
	// A photo or a PDF given by mistake would otherwise be decoded as
	// some legacy encoding and filed as a page of gibberish.
	if mt := http.DetectContentType(data); !strings.HasPrefix(mt, "text/") {
		mt, _, _ = strings.Cut(mt, ";")
		return nil, &FileTypeError{Name: name, ContentType: mt}
	}
	a, err := ExtractAny(data, pageURL)
	if err != nil {
		return nil, fmt.Errorf("clip %s: %w", name, err)
	}
	return a, nil
}
