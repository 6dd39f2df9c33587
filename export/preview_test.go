package export

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestPreviewIsWhatAnExportWrites(t *testing.T) {
	ctx := context.Background()
	l, id := openVaultLibrary(t)
	logseq, err := LoadTemplate("logseq-page")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		opts MarkdownOptions
	}{
		{"the default note", DefaultMarkdownOptions()},
		{"a Logseq page from a template", MarkdownOptions{Template: logseq}},
		{"highlights for Logseq by colour", MarkdownOptions{Flavour: FlavourLogseq, Layout: LayoutHighlights, Order: OrderColor}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Preview(ctx, l, id, FormatMarkdown, c.opts, "", true)
			if err != nil {
				t.Fatal(err)
			}
			items, err := LoadAll(ctx, l, []int64{id})
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			sum, err := WriteFolder(ctx, l, dir, items, c.opts, nil)
			if err != nil {
				t.Fatal(err)
			}
			written, err := os.ReadFile(sum.Paths[0])
			if err != nil {
				t.Fatal(err)
			}
			if got != string(written) {
				t.Errorf("preview\n%s\nwritten to %s\n%s", got, filepath.Base(sum.Paths[0]), written)
			}
		})
	}
	t.Run("a missing clipping is not found", func(t *testing.T) {
		if _, err := Preview(ctx, l, 9999, FormatBibTeX, MarkdownOptions{}, "", false); err == nil {
			t.Error("no error")
		}
	})
}
