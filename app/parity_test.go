package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"margin/annotate"
	"margin/cli"
	"margin/library"
)

// face is one of Margin's two faces driven as a person would drive it; each
// step returns the sentence the face showed, "" when it showed none.
type face interface {
	dropFile(t *testing.T, path string) string
	addFile(t *testing.T, path string) string
	tagAll(t *testing.T, quote string, typ annotate.EntityType) string
	undo(t *testing.T) string
	library() *library.Library
}

// commandLine runs margin's subcommands on a library folder.
type commandLine struct {
	dir string
	lib *library.Library // opened between commands, to read the result
}

func (c *commandLine) run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if c.lib != nil {
		c.lib.Close()
		c.lib = nil
	}
	var out, errb bytes.Buffer
	code = cli.Run(context.Background(), append([]string{"--library", c.dir}, args...),
		&cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// said is the sentence a command printed on standard error, without the
// command's name.
func said(stderr string) string {
	line, _, _ := strings.Cut(stderr, "\n")
	if i := strings.Index(line, ": "); i >= 0 && strings.HasPrefix(line, "margin ") {
		return line[i+2:]
	}
	return line
}

// The command line has no drop; a file dropped on the window is the file
// given to add.
func (c *commandLine) dropFile(t *testing.T, path string) string { return c.addFile(t, path) }

func (c *commandLine) addFile(t *testing.T, path string) string {
	_, _, stderr := c.run(t, "add", path)
	return said(stderr)
}

func (c *commandLine) tagAll(t *testing.T, quote string, typ annotate.EntityType) string {
	_, stdout, _ := c.run(t, "ls", "--json")
	if !strings.Contains(stdout, `"id": 1`) {
		t.Fatalf("no clipping 1 to tag: %s", stdout)
	}
	if code, _, stderr := c.run(t, "tag", "1", "--quote", quote, "--type", string(typ), "--all"); code != 0 {
		return said(stderr)
	}
	return ""
}

func (c *commandLine) undo(t *testing.T) string {
	_, stdout, stderr := c.run(t, "undo")
	if s, ok := strings.CutPrefix(strings.TrimSpace(stdout), "undid "); ok {
		return "Undid " + s + "."
	}
	return said(stderr)
}

func (c *commandLine) library() *library.Library {
	if c.lib == nil {
		l, err := library.Open(context.Background(), c.dir)
		if err != nil {
			panic(err)
		}
		c.lib = l
	}
	return c.lib
}

// window is the desktop window, driven through its handlers and dialogs.
type windowFace struct{ w *mainWindow }

// clipSentence is what the new-clipping dialog or the dialog after it
// said.
func (f windowFace) clipSentence() string {
	d := f.w.newClip
	if d != nil && d.status.Visible() {
		return d.status.Text
	}
	for _, want := range []string{"is already in your library."} {
		for _, o := range f.w.win.Canvas().Overlays().List() {
			for _, obj := range test.LaidOutObjects(o) {
				if s := objectText(obj); strings.Contains(s, want) {
					return strings.TrimSuffix(s, " Open it?")
				}
			}
		}
	}
	return ""
}

func (f windowFace) dropFile(t *testing.T, path string) string {
	dismissAll(f.w)
	f.w.dropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(path)})
	f.w.wait()
	return f.clipSentence()
}

func (f windowFace) addFile(t *testing.T, path string) string {
	dismissAll(f.w)
	f.w.ShowNewClip()
	d := f.w.newClip
	d.input.SetText("")
	test.Type(d.input, path)
	test.Tap(d.add)
	f.w.wait()
	return f.clipSentence()
}

func (f windowFace) tagAll(t *testing.T, quote string, typ annotate.EntityType) string {
	dismissAll(f.w)
	f.w.OpenClipping(1)
	f.w.wait()
	i := runeIndex(f.w.reader.Text(), quote)
	f.w.TagSelection(i, i+len([]rune(quote)), typ, true)
	f.w.wait()
	return ""
}

