package export

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"margin/clip"
	"margin/library"
)

// CitationStyle names a citation style for the line that cites the source.
type CitationStyle string

// The citation styles.
const (
	CitationAPA     CitationStyle = "apa"     // APA 7th edition
	CitationMLA     CitationStyle = "mla"     // MLA 9th edition
	CitationChicago CitationStyle = "chicago" // Chicago 17th, bibliography entry
	CitationNone    CitationStyle = "none"    // no citation line
)

// CitationStyles lists the styles in the order a menu shows them.
var CitationStyles = []CitationStyle{CitationAPA, CitationMLA, CitationChicago, CitationNone}

func validCitation(s CitationStyle) bool {
	for _, c := range CitationStyles {
		if s == c {
			return true
		}
	}
	return false
}

// Cite returns a citation of the clipping's source in the style, as plain
// text a student can paste (the site's name, italic in the style, is not
// marked). It returns "" for CitationNone or an unknown style.
func Cite(c *library.Clipping, style CitationStyle) string {
	var sb strings.Builder
	for _, p := range citeParts(c, style) {
		sb.WriteString(p.text)
	}
	return sb.String()
}

// citeMarkdown returns the citation as Markdown, with the italic parts in
// emphasis and the address as a link.
func citeMarkdown(c *library.Clipping, style CitationStyle, o inlineOptions) string {
	var text []rune
	var ranges []inlineRange
	for _, p := range citeParts(c, style) {
		rs := []rune(p.text)
		start := len(text)
		text = append(text, rs...)
		switch {
		case p.italic:
			ranges = append(ranges, inlineRange{kind: kindEm, start: start, end: len(text)})
		case p.href != "":
			ranges = append(ranges, inlineRange{kind: kindLink, start: start, end: len(text), key: p.href})
		}
	}
	return renderInline(flatten(text), ranges, nil, o)
}

// citePart is a piece of a citation.
type citePart struct {
	text   string
	italic bool
	href   string // the piece is this address
}

// name is an author's name split as citations need it. An organisation
// (or a name that cannot be split) has only Literal.
type name struct {
	Given, Family, Suffix, Literal string
}

// orgWords mark a byline as an organisation rather than a person.
var orgWords = map[string]bool{
	"press": true, "news": true, "staff": true, "team": true, "desk": true,
	"board": true, "agency": true, "editors": true, "service": true, "reuters": true,
	"bureau": true, "newsroom": true, "correspondent": true, "correspondents": true,
}

var nameSuffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// honorifics are titles before a name that are not part of it.
var honorifics = map[string]bool{
	"dr": true, "prof": true, "professor": true, "mr": true, "mrs": true, "ms": true, "mx": true,
	"sir": true, "dame": true, "rev": true, "fr": true, "hon": true,
}

// parseByline splits a byline such as "By Jane Doe and John Smith" into
// names. A title before a name ("Dr.") is dropped, a suffix ("Jr.", "III")
// kept as the name's suffix, and an outlet after the names ("Jane Doe.
// Reuters", "Jane Doe | Reuters") left out.
func parseByline(byline string) []name {
	s := strings.Join(strings.Fields(byline), " ")
	if len(s) >= 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	s = cutOutlet(s)
	for _, sep := range []string{" and ", " & ", ";", " AND "} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	var out []name
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if nameSuffixes[strings.ToLower(part)] && len(out) > 0 {
			out[len(out)-1].Suffix = part
			continue
		}
		out = append(out, splitName(part))
	}
	return out
}

// cutOutlet drops what follows the names when a byline names the outlet
// after a period or a bar: "Jane Doe. The Courier". A period after an
// initial ("Jane Q. Doe"), a title ("Dr. Jane") or a suffix ("Jr.") does
// not end the names.
func cutOutlet(s string) string {
	if i := strings.IndexAny(s, "|"); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	words := strings.Fields(s)
	for i, w := range words[:max(len(words)-1, 0)] {
		if !strings.HasSuffix(w, ".") {
			continue
		}
		bare := strings.ToLower(strings.TrimSuffix(w, "."))
		if utf8.RuneCountInString(bare) <= 1 || honorifics[bare] || nameSuffixes[bare] {
			continue
		}
		return strings.TrimSuffix(strings.Join(words[:i+1], " "), ".")
	}
	// A period ending the byline goes, unless it ends an initial or a
	// suffix ("Jr.").
	if n := len(words); n > 0 && strings.HasSuffix(words[n-1], ".") {
		bare := strings.ToLower(strings.TrimSuffix(words[n-1], "."))
		if utf8.RuneCountInString(bare) > 1 && !nameSuffixes[bare] {
			return strings.TrimSuffix(s, ".")
		}
	}
	return s
}

