package importer

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parsePocketCSV reads Pocket's CSV export (columns title, url, time_added,
// cursor, tags, status; tags separated by "|"), or the zip of such files
// Pocket mailed for large accounts.
func parsePocketCSV(data []byte) ([]Entry, error) {
	if isZip(data) {
		files, err := readZip(data, PocketCSV)
		if err != nil {
			return nil, err
		}
		names := make([]string, 0, len(files))
		for n := range files {
			if strings.HasSuffix(strings.ToLower(n), ".csv") {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return nil, malformed(PocketCSV, "", errors.New("the archive holds no CSV file"))
		}
		sort.Strings(names)
		var all []Entry
		for _, n := range names {
			es, err := parsePocketCSVFile(files[n], n)
			if err != nil {
				return nil, err
			}
			all = append(all, es...)
		}
		return all, nil
	}
	return parsePocketCSVFile(data, "")
}

func parsePocketCSVFile(data []byte, file string) ([]Entry, error) {
	where := func(line int) string {
		if file != "" {
			return fmt.Sprintf("%s line %d", file, line)
		}
		return fmt.Sprintf("line %d", line)
	}
	rows, err := readCSV(data)
	if err != nil {
		return nil, malformed(PocketCSV, file, err)
	}
	if len(rows) == 0 {
		return nil, malformed(PocketCSV, file, errors.New("the file is empty"))
	}
	col := columns(rows[0])
	for _, c := range []string{"url", "title", "time_added"} {
		if _, ok := col[c]; !ok {
			return nil, malformed(PocketCSV, where(1), fmt.Errorf("no %q column", c))
		}
	}
	var out []Entry
	for i, r := range rows[1:] {
		get := func(name string) string { return field(r, col, name) }
		u := strings.TrimSpace(get("url"))
		if err := checkWebURL(u); err != nil {
			return nil, malformed(PocketCSV, where(i+2), err)
		}
		var added time.Time
		if ta := get("time_added"); ta != "" {
			if added, err = unixSeconds(ta); err != nil {
				return nil, malformed(PocketCSV, where(i+2), fmt.Errorf("time_added: %w", err))
			}
		}
		out = append(out, Entry{URL: u, Title: strings.TrimSpace(get("title")), Tags: splitTags(get("tags"), "|"), Added: added})
	}
	return out, nil
}

// readCSV reads a whole CSV file, BOM and all, with every row as long as
// the header.
func readCSV(data []byte) ([][]string, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	r.ReuseRecord = false
	rows, err := r.ReadAll()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("line %d: %v", pe.Line, pe.Err)
		}
		return nil, err
	}
	return rows, nil
}

// columns maps a CSV header's lower-cased names to their index.
func columns(header []string) map[string]int {
	m := map[string]int{}
	for i, h := range header {
		m[strings.ToLower(strings.TrimSpace(h))] = i
	}
	return m
}

// field returns the named column of a row, or "".
func field(row []string, col map[string]int, name string) string {
	if i, ok := col[name]; ok && i < len(row) {
		return row[i]
	}
	return ""
}

// parsePocketHTML reads Pocket's older HTML export (ril_export.html): links
// with time_added and tags (separated by commas) attributes.
func parsePocketHTML(data []byte) ([]Entry, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, malformed(PocketHTML, "", err)
	}
	var out []Entry
	var bad error
	n := 0
	walk(doc, func(a *html.Node) {
		if bad != nil || a.DataAtom != atom.A {
			return
		}
		n++
		href := attr(a, "href")
		if err := checkWebURL(href); err != nil {
			bad = malformed(PocketHTML, fmt.Sprintf("link %d", n), err)
			return
		}
		var added time.Time
		if t := attr(a, "time_added"); t != "" {
			var err error
			if added, err = unixSeconds(t); err != nil {
				bad = malformed(PocketHTML, fmt.Sprintf("link %d", n), fmt.Errorf("time_added: %w", err))
				return
			}
		}
		out = append(out, Entry{URL: strings.TrimSpace(href), Title: strings.TrimSpace(textOf(a)), Tags: splitTags(attr(a, "tags"), ","), Added: added})
	})
	if bad != nil {
		return nil, bad
	}
	if n == 0 {
		return nil, malformed(PocketHTML, "", errors.New("no saved links in it"))
	}
	return out, nil
}

// walk calls fn on every element of a tree in document order.
func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textOf is the text inside a node, white space collapsed.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return strings.Join(strings.Fields(sb.String()), " ")
}

// readZip reads every file of a zip archive, refusing one that unpacks to
// more than MaxFileBytes.
func readZip(data []byte, k Kind) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, malformed(k, "", fmt.Errorf("not a readable zip archive: %v", err))
	}
	files := map[string][]byte{}
	var total int64
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, malformed(k, f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, MaxFileBytes-total+1))
		rc.Close()
		if err != nil {
			return nil, malformed(k, f.Name, err)
		}
		total += int64(len(b))
		if total > MaxFileBytes {
			return nil, fmt.Errorf("%w (unpacks to more than %d bytes)", ErrTooLarge, MaxFileBytes)
		}
		files[f.Name] = b
	}
	return files, nil
}
