package export

import "io"

// WebAnnotations writes the items' highlights and mentions as a W3C Web
// Annotation collection.
func WebAnnotations(w io.Writer, items []*Item) error { return nil }
