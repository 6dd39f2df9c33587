package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
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
	// Attachments is the folder beside Markdown notes their pictures are
	// written to ("" for export.DefaultAttachments); NoImages leaves the
	// pictures out, as margin export --no-images does.
	Attachments string
	NoImages    bool
	// Template is the chosen note template's shipped name or file path,
	// "" for none; withTemplate loads it into Options.Template.
	Template string
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

// exportIDs lists the clippings in scope, at most limit of them (0 for
// all). It may run off the UI goroutine; current and filter are read by the
// caller on the UI goroutine.
func (w *mainWindow) exportIDs(ctx context.Context, scope exportScope, current int64, filter library.Filter, limit int) ([]int64, error) {
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
	filter.Limit, filter.Offset = limit, 0
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
	ids, err := w.exportIDs(ctx, req.Scope, current, filter, 0)
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

// templateFile is the template choice that reads a template from a file.
const templateFile = "file"

// templateNames are the note templates the dialog offers, "" for none.
var templateNames = map[string]string{
	"":                    "None (the layout above)",
	"obsidian-literature": "Obsidian literature note",
	"logseq-page":         "Logseq page",
	"highlights-list":     "List of highlights",
	templateFile:          "A template file…",
}

// templateLabels lists the template choices: none, the shipped ones, a file.
func templateLabels() []string {
	labels := []string{templateNames[""]}
	for _, s := range export.ShippedTemplates {
		labels = append(labels, templateNames[s.Name])
	}
	return append(labels, templateNames[templateFile])
}

// Labels of the export choices as the dialog shows them.
var (
	formatNames = map[export.Format]string{
		export.FormatMarkdown: "Markdown notes",
		export.FormatJSON:     "W3C Web Annotation (JSON-LD)",
		export.FormatCSL:      "CSL-JSON (Zotero)",
		export.FormatBibTeX:   "BibTeX",
		export.FormatCSV:      "CSV of entity mentions",
		export.FormatCSVExcel: "CSV of entity mentions, for Excel",
		export.FormatHTML:     "Web page with pictures (HTML)",
	}
	flavourNames = map[export.Flavour]string{
		"":                     "Obsidian, or the template's own",
		export.FlavourObsidian: "Obsidian",
		export.FlavourLogseq:   "Logseq",
	}
	layoutNames = map[export.Layout]string{
		export.LayoutFull:       "Full article, highlights marked",
		export.LayoutHighlights: "Highlights only",
	}
	orderNames = map[export.Order]string{
		export.OrderArticle: "As in the article",
		export.OrderColor:   "Grouped by colour",
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

// labelsOf returns the labels of choices in menu order.
func labelsOf[K comparable](names map[K]string, choices []K) []string {
	out := make([]string, len(choices))
	for i, c := range choices {
		out[i] = names[c]
	}
	return out
}

// choiceOf returns the choice whose label is label, or def.
func choiceOf[K comparable](names map[K]string, label string, def K) K {
	for k, l := range names {
		if l == label {
			return k
		}
	}
	return def
}

func formatLabels() []string { return labelsOf(formatNames, export.Formats) }

func formatLabel(f export.Format) string { return formatNames[f] }

func formatFromLabel(s string) export.Format {
	return choiceOf(formatNames, s, export.FormatMarkdown)
}

func layoutLabel(l export.Layout) string { return layoutNames[l] }

func layoutFromLabel(s string) export.Layout { return choiceOf(layoutNames, s, export.LayoutFull) }

func citationLabels() []string { return labelsOf(citationNames, export.CitationStyles) }

func citationLabel(c export.CitationStyle) string { return citationNames[c] }

func citationFromLabel(s string) export.CitationStyle {
	return choiceOf(citationNames, s, export.CitationAPA)
}

// previewLimit is how much of an export the preview shows: a page with
// its pictures inlined can run to megabytes, which a label cannot lay out
// quickly.
const previewLimit = 40_000

// exportDialog is the export dialog with its fields, so tests can set them.
type exportDialog struct {
	w           *mainWindow
	dialog      *dialog.CustomDialog
	format      *widget.Select
	flavour     *widget.Select
	template    *widget.Select
	tplPath     *escapeEntry
	tplChoose   *widget.Button
	layout      *widget.RadioGroup
	order       *widget.Select
	mark        *widget.Select
	notes       *widget.Select
	links       *widget.Check
	appendix    *widget.Check
	citation    *widget.Select
	images      *widget.Check
	attachments *escapeEntry
	scope       *widget.RadioGroup
	dest        *escapeEntry
	choose      *widget.Button
	progress    *widget.ProgressBar
	status      *widget.Label
	run         *widget.Button
	cancel      *widget.Button
	// preview shows what the export writes for the first clipping in
	// scope; previewTitle says which, or why there is none.
	preview      *widget.Label
	previewTitle *widget.Label
	previewSeq   int // numbers the previews asked for, so a late one is dropped
	// The rows that show only for some choices, label and field together.
	md, tplRows, orderRows, pictureRows, attachRows []fyne.CanvasObject

	filter    library.Filter
	current   int64
	title     string
	stop      context.CancelFunc
	scopeText []string
	picked    []int64 // the clippings picked in the list when the dialog opened
	built     bool    // set when every field is made, so changes update the dialog
}

// ShowExport shows the export dialog, set to the saved defaults.
func (w *mainWindow) ShowExport() {
	d := w.newExportDialog()
	w.showDialog(d.dialog, d.close)
}

func (w *mainWindow) newExportDialog() *exportDialog {
	s := w.prefs
	o := s.ExportOptions
	d := &exportDialog{w: w, filter: w.list.filter, current: w.currentID()}
	if w.current != nil {
		d.title = w.current.Title
	}
	changed := func(string) { d.changed() }
	d.format = widget.NewSelect(formatLabels(), changed)
	d.flavour = widget.NewSelect(labelsOf(flavourNames, append([]export.Flavour{""}, export.Flavours...)), changed)
	d.flavour.SetSelected(flavourNames[o.Flavour])
	d.template = widget.NewSelect(templateLabels(), changed)
	d.tplPath = w.newDialogEntry(false)
	d.tplPath.SetPlaceHolder("A text/template file (see docs/templates.md)")
	d.tplPath.OnSubmitted = changed
	d.tplChoose = widget.NewButtonWithIcon("Choose…", theme.FileIcon(), d.chooseTemplate)
	d.setTemplate(s.ExportTemplate)
	d.layout = widget.NewRadioGroup(labelsOf(layoutNames, export.Layouts), changed)
	d.layout.Horizontal = true
	d.layout.Required = true
	d.layout.SetSelected(layoutLabel(o.Layout))
	d.order = widget.NewSelect(labelsOf(orderNames, export.Orders), changed)
	d.order.SetSelected(orderNames[o.Order])
	d.mark = widget.NewSelect(labelsOf(markNames, export.MarkStyles), changed)
	d.mark.SetSelected(markNames[o.Mark])
	d.notes = widget.NewSelect(labelsOf(noteNames, export.NoteStyles), changed)
	d.notes.SetSelected(noteNames[o.Notes])
	d.links = widget.NewCheck("Link entities as [[wiki links]]", func(bool) { d.changed() })
	d.links.SetChecked(o.EntityLinks)
	d.appendix = widget.NewCheck("End with the entities it mentions", func(bool) { d.changed() })
	d.appendix.SetChecked(o.EntityAppendix)
	d.citation = widget.NewSelect(citationLabels(), changed)
	d.citation.SetSelected(citationLabel(o.Citation))
	d.images = widget.NewCheck("Keep the pictures (off: link to where they were)", func(bool) { d.changed() })
	d.images.SetChecked(s.ExportImages)
	d.attachments = w.newDialogEntry(false)
	d.attachments.SetText(firstOf(s.ExportAttachments, export.DefaultAttachments))
	d.attachments.OnSubmitted = changed

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
	d.scope = widget.NewRadioGroup(d.scopeText, changed)
	d.scope.Required = true
	d.dest = w.newDialogEntry(false)
	d.dest.SetPlaceHolder("Choose where to save…")
	d.choose = widget.NewButtonWithIcon("Choose…", theme.FolderOpenIcon(), d.chooseDest)
	d.progress = widget.NewProgressBar()
	d.progress.Hide()
	d.status = widget.NewLabel("")
	d.status.Wrapping = fyne.TextWrapWord
	d.status.Hide()

	d.preview = widget.NewLabel("")
	d.preview.TextStyle.Monospace = true
	d.preview.Wrapping = fyne.TextWrapWord
	d.preview.Selectable = true
	d.previewTitle = widget.NewLabelWithStyle("Preview", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.previewTitle.Truncation = fyne.TextTruncateEllipsis
	previewScroll := container.NewVScroll(d.preview)
	previewScroll.SetMinSize(fyne.NewSize(440, 400))

	// One form, so every label lines up; the rows that apply to some
	// choices only hide, label and field together, for the others.
	row := func(label string, field fyne.CanvasObject) []fyne.CanvasObject {
		l := widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		return []fyne.CanvasObject{l, field}
	}
	d.tplRows = row("Template file", container.NewBorder(nil, nil, nil, d.tplChoose, d.tplPath))
	d.orderRows = row("Order", d.order)
	d.attachRows = row("Pictures folder", d.attachments)
	d.pictureRows = row("", d.images)
	d.md = append(d.md, row("Flavour", d.flavour)...)
	d.md = append(d.md, row("Template", d.template)...)
	d.md = append(d.md, d.tplRows...)
	d.md = append(d.md, row("Layout", d.layout)...)
	d.md = append(d.md, d.orderRows...)
	d.md = append(d.md, row("Marks", d.mark)...)
	d.md = append(d.md, row("Notes", d.notes)...)
	d.md = append(d.md, row("Citation", d.citation)...)
	d.md = append(d.md, row("", d.links)...)
	d.md = append(d.md, row("", d.appendix)...)
	form := container.New(layout.NewFormLayout())
	form.Objects = append(form.Objects, row("Export", d.scope)...)
	form.Objects = append(form.Objects, row("Format", d.format)...)
	form.Objects = append(form.Objects, d.md...)
	form.Objects = append(form.Objects, d.pictureRows...)
	form.Objects = append(form.Objects, d.attachRows...)
	left := container.NewVScroll(form)
	left.SetMinSize(fyne.NewSize(500, 400))
	right := container.NewBorder(d.previewTitle, nil, nil, nil, previewScroll)
	split := container.NewHSplit(left, right)
	split.SetOffset(0.55)
	// Where to save, the progress and the summary stay in sight below the
	// choices, however far those are scrolled.
	save := container.New(layout.NewFormLayout(), row("Save to", container.NewBorder(nil, nil, nil, d.choose, d.dest))...)
	content := container.NewBorder(nil, container.NewVBox(save, d.progress, d.status), nil, nil, split)

	d.run = widget.NewButtonWithIcon("Export", theme.DocumentSaveIcon(), d.start)
	d.run.Importance = widget.HighImportance
	d.cancel = widget.NewButton("Close", d.close)
	d.dialog = dialog.NewCustomWithoutButtons("Export", content, w.win)
	d.dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.run})
	d.dialog.Resize(fyne.NewSize(1040, 640))

	d.format.SetSelected(formatLabel(s.ExportFormat))
	if len(d.picked) > 0 {
		d.scope.SetSelected(d.scopeText[scopePicked])
	} else if d.current != 0 {
		d.scope.SetSelected(d.scopeText[scopeClipping])
	} else {
		d.scope.SetSelected(d.scopeText[scopeList])
	}
	d.built = true
	d.changed()
	return d
}

// setTemplate selects a template by its shipped name or a file's path.
func (d *exportDialog) setTemplate(nameOrPath string) {
	for _, s := range export.ShippedTemplates {
		if s.Name == nameOrPath {
			d.template.SetSelected(templateNames[s.Name])
			return
		}
	}
	if nameOrPath == "" {
		d.template.SetSelected(templateNames[""])
		return
	}
	d.tplPath.SetText(nameOrPath)
	d.template.SetSelected(templateNames[templateFile])
}

// templateChoice is the chosen template's shipped name or file path, ""
// for none.
func (d *exportDialog) templateChoice() string {
	name := choiceOf(templateNames, d.template.Selected, "")
	if name == templateFile {
		return strings.TrimSpace(d.tplPath.Text)
	}
	return name
}

// plural is "1 clipping", "3 clippings" or "50,000 clippings".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return library.Thousands(n) + " " + word + "s"
}

// request reads the dialog's fields into an exportRequest, without loading
// its note template: withTemplate does that off the UI goroutine, as it
// may read a file. The error is a choice that cannot be used: no template
// file chosen, a pictures folder outside the notes' folder.
func (d *exportDialog) request() (exportRequest, error) {
	req := exportRequest{
		Format:      formatFromLabel(d.format.Selected),
		Picked:      d.picked,
		Dest:        strings.TrimSpace(d.dest.Text),
		Attachments: strings.TrimSpace(d.attachments.Text),
		NoImages:    !d.images.Checked,
	}
	for i, t := range d.scopeText {
		if t == d.scope.Selected {
			req.Scope = exportScope(i)
		}
	}
	opts := d.w.prefs.ExportOptions
	opts.Flavour = choiceOf(flavourNames, d.flavour.Selected, "")
	opts.Layout = layoutFromLabel(d.layout.Selected)
	opts.Order = choiceOf(orderNames, d.order.Selected, export.OrderArticle)
	opts.Mark = choiceOf(markNames, d.mark.Selected, export.MarkEquals)
	opts.Notes = choiceOf(noteNames, d.notes.Selected, export.NotesFootnotes)
	opts.Citation = citationFromLabel(d.citation.Selected)
	opts.EntityLinks = d.links.Checked
	opts.EntityAppendix = d.appendix.Checked
	opts.Template = nil
	req.Options = opts
	if req.Format != export.FormatMarkdown {
		return req, nil
	}
	req.Template = d.templateChoice()
	if req.Template == "" && choiceOf(templateNames, d.template.Selected, "") == templateFile {
		return req, errors.New("choose the template file")
	}
	if !req.NoImages {
		if err := export.CheckAttachments(firstOf(req.Attachments, export.DefaultAttachments)); err != nil {
			return req, err
		}
	}
	return req, nil
}

// loadTemplate loads a note template by its shipped name or file path; a
// variable so tests can watch where and how often it runs.
var loadTemplate = export.LoadTemplate

// withTemplate returns req with its note template loaded. It reads the
// template's file, so it runs off the UI goroutine.
func withTemplate(req exportRequest) (exportRequest, error) {
	if req.Template == "" || req.Format != export.FormatMarkdown {
		return req, nil
	}
	t, err := loadTemplate(req.Template)
	if err != nil {
		return req, err
	}
	req.Options.Template = t
	return req, nil
}

// changed updates the dialog and its preview after a choice changed,
// reading the dialog's fields once for both. When update moves the scope
// off "This clipping" (none is open), the scope's own change has already
// shown the preview of the new choice, so this one stops: going on would
// show the stale request's preview over it.
func (d *exportDialog) changed() {
	if !d.built {
		return
	}
	req, err := d.request()
	if d.update(req) {
		return
	}
	d.refreshPreview(req, err)
}

// update shows the options that apply to the chosen format and scope. It
// reports whether it changed the scope, which runs changed again.
func (d *exportDialog) update(req exportRequest) (scopeChanged bool) {
	md := req.Format == export.FormatMarkdown
	showRows(d.md, md)
	showRows(d.tplRows, md && choiceOf(templateNames, d.template.Selected, "") == templateFile)
	showRows(d.orderRows, md && req.Options.Layout == export.LayoutHighlights)
	showRows(d.pictureRows, md || req.Format == export.FormatHTML)
	showRows(d.attachRows, md && !req.NoImages)
	if d.current == 0 {
		d.scope.Disable()
		if req.Scope == scopeClipping {
			d.scope.SetSelected(d.scopeText[scopeList])
			scopeChanged = true
		}
		d.scope.Enable()
	}
	if req.ToFolder() {
		d.dest.SetPlaceHolder("Choose a folder for the notes…")
	} else {
		d.dest.SetPlaceHolder("Choose a file to save…")
	}
	d.dialog.Refresh()
	return scopeChanged
}

// showRows shows or hides rows of the form.
func showRows(rows []fyne.CanvasObject, show bool) {
	for _, o := range rows {
		if show {
			o.Show()
		} else {
			o.Hide()
		}
	}
}

// refreshPreview renders, in the background, what the export writes for
// the first clipping in scope, with export.Preview: the export's own
// rendering, not a copy of it. req and err are what request read.
func (d *exportDialog) refreshPreview(req exportRequest, err error) {
	d.previewSeq++
	seq := d.previewSeq
	if err != nil {
		d.showPreview(seq, "Preview", "", err)
		return
	}
	w := d.w
	current, filter := d.current, d.filter
	w.background(func(ctx context.Context) {
		var ids []int64
		var text string
		req, err := withTemplate(req)
		if err != nil {
			w.do(func() { d.showPreview(seq, "Preview", "", err) })
			return
		}
		if req.Scope == scopePicked {
			ids = req.Picked[:min(1, len(req.Picked))]
		} else {
			ids, err = w.exportIDs(ctx, req.Scope, current, filter, 1)
		}
		title := "Nothing to preview: no clipping is in the export."
		if err == nil && len(ids) > 0 {
			title = "Preview of this clipping"
			if req.Scope != scopeClipping {
				title = "Preview of the first clipping"
			}
			text, err = export.Preview(ctx, w.lib, ids[0], req.Format, req.Options, req.Attachments, !req.NoImages)
		}
		w.do(func() { d.showPreview(seq, title, text, err) })
	})
}

// showPreview shows a rendered preview unless a newer one was asked for.
func (d *exportDialog) showPreview(seq int, title, text string, err error) {
	if seq != d.previewSeq {
		return
	}
	if err != nil {
		d.previewTitle.SetText("No preview")
		d.preview.SetText(sentence(err))
		d.preview.Importance = widget.DangerImportance
		return
	}
	if len(text) > previewLimit {
		cut := previewLimit
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut] + "\n\n… (the preview stops here; the export writes all of it)"
	}
	d.previewTitle.SetText(title)
	d.preview.Importance = widget.MediumImportance
	d.preview.SetText(text)
}

