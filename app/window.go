package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/app/reader"
	"margin/assets"
	"margin/clip"
	"margin/library"
)

// mainWindow is Margin's main window: the library list on the left, the reader
// in the centre and the side panel with the open clipping's highlights,
// entities and details on the right.
//
// Its methods hold the logic behind every command, so that widget callbacks
// are one line long and tests drive the window as a person would. Library
// work runs off the UI goroutine (see background); widgets are touched only
// on the UI goroutine, through fyne.Do (w.do) when the work finishes.
type mainWindow struct {
	app   fyne.App
	win   fyne.Window
	lib   *library.Library
	prefs *settings

	list    *libraryList
	reader  *reader.Reader
	panel   *sidePanel
	empty   fyne.CanvasObject // shown in the centre when nothing is open
	menu    *windowMenu
	newClip *newClipDialog // the new-clipping dialog while it is shown
	// mapWin is the entity map's window while it is open.
	mapWin    fyne.Window
	entityMap *entityMapView
	// capture is the port the browser sends pages to.
	capture *captureService
	// capturePrefs is the Browser capture section of Preferences while
	// they are open, which a start of the capture port updates when done.
	capturePrefs *captureSection

	// State of the open clipping, read and written on the UI goroutine.
	current    *library.Clipping
	highlights []annotate.Highlight
	mentions   []annotate.Mention
	entities   map[int64]annotate.Entity

	// openSeq numbers requests to open a clipping, so a slow load finishing
	// after a newer one is dropped.
	openSeq atomic.Int64
	// tasks runs library work off the UI goroutine; the views share it.
	*tasks

	// dialogs are the dialogs on screen, the last shown last; Escape
	// closes the last.
	dialogs []*shownDialog
	// openURL opens a link in the person's browser; tests replace it.
	openURL func(*url.URL) error
}

// newMainWindow builds the main window of a on the library lib. It does not show
// it; call Show or ShowAndRun.
func newMainWindow(a fyne.App, lib *library.Library, t *tasks) *mainWindow {
	w := &mainWindow{app: a, lib: lib, prefs: loadSettings(a.Preferences()), openURL: a.OpenURL, tasks: t}
	t.fail = w.showError
	w.win = a.NewWindow("Margin")
	w.win.SetIcon(assets.Icon)
	w.win.SetMaster()

	w.reader = reader.New()
	w.reader.SetTextSize(w.prefs.TextSize)
	w.reader.SetDefaultColor(w.prefs.HighlightColor)
	w.wireReader()
	w.list = newLibraryList(lib, t, w.OpenClipping)
	w.panel = newSidePanel(t, panelActions{
		openLink: w.OpenLink, addTags: w.AddTags, removeTag: w.RemoveTag,
		saveNote: w.SetNote,
		saveNoteNow: func(id int64, note string) error {
			return lib.SetNote(context.Background(), id, note)
		},
		jumpToHighlight: w.JumpToHighlight, acceptConfident: w.AcceptConfidentSuggestions,
		acceptEntity: w.AcceptEntity, rejectEntity: w.RejectEntity,
		revealMention: w.RevealMention, showEntityCard: w.ShowEntityCard,
		loadCiteKey: w.loadCiteKey, saveCiteKey: w.SetCiteKey,
	})
	w.empty = w.emptyState()

	w.menu = newWindowMenu(w)
	w.win.SetMainMenu(w.menu.main)
	w.addShortcuts()
	w.win.SetOnDropped(w.dropped)

	w.win.SetContent(w.layout())
	w.win.Resize(fyne.NewSize(w.prefs.Width, w.prefs.Height))
	w.win.SetCloseIntercept(w.close)
	w.showNothing()
	w.list.start()
	w.capture = newCaptureService(lib, w.clipped, w.captureStarted)
	// The port starts in the background, so the first frame does not wait
	// for the token file and the socket; Preferences says that it is
	// starting, or why it is not listening.
	w.listenOn(w.prefs.CapturePort, false)
	// The capture port closes with the window's work, however that ends.
	context.AfterFunc(t.ctx, w.capture.stop)
	if id := w.prefs.LastClipping; id > 0 {
		w.OpenClipping(id)
	}
	return w
}

