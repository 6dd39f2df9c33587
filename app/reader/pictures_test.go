package reader

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"margin/clip"
)

// jpegPicture returns a w×h JPEG with a gradient, so it is not trivially
// compressible.
func jpegPicture(tb testing.TB, w, h int, hue uint8) []byte {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetRGBA(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), hue, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// withPictures inserts an image block with a caption after every every-th
// block of doc, n in all, and returns the document and its pictures, each
// address loading one of a few shared JPEGs of w×h.
func withPictures(tb testing.TB, doc clip.Document, n, every, w, h int) (clip.Document, map[string]Picture, *atomic.Int32) {
	tb.Helper()
	jpegs := [][]byte{jpegPicture(tb, w, h, 40), jpegPicture(tb, w, h, 140), jpegPicture(tb, w, h, 240)}
	var loads atomic.Int32
	pics := map[string]Picture{}
	var blocks []clip.Block
	k := 0
	for i, b := range doc.Blocks {
		blocks = append(blocks, b)
		if k < n && i%every == every-1 {
			src := fmt.Sprintf("https://example.com/pic-%d.jpg", k)
			data := jpegs[k%len(jpegs)]
			blocks = append(blocks, clip.Block{Kind: clip.BlockImage, Src: src, Alt: "Picture", Caption: fmt.Sprintf("Picture %d of the article.", k+1)})
			pics[src] = Picture{Width: w, Height: h, Load: func() ([]byte, error) { loads.Add(1); return data, nil }}
			k++
		}
	}
	doc.Blocks = blocks
	return doc, pics, &loads
}

// shownPictures returns the picture objects the reader draws.
func shownPictures(r *Reader) []*canvas.Image {
	var out []*canvas.Image
	for _, o := range test.WidgetRenderer(r).Objects() {
		if ci, ok := o.(*canvas.Image); ok {
			out = append(out, ci)
		}
	}
	return out
}

// uiQueue holds the hand-overs of decoded pictures until settle runs
// them on the test's goroutine, as the app's main loop would: the test
// driver's fyne.Do would run them on the decoding goroutine.
type uiQueue struct {
	mu   sync.Mutex
	fns  []func()
	work sync.WaitGroup
}

// queueUI gives r a worker whose hand-overs wait for settle.
func queueUI(r *Reader) *uiQueue {
	q := &uiQueue{}
	r.SetWorker(func(work, done func()) {
		q.work.Add(1)
		go func() {
			defer q.work.Done()
			work()
			q.mu.Lock()
			q.fns = append(q.fns, done)
			q.mu.Unlock()
		}()
	})
	return q
}

// settle waits for the pictures being decoded, hands them over and
// redraws.
func settle(r *Reader, q *uiQueue) {
	q.work.Wait()
	q.mu.Lock()
	fns := q.fns
	q.fns = nil
	q.mu.Unlock()
	for _, f := range fns {
		f()
	}
	r.Refresh()
}

func TestReaderShowsPictures(t *testing.T) {
	test.NewTempApp(t)
	doc, pics, loads := withPictures(t, generatedDocument(3000), 6, 4, 1600, 900)
	r := New()
	q := queueUI(r)
	r.SetDocument(doc)
	text := r.Text()
	r.SetPictures(pics)
	win := test.NewWindow(r)
	defer win.Close()
	win.SetPadded(false)
	win.Resize(fyne.NewSize(900, 700))
	settle(r, q)

	t.Run("the canonical text is unchanged by pictures", func(t *testing.T) {
		if r.Text() != text || text != doc.Text() {
			t.Error("pictures changed the text annotations are anchored to")
		}
	})
	l := r.ensureLayout()
	var first *readerDecor
	for i := range l.decor {
		if l.decor[i].kind == decorPicture {
			first = &l.decor[i]
			break
		}
	}
	if first == nil {
		t.Fatal("no picture laid out")
	}
	t.Run("a picture wider than the column is scaled to it, keeping its shape", func(t *testing.T) {
		if first.w != l.column || abs(first.h-l.column*900/1600) > 0.5 {
			t.Errorf("picture %v×%v in a column of %v", first.w, first.h, l.column)
		}
	})
	t.Run("its caption is laid out under it", func(t *testing.T) {
		found := false
		for _, lit := range l.literals {
			if strings.HasPrefix(string(lit), "Picture 1 of the article.") {
				found = true
			}
		}
		if !found {
			t.Error("no caption line")
		}
	})
	t.Run("only the pictures in view are decoded, scaled to their place", func(t *testing.T) {
		r.scrollY = first.y - 10
		r.Refresh()
		settle(r, q)
		shown := shownPictures(r)
		if len(shown) == 0 {
			t.Fatal("no picture drawn")
		}
		for _, ci := range shown {
			if b := ci.Image.Bounds(); b.Dx() > int(l.column)+1 {
				t.Errorf("a picture is held at %d px wide for a column of %v", b.Dx(), l.column)
			}
		}
		if n := int(loads.Load()); n == 0 || n >= len(pics) {
			t.Errorf("%d of %d pictures loaded with only a few in view", n, len(pics))
		}
	})
	t.Run("a click on a picture opens it", func(t *testing.T) {
		var tapped string
		r.OnPictureTapped = func(src string) { tapped = src }
		test.TapAt(r, fyne.NewPos(first.x+first.w/2, first.y-r.scrollY+first.h/2))
		if tapped != "https://example.com/pic-0.jpg" {
			t.Errorf("tapped %q", tapped)
		}
	})
}

func TestReaderShowsABoxForAMissingPicture(t *testing.T) {
	test.NewTempApp(t)
	doc := clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{
		{Kind: clip.BlockParagraph, Text: "Before the picture."},
		{Kind: clip.BlockImage, Src: "https://example.com/gone.jpg", Alt: "The bridge", Caption: "The old bridge."},
		{Kind: clip.BlockParagraph, Text: "After the picture."},
	}}
	r := New()
	r.SetDocument(doc)
	r.SetPictures(map[string]Picture{})
	win := test.NewWindow(r)
	defer win.Close()
	win.Resize(fyne.NewSize(700, 500))
	l := r.ensureLayout()
	var lits []string
	for _, lit := range l.literals {
		lits = append(lits, string(lit))
	}
	if got := strings.Join(lits, "|"); !strings.Contains(got, "Image: The bridge|The old bridge.") {
		t.Errorf("literals %q", got)
	}
	for _, d := range l.decor {
		if d.kind == decorPicture {
			t.Error("a missing picture is laid out as a picture")
		}
	}
}

