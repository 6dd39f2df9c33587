package app

import (
	"encoding/json"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/export"
)

// settings are the person's preferences, kept in fyne Preferences under
// the app's ID so they survive a restart.
type settings struct {
	prefs fyne.Preferences

	LibraryDir     string         // "" uses the library the command line names
	Theme          string         // themeSystem, themeLight or themeDark
	TextSize       float32        // reader body text size; 0 follows the theme
	HighlightColor annotate.Color // colour of a new highlight
	ExportFormat   export.Format
	ExportOptions  export.MarkdownOptions // all but the Template
	// ExportTemplate is the note template: a shipped one's name, a file's
	// path, or "" for none.
	ExportTemplate string
	// ExportAttachments is the folder beside the notes pictures go to;
	// ExportImages is false to leave the pictures out.
	ExportAttachments string
	ExportImages      bool

	// CapturePort is the loopback port the browser sends pages to.
	CapturePort int

	Width, Height float32 // the window's last size
	LastClipping  int64   // the clipping open when the window closed
}

// The theme choices.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// Preference keys.
const (
	prefLibrary      = "library"
	prefTheme        = "theme"
	prefTextSize     = "reader.textSize"
	prefColor        = "highlight.color"
	prefExportFormat = "export.format"
	prefLayout       = "export.layout"
	prefMark         = "export.mark"
	prefNotes        = "export.notes"
	prefCitation     = "export.citation"
	prefEntityLinks  = "export.entityLinks"
	prefOrder        = "export.order"
	prefAppendix     = "export.entityAppendix"
	prefFlavour      = "export.flavour"
	prefTemplate     = "export.template"
	prefAttachments  = "export.attachments"
	prefImages       = "export.images"
	prefWidth        = "window.width"
	prefHeight       = "window.height"
	prefLast         = "window.lastClipping"
	prefCapturePort  = "capture.port"
)

// loadSettings reads the settings from p, with defaults for what is unset.
func loadSettings(p fyne.Preferences) *settings {
	d := export.DefaultMarkdownOptions()
	s := &settings{
		prefs:          p,
		LibraryDir:     p.String(prefLibrary),
		Theme:          p.StringWithFallback(prefTheme, themeSystem),
		TextSize:       float32(p.Float(prefTextSize)),
		HighlightColor: annotate.Color(p.StringWithFallback(prefColor, string(annotate.Yellow))),
		ExportFormat:   export.Format(p.StringWithFallback(prefExportFormat, string(export.FormatMarkdown))),
		Width:          float32(p.FloatWithFallback(prefWidth, 1280)),
		Height:         float32(p.FloatWithFallback(prefHeight, 800)),
		LastClipping:   int64(p.Int(prefLast)),
		CapturePort:    p.IntWithFallback(prefCapturePort, defaultCapturePort),
	}
	s.ExportOptions = d
	s.ExportOptions.Layout = export.Layout(p.StringWithFallback(prefLayout, string(d.Layout)))
	s.ExportOptions.Mark = export.MarkStyle(p.StringWithFallback(prefMark, string(d.Mark)))
	s.ExportOptions.Notes = export.NoteStyle(p.StringWithFallback(prefNotes, string(d.Notes)))
	s.ExportOptions.Citation = export.CitationStyle(p.StringWithFallback(prefCitation, string(d.Citation)))
	s.ExportOptions.EntityLinks = p.BoolWithFallback(prefEntityLinks, d.EntityLinks)
	s.ExportOptions.Order = export.Order(p.StringWithFallback(prefOrder, string(d.Order)))
	s.ExportOptions.EntityAppendix = p.BoolWithFallback(prefAppendix, d.EntityAppendix)
	s.ExportOptions.Flavour = export.Flavour(p.String(prefFlavour))
	s.ExportTemplate = p.String(prefTemplate)
	s.ExportAttachments = p.StringWithFallback(prefAttachments, export.DefaultAttachments)
	s.ExportImages = p.BoolWithFallback(prefImages, true)
	if s.ExportOptions.Validate() != nil {
		s.ExportOptions = d
	}
	if s.CapturePort < 0 || s.CapturePort > 65535 {
		s.CapturePort = defaultCapturePort
	}
	if s.Width < 640 || s.Height < 400 {
		s.Width, s.Height = 1280, 800
	}
	return s
}

