package library

import (
	"fmt"
	"strings"

	"margin/annotate"
)

// The sentences below tell a person what an operation did, the same in the
// window and on the command line.

// Thousands writes n with commas between its thousands ("12,345"), as the
// window's and the command line's sentences write counts.
func Thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// UncertainNote says that a clipping's extraction was uncertain
// (clip.Article.Uncertain): no article was found on the page and the
// clipping holds the page's best readable text. The reader shows it above
// the article and margin show prints it.
const UncertainNote = "Margin was not sure where the article is on this page; this is the page's best readable text. Check it against the page itself."

// AlreadyAdded says that the page titled title is in the library already,
// as Add reports with existed.
func AlreadyAdded(title string) string {
	if title == "" {
		title = "Untitled"
	}
	return fmt.Sprintf("“%s” is already in your library.", title)
}

// Sentence says what a tag did: "Tagged 3 mentions of Kyiv (Place)." or
// that every mention was tagged already.
func (r TagResult) Sentence() string {
	name := fmt.Sprintf("%s (%s)", r.Entity.Name, annotate.DescribeType(r.Entity.Type).Name)
	switch {
	case len(r.Mentions) == 0 && r.All:
		return "Every mention of " + name + " was tagged already."
	case len(r.Mentions) == 0:
		return "That mention of " + name + " was tagged already."
	case len(r.Mentions) == 1:
		return "Tagged 1 mention of " + name + "."
	}
	return fmt.Sprintf("Tagged %d mentions of %s.", len(r.Mentions), name)
}
