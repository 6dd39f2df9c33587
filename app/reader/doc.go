// Package reader is the widget that shows one clipping's document with its
// highlights and entity mentions, lets the person select text by character
// across blocks, and reports what they ask for as rune offsets into the
// document's canonical text (clip.Document.Text). It never touches the
// library: its owner wires the On... callbacks to the store and feeds the
// results back with SetHighlights and SetMentions.
//
// Mouse: press and drag selects by character, double-click a word,
// triple-click a block, Shift+click extends; right-click opens the selection
// menu. Keys while focused: Shift+arrows, Shift+Home/End extend the
// selection, Ctrl+C copies, Ctrl+A selects all, Ctrl+F finds, arrows and Page
// keys scroll, and with text selected H highlights (in the last colour used),
// N adds a note, and each entity type's key (annotate.DescribeType) tags as
// that type: P, O, L, E for person, organisation, place, event.
//
// The reader scrolls itself rather than sitting in a container.Scroll: it
// lays the document out into lines once per width and text size and creates
// canvas objects only for the lines in view, so long articles stay fast.
package reader
