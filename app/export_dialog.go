package app

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/export"
	"margin/library"
)

// exportScope is which clippings an export writes.
type exportScope int

// The export scopes.
const (
	scopeClipping exportScope = iota // the open clipping
	scopeList                        // the clippings the search and filters show
	scopeAll                         // the whole library
	scopePicked                      // the clippings picked in the list (Ctrl+click)
)

// exportRequest is what the person chose in the export dialog.
type exportRequest struct {
	Format  export.Format
	Options export.MarkdownOptions // Markdown only
	Scope   exportScope
	Picked  []int64 // the clippings of scopePicked
	// Dest is a folder when the export writes one Markdown note per
	// clipping (ToFolder), otherwise the file to write.
	Dest string
}

// ToFolder reports whether the request writes a folder of notes rather
// than one file: Markdown for more than the open clipping.
func (r exportRequest) ToFolder() bool {
	return r.Format == export.FormatMarkdown && r.Scope != scopeClipping
}

// exportResult says what an export wrote.
type exportResult struct {
	Paths            []string
	Created, Updated int
	// Conflicts are notes the person and Margin both changed.
	Conflicts []export.Conflict
	// LeftAlone says which files naming the clippings were not touched.
	LeftAlone string
}

// Summary is a sentence for the person.
func (r exportResult) Summary() string {
	switch len(r.Paths) {
	case 0:
		return "Nothing was exported."
	case 1:
		return "Wrote " + r.Paths[0] + "."
	}
	dir := filepath.Dir(r.Paths[0])
	s := fmt.Sprintf("Wrote %d notes to %s (%d new, %d updated).", len(r.Paths), dir, r.Created, r.Updated)
	for _, c := range r.Conflicts {
		s += " " + c.Message()
	}
	if r.LeftAlone != "" {
		s += " " + r.LeftAlone
	}
	return s
}

// exportIDs lists the clippings in scope. It may run off the UI goroutine;
// current and filter are read by the caller on the UI goroutine.
func (w *mainWindow) exportIDs(ctx context.Context, scope exportScope, current int64, filter library.Filter) ([]int64, error) {
	if scope == scopeClipping {
		if current == 0 {
			return nil, nil
		}
		return []int64{current}, nil
	}
	if scope == scopePicked {
		return nil, nil
	}
	if scope == scopeAll {
		filter = library.Filter{}
	}
	filter.Limit, filter.Offset = 0, 0
	sums, err := w.lib.List(ctx, filter)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(sums))
	for i, s := range sums {
		ids[i] = s.ID
	}
	return ids, nil
}

// Export writes the clippings in scope as the request says. current and
// filter are the open clipping and the list's filter, which the UI reads
// for it. progress, if set, is called as items are loaded and written.
// Export runs in the caller's goroutine; the dialog calls it in the
// background.
func (w *mainWindow) Export(ctx context.Context, req exportRequest, current int64, filter library.Filter, progress func(done, total int)) (exportResult, error) {
	var res exportResult
	if strings.TrimSpace(req.Dest) == "" {
		return res, fmt.Errorf("%w: choose where to export to", library.ErrInvalid)
	}
	ids, err := w.exportIDs(ctx, req.Scope, current, filter)
	if req.Scope == scopePicked {
		ids = req.Picked
	}
	if err != nil || len(ids) == 0 {
		return res, err
	}
	items := make([]*export.Item, 0, len(ids))
	for i, id := range ids {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		it, err := export.Load(ctx, w.lib, id)
		if err != nil {
			return res, err
		}
		items = append(items, it)
		if progress != nil {
			progress(i+1, 2*len(ids))
		}
	}
	if err := exportPictures(ctx, w.lib, req, items); err != nil {
		return res, err
	}
	if req.ToFolder() {
		sum, err := export.WriteFolder(ctx, w.lib, req.Dest, items, req.Options, func(done, total int) {
			if progress != nil {
				progress(total+done, 2*total)
			}
		})
		for _, p := range sum.Paths {
			if p != "" {
				res.Paths = append(res.Paths, p)
			}
		}
		res.Created, res.Updated, res.Conflicts, res.LeftAlone = sum.Created, sum.Updated, sum.Conflicts, sum.LeftAloneMessage()
		return res, err
	}
	err = export.WriteFileAtomic(req.Dest, func(wr io.Writer) error {
		return export.Write(wr, items, req.Format, req.Options)
	})
	if err != nil {
		return res, err
	}
	res.Paths = []string{req.Dest}
	res.Created = 1
	return res, nil
}

