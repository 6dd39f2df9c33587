package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/clip"
	"margin/importer"
	"margin/library"
)

// importDialog shows an import from another tool's export, then the
// fetching of the pages that came with only their link, each with progress
// and Cancel. The work is the importer package's; the dialog only starts it
// and says what it did.
type importDialog struct {
	w        *mainWindow
	dialog   *dialog.CustomDialog
	progress *widget.ProgressBar
	doing    *widget.Label // what is being done, with counts
	status   *widget.Label // the sentence at the end
	fetch    *widget.Button
	cancel   *widget.Button
	stop     context.CancelFunc
	// shown is the progress last shown (UI goroutine).
	shown importer.Progress
	// step is the last progress queued to be shown, as its phase and
	// thousandths done (any goroutine, under mu).
	mu   sync.Mutex
	step string
}

// ShowImport asks for an export file and imports it.
func (w *mainWindow) ShowImport() {
	choosePath(w.win, nil, func(path string) { w.importFile(path) })
}

// importFile imports the export at path with progress and Cancel, and
// returns the dialog showing it.
func (w *mainWindow) importFile(path string) *importDialog {
	d := &importDialog{w: w}
	d.progress = widget.NewProgressBar()
	d.doing = widget.NewLabel("")
	d.status = widget.NewLabel("")
	d.status.Wrapping = fyne.TextWrapWord
	d.status.Hide()
	d.fetch = widget.NewButtonWithIcon("Fetch the Pages Now", theme.DownloadIcon(), d.startFetch)
	d.fetch.Importance = widget.HighImportance
	d.fetch.Hide()
	d.cancel = widget.NewButton("Cancel", d.close)
	name := widget.NewLabelWithStyle(filepath.Base(path), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	content := container.NewVBox(name, d.progress, d.doing, d.status)
	d.dialog = dialog.NewCustomWithoutButtons("Import", content, w.win)
	d.dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.fetch})
	d.dialog.Resize(fyne.NewSize(520, 0))
	w.showDialog(d.dialog, d.close)
	d.start(path)
	return d
}

// start imports the file off the UI goroutine. Entries that came with only
// a link are queued to be fetched, so that Fetch the Pages Now can fetch
// them (now, or later with 'margin import --fetch').
func (d *importDialog) start(path string) {
	w := d.w
	ctx := d.begin()
	d.doing.SetText("Reading the file…")
	w.background(func(context.Context) {
		res, err := importer.File(ctx, w.lib, path, importer.Options{Fetch: true, Progress: d.report})
		w.do(func() { d.imported(res, err) })
		w.refreshAfterImport()
	})
}

// begin starts a piece of work that Cancel stops.
func (d *importDialog) begin() context.Context {
	ctx, stop := context.WithCancel(d.w.ctx)
	d.stop = stop
	d.shown = importer.Progress{}
	d.mu.Lock()
	d.step = ""
	d.mu.Unlock()
	d.progress.SetValue(0)
	d.progress.Show()
	d.doing.Show()
	d.fetch.Hide()
	d.cancel.SetText("Cancel")
	return ctx
}

// end is the end of a piece of work: what it did is said in status.
func (d *importDialog) end(msg string, importance widget.Importance) {
	if d.stop != nil {
		d.stop()
		d.stop = nil
	}
	d.progress.Hide()
	d.doing.Hide()
	d.cancel.SetText("Close")
	d.status.Importance = importance
	d.status.SetText(msg)
	d.status.Show()
	d.dialog.Refresh()
}

// report shows how far the work has got. It is called on the importer's
// goroutines; a redraw is queued only when a phase begins or another
// thousandth is done, so that an export of many entries does not queue one
// for each.
func (d *importDialog) report(p importer.Progress) {
	step := fmt.Sprintf("%s %d", p.Phase, p.Done*1000/max(p.Total, 1))
	d.mu.Lock()
	if step == d.step {
		d.mu.Unlock()
		return
	}
	d.step = step
	d.mu.Unlock()
	d.w.do(func() {
		if p.Phase == d.shown.Phase && p.Done < d.shown.Done {
			return // a page fetched by another worker was reported first
		}
		d.shown = p
		d.progress.SetValue(float64(p.Done) / float64(max(p.Total, 1)))
		d.doing.SetText(progressText(p))
	})
}

