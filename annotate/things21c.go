package annotate

import (
	_ "embed"
	"strings"
)

// This file (issue 16, sixteenth round, third wave, branch ner21w3) types
// a disc format named by its trade name ("Blu-ray", "HD DVD"), alone or
// in the plural ("4K Blu-rays loaded quickly"), as the gold set's
// guidelines read a disc format: other. The names come from a list with a
// source (data/formats.txt, see data/README.md), since a format carries
// no cue of its own: "a Blu-ray drive" and "a USB drive" read alike.

//go:embed data/formats.txt
var formatsData string

// discFormats are the disc formats the freedesktop.org shared MIME
// database names by trade name, less those WordNet lists as a kind of
// thing ("CD", "DVD": generic hardware, no entity).
var discFormats = sortedList{data: formatsData}

// ruleDiscFormat is the name of the type formatOfList gives.
const ruleDiscFormat = "a disc format of the list"

// formatOfList: a phrase that is a listed disc format, or its plural, is
// other ("the Blu-ray release", "Blu-rays"). Only the whole phrase counts:
// a format leading a longer name ("Blu-ray Disc Association") is left to
// the rules for that name.
func formatOfList(f *finder, p *phraseSpan) bool {
	name := f.text(p.a, p.b)
	if p.descriptor || !isDiscFormat(name) {
		return false
	}
	f.add(p.a, p.b, Other, true)
	return true
}

// isDiscFormat reports whether name is a listed disc format or its plural.
func isDiscFormat(name string) bool {
	if discFormats.has(name) {
		return true
	}
	single, ok := strings.CutSuffix(name, "s")
	return ok && single != "" && discFormats.has(single)
}
