package export

import "io"

// CSV writes the items' entity mentions as CSV.
func CSV(w io.Writer, items []*Item) error { return nil }