// progressText says what an import or fetch is doing, with its counts.
func progressText(p importer.Progress) string {
	switch p.Phase {
	case "preparing":
		return fmt.Sprintf("Preparing %s of %s…", library.Thousands(p.Done), entries(p.Total))
	case "filing":
		return fmt.Sprintf("Filing %s of %s…", library.Thousands(p.Done), entries(p.Total))
	case "fetching":
		return fmt.Sprintf("Fetched %s of %s…", library.Thousands(p.Done), plural(p.Total, "page"))
	}
	return "Reading the file…"
}

// entries is "1 entry" or "3 entries".
func entries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return library.Thousands(n) + " entries"
}

// imported says what the import did, and offers to fetch the pages that
// came with only their link.
func (d *importDialog) imported(res importer.Result, err error) {
	if err != nil {
		d.end(importMessage(err), widget.DangerImportance)
		return
	}
	msg := importSummary(res)
	if res.Queued > 0 {
		them := "them"
		if res.Queued == 1 {
			them = "it"
		}
		msg += fmt.Sprintf(" %s came with only a link: Margin can fetch %s now, or later with 'margin import --fetch'.",
			annotate.Capitalise(plural(res.Queued, "page")), them)
	}
	d.end(msg, widget.SuccessImportance)
	if res.Queued > 0 {
		d.fetch.Show()
	}
}

// importSummary is the sentence saying what an import did.
func importSummary(res importer.Result) string {
	s := fmt.Sprintf("%s imported, %s already there, %s", plural(res.Added, "clipping"), library.Thousands(res.Existing), plural(res.Highlights, "annotation"))
	if res.Orphans > 0 {
		s += fmt.Sprintf(" (%s not found in the text, kept)", library.Thousands(res.Orphans))
	}
	return s + "."
}

// importMessage is the sentence for an import that failed: the importer's
// own sentence for a file it cannot read, since it says where.
func importMessage(err error) string {
	switch {
	case errors.Is(err, context.Canceled):
		return "Import cancelled; nothing was imported."
	case errors.Is(err, importer.ErrMalformed), errors.Is(err, importer.ErrUnknownKind), errors.Is(err, importer.ErrTooLarge):
		return annotate.Capitalise(err.Error()) + "; nothing was imported."
	}
	return errorMessage(err)
}

// startFetch fetches the queued pages off the UI goroutine, each replacing
// its stand-in; Cancel stops it, and what is left stays queued.
func (d *importDialog) startFetch() {
	w := d.w
	ctx := d.begin()
	d.status.Hide()
	d.doing.SetText("Fetching the pages…")
	w.background(func(context.Context) {
		res, err := importer.FetchQueued(ctx, w.lib, importer.FetchOptions{
			Clip: func(ctx context.Context, url string) (*clip.Article, error) {
				return clip.Clip(ctx, url, clipOptions)
			},
			Progress: d.report,
		})
		w.do(func() { d.fetched(res, err) })
		w.refreshAfterImport()
	})
}

// fetched says what fetching the pages did.
func (d *importDialog) fetched(res importer.FetchResult, err error) {
	msg := fmt.Sprintf("Fetched %s", plural(res.Fetched, "page"))
	if res.Failed > 0 {
		msg += fmt.Sprintf("; %s could not be fetched and keep their link ('margin import --failed' lists them)", library.Thousands(res.Failed))
	}
	switch {
	case errors.Is(err, context.Canceled):
		d.end(msg+"; stopped, the rest stay queued.", widget.WarningImportance)
		d.fetch.Show()
	case err != nil:
		d.end(msg+". "+errorMessage(err), widget.DangerImportance)
		d.fetch.Show()
	default:
		d.end(msg+".", widget.SuccessImportance)
	}
}

// refreshAfterImport shows what an import or a fetch changed: the list,
// and the open clipping, which may have gained highlights or its text.
func (w *mainWindow) refreshAfterImport() {
	w.do(func() {
		w.list.reloadKeepPosition()
		w.refresh(w.currentID())
	})
}

// close cancels the work in progress, or closes the dialog.
func (d *importDialog) close() {
	if d.stop != nil {
		d.stop()
		return
	}
	d.dialog.Hide()
}
