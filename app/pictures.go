package app

import (
	"bytes"
	"context"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"

	"margin/app/reader"
	"margin/library"
)

// showPictures gives the reader the open clipping's kept pictures; each is
// read from the library only when the reader scrolls it into view.
func (w *mainWindow) showPictures(s *library.Annotated) {
	pics := map[string]reader.Picture{}
	for _, im := range s.Images {
		if im.Missing() {
			continue
		}
		hash := im.Hash
		pics[im.Src] = reader.Picture{Width: im.Width, Height: im.Height, Load: func() ([]byte, error) {
			return w.lib.ImageData(context.Background(), hash)
		}}
	}
	w.reader.SetPictures(pics)
}

// readerWork runs the reader's slow work (decoding pictures) as the
// window's own background work, so its results reach the UI goroutine the
// same way.
func (w *mainWindow) readerWork(work, done func()) {
	w.background(func(context.Context) {
		work()
		w.do(done)
	})
}

// OpenPicture shows a picture of the open clipping larger, in a dialog
// that fits it to most of the window.
func (w *mainWindow) OpenPicture(src string) {
	var hash string
	if w.current == nil {
		return
	}
	id := w.current.ID
	w.background(func(ctx context.Context) {
		ims, err := w.lib.Images(ctx, id)
		if err != nil {
			w.showError(err)
			return
		}
		for _, im := range ims {
			if im.Src == src && !im.Missing() {
				hash = im.Hash
			}
		}
		if hash == "" {
			return
		}
		data, err := w.lib.ImageData(ctx, hash)
		if err != nil {
			w.showError(err)
			return
		}
		img, _, err := image.Decode(bytes.NewReader(data))
		if err != nil {
			w.showError(err)
			return
		}
		w.do(func() {
			ci := canvas.NewImageFromImage(img)
			ci.FillMode = canvas.ImageFillContain
			ci.ScaleMode = canvas.ImageScaleSmooth
			size := w.win.Canvas().Size()
			b := img.Bounds()
			fit := min(size.Width*0.85/float32(b.Dx()), size.Height*0.8/float32(b.Dy()), 1)
			ci.SetMinSize(fyne.NewSize(float32(b.Dx())*fit, float32(b.Dy())*fit))
			d := dialog.NewCustom("Picture", "Close", ci, w.win)
			w.showDialog(d, d.Hide)
		})
	})
}

// FetchPictures fetches the pictures the open clipping is missing (one
// clipped before pictures were kept, or whose pictures failed), shows
// those that arrive and says what was fetched.
func (w *mainWindow) FetchPictures() {
	id := w.currentID()
	if id == 0 {
		return
	}
	w.background(func(ctx context.Context) {
		res, err := w.lib.FetchImages(ctx, id, clipOptions)
		if err != nil {
			w.showError(err)
			return
		}
		a, err := w.lib.Load(ctx, id)
		if err != nil {
			w.showError(err)
			return
		}
		w.do(func() {
			if w.currentID() == id {
				w.showPictures(a)
			}
			w.showDialog(dialog.NewInformation("Pictures", res.Sentence(), w.win), nil)
		})
	})
}
