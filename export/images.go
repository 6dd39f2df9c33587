package export

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"margin/clip"
	"margin/library"
)

// DefaultAttachments is the folder, beside the notes, that pictures are
// written to: Obsidian's own name for it.
const DefaultAttachments = "attachments"

// ErrForeignFile is returned when a picture's file name in the attachments
// folder is taken by a file with other bytes, which Margin did not write
// and does not write over.
var ErrForeignFile = errors.New("a different file already has the picture's name")

// LoadImages reads the bytes of the items' kept pictures from the library
// into their ImageData, for WriteAttachments and HTML.
func LoadImages(ctx context.Context, l *library.Library, items []*Item) error {
	for _, it := range items {
		for _, im := range it.Images {
			if im.Missing() {
				continue
			}
			if _, ok := it.ImageData[im.Hash]; ok {
				continue
			}
			data, err := l.ImageData(ctx, im.Hash)
			if err != nil {
				return fmt.Errorf("export clipping %d: %w", it.Clipping.ID, err)
			}
			if it.ImageData == nil {
				it.ImageData = map[string][]byte{}
			}
			it.ImageData[im.Hash] = data
		}
	}
	return nil
}

// WriteAttachments writes the items' pictures (read with LoadImages) into
// the folder attachments under dir, the folder the notes go to, and points
// each item's image links at them, relative to the note. A picture is named
// by its content hash, so the notes that show it share one file and a
// second export writes nothing new; an existing file with the same bytes is
// left untouched. It returns how many files it wrote.
func WriteAttachments(dir, attachments string, items []*Item) (int, error) {
	if attachments == "" {
		attachments = DefaultAttachments
	}
	folder := filepath.Join(dir, filepath.FromSlash(attachments))
	written := 0
	for _, it := range items {
		for _, im := range it.Images {
			data, ok := it.ImageData[im.Hash]
			if im.Missing() || !ok {
				continue
			}
			name, wrote, err := writeAttachment(folder, im, data)
			if err != nil {
				return written, fmt.Errorf("export pictures to %s: %w", folder, err)
			}
			if wrote {
				written++
			}
			if it.ImageLinks == nil {
				it.ImageLinks = map[string]string{}
			}
			it.ImageLinks[im.Src] = path.Join(filepath.ToSlash(attachments), name)
		}
	}
	return written, nil
}

// writeAttachment writes one picture as folder/<hash><ext> unless that
// file holds it already. The name uses the first 16 hex digits of the hash,
// or all 64 if a foreign file has the short name.
func writeAttachment(folder string, im library.Image, data []byte) (name string, wrote bool, err error) {
	for _, n := range []string{attachmentName(im, true), attachmentName(im, false)} {
		p := filepath.Join(folder, n)
		old, err := os.ReadFile(p)
		switch {
		case err == nil && bytes.Equal(old, data):
			return n, false, nil
		case err == nil:
			continue
		case !errors.Is(err, os.ErrNotExist):
			return "", false, err
		}
		if err := os.MkdirAll(folder, 0o755); err != nil {
			return "", false, err
		}
		if err := WriteFileAtomic(p, func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		}); err != nil {
			return "", false, err
		}
		return n, true, nil
	}
	sum := sha256.Sum256(data)
	return "", false, fmt.Errorf("%s: %w", hex.EncodeToString(sum[:8]), ErrForeignFile)
}

// pictureExt is the file name extension of a picture's media type.
func pictureExt(mime string) string {
	switch mime {
	case "image/jpeg":
		return ".jpg"
	case "image/png":
		return ".png"
	case "image/gif":
		return ".gif"
	case "image/webp":
		return ".webp"
	}
	return ".img"
}

// imageLink is the address a note links a picture by: the attachment
// written for it, else the picture's own address.
func (it *Item) imageLink(src string) string {
	if l, ok := it.ImageLinks[src]; ok {
		return l
	}
	return src
}

// imageOf returns the kept picture with address src, if any.
func (it *Item) imageOf(src string) (library.Image, []byte, bool) {
	for _, im := range it.Images {
		if im.Src == src && !im.Missing() {
			data, ok := it.ImageData[im.Hash]
			return im, data, ok
		}
	}
	return library.Image{}, nil, false
}

// writeImageCaption writes a picture's caption in italics on the line under
// it, in the picture's paragraph, so the two stay together in a vault.
func writeImageCaption(w *bufio.Writer, b clip.Block, logseq bool) {
	if strings.TrimSpace(b.Caption) == "" {
		return
	}
	var sb strings.Builder
	escapeText(&sb, flatten([]rune(strings.TrimSpace(b.Caption))), false, logseq)
	w.WriteString("\n*")
	w.WriteString(sb.String())
	w.WriteString("*")
}
