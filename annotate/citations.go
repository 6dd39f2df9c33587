package annotate

import "strings"

// Issue 16's round of branch ner18f: the paper a science story cites. A
// story of a research finding ends with the reference of the paper, on a
// line of its own after a label ("More information: G. Quill et al.
// Torpor in small mammals, Journal of Cold Biology (2018). DOI: ...",
// "Journal reference: Ann Wu, Li Brell. Torpor in small mammals. Cold
// Biology, 2019; 5 (3): 12"). Its title, in sentence case as often as
// not, is a work, which no capitalised phrase holds; the journal or book
// it appeared in follows it, before the year.

// ruleCitation is the name of citations, for its confidence.
const ruleCitation = "a paper in a reference"

// citationLabels start the line of a reference, before a colon.
var citationLabels = []string{"More information", "Journal reference", "Journal Reference", "Reference", "Citation",
	"Original article", "Study", "Paper"}

// bookWords start the name of a book a paper appeared in ("Handbook of
// ..."), where a journal's name is an organisation's, as the guidelines
// type journals.
var bookWords = setOf("Handbook", "Encyclopedia", "Encyclopaedia", "Companion", "Yearbook")

// citations types the title of the paper in each reference line as a
// work, and the journal it appeared in as an organisation (a book, a
// work): the title follows the authors, which end at "et al." or at the
// first full stop after names only, and runs to the comma or full stop
// before the journal, which ends before its year ("(2018)" or ", 2019;").
// A title in quotation marks runs to the closing one. A line that does
// not read so is left to the other rules.
func (f *finder) citations(covered map[int]bool) {
	t := f.toks
	for i := 0; i < len(t); i++ {
		if !f.lineBreakBefore(i) && i > 0 {
			continue
		}
		k := f.citationLabelEnd(i)
		if k < 0 {
			k = f.referenceNumberEnd(i)
		}
		if k < 0 {
			continue
		}
		for j := i; j < k; j++ {
			covered[j] = true // the label names nothing: "Journal Reference:"
		}
		end := k
		for end < len(t) && !f.lineBreakBefore(end) && !strings.EqualFold(t[end].text, "DOI") && !strings.EqualFold(t[end].text, "doi") {
			end++
		}
		f.citation(k, end, covered)
		i = end - 1
	}
}

// citationLabelEnd returns the token after the colon of a reference's
// label starting at toks[i], or -1.
func (f *finder) citationLabelEnd(i int) int {
	for _, label := range citationLabels {
		words := strings.Fields(label)
		k := i
		for _, w := range words {
			if f.word(k) != w {
				k = -1
				break
			}
			k++
		}
		if k > 0 && f.word(k) == ":" {
			k++
			if isNumber(f.word(k)) && f.word(k+1) == "." && f.lineBreakBefore(k) {
				k += 2 // "Journal Reference:\n1. Ann Wu, ..."
			}
			return k
		}
	}
	return -1
}

// referenceNumberEnd returns the token after the number in brackets that
// starts a line of a list of references at toks[i] ("[1] ..."), or -1.
func (f *finder) referenceNumberEnd(i int) int {
	if f.word(i) == "[" && isNumber(f.word(i+1)) && f.word(i+2) == "]" && !f.lineBreakBefore(i+3) && i+3 < len(f.toks) {
		return i + 3
	}
	return -1
}

