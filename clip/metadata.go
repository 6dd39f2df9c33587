package clip

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is the metadata Margin reads from a page itself, beside what
// go-readability finds: it is collected in one walk over the parsed tree
// before readability changes it.
type pageMeta struct {
	lang       string            // <html lang>
	meta       map[string]string // <meta> name or property (lower case) -> content, first wins
	canonical  string            // <link rel=canonical href>
	title      string            // <title>
	times      []string          // datetime of <time> elements, in document order
	classTimes []string          // text of elements with a date's class name
	ld         ldArticle         // the article described in JSON-LD, if any
}

// ldArticle is what Margin uses of a schema.org Article in JSON-LD.
type ldArticle struct {
	found     bool
	headline  string
	authors   []string
	published string
	publisher string
	body      string
	language  string
	image     string
	desc      string
}

// readMeta walks the tree once and collects pageMeta.
func readMeta(doc *html.Node) pageMeta {
	m := pageMeta{meta: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = strings.TrimSpace(attr(n, "lang"))
					if m.lang == "" {
						m.lang = strings.TrimSpace(attr(n, "xml:lang"))
					}
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
					if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" {
						if _, ok := m.meta[k]; !ok {
							m.meta[k] = content
						}
					}
				}
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = normalizeSpace(textOf(n))
				}
			case atom.Time:
				// The datetime attribute, a page's own attribute for it,
				// then the text: <time>November 18, 2019</time>. Each is
				// a candidate; the first that parses wins.
				for _, dt := range []string{attr(n, "datetime"), attr(n, "data-pubdate"), attr(n, "data-datetime"), textOf(n)} {
					addTime(&m.times, dt)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					readJSONLD(textOf(n), &m.ld)
				}
				return
			case atom.Style, atom.Svg:
				return
			default:
				// <span class="article-publish-date">November 19, 2019</span>
				if c := attr(n, "class"); (strings.Contains(c, "date") || strings.Contains(c, "Date")) && rxDateClass.MatchString(c) {
					addTime(&m.classTimes, textOf(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// rxDateClass matches the class names pages give the element holding an
// article's date: "publish-date", "pub-date", "entry-date", "post-date".
var rxDateClass = lazyCompile(`(?i)(^|[\s_-])(pub(lish(ed)?)?[-_]?date|date[-_]?pub(lished)?|entry-date|post-date|article-date)($|[\s_-])`)

// addTime keeps s, when it could be a date, as a candidate in list.
func addTime(list *[]string, s string) {
	s = normalizeSpace(s)
	if s == "" || len(s) > 64 || len(*list) >= 8 || !strings.ContainsAny(s, "0123456789") {
		return
	}
	*list = append(*list, s)
}

// hasToken reports whether a space-separated attribute holds tok.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf returns the concatenated text of n's descendants.
func textOf(n *html.Node) string {
	if n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode {
		return n.FirstChild.Data
	}
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// articleTypes are the schema.org types that describe an article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "reviewnewsarticle": true, "backgroundnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "socialmediaposting": true, "techarticle": true,
	"scholarlyarticle": true, "report": true, "satiricalarticle": true, "webpage": false,
	"advertisercontentarticle": true, "askpublicnewsarticle": true, "medicalscholarlyarticle": true,
	"medicalwebpage": true,
}

// readJSONLD decodes one JSON-LD script and fills ld from the first
// article it describes. Malformed JSON is ignored: it is the page's problem.
func readJSONLD(src string, ld *ldArticle) {
	if ld.found {
		return
	}
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<![CDATA[")
	src = strings.TrimSuffix(src, "]]>")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		// Hand-written JSON-LD often has a comma before a closing
		// bracket, which browsers' and search engines' readers forgive.
		if json.Unmarshal(dropTrailingCommas(src), &v) != nil {
			return
		}
	}
	findArticle(v, ld, 0)
}

// dropTrailingCommas removes each comma, outside strings, that is
// followed only by space before a closing bracket or brace.
func dropTrailingCommas(src string) []byte {
	out := make([]byte, 0, len(src))
	inString, escaped := false, false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case inString:
			if escaped {
				escaped = false
			} else if c == '\\' {
				escaped = true
			} else if c == '"' {
				inString = false
			}
		case c == '"':
			inString = true
		case c == ',':
			j := i + 1
			for j < len(src) && strings.IndexByte(" \t\r\n", src[j]) >= 0 {
				j++
			}
			if j < len(src) && (src[j] == ']' || src[j] == '}') {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// findArticle searches a decoded JSON-LD value for an article object.
func findArticle(v any, ld *ldArticle, depth int) {
	if ld.found || depth > 4 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			findArticle(e, ld, depth+1)
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			fillArticle(x, ld)
			return
		}
		if g, ok := x["@graph"]; ok {
			findArticle(g, ld, depth+1)
		}
		if e, ok := x["mainEntity"]; ok {
			findArticle(e, ld, depth+1)
		}
	}
}

// isArticleType reports whether a JSON-LD @type names an article.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(x, "https://schema.org/"), "http://schema.org/"))]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// fillArticle copies the fields Margin uses from a JSON-LD article.
func fillArticle(x map[string]any, ld *ldArticle) {
	ld.found = true
	ld.headline = normalizeSpace(ldString(x["headline"]))
	if ld.headline == "" {
		ld.headline = normalizeSpace(ldString(x["name"]))
	}
	ld.authors = ldNames(x["author"])
	ld.published = strings.TrimSpace(ldString(x["datePublished"]))
	if ld.published == "" {
		ld.published = strings.TrimSpace(ldString(x["dateCreated"]))
	}
	if p := ldNames(x["publisher"]); len(p) > 0 {
		ld.publisher = p[0]
	}
	ld.body = ldString(x["articleBody"])
	if ld.body == "" {
		ld.body = ldString(x["text"])
	}
	ld.language = strings.TrimSpace(ldString(x["inLanguage"]))
	ld.image = ldImage(x["image"])
	ld.desc = normalizeSpace(ldString(x["description"]))
}

// ldString returns a JSON-LD value as a string: the value itself, or the
// first string of a list.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return s
		}
	}
	return ""
}

// ldNames returns the names of a JSON-LD person or organisation, or a list
// of them.
func ldNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if s := normalizeSpace(x); s != "" && !strings.Contains(s, "://") {
			out = append(out, s)
		}
	case map[string]any:
		if s := normalizeSpace(ldString(x["name"])); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
	}
	return out
}

// ldImage returns the URL of a JSON-LD image value.
func ldImage(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return ldString(x["url"])
	case []any:
		if len(x) > 0 {
			return ldImage(x[0])
		}
	}
	return ""
}