// templateNames are the note templates the dialog offers, "" for none.
var templateNames = map[string]string{
	"":                    "None (the layout above)",
	"obsidian-literature": "Obsidian literature note",
	"logseq-page":         "Logseq page",
	"highlights-list":     "List of highlights",
}

// templateLabels lists the template choices, none first.
func templateLabels() []string {
	labels := []string{templateNames[""]}
	for _, s := range export.ShippedTemplates {
		labels = append(labels, templateNames[s.Name])
	}
	return labels
}

// Labels of the export choices as the dialog shows them.
var (
	formatNames = map[export.Format]string{
		export.FormatMarkdown: "Markdown notes",
		export.FormatJSON:     "W3C Web Annotation (JSON-LD)",
		export.FormatCSL:      "CSL-JSON (Zotero)",
		export.FormatBibTeX:   "BibTeX",
		export.FormatCSV:      "CSV of entity mentions",
		export.FormatHTML:     "Web page with pictures (HTML)",
	}
	layoutNames = map[export.Layout]string{
		export.LayoutFull:       "Full article, highlights marked",
		export.LayoutHighlights: "Highlights only",
	}
	markNames = map[export.MarkStyle]string{
		export.MarkEquals: "==Obsidian marks==",
		export.MarkHTML:   "<mark> HTML",
	}
	noteNames = map[export.NoteStyle]string{
		export.NotesFootnotes: "Footnotes",
		export.NotesCallouts:  "Callouts",
	}
	citationNames = map[export.CitationStyle]string{
		export.CitationAPA:     "APA",
		export.CitationMLA:     "MLA",
		export.CitationChicago: "Chicago",
		export.CitationNone:    "None",
	}
)

func formatLabels() []string {
	var out []string
	for _, f := range export.Formats {
		out = append(out, formatNames[f])
	}
	return out
}

func formatLabel(f export.Format) string { return formatNames[f] }

func formatFromLabel(s string) export.Format {
	for f, l := range formatNames {
		if l == s {
			return f
		}
	}
	return export.FormatMarkdown
}

func layoutLabel(l export.Layout) string { return layoutNames[l] }

func layoutFromLabel(s string) export.Layout {
	for k, l := range layoutNames {
		if l == s {
			return k
		}
	}
	return export.LayoutFull
}

func citationLabels() []string {
	var out []string
	for _, c := range export.CitationStyles {
		out = append(out, citationNames[c])
	}
	return out
}

func citationLabel(c export.CitationStyle) string { return citationNames[c] }

func citationFromLabel(s string) export.CitationStyle {
	for k, l := range citationNames {
		if l == s {
			return k
		}
	}
	return export.CitationAPA
}

// exportDialog is the export dialog with its fields, so tests can set them.
type exportDialog struct {
	w        *mainWindow
	dialog   *dialog.CustomDialog
	format   *widget.Select
	layout   *widget.RadioGroup
	mark     *widget.Select
	notes    *widget.Select
	links    *widget.Check
	citation *widget.Select
	template *widget.Select
	scope    *widget.RadioGroup
	dest     *escapeEntry
	choose   *widget.Button
	progress *widget.ProgressBar
	status   *widget.Label
	run      *widget.Button
	cancel   *widget.Button
	md       []fyne.CanvasObject // the Markdown options' labels and fields, hidden for other formats

	filter    library.Filter
	current   int64
	title     string
	stop      context.CancelFunc
	scopeText []string
	picked    []int64 // the clippings picked in the list when the dialog opened
}

// ShowExport shows the export dialog, set to the saved defaults.
func (w *mainWindow) ShowExport() {
	d := w.newExportDialog()
	w.showDialog(d.dialog, d.close)
}

