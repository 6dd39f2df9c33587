package library

import (
	"bytes"
	"compress/gzip"
	"database/sql/driver"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"modernc.org/sqlite"

	"margin/clip"
)

// storedDocument is a document as the document column holds it from
// schema 13: its blocks without their text, which the text column holds
// (the blocks' texts joined by blank lines, clip.Document.Text), and the
// length of each block's text. Stored with its texts, a long page's
// document repeated its text: 3.3 MB of JSON for a 3 MB page, written
// inside the add's transaction and read whole to show it.
type storedDocument struct {
	Version int          `json:"version"`
	Blocks  []clip.Block `json:"blocks"`
	// TextLengths are the byte lengths of the blocks' texts, 0 for a block
	// without text. A document stored with its texts has none.
	TextLengths []int `json:"text_lengths,omitempty"`
}

// compressDocumentFrom is the length of a document's JSON from which the
// document column holds it gzip-compressed. Without its text a document is
// small, but one of thousands of links or emphases is not; a short one
// stays JSON text, as an export of thousands reads every document.
const compressDocumentFrom = 64 << 10

// errDocumentText is the error of a document whose texts do not make the
// clipping's text.
var errDocumentText = errors.New("the document does not match the clipping's text")

// encodeDocument returns a document as the document column holds it: its
// blocks without their texts and the texts' lengths (storedDocument), as
// JSON text, or gzip-compressed as a blob from compressDocumentFrom bytes
// of JSON. decodeDocument puts the texts back from the text column.
func encodeDocument(doc clip.Document) (any, error) {
	s := storedDocument{Version: doc.Version, Blocks: make([]clip.Block, len(doc.Blocks)), TextLengths: make([]int, len(doc.Blocks))}
	for i, b := range doc.Blocks {
		s.TextLengths[i] = len(b.Text)
		b.Text = ""
		s.Blocks[i] = b
	}
	b, err := json.Marshal(s)
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

// compressDocument gzips a document's JSON at the fastest level: for the
// JSON of a page with its text, 41% of its size against 33% at the
// default level, in a quarter of the time.
func compressDocument(b []byte) ([]byte, error) {
	var z bytes.Buffer
	z.Grow(len(b) / 3)
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

// decodeDocument decodes the document column's value into doc, with text,
// the text column's value, for the blocks' texts: JSON of the document
// with its texts, as Margin stored it before schema 13, or a
// storedDocument, either of them gzip-compressed. The blocks' texts are
// parts of text, not copies.
func decodeDocument(b []byte, text string, doc *clip.Document) error {
	if isGzip(b) {
		var err error
		if b, err = decompressDocument(b); err != nil {
			return fmt.Errorf("decode document: %w", err)
		}
	}
	var s storedDocument
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("decode document: %w", err)
	}
	if s.TextLengths != nil {
		if err := s.putTexts(text); err != nil {
			return fmt.Errorf("decode document: %w", err)
		}
	}
	*doc = clip.Document{Version: s.Version, Blocks: s.Blocks}
	return nil
}

// putTexts gives the blocks their texts from text, the blocks' texts
// joined by blank lines, checking that they make all of it.
func (s *storedDocument) putTexts(text string) error {
	if len(s.TextLengths) != len(s.Blocks) {
		return errDocumentText
	}
	pos, first := 0, true
	for i, n := range s.TextLengths {
		if n == 0 {
			continue
		}
		if !first {
			if len(text)-pos < 2 || text[pos:pos+2] != "\n\n" {
				return errDocumentText
			}
			pos += 2
		}
		first = false
		if n < 0 || len(text)-pos < n {
			return errDocumentText
		}
		s.Blocks[i].Text = text[pos : pos+n]
		pos += n
	}
	if pos != len(text) {
		return errDocumentText
	}
	return nil
}

// decompressDocument returns the JSON of a compressed document, read into
// one buffer of its size (gzip's trailer gives it) rather than one grown
// by doubling, which held twice the JSON at its peak.
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

// storeDocumentFunc is the SQL function margin_store_document(document,
// text): a document column's value as encodeDocument makes it now, for the
// migration that stores again the long documents Margin stored with their
// texts. A document whose texts do not make the text is kept with them,
// compressed; one already compressed is returned as it is.
const storeDocumentFunc = "margin_store_document"

func init() {
	err := sqlite.RegisterDeterministicScalarFunction(storeDocumentFunc, 2, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		var b []byte
		switch v := args[0].(type) {
		case string:
			b = []byte(v)
		case []byte:
			b = v
		default:
			return v, nil
		}
		text, _ := args[1].(string)
		if isGzip(b) {
			return b, nil
		}
		var doc clip.Document
		if err := json.Unmarshal(b, &doc); err == nil && doc.Text() == text {
			return encodeDocument(doc)
		}
		if len(b) < compressDocumentFrom {
			return args[0], nil
		}
		return compressDocument(b)
	})
	if err != nil {
		// Only a second registration of the name fails.
		panic("library: register the SQL function " + storeDocumentFunc + ": " + err.Error())
	}
}
