package export

import (
	"context"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"margin/library"
)

// Preview returns what an export in format f writes for the clipping id
// alone, without writing anything: the clipping is loaded with Load and
// rendered by Write, as an export of it is, so the preview is the export's
// own text. A Markdown note's pictures are linked where WriteAttachments
// would put them in the folder attachments beside the note; with images
// false they are left where they were and an HTML page shows a box, as an
// export without pictures does.
func Preview(ctx context.Context, l *library.Library, id int64, f Format, opts MarkdownOptions, attachments string, images bool) (string, error) {
	it, err := Load(ctx, l, id)
	if err != nil {
		return "", err
	}
	items := []*Item{it}
	if images && (f == FormatMarkdown || f == FormatHTML) {
		if err := LoadImages(ctx, l, items); err != nil {
			return "", err
		}
		if f == FormatMarkdown {
			LinkAttachments(attachments, items)
		}
	}
	var b strings.Builder
	if err := Write(&b, items, f, opts); err != nil {
		return "", fmt.Errorf("preview clipping %d: %w", id, err)
	}
	return b.String(), nil
}

// LinkAttachments points each item's image links at the files
// WriteAttachments writes for its pictures in the folder attachments, without
// writing them. (WriteAttachments takes a longer name only when a foreign
// file holds the short one, which a preview cannot know.)
func LinkAttachments(attachments string, items []*Item) {
	if attachments == "" {
		attachments = DefaultAttachments
	}
	for _, it := range items {
		for _, im := range it.Images {
			if _, ok := it.ImageData[im.Hash]; im.Missing() || !ok {
				continue
			}
			if it.ImageLinks == nil {
				it.ImageLinks = map[string]string{}
			}
			it.ImageLinks[im.Src] = path.Join(filepath.ToSlash(attachments), attachmentName(im, true))
		}
	}
}

// attachmentName is the file name of a picture in the attachments folder:
// the first 16 hex digits of its hash, or all of them (short false), and
// the extension of its media type.
func attachmentName(im library.Image, short bool) string {
	if short {
		return im.Hash[:min(16, len(im.Hash))] + pictureExt(im.MIME)
	}
	return im.Hash + pictureExt(im.MIME)
}

// CheckAttachments returns an error saying so when folder cannot hold a
// note's pictures: it must be a folder inside the notes' folder, so that
// the notes link to it by a relative address.
func CheckAttachments(folder string) error {
	clean := filepath.ToSlash(filepath.Clean(folder))
	if folder == "" || filepath.IsAbs(folder) || strings.HasPrefix(folder, "/") || clean == ".." || strings.HasPrefix(clean, "../") {
		return fmt.Errorf("the pictures' folder %q must be a folder inside the notes' folder", folder)
	}
	return nil
}
