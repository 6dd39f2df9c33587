package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"margin/clip"
)

func init() {
	commands["extract"] = command{
		summary: "print the article in HTML or text files, without a library",
		usage:   "extract [--url BASE] [--json] FILE...|-",
		run:     runExtract,
	}
}

// extractJSON is one line of `margin extract --json`.
type extractJSON struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Site      string `json:"site"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Excerpt   string `json:"excerpt"`
	Text      string `json:"text"`
	// Uncertain says that no article was found and Text is the page's
	// best guess.
	Uncertain bool `json:"uncertain,omitempty"`
	// Error says why the file could not be extracted; the other fields
	// are then empty.
	Error string `json:"error,omitempty"`
}

// runExtract extracts each file (or standard input for "-") and prints the
// article, as text or as one JSON object per line.
func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("extract")
	base := fs.String("url", "", "`URL` the page was saved from, for resolving links")
	asJSON := fs.Bool("json", false, "print one JSON object per line")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("no file given (use - for standard input)")
	}
	if *base != "" {
		if k, _, err := clip.Detect(*base); err != nil || k != clip.KindURL {
			return usagef("--url %q is not an http(s) URL", *base)
		}
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	// A batch goes on past a page that fails: the failure is reported on
	// standard error (and in the page's JSON line) and the run ends with
	// an error once every file has been tried.
	failed, printed := 0, 0
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, msg := extractFile(env, name, *base)
		if a == nil {
			failed++
			fmt.Fprintf(env.Stderr, "margin extract: %s: %s\n", name, msg)
			if *asJSON {
				if err := enc.Encode(extractJSON{File: name, Error: msg}); err != nil {
					return err
				}
			}
			continue
		}
		if *asJSON {
			if err := enc.Encode(toExtractJSON(name, a)); err != nil {
				return err
			}
			continue
		}
		if printed > 0 {
			fmt.Fprintln(env.Stdout)
		}
		printed++
		printArticle(env.Stdout, a)
	}
	if failed > 0 && len(files) == 1 {
		// The one file's sentence, said above, is the whole story.
		return errSilent
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be extracted", failed, len(files))
	}
	return nil
}

// extractFile reads one input and extracts its article, or returns nil
// and the sentence that says why it could not.
func extractFile(env *Env, name, base string) (*clip.Article, string) {
	data, err := readInput(env, name)
	if err != nil {
		return nil, oneLine(err)
	}
	a, err := clip.ExtractAny(data, base)
	if err != nil {
		return nil, clip.Message(err)
	}
	return a, ""
}

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// readInput reads a file, or standard input for "-". A gzip-compressed
// input is read as what it holds.
func readInput(env *Env, name string) ([]byte, error) {
	var data []byte
	if name == "-" {
		var err error
		data, err = io.ReadAll(io.LimitReader(env.Stdin, clip.DefaultMaxBytes+1))
		if err != nil {
			return nil, err
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, unwrapPathError(err)
		}
		defer f.Close()
		// As 'margin add' does, an endless or huge file is not read whole.
		data, err = io.ReadAll(io.LimitReader(f, clip.DefaultMaxBytes+1))
		if err != nil {
			return nil, unwrapPathError(err)
		}
	}
	if int64(len(data)) > clip.DefaultMaxBytes {
		return nil, fmt.Errorf("%s", clip.Message(clip.ErrTooLarge))
	}
	if !bytes.HasPrefix(data, gzipMagic) {
		return data, nil
	}
	return gunzip(data)
}

// gunzip returns what a gzip stream holds, refusing a damaged stream and
// one that would unpack to more than an input may hold.
func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("the file looks gzip-compressed but is not readable as gzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, clip.DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("the gzip-compressed file is damaged: %w", err)
	}
	if int64(len(out)) > clip.DefaultMaxBytes {
		return nil, fmt.Errorf("the gzip-compressed file unpacks to more than %d bytes: %w", clip.DefaultMaxBytes, clip.ErrTooLarge)
	}
	return out, nil
}

// unwrapPathError keeps "no such file or directory" without repeating the path.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func toExtractJSON(file string, a *clip.Article) extractJSON {
	out := extractJSON{
		File: file, Title: a.Title, Byline: a.Byline, Site: a.SiteName,
		Lang: a.Language, Excerpt: a.Excerpt, Text: a.Text(), Uncertain: a.Uncertain,
	}
	if !a.Published.IsZero() {
		out.Published = a.Published.Format(time.RFC3339)
	}
	return out
}

// printArticle writes the title, the metadata lines and the text.
func printArticle(w io.Writer, a *clip.Article) {
	fmt.Fprintln(w, a.Title)
	fmt.Fprintln(w, strings.Repeat("=", max(3, min(len([]rune(a.Title)), 72))))
	meta := []struct{ k, v string }{
		{"Byline", a.Byline}, {"Site", a.SiteName}, {"Language", a.Language}, {"URL", a.URL},
	}
	if !a.Published.IsZero() {
		meta = append(meta, struct{ k, v string }{"Published", a.Published.Format(time.RFC3339)})
	}
	for _, m := range meta {
		if m.v != "" {
			fmt.Fprintf(w, "%s: %s\n", m.k, m.v)
		}
	}
	if a.Uncertain {
		fmt.Fprintln(w, "Note: no article was found on this page; this is the text that reads most like one.")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, a.Text())
}
