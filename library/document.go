package library

import (
	"bytes"
	"compress/gzip"
	"database/sql/driver"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"modernc.org/sqlite"

	"margin/clip"
)

// compressDocumentFrom is the length of a document's JSON from which the
// document column holds it gzip-compressed. A long page's document repeats
// its text with the blocks' structure around it (3.3 MB for a 3 MB page);
// compressed it is a fifth of that, which the add's transaction writes, a
// reading of the row maps, and a reader holds while decoding it. A short
// one stays JSON text: most clippings are short, and an export of
// thousands reads every document.
const compressDocumentFrom = 64 << 10

// encodeDocument returns a document as the document column holds it: its
// JSON as text, or gzip-compressed as a blob from compressDocumentFrom
// bytes of JSON (decodeDocument tells them apart).
func encodeDocument(doc clip.Document) (any, error) {
	b, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	if len(b) < compressDocumentFrom {
		return string(b), nil
	}
	z, err := compressDocument(b)
	if err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	return z, nil
}

// compressDocument gzips a document's JSON. The fastest level compresses
// the repeated words and markup of a page about as well as the default
// (a fifth of the JSON against a sixth) in half the time.
func compressDocument(b []byte) ([]byte, error) {
	var z bytes.Buffer
	z.Grow(len(b) / 4)
	w, err := gzip.NewWriterLevel(&z, gzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return z.Bytes(), nil
}

// isGzip reports whether b begins as gzip data does; JSON never does.
func isGzip(b []byte) bool {
	return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b
}

// decodeDocument decodes the document column's value (JSON, or JSON
// gzip-compressed, as encodeDocument stores it from schema 12 on) into doc.
func decodeDocument(b []byte, doc *clip.Document) error {
	if isGzip(b) {
		var err error
		if b, err = decompressDocument(b); err != nil {
			return fmt.Errorf("decode document: %w", err)
		}
	}
	if err := json.Unmarshal(b, doc); err != nil {
		return fmt.Errorf("decode document: %w", err)
	}
	return nil
}

// decompressDocument returns the JSON of a compressed document, read into
// one buffer of its size (gzip's trailer gives it) rather than one grown
// by doubling, which for a long page held twice the JSON at its peak.
func decompressDocument(z []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if len(z) >= 8 {
		// The size modulo 4 GiB; a document is far smaller, and a wrong
		// one only costs a buffer grown as it is read.
		if n := binary.LittleEndian.Uint32(z[len(z)-4:]); n < 1<<30 {
			out.Grow(int(n) + bytes.MinRead)
		}
	}
	if _, err := out.ReadFrom(r); err != nil {
		return nil, err
	}
	if err := r.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// compressDocumentFunc is the SQL function margin_compress_document(x):
// a document column's value as encodeDocument would store it now, for the
// migration that compresses the long documents already stored. A value
// already compressed, or shorter than compressDocumentFrom, is returned as
// it is.
const compressDocumentFunc = "margin_compress_document"

func init() {
	err := sqlite.RegisterDeterministicScalarFunction(compressDocumentFunc, 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		var b []byte
		switch v := args[0].(type) {
		case string:
			b = []byte(v)
		case []byte:
			b = v
		default:
			return v, nil
		}
		if len(b) < compressDocumentFrom || isGzip(b) {
			return args[0], nil
		}
		return compressDocument(b)
	})
	if err != nil {
		// Only a second registration of the name fails.
		panic("library: register the SQL function " + compressDocumentFunc + ": " + err.Error())
	}
}
