package reader

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"margin/annotate"
	"margin/clip"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden images in testdata/reader")

// sampleDocument is a short article with every kind of block and span.
func sampleDocument() clip.Document {
	para1 := "Rain fell on the harbour as Maria Lopez walked to the council meeting in Valparaiso, where the port authority was expected to announce its plans."
	para2 := "The proposal, drafted by the Pacific Shipping Group, would double the number of berths. Critics say the cost is too high and the timeline unrealistic."
	return clip.Document{Version: clip.DocumentVersion, Blocks: []clip.Block{
		{Kind: clip.BlockHeading, Level: 1, Text: "Harbour plans divide the city"},
		{Kind: clip.BlockParagraph, Text: para1, Spans: []clip.Span{
			{Kind: clip.SpanEmphasis, Start: 0, End: 4},
			{Kind: clip.SpanStrong, Start: 28, End: 39},
		}},
		{Kind: clip.BlockParagraph, Text: para2, Spans: []clip.Span{
			{Kind: clip.SpanLink, Start: 29, End: 51, Href: "https://example.com/psg"},
		}},
		{Kind: clip.BlockHeading, Level: 2, Text: "What the plan says"},
		{Kind: clip.BlockQuote, Text: "We cannot wait another decade for this. The ships are already here."},
		{Kind: clip.BlockListItem, Text: "Two new deep-water berths"},
		{Kind: clip.BlockListItem, Level: 1, Text: "dredged to 16 metres", Spans: []clip.Span{{Kind: clip.SpanCode, Start: 11, End: 13}}},
		{Kind: clip.BlockListItem, Text: "A rail link to the container yard"},
		{Kind: clip.BlockImage, Src: "https://example.com/port.jpg", Alt: "Cranes at the port at dusk"},
		{Kind: clip.BlockCaption, Text: "The port at dusk."},
		{Kind: clip.BlockParagraph, Text: "The vote is set for March."},
		{Kind: clip.BlockListItem, Ordered: true, Text: "Public consultation"},
		{Kind: clip.BlockListItem, Ordered: true, Text: "Final vote"},
		{Kind: clip.BlockPre, Text: "berths: 12 -> 24\ncost:   $1.2bn"},
	}}
}

// offsetOf returns the canonical offset of the n-th (from 0) occurrence of
// word in the reader's text.
func offsetOf(t *testing.T, r *Reader, word string, n int) int {
	t.Helper()
	text := r.Text()
	from := 0
	for i := 0; ; i++ {
		k := strings.Index(text[from:], word)
		if k < 0 {
			t.Fatalf("%q occurrence %d not in the text", word, n)
		}
		if i == n {
			return len([]rune(text[:from+k]))
		}
		from += k + len(word)
	}
}

// posOf returns a point in the reader inside the rune at offset (or, with
// after set, just right of the rune before offset).
func posOf(t *testing.T, r *Reader, off int, after bool) fyne.Position {
	t.Helper()
	l := r.ensureLayout()
	probe := off
	if after {
		probe = off - 1
	}
	li := l.lineOf(probe)
	if li < 0 {
		t.Fatalf("no line for offset %d", off)
	}
	ln := &l.lines[li]
	x := l.xAt(ln, probe) + 1
	if after {
		x = l.xAt(ln, off) - 1
		if off >= ln.end {
			x = ln.x1 - 1
		}
	}
	return fyne.NewPos(x, ln.top+ln.height/2-r.scrollY)
}

