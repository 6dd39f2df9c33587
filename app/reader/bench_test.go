package reader

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"margin/annotate"
	"margin/clip"
)

var benchWords = strings.Fields(`the of and a to in is was that for on with as by at from his her
their it an be this which have are had not but were been they one all would there what about
when more also after new into two over first year city council government minister police
report people said could years last time state national public million percent water health
school company market plan week court election president officials workers project harbour
evidence investigation community development announced spokesperson international conference
negotiations infrastructure neighbourhood environmental parliamentary correspondent`)

// generatedDocument is an article of about n words: sections of headings,
// paragraphs, lists and quotes, with inline spans.
func generatedDocument(n int) clip.Document {
	rng := rand.New(rand.NewPCG(1, 2))
	sentence := func(words int) (string, []clip.Span) {
		var sb strings.Builder
		var spans []clip.Span
		pos := 0
		for i := range words {
			w := benchWords[rng.IntN(len(benchWords))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if i > 0 {
				sb.WriteByte(' ')
				pos++
			}
			if rng.IntN(40) == 0 {
				kinds := []clip.SpanKind{clip.SpanEmphasis, clip.SpanStrong, clip.SpanLink, clip.SpanCode}
				spans = append(spans, clip.Span{Kind: kinds[rng.IntN(len(kinds))], Start: pos, End: pos + len(w)})
			}
			sb.WriteString(w)
			pos += len(w)
		}
		sb.WriteByte('.')
		return sb.String(), spans
	}
	paragraph := func(words int) (string, []clip.Span) {
		var parts []string
		var spans []clip.Span
		pos := 0
		for words > 0 {
			k := min(words, 8+rng.IntN(18))
			s, sp := sentence(k)
			if pos > 0 {
				pos++
			}
			for _, x := range sp {
				x.Start += pos
				x.End += pos
				spans = append(spans, x)
			}
			parts = append(parts, s)
			pos += len(s)
			words -= k
		}
		return strings.Join(parts, " "), spans
	}
	var doc clip.Document
	doc.Version = clip.DocumentVersion
	words := 0
	for section := 1; words < n; section++ {
		h, _ := sentence(4 + rng.IntN(5))
		doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockHeading, Level: 2, Text: strings.TrimSuffix(h, ".")})
		words += 6
		for p := 0; p < 6 && words < n; p++ {
			k := 60 + rng.IntN(90)
			switch rng.IntN(8) {
			case 0:
				for i := range 3 + rng.IntN(3) {
					t, sp := sentence(5 + rng.IntN(12))
					doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockListItem, Level: i % 2, Ordered: p%2 == 0, Text: t, Spans: sp})
					words += 10
				}
			case 1:
				t, sp := paragraph(20 + rng.IntN(30))
				doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockQuote, Text: t, Spans: sp})
				words += 35
			default:
				t, sp := paragraph(k)
				doc.Blocks = append(doc.Blocks, clip.Block{Kind: clip.BlockParagraph, Text: t, Spans: sp})
				words += k
			}
		}
	}
	return doc
}

// generatedAnnotations places nh highlights and nm mentions over text.
func generatedAnnotations(text string, nh, nm int) ([]annotate.Highlight, []annotate.Mention, map[int64]annotate.Entity) {
	rng := rand.New(rand.NewPCG(3, 4))
	runes := []rune(text)
	var starts []int
	for i, c := range runes {
		if c != ' ' && c != '\n' && (i == 0 || runes[i-1] == ' ' || runes[i-1] == '\n') {
			starts = append(starts, i)
		}
	}
	span := func(words int) annotate.Selector {
		i := rng.IntN(len(starts) - words - 1)
		s := starts[i]
		e := starts[i+words] - 1
		return annotate.Selector{Start: s, End: e}
	}
	var hs []annotate.Highlight
	for i := range nh {
		hs = append(hs, annotate.Highlight{ID: int64(i + 1), Selector: span(2 + rng.IntN(12)), Color: annotate.Colors[i%len(annotate.Colors)]})
	}
	ents := map[int64]annotate.Entity{}
	for i := range 50 {
		ents[int64(i+1)] = annotate.Entity{ID: int64(i + 1), Name: fmt.Sprint("entity ", i), Type: annotate.EntityTypes[i%len(annotate.EntityTypes)]}
	}
	var ms []annotate.Mention
	for i := range nm {
		status := annotate.Confirmed
		if i%3 == 0 {
			status = annotate.Suggested
		}
		ms = append(ms, annotate.Mention{ID: int64(i + 1), EntityID: int64(i%50 + 1), Selector: span(1 + rng.IntN(2)), Status: status})
	}
	return hs, ms, ents
}

