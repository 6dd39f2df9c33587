package clip

import (
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
)

// fillMetadata sets the article's metadata from what go-readability found,
// filling its gaps from JSON-LD, OpenGraph and <time> elements.
func fillMetadata(a *Article, ra readability.Article, m pageMeta, base *url.URL) {
	a.SiteName = firstNonEmpty(
		normalizeSpace(ra.SiteName()),
		m.ld.publisher,
		normalizeSpace(m.meta["application-name"]),
		normalizeSpace(m.meta["twitter:site"]),
	)
	a.SiteName = strings.TrimPrefix(a.SiteName, "@")
	if a.SiteName == "" && base != nil {
		a.SiteName = strings.TrimPrefix(base.Hostname(), "www.")
	}

	title := firstNonEmpty(normalizeSpace(ra.Title()), m.ld.headline, m.title)
	a.Title = cleanTitle(title, a.SiteName, base)

	byline := cleanByline(ra.Byline())
	if byline == "" && len(m.ld.authors) > 0 {
		byline = cleanByline(strings.Join(m.ld.authors, ", "))
	}
	if byline != "" && a.SiteName != "" && sameText(byline, a.SiteName) && len(m.ld.authors) == 0 {
		// An author field that only names the publication says nothing more.
		byline = ""
	}
	a.Byline = refineByline(byline, a.SiteName)

	if t, err := ra.PublishedTime(); err == nil && !t.IsZero() {
		a.Published = t
	} else {
		a.Published = publishedFromMeta(m)
	}
	if a.Published.IsZero() {
		a.Published = dateInByline(ra.Byline())
	}

	a.Language = normalizeLang(firstNonEmpty(ra.Language(), m.lang, m.ld.language,
		m.meta["content-language"], m.meta["og:locale"], m.meta["language"]))
	a.Excerpt = normalizeSpace(firstNonEmpty(m.ld.desc, m.meta["og:description"],
		m.meta["description"], m.meta["twitter:description"]))
	a.LeadImage = resolveURL(base, firstNonEmpty(ra.ImageURL(), m.ld.image))
	a.CanonicalURL = resolveURL(base, firstNonEmpty(m.canonical, m.meta["og:url"]))
	if !strings.HasPrefix(a.CanonicalURL, "http") {
		a.CanonicalURL = ""
	}
}

// publishedFromMeta looks for a publication date in the meta tags that
// go-readability does not read, then in <time> elements.
func publishedFromMeta(m pageMeta) time.Time {
	for _, k := range []string{"datepublished", "article:published", "pubdate", "publishdate",
		"publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date", "og:published_time",
		"article.published", "parsely-pub-date", "dateCreated"} {
		if t := parseDate(m.meta[strings.ToLower(k)]); !t.IsZero() {
			return t
		}
	}
	if t := parseDate(m.ld.published); !t.IsZero() {
		return t
	}
	for _, list := range [][]string{m.times, m.classTimes} {
		for _, s := range list {
			if t := parseDate(s); !t.IsZero() {
				return t
			}
		}
	}
	return time.Time{}
}

// normalizeLang turns a language tag into BCP 47 form: "en_US" -> "en-US".
func normalizeLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" || len(s) > 35 {
		return ""
	}
	parts := strings.Split(s, "-")
	for i, p := range parts {
		switch {
		case i == 0:
			parts[i] = strings.ToLower(p)
		case len(p) == 2:
			parts[i] = strings.ToUpper(p)
		}
	}
	return strings.Join(parts, "-")
}

// firstNonEmpty returns the first of ss that is not blank.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}