func (w *mainWindow) newExportDialog() *exportDialog {
	s := w.prefs
	d := &exportDialog{w: w, filter: w.list.filter, current: w.currentID()}
	if w.current != nil {
		d.title = w.current.Title
	}
	d.format = widget.NewSelect(formatLabels(), func(string) { d.update() })
	d.layout = widget.NewRadioGroup([]string{layoutLabel(export.LayoutFull), layoutLabel(export.LayoutHighlights)}, nil)
	d.layout.Horizontal = true
	d.layout.Required = true
	d.layout.SetSelected(layoutLabel(s.ExportOptions.Layout))
	d.mark = widget.NewSelect([]string{markNames[export.MarkEquals], markNames[export.MarkHTML]}, nil)
	d.mark.SetSelected(markNames[s.ExportOptions.Mark])
	d.notes = widget.NewSelect([]string{noteNames[export.NotesFootnotes], noteNames[export.NotesCallouts]}, nil)
	d.notes.SetSelected(noteNames[s.ExportOptions.Notes])
	d.links = widget.NewCheck("Link entities as [[wiki links]]", nil)
	d.links.SetChecked(s.ExportOptions.EntityLinks)
	d.citation = widget.NewSelect(citationLabels(), nil)
	d.citation.SetSelected(citationLabel(s.ExportOptions.Citation))
	d.template = widget.NewSelect(templateLabels(), nil)
	d.template.SetSelected(templateNames[""])

	n := w.list.total
	d.scopeText = []string{
		"This clipping",
		fmt.Sprintf("The %s in the list", plural(n, "clipping")),
		"The whole library",
	}
	if d.filter.Query == "" && d.filter.Tag == "" && d.filter.Site == "" && d.filter.Entity == "" {
		d.scopeText[1] = fmt.Sprintf("All %s in the list", plural(n, "clipping"))
	}
	d.picked = append([]int64(nil), w.list.picked...)
	if len(d.picked) > 0 {
		d.scopeText = append(d.scopeText, fmt.Sprintf("The %s you picked", plural(len(d.picked), "clipping")))
	}
	d.scope = widget.NewRadioGroup(d.scopeText, func(string) { d.update() })
	d.scope.Required = true
	d.dest = w.newDialogEntry(false)
	d.dest.SetPlaceHolder("Choose where to save…")
	d.choose = widget.NewButtonWithIcon("Choose…", theme.FolderOpenIcon(), d.chooseDest)
	d.progress = widget.NewProgressBar()
	d.progress.Hide()
	d.status = widget.NewLabel("")
	d.status.Wrapping = fyne.TextWrapWord
	d.status.Hide()

	// One form, so every label lines up; the Markdown rows hide, label and
	// field together, for the other formats.
	row := func(label string, field fyne.CanvasObject) []fyne.CanvasObject {
		l := widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		return []fyne.CanvasObject{l, field}
	}
	d.md = append(d.md, row("Layout", d.layout)...)
	d.md = append(d.md, row("Marks", d.mark)...)
	d.md = append(d.md, row("Notes", d.notes)...)
	d.md = append(d.md, row("Citation", d.citation)...)
	d.md = append(d.md, row("Template", d.template)...)
	d.md = append(d.md, row("", d.links)...)
	form := container.New(layout.NewFormLayout())
	form.Objects = append(form.Objects, row("Export", d.scope)...)
	form.Objects = append(form.Objects, row("Format", d.format)...)
	form.Objects = append(form.Objects, d.md...)
	form.Objects = append(form.Objects, row("Save to", container.NewBorder(nil, nil, nil, d.choose, d.dest))...)
	content := container.NewVBox(form, d.progress, d.status)

	d.run = widget.NewButtonWithIcon("Export", theme.DocumentSaveIcon(), d.start)
	d.run.Importance = widget.HighImportance
	d.cancel = widget.NewButton("Close", d.close)
	d.dialog = dialog.NewCustomWithoutButtons("Export", content, w.win)
	d.dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.run})
	d.dialog.Resize(fyne.NewSize(620, 0))

	d.format.SetSelected(formatLabel(s.ExportFormat))
	if len(d.picked) > 0 {
		d.scope.SetSelected(d.scopeText[scopePicked])
	} else if d.current != 0 {
		d.scope.SetSelected(d.scopeText[scopeClipping])
	} else {
		d.scope.SetSelected(d.scopeText[scopeList])
	}
	d.update()
	return d
}

// plural is "1 clipping", "3 clippings" or "50,000 clippings".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return thousands(n) + " " + word + "s"
}

