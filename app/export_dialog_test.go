package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/export"
)

// highlightIn highlights passage in the open clipping, as a person would.
func highlightIn(t *testing.T, w *mainWindow, passage string) {
	t.Helper()
	text := w.reader.Text()
	i := strings.Index(text, passage)
	if i < 0 {
		t.Fatalf("%q is not in the article", passage)
	}
	start := len([]rune(text[:i]))
	w.AddHighlight(start, start+len([]rune(passage)), annotate.Yellow)
	w.wait()
}

// exportAndRead runs the dialog's export to dest and returns what it wrote
// there (a file) or at note (a folder's note).
func exportAndRead(t *testing.T, w *mainWindow, d *exportDialog, dest, note string) string {
	t.Helper()
	d.dest.SetText(dest)
	test.Tap(d.run)
	w.wait()
	b, err := os.ReadFile(filepath.Join(dest, note))
	if err != nil {
		t.Fatalf("%v (status %q)", err, d.status.Text)
	}
	return string(b)
}

func TestTheExportPreviewIsWhatTheExportWrites(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city", "Storm closes the airport")
	w.OpenClipping(ids[0])
	w.wait()
	highlightIn(t, w, "the port authority was expected to announce its plans")
	custom := filepath.Join(t.TempDir(), "mine.md.tmpl")
	if err := os.WriteFile(custom, []byte("# {{.Title}}\n\nCite as {{.CiteKey}}; {{len .Highlights}} highlight(s).\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	d := w.newExportDialog()
	w.wait()
	d.format.SetSelected(formatLabel(export.FormatMarkdown))
	d.scope.SetSelected(d.scopeText[scopeClipping])
	d.template.SetSelected(templateNames[""])
	d.flavour.SetSelected(flavourNames[""])
	w.wait()

	cases := []struct {
		name, flavour, template, file string
		want                          string // in the preview
	}{
		{"the default layout for Obsidian", "", "", "", "---\n"},
		{"the default layout for Logseq", string(export.FlavourLogseq), "", "", "title:: Harbour plans divide the city\n"},
		{"the Obsidian literature template", "", "obsidian-literature", "", "the port authority was expected"},
		{"the Logseq page template", "", "logseq-page", "", "- **Highlights**"},
		{"the list of highlights for Logseq", string(export.FlavourLogseq), "highlights-list", "", "the port authority was expected"},
		{"a template file", "", templateFile, custom, "; 1 highlight(s).\n"},
	}
	seen := map[string]string{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d.flavour.SetSelected(flavourNames[export.Flavour(c.flavour)])
			d.tplPath.SetText(c.file)
			d.template.SetSelected(templateNames[c.template])
			w.wait()
			got := d.preview.Text
			if !strings.Contains(got, c.want) || !strings.Contains(got, "Harbour plans divide the city") {
				t.Fatalf("preview (%s) lacks %q:\n%s", d.previewTitle.Text, c.want, got)
			}
			for other, text := range seen {
				if text == got {
					t.Errorf("the preview is the same as for %s", other)
				}
			}
			seen[c.name] = got
			dir := t.TempDir()
			if written := exportAndRead(t, w, d, filepath.Join(dir, "note.md"), ""); written != got {
				t.Errorf("the export wrote\n%s\nthe preview showed\n%s", written, got)
			}
		})
	}

	t.Run("a template file that does not parse says so", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad.md.tmpl")
		if err := os.WriteFile(bad, []byte("{{.Title"), 0o644); err != nil {
			t.Fatal(err)
		}
		d.tplPath.SetText(bad)
		d.template.SetSelected(templateNames[templateFile])
		d.changed()
		w.wait()
		if d.previewTitle.Text != "No preview" || !strings.HasPrefix(d.preview.Text, "The note template has an error") {
			t.Errorf("preview %q: %q", d.previewTitle.Text, d.preview.Text)
		}
	})

	t.Run("the note in a folder export is the preview of the first clipping", func(t *testing.T) {
		d.template.SetSelected(templateNames["highlights-list"])
		d.flavour.SetSelected(flavourNames[export.FlavourObsidian])
		d.scope.SetSelected(d.scopeText[scopeAll])
		w.wait()
		first, err := w.exportIDs(context.Background(), scopeAll, 0, d.filter, 1)
		if err != nil || len(first) != 1 {
			t.Fatalf("first clipping %v, %v", first, err)
		}
		c, err := w.lib.Get(context.Background(), first[0])
		if err != nil {
			t.Fatal(err)
		}
		got := d.preview.Text
		if d.previewTitle.Text != "Preview of the first clipping" || !strings.Contains(got, c.Title) {
			t.Fatalf("preview %q of %q:\n%s", d.previewTitle.Text, c.Title, got)
		}
		if written := exportAndRead(t, w, d, filepath.Join(t.TempDir(), "vault"), export.SafeName(c.Title)+".md"); written != got {
			t.Errorf("the export wrote\n%s\nthe preview showed\n%s", written, got)
		}
	})

	t.Run("other formats preview the export of the clipping too", func(t *testing.T) {
		d.scope.SetSelected(d.scopeText[scopeClipping])
		for _, f := range []export.Format{export.FormatBibTeX, export.FormatCSL, export.FormatCSVExcel} {
			d.format.SetSelected(formatLabel(f))
			w.wait()
			got := d.preview.Text
			if written := exportAndRead(t, w, d, filepath.Join(t.TempDir(), "out"+f.Ext()), ""); written != got || got == "" {
				t.Errorf("%s: the export wrote\n%s\nthe preview showed\n%s", f, written, got)
			}
		}
	})

	t.Run("the choices are remembered", func(t *testing.T) {
		d.format.SetSelected(formatLabel(export.FormatMarkdown))
		d.flavour.SetSelected(flavourNames[export.FlavourLogseq])
		d.tplPath.SetText(custom)
		d.template.SetSelected(templateNames[templateFile])
		d.order.SetSelected(orderNames[export.OrderColor])
		d.appendix.SetChecked(false)
		d.images.SetChecked(false)
		exportAndRead(t, w, d, filepath.Join(t.TempDir(), "n.md"), "")
		again := newTestSettingsDialog(w)
		if again.flavour.Selected != flavourNames[export.FlavourLogseq] || again.templateChoice() != custom ||
			again.order.Selected != orderNames[export.OrderColor] || again.appendix.Checked || again.images.Checked {
			t.Errorf("the dialog opened again with flavour %q, template %q, order %q, appendix %v, pictures %v",
				again.flavour.Selected, again.templateChoice(), again.order.Selected, again.appendix.Checked, again.images.Checked)
		}
	})
}