// layout arranges the three columns below a toolbar.
func (w *mainWindow) layout() fyne.CanvasObject {
	centre := container.NewStack(w.reader, w.empty)
	right := container.NewHSplit(centre, w.panel.content)
	right.SetOffset(0.72)
	split := container.NewHSplit(w.list.content, right)
	split.SetOffset(0.27)
	return container.NewBorder(w.toolbar(), nil, nil, nil, split)
}

// toolbar holds the commands a person reaches for with the mouse.
func (w *mainWindow) toolbar() fyne.CanvasObject {
	tb := widget.NewToolbar(
		widget.NewToolbarAction(theme.ContentAddIcon(), w.ShowNewClip),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), w.ShowExport),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ContentUndoIcon(), w.Undo),
		widget.NewToolbarAction(theme.ContentRedoIcon(), w.Redo),
		widget.NewToolbarSpacer(),
		widget.NewToolbarAction(theme.SettingsIcon(), w.ShowPreferences),
		widget.NewToolbarAction(theme.HelpIcon(), w.ShowHelp),
	)
	return tb
}

// emptyState is what the centre shows before a clipping is opened.
func (w *mainWindow) emptyState() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("No clipping open", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	hint := newQuietText("Pick one from the library, or clip a page with Ctrl+N.", "").setAlignment(fyne.TextAlignCenter)
	add := widget.NewButtonWithIcon("New clipping", theme.ContentAddIcon(), w.ShowNewClip)
	add.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon("Import…", theme.UploadIcon(), w.ShowImport)
	return container.NewCenter(container.NewVBox(title, hint, container.NewCenter(container.NewHBox(add, imp))))
}

// Show shows the window.
func (w *mainWindow) Show() { w.win.Show() }

// ShowAndRun shows the window and runs the app until it is closed.
func (w *mainWindow) ShowAndRun() { w.win.ShowAndRun() }

// close remembers the window's size, saves what is pending and closes.
func (w *mainWindow) close() {
	size := w.win.Canvas().Size()
	w.prefs.Width, w.prefs.Height = size.Width, size.Height
	w.prefs.Save()
	w.panel.flushNow()
	w.capture.stop()
	w.cancel()
	w.win.Close()
}

// showError shows err as one sentence in a dialog. It may be called from
// any goroutine.
func (w *mainWindow) showError(err error) {
	if err == nil || errors.Is(err, context.Canceled) {
		return
	}
	msg := errorMessage(err)
	slog.Warn("margin", "err", err)
	w.do(func() { w.showDialog(dialog.NewError(errors.New(msg), w.win), nil) })
}

// errorMessage turns an error from clip or library into one clear sentence.
func errorMessage(err error) string {
	switch {
	case errors.Is(err, library.ErrNotFound):
		return "That item is no longer in the library."
	case errors.Is(err, library.ErrReadOnly):
		return "The library's folder cannot be written to."
	case errors.Is(err, library.ErrDiskFull):
		return "The disk is full; free some space and try again."
	case errors.Is(err, library.ErrEntityExists):
		return "An entity with that name and type already exists."
	case errors.Is(err, library.ErrInvalid):
		return "Margin could not do that: " + err.Error() + "."
	case isClipError(err):
		return clip.Message(err)
	}
	return "Something went wrong: " + err.Error() + "."
}

// isClipError reports whether err came from fetching or extracting a page.
func isClipError(err error) bool {
	for _, s := range []error{clip.ErrUnsupportedScheme, clip.ErrInvalidURL, clip.ErrNotHTML, clip.ErrTooLarge,
		clip.ErrNotArticle, clip.ErrTimeout, clip.ErrHTTPStatus, clip.ErrEmptyInput, context.DeadlineExceeded} {
		if errors.Is(err, s) {
			return true
		}
	}
	return clip.IsInputError(err)
}