func sampleAnnotations(t *testing.T, r *Reader) ([]annotate.Highlight, []annotate.Mention, map[int64]annotate.Entity) {
	t.Helper()
	sel := func(word string, n int, length int) annotate.Selector {
		s := offsetOf(t, r, word, n)
		return annotate.Selector{Start: s, End: s + length}
	}
	maria := sel("Maria Lopez", 0, len("Maria Lopez"))
	hs := []annotate.Highlight{
		{ID: 1, Selector: sel("walked to the council", 0, len("walked to the council meeting")), Color: annotate.Yellow},
		{ID: 2, Selector: sel("council meeting in Valparaiso", 0, len("council meeting in Valparaiso")), Color: annotate.Blue, Note: "check"},
		{ID: 3, Selector: sel("Critics say", 0, len("Critics say the cost is too high")), Color: annotate.Pink},
		{ID: 4, Selector: sel("We cannot wait", 0, len("We cannot wait another decade")), Color: annotate.Green},
		{ID: 5, Selector: annotate.Selector{Exact: "a sentence the editors removed"}, Color: annotate.Purple, Note: "gone in the update", Orphaned: true},
	}
	ms := []annotate.Mention{
		{ID: 10, EntityID: 1, Selector: maria, Status: annotate.Confirmed},
		{ID: 11, EntityID: 2, Selector: sel("Valparaiso", 0, len("Valparaiso")), Status: annotate.Confirmed},
		{ID: 12, EntityID: 3, Selector: sel("Pacific Shipping Group", 0, len("Pacific Shipping Group")), Status: annotate.Suggested},
		{ID: 13, EntityID: 4, Selector: sel("March", 0, len("March")), Status: annotate.Suggested},
		{ID: 14, EntityID: 2, Selector: sel("harbour", 0, len("harbour")), Status: annotate.Rejected},
	}
	ents := map[int64]annotate.Entity{
		1: {ID: 1, Name: "Maria Lopez", Type: annotate.Person},
		2: {ID: 2, Name: "Valparaiso", Type: annotate.Place},
		3: {ID: 3, Name: "Pacific Shipping Group", Type: annotate.Organization},
		4: {ID: 4, Name: "March vote", Type: annotate.Event},
	}
	return hs, ms, ents
}

// newTestReader shows the sample document in a test window of the given
// size and returns the reader. A theme, if given, is set first, so that
// everything is measured in its fonts.
func newTestReader(t *testing.T, w, h float32, th ...fyne.Theme) (*Reader, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	for _, x := range th {
		a.Settings().SetTheme(x)
	}
	r := New()
	r.SetDocument(sampleDocument())
	win := test.NewWindow(r)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	t.Cleanup(win.Close)
	return r, win
}

func TestReaderDragSelectsAcrossParagraphs(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	start := offsetOf(t, r, "Maria", 0)
	endWord := offsetOf(t, r, "What the plan", 0) // two blocks later
	end := endWord + len("What")

	t.Run("as the desktop driver sends it", func(t *testing.T) {
		r.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: posOf(t, r, start, false)}, Button: desktop.MouseButtonPrimary})
		from := posOf(t, r, start, false)
		mid := posOf(t, r, offsetOf(t, r, "proposal", 0), false)
		to := posOf(t, r, end, true)
		r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid}, Dragged: fyne.NewDelta(mid.X-from.X, mid.Y-from.Y)})
		r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-mid.X, to.Y-mid.Y)})
		r.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: to}, Button: desktop.MouseButtonPrimary})
		r.DragEnd()
		if s, e := r.Selection(); s != start || e != end {
			t.Fatalf("selection = [%d, %d), want [%d, %d) %q", s, e, start, end, r.Text()[start:end])
		}
		if !r.toolbarShown {
			t.Error("the toolbar is not shown after the drag")
		}
	})
	t.Run("with no press first, as on a touch screen", func(t *testing.T) {
		r.ClearSelection()
		from := posOf(t, r, start, false)
		to := posOf(t, r, end, true)
		r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
		r.DragEnd()
		if s, e := r.Selection(); s != start || e != end {
			t.Fatalf("selection = [%d, %d), want [%d, %d)", s, e, start, end)
		}
		want := "Maria Lopez walked to the council meeting in Valparaiso, where the port authority was expected to announce its plans.\n\n" +
			"The proposal, drafted by the Pacific Shipping Group, would double the number of berths. Critics say the cost is too high and the timeline unrealistic.\n\nWhat"
		if got := r.SelectedText(); got != want {
			t.Errorf("selected text = %q, want %q", got, want)
		}
	})
	t.Run("backwards, from the later word to the earlier", func(t *testing.T) {
		r.ClearSelection()
		from := posOf(t, r, end, true)
		to := posOf(t, r, start, false)
		r.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
		r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
		r.DragEnd()
		r.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: to}, Button: desktop.MouseButtonPrimary})
		if s, e := r.Selection(); s != start || e != end {
			t.Fatalf("selection = [%d, %d), want [%d, %d)", s, e, start, end)
		}
	})
}

