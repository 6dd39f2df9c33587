package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"margin/clip"
)

// writeClippingJSON writes what `show --json` prints, byte for byte as
// writeJSON would, a small part at a time: a clipping of a long page has a
// document, a text and mentions of tens of megabytes each, and encoding
// one in a buffer, then indenting that into another, took several times
// its size (a 19 MB article with its suggestions: 400 MB). The clipping is
// encoded first without them; then the text is written a piece at a time,
// and the document's blocks and the mentions one element at a time, each
// in its place.
func writeClippingJSON(w io.Writer, out clippingJSON) error {
	light := *out.Clipping
	light.Document = clip.Document{}
	head := out
	head.Clipping = &light
	head.Text = ""
	head.Mentions = nil
	var hb bytes.Buffer
	if err := writeJSON(&hb, head); err != nil {
		return err
	}
	const prefix = "  " // the fields' values are one level in
	big := map[string]func(w *bufio.Writer) error{
		"document": func(w *bufio.Writer) error {
			doc := out.Clipping.Document
			fmt.Fprintf(w, "{\n%s  \"version\": %d,\n%s  \"blocks\": ", prefix, doc.Version, prefix)
			if err := writeArray(w, prefix+"  ", doc.Blocks); err != nil {
				return err
			}
			_, err := fmt.Fprintf(w, "\n%s}", prefix)
			return err
		},
		// The text is the document's, written from its blocks rather
		// than from a copy of it.
		"text": func(w *bufio.Writer) error { return writeText(w, out.Clipping.Document) },
		"mentions": func(w *bufio.Writer) error {
			if out.mentionAt != nil {
				return writeElements(w, prefix, out.mentions, out.mentionAt)
			}
			return writeArray(w, prefix, out.Mentions)
		},
	}

	bw := bufio.NewWriterSize(w, 64<<10)
	dec := json.NewDecoder(bytes.NewReader(hb.Bytes()))
	if _, err := dec.Token(); err != nil { // {
		return err
	}
	done := 0
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		write, ok := big[key.(string)]
		if !ok {
			continue
		}
		end := int(dec.InputOffset())
		start := end - len(raw)
		bw.Write(hb.Bytes()[done:start])
		if err := write(bw); err != nil {
			return err
		}
		done = end
	}
	bw.Write(hb.Bytes()[done:])
	return bw.Flush()
}

// writeValue writes v as writeJSON would at a depth whose lines begin with
// prefix, without the final newline.
func writeValue(w io.Writer, prefix string, v any) error {
	enc := json.NewEncoder(trimNewline{w})
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	return enc.Encode(v)
}

// writeArray writes a slice as writeJSON would at a depth whose lines
// begin with prefix, one element at a time.
func writeArray[T any](w io.Writer, prefix string, s []T) error {
	if s == nil {
		_, err := io.WriteString(w, "null")
		return err
	}
	return writeElements(w, prefix, len(s), func(i int) any { return s[i] })
}

// writeElements writes an array of n elements as writeJSON would at a
// depth whose lines begin with prefix, making each element with at as it
// is written.
func writeElements(w io.Writer, prefix string, n int, at func(i int) any) error {
	if n == 0 {
		_, err := io.WriteString(w, "[]")
		return err
	}
	io.WriteString(w, "[\n")
	for i := range n {
		io.WriteString(w, prefix+"  ")
		if err := writeValue(w, prefix+"  ", at(i)); err != nil {
			return err
		}
		if i < n-1 {
			io.WriteString(w, ",")
		}
		io.WriteString(w, "\n")
	}
	_, err := io.WriteString(w, prefix+"]")
	return err
}

// stringPiece is how many bytes of a long string writeString encodes at a
// time. Tests make it small.
var stringPiece = 64 << 10

// writeText writes the document's canonical text (clip.Document.Text) as
// a JSON string, as writeJSON would, from the blocks' texts.
func writeText(w io.Writer, doc clip.Document) error {
	io.WriteString(w, `"`)
	first := true
	for _, b := range doc.Blocks {
		if !b.HasText() {
			continue
		}
		if !first {
			io.WriteString(w, `\n\n`) // the blocks' separator, escaped
		}
		first = false
		if err := writeStringPieces(w, b.Text); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, `"`)
	return err
}

// writeStringPieces writes s escaped as inside a JSON string, as writeJSON
// would, a piece at a time. Pieces are cut before the first byte of a
// character, so that each is escaped as it would be inside the whole.
func writeStringPieces(w io.Writer, s string) error {
	for len(s) > 0 {
		n := min(stringPiece, len(s))
		for k := 0; n < len(s) && k < utf8.UTFMax && !utf8.RuneStart(s[n]); k++ {
			n--
		}
		if n == 0 {
			n = min(stringPiece, len(s))
		}
		var piece bytes.Buffer
		if err := writeValue(&piece, "", s[:n]); err != nil {
			return err
		}
		b := piece.Bytes()
		w.Write(b[1 : len(b)-1])
		s = s[n:]
	}
	return nil
}

// trimNewline drops the newline json.Encoder ends a value with, which
// inside an object is not there.
type trimNewline struct{ w io.Writer }

func (t trimNewline) Write(p []byte) (int, error) {
	q := bytes.TrimSuffix(p, []byte("\n"))
	if _, err := t.w.Write(q); err != nil {
		return 0, err
	}
	return len(p), nil
}