// sentence makes an error from export a sentence: a capital first and a
// full stop last. Library errors keep errorMessage's sentences.
func sentence(err error) string {
	if errors.Is(err, library.ErrNotFound) || errors.Is(err, library.ErrReadOnly) || errors.Is(err, library.ErrDiskFull) {
		return errorMessage(err)
	}
	s := err.Error()
	if s == "" {
		return s
	}
	s = annotate.Capitalise(s)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// chooseTemplate asks the platform's file dialog for a template file.
func (d *exportDialog) chooseTemplate() {
	choosePath(d.w.win, nil, func(path string) {
		d.tplPath.SetText(path)
		d.changed()
	})
}

// chooseDest asks the platform's file dialog for a folder or a file.
func (d *exportDialog) chooseDest() {
	req, _ := d.request()
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

// start runs the export in the background with progress and Cancel. The
// note template is loaded there too, as it may be read from a file.
func (d *exportDialog) start() {
	req, err := d.request()
	if err != nil {
		d.status.Importance = widget.DangerImportance
		d.status.SetText(sentence(err))
		d.status.Show()
		return
	}
	if req.Dest == "" {
		d.chooseDest()
		return
	}
	w := d.w
	ctx, stop := context.WithCancel(w.ctx)
	d.stop = stop
	d.run.Disable()
	d.cancel.SetText("Cancel")
	d.progress.SetValue(0)
	d.progress.Show()
	d.status.Hide()
	w.background(func(context.Context) {
		req, err := withTemplate(req)
		if err != nil {
			stop()
			w.do(func() { d.done(sentence(err), widget.DangerImportance) })
			return
		}
		w.do(func() { d.remember(req) })
		res, err := w.Export(ctx, req, d.current, d.filter, func(done, total int) {
			w.do(func() { d.progress.SetValue(float64(done) / float64(max(total, 1))) })
		})
		stop()
		w.do(func() { d.finish(res, err) })
	})
}

// remember saves the export's choices as the dialog's defaults. start
// calls it once the note template has loaded, so a template that does not
// load is not chosen again next time.
func (d *exportDialog) remember(req exportRequest) {
	p := d.w.prefs
	p.ExportFormat = req.Format
	p.ExportOptions = req.Options
	p.ExportOptions.Template = nil
	p.ExportTemplate = req.Template
	p.ExportAttachments = req.Attachments
	p.ExportImages = !req.NoImages
	p.Save()
}

// finish shows what the export did.
func (d *exportDialog) finish(res exportResult, err error) {
	switch {
	case err == context.Canceled:
		d.done("Export cancelled. "+res.Summary(), d.status.Importance)
	case err != nil:
		d.done(errorMessage(err), widget.DangerImportance)
	default:
		d.done(res.Summary(), widget.SuccessImportance)
	}
}

// done ends a running export, showing a sentence about it.
func (d *exportDialog) done(text string, importance widget.Importance) {
	d.stop = nil
	d.progress.Hide()
	d.run.Enable()
	d.cancel.SetText("Close")
	d.status.Importance = importance
	d.status.SetText(text)
	d.status.Show()
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
	if req.NoImages || req.Format != export.FormatMarkdown && req.Format != export.FormatHTML {
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
	_, err := export.WriteAttachments(dir, req.Attachments, items)
	return err
}