// Save writes the settings back to the preferences.
func (s *settings) Save() {
	p := s.prefs
	p.SetString(prefLibrary, s.LibraryDir)
	p.SetString(prefTheme, s.Theme)
	p.SetFloat(prefTextSize, float64(s.TextSize))
	p.SetString(prefColor, string(s.HighlightColor))
	p.SetString(prefExportFormat, string(s.ExportFormat))
	p.SetString(prefLayout, string(s.ExportOptions.Layout))
	p.SetString(prefMark, string(s.ExportOptions.Mark))
	p.SetString(prefNotes, string(s.ExportOptions.Notes))
	p.SetString(prefCitation, string(s.ExportOptions.Citation))
	p.SetBool(prefEntityLinks, s.ExportOptions.EntityLinks)
	p.SetString(prefOrder, string(s.ExportOptions.Order))
	p.SetBool(prefAppendix, s.ExportOptions.EntityAppendix)
	p.SetString(prefFlavour, string(s.ExportOptions.Flavour))
	p.SetString(prefTemplate, s.ExportTemplate)
	p.SetString(prefAttachments, s.ExportAttachments)
	p.SetBool(prefImages, s.ExportImages)
	p.SetFloat(prefWidth, float64(s.Width))
	p.SetFloat(prefHeight, float64(s.Height))
	p.SetInt(prefLast, int(s.LastClipping))
	p.SetInt(prefCapturePort, s.CapturePort)
}

// forcedTheme is Fyne's default theme shown in one variant whatever the
// system prefers.
type forcedTheme struct {
	variant fyne.ThemeVariant
}

// Color is part of fyne.Theme.
func (t forcedTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, t.variant)
}

