package cli_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractLine is one line of margin extract --json.
type extractLine struct {
	File  string `json:"file"`
	Title string `json:"title"`
	Text  string `json:"text"`
	Error string `json:"error"`
}

func TestExtractBatch(t *testing.T) {
	dir := t.TempDir()
	article := readTestdata(t, "article.html")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(article))
	zw.Close()
	good := write("good.html", []byte(article))
	empty := write("empty.html", []byte("<html><head><title>Nothing</title></head><body><script>var a = 1;</script></body></html>"))
	gz := write("page.html.gz", zipped.Bytes())
	broken := write("broken.html.gz", zipped.Bytes()[:len(zipped.Bytes())/2])
	missing := filepath.Join(dir, "missing.html")

	r := runIn(t, t.TempDir(), "", "extract", "--json", empty, good, missing, gz, broken)
	t.Run("a batch with failures exits with an error after trying every file", func(t *testing.T) {
		if r.code != 1 {
			t.Errorf("exit %d, want 1", r.code)
		}
		if !strings.Contains(r.stderr, "3 of 5 files could not be extracted") {
			t.Errorf("stderr lacks the summary: %q", r.stderr)
		}
	})
	var lines []extractLine
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var x extractLine
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		lines = append(lines, x)
	}
	if len(lines) != 5 {
		t.Fatalf("got %d JSON lines, want one per file:\n%s", len(lines), r.stdout)
	}
	tests := []struct {
		name      string
		line      extractLine
		file      string
		wantError string
	}{
		{"a page with nothing readable gets its error", lines[0], empty, "No readable article"},
		{"the page after a failure is still extracted", lines[1], good, ""},
		{"a missing file gets its error", lines[2], missing, "no such file"},
		{"a gzip-compressed page is read as the page it holds", lines[3], gz, ""},
		{"a damaged gzip file is refused with a clear sentence", lines[4], broken, "gzip-compressed file is damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.line.File != tt.file {
				t.Errorf("file %q, want %q", tt.line.File, tt.file)
			}
			if tt.wantError == "" {
				if tt.line.Error != "" || tt.line.Text == "" {
					t.Errorf("error %q, text %q: want the article", tt.line.Error, tt.line.Text)
				}
				return
			}
			if !strings.Contains(tt.line.Error, tt.wantError) || tt.line.Text != "" {
				t.Errorf("error %q, want it to say %q and no text", tt.line.Error, tt.wantError)
			}
			if !strings.Contains(r.stderr, tt.file+": ") {
				t.Errorf("stderr does not name %s: %q", tt.file, r.stderr)
			}
		})
	}
	t.Run("the gzip-compressed page gives the same text as the plain one", func(t *testing.T) {
		if lines[3].Text != lines[1].Text {
			t.Errorf("gzip text %q\nplain text %q", lines[3].Text, lines[1].Text)
		}
	})
}

func TestAddReadsGzipCompressedFiles(t *testing.T) {
	dir := t.TempDir()
	article := readTestdata(t, "article.html")
	zip := func(data []byte) []byte {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		zw.Write(data)
		zw.Close()
		return b.Bytes()
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	zipped := zip([]byte(article))
	gz := write("page.html.gz", zipped)
	// A few kilobytes that unpack to more than the 20 MiB margin add takes.
	bomb := write("bomb.html.gz", zip(bytes.Repeat([]byte("<p>aaaaaaaa</p>\n"), 21<<20/16)))
	broken := write("broken.html.gz", zipped[:len(zipped)/2])

	lib := t.TempDir()
	t.Run("a gzip-compressed page is clipped as the page it holds", func(t *testing.T) {
		id := strings.TrimSpace(ok(t, lib, "add", "--no-images", "--url", "https://news.example/merkel", gz).stdout)
		if text := ok(t, lib, "show", id).stdout; !strings.Contains(text, "Merkel meets Macron in Paris") {
			t.Errorf("show:\n%s", text)
		}
	})
	for _, tt := range []struct {
		name, file, says string
	}{
		{"a gzip bomb is refused", bomb, "The gzip-compressed file unpacks to more than 20 MiB, more than Margin clips."},
		{"a damaged gzip file is refused", broken, "“broken.html.gz” cannot be unpacked: the gzip-compressed file is damaged."},
	} {
		t.Run(tt.name+" with a sentence", func(t *testing.T) {
			r := fails(t, lib, 1, "", "add", "--no-images", tt.file)
			if !strings.Contains(r.stderr, tt.says) {
				t.Errorf("stderr %q, want %q", r.stderr, tt.says)
			}
		})
	}
	t.Run("margin extract refuses the bomb the same way", func(t *testing.T) {
		r := runIn(t, t.TempDir(), "", "extract", "--json", bomb, gz)
		if !strings.Contains(r.stderr, "The gzip-compressed file unpacks to more than 20 MiB") {
			t.Errorf("stderr %q", r.stderr)
		}
		if !strings.Contains(r.stdout, "Merkel meets Macron in Paris") {
			t.Errorf("the page after the bomb was not extracted: %q", r.stdout)
		}
	})
	if n := len(lines(ok(t, lib, "ls").stdout)); n != 1 {
		t.Errorf("the library holds %d clippings, want only the good page", n)
	}
}