func TestReaderToolbarHighlightRaisesOffsets(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	var got [3]any
	calls := 0
	r.OnHighlight = func(start, end int, c annotate.Color) {
		calls++
		got = [3]any{start, end, c}
	}
	start := offsetOf(t, r, "port authority", 0)
	end := start + len("port authority")
	// A selection with the space after it: the space is trimmed.
	r.Select(start, end+1)
	rr := test.WidgetRenderer(r).(*readerRenderer)
	if !rr.toolbar.Visible() {
		t.Fatal("the toolbar is hidden over a selection")
	}
	test.Tap(rr.toolbar.swatches[2]) // blue
	if calls != 1 || got != [3]any{start, end, annotate.Blue} {
		t.Fatalf("OnHighlight got %v (%d calls), want [%d %d blue]", got, calls, start, end)
	}
	if rr.toolbar.Visible() {
		t.Error("the toolbar stays after highlighting")
	}
}

func TestReaderKeysAnnotateSelection(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	var events []string
	r.OnHighlight = func(s, e int, c annotate.Color) { events = append(events, "highlight "+string(c)) }
	r.OnNote = func(s, e int) { events = append(events, "note") }
	r.OnTag = func(s, e int, typ annotate.EntityType, all bool) { events = append(events, "tag "+string(typ)) }
	r.TypedRune('h') // nothing selected: nothing happens
	s := offsetOf(t, r, "Maria Lopez", 0)
	r.Select(s, s+len("Maria Lopez"))
	for _, c := range "hnpole" {
		r.TypedRune(c)
	}
	want := "highlight yellow,note,tag person,tag organization,tag place,tag event"
	if got := strings.Join(events, ","); got != want {
		t.Errorf("events = %s, want %s", got, want)
	}
}

func TestReaderMultiClick(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	word := offsetOf(t, r, "council", 0)
	p := posOf(t, r, word+3, false)
	press := func() {
		ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonPrimary}
		r.MouseDown(ev)
		r.MouseUp(ev)
	}
	tests := []struct {
		name   string
		clicks int
		want   string
	}{
		{"a double click selects the word", 2, "council"},
		{"a triple click selects the paragraph", 3, sampleDocument().Blocks[1].Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r.lastClick = r.lastClick.Add(-multiClickTime * 2) // a fresh series
			for range tt.clicks {
				press()
			}
			if got := r.SelectedText(); got != tt.want {
				t.Errorf("selected %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReaderShiftExtends(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	start := offsetOf(t, r, "Rain", 0)
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	key := func(n fyne.KeyName) { r.TypedKey(&fyne.KeyEvent{Name: n}) }

	t.Run("Shift+Right extends by a character", func(t *testing.T) {
		r.Select(start, start)
		r.KeyDown(shift)
		for range 4 {
			key(fyne.KeyRight)
		}
		r.KeyUp(shift)
		if got := r.SelectedText(); got != "Rain" {
			t.Errorf("selected %q, want %q", got, "Rain")
		}
	})
	t.Run("Shift+Down extends a line, Shift+Up back", func(t *testing.T) {
		r.KeyDown(shift)
		key(fyne.KeyDown)
		s, e := r.Selection()
		l := r.ensureLayout()
		first := l.lines[l.lineOf(start)]
		if s != start || e <= first.end {
			t.Errorf("selection [%d, %d) does not reach the second line (first ends at %d)", s, e, first.end)
		}
		key(fyne.KeyUp)
		r.KeyUp(shift)
		if got := r.SelectedText(); got != "Rain" {
			t.Errorf("after Shift+Up selected %q, want %q", got, "Rain")
		}
	})
	t.Run("Shift+click extends to the click", func(t *testing.T) {
		end := offsetOf(t, r, "meeting", 0) + len("meeting")
		r.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: posOf(t, r, end, true)}, Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierShift})
		r.MouseUp(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary})
		if s, e := r.Selection(); s != start || e != end {
			t.Errorf("selection [%d, %d), want [%d, %d)", s, e, start, end)
		}
	})
	t.Run("Shift+Right steps over the blank line between blocks", func(t *testing.T) {
		para := sampleDocument().Blocks[1].Text
		end := start + len([]rune(para))
		r.Select(start, end)
		r.caret = end
		r.KeyDown(shift)
		key(fyne.KeyRight)
		r.KeyUp(shift)
		if _, e := r.Selection(); e != end+2 {
			t.Errorf("caret at %d, want %d (the next block's start)", e, end+2)
		}
	})
}

