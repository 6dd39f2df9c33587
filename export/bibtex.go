package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// BibTeX writes the items as BibTeX entries, for biblatex (biber) and
// classic BibTeX alike: @article with the site as journal and entrysubtype
// newspaper when the site is known, else @online, with the same keys as
// the CSL-JSON export. The month is the standard macro (month = mar) beside
// biblatex's full date, the language a langid biblatex's babel and
// polyglossia know. Characters special to TeX are written as commands that
// keep every brace balanced: BibTeX counts a brace even after a backslash,
// so "\{" would break every entry after it. The title is braced so
// styles keep its capitals. Text is left in UTF-8, which biber and modern
// BibTeX read.
func BibTeX(w io.Writer, items []*Item) error {
	keys := citeKeys(items)
	bw := bufio.NewWriter(w)
	for i, it := range items {
		c := it.Clipping
		if i > 0 {
			bw.WriteString("\n")
		}
		site := siteOf(c)
		typ := "online"
		if site != "" {
			typ = "article"
		}
		fmt.Fprintf(bw, "@%s{%s,\n", typ, keys[i])
		field := func(name, value string) {
			if value == "" {
				return
			}
			fmt.Fprintf(bw, "  %-12s = {%s},\n", name, value)
		}
		field("title", "{"+bibEscape(c.Title)+"}")
		var authors []string
		prefixed := false
		for _, n := range parseByline(c.Byline) {
			prefixed = prefixed || isLower(n.Family)
			if n.Literal != "" {
				// Braces keep an organisation's name whole.
				authors = append(authors, "{"+bibEscape(n.Literal)+"}")
				continue
			}
			a := bibEscape(n.Family)
			if n.Suffix != "" {
				a += ", " + bibEscape(n.Suffix)
			}
			authors = append(authors, a+", "+bibEscape(n.Given))
		}
		field("author", strings.Join(authors, " and "))
		if prefixed {
			// "van der Berg" is cited and sorted under "van", as the
			// other formats and Margin's own citations have it.
			field("options", "useprefix=true")
		}
		if typ == "article" {
			field("journal", bibEscape(site))
			field("entrysubtype", "newspaper")
		}
		if !c.Published.IsZero() {
			field("year", itoa(c.Published.Year()))
			fmt.Fprintf(bw, "  %-12s = %s,\n", "month", strings.ToLower(c.Published.Month().String()[:3]))
			field("date", c.Published.Format("2006-01-02"))
		}
		if u := citeURL(c); u != "" {
			field("url", bibURL(u))
		}
		if !c.Added.IsZero() {
			field("urldate", c.Added.Format("2006-01-02"))
		}
		field("langid", langID(c.Language))
		if len(c.Tags) > 0 {
			field("keywords", bibEscape(joinTags(c.Tags)))
		}
		bw.WriteString("}\n")
	}
	return bw.Flush()
}

// bibEscaper writes the characters TeX treats specially as commands that
// LaTeX, biber and pandoc's BibTeX reader all render as the character
// (pandoc drops \textbraceleft and \textasciigrave). No replacement adds a
// lone brace, which BibTeX would count.
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`,
	`{`, `$\lbrace$`,
	`}`, `$\rbrace$`,
	`&`, `\&`,
	`%`, `\%`,
	`$`, `\$`,
	`#`, `\#`,
	`_`, `\_`,
	`~`, `\textasciitilde{}`,
	`^`, `\textasciicircum{}`,
	"`", "\\`{}",
)

// bibLigatures are runs TeX would join into one character ("---" an em
// dash, two apostrophes a closing quote); an empty group keeps them
// apart.
var bibLigatures = strings.NewReplacer("--", "-{}-", "''", "'{}'")

func bibEscape(s string) string {
	s = bibEscaper.Replace(strings.Join(strings.Fields(s), " "))
	// Twice, for runs of three and more.
	return bibLigatures.Replace(bibLigatures.Replace(s))
}

// bibURL escapes only what would break the field: url fields are read
// verbatim by the url package, but braces must balance.
func bibURL(u string) string {
	return strings.NewReplacer("{", "%7B", "}", "%7D", " ", "%20", `\`, "%5C").Replace(u)
}

// langIDs are the babel and polyglossia names biblatex's langid takes for
// the languages news is most often clipped in, by ISO 639-1 code.
var langIDs = map[string]string{
	"en": "english", "de": "ngerman", "fr": "french", "es": "spanish", "it": "italian",
	"pt": "portuguese", "nl": "dutch", "sv": "swedish", "da": "danish", "nb": "norsk",
	"no": "norsk", "nn": "nynorsk", "fi": "finnish", "pl": "polish", "cs": "czech",
	"ru": "russian", "uk": "ukrainian", "el": "greek", "tr": "turkish", "hu": "magyar",
	"ro": "romanian", "ca": "catalan", "ga": "irish", "cy": "welsh", "he": "hebrew",
	"ar": "arabic", "ja": "japanese", "zh": "chinese", "ko": "korean",
}

// langID returns the langid for a language tag ("en-GB" -> british), or ""
// when biblatex would not know it.
func langID(tag string) string {
	tag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	switch tag {
	case "en-gb", "en-uk":
		return "british"
	case "en-us":
		return "american"
	case "de-at":
		return "naustrian"
	case "pt-br":
		return "brazilian"
	}
	base, _, _ := strings.Cut(tag, "-")
	return langIDs[base]
}