// Font is part of fyne.Theme.
func (t forcedTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon is part of fyne.Theme.
func (t forcedTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size is part of fyne.Theme.
func (t forcedTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// themeFor returns the theme for a theme choice.
func themeFor(choice string) fyne.Theme {
	switch choice {
	case themeLight:
		return forcedTheme{variant: theme.VariantLight}
	case themeDark:
		return forcedTheme{variant: theme.VariantDark}
	}
	return theme.DefaultTheme()
}

// prepareTheme makes Fyne start in the theme variant chosen in the
// preferences. It must run before the app is created: Fyne reads the
// variant it reports to widgets (and so to the reader's palette) from
// FYNE_THEME once, while creating the app, before the app's preferences
// can be asked. So the choice is read from fyne's preferences file itself.
func prepareTheme(id string) {
	if os.Getenv("FYNE_THEME") != "" {
		return
	}
	dir, err := fyneStorageDir(id)
	if err != nil {
		return
	}
	data, err := os.ReadFile(filepath.Join(dir, "preferences.json"))
	if err != nil {
		return
	}
	var p map[string]any
	if json.Unmarshal(data, &p) != nil {
		return
	}
	if choice, _ := p[prefTheme].(string); choice == themeLight || choice == themeDark {
		_ = os.Setenv("FYNE_THEME", choice)
	}
}

// textSizes are the reader text sizes offered, in points.
var textSizes = []string{"Theme default", "13", "14", "15", "16", "18", "20", "22", "24"}

// preferencesForm is the preferences dialog's content with its fields, so
// tests can set them.
type preferencesForm struct {
	library  *escapeEntry
	theme    *widget.RadioGroup
	textSize *widget.Select
	color    *widget.Select
	format   *widget.Select
	layout   *widget.Select
	citation *widget.Select
	capture  *captureSection
	form     *widget.Form
}

// ShowPreferences shows the preferences dialog; changes apply when the
// person saves.
func (w *mainWindow) ShowPreferences() {
	f := w.preferencesForm()
	d := dialog.NewCustomConfirm("Preferences", "Save", "Cancel", f.form, func(ok bool) {
		if ok {
			w.applyPreferences(f)
		}
		if w.capturePrefs == f.capture {
			w.capturePrefs = nil
		}
	}, w.win)
	d.Resize(fyne.NewSize(560, 0))
	w.showDialog(d, nil)
}

func (w *mainWindow) preferencesForm() *preferencesForm {
	s := w.prefs
	f := &preferencesForm{}
	f.library = w.newDialogEntry(false)
	f.library.SetText(s.LibraryDir)
	f.library.SetPlaceHolder(w.lib.Dir())
	browse := widget.NewButtonWithIcon("", theme.FolderOpenIcon(), func() {
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				f.library.SetText(u.Path())
			}
		}, w.win)
		d.Show()
	})
	libHint := newQuietText("A new location takes effect when Margin restarts.", theme.SizeNameCaptionText)

	f.theme = widget.NewRadioGroup([]string{"System", "Light", "Dark"}, nil)
	f.theme.Horizontal = true
	f.theme.SetSelected(annotate.Capitalise(s.Theme))

	f.textSize = widget.NewSelect(textSizes, nil)
	if s.TextSize > 0 {
		f.textSize.SetSelected(fmt.Sprint(int(s.TextSize)))
	} else {
		f.textSize.SetSelectedIndex(0)
	}

	var colors []string
	for _, c := range annotate.Colors {
		colors = append(colors, colorName(c))
	}
	f.color = widget.NewSelect(colors, nil)
	f.color.SetSelected(colorName(s.HighlightColor))

	f.format = widget.NewSelect(formatLabels(), nil)
	f.format.SetSelected(formatLabel(s.ExportFormat))
	f.layout = widget.NewSelect([]string{layoutLabel(export.LayoutFull), layoutLabel(export.LayoutHighlights)}, nil)
	f.layout.SetSelected(layoutLabel(s.ExportOptions.Layout))
	f.citation = widget.NewSelect(citationLabels(), nil)
	f.citation.SetSelected(citationLabel(s.ExportOptions.Citation))

	f.form = widget.NewForm(
		widget.NewFormItem("Library", container.NewBorder(nil, nil, nil, browse, f.library)),
		widget.NewFormItem("", libHint),
		widget.NewFormItem("Theme", f.theme),
		widget.NewFormItem("Reader text", f.textSize),
		widget.NewFormItem("Highlight", f.color),
		widget.NewFormItem("Export as", f.format),
		widget.NewFormItem("Markdown", f.layout),
		widget.NewFormItem("Citation", f.citation),
	)
	f.capture = w.newCaptureSection()
	for _, it := range f.capture.items() {
		f.form.AppendItem(it)
	}
	return f
}

// applyPreferences saves the form and applies what can change at once.
func (w *mainWindow) applyPreferences(f *preferencesForm) {
	s := w.prefs
	s.LibraryDir = strings.TrimSpace(f.library.Text)
	s.Theme = strings.ToLower(f.theme.Selected)
	if s.Theme == "" {
		s.Theme = themeSystem
	}
	s.TextSize = 0
	if f.textSize.SelectedIndex() > 0 {
		var v float32
		if _, err := fmt.Sscan(f.textSize.Selected, &v); err == nil {
			s.TextSize = v
		}
	}
	for _, c := range annotate.Colors {
		if colorName(c) == f.color.Selected {
			s.HighlightColor = c
		}
	}
	s.ExportFormat = formatFromLabel(f.format.Selected)
	s.ExportOptions.Layout = layoutFromLabel(f.layout.Selected)
	s.ExportOptions.Citation = citationFromLabel(f.citation.Selected)
	s.Save()
	if f.capture.port.Text != strconv.Itoa(s.CapturePort) {
		w.saveCapturePort(f.capture)
	}

	w.app.Settings().SetTheme(themeFor(s.Theme))
	w.reader.SetTextSize(s.TextSize)
	w.reader.SetDefaultColor(s.HighlightColor)
}

// colorName is a highlight colour's name for menus; a colour not in the
// palette is shown as the default, yellow.
func colorName(c annotate.Color) string {
	info, _ := annotate.DescribeColor(c)
	return info.Name
}
