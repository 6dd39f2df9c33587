package clip

import (
	"regexp"
	"sync"
)

// A lazyRegexp is a regular expression compiled the first time it is used,
// as the Go toolchain's internal/lazyregexp does. The package's sixty
// expressions are used only when a page is clipped; compiled when the
// program starts, they held 1.2 MB of heap in every process (the window
// idle over its library, each command of the command line) and cost every
// start their compilation.
type lazyRegexp struct {
	expr string
	once sync.Once
	rx   *regexp.Regexp
}

// lazyRegexps are every expression lazyCompile made, so that a test can
// compile them all and a bad one fails it, not only the pages that reach it.
var lazyRegexps []*lazyRegexp

// lazyCompile returns expr, to be compiled on first use. It panics then if
// expr is not a valid expression, as regexp.MustCompile does.
func lazyCompile(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

func (l *lazyRegexp) re() *regexp.Regexp {
	l.once.Do(func() { l.rx = regexp.MustCompile(l.expr) })
	return l.rx
}

// MatchString is regexp.Regexp's.
func (l *lazyRegexp) MatchString(s string) bool { return l.re().MatchString(s) }

// FindStringIndex is regexp.Regexp's.
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.re().FindStringIndex(s) }

// FindAllStringIndex is regexp.Regexp's.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}

// FindStringSubmatch is regexp.Regexp's.
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.re().FindStringSubmatch(s) }

// FindSubmatch is regexp.Regexp's.
func (l *lazyRegexp) FindSubmatch(b []byte) [][]byte { return l.re().FindSubmatch(b) }

// ReplaceAllString is regexp.Regexp's.
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.re().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp's.
func (l *lazyRegexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.re().ReplaceAllStringFunc(src, repl)
}

// Split is regexp.Regexp's.
func (l *lazyRegexp) Split(s string, n int) []string { return l.re().Split(s, n) }

// String returns the expression's source text, as regexp.Regexp's does.
func (l *lazyRegexp) String() string { return l.expr }
