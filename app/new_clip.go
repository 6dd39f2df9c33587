package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/clip"
	"margin/library"
)

// clipResult is what adding a clipping did.
type clipResult struct {
	ID      int64
	Title   string
	Existed bool // the library had it already; nothing was added
}

// clipOptions are the fetch options the window clips with.
var clipOptions = clip.DefaultOptions()

// AddClip clips input (a link, a page's HTML, copied text, or the path of
// an HTML file) into the library. It runs in the caller's goroutine and
// may take seconds; cancel ctx to stop it. A new clipping is opened, the
// list refreshed and entity suggestions started in the background.
func (w *mainWindow) AddClip(ctx context.Context, input string) (clipResult, error) {
	return w.addClip(ctx, input, nil)
}

// addClip is AddClip telling onPicture, if set, how many of the article's
// pictures are fetched, from the goroutine fetching them.
func (w *mainWindow) addClip(ctx context.Context, input string, onPicture func(done, total int)) (clipResult, error) {
	var res clipResult
	opts := clipOptions
	opts.OnImage = onPicture
	a, err := clip.ClipInput(ctx, clip.Input{Text: input}, opts)
	if err != nil {
		return res, err
	}
	res.Title = a.Title
	res.ID, res.Existed, err = w.lib.Add(ctx, a)
	if err != nil {
		return res, err
	}
	if !res.Existed {
		w.do(w.list.reloadKeepPosition)
		w.openClipping(res.ID, func() { w.Suggest(res.ID) })
	}
	return res, nil
}

// newClipDialog asks for something to clip and clips it with progress and
// Cancel.
type newClipDialog struct {
	w        *mainWindow
	dialog   *dialog.CustomDialog
	input    *escapeEntry
	file     *widget.Button
	add      *widget.Button
	cancel   *widget.Button
	progress *widget.ProgressBarInfinite
	status   *widget.Label
	stop     context.CancelFunc
}

// ShowNewClip shows the new-clipping dialog, filled with the link on the
// clipboard if there is one.
func (w *mainWindow) ShowNewClip() {
	if w.newClip != nil {
		w.win.Canvas().Focus(w.newClip.input)
		return
	}
	d := w.newClipDialog()
	if cb := w.app.Clipboard(); cb != nil {
		if kind, u, err := clip.Detect(cb.Content()); err == nil && kind == clip.KindURL {
			d.input.SetText(u)
		}
	}
	w.showDialog(d.dialog, d.close)
	w.win.Canvas().Focus(d.input)
}

func (w *mainWindow) newClipDialog() *newClipDialog {
	d := &newClipDialog{w: w}
	d.input = w.newDialogEntry(true)
	d.input.Wrapping = fyne.TextWrapBreak
	d.input.SetMinRowsVisible(6)
	d.input.SetPlaceHolder("https://…  or the page's HTML, or its text copied from the browser")
	d.input.OnChanged = func(string) { d.status.Hide() }
	d.file = widget.NewButtonWithIcon("Open HTML file…", theme.FileIcon(), d.chooseFile)
	d.file.Importance = widget.LowImportance
	d.progress = widget.NewProgressBarInfinite()
	d.progress.Hide()
	d.status = widget.NewLabel("")
	d.status.Wrapping = fyne.TextWrapWord
	d.status.Hide()
	d.add = widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), d.start)
	d.add.Importance = widget.HighImportance
	d.cancel = widget.NewButton("Cancel", d.close)

	intro := widget.NewLabel("Paste a link, a saved page's HTML or the article's text.")
	drop := newQuietText("or drop a file or a link on the window", theme.SizeNameCaptionText)
	body := container.NewVBox(intro, d.input, container.NewHBox(d.file, container.NewCenter(drop)), d.progress, d.status)
	d.dialog = dialog.NewCustomWithoutButtons("New clipping", body, w.win)
	d.dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.add})
	d.dialog.SetOnClosed(func() {
		if d.stop != nil {
			d.stop()
		}
		w.newClip = nil
	})
	d.dialog.Resize(fyne.NewSize(560, 0))
	w.newClip = d
	return d
}

// chooseFile picks a saved HTML page to clip.
func (d *newClipDialog) chooseFile() {
	choosePath(d.w.win, []string{".html", ".htm", ".xhtml", ".txt"}, func(path string) {
		d.input.SetText(path)
		d.start()
	})
}

// choosePath asks the platform's file dialog for a file to open, of one of
// exts when any are given, and passes its path to pick; nothing happens
// when the person cancels.
func choosePath(win fyne.Window, exts []string, pick func(path string)) {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		pick(path)
	}, win)
	if len(exts) > 0 {
		fd.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	fd.Show()
}

// start clips the input in the background, showing progress.
func (d *newClipDialog) start() {
	input := d.input.Text
	if strings.TrimSpace(input) == "" {
		d.fail(clip.ErrEmptyInput)
		return
	}
	ctx, stop := context.WithCancel(d.w.ctx)
	d.stop = stop
	d.input.Disable()
	d.add.Disable()
	d.file.Disable()
	d.status.Hide()
	d.progress.Show()
	d.progress.Start()
	d.w.background(func(context.Context) {
		res, err := d.w.addClip(ctx, input, func(done, total int) {
			d.w.do(func() {
				d.status.SetText(fmt.Sprintf("Fetching the article's pictures: %d of %d…", done, total))
				d.status.Importance = widget.LowImportance
				d.status.Show()
			})
		})
		stop()
		d.w.do(func() { d.finish(res, err) })
	})
}

// finish closes the dialog after a clip, or shows why it failed.
func (d *newClipDialog) finish(res clipResult, err error) {
	d.stop = nil
	d.progress.Stop()
	d.progress.Hide()
	d.status.Hide() // the pictures' progress
	d.input.Enable()
	d.add.Enable()
	d.file.Enable()
	switch {
	case errors.Is(err, context.Canceled):
		d.status.SetText("Cancelled.")
		d.status.Importance = widget.LowImportance
		d.status.Show()
	case err != nil:
		d.fail(err)
	case res.Existed:
		d.dialog.Hide()
		d.w.offerExisting(res)
	default:
		d.dialog.Hide()
	}
}

// fail shows err as one sentence under the input.
func (d *newClipDialog) fail(err error) {
	msg := errorMessage(err)
	d.status.SetText(msg)
	d.status.Importance = widget.DangerImportance
	d.status.Show()
	d.status.Refresh()
}

// close cancels a clip in progress, or closes the dialog.
func (d *newClipDialog) close() {
	if d.stop != nil {
		d.stop()
		return
	}
	d.dialog.Hide()
}

// offerExisting tells the person the page is in the library already and
// offers to open it.
func (w *mainWindow) offerExisting(res clipResult) {
	c := dialog.NewConfirm("Already in your library",
		library.AlreadyAdded(res.Title)+" Open it?",
		func(ok bool) {
			if ok {
				w.OpenClipping(res.ID)
			}
		}, w.win)
	c.SetConfirmText("Open")
	w.showDialog(c, nil)
}

// dropped clips the files or links dropped on the window.
func (w *mainWindow) dropped(_ fyne.Position, uris []fyne.URI) {
	if len(uris) == 0 {
		return
	}
	u := uris[0]
	input := u.String()
	if u.Scheme() == "file" {
		input = u.Path()
	}
	w.ShowNewClip()
	w.newClip.clip(input)
}

// clip clips input as if the person had typed it and pressed Add.
func (d *newClipDialog) clip(input string) {
	d.input.SetText(input)
	d.start()
}
