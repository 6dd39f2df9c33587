package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
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
		a, msg := extractFile(ctx, env, name, *base)
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

// extractFile reads one input and extracts its article as clip reads
// every file and stream (unpacked if gzip-compressed, with the size and
// type checks of margin add), or returns nil and the sentence that says
// why it could not.
func extractFile(ctx context.Context, env *Env, name, base string) (*clip.Article, string) {
	a, err := clip.ExtractInput(ctx, clip.Input{Text: name, Stdin: env.Stdin, PageURL: base}, clip.Options{})
	if err != nil {
		return nil, clip.Message(err)
	}
	return a, ""
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
