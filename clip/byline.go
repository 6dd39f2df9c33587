package clip

import (
	"strings"
	"time"
	"unicode"

	"github.com/itlightning/dateparse"
)

var (
	// rxBylinePrefix matches the word that introduces a byline.
	rxBylinePrefix = lazyCompile(`(?i)^(?:by|written by|words by|posted by|from|author|authors|von|par|por|door|di)\s*:?\s+`)
	// rxBylineLabel matches a short label before the names, in any language
	// ("Author:", "Автор:", "Texte :").
	rxBylineLabel = lazyCompile(`^\p{L}{2,12}(?:\s\p{L}{2,12})?\s?:\s+\S`)
	// rxBylineSplit splits a byline into its parts.
	rxBylineSplit = lazyCompile(`\s*(?:[|•·/]|\s—\s|\s–\s|\s-\s|\n)\s*`)
	// rxMonth matches an English month name or its abbreviation.
	rxMonth = lazyCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b`)
	// rxDateLike matches parts of a byline that are dates, times or labels
	// for them.
	rxDateLike = lazyCompile(`(?i)^(?:(?:updated|published|posted|last updated|modified|on|aktualisiert|veröffentlicht|erstellt|stand:|publié|mis à jour|publicado|actualizado|opublikowano|zaktualizowano)\b.*|.*\b\d{1,2}:\d{2}\b.*|.*\b\d{4}-\d{2}-\d{2}\b.*|\d{1,2}[./]\d{1,2}[./]\d{2,4}|.*\b(?:ago|today|yesterday)\b.*|\d+\s*min(?:ute)?s?\s+read)$`)
	// rxYear matches a plausible year.
	rxYear = lazyCompile(`\b(?:19|20)\d{2}\b`)
	// rxGluedDate matches a date written straight after a name, as pages
	// that set them in separate elements without a space do.
	rxGluedDate = lazyCompile(`(?i)(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2},?\s+\d{4}$`)
	// rxBylineWordOnly matches a byline prefix with no name after it.
	rxBylineWordOnly = lazyCompile(`(?i)^(?:by|written by|posted by|from|author|von|par|por|door|di)\s*:?$`)
	// rxRole matches the role or employer written after an author's name
	// ("AP Auto Writer", "NJ Advance Media for NJ.com").
	rxRole = lazyCompile(`(?i)\b(?:writer|correspondent|reporter|editor|contributor|columnist|news service|media for|staff writer)\b`)
	// rxAt drops the "at" joining a date and a time ("Oct 17, 2025, at 12:08 am").
	rxAt = lazyCompile(`(?i),?\s+at\s+`)
	// rxMeridiem and rxMonthDot find the AP style of "Nov. 18, 2019, 4:06 p.m.".
	rxMeridiem = lazyCompile(`\b[ap]\.m\.`)
	rxMonthDot = lazyCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)t?\.`)
)

// cleanByline turns a byline as pages write it ("By Jane Doe | Oct 17,
// 2025, at 12:08 am", "| @indiablooms |") into the names alone ("Jane Doe",
// "indiablooms").
func cleanByline(s string) string {
	s = normalizeSpace(s)
	if s == "" || strings.Contains(s, "://") {
		return ""
	}
	var names []string
	for _, part := range rxBylineSplit.Split(s, -1) {
		part = strings.Trim(part, " ,;:-–—")
		part = rxBylinePrefix.ReplaceAllString(part, "")
		if rxBylineLabel.MatchString(part) {
			part = strings.TrimSpace(part[strings.IndexByte(part, ':')+1:])
		}
		part = strings.TrimSpace(strings.TrimPrefix(part, "@"))
		if loc := rxGluedDate.FindStringIndex(part); loc != nil && loc[0] > 0 {
			part = strings.TrimSpace(part[:loc[0]])
		}
		if part == "" || isDateText(part) || rxBylineWordOnly.MatchString(part) {
			continue
		}
		names = append(names, part)
	}
	out := strings.Join(names, ", ")
	if len([]rune(out)) > 100 {
		// A "byline" that long is a sentence, not a list of names.
		return ""
	}
	return out
}

// refineByline drops what follows the names in a byline when it is the
// publication or the author's role ("Jill Disis, CNN Business" on CNN,
// "Tom Krisher, AP Auto Writer"), and writes names set in capitals in
// title case.
func refineByline(byline, site string) string {
	parts := strings.Split(byline, ", ")
	if len(parts) > 1 {
		names := siteNames(site, nil)
		kept := parts[:0:0]
		for i, p := range parts {
			if i > 0 && (rxRole.MatchString(p) || isSiteName(p, names) || isSiteName(strings.TrimSuffix(p, " Business"), names)) {
				continue
			}
			kept = append(kept, p)
		}
		byline = strings.Join(kept, ", ")
	}
	if isCapitals(byline) {
		words := strings.Fields(strings.ToLower(byline))
		for i, w := range words {
			if w != "and" {
				r := []rune(w)
				r[0] = unicode.ToUpper(r[0])
				words[i] = string(r)
			}
		}
		byline = strings.Join(words, " ")
	}
	return byline
}

// rxMonthOther matches a month's name in German, French, Spanish, Italian
// or Polish (English ones are rxMonth's).
var rxMonthOther = lazyCompile(`(?i)(?:^|\s|\.)(?:januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)(?:$|[\s,.])`)

// isDateText reports whether s is a date, a time or a label for one.
func isDateText(s string) bool {
	if rxDateLike.MatchString(s) {
		return true
	}
	if rxMonthOther.MatchString(s) && rxYear.MatchString(s) {
		return true
	}
	if rxMonth.MatchString(s) && (rxYear.MatchString(s) || strings.ContainsAny(s, "0123456789")) {
		return true
	}
	return !parseDate(s).IsZero()
}

// dateInByline returns the date written in a byline, if any.
func dateInByline(s string) time.Time {
	for _, part := range rxBylineSplit.Split(normalizeSpace(s), -1) {
		if t := parseDate(part); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// parseDate parses a date as pages write it, keeping its time zone when it
// has one. It returns the zero time when s is not a date.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 64 || !strings.ContainsAny(s, "0123456789") {
		return time.Time{}
	}
	for _, prefix := range []string{"Published", "Updated", "Posted", "published", "updated", "posted", "on", "On"} {
		s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, prefix), ":"))
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		s = rxAt.ReplaceAllString(s, " ")
		s = rxMeridiem.ReplaceAllStringFunc(s, func(m string) string { return strings.ToUpper(strings.ReplaceAll(m, ".", "")) })
		s = rxMonthDot.ReplaceAllString(s, "$1")
		t, err = dateparse.ParseAny(s, dateparse.PreferMonthFirst(true))
	}
	// A zero date ("0001-01-01T00:00:00Z") is a template's placeholder.
	if err != nil || t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}
	}
	return t
}
