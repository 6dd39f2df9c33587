package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"margin/library"
)

// ctrl is a Ctrl (Cmd on macOS) shortcut.
func ctrl(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// ctrlShift is a Ctrl+Shift shortcut.
func ctrlShift(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// windowMenu is the main menu. Shortcuts live on its items so that they
// work wherever the focus is: Fyne gives main-menu shortcuts first go.
type windowMenu struct {
	lib            *library.Library
	tasks          *tasks
	main           *fyne.MainMenu
	undo, redo     *fyne.MenuItem
	allVersions    *fyne.MenuItem // checked when a search reads every version
	undoLabel      string
	redoLabel      string
	canUndo, canRd bool
}

func newWindowMenu(w *mainWindow) *windowMenu {
	m := &windowMenu{lib: w.lib, tasks: w.tasks}
	item := func(label string, sc fyne.Shortcut, fn func()) *fyne.MenuItem {
		i := fyne.NewMenuItem(label, fn)
		i.Shortcut = sc
		return i
	}
	m.undo = item("Undo", &fyne.ShortcutUndo{}, w.Undo)
	m.redo = item("Redo", ctrlShift(fyne.KeyZ), w.Redo)
	m.undo.Disabled, m.redo.Disabled = true, true
	m.allVersions = fyne.NewMenuItem("Search Earlier Versions Too", nil)
	m.allVersions.Action = func() {
		m.allVersions.Checked = w.list.toggleAllVersions()
		m.main.Refresh()
	}
	// Margin's own Quit, in place of the one Fyne adds, so that quitting
	// remembers the window's size and saves a note being typed, as closing
	// the window does.
	quit := item("Quit", ctrl(fyne.KeyQ), w.close)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("New Clipping…", ctrl(fyne.KeyN), w.ShowNewClip),
		item("Open HTML File…", ctrl(fyne.KeyO), w.openFile),
		fyne.NewMenuItem("Import…", w.ShowImport),
		fyne.NewMenuItemSeparator(),
		item("Export…", ctrl(fyne.KeyE), w.ShowExport),
		fyne.NewMenuItem("Fetch Missing Pictures", w.FetchPictures),
		fyne.NewMenuItemSeparator(),
		item("Check for Changes", ctrlShift(fyne.KeyR), w.CheckForChanges),
		item("Versions…", ctrlShift(fyne.KeyD), w.ShowVersions),
		fyne.NewMenuItemSeparator(),
		item("Delete Clipping", ctrl(fyne.KeyDelete), w.DeleteClipping),
		fyne.NewMenuItemSeparator(),
		item("Preferences…", ctrl(fyne.KeyComma), w.ShowPreferences),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu("Edit",
		m.undo, m.redo,
		fyne.NewMenuItemSeparator(),
		item("Search Library", ctrl(fyne.KeyK), w.FocusSearch),
		m.allVersions,
		item("Find in Article", ctrl(fyne.KeyF), w.FindInArticle),
	)
	view := fyne.NewMenu("View",
		item("Larger Text", ctrl(fyne.KeyEqual), func() { w.zoom(1) }),
		item("Smaller Text", ctrl(fyne.KeyMinus), func() { w.zoom(-1) }),
		item("Actual Size", ctrl(fyne.Key0), func() { w.zoom(0) }),
		fyne.NewMenuItemSeparator(),
		item("Entity Map", ctrlShift(fyne.KeyM), w.ShowEntityMap),
	)
	help := fyne.NewMenu("Help",
		item("Keyboard Shortcuts", ctrl(fyne.KeySlash), w.ShowHelp),
		fyne.NewMenuItem("About Margin", w.showAbout),
	)
	m.main = fyne.NewMainMenu(file, edit, view, help)
	return m
}

// addShortcuts adds the shortcuts that have no menu item of their own.
// They work when no text field has the focus.
func (w *mainWindow) addShortcuts() {
	c := w.win.Canvas()
	c.AddShortcut(ctrl(fyne.KeyL), func(fyne.Shortcut) { w.FocusSearch() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { w.Redo() })
	c.AddShortcut(ctrl(fyne.KeyY), func(fyne.Shortcut) { w.Redo() })
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyF1:
			w.ShowHelp()
		case fyne.KeyEscape:
			w.dismissDialog()
		}
	})
}

