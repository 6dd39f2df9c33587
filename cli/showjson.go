package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"margin/clip"
)

// writeClippingJSON writes what `show --json` prints, byte for byte as
// writeJSON would, but a large part at a time: a clipping of a long page
// has a document, a text and mentions of tens of megabytes each, and
// encoding them in one buffer, then indenting that into another, took
// several times their size. The clipping is encoded first without them;
// each is then encoded on its own in its place.
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
	big := map[string]any{"document": out.Clipping.Document, "text": out.Text, "mentions": out.Mentions}

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
		v, ok := big[key.(string)]
		if !ok {
			continue
		}
		end := int(dec.InputOffset())
		start := end - len(raw)
		bw.Write(hb.Bytes()[done:start])
		enc := json.NewEncoder(trimNewline{bw})
		enc.SetEscapeHTML(false)
		enc.SetIndent("  ", "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		done = end
	}
	bw.Write(hb.Bytes()[done:])
	return bw.Flush()
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
