package export

import "io"

// BibTeX writes the items as BibTeX entries.
func BibTeX(w io.Writer, items []*Item) error { return nil }
