package annotate

import "strings"

// NormalizeQuote makes a quote taken from elsewhere (a browser's selection,
// another tool's export) look like Margin's canonical text, so that Anchor
// finds it exactly: white space collapsed within a paragraph, paragraphs
// (a line break, or several, in the quote) joined by one blank line.
func NormalizeQuote(s string) string {
	var paras []string
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l := strings.Join(strings.Fields(line), " "); l != "" {
			paras = append(paras, l)
		}
	}
	return strings.Join(paras, "\n\n")
}
