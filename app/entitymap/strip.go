package entitymap

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"margin/library"
)

// Bar is one period of the time strip: the mentions of the selected
// entities in the clippings dated from Start to End.
type Bar struct {
	Start, End time.Time
	Mentions   int
}

// Strip is the time strip under the map: a bar per week or month. Tapping
// a bar (or Enter on the focused one) chooses its period and calls
// OnPeriod; choosing it again clears it (OnPeriod with zero times).
// Left and Right move between bars when it has the focus.
type Strip struct {
	widget.BaseWidget

	OnPeriod func(start, end time.Time)

	bars     []Bar
	chosen   int
	current  int
	focused  bool
	hovering int
}

// NewStrip returns an empty time strip.
func NewStrip() *Strip {
	s := &Strip{chosen: -1, current: -1, hovering: -1}
	s.ExtendBaseWidget(s)
	return s
}

// SetBars shows bars, in time order, with none chosen.
func (s *Strip) SetBars(bars []Bar) {
	s.bars = bars
	s.chosen, s.current = -1, -1
	s.Refresh()
}

// Chosen returns the period chosen, or ok false.
func (s *Strip) Chosen() (start, end time.Time, ok bool) {
	if s.chosen < 0 || s.chosen >= len(s.bars) {
		return time.Time{}, time.Time{}, false
	}
	return s.bars[s.chosen].Start, s.bars[s.chosen].End, true
}

func (s *Strip) barAt(x float32) int {
	if len(s.bars) == 0 || s.Size().Width <= 0 {
		return -1
	}
	i := int(x / (s.Size().Width / float32(len(s.bars))))
	if i < 0 || i >= len(s.bars) {
		return -1
	}
	return i
}

// Tapped chooses the bar under the pointer.
func (s *Strip) Tapped(e *fyne.PointEvent) { s.choose(s.barAt(e.Position.X)) }

func (s *Strip) choose(i int) {
	if i < 0 {
		return
	}
	if s.chosen == i {
		s.chosen = -1
	} else {
		s.chosen = i
	}
	s.current = i
	s.Refresh()
	if s.OnPeriod != nil {
		start, end, _ := s.Chosen()
		s.OnPeriod(start, end)
	}
}

// MouseIn, MouseMoved and MouseOut show which bar the pointer is on.
func (s *Strip) MouseIn(e *desktop.MouseEvent) { s.MouseMoved(e) }

// MouseMoved follows the pointer.
func (s *Strip) MouseMoved(e *desktop.MouseEvent) {
	if i := s.barAt(e.Position.X); i != s.hovering {
		s.hovering = i
		s.Refresh()
	}
}

// MouseOut forgets the pointer.
func (s *Strip) MouseOut() { s.hovering = -1; s.Refresh() }

// FocusGained shows the focused bar.
func (s *Strip) FocusGained() {
	s.focused = true
	if s.current < 0 && len(s.bars) > 0 {
		s.current = len(s.bars) - 1
	}
	s.Refresh()
}

// FocusLost hides it.
func (s *Strip) FocusLost() { s.focused = false; s.Refresh() }

// TypedRune chooses the focused bar with Space.
func (s *Strip) TypedRune(r rune) {
	if r == ' ' {
		s.choose(s.current)
	}
}

// TypedKey moves between bars and chooses one.
func (s *Strip) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyLeft:
		s.current = max(0, s.current-1)
	case fyne.KeyRight:
		s.current = min(len(s.bars)-1, s.current+1)
	case fyne.KeyReturn, fyne.KeyEnter:
		s.choose(s.current)
		return
	default:
		return
	}
	s.Refresh()
}

// Label says what the strip shows under the pointer or focus, or the
// period chosen: "March 2024: 12 mentions".
func (s *Strip) Label() string {
	i := s.hovering
	if i < 0 && s.focused {
		i = s.current
	}
	if i < 0 {
		i = s.chosen
	}
	if i < 0 || i >= len(s.bars) {
		return ""
	}
	return PeriodLabel(s.bars[i])
}

