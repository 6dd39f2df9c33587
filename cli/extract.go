package cli

import (
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
	for i, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := readInput(env, name)
		if err != nil {
			return err
		}
		a, err := clip.ExtractAny(data, *base)
		if err != nil {
			return fmt.Errorf("%s: %s", name, clip.Message(err))
		}
		if *asJSON {
			if err := enc.Encode(toExtractJSON(name, a)); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		printArticle(env.Stdout, a)
	}
	return nil
}

// readInput reads a file, or standard input for "-", refusing more than
// add takes: an endless file (/dev/zero) or a huge one is not read whole.
func readInput(env *Env, name string) ([]byte, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(env.Stdin, clip.DefaultMaxBytes+1))
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
	} else if data, err = readFileLimited(name, clip.DefaultMaxBytes); err != nil {
		return nil, err
	}
	if int64(len(data)) > clip.DefaultMaxBytes {
		return nil, fmt.Errorf("%s: %s", name, clip.Message(clip.ErrTooLarge))
	}
	return data, nil
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
		Lang: a.Language, Excerpt: a.Excerpt, Text: a.Text(),
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
	fmt.Fprintln(w)
	fmt.Fprintln(w, a.Text())
}
