package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/app/reader"
	"margin/clip"
	"margin/library"
	"margin/refetch"
	"margin/textdiff"
)

// CheckForChanges fetches the open clipping's page again; a changed page
// becomes the clipping's new version, shown at once, and the person is told
// what changed and which highlights moved.
func (w *mainWindow) CheckForChanges() {
	id := w.currentID()
	if id == 0 {
		return
	}
	// Cancel (or Escape) stops the check; what was filed stays filed.
	ctx, cancel := context.WithCancel(w.ctx)
	var prog *dialog.CustomDialog
	stop := func() { cancel(); prog.Hide() }
	prog = dialog.NewCustomWithoutButtons("Checking for changes…", container.NewVBox(
		widget.NewProgressBarInfinite(), container.NewCenter(widget.NewButton("Cancel", stop))), w.win)
	w.showDialog(prog, stop)
	w.background(func(context.Context) {
		defer cancel()
		r, err := refetch.One(ctx, w.lib, id, refetch.Options{Clip: clip.DefaultOptions()})
		w.do(prog.Hide)
		if err != nil {
			w.showError(err)
			return
		}
		if r.Outcome == refetch.Changed {
			w.do(func() {
				if w.currentID() == id {
					w.current = nil // the document changed: show it afresh
				}
				w.list.reloadKeepPosition()
			})
			w.openClipping(id, nil)
		}
		w.do(func() { w.showDialog(dialog.NewInformation("Check for changes", checkSentence(r), w.win), nil) })
	})
}

// checkSentence says a check's result for a person.
func checkSentence(r refetch.Result) string {
	switch r.Outcome {
	case refetch.Changed:
		s := fmt.Sprintf("The article has changed: version %d (%s).", r.Version, r.Change)
		if n := len(r.Changes); n == 1 {
			s += " One of your highlights or tags is on a passage that changed; it is marked."
		} else if n > 1 {
			s += fmt.Sprintf(" %d of your highlights or tags are on passages that changed; they are marked.", n)
		}
		return s
	case refetch.Failed:
		return r.Message
	}
	return "The article has not changed since it was last fetched."
}

// ShowVersions opens the open clipping's versions in a window of their own:
// any version's text, and what changed between two versions. The main
// reader keeps the latest, where highlights are.
func (w *mainWindow) ShowVersions() {
	id := w.currentID()
	if id == 0 {
		return
	}
	w.background(func(ctx context.Context) {
		vs, err := w.lib.Versions(ctx, id)
		if err != nil {
			w.showError(err)
			return
		}
		w.do(func() {
			if len(vs) < 2 {
				w.showDialog(dialog.NewInformation("Versions",
					"This clipping has one version. Use Check for Changes to see whether the article was edited.", w.win), nil)
				return
			}
			v := newVersionsView(w.lib, w.tasks, vs)
			win := w.app.NewWindow("Versions — " + orUntitled(vs[len(vs)-1].Title))
			win.SetContent(v.content)
			win.Resize(fyne.NewSize(900, 700))
			win.Show()
		})
	})
}

// versionsView shows a clipping's versions: two pickers (from, to), the
// differences between them and the text of the later one.
type versionsView struct {
	lib      *library.Library
	tasks    *tasks
	versions []library.Version
	from, to *widget.Select
	summary  *widget.Label
	diff     *widget.RichText
	reader   *reader.Reader
	content  fyne.CanvasObject
}

func newVersionsView(lib *library.Library, t *tasks, vs []library.Version) *versionsView {
	v := &versionsView{lib: lib, tasks: t, versions: vs}
	names := make([]string, len(vs))
	for i, ver := range vs {
		names[i] = versionName(ver)
	}
	v.from = widget.NewSelect(names, func(string) { v.load() })
	v.to = widget.NewSelect(names, func(string) { v.load() })
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	v.diff = widget.NewRichText()
	v.diff.Wrapping = fyne.TextWrapWord
	v.reader = reader.New() // read only: no callbacks are set
	tabs := container.NewAppTabs(
		container.NewTabItem("Differences", container.NewVScroll(container.NewPadded(v.diff))),
		container.NewTabItem("Text", v.reader),
	)
	pickers := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel("From"), nil, v.from),
		container.NewBorder(nil, nil, widget.NewLabel("to"), nil, v.to))
	v.content = container.NewBorder(container.NewVBox(pickers, v.summary), nil, nil, nil, tabs)
	// The last change first: the version before the latest, and the latest.
	v.from.SetSelectedIndex(len(vs) - 2)
	v.to.SetSelectedIndex(len(vs) - 1)
	return v
}