// newTestSettingsDialog opens the export dialog again on settings read back
// from the preferences, as after a restart.
func newTestSettingsDialog(w *mainWindow) *exportDialog {
	w.prefs = loadSettings(w.app.Preferences())
	d := w.newExportDialog()
	w.wait()
	return d
}

func TestTheExportDialogLoadsItsTemplateOncePerChangeOffTheUIGoroutine(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city")
	w.OpenClipping(ids[0])
	w.wait()
	custom := filepath.Join(t.TempDir(), "mine.md.tmpl")
	if err := os.WriteFile(custom, []byte("# {{.Title}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := w.newExportDialog()
	w.wait()
	d.format.SetSelected(formatLabel(export.FormatMarkdown))
	d.scope.SetSelected(d.scopeText[scopeClipping])
	d.template.SetSelected(templateNames[""])
	w.wait()

	// The loader waits for a token the test hands over only once the
	// change has returned to it: a load on the UI goroutine (here the
	// test's) would wait in vain.
	gate := make(chan struct{}, 8)
	var calls atomic.Int32
	var blocked atomic.Bool
	loadTemplate = func(name string) (*export.Template, error) {
		calls.Add(1)
		select {
		case <-gate:
		case <-time.After(2 * time.Second):
			blocked.Store(true)
		}
		return export.LoadTemplate(name)
	}
	t.Cleanup(func() { loadTemplate = export.LoadTemplate })

	for _, c := range []struct {
		name   string
		change func()
	}{
		{"choosing a shipped template", func() { d.template.SetSelected(templateNames["obsidian-literature"]) }},
		{"choosing another flavour", func() { d.flavour.SetSelected(flavourNames[export.FlavourLogseq]) }},
		{"ticking a box", func() { d.links.SetChecked(!d.links.Checked) }},
		{"choosing a template file", func() {
			d.tplPath.SetText(custom)
			d.template.SetSelected(templateNames[templateFile])
		}},
		{"exporting", func() {
			d.dest.SetText(filepath.Join(t.TempDir(), "note.md"))
			test.Tap(d.run)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			calls.Store(0)
			c.change()
			gate <- struct{}{}
			w.wait()
			if blocked.Load() {
				t.Fatal("the template was loaded on the UI goroutine")
			}
			if n := calls.Load(); n != 1 {
				t.Errorf("the template was loaded %d times", n)
			}
		})
	}
	if !strings.HasSuffix(d.preview.Text, "\n# Harbour plans divide the city\n") || d.status.Importance != widget.SuccessImportance {
		t.Errorf("preview %q, status %q", d.preview.Text, d.status.Text)
	}
}

func TestChoosingThisClippingWithNoneOpenPreviewsTheList(t *testing.T) {
	w := newTestWindow(t)
	addArticles(t, w.lib, "Harbour plans divide the city")
	w.wait()
	d := w.newExportDialog()
	w.wait()
	if d.current != 0 {
		t.Fatalf("a clipping is open: %d", d.current)
	}
	d.scope.SetSelected(d.scopeText[scopeClipping])
	w.wait()
	if d.scope.Selected != d.scopeText[scopeList] {
		t.Fatalf("the scope stayed %q", d.scope.Selected)
	}
	if d.previewTitle.Text != "Preview of the first clipping" || !strings.Contains(d.preview.Text, "Harbour plans divide the city") {
		t.Errorf("with the list chosen the preview is %q:\n%s", d.previewTitle.Text, d.preview.Text)
	}
}

func TestATemplateThatDoesNotLoadIsNotRemembered(t *testing.T) {
	w := newTestWindow(t)
	ids := addArticles(t, w.lib, "Harbour plans divide the city")
	w.OpenClipping(ids[0])
	w.wait()
	bad := filepath.Join(t.TempDir(), "bad.md.tmpl")
	if err := os.WriteFile(bad, []byte("{{.Title"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := w.newExportDialog()
	w.wait()
	d.format.SetSelected(formatLabel(export.FormatMarkdown))
	d.tplPath.SetText(bad)
	d.template.SetSelected(templateNames[templateFile])
	d.dest.SetText(filepath.Join(t.TempDir(), "note.md"))
	test.Tap(d.run)
	w.wait()
	if d.status.Importance != widget.DangerImportance {
		t.Fatalf("the export with a broken template says %q", d.status.Text)
	}
	if again := newTestSettingsDialog(w); again.templateChoice() == bad {
		t.Errorf("the broken template %s is chosen again", bad)
	}
}
