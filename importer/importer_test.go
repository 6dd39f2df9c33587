package importer

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"margin/clip"
	"margin/library"
)

func openLibrary(t *testing.T) *library.Library {
	t.Helper()
	l, err := library.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// zipDir packs a folder of testdata into a zip, as the export archive.
func zipDir(t *testing.T, dir string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		f, err := w.Create(filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = f.Write(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	if name == "omnivore.zip" {
		return zipDir(t, filepath.Join("testdata", "omnivore"))
	}
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// clippingByURL finds the clipping filed for a URL.
func clippingByURL(t *testing.T, l *library.Library, u string) *library.Clipping {
	t.Helper()
	list, err := l.List(context.Background(), library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.URL == u {
			c, err := l.Get(context.Background(), s.ID)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
	}
	t.Fatalf("no clipping for %s", u)
	return nil
}

func TestImportFormats(t *testing.T) {
	const tides = "https://example.org/tides"
	tests := []struct {
		name       string
		file       string
		kind       Kind
		entries    int
		highlights int
		orphans    int
		tags       []string // the tides clipping's tags
		check      func(t *testing.T, l *library.Library)
	}{
		{name: "Pocket's CSV files each link with its pipe-separated tags and the time it was saved", file: "pocket.csv", kind: PocketCSV, entries: 3, tags: []string{"science", "sea"},
			check: func(t *testing.T, l *library.Library) {
				if c := clippingByURL(t, l, "https://example.org/tides"); c.Added.Unix() != 1728576752 {
					t.Errorf("added %v; want the export's time_added", c.Added)
				}
			}},
		{name: "Pocket's older HTML files each link with its comma-separated tags", file: "pocket.html", kind: PocketHTML, entries: 3, tags: []string{"science", "sea"}},
		{name: "browser bookmarks file web links with their folder as a tag, passing over place: and javascript: links",
			file: "bookmarks.html", kind: Bookmarks, entries: 3, tags: []string{"Bookmarks bar"},
			check: func(t *testing.T, l *library.Library) {
				c := clippingByURL(t, l, "https://example.org/woerter")
				if !slices.Equal(c.Tags, []string{"german", "language", "Long reads"}) {
					t.Errorf("woerter tags = %q", c.Tags)
				}
			}},
		{name: "Readwise's CSV groups highlights by title and anchors each in the stand-in text",
			file: "readwise.csv", kind: Readwise, entries: 2, highlights: 3, tags: nil,
			check: func(t *testing.T, l *library.Library) {
				list, _ := l.List(context.Background(), library.Filter{Query: "neap"})
				if len(list) != 1 || list[0].Title != "Tides and why they turn" {
					t.Fatalf("search neap = %+v", list)
				}
				c, _ := l.Get(context.Background(), list[0].ID)
				if !slices.Equal(c.Tags, []string{"science", "sea"}) {
					t.Errorf("tags = %q", c.Tags)
				}
				hs, _ := l.Highlights(context.Background(), c.ID)
				if len(hs) != 2 || hs[0].Note != "The moon does it" || hs[1].Color != "blue" {
					t.Errorf("highlights = %+v", hs)
				}
			}},
		{name: "Wallabag's JSON files the content with its annotations, an unfound quote kept as an orphan",
			file: "wallabag.json", kind: Wallabag, entries: 2, highlights: 3, orphans: 1, tags: []string{"science", "sea"},
			check: func(t *testing.T, l *library.Library) {
				c := clippingByURL(t, l, tides)
				if c.Byline != "Ann Sea" || c.Published.IsZero() || !strings.Contains(c.Text(), "Neap tides") {
					t.Errorf("clipping = %q by %q, published %v", c.Text(), c.Byline, c.Published)
				}
				hs, _ := l.Highlights(context.Background(), c.ID)
				var found, orphan bool
				for _, h := range hs {
					if h.Selector.Exact == "pulled by the moon" && !h.Orphaned && h.Note == "The moon does it" {
						found = []rune(c.Text())[h.Selector.Start] == 'p'
					}
					orphan = orphan || (h.Orphaned && h.Note == "This sentence was edited away on the site")
				}
				if !found || !orphan {
					t.Errorf("highlights = %+v", hs)
				}
				// A note is searchable.
				if list, _ := l.List(context.Background(), library.Filter{Query: "edited away"}); len(list) != 1 {
					t.Errorf("search of an orphan's note found %d", len(list))
				}
				w := clippingByURL(t, l, "https://example.org/woerter")
				if !slices.Equal(w.Tags, []string{"language"}) {
					t.Errorf("woerter tags = %q", w.Tags)
				}
			}},
		{name: "Hypothesis's export anchors quotes by their context and keeps page notes as the clipping's note",
			file: "hypothesis.json", kind: Hypothesis, entries: 2, highlights: 2, tags: []string{"science", "to reread"},
			check: func(t *testing.T, l *library.Library) {
				c := clippingByURL(t, l, tides)
				if !strings.Contains(c.Note, "read again in spring") || c.Title != "Tides, and why they turn" {
					t.Errorf("note %q, title %q", c.Note, c.Title)
				}
			}},
		{name: "Omnivore's archive files the content with the highlights of its markdown, labels as tags",
			file: "omnivore.zip", kind: Omnivore, entries: 2, highlights: 3, orphans: 1, tags: []string{"physics", "science", "sea"},
			check: func(t *testing.T, l *library.Library) {
				c := clippingByURL(t, l, tides)
				hs, _ := l.Highlights(context.Background(), c.ID)
				for _, h := range hs {
					if h.Selector.Exact == "pulled by the moon" && h.Note != "The moon does it" {
						t.Errorf("note = %q", h.Note)
					}
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			l := openLibrary(t)
			data := readFixture(t, tt.file)
			if k, err := Detect(tt.file, data); err != nil || k != tt.kind {
				t.Fatalf("Detect = %q, %v; want %q", k, err, tt.kind)
			}
			res, err := Data(ctx, l, tt.file, data, Options{Fetch: true})
			if err != nil {
				t.Fatal(err)
			}
			if res.Entries != tt.entries || res.Added != tt.entries || res.Highlights != tt.highlights || res.Orphans != tt.orphans {
				t.Errorf("result = %+v; want %d entries, %d highlights, %d orphans", res, tt.entries, tt.highlights, tt.orphans)
			}
			if tt.tags != nil {
				if c := clippingByURL(t, l, "https://example.org/tides"); !slices.Equal(c.Tags, tt.tags) {
					t.Errorf("tags = %q; want %q", c.Tags, tt.tags)
				}
			}
			if tt.check != nil {
				tt.check(t, l)
			}
			again, err := Data(ctx, l, tt.file, data, Options{Fetch: true})
			if err != nil {
				t.Fatal(err)
			}
			if again.Added != 0 || again.Highlights != 0 || again.Tags != 0 || again.Queued != 0 || again.Existing != tt.entries {
				t.Errorf("second import = %+v; want nothing added", again)
			}
			if n, _ := l.Count(ctx, library.Filter{}); n != tt.entries {
				t.Errorf("library holds %d clippings; want %d", n, tt.entries)
			}
		})
	}
}

func TestMalformedFilesImportNothing(t *testing.T) {
	badZip := zipDir(t, filepath.Join("testdata", "omnivore"))
	tests := []struct {
		name  string
		file  string
		data  []byte
		kind  Kind
		where string // what the sentence must point at
	}{
		{name: "a Pocket CSV with an unclosed quote", file: "pocket-bad.csv", kind: PocketCSV, where: "line 3"},
		{name: "a Pocket HTML whose time_added is no time", file: "pocket-bad.html", kind: PocketHTML, where: "link 2"},
		{name: "a bookmarks file whose ADD_DATE is no time", file: "bookmarks-bad.html", kind: Bookmarks, where: "link 2"},
		{name: "a Readwise CSV with a date that is no date", file: "readwise-bad.csv", kind: Readwise, where: "line 3"},
		{name: "a Wallabag JSON with a missing comma", file: "wallabag-bad.json", kind: Wallabag, where: "line 59"},
		{name: "a Hypothesis JSON whose uri is a number", file: "hypothesis-bad.json", kind: Hypothesis, where: "annotation 3"},
		{name: "an Omnivore archive cut short", file: "omnivore.zip", data: badZip[:len(badZip)/2], kind: Omnivore, where: "zip"},
		{name: "an Omnivore archive whose metadata is not JSON", file: "omnivore.zip", kind: Omnivore, where: "metadata_0_to_2.json",
			data: func() []byte {
				var buf bytes.Buffer
				w := zip.NewWriter(&buf)
				f, _ := w.Create("metadata_0_to_2.json")
				f.Write([]byte(`[{"url": "https://example.org/a", "slug": "a"},`))
				w.Close()
				return buf.Bytes()
			}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			l := openLibrary(t)
			data := tt.data
			if data == nil {
				data = readFixture(t, tt.file)
			}
			_, err := Data(ctx, l, tt.file, data, Options{Kind: tt.kind, Fetch: true})
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("err = %v; want ErrMalformed", err)
			}
			if !strings.Contains(err.Error(), tt.where) {
				t.Errorf("error %q does not say %q", err, tt.where)
			}
			if n, _ := l.Count(ctx, library.Filter{}); n != 0 {
				t.Errorf("a malformed file filed %d clippings", n)
			}
		})
	}
}

func TestDetectRefusesOtherFiles(t *testing.T) {
	for _, data := range []string{"just some text", `{"hello": "world"}`, "a,b,c\n1,2,3\n"} {
		if k, err := Detect("file", []byte(data)); !errors.Is(err, ErrUnknownKind) {
			t.Errorf("Detect(%q) = %q, %v; want ErrUnknownKind", data, k, err)
		}
	}
}

func TestFetchQueuedFilesPagesAndListsFailures(t *testing.T) {
	ctx := context.Background()
	l := openLibrary(t)
	csv := "Highlight,Title,Author,URL,Note\n" +
		"\"pulled by the moon\",Tides,Ann Sea,https://example.org/tides,The moon does it\n" +
		"\"a quote\",Gone,,https://example.org/gone,\n"
	res, err := Data(ctx, l, "readwise.csv", []byte(csv), Options{Fetch: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Queued != 2 {
		t.Fatalf("queued %d; want 2", res.Queued)
	}
	calls := 0
	fake := func(ctx context.Context, u string) (*clip.Article, error) {
		calls++
		if strings.HasSuffix(u, "gone") {
			return nil, clip.ErrNotArticle
		}
		return clip.ExtractText("Tides\n\nThe tide turns twice a day, pulled by the moon. The sun pulls too, less, as anyone by the sea knows.")
	}
	fr, err := FetchQueued(ctx, l, FetchOptions{Clip: fake, MaxAttempts: 2})
	if err != nil {
		t.Fatal(err)
	}
	if fr.Fetched != 1 || fr.Failed != 1 {
		t.Errorf("fetch = %+v", fr)
	}
	c := clippingByURL(t, l, "https://example.org/tides")
	hs, _ := l.Highlights(ctx, c.ID)
	if len(hs) != 1 || hs[0].Orphaned || !strings.Contains(c.Text(), "sun pulls") {
		t.Errorf("after fetch: text %q, highlights %+v", c.Text(), hs)
	}
	failed, _ := l.PendingFetches(ctx, true, 0)
	if len(failed) != 1 || failed[0].URL != "https://example.org/gone" || failed[0].Error == "" {
		t.Errorf("failed = %+v", failed)
	}
	// A second run tries only what is still queued, until MaxAttempts.
	calls = 0
	FetchQueued(ctx, l, FetchOptions{Clip: fake, MaxAttempts: 2})
	FetchQueued(ctx, l, FetchOptions{Clip: fake, MaxAttempts: 2})
	if calls != 1 {
		t.Errorf("later runs fetched %d pages; want 1", calls)
	}
	if failed, _ := l.PendingFetches(ctx, true, 0); len(failed) != 1 {
		t.Errorf("the failed fetch is no longer listed: %+v", failed)
	}
}

func TestQuoteAcrossParagraphsAnchors(t *testing.T) {
	ctx := context.Background()
	l := openLibrary(t)
	data := `[{"title": "Tides", "url": "https://example.org/tides",
		"content": "<p>The tide turns twice a day. The sun pulls too, less.</p>\n<p>Neap tides are the smallest.</p>",
		"annotations": [{"quote": "The sun pulls too, less.\n Neap tides", "text": "two paragraphs"}]}]`
	res, err := Data(ctx, l, "wallabag.json", []byte(data), Options{Kind: Wallabag})
	if err != nil {
		t.Fatal(err)
	}
	if res.Highlights != 1 || res.Orphans != 0 {
		t.Errorf("result %+v: a quote over two paragraphs was not anchored", res)
	}
}
