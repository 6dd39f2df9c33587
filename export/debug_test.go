package export

import (
	"os"
	"testing"
)

func TestDebugPrint(t *testing.T) {
	for _, o := range []MarkdownOptions{DefaultMarkdownOptions(), {Mark: MarkHTML, Notes: NotesCallouts, EntityLinks: true, Citation: CitationMLA}, {Layout: LayoutHighlights, Order: OrderColor, Citation: CitationChicago, EntityLinks: true}} {
		if err := Markdown(os.Stdout, council(), o); err != nil {
			t.Fatal(err)
		}
		os.Stdout.WriteString("\n=========\n")
	}
}
