package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Margin's dialogs close with Escape, as a person expects of a dialog.
// Fyne gives a key without a modifier to the focused widget only, or to the
// canvas when nothing has the focus, and its dialogs do not listen for
// Escape. So the window keeps the dialogs it shows in a stack: the canvas's
// key handler dismisses the top one, and the entries in Margin's dialogs
// (escapeEntry) hand Escape on to the window.

// shownDialog is a dialog on screen and what closing it with Escape does.
type shownDialog struct {
	dialog  dialog.Dialog
	dismiss func()
}

// showDialog shows d and lets Escape close it with dismiss, or with
// d.Dismiss (the dialog's Cancel or Close) when dismiss is nil.
func (w *mainWindow) showDialog(d dialog.Dialog, dismiss func()) {
	if dismiss == nil {
		dismiss = d.Dismiss
	}
	s := &shownDialog{dialog: d, dismiss: dismiss}
	w.dialogs = append(w.dialogs, s)
	d.SetOnClosed(func() {
		for i, o := range w.dialogs {
			if o == s {
				w.dialogs = append(w.dialogs[:i], w.dialogs[i+1:]...)
				break
			}
		}
	})
	d.Show()
}

// dismissDialog closes the dialog shown last, as its Cancel or Close
// button would. It reports whether there was one.
func (w *mainWindow) dismissDialog() bool {
	if len(w.dialogs) == 0 {
		return false
	}
	w.dialogs[len(w.dialogs)-1].dismiss()
	return true
}

// escapeEntry is an entry for Margin's dialogs that closes the dialog on
// Escape instead of ignoring the key.
type escapeEntry struct {
	widget.Entry
	onEscape func()
}

// newDialogEntry is an entry of a dialog of w; multiLine makes it a text
// area.
func (w *mainWindow) newDialogEntry(multiLine bool) *escapeEntry {
	e := &escapeEntry{onEscape: func() { w.dismissDialog() }}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey is part of fyne.Focusable.
func (e *escapeEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
