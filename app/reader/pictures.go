package reader

import (
	"bytes"
	"image"
	_ "image/gif"  // decodes GIF pictures
	_ "image/jpeg" // decodes JPEG pictures
	_ "image/png"  // decodes PNG pictures

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	xdraw "golang.org/x/image/draw"
	_ "golang.org/x/image/webp" // decodes WebP pictures

	"margin/clip"
)

// Picture is one of the document's pictures as the reader is given it: its
// size in pixels, known without decoding it, so the layout makes room for
// it at once, and how to get its bytes when it comes into view.
type Picture struct {
	Width, Height int
	// Load returns the picture's bytes. It is called off the UI goroutine,
	// only when the picture is first scrolled into view.
	Load func() ([]byte, error)
}

// SetPictures gives the reader the document's kept pictures by address
// (the image blocks' Src). They are shown in place, scaled to the column,
// with their captions; an image block whose picture is not given is shown
// as a box naming it. Pictures are decoded only when they come into view,
// scaled to the size they are shown at, and let go when the decoded ones
// not in view pass pictureBudget.
func (r *Reader) SetPictures(p map[string]Picture) {
	r.pictures = p
	r.pics.reset()
	r.layout = nil
	r.Refresh()
}

// pictureBudget caps the memory decoded pictures hold, in bytes: about six
// pictures the width of the column at 200%. The pictures in view are
// always kept; the least recently shown of the others are dropped past it.
const pictureBudget = 32 << 20

// pictureDecoders is how many pictures are decoded at a time.
const pictureDecoders = 2

// pictureCache holds the decoded pictures, scaled for display. It is used
// on the UI goroutine; decoding runs in goroutines that hand results back
// through fyne.Do.
type pictureCache struct {
	entries map[string]*pictureEntry
	bytes   int
	frame   uint64 // counts renders, to tell which pictures are in view
	gen     uint64 // bumped by reset, so late decodes of old pictures are dropped
	sem     chan struct{}
	// start runs work off the UI goroutine, then done on it; see
	// SetWorker.
	start func(work, done func())
}

// SetWorker sets how the reader runs slow work (decoding pictures): start
// runs work off the UI goroutine and then done on the UI goroutine. By
// default work runs in a goroutine of its own and done through fyne.Do;
// the window passes its task runner, so that its tests wait for the
// reader's work as for their own.
func (r *Reader) SetWorker(start func(work, done func())) {
	r.pics.start = start
}

// startWork is the default worker.
func startWork(work, done func()) {
	go func() {
		work()
		fyne.Do(done)
	}()
}

// pictureEntry is one picture, decoded or being decoded.
type pictureEntry struct {
	img     image.Image
	w, h    int // device pixels it was scaled to
	loading bool
	failed  bool
	shown   uint64 // the frame it was last drawn in
}

func (c *pictureCache) reset() {
	c.entries = nil
	c.bytes = 0
	c.gen++
}

// get returns the picture for src scaled to w×h device pixels, or nil
// while it is decoded in the background; r is refreshed when it is ready.
func (c *pictureCache) get(r *Reader, src string, p Picture, w, h int) (image.Image, bool) {
	if c.entries == nil {
		c.entries = map[string]*pictureEntry{}
	}
	e := c.entries[src]
	if e != nil {
		e.shown = c.frame
		if e.failed {
			return nil, false
		}
		// A picture a little smaller than asked (after a resize) is
		// shown until a sharper one is ready.
		if e.img != nil && (e.w >= w*9/10 || e.loading) {
			return e.img, true
		}
		if e.loading {
			return e.img, e.img != nil
		}
	} else {
		e = &pictureEntry{shown: c.frame}
		c.entries[src] = e
	}
	e.loading = true
	if c.sem == nil {
		c.sem = make(chan struct{}, pictureDecoders)
	}
	gen := c.gen
	start := c.start
	if start == nil {
		start = startWork
	}
	var img image.Image
	sem := c.sem
	start(func() {
		sem <- struct{}{}
		img = decodePicture(p, w, h)
		<-sem
	}, func() {
		if c.gen != gen {
			return
		}
		e.loading = false
		if img == nil {
			e.failed = true
		} else {
			if e.img != nil {
				c.bytes -= pictureBytes(e.img)
			}
			e.img, e.w, e.h = img, w, h
			c.bytes += pictureBytes(img)
			c.evict()
		}
		r.Refresh()
	})
	return e.img, e.img != nil
}