func TestReaderCopy(t *testing.T) {
	r, win := newTestReader(t, 700, 900)
	start := offsetOf(t, r, "Critics", 0)
	end := offsetOf(t, r, "We cannot", 0) + len("We cannot")
	r.Select(start, end)
	win.Canvas().Focus(r)
	clipboard := fyne.CurrentApp().Clipboard()
	r.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clipboard})
	want := "Critics say the cost is too high and the timeline unrealistic.\n\nWhat the plan says\n\nWe cannot"
	if got := clipboard.Content(); got != want {
		t.Errorf("clipboard = %q, want %q", got, want)
	}
}

func TestReaderTaps(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	hs, ms, ents := sampleAnnotations(t, r)
	r.SetHighlights(hs)
	r.SetMentions(ms, ents)
	var tapped []int64
	r.OnHighlightTapped = func(h annotate.Highlight) { tapped = append(tapped, h.ID) }
	r.OnMentionTapped = func(m annotate.Mention) { tapped = append(tapped, m.ID) }
	tests := []struct {
		name string
		word string
		want int64
	}{
		{"a mention raises OnMentionTapped", "Lopez", 10},
		{"the topmost of overlapping highlights", "meeting", 2},
		{"a highlight under no mention", "walked", 1},
		{"a suggested mention", "Shipping", 12},
		{"a rejected mention is plain text", "harbour", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tapped = nil
			test.TapAt(r, posOf(t, r, offsetOf(t, r, tt.word, 0)+1, false))
			var got int64
			if len(tapped) == 1 {
				got = tapped[0]
			}
			if len(tapped) > 1 || got != tt.want {
				t.Errorf("tapped %v, want %d", tapped, tt.want)
			}
		})
	}
	t.Run("a link with no annotation on it raises OnLinkTapped", func(t *testing.T) {
		var href string
		r.OnLinkTapped = func(h string) { href = h }
		r.SetMentions(nil, nil)
		defer r.SetMentions(ms, ents)
		test.TapAt(r, posOf(t, r, offsetOf(t, r, "Shipping", 0), false))
		if href != "https://example.com/psg" {
			t.Errorf("OnLinkTapped got %q", href)
		}
	})
	t.Run("an orphan in the list above the text", func(t *testing.T) {
		tapped = nil
		l := r.ensureLayout()
		for _, ln := range l.lines {
			if ln.orphan == 0 {
				test.TapAt(r, fyne.NewPos(ln.x0+2, ln.top+ln.height/2-r.scrollY))
				break
			}
		}
		if len(tapped) != 1 || tapped[0] != 5 {
			t.Errorf("tapped %v, want [5]", tapped)
		}
	})
}

func TestReaderFind(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	r.ShowFind()
	want := strings.Count(strings.ToLower(r.Text()), "the ")
	if n := r.Find("THE "); n != want || n < 5 {
		t.Errorf("Find found %d, want %d", n, want)
	}
	first := r.find.matches[r.find.current]
	r.FindNext()
	r.FindPrevious()
	if got := r.find.matches[r.find.current]; got != first {
		t.Errorf("next then previous is at %d, want %d", got, first)
	}
	r.FindPrevious()
	if r.find.current != len(r.find.matches)-1 {
		t.Errorf("previous from the first match is %d, want the last", r.find.current)
	}
	r.HideFind()
}

