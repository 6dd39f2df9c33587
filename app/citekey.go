package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/widget"

	"margin/export"
	"margin/library"
)

// loadCiteKey reads the clipping's citation key into the Details tab: the
// key it has, or the one an export would give it, without storing it.
func (w *mainWindow) loadCiteKey(id int64) {
	w.background(func(ctx context.Context) {
		key, err := export.PeekCiteKey(ctx, w.lib, id)
		w.do(func() {
			if w.currentID() == id {
				w.panel.setCiteKey(id, key, err)
			}
		})
	})
}

// SetCiteKey gives the clipping the citation key the person typed, as
// margin citekey ID KEY does. A key that cannot be one, or that another
// clipping has, is not saved; the Details tab says why in the sentence the
// command line prints.
func (w *mainWindow) SetCiteKey(id int64, key string) {
	w.background(func(ctx context.Context) {
		err := w.lib.SetCiteKey(ctx, id, key)
		if msg, ok := library.CiteKeyRefused(err); ok {
			w.do(func() {
				if w.panel.keyFor == id {
					w.panel.sayCiteKey(msg, widget.DangerImportance)
				}
			})
			return
		}
		if err != nil {
			w.showError(err)
			return
		}
		// SetCiteKey stores the key as typed, without the spaces around it.
		saved := strings.TrimSpace(key)
		w.do(func() {
			if w.currentID() == id {
				w.panel.setCiteKey(id, saved, nil)
				w.panel.sayCiteKey("Saved. Exports cite the clipping as "+saved+".", widget.SuccessImportance)
			}
		})
	})
}
