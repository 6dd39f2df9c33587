package export

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"margin/annotate"
	"margin/clip"
	"margin/library"
)

var benchWords = strings.Fields(`the council city transit plan budget vote mayor residents station bus
line report said would could new old year week million public service route fare costs
critics support official decision approve project county state federal funding local
district community meeting hearing plan* _draft_ [update] #metro 1. first second data`)

var benchEntities = []annotate.Entity{
	{ID: 1, Name: "Elena Ruiz", Type: annotate.Person},
	{ID: 2, Name: "Marcus Berg", Type: annotate.Person},
	{ID: 3, Name: "Riverside Transit Authority", Type: annotate.Organization},
	{ID: 4, Name: "Green Line", Type: annotate.Other},
	{ID: 5, Name: "Riverside", Type: annotate.Place},
	{ID: 6, Name: "City Hall", Type: annotate.Place},
}

// benchItem generates a realistic clipping deterministically: about 800
// words in a heading, paragraphs and a list, with emphasis and links, about
// 10 entity mentions and 5 highlights with notes.
func benchItem(id int64) *Item {
	rng := rand.New(rand.NewPCG(uint64(id), 42))
	ents := map[int64]annotate.Entity{}
	var blocks []clip.Block
	var mentions []annotate.Mention
	pos := 0 // rune offset of the next block in the canonical text
	words := 0
	for words < 800 {
		var sb strings.Builder
		kind := clip.BlockParagraph
		n := 40 + rng.IntN(40)
		switch len(blocks) % 7 {
		case 0:
			kind, n = clip.BlockHeading, 5
		case 4, 5:
			kind, n = clip.BlockListItem, 12
		}
		var spans []clip.Span
		for w := 0; w < n; w++ {
			if w > 0 {
				sb.WriteByte(' ')
			}
			at := utf8.RuneCountInString(sb.String())
			if rng.IntN(40) == 0 && kind == clip.BlockParagraph {
				e := benchEntities[rng.IntN(len(benchEntities))]
				ents[e.ID] = e
				sb.WriteString(e.Name)
				end := at + utf8.RuneCountInString(e.Name)
				mentions = append(mentions, annotate.Mention{ID: int64(len(mentions) + 1), ClippingID: id, EntityID: e.ID,
					Selector: annotate.Selector{Start: pos + at, End: pos + end, Exact: e.Name}, Status: annotate.Confirmed})
				continue
			}
			word := benchWords[rng.IntN(len(benchWords))]
			sb.WriteString(word)
			switch rng.IntN(30) {
			case 0:
				spans = append(spans, clip.Span{Kind: clip.SpanEmphasis, Start: at, End: at + utf8.RuneCountInString(word)})
			case 1:
				spans = append(spans, clip.Span{Kind: clip.SpanLink, Start: at, End: at + utf8.RuneCountInString(word), Href: "https://example.com/" + word})
			}
		}
		words += n
		text := sb.String()
		blocks = append(blocks, clip.Block{Kind: kind, Level: 2, Text: text, Spans: spans})
		pos += utf8.RuneCountInString(text) + 2
	}
	c := &library.Clipping{
		ID: id,
		Article: clip.Article{
			Title:     fmt.Sprintf("Council report %d: the plan, the vote and what comes next", id),
			Byline:    "By Jane Doe",
			SiteName:  "The Riverside Courier",
			URL:       fmt.Sprintf("https://courier.example/news/%d", id),
			Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(id) * time.Hour),
			Document:  clip.Document{Version: 1, Blocks: blocks},
		},
		Added: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC),
		Tags:  []string{"transit"},
	}
	total := pos - 2
	var hs []annotate.Highlight
	for h := range 5 {
		start := rng.IntN(total - 300)
		end := start + 20 + rng.IntN(250)
		hs = append(hs, annotate.Highlight{ID: int64(h + 1), ClippingID: id, Selector: annotate.Selector{Start: start, End: end},
			Color: annotate.Colors[h%len(annotate.Colors)], Note: "A note on this passage."})
	}
	return &Item{Clipping: c, Highlights: hs, Mentions: mentions, Entities: ents}
}

// BenchmarkExport10k exports 10,000 annotated clippings to Markdown notes
// in a folder, as a person exporting a whole library to a vault would.
func BenchmarkExport10k(b *testing.B) {
	items := make([]*Item, 10_000)
	for i := range items {
		items[i] = benchItem(int64(i + 1))
	}
	opts := DefaultMarkdownOptions()
	b.ResetTimer()
	var elapsed, cpu time.Duration
	for range b.N {
		dir, err := os.MkdirTemp(b.TempDir(), "vault")
		if err != nil {
			b.Fatal(err)
		}
		start, startCPU := time.Now(), processCPU()
		sum, err := WriteFolder(context.Background(), nil, dir, items, opts, nil)
		elapsed += time.Since(start)
		cpu += processCPU() - startCPU
		if err != nil {
			b.Fatal(err)
		}
		if sum.Created != len(items) {
			b.Fatalf("wrote %d notes", sum.Created)
		}
	}
	b.ReportMetric(elapsed.Seconds()/float64(b.N), "export_10k:s")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "export_10k_cpu:s")
}

// BenchmarkReexport10k exports 10,000 notes to a folder that holds them
// from an earlier export, as a person exporting a library again after a
// few changes would: every note is found, rendered and compared, and those
// with nothing new are left untouched.
func BenchmarkReexport10k(b *testing.B) {
	items := make([]*Item, 10_000)
	for i := range items {
		items[i] = benchItem(int64(i + 1))
	}
	opts := DefaultMarkdownOptions()
	dir, err := os.MkdirTemp(b.TempDir(), "vault")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := WriteFolder(context.Background(), nil, dir, items, opts, nil); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var elapsed time.Duration
	for range b.N {
		start := time.Now()
		sum, err := WriteFolder(context.Background(), nil, dir, items, opts, nil)
		elapsed += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		if sum.Updated != len(items) || len(sum.Conflicts) != 0 {
			b.Fatalf("updated %d notes, %d conflicts", sum.Updated, len(sum.Conflicts))
		}
	}
	b.ReportMetric(elapsed.Seconds()/float64(b.N), "reexport_10k:s")
}