// citation reads the reference in toks[a:end].
func (f *finder) citation(a, end int, covered map[int]bool) {
	t := f.toks
	start := f.authorsEnd(a, end)
	if start < 0 && f.word(a-1) == "]" {
		f.titleFirst(a, end, covered)
		return
	}
	if start < 0 || start >= end {
		return
	}
	if isOpeningQuote(t[start].text) {
		// `Ann Wu et al, "Torpor in small mammals," Cold Biology (2019)`
		k := start + 1
		for k < end && !isClosingQuote(t[k].text) {
			k++
		}
		b := k
		for b > start+1 && (t[b-1].text == "," || t[b-1].text == ".") {
			b--
		}
		if k < end && b > start+2 && (f.upperWord(start+1) || isNumber(t[start+1].text)) {
			f.addThing(start+1, b, Work, ruleCitation, covered)
			c := k + 1
			if f.word(c) == "," {
				c++
			}
			for y := c; y < end; y++ {
				if isYear(t[y].text) && (f.word(y-1) == "(" || f.word(y-1) == ",") {
					f.container(c, y-1, covered)
					break
				}
			}
		}
		return
	}
	year := -1
	for k := start; k < end; k++ {
		if isYear(t[k].text) && (f.word(k-1) == "(" && f.word(k+1) == ")" || f.word(k-1) == "," && (f.word(k+1) == ";" || f.word(k+1) == ".")) {
			year = k - 1
			break
		}
	}
	if year < 0 {
		if f.word(a-1) == "]" {
			f.titleFirst(start, end, covered) // "[3] Wu A, Brell L. Torpor in mammals. Cold Biol. 2015;"
		}
		return
	}
	sep := -1
	for k := start + 1; k < year; k++ {
		if t[k].text == "." {
			sep = k
		}
	}
	if sep < 0 {
		for k := start + 1; k < year; k++ {
			if t[k].text == "," {
				sep = k
			}
		}
	}
	if sep < 0 || sep-start < 2 || sep-start > 40 || !f.upperWord(start) && !isNumber(t[start].text) {
		return
	}
	f.addThing(start, sep, Work, ruleCitation, covered)
	f.container(sep+1, year, covered)
}

// authorsEnd returns where the title starts after the authors of a
// reference from toks[a]: after "et al" and its comma or full stop, or
// after the first full stop when every word before it is capitalised or
// joins names ("Ann Wu, Li Brell and G. Quill."); or -1.
func (f *finder) authorsEnd(a, end int) int {
	t := f.toks
	for k := a; k+1 < end; k++ {
		if t[k].text == "et" && (t[k+1].text == "al" || t[k+1].text == "al.") {
			k += 2
			if t[k-1].text == "al" && (f.word(k) == "." || f.word(k) == ",") {
				k++
			}
			return k
		}
	}
	for k := a; k < end; k++ {
		switch w := t[k]; {
		case w.text == ".":
			if k > a+1 {
				return k + 1
			}
			return -1
		case k > a && f.upperWord(k-1) && vancouverInitials(w.text):
			return k + 1 // "Smith J, Wu A. Torpor in mammals.": the last author's initials and their full stop
		case w.word && w.upper, w.text == ",", w.text == "and", w.text == "&", connectors[w.text]:
		default:
			return -1
		}
	}
	return -1
}

// container types the journal or book a paper appeared in, toks[a:b]
// less the punctuation around it: a book by its first word ("Handbook of
// ..."), a work; else a journal, an organisation.
func (f *finder) container(a, b int, covered map[int]bool) {
	for b > a && !f.toks[b-1].word {
		b--
	}
	if b <= a || b-a > 14 || !f.upperWord(a) {
		return
	}
	for k := a; k < b; k++ {
		if isYear(f.toks[k].text) || f.lineBreakBefore(k) && k > a {
			return
		}
	}
	if bookWords[f.toks[a].text] {
		f.addThing(a, b, Work, ruleCitation, covered)
		return
	}
	f.addThing(a, b, Organization, ruleCitation, covered)
}

// titleFirst reads a numbered reference that starts with its title ("[1]
// Torpor in small mammals: a review, Wu A, Brell L. Cold Biol. 2015; 28:
// 685-690."): the title runs to the first comma or full stop, and is in
// sentence case or holds a colon, where authors' names are all
// capitalised; a year of publication follows it on the line.
func (f *finder) titleFirst(a, end int, covered map[int]bool) {
	t := f.toks
	b := a
	lower := false
	for b < end && t[b].text != "," && t[b].text != "." {
		lower = lower || f.lowerWord(b) && !titleSmallWords[t[b].text] || t[b].text == ":"
		b++
	}
	if b >= end || b-a < 3 || !lower || !f.upperWord(a) {
		return
	}
	for k := b; k < end; k++ {
		if isYear(t[k].text) && (f.word(k+1) == ";" || f.word(k-1) == "(" && f.word(k+1) == ")") {
			f.addThing(a, b, Work, ruleCitation, covered)
			return
		}
	}
}

// vancouverInitials reports whether w is an author's initials written
// after the surname with a full stop and no other ("A.", "JA."), as the
// last author of a numbered reference is ("Wu A. Torpor in mammals.").
func vancouverInitials(w string) bool {
	body, ok := strings.CutSuffix(w, ".")
	if !ok || len(body) == 0 || len(body) > 3 {
		return false
	}
	for _, r := range body {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