func abs(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// BenchmarkReaderImages lays out and renders a 20,000-word article with
// 100 pictures (1600×1000 JPEGs) and their captions, then scrolls through
// it decoding the pictures as they come into view. It reports the median
// time to lay out and render after the first run, and the memory the
// reader holds once it has shown every picture (the decoded pictures kept
// within pictureBudget, the layout, the canvas objects), in MB.
func BenchmarkReaderImages(b *testing.B) {
	test.NewTempApp(b)
	base := generatedDocument(20000)
	doc, pics, _ := withPictures(b, base, 100, max(len(base.Blocks)/100, 1), 1600, 1000)
	run := func() (time.Duration, *Reader, *uiQueue) {
		r := New()
		q := queueUI(r)
		r.SetDocument(doc)
		r.SetPictures(pics)
		start := time.Now()
		test.WidgetRenderer(r)
		r.Resize(fyne.NewSize(900, 800))
		r.Refresh()
		return time.Since(start), r, q
	}
	first, r, q := run()
	settle(r, q)
	var runs []time.Duration
	for range 15 {
		d, r, q := run()
		runs = append(runs, d)
		settle(r, q)
	}
	b.ReportMetric(ms(median(runs)), "reader_images_layout:ms")
	b.ReportMetric(ms(first), "reader_images_layout_first:ms")

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	_, r, q = run()
	var scrolls []time.Duration
	for r.scrollY+800 < r.layout.height {
		start := time.Now()
		r.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -600)})
		scrolls = append(scrolls, time.Since(start))
		settle(r, q)
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "reader_images_mb:MB")
	b.ReportMetric(ms(median(scrolls)), "reader_images_scroll:ms")
	runtime.KeepAlive(r)
}