func splitName(s string) name {
	words := strings.Fields(s)
	for len(words) > 1 && honorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		words = words[1:]
	}
	if len(words) < 2 {
		return name{Literal: strings.Join(words, " ")}
	}
	for _, w := range words {
		if orgWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return name{Literal: strings.Join(words, " ")}
		}
	}
	var n name
	if nameSuffixes[strings.ToLower(words[len(words)-1])] && len(words) > 2 {
		n.Suffix = words[len(words)-1]
		words = words[:len(words)-1]
	}
	// The family name starts at its last word, or earlier at a lowercase
	// particle such as "van" or "de".
	start := len(words) - 1
	for start > 1 && isLower(words[start-1]) {
		start--
	}
	n.Given = strings.Join(words[:start], " ")
	n.Family = strings.Join(words[start:], " ")
	return n
}

func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// initials returns "J. R." for "John Ronald".
func initials(given string) string {
	var parts []string
	for _, w := range strings.Fields(given) {
		var sub []string
		for _, h := range strings.Split(w, "-") {
			r, _ := utf8.DecodeRuneInString(h)
			if r == utf8.RuneError || !unicode.IsLetter(r) {
				continue
			}
			sub = append(sub, string(unicode.ToUpper(r))+".")
		}
		if len(sub) > 0 {
			parts = append(parts, strings.Join(sub, "-"))
		}
	}
	return strings.Join(parts, " ")
}

// siteOf returns the site's name, or the address's host without "www.".
func siteOf(c *library.Clipping) string {
	if s := strings.TrimSpace(c.SiteName); s != "" {
		return s
	}
	u, err := url.Parse(citeURL(c))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func citeURL(c *library.Clipping) string {
	if c.CanonicalURL != "" {
		return clip.WithoutUserinfo(c.CanonicalURL)
	}
	return clip.WithoutUserinfo(c.URL)
}

// endWith adds punct unless s already ends in a sentence's punctuation.
func endWith(s, punct string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".?!", r) {
		return s
	}
	return s + punct
}

// quoted puts a title in double quotes, with the period inside, turning
// its own double quotes into single ones as MLA and Chicago ask.
func quoted(title string) string {
	t := strings.NewReplacer(`"`, "'", "“", "‘", "”", "’").Replace(strings.TrimSpace(title))
	return "“" + endWith(t, ".") + "”"
}