func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// BenchmarkReaderLayout lays out and renders a 20,000-word article with 500
// highlights and 1,000 mentions: creating the renderer, sizing it to 900x800
// and building the objects in view. It reports the median of repeated runs;
// separately, the first run, which also measures every glyph used (once per
// font and size for the life of the app), and before it the time Fyne takes
// to load the fonts, which any window pays once at start.
func BenchmarkReaderLayout(b *testing.B) {
	test.NewTempApp(b)
	glyphs = glyphCache{}
	start := time.Now()
	for v := range fontVariantCount {
		fyne.MeasureText("Mg", 14, v.textStyle())
	}
	b.ReportMetric(ms(time.Since(start)), "reader_font_load:ms")
	doc := generatedDocument(20000)
	hs, mentions, ents := generatedAnnotations(doc.Text(), 500, 1000)
	run := func() (time.Duration, int) {
		r := New()
		r.SetDocument(doc)
		r.SetHighlights(hs)
		r.SetMentions(mentions, ents)
		start := time.Now()
		rend := test.WidgetRenderer(r)
		r.Resize(fyne.NewSize(900, 800))
		r.Refresh()
		n := len(rend.Objects())
		return time.Since(start), n
	}
	first, objects := run()
	var runs []time.Duration
	for range 15 {
		d, _ := run()
		runs = append(runs, d)
	}
	b.ReportMetric(ms(median(runs)), "reader_layout_20k:ms")
	b.ReportMetric(ms(first), "reader_layout_20k_first:ms")
	b.ReportMetric(float64(objects), "reader_layout_20k_objects:count")
}

// BenchmarkReaderDrag drags a selection through 200 points across the
// article, auto-scrolling as it goes, and reports the median and 95th
// percentile time to handle one drag event (hit-testing, updating the
// selection and rebuilding the objects in view).
func BenchmarkReaderDrag(b *testing.B) {
	test.NewTempApp(b)
	doc := generatedDocument(20000)
	hs, mentions, ents := generatedAnnotations(doc.Text(), 500, 1000)
	r := New()
	r.SetDocument(doc)
	r.SetHighlights(hs)
	r.SetMentions(mentions, ents)
	test.WidgetRenderer(r)
	r.Resize(fyne.NewSize(900, 800))
	r.Refresh()

	var times []time.Duration
	prev := fyne.NewPos(300, 100)
	for i := range 200 {
		// Across lines, then past the bottom edge to drag the view along.
		pos := fyne.NewPos(float32(200+(i*37)%500), float32(100+i*4))
		if i > 120 {
			pos.Y = 820
		}
		ev := &fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos}, Dragged: fyne.NewDelta(pos.X-prev.X, pos.Y-prev.Y)}
		start := time.Now()
		r.Dragged(ev)
		times = append(times, time.Since(start))
		prev = pos
	}
	r.DragEnd()
	if s, e := r.Selection(); e-s < 1000 {
		b.Fatalf("the drag selected only [%d, %d)", s, e)
	}
	slices.Sort(times)
	b.ReportMetric(ms(times[len(times)/2]), "reader_drag_event:ms")
	b.ReportMetric(ms(times[len(times)*95/100]), "reader_drag_event_p95:ms")
}
