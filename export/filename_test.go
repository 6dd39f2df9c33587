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
		{"every character Windows reserves is replaced", `a<b>c:d"e/f\g|h?i*j`, "a b c - d e-f-g-h i j"},
		{"a Windows device name gets an underscore", "CON", "_CON"},
		{"a device name with an extension too", "nul.txt", "_nul.txt"},
		{"a device name before several extensions too", "Aux.tar.gz", "_Aux.tar.gz"},
		{"a device name with a space before its extension too", "com1 .md", "_com1 .md"},
		{"a port with a superscript digit is a device name", "LPT¹", "_LPT¹"},
		{"the console's names are device names", "conout$", "_conout$"},
		{"a word that starts like a device name is kept", "Console wars", "Console wars"},
		{"trailing dots and spaces before nothing go", "Is it over? . .", "Is it over"},
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

func TestIsDeviceName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"NUL", true}, {"con", true}, {"nul.db", true}, {"Aux.tar.gz", true}, {"com1 .md", true}, {"LPT³", true},
		{"Console.md", false}, {"null", false}, {"COM10", false}, {"C:", false}, {"", false}, {".", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsDeviceName(tc.name); got != tc.want {
				t.Errorf("IsDeviceName(%q) = %v, want %v", tc.name, got, tc.want)
			}
		})
	}
}
