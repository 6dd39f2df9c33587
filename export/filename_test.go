package export

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSafeName(t *testing.T) {
	for _, tc := range []struct{ name, title, want string }{
		{"a plain title is kept", "Council approves transit plan", "Council approves transit plan"},
		{"colons become dashes and reserved characters spaces", `Breaking: "Quotes" --- and #hashes [x]`, "Breaking - Quotes --- and hashes x"},
		{"slashes and pipes become dashes", `Left/Right \ Up|Down`, "Left-Right - Up-Down"},
		{"a Windows device name gets an underscore", "CON", "_CON"},
		{"a device name with an extension too", "nul.txt", "_nul.txt"},
		{"leading dots and trailing dots and spaces go", "...hidden. . ", "hidden"},
		{"control characters and line breaks become spaces", "a\x00b\nc\td", "a b c d"},
		{"an empty title is Untitled", " ?*: ", "Untitled"},
		{"non-Latin titles are kept", "Зелёная линия: 東京", "Зелёная линия - 東京"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := SafeName(tc.title); got != tc.want {
				t.Errorf("SafeName(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
	t.Run("a long title is cut to a whole word under the limit", func(t *testing.T) {
		got := SafeName(strings.Repeat("Ünïcödé wörds ", 40))
		if len(got) > maxNameBytes || !utf8.ValidString(got) || strings.HasSuffix(got, " ") {
			t.Errorf("got %d bytes: %q", len(got), got)
		}
		if !strings.HasSuffix(got, "wörds") && !strings.HasSuffix(got, "Ünïcödé") {
			t.Errorf("cut inside a word: %q", got)
		}
	})
}
