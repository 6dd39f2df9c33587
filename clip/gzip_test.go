package clip

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gzipped compresses data as a page saved as .html.gz is.
func gzipped(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGzipCompressedInput(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain, err := ClipInput(ctx, Input{Text: write("page.html", []byte(inputPage))}, Options{NoImages: true})
	if err != nil {
		t.Fatal(err)
	}
	zipped := gzipped(t, []byte(inputPage))
	// A bomb: a few kilobytes that unpack to more than the size cap.
	unit := []byte("<p>aaaaaaaa</p>\n")
	bomb := gzipped(t, bytes.Repeat(unit, int(DefaultMaxBytes)/len(unit)+1000))
	if len(bomb) > 1<<20 {
		t.Fatalf("the bomb is %d bytes compressed", len(bomb))
	}

	ok := []struct {
		name string
		in   Input
	}{
		{"a gzip-compressed page on disk is clipped as the page it holds", Input{Text: write("page.html.gz", zipped)}},
		{"a gzip-compressed page on standard input too", Input{Text: "-", Stdin: bytes.NewReader(zipped)}},
		{"a gzip-compressed file without the .gz name too", Input{Text: write("saved.html", zipped)}},
	}
	for _, tt := range ok {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ClipInput(ctx, tt.in, Options{NoImages: true})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text() != plain.Text() || a.Title != plain.Title || a.Raw != inputPage {
				t.Errorf("title %q text %q; want the plain page's %q %q, and the unpacked page kept as the original", a.Title, a.Text(), plain.Title, plain.Text())
			}
		})
	}

	bad := []struct {
		name string
		in   Input
		want error
		says string
	}{
		{"a gzip bomb", Input{Text: write("bomb.html.gz", bomb)}, ErrTooLarge,
			"The gzip-compressed file unpacks to more than 20 MiB, more than Margin clips."},
		{"a gzip bomb on standard input", Input{Text: "-", Stdin: bytes.NewReader(bomb)}, ErrTooLarge,
			"The gzip-compressed file unpacks to more than 20 MiB, more than Margin clips."},
		{"a cut-off gzip file", Input{Text: write("cut.html.gz", zipped[:len(zipped)/2])}, ErrBadGzip,
			"“cut.html.gz” cannot be unpacked: the gzip-compressed file is damaged."},
		{"a file that starts as gzip but is not", Input{Text: write("fake.html.gz", []byte("\x1f\x8bnot gzip at all"))}, ErrBadGzip,
			"“fake.html.gz” cannot be unpacked: the gzip-compressed file is damaged."},
		{"a damaged gzip stream on standard input", Input{Text: "-", Stdin: bytes.NewReader(zipped[:20])}, ErrBadGzip,
			"Standard input cannot be unpacked: the gzip-compressed input is damaged."},
		{"a gzip-compressed PDF", Input{Text: write("report.pdf.gz", gzipped(t, []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")))}, ErrNotText,
			"“report.pdf.gz” is a PDF document (application/pdf), not HTML or text Margin can clip."},
	}
	for _, tt := range bad {
		t.Run(tt.name+" is refused with a sentence", func(t *testing.T) {
			_, err := ClipInput(ctx, tt.in, Options{NoImages: true})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
			if got := Message(err); got != tt.says {
				t.Errorf("says %q, want %q", got, tt.says)
			}
		})
	}
	t.Run("the cap on the unpacked size is the one asked for", func(t *testing.T) {
		_, err := ClipInput(ctx, Input{Text: write("small.html.gz", zipped)}, Options{MaxBytes: 100, NoImages: true})
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(Message(err), "100 bytes") {
			t.Errorf("err %v, says %q", err, Message(err))
		}
	})
}

func TestExtractInputReadsOnlyFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html.gz")
	if err := os.WriteFile(page, gzipped(t, []byte(inputPage)), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("a gzip-compressed file is extracted against the page address given", func(t *testing.T) {
		a, err := ExtractInput(ctx, Input{Text: page, PageURL: "https://news.example/rain"}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text(), "reservoirs") || a.URL != "https://news.example/rain" {
			t.Errorf("url %q text %q", a.URL, a.Text())
		}
	})
	for _, tt := range []struct {
		name, text string
		want       error
		says       string
	}{
		{"a missing file", filepath.Join(dir, "missing.html"), fs.ErrNotExist, "There is no such file."},
		{"a web address is not fetched", "http://127.0.0.1:1/page", fs.ErrNotExist, "There is no such file."},
		{"pasted text is not taken as a page", "<p>Some pasted paragraph of text.</p>", ErrNoSuchFile, ""},
		{"a folder", dir, ErrFolder, "This is a folder; give a saved page or a text file."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ExtractInput(ctx, Input{Text: tt.text}, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
			if tt.says != "" && Message(err) != tt.says {
				t.Errorf("says %q, want %q", Message(err), tt.says)
			}
		})
	}
}