// OpenClipping loads the clipping with the given id and shows it. It may be
// called from any goroutine; the clipping shows when it has loaded.
func (w *mainWindow) OpenClipping(id int64) { w.openClipping(id, nil) }

// openClipping opens a clipping and then, on the UI goroutine, runs then.
func (w *mainWindow) openClipping(id int64, then func()) {
	seq := w.openSeq.Add(1)
	w.background(func(ctx context.Context) {
		s, err := w.lib.Load(ctx, id)
		if errors.Is(err, library.ErrNotFound) {
			return
		}
		if err != nil {
			w.showError(err)
			return
		}
		w.do(func() {
			if seq == w.openSeq.Load() {
				w.show(s)
				if then != nil {
					then()
				}
			}
		})
	})
}

// show puts a loaded clipping in the reader and the panel.
func (w *mainWindow) show(s *library.Annotated) {
	w.panel.flush()
	same := w.current != nil && w.current.ID == s.Clipping.ID
	w.current = s.Clipping
	if !same {
		w.reader.SetDocument(s.Clipping.Document)
		w.showPictures(s)
	}
	w.reader.SetHeader(orUntitled(s.Clipping.Title), clippingMeta(s.Clipping))
	w.reader.SetNotice(clippingNotice(s.Clipping))
	w.panel.setClipping(s.Clipping)
	w.setAnnotations(s)
	w.empty.Hide()
	w.reader.Show()
	w.win.SetTitle(windowTitle(s.Clipping))
	w.prefs.LastClipping = s.Clipping.ID
	w.prefs.Save()
	w.list.markOpen(s.Clipping.ID)
}

// clippingMeta is the line under the title in the reader: by whom, where
// and when it was published, or when it was clipped.
func clippingMeta(c *library.Clipping) string {
	return metaLine(c.Byline, c.SiteName, publishedOrClipped(c.Published, c.Added, "2 January 2006"))
}

// clippingNotice is the note the reader shows above a clipping's text:
// that its extraction was uncertain, or nothing.
func clippingNotice(c *library.Clipping) string {
	if c.Uncertain {
		return library.UncertainNote
	}
	return ""
}

// metaLine joins the parts that are not empty with a middle dot.
func metaLine(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "  ·  ")
}

// publishedOrClipped is the date a clipping was published, or else the
// date it was clipped, in layout.
func publishedOrClipped(published, added time.Time, layout string) string {
	switch {
	case !published.IsZero():
		return published.Format(layout)
	case !added.IsZero():
		return "clipped " + added.Format(layout)
	}
	return ""
}

// windowTitle is "Margin — " and the clipping's title.
func windowTitle(c *library.Clipping) string {
	if c == nil || c.Title == "" {
		return "Margin"
	}
	return "Margin — " + c.Title
}

// showNothing empties the centre and the panel.
func (w *mainWindow) showNothing() {
	w.current = nil
	w.highlights, w.mentions, w.entities = nil, nil, nil
	w.reader.Hide()
	w.empty.Show()
	w.win.SetTitle("Margin")
	w.panel.setClipping(nil)
	w.panel.setAnnotations(nil, nil, nil)
}

// setAnnotations shows a clipping's annotations in the reader and panel.
func (w *mainWindow) setAnnotations(s *library.Annotated) {
	w.highlights, w.mentions, w.entities = s.Highlights, s.Mentions, s.Entities
	w.reader.SetHighlights(s.Highlights)
	w.reader.SetMentions(s.Mentions, s.Entities)
	w.panel.changes = s.Changes
	w.panel.setAnnotations(s.Highlights, s.Mentions, s.Entities)
	w.list.setHighlightCount(s.ID, len(s.Highlights))
}

// currentID is the open clipping's id, or 0. UI goroutine only.
func (w *mainWindow) currentID() int64 {
	if w.current == nil {
		return 0
	}
	return w.current.ID
}