// updateUndo labels Undo and Redo with what they would do ("Undo
// Highlight"), off the UI goroutine.
func (m *windowMenu) updateUndo(ctx context.Context) {
	ul, uok, err := m.lib.CanUndo(ctx)
	if err != nil {
		return
	}
	rl, rok, err := m.lib.CanRedo(ctx)
	if err != nil {
		return
	}
	m.tasks.do(func() {
		m.undoLabel, m.redoLabel, m.canUndo, m.canRd = ul, rl, uok, rok
		m.undo.Label, m.undo.Disabled = joinLabel("Undo", ul, uok), !uok
		m.redo.Label, m.redo.Disabled = joinLabel("Redo", rl, rok), !rok
		m.main.Refresh()
	})
}

// joinLabel is "Undo Highlight", or "Undo" when there is nothing to undo.
func joinLabel(verb, what string, ok bool) string {
	if !ok || what == "" {
		return verb
	}
	return verb + " " + what
}

// zoom makes the reader's text larger (1), smaller (-1) or the default (0).
func (w *mainWindow) zoom(step int) {
	size := w.reader.TextSize()
	switch {
	case step == 0:
		size = 0
	case step > 0:
		size = min(size+1, 32)
	default:
		size = max(size-1, 10)
	}
	w.reader.SetTextSize(size)
	w.prefs.TextSize = size
	w.prefs.Save()
}

// openFile picks an HTML file and clips it through the new-clip dialog.
func (w *mainWindow) openFile() {
	w.ShowNewClip()
	w.newClip.chooseFile()
}

// shortcutHelp lists the shortcuts the help dialog shows.
var shortcutHelp = [][2]string{
	{"Ctrl+N", "New clipping from a link, HTML or text"},
	{"Ctrl+O", "Clip a saved HTML file"},
	{"Ctrl+K, Ctrl+L", "Search the library"},
	{"Ctrl+F", "Find in the article"},
	{"Ctrl+E", "Export"},
	{"Ctrl+Shift+R", "Check the open article for changes"},
	{"Ctrl+Shift+D", "Its versions and what changed"},
	{"Ctrl+Z", "Undo"},
	{"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
	{"Ctrl+Delete", "Delete the open clipping"},
	{"Ctrl+,", "Preferences"},
	{"Ctrl+Q", "Quit"},
	{"Ctrl+= / Ctrl+- / Ctrl+0", "Larger, smaller, actual text size"},
	{"F1, Ctrl+/", "This help"},
	{"Escape", "Close a dialog"},
	{"Enter in the search box", "Open the first clipping found"},
	{"Ctrl+click in the list", "Pick clippings to export together"},
	{"", ""},
	{"With text selected in the article:", ""},
	{"H", "Highlight (in the last colour used)"},
	{"N", "Add a note"},
	{"P, O, L, E", "Tag as person, organisation, place, event"},
	{"Ctrl+C", "Copy"},
	{"Shift+click, Shift+arrows", "Extend the selection"},
	{"Double-, triple-click", "Select a word, a paragraph"},
	{"Right-click", "More: colours, tag every mention, new type, existing entity"},
	{"", ""},
	{"Ctrl+Shift+M", "The entity map; in the map:"},
	{"Page Down, Page Up (N, P)", "Next, previous entity or link"},
	{"L", "Next link, the strongest first"},
	{"Enter, Space", "Open the entity's card, list the link's passages"},
	{"Arrows / + - 0", "Pan / zoom in, out, fit"},
}

// ShowHelp lists the keyboard shortcuts.
func (w *mainWindow) ShowHelp() {
	// Keys in a column as wide as the longest, what they do beside them.
	grid := container.New(layout.NewFormLayout())
	for _, row := range shortcutHelp {
		if row[0] == "" {
			grid.Add(layout.NewSpacer())
			grid.Add(layout.NewSpacer())
			continue
		}
		if row[1] == "" {
			grid.Add(tight(sectionLabel(row[0])))
			grid.Add(layout.NewSpacer())
			continue
		}
		k := widget.NewLabel(row[0])
		k.TextStyle.Bold = true
		grid.Add(tight(k))
		grid.Add(tight(widget.NewLabel(row[1])))
	}
	d := dialog.NewCustom("Keyboard shortcuts", "Close", grid, w.win)
	w.showDialog(d, nil)
}

// showAbout says what Margin is.
func (w *mainWindow) showAbout() {
	v := w.app.Metadata().Version
	msg := "Margin " + v + "\nClip news articles into a local library, annotate them and export them."
	w.showDialog(dialog.NewInformation("About Margin", msg, w.win), nil)
}
