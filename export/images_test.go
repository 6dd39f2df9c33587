package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"margin/clip"
	"margin/library"
)

// pictureItem is an item showing one picture with the given bytes.
func pictureItem(src string, data []byte) *Item {
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	return &Item{
		Clipping:  &library.Clipping{Article: clip.Article{Title: "Floods", Document: clip.Document{Blocks: []clip.Block{{Kind: clip.BlockImage, Src: src, Caption: "The square."}}}}},
		Images:    []library.Image{{Src: src, Hash: hash, MIME: "image/png", Width: 10, Height: 10}},
		ImageData: map[string][]byte{hash: data},
	}
}

func TestWriteAttachments(t *testing.T) {
	data := []byte("\x89PNG picture bytes")
	t.Run("notes sharing a picture share its file, and a second export writes nothing", func(t *testing.T) {
		dir := t.TempDir()
		items := []*Item{pictureItem("https://a.example/p.png", data), pictureItem("https://b.example/copy.png", data)}
		n, err := WriteAttachments(dir, "", items)
		if err != nil || n != 1 {
			t.Fatalf("wrote %d files, %v", n, err)
		}
		link := items[0].imageLink("https://a.example/p.png")
		if link != items[1].imageLink("https://b.example/copy.png") || !strings.HasPrefix(link, "attachments/") {
			t.Errorf("links %q and %q", link, items[1].imageLink("https://b.example/copy.png"))
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(link)))
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("the linked file holds %q, %v", got, err)
		}
		if n, err := WriteAttachments(dir, "", items); err != nil || n != 0 {
			t.Errorf("the second export wrote %d files, %v", n, err)
		}
	})
	t.Run("a foreign file with the picture's name is not written over", func(t *testing.T) {
		dir := t.TempDir()
		it := pictureItem("https://a.example/p.png", data)
		short := filepath.Join(dir, "pics", it.Images[0].Hash[:16]+".png")
		os.MkdirAll(filepath.Dir(short), 0o755)
		os.WriteFile(short, []byte("someone else's file"), 0o644)
		if _, err := WriteAttachments(dir, "pics", []*Item{it}); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(short); string(got) != "someone else's file" {
			t.Error("the foreign file was written over")
		}
		if link := it.imageLink("https://a.example/p.png"); link != "pics/"+it.Images[0].Hash+".png" {
			t.Errorf("link %q, want the full hash name", link)
		}
		full := filepath.Join(dir, "pics", it.Images[0].Hash+".png")
		os.WriteFile(full, []byte("another foreign file"), 0o644)
		it = pictureItem("https://a.example/p.png", data)
		if _, err := WriteAttachments(dir, "pics", []*Item{it}); !errors.Is(err, ErrForeignFile) {
			t.Errorf("err = %v, want ErrForeignFile", err)
		}
	})
	t.Run("the note links the attachment with the caption under it", func(t *testing.T) {
		it := pictureItem("https://a.example/p.png", data)
		if _, err := WriteAttachments(t.TempDir(), "", []*Item{it}); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Markdown(&buf, it, DefaultMarkdownOptions()); err != nil {
			t.Fatal(err)
		}
		want := "![](attachments/" + it.Images[0].Hash[:16] + ".png)\n*The square.*"
		if !strings.Contains(buf.String(), want) {
			t.Errorf("note:\n%s\nwant %q", buf.String(), want)
		}
	})
}

func TestHTMLInlinesPictures(t *testing.T) {
	data := []byte("\x89PNG picture bytes")
	it := pictureItem("https://a.example/p.png", data)
	it.Clipping.Document.Blocks = append(it.Clipping.Document.Blocks,
		clip.Block{Kind: clip.BlockParagraph, Text: "A <b>bold</b> claim."},
		clip.Block{Kind: clip.BlockImage, Src: "https://a.example/gone.png", Alt: "Gone"})
	var buf bytes.Buffer
	if err := HTML(&buf, []*Item{it}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<img src="data:image/png;base64,iVBORyBwaWN0dXJlIGJ5dGVz"`,
		`<figcaption>The square.</figcaption>`,
		`<p>A &lt;b&gt;bold&lt;/b&gt; claim.</p>`,
		`Gone (not kept; <a href="https://a.example/gone.png">it was here</a>)`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q:\n%s", want, page)
		}
	}
}

func TestLinkAttachmentsLinksWhereWriteAttachmentsWrites(t *testing.T) {
	data := []byte("\x89PNG picture bytes")
	for _, folder := range []string{"", "pics/2024"} {
		linked := pictureItem("https://a.example/p.png", data)
		LinkAttachments(folder, []*Item{linked})
		written := pictureItem("https://a.example/p.png", data)
		if _, err := WriteAttachments(t.TempDir(), folder, []*Item{written}); err != nil {
			t.Fatal(err)
		}
		var a, b strings.Builder
		if err := Markdown(&a, linked, DefaultMarkdownOptions()); err != nil {
			t.Fatal(err)
		}
		if err := Markdown(&b, written, DefaultMarkdownOptions()); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() || !strings.Contains(a.String(), linked.imageLink("https://a.example/p.png")) {
			t.Errorf("folder %q: linked\n%s\nwritten\n%s", folder, a.String(), b.String())
		}
	}
}

func TestCheckAttachments(t *testing.T) {
	for _, c := range []struct {
		folder string
		ok     bool
	}{
		{"attachments", true}, {"pics/2024", true}, {"./pics", true},
		{"", false}, {"..", false}, {"../pics", false}, {"pics/../../x", false}, {"/tmp/pics", false},
	} {
		if err := CheckAttachments(c.folder); (err == nil) != c.ok {
			t.Errorf("%q: %v", c.folder, err)
		}
	}
}