// refresh reloads the open clipping's annotations, details and the undo
// menu after a change. It may be called from any goroutine.
func (w *mainWindow) refresh(id int64) {
	w.background(func(ctx context.Context) {
		if id != 0 {
			s, err := w.lib.Load(ctx, id)
			if err != nil {
				w.showError(err)
				return
			}
			w.do(func() {
				if w.currentID() == id {
					w.current = s.Clipping
					w.panel.setClipping(s.Clipping)
					w.setAnnotations(s)
				}
			})
		}
		w.menu.updateUndo(ctx)
	})
}

// edit runs a change to the open clipping off the UI goroutine and then
// refreshes the view. fn gets the clipping's id.
func (w *mainWindow) edit(fn func(ctx context.Context, id int64) error) {
	id := w.currentID()
	if id == 0 {
		return
	}
	w.background(func(ctx context.Context) {
		if err := fn(ctx, id); err != nil {
			w.showError(err)
		}
		w.refresh(id)
	})
}

// Undo undoes the last edit and refreshes the view.
func (w *mainWindow) Undo() { w.travel(true) }

// Redo redoes the last undone edit and refreshes the view.
func (w *mainWindow) Redo() { w.travel(false) }

func (w *mainWindow) travel(undo bool) {
	id := w.currentID()
	w.background(func(ctx context.Context) {
		var err error
		if undo {
			_, _, err = w.lib.Undo(ctx)
		} else {
			_, _, err = w.lib.Redo(ctx)
		}
		if err != nil {
			w.showError(err)
		}
		w.do(w.list.reloadKeepPosition)
		w.refresh(id)
	})
}

// DeleteClipping asks whether to delete the open clipping and deletes it.
func (w *mainWindow) DeleteClipping() {
	c := w.current
	if c == nil {
		return
	}
	d := dialog.NewConfirm("Delete clipping",
		fmt.Sprintf("Delete “%s” with its highlights and notes? This cannot be undone.", orUntitled(c.Title)),
		func(ok bool) {
			if ok {
				w.deleteClipping(c.ID)
			}
		}, w.win)
	d.SetConfirmText("Delete")
	d.SetConfirmImportance(widget.DangerImportance)
	w.showDialog(d, nil)
}

// deleteClipping deletes a clipping and closes it.
func (w *mainWindow) deleteClipping(id int64) {
	w.background(func(ctx context.Context) {
		if err := w.lib.Delete(ctx, id); err != nil {
			w.showError(err)
			return
		}
		w.do(func() {
			if w.currentID() == id {
				w.showNothing()
			}
			if w.list.isPicked(id) {
				w.list.togglePick(id)
			}
			w.list.reloadKeepPosition()
		})
		w.menu.updateUndo(ctx)
	})
}

// orUntitled names a clipping without a title.
func orUntitled(s string) string {
	if s == "" {
		return "Untitled"
	}
	return s
}

// OpenLink opens a link of the open clipping in the browser. A relative
// link is resolved against the clipping's address; only web and mail links
// are opened, never a file or a script.
func (w *mainWindow) OpenLink(href string) {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return
	}
	if w.current != nil && !u.IsAbs() {
		if base, err := url.Parse(firstOf(w.current.CanonicalURL, w.current.URL)); err == nil && base.IsAbs() {
			u = base.ResolveReference(u)
		}
	}
	switch u.Scheme {
	case "http", "https", "mailto":
	default:
		return
	}
	if err := w.openURL(u); err != nil {
		w.showError(fmt.Errorf("open %s: %w", u, err))
	}
}

// FocusSearch puts the cursor in the library's search box.
func (w *mainWindow) FocusSearch() { w.win.Canvas().Focus(w.list.search) }

// FindInArticle opens the reader's find bar.
func (w *mainWindow) FindInArticle() {
	if w.current != nil {
		w.reader.ShowFind()
	}
}
