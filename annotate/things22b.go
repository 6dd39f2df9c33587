package annotate

// This file (issue 16, seventeenth round, second wave, branch ner22w2)
// types a maker's product by the model codes written after it: makers
// name a model by a line and codes that mix digits with letters, in lower
// case too ("Quux Core i7 4790k", "Varrow Ryzen 7 5800H"), and news
// writes a fleet of one model in the plural ("Brelco 737s", "Quillair
// A320s"). The recogniser stopped at the first code it could not read as
// a capitalised word or a number, and a maker before a model in the plural
// was the company.

// ruleMakerModelCode is the name of makerBeforeModelCode, for its
// confidence.
const ruleMakerModelCode = "a maker before a model's code in lower case or the plural"

// maxModelCodes is how many codes and numbers a model's name holds after
// its line ("Core i7 4790k": two).
const maxModelCodes = 3

// makerBeforeModelCode: a company of the gazetteer (or a maker of
// vehicles) named alone right before a model's code written in lower case
// or in the plural ("Brelco 737s", "Quux i7") is its product, other, with
// the codes and edition words after it, as makerModel reads "Brelco 787".
// A given name, a surname of the text or a person before it is left to the
// other rules.
func makerBeforeModelCode(f *finder, p *phraseSpan) bool {
	a, b := p.a, p.b
	maker := 1
	if !orgs.has(f.toks[a].text) {
		maker = f.vehicleMakerAt(a)
	}
	if p.descriptor || maker == 0 || b-a != maker || !f.codeAt(b) || !lowerModelCode(f.toks[b].text) {
		return false
	}
	if name := f.text(a, b); firstNames.has(name) || f.surnameSoFar(name) || f.typedBefore(name, Person) {
		return false
	}
	f.add(a, f.modelCodesEnd(b), Other, true)
	return true
}

// codeAt reports whether toks[i] is written right after the word before
// it, on its line (spaced) and in its sentence, as a model's code is.
func (f *finder) codeAt(i int) bool {
	return f.spaced(i) && !f.toks[i].sentStart
}

// modelCodesEnd returns the end of a product's name whose words end at
// toks[b]: past up to maxModelCodes numbers and codes written on after
// it ("Core i7 4790k", "Galaxy S10", "Myco 2"; not a year, a measure, a
// unit, a share or a count) and the edition words after them ("PlayStation
// 4 Pro").
//
// modelTail reads the tail of a product named without its maker and is
// not folded into this: it takes one number or code at most, a number
// of four digits at the most or a code whose first rune is a digit
// ("787X", "737-800"), none in lower case, none before a hyphen or a
// dash, and it reads edition words after the name where no number
// follows ("the Quux Pro"). After a maker, codes in lower case and
// several codes in a row are a model's ("Quux Core i7 4790k"); after a
// name alone they are more often something else. Calling this function
// for modelTail moves the end of a name at 304 of the 80,222 calls made
// on the gold articles and the unannotated texts (issue 16, branch
// fin23c), though no suggestion there changes in the end.
func (f *finder) modelCodesEnd(b int) int {
	end := b
	for n := 0; n < maxModelCodes && f.codeAt(end); n++ {
		w := f.toks[end].text
		if !(isNumber(w) && len(w) <= 5 && !isYear(w) || isModelCode(w) || lowerModelCode(w)) ||
			unitAfterNumber(w) || f.measureAfter(end) || f.word(end+1) == "%" || f.countAfter(end) && !f.modelCodeWord(end+1) {
			break
		}
		end++
	}
	if end == b {
		return b
	}
	return f.editionTail(end)
}

// modelCodeWord reports whether toks[i] is a number or a model's code
// ("4790k" after "i7" is no count of things).
func (f *finder) modelCodeWord(i int) bool {
	if i >= len(f.toks) {
		return false
	}
	w := f.toks[i].text
	return isNumber(w) || isModelCode(w) || lowerModelCode(w)
}

// lowerModelCode reports whether w is a model's code written with a
// lower-case letter: a letter and one or two digits ("i7", "m2"), three to
// five digits and a letter ("4790k"; not "1080p", a resolution), or a
// model's number or code of three runes or more in the plural ("737s",
// "A320s"; not a decade, "1990s", "80s").
func lowerModelCode(w string) bool {
	n := len(w)
	switch {
	case n >= 2 && n <= 3 && w[0] >= 'a' && w[0] <= 'z' && isNumber(w[1:]):
		return true
	case n >= 4 && n <= 6 && w[n-1] >= 'a' && w[n-1] <= 'z' && w[n-1] != 'p' && w[n-1] != 's' && isNumber(w[:n-1]):
		return true
	case n >= 3 && w[n-1] == 's':
		stem := w[:n-1]
		return (modelNumber(stem) || isModelCode(stem)) && !isYear(stem) && !decade(stem)
	}
	return false
}

// decade reports whether stem, before an "s", names a decade ("1990",
// "80").
func decade(stem string) bool {
	return isNumber(stem) && stem[len(stem)-1] == '0' && (len(stem) == 2 || isYear(stem))
}