// evict drops the least recently shown decoded pictures not in view until
// the cache is within pictureBudget.
func (c *pictureCache) evict() {
	for c.bytes > pictureBudget {
		var oldest string
		var e *pictureEntry
		for src, x := range c.entries {
			if x.img != nil && x.shown+1 < c.frame && (e == nil || x.shown < e.shown) {
				oldest, e = src, x
			}
		}
		if e == nil {
			return
		}
		c.bytes -= pictureBytes(e.img)
		delete(c.entries, oldest)
	}
}

// pictureBytes is the memory a decoded picture holds.
func pictureBytes(img image.Image) int {
	b := img.Bounds()
	return b.Dx() * b.Dy() * 4
}

// decodePicture loads and decodes a picture and scales it down to w×h
// device pixels, so a large photograph holds no more memory than its place
// on screen. It returns nil for a picture that cannot be read.
func decodePicture(p Picture, w, h int) image.Image {
	if p.Load == nil {
		return nil
	}
	data, err := p.Load()
	if err != nil {
		return nil
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	sb := src.Bounds()
	if sb.Dx() <= w && sb.Dy() <= h {
		return src
	}
	dst := image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	xdraw.ApproxBiLinear.Scale(dst, dst.Bounds(), src, sb, xdraw.Src, nil)
	return dst
}

// pictureSize is the size a picture is shown at in a column: its own size
// in pixels as units, but no wider than the column and no taller than
// maxH, keeping its shape.
func pictureSize(p Picture, column, maxH float32) (w, h float32) {
	w = min(float32(p.Width), column)
	h = w * float32(p.Height) / float32(p.Width)
	if h > maxH {
		w, h = w*maxH/h, maxH
	}
	return w, h
}

// image lays out an image block: the picture scaled to the column when the
// reader has it, else a box naming it; then its caption. anchor is the
// text offset the block maps to for selection.
func (b *layoutBuilder) image(r *Reader, blk *clip.Block, block, anchor int, caption blockFormat) {
	l := b.l
	s := l.size
	if p, ok := r.pictures[blk.Src]; ok && p.Width > 0 && p.Height > 0 {
		w, h := pictureSize(p, l.column, max(l.column, 24*s))
		l.decor = append(l.decor, readerDecor{kind: decorPicture, x: l.left + (l.column-w)/2, y: b.y, w: w, h: h, text: blk.Src})
		b.y += h
	} else {
		pad := s * 0.8
		top := b.y
		b.y += pad
		alt := "Image"
		if blk.Alt != "" {
			alt = "Image: " + blk.Alt
		}
		b.literal([]rune(alt), caption, l.left+pad, l.column-2*pad, anchor, block, -1)
		b.y += pad
		l.decor = append(l.decor, readerDecor{kind: decorImageBox, x: l.left, y: top, w: l.column, h: b.y - top})
	}
	if blk.Caption != "" {
		b.y += s * 0.5
		b.literal([]rune(blk.Caption), caption, l.left, l.column, anchor, block, -1)
	}
}

// drawPicture draws the picture of decor i, or a box where it will be
// while it is decoded.
func (rr *readerRenderer) drawPicture(i int, d *readerDecor, dy float32) {
	r := rr.r
	p := r.pictures[d.text]
	w, h := int(d.w*rr.scale+0.5), int(d.h*rr.scale+0.5)
	img, ok := r.pics.get(r, d.text, p, w, h)
	if !ok {
		rr.under = append(rr.under, rr.rect(theme.Color(theme.ColorNameInputBackground), d.x, d.y+dy, d.w, d.h, theme.InputRadiusSize()))
		return
	}
	ci, kept := rr.oldPics[i]
	if kept {
		delete(rr.oldPics, i)
	} else {
		ci = canvas.NewImageFromImage(img)
		ci.FillMode = canvas.ImageFillStretch
		ci.ScaleMode = canvas.ImageScaleSmooth
	}
	rr.pics[i] = ci
	if ci.Image != img {
		ci.Image = img
		canvas.Refresh(ci)
	}
	ci.Move(fyne.NewPos(rr.snap(d.x), rr.snap(d.y+dy)))
	ci.Resize(fyne.NewSize(d.w, d.h))
	rr.under = append(rr.under, ci)
}

// pictureAt returns the address of the picture under p, if any.
func (r *Reader) pictureAt(p fyne.Position) (string, bool) {
	if r.layout == nil {
		return "", false
	}
	x, y := r.docPos(p)
	for i := range r.layout.decor {
		d := &r.layout.decor[i]
		if d.kind == decorPicture && x >= d.x && x < d.x+d.w && y >= d.y && y < d.y+d.h {
			return d.text, true
		}
	}
	return "", false
}