// thousands writes n with a comma between groups of three digits.
func thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// request reads the dialog into an ExportRequest.
func (d *exportDialog) request() exportRequest {
	opts := d.w.prefs.ExportOptions
	opts.Layout = layoutFromLabel(d.layout.Selected)
	opts.Citation = citationFromLabel(d.citation.Selected)
	opts.EntityLinks = d.links.Checked
	for _, s := range export.ShippedTemplates {
		if templateNames[s.Name] == d.template.Selected {
			if t, err := export.LoadTemplate(s.Name); err == nil {
				opts.Template = t
			}
		}
	}
	for k, v := range markNames {
		if v == d.mark.Selected {
			opts.Mark = k
		}
	}
	for k, v := range noteNames {
		if v == d.notes.Selected {
			opts.Notes = k
		}
	}
	scope := exportScope(0)
	for i, t := range d.scopeText {
		if t == d.scope.Selected {
			scope = exportScope(i)
		}
	}
	return exportRequest{Format: formatFromLabel(d.format.Selected), Options: opts, Scope: scope, Picked: d.picked, Dest: strings.TrimSpace(d.dest.Text)}
}

// update shows the options that apply to the chosen format and scope.
func (d *exportDialog) update() {
	if d.scope == nil || d.md == nil {
		return
	}
	req := d.request()
	for _, o := range d.md {
		if req.Format == export.FormatMarkdown {
			o.Show()
		} else {
			o.Hide()
		}
	}
	if d.current == 0 {
		d.scope.Disable()
		if req.Scope == scopeClipping {
			d.scope.SetSelected(d.scopeText[scopeList])
		}
		d.scope.Enable()
	}
	if req.ToFolder() {
		d.dest.SetPlaceHolder("Choose a folder for the notes…")
	} else {
		d.dest.SetPlaceHolder("Choose a file to save…")
	}
	d.dialog.Refresh()
}

// chooseDest asks the platform's file dialog for a folder or a file.
func (d *exportDialog) chooseDest() {
	req := d.request()
	if req.ToFolder() {
		fd := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				d.dest.SetText(u.Path())
			}
		}, d.w.win)
		fd.Show()
		return
	}
	fd := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		_ = wc.Close()
		d.dest.SetText(path)
	}, d.w.win)
	name := "margin"
	if req.Scope == scopeClipping && d.title != "" {
		name = strings.TrimSuffix(export.SafeName(d.title), ".md")
	}
	fd.SetFileName(name + req.Format.Ext())
	fd.Show()
}

// start runs the export in the background with progress and Cancel.
func (d *exportDialog) start() {
	req := d.request()
	if req.Dest == "" {
		d.chooseDest()
		return
	}
	w := d.w
	w.prefs.ExportFormat = req.Format
	w.prefs.ExportOptions = req.Options
	w.prefs.Save()
	ctx, stop := context.WithCancel(w.ctx)
	d.stop = stop
	d.run.Disable()
	d.cancel.SetText("Cancel")
	d.progress.SetValue(0)
	d.progress.Show()
	d.status.Hide()
	w.background(func(context.Context) {
		res, err := w.Export(ctx, req, d.current, d.filter, func(done, total int) {
			w.do(func() { d.progress.SetValue(float64(done) / float64(max(total, 1))) })
		})
		stop()
		w.do(func() { d.finish(res, err) })
	})
}

// finish shows what the export did.
func (d *exportDialog) finish(res exportResult, err error) {
	d.stop = nil
	d.progress.Hide()
	d.run.Enable()
	d.cancel.SetText("Close")
	d.status.Show()
	switch {
	case err == context.Canceled:
		d.status.SetText("Export cancelled. " + res.Summary())
	case err != nil:
		d.status.SetText(errorMessage(err))
		d.status.Importance = widget.DangerImportance
	default:
		d.status.Importance = widget.SuccessImportance
		d.status.SetText(res.Summary())
	}
	d.status.Refresh()
}

// close cancels a running export, or closes the dialog.
func (d *exportDialog) close() {
	if d.stop != nil {
		d.stop()
		return
	}
	d.dialog.Hide()
}

// exportPictures carries the clippings' pictures into the export: inlined
// in an HTML page, or written to the attachments folder beside Markdown
// notes.
func exportPictures(ctx context.Context, lib *library.Library, req exportRequest, items []*export.Item) error {
	if req.Format != export.FormatMarkdown && req.Format != export.FormatHTML {
		return nil
	}
	if err := export.LoadImages(ctx, lib, items); err != nil {
		return err
	}
	if req.Format != export.FormatMarkdown {
		return nil
	}
	dir := req.Dest
	if !req.ToFolder() {
		dir = filepath.Dir(req.Dest)
	}
	_, err := export.WriteAttachments(dir, export.DefaultAttachments, items)
	return err
}