func TestReaderScrollsAndReveals(t *testing.T) {
	test.NewTempApp(t)
	r := New()
	r.SetDocument(generatedDocument(2000))
	win := test.NewWindow(r)
	win.Resize(fyne.NewSize(800, 600))
	defer win.Close()
	target := len(r.text) * 3 / 4
	r.Reveal(target)
	l := r.ensureLayout()
	ln := l.lines[l.lineOf(target)]
	if ln.top < r.scrollY || ln.bottom() > r.scrollY+r.Size().Height {
		t.Errorf("line of %d at %v, view is [%v, %v)", target, ln.top, r.scrollY, r.scrollY+r.Size().Height)
	}
	objs := len(test.WidgetRenderer(r).Objects())
	if objs > 400 {
		t.Errorf("%d objects in view: the renderer does not cull", objs)
	}
}

func TestReaderGolden(t *testing.T) {
	for _, variant := range []struct {
		name  string
		theme fyne.Theme
	}{
		{"light", fixedVariantTheme{theme.DefaultTheme(), theme.VariantLight}},
		{"dark", fixedVariantTheme{theme.DefaultTheme(), theme.VariantDark}},
	} {
		t.Run(variant.name, func(t *testing.T) {
			glyphs = glyphCache{} // measure afresh in this theme's fonts
			r, win := newTestReader(t, 640, 1000, variant.theme)
			hs, ms, ents := sampleAnnotations(t, r)
			r.SetHighlights(hs)
			r.SetMentions(ms, ents)
			s := offsetOf(t, r, "double the number", 0)
			r.Select(s, s+len("double the number"))
			img := win.Canvas().Capture()
			path := filepath.Join("testdata", "reader", "sample_"+variant.name+".png")
			if *updateGolden {
				writePNG(t, path, img)
			}
			test.AssertImageMatches(t, filepath.Join("reader", "sample_"+variant.name+".png"), img)
		})
	}
}

// fixedVariantTheme shows a theme in one variant whatever the system
// prefers.
type fixedVariantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t fixedVariantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func TestReaderTextSize(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	before := r.ensureLayout()
	r.SetTextSize(24)
	after := r.ensureLayout()
	if after.size != 24 || after.height <= before.height {
		t.Errorf("at size 24 the layout is %v high with size %v; at the default it was %v", after.height, after.size, before.height)
	}
	r.SetTextSize(0)
	if got, want := r.TextSize(), defaultReaderTextSize(); got != want {
		t.Errorf("TextSize() = %v after SetTextSize(0), want the theme's %v", got, want)
	}
}

func TestReaderEmptyDocument(t *testing.T) {
	test.NewTempApp(t)
	r := New()
	win := test.NewWindow(r)
	defer win.Close()
	win.Resize(fyne.NewSize(400, 300))
	r.SetDocument(clip.Document{})
	r.Select(0, 10)
	test.TapAt(r, fyne.NewPos(100, 100))
	r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(50, 50)}, Dragged: fyne.NewDelta(10, 10)})
	r.DragEnd()
	r.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if s, e := r.Selection(); s != 0 || e != 0 {
		t.Errorf("selection [%d, %d) in an empty document", s, e)
	}
}

func TestReaderMenus(t *testing.T) {
	r, _ := newTestReader(t, 700, 900)
	type tag struct {
		start, end int
		typ        annotate.EntityType
		all        bool
	}
	var tags []tag
	var existing, newType []bool
	r.OnTag = func(s, e int, typ annotate.EntityType, all bool) { tags = append(tags, tag{s, e, typ, all}) }
	r.OnTagExisting = func(s, e int, all bool) { existing = append(existing, all) }
	r.OnTagNewType = func(s, e int, all bool) { newType = append(newType, all) }
	start := offsetOf(t, r, "Valparaiso", 0)
	r.Select(start, start+len("Valparaiso"))

	item := func(m *fyne.Menu, label string) *fyne.MenuItem {
		t.Helper()
		for _, it := range m.Items {
			if strings.HasPrefix(it.Label, label) {
				return it
			}
		}
		t.Fatalf("no %q in the menu", label)
		return nil
	}
	menu := r.selectionMenu()
	item(item(menu, "Tag all mentions as").ChildMenu, "Place").Action()
	item(item(menu, "Tag as").ChildMenu, "Organisation").Action()
	item(item(menu, "Tag as").ChildMenu, "Existing entity").Action()
	item(item(menu, "Tag all mentions as").ChildMenu, "New type").Action()
	want := []tag{{start, start + 10, annotate.Place, true}, {start, start + 10, annotate.Organization, false}}
	if len(tags) != 2 || tags[0] != want[0] || tags[1] != want[1] {
		t.Errorf("OnTag got %v, want %v", tags, want)
	}
	if len(existing) != 1 || existing[0] || len(newType) != 1 || !newType[0] {
		t.Errorf("OnTagExisting got %v, OnTagNewType got %v", existing, newType)
	}
}

