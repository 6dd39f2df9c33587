package clip

import (
	"regexp"
	"testing"
)

// TestEveryLazyExpressionCompiles compiles the package's expressions,
// which the program compiles only when a page is clipped.
func TestEveryLazyExpressionCompiles(t *testing.T) {
	if len(lazyRegexps) < 10 {
		t.Fatalf("found %d lazy expressions, want the package's dozens", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%q: %v", l.expr, err)
		}
	}
}