// PeriodLabel names a bar's period and count: "March 2024: 12 mentions",
// "Week of 4 Mar 2024: 1 mention".
func PeriodLabel(b Bar) string {
	name := b.Start.Format("January 2006")
	if b.End.Sub(b.Start) < 8*24*time.Hour {
		name = "Week of " + b.Start.Format("2 Jan 2006")
	}
	n := "mentions"
	if b.Mentions == 1 {
		n = "mention"
	}
	return name + ": " + strconv.Itoa(b.Mentions) + " " + n
}

// Bars turns the library's mentions over time into the strip's bars: one
// per period from the first to the last, empty periods included, the
// entities' counts added up.
func Bars(counts []library.TimeCount, p library.Period) []Bar {
	if len(counts) == 0 {
		return nil
	}
	next := func(t time.Time) time.Time {
		if p == library.Week {
			return t.AddDate(0, 0, 7)
		}
		return t.AddDate(0, 1, 0)
	}
	sum := map[time.Time]int{}
	first, last := counts[0].Start, counts[0].Start
	for _, c := range counts {
		sum[c.Start] += c.Mentions
		if c.Start.Before(first) {
			first = c.Start
		}
		if c.Start.After(last) {
			last = c.Start
		}
	}
	var bars []Bar
	for t := first; !t.After(last) && len(bars) < maxBars; t = next(t) {
		bars = append(bars, Bar{Start: t, End: next(t), Mentions: sum[t]})
	}
	return bars
}

// maxBars bounds the strip: some 20 years of months, or 10 of weeks.
const maxBars = 520

// CreateRenderer makes the strip's renderer.
func (s *Strip) CreateRenderer() fyne.WidgetRenderer {
	r := &stripRenderer{s: s, bg: canvas.NewRectangle(color.Transparent), axis: canvas.NewLine(color.Transparent)}
	r.Refresh()
	return r
}

type stripRenderer struct {
	s       *Strip
	bg      *canvas.Rectangle
	axis    *canvas.Line
	rects   []*canvas.Rectangle
	objects []fyne.CanvasObject
}

func (r *stripRenderer) Destroy() {}

func (r *stripRenderer) MinSize() fyne.Size { return fyne.NewSize(120, 8*theme.Padding()) }

func (r *stripRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *stripRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *stripRenderer) Refresh() {
	s := r.s
	if len(r.rects) != len(s.bars) {
		r.rects = make([]*canvas.Rectangle, len(s.bars))
		r.objects = []fyne.CanvasObject{r.bg, r.axis}
		for i := range r.rects {
			r.rects[i] = canvas.NewRectangle(color.Transparent)
			r.objects = append(r.objects, r.rects[i])
		}
	}
	size := s.Size()
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.bg.Resize(size)
	r.bg.Refresh()
	r.axis.StrokeColor = theme.Color(theme.ColorNameSeparator)
	r.axis.StrokeWidth = 1
	r.axis.Position1, r.axis.Position2 = fyne.NewPos(0, size.Height-1), fyne.NewPos(size.Width, size.Height-1)
	r.axis.Refresh()
	most := 1
	for _, b := range s.bars {
		most = max(most, b.Mentions)
	}
	if len(s.bars) == 0 {
		return
	}
	w := size.Width / float32(len(s.bars))
	gap := min(2, w/4)
	for i, b := range s.bars {
		h := (size.Height - 2) * float32(b.Mentions) / float32(most)
		rect := r.rects[i]
		rect.FillColor = theme.Color(theme.ColorNameDisabled)
		switch {
		case i == s.chosen:
			rect.FillColor = theme.Color(theme.ColorNamePrimary)
		case i == s.hovering || (s.focused && i == s.current):
			rect.FillColor = theme.Color(theme.ColorNameFocus)
		}
		rect.Move(fyne.NewPos(float32(i)*w+gap/2, size.Height-1-h))
		rect.Resize(fyne.NewSize(max(1, w-gap), h))
		rect.Refresh()
	}
}