func (f windowFace) undo(t *testing.T) string {
	f.w.menu.undo.Action() // Ctrl+Z
	f.w.wait()
	// What was undone is what Redo now offers to redo.
	if s, ok := strings.CutPrefix(f.w.menu.redo.Label, "Redo "); ok {
		return "Undid " + s + "."
	}
	return ""
}

func (f windowFace) library() *library.Library { return f.w.lib }

// dismissAll closes the dialogs on screen.
func dismissAll(w *mainWindow) {
	for w.dismissDialog() {
	}
	w.wait()
}

// objectText is the text a label or a canvas text shows.
func objectText(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text
	case *canvas.Text:
		return x.Text
	}
	return ""
}

// libraryState is what a library holds, without ids and times: each
// clipping's title, confirmed mentions and their entities.
func libraryState(t *testing.T, l *library.Library) string {
	t.Helper()
	ctx := context.Background()
	list, err := l.List(ctx, library.Filter{Sort: library.SortTitle})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, s := range list {
		a, err := l.Load(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%q (%s)\n", a.Title, a.Source)
		for _, m := range a.Confirmed() {
			e := a.Entities[m.EntityID]
			fmt.Fprintf(&b, "  %d-%d %q: %s (%s) aka %q\n", m.Selector.Start, m.Selector.End, m.Selector.Exact, e.Name, e.Type, e.Aliases)
		}
	}
	es, err := l.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		if e.Mentions > 0 {
			names = append(names, fmt.Sprintf("%s (%s) ×%d", e.Name, e.Type, e.Mentions))
		}
	}
	slices.Sort(names)
	fmt.Fprintf(&b, "entities mentioned: %q\n", names)
	return b.String()
}

// TestTheWindowAndTheCommandLineDoTheSame runs the same steps through both
// faces, one after the other on a library of each, and checks that each
// step leaves the same library and says the same sentence.
func TestTheWindowAndTheCommandLineDoTheSame(t *testing.T) {
	files := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(files, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	pdf := write("report.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
	empty := write("empty.html", `<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>`)
	page := write("harbour.html", winArticle("Harbour plans divide the city", "Maria Lopez"))

	cl := &commandLine{dir: t.TempDir()}
	t.Cleanup(func() {
		if cl.lib != nil {
			cl.lib.Close()
		}
	})
	faces := map[string]face{"command line": cl, "window": windowFace{newTestWindow(t)}}

	steps := []struct {
		name string
		do   func(t *testing.T, f face) string
		want string
	}{
		{"a PDF is refused", func(t *testing.T, f face) string { return f.dropFile(t, pdf) },
			"“report.pdf” is a PDF document (application/pdf), not HTML or text Margin can clip."},
		{"a page without an article is refused", func(t *testing.T, f face) string { return f.addFile(t, empty) },
			"No readable article was found on this page."},
		{"a page is added", func(t *testing.T, f face) string { return f.addFile(t, page) }, ""},
		{"the same page again is a duplicate", func(t *testing.T, f face) string { return f.addFile(t, page) },
			"“Harbour plans divide the city” is already in your library."},
		{"tag all mentions of a name", func(t *testing.T, f face) string {
			return f.tagAll(t, "Maria Lopez", annotate.Person)
		}, ""},
		{"one undo takes the whole tag back", func(t *testing.T, f face) string { return f.undo(t) },
			"Undid Tag All Mentions."},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			states := map[string]string{}
			for name, f := range faces {
				if got := s.do(t, f); got != s.want {
					t.Errorf("the %s said %q, want %q", name, got, s.want)
				}
				states[name] = libraryState(t, f.library())
			}
			if states["window"] != states["command line"] {
				t.Errorf("the faces differ:\nwindow:\n%s\ncommand line:\n%s", states["window"], states["command line"])
			}
			t.Logf("after %s:\n%s", s.name, states["window"])
		})
	}
}