var mlaMonths = []string{"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

func citeParts(c *library.Clipping, style CitationStyle) []citePart {
	names := parseByline(c.Byline)
	title := strings.Join(strings.Fields(orUntitled(c.Title)), " ")
	site := siteOf(c)
	link := citeURL(c)
	var p []citePart
	add := func(s string) { p = append(p, citePart{text: s}) }
	addSite := func(s, after string) {
		if site != "" {
			p = append(p, citePart{text: site, italic: true}, citePart{text: after})
		}
	}
	switch style {
	case CitationAPA:
		if len(names) > 0 {
			add(apaNames(names) + " ")
		}
		if len(names) == 0 {
			add(endWith(title, ".") + " ")
		}
		if c.Published.IsZero() {
			add("(n.d.). ")
		} else {
			add("(" + c.Published.Format("2006, January 2") + "). ")
		}
		if len(names) > 0 {
			add(endWith(title, ".") + " ")
		}
		addSite(site, ". ")
		if link != "" {
			p = append(p, citePart{text: link, href: link})
		}
	case CitationMLA:
		if len(names) > 0 {
			add(endWith(mlaNames(names), ".") + " ")
		}
		add(quoted(title) + " ")
		// The container's elements are separated by commas and the last
		// ends with a period, whichever of them are known.
		var elems []citePart
		if site != "" {
			elems = append(elems, citePart{text: site, italic: true})
		}
		if !c.Published.IsZero() {
			elems = append(elems, citePart{text: mlaDate(c.Published)})
		}
		if link != "" {
			bare := strings.TrimPrefix(strings.TrimPrefix(link, "https://"), "http://")
			elems = append(elems, citePart{text: bare, href: link})
		}
		for i, e := range elems {
			p = append(p, e)
			if i < len(elems)-1 {
				add(", ")
			} else {
				add(".")
			}
		}
		if c.Published.IsZero() && !c.Added.IsZero() {
			add(" Accessed " + mlaDate(c.Added) + ".")
		}
	case CitationChicago:
		if len(names) > 0 {
			add(endWith(chicagoNames(names), ".") + " ")
		}
		add(quoted(title) + " ")
		if site != "" {
			p = append(p, citePart{text: site, italic: true})
		}
		switch {
		case !c.Published.IsZero():
			add(", " + c.Published.Format("January 2, 2006") + ". ")
		case !c.Added.IsZero():
			add(". Accessed " + c.Added.Format("January 2, 2006") + ". ")
		default:
			add(". ")
		}
		if link != "" {
			p = append(p, citePart{text: link, href: link})
			add(".")
		}
	default:
		return nil
	}
	// Drop spaces doubled or left at the end where a part is missing.
	for i := 1; i < len(p); i++ {
		if strings.HasSuffix(p[i-1].text, " ") {
			p[i].text = strings.TrimLeft(p[i].text, " ")
		}
	}
	if n := len(p); n > 0 {
		p[n-1].text = strings.TrimRight(p[n-1].text, " ")
	}
	return p
}

func mlaDate(t time.Time) string {
	return itoa(t.Day()) + " " + mlaMonths[t.Month()-1] + " " + itoa(t.Year())
}

// apaNames: "Doe, J., Roe, R., & Poe, E." (APA lists up to 20).
func apaNames(ns []name) string {
	one := func(n name) string {
		if n.Literal != "" {
			return n.Literal
		}
		s := n.Family
		if in := initials(n.Given); in != "" {
			s += ", " + in
		}
		if n.Suffix != "" {
			s += ", " + n.Suffix
		}
		return s
	}
	parts := make([]string, 0, len(ns))
	for _, n := range ns {
		parts = append(parts, one(n))
	}
	var s string
	switch len(parts) {
	case 1:
		s = parts[0]
	case 2:
		s = parts[0] + ", & " + parts[1]
	default:
		s = strings.Join(parts[:len(parts)-1], ", ") + ", & " + parts[len(parts)-1]
	}
	return endWith(s, ".")
}

func inverted(n name) string {
	if n.Literal != "" {
		return n.Literal
	}
	s := n.Family + ", " + n.Given
	if n.Suffix != "" {
		s += ", " + n.Suffix
	}
	return s
}

func natural(n name) string {
	if n.Literal != "" {
		return n.Literal
	}
	s := n.Given + " " + n.Family
	if n.Suffix != "" {
		s += " " + n.Suffix
	}
	return s
}

// mlaNames: "Doe, Jane", "Doe, Jane, and John Roe", "Doe, Jane, et al."
func mlaNames(ns []name) string {
	switch len(ns) {
	case 1:
		return inverted(ns[0])
	case 2:
		return inverted(ns[0]) + ", and " + natural(ns[1])
	}
	return inverted(ns[0]) + ", et al"
}

// chicagoNames: the first inverted, the rest natural, joined with "and".
func chicagoNames(ns []name) string {
	switch len(ns) {
	case 1:
		return inverted(ns[0])
	case 2:
		return inverted(ns[0]) + ", and " + natural(ns[1])
	}
	parts := []string{inverted(ns[0])}
	for _, n := range ns[1 : len(ns)-1] {
		parts = append(parts, natural(n))
	}
	return strings.Join(parts, ", ") + ", and " + natural(ns[len(ns)-1])
}
