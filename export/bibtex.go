package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// BibTeX writes the items as BibTeX entries: @article with the site as
// journal when the site is known, else @online, with the same keys as the
// CSL-JSON export. Special characters are escaped (& % $ # _ { } ~ ^ \) and
// the title is braced so BibTeX styles keep its capitals. Text is left in
// UTF-8, which biber and modern BibTeX read.
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
			fmt.Fprintf(bw, "  %-8s = {%s},\n", name, value)
		}
		field("title", "{"+bibEscape(c.Title)+"}")
		var authors []string
		for _, n := range parseByline(c.Byline) {
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
		if typ == "article" {
			field("journal", bibEscape(site))
		}
		if !c.Published.IsZero() {
			field("year", itoa(c.Published.Year()))
			field("month", strings.ToLower(c.Published.Month().String()[:3]))
			field("date", c.Published.Format("2006-01-02"))
		}
		if u := citeURL(c); u != "" {
			field("url", bibURL(u))
		}
		if !c.Added.IsZero() {
			field("urldate", c.Added.Format("2006-01-02"))
		}
		field("language", bibEscape(c.Language))
		if len(c.Tags) > 0 {
			field("keywords", bibEscape(joinTags(c.Tags)))
		}
		bw.WriteString("}\n")
	}
	return bw.Flush()
}

// bibEscaper escapes the characters TeX treats specially.
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`,
	`{`, `\{`,
	`}`, `\}`,
	`&`, `\&`,
	`%`, `\%`,
	`$`, `\$`,
	`#`, `\#`,
	`_`, `\_`,
	`~`, `\textasciitilde{}`,
	`^`, `\textasciicircum{}`,
)

func bibEscape(s string) string {
	return bibEscaper.Replace(strings.Join(strings.Fields(s), " "))
}

// bibURL escapes only what would break the field: url fields are read
// verbatim by the url package, but braces must balance.
func bibURL(u string) string {
	return strings.NewReplacer("{", "%7B", "}", "%7D", " ", "%20", `\`, "%5C").Replace(u)
}
