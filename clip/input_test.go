package clip

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const inputPage = `<!doctype html><html><head><title>Rain returns | Valley News</title></head><body>
<article><h1>Rain returns to the valley</h1>
<p>Rain fell across the valley on Tuesday for the first time in three months, filling the reservoirs that farmers had watched shrink all summer.</p>
<p>The water board said the storms would not end the drought on their own, but that a wet autumn could lift the limits on irrigation before the spring planting.</p>
<p>Farmers in the lower valley said they would wait for the board's figures before deciding what to sow.</p>
</article></body></html>`

func TestClipInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	page := write("page.html", inputPage)
	spaced := write("a page.html", inputPage)
	pdf := write("report.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
	png := write("photo.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	empty := write("empty.txt", " \n ")

	ok := []struct {
		name   string
		in     Input
		source Source
		url    string
	}{
		{"a saved page is a file", Input{Text: page}, SourceFile, ""},
		{"a file:// URL is the file", Input{Text: "file://" + strings.ReplaceAll(spaced, " ", "%20")}, SourceFile, ""},
		{"a saved page takes the address it was saved from", Input{Text: page, PageURL: "https://news.example/rain"}, SourceFile, "https://news.example/rain"},
		{"standard input is read for -", Input{Text: "-", Stdin: strings.NewReader(inputPage)}, SourceHTML, ""},
		{"pasted HTML is extracted", Input{Text: inputPage}, SourceHTML, ""},
	}
	for _, tt := range ok {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ClipInput(context.Background(), tt.in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Title, "Rain returns") || !strings.Contains(a.Text(), "reservoirs") || a.Source != tt.source || (tt.url != "" && a.URL != tt.url) {
				t.Errorf("title %q source %q url %q", a.Title, a.Source, a.URL)
			}
		})
	}

	bad := []struct {
		name string
		in   Input
		want error
		says string
	}{
		{"a PDF file", Input{Text: pdf}, ErrNotText, "“report.pdf” is a PDF document (application/pdf), not HTML or text Margin can clip."},
		{"an image named .html", Input{Text: png}, ErrNotText, "“photo.html” is an image (image/png), not HTML or text Margin can clip."},
		{"a PDF on standard input", Input{Text: "-", Stdin: strings.NewReader("%PDF-1.4\n")}, ErrNotText, "Standard input is a PDF document (application/pdf), not HTML or text Margin can clip."},
		{"an empty file", Input{Text: empty}, ErrEmptyInput, "There is nothing to clip."},
		{"a folder", Input{Text: dir}, ErrFolder, "This is a folder; give a saved page or a text file."},
		{"a word that is no file", Input{Text: "no-such-file"}, ErrNoSuchFile, "There is no such file, and this is not a web address."},
		{"a page address with a web address", Input{Text: "https://news.example/a", PageURL: "https://news.example/b"}, ErrPageURLWithURL, ""},
		{"a page address that is not one", Input{Text: page, PageURL: "ftp://x"}, ErrInvalidURL, ""},
		{"a file larger than the limit", Input{Text: page}, ErrTooLarge, "The page is too large to clip (over 20 MiB)."},
	}
	for _, tt := range bad {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			opts := Options{}
			if tt.want == ErrTooLarge {
				opts.MaxBytes = 100
			}
			_, err := ClipInput(context.Background(), tt.in, opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
			if !IsInputError(err) && tt.want != ErrTooLarge {
				t.Errorf("%v is not an input error", err)
			}
			if tt.says != "" && Message(err) != tt.says {
				t.Errorf("says %q, want %q", Message(err), tt.says)
			}
		})
	}
}