func TestReaderFindBarTyping(t *testing.T) {
	r, win := newTestReader(t, 700, 900)
	r.ShowFind()
	if win.Canvas().Focused() != r.findBar.entry {
		t.Fatal("ShowFind does not focus the find field")
	}
	test.Type(r.findBar.entry, "harbour")
	if len(r.find.matches) != 2 || r.find.current != 0 {
		t.Errorf("typing found %v, current %d", r.find.matches, r.find.current)
	}
	r.findBar.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if r.find.current != 1 {
		t.Errorf("Enter moved to match %d, want 1", r.find.current)
	}
	r.findBar.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if r.find.open || win.Canvas().Focused() != r {
		t.Error("Escape leaves the find bar open or the focus in it")
	}
}

func TestReaderKeepsItsPlaceWhenRewrapped(t *testing.T) {
	test.NewTempApp(t)
	r := New()
	r.SetDocument(generatedDocument(3000))
	win := test.NewWindow(r)
	defer win.Close()
	win.Resize(fyne.NewSize(900, 600))
	target := len(r.text) / 2
	r.scrollToLine(target, 0)
	for _, change := range []struct {
		name string
		do   func()
	}{
		{"a narrower window", func() { win.Resize(fyne.NewSize(500, 600)) }},
		{"a larger text size", func() { r.SetTextSize(22) }},
	} {
		t.Run(change.name, func(t *testing.T) {
			before := r.topOffset()
			change.do()
			l := r.ensureLayout()
			first, _ := l.visible(r.scrollY, r.scrollY+1)
			if ln := l.lines[first]; before < ln.start || before >= ln.end {
				t.Errorf("the top line is [%d, %d), want the one holding %d", ln.start, ln.end, before)
			}
		})
	}
}

func TestReaderHeader(t *testing.T) {
	r, _ := newTestReader(t, 700, 500)
	literals := func() []string {
		r.ensureLayout()
		var out []string
		for _, ln := range r.layout.lines {
			if ln.kind == lineLiteral && ln.lit >= 0 && ln.block < 0 && ln.orphan < 0 {
				out = append(out, string(r.layout.literals[ln.lit]))
			}
		}
		return out
	}
	r.SetHeader("Harbour plans divide the city", "Ana Torres  ·  Harbour News  ·  5 March 2024")
	if got := literals(); !slices.Equal(got, []string{"Ana Torres  ·  Harbour News  ·  5 March 2024"}) {
		t.Errorf("a document that starts with its title shows above it %q, want the metadata only", got)
	}
	r.SetHeader("A different title", "Ana Torres")
	if got := literals(); !slices.Equal(got, []string{"A different title", "Ana Torres"}) {
		t.Errorf("header lines = %q", got)
	}
	// The header is not part of the text: a drag over it selects nothing
	// of it, and offsets are unchanged.
	if r.Text() != sampleDocument().Text() {
		t.Error("the header changed the canonical text")
	}
	before := offsetOf(t, r, "Maria", 0)
	r.SetHeader("", "")
	if got := literals(); len(got) != 0 {
		t.Errorf("an empty header shows %q", got)
	}
	if offsetOf(t, r, "Maria", 0) != before {
		t.Error("offsets moved")
	}
}
