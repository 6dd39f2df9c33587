package export

import "io"

// CSL writes the items as CSL-JSON.
func CSL(w io.Writer, items []*Item) error { return nil }