// versionName is how a picker names a version.
func versionName(v library.Version) string {
	s := fmt.Sprintf("Version %d, seen %s", v.Number, v.Seen.Format("2 Jan 2006 15:04"))
	if v.Latest {
		s += " (latest)"
	}
	return s
}

// load reads the two picked versions and shows their differences and the
// later one's text.
func (v *versionsView) load() {
	a, b := v.from.SelectedIndex(), v.to.SelectedIndex()
	if a < 0 || b < 0 {
		return
	}
	id := v.versions[0].ClippingID
	na, nb := v.versions[a].Number, v.versions[b].Number
	v.tasks.background(func(ctx context.Context) {
		va, err := v.lib.Version(ctx, id, na)
		if err != nil {
			v.tasks.showError(err)
			return
		}
		vb, err := v.lib.Version(ctx, id, nb)
		if err != nil {
			v.tasks.showError(err)
			return
		}
		d := textdiff.Compare(va.Side(), vb.Side())
		v.tasks.do(func() {
			v.summary.SetText(diffSummary(d))
			v.diff.Segments = diffSegments(d)
			v.diff.Refresh()
			v.reader.SetDocument(vb.Document)
			v.reader.SetHeader(orUntitled(vb.Title), metaLine(vb.Byline, versionName(*vb)))
		})
	})
}

// diffSummary is the line above a difference.
func diffSummary(d textdiff.Difference) string {
	if d.Same() {
		return "No differences."
	}
	return capitalise(d.Summary()) + fmt.Sprintf(" (%s added, %d removed).", plural(d.WordsAdded, "word"), d.WordsRemoved)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// diffSegments draws a difference: the headline, byline and date changes
// first, then each changed paragraph with deleted words in the theme's
// error colour and italic, inserted words in its success colour and bold;
// unchanged paragraphs between are an ellipsis.
func diffSegments(d textdiff.Difference) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	text := func(s string, op textdiff.Op, inline bool) *widget.TextSegment {
		st := widget.RichTextStyleInline
		switch op {
		case textdiff.Delete:
			st.ColorName, st.TextStyle = theme.ColorNameError, fyne.TextStyle{Italic: true}
		case textdiff.Insert:
			st.ColorName, st.TextStyle = theme.ColorNameSuccess, fyne.TextStyle{Bold: true}
		}
		st.Inline = inline
		return &widget.TextSegment{Style: st, Text: s}
	}
	for _, f := range d.Fields {
		segs = append(segs,
			&widget.TextSegment{Style: widget.RichTextStyleStrong, Text: capitalise(f.Name) + ": "},
			text(f.Old, textdiff.Delete, true), text(" → ", textdiff.Equal, true), text(f.New, textdiff.Insert, false))
	}
	skipped := false
	for _, p := range d.Paragraphs() {
		if !p.Changed {
			skipped = true
			continue
		}
		if skipped && len(segs) > 0 {
			segs = append(segs, text("…", textdiff.Equal, false))
		}
		skipped = false
		for i, s := range p.Spans {
			// A word replaced by another reads as two words, not one.
			if i > 0 && s.Op == textdiff.Insert && p.Spans[i-1].Op == textdiff.Delete {
				segs = append(segs, text(" ", textdiff.Equal, true))
			}
			segs = append(segs, text(s.Text, s.Op, true))
		}
		segs = append(segs, text("", textdiff.Equal, false))
	}
	if skipped && len(segs) > 0 {
		segs = append(segs, text("…", textdiff.Equal, false))
	}
	return segs
}

// changeNotes are the sentences a highlight card shows under a highlight
// whose passage changed or vanished in a later version.
func changeNotes(changes []library.AnnotationChange, highlightID int64) []string {
	var out []string
	for _, c := range changes {
		if c.Kind == "highlight" && c.AnnotationID == highlightID {
			out = append(out, c.Sentence())
		}
	}
	return out
}
